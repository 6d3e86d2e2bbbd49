"""Real inputs and bad inputs: other formats give the same figures, bad files never end in a traceback, nothing half-written."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import main
from kg.errors import KGError
from kg.graph import document_graph
from kg.metadata import make_report
from kg.pipeline import extract, read_report

from conftest import ROOT, SEED


def _figures(path):
    return {(q.value, q.unit, q.kind.value) for q in extract(read_report(path)).quantities}


@pytest.fixture(scope="module")
def seed_figures():
    return _figures(SEED)


def _html(text: str) -> str:
    body = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
    return (f"<html><head><meta charset='utf-8'><title>报告</title><script>var x = '首页';</script></head>"
            f"<body><nav>首页 &gt; 政务公开 &gt; 工作报告</nav><div class='article'>{body}</div>"
            f"<footer>主办:某某区人民政府 ICP备000000号</footer></body></html>")


def test_robustness_same_figures_from_gbk_html_and_docx(tmp_path, seed_figures):
    text = SEED.read_text(encoding="utf-8")
    gbk = tmp_path / "seed-gbk.txt"
    gbk.write_bytes(text.encode("gb18030"))
    html = tmp_path / "seed.html"
    html.write_text(_html(text), encoding="utf-8")
    docx_module = pytest.importorskip("docx")
    document = docx_module.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    docx = tmp_path / "seed.docx"
    document.save(docx)
    for path in (gbk, html, docx):
        found = _figures(path)
        overlap = len(found & seed_figures) / len(seed_figures)
        assert overlap >= 0.97, (path.name, overlap, sorted(seed_figures - found)[:5])


def test_robustness_same_figures_from_pdf(tmp_path, seed_figures):
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "seed.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for paragraph in SEED.read_text(encoding="utf-8").splitlines():
        for line in textwrap.wrap(paragraph, 38) or [""]:
            if y < 40:
                pdf.showPage()
                y = 800
            pdf.setFont("STSong-Light", 10)
            pdf.drawString(30, y, line)
            y -= 14
    pdf.save()
    found = _figures(path)
    overlap = len(found & seed_figures) / len(seed_figures)
    assert overlap >= 0.9, (overlap, sorted(seed_figures - found)[:5])


def test_robustness_folder_build_goes_past_bad_files(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "truncated.docx").write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--no-html", "-q"])
    assert result.exit_code == 1, result.output
    assert "3 file(s) could not be built" in result.output
    for name in ("empty.txt", "binary.txt", "truncated.docx"):
        assert name in result.output
    assert "Traceback" not in result.output
    assert (out / "graph.ttl").stat().st_size > 1000


@pytest.mark.parametrize("content", [
    "各位代表:\n现在\u200b报告\u200d工作。全年新增就业１２３人,增长５．６％。\x07\x1b",
    "这不是一份报告,只是一句话。",
    "各位代表:\n现在报告工作<script>alert(1)</script>今年投资\"onerror=alert(2) 5亿元用于建设东湖公园和文化路。",
    "<script>alert(1)</script>" * 20,
])
def test_robustness_odd_text_gives_a_valid_graph_or_one_error(tmp_path, content):
    path = tmp_path / "odd.txt"
    path.write_text(content, encoding="utf-8")
    try:
        graph = document_graph(extract(read_report(path)))
    except KGError as err:
        assert "odd.txt" in str(err) and "\n" not in str(err)
        return
    assert isomorphic(Graph().parse(data=graph.serialize(format="turtle"), format="turtle"), graph)


def test_robustness_a_report_of_no_known_year_gives_figures_no_period_and_a_valid_graph(tmp_path, caplog):
    from kg.validate import validate_graph

    path = tmp_path / "report.txt"  # no year in the file name, and the header names none
    path.write_text("各位代表:\n一年来,地区生产总值增长5%。今年,地区生产总值增长6%。", encoding="utf-8")
    doc = extract(read_report(path))
    assert [q.period for q in doc.quantities] == ["", ""]
    assert "no year" in caplog.text
    assert validate_graph(document_graph(doc)).conforms


def test_robustness_full_width_digits_are_read():
    doc = extract(make_report("t", "各位代表:\n一、过去一年工作回顾\n新增就业１２３人,增长５．６％。"))  # not normalised
    assert {(str(q.value), q.unit) for q in doc.quantities} == {("123", "人"), ("5.6", "%")}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_robustness_any_text_raises_only_our_errors_and_round_trips(text):
    try:
        doc = extract(make_report("prop", text))
    except KGError:
        return
    graph = document_graph(doc)
    parsed = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert isomorphic(parsed, graph)


KILL_SCRIPT = """
import sys, time
from pathlib import Path
from kg.outputs import write_atomic

def slow(tmp):
    with open(tmp, "w") as fh:
        fh.write("partial output that must never be seen\\n")
        fh.flush()
        print("writing", flush=True)
        time.sleep(60)

write_atomic(Path(sys.argv[1]), slow)
"""


def test_robustness_killed_build_leaves_previous_output(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("previous complete output\n")
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(target)], stdout=subprocess.PIPE,
                            cwd=ROOT, text=True)
    assert proc.stdout.readline().strip() == "writing"
    proc.kill()
    proc.wait(timeout=10)
    assert target.read_text() == "previous complete output\n"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == ["graph.ttl"]


def test_robustness_a_file_longer_than_any_report_is_one_error(tmp_path, monkeypatch):
    from kg import reader

    monkeypatch.setattr(reader, "MAX_CHARS", 5_000)
    path = tmp_path / "many-reports.txt"
    path.write_bytes(SEED.read_bytes())
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "many-reports.txt" in result.output and "split it into one file per report" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_robustness_failed_text_write_keeps_the_previous_store(tmp_path, monkeypatch):
    """When graph.trig cannot be written, the store of the last build stays in place beside the last text
    files: the new store is built aside and put in place only after them."""
    import time

    from kg import outputs
    from kg.pipeline import build

    mini = ROOT / "tests" / "data" / "mini-report.txt"
    out = tmp_path / "out"
    build([mini], out, html=False, jobs=1)
    before = (out / "store").stat().st_ino
    real = outputs.write_atomic

    def failing(path, write):
        if path.name == "graph.trig":
            raise OSError(28, "No space left on device")
        return real(path, write)

    monkeypatch.setattr(outputs, "write_atomic", failing)
    with pytest.raises(OSError):
        build([mini, SEED], out, html=False, jobs=2, incremental=False)
    assert (out / "store").stat().st_ino == before
    for _ in range(100):  # the store built aside is removed once its thread is done
        if not [p for p in out.iterdir() if p.name.startswith(".store-new-")]:
            break
        time.sleep(0.1)
    assert not [p for p in out.iterdir() if p.name.startswith(".store-new-")]
