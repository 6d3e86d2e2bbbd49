"""Tests for kg.reader: formats, encodings, normalisation and input errors."""
from __future__ import annotations

import io
import re
import textwrap
from pathlib import Path

import pytest

from kg import reader
from kg.errors import InputError
from kg.reader import iter_report_files, normalize_text, read_text

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "shenhe-2022.txt"
WIKISOURCE = REPO.parent / "shared" / "corpus" / "wikisource-state-council"

KEY_FIGURES = ("地区生产总值完成1062亿元", "减税降费37.6亿元", "投资额1344亿元")
TITLE = "2022年沈阳市沈河区政府工作报告"
# From the 1954 State Council report (traditional characters, Big5-encodable).
BIG5_SNIPPET = (
    "各位代表：\n\n"
    "我國經濟建設的發展和人民生活的改善，是同人民民主政權的鞏固和發展分不開的，"
    "是同國家機關的健全分不開的。\n\n"
    "過去幾年來我們在改善人民生活方面的一個重大收穫，是穩定了金融和物價，"
    "保證了廣大人民生活的穩定。"
)


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_paragraphs(seed_text: str) -> list[str]:
    """The report body: the salutation and the indented paragraphs of the saved page."""
    return ["各位代表:"] + [line.strip() for line in seed_text.splitlines() if line.startswith("  ")]


def _corpus_file(name: str) -> Path:
    path = WIKISOURCE / name
    if not path.is_file():
        pytest.skip(f"corpus file {name} not available")
    return path


# Builders: each saves the seed report in one form and returns the file.
def _save_encoded(encoding: str, suffix: str = ".txt"):
    def save(tmp_path: Path, text: str, paragraphs: list[str]) -> Path:
        path = tmp_path / f"report{suffix}"
        if encoding == "gbk":  # the saved page has a few spaces GBK lacks (U+00A0, U+2002/3)
            text = text.replace("\xa0", " ").replace("\u2002", " ").replace("\u2003", " ")
        path.write_bytes(text.encode(encoding))
        return path

    return save


def _html_page(paragraphs: list[str], charset: str) -> str:
    body = "\n".join(f"<p>&nbsp;&nbsp;{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{TITLE}_沈河区人民政府</title>
<style>.content {{ font-size: 16px; }}</style>
<script>var tip = "脚本里的说明文字";</script></head>
<body>
<div class="top-bar"><a href="#">无障碍辅助浏览工具条</a></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul>导航栏目说明</nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/gzbg">工作报告</a></div>
<div class="main">
  <h1>{TITLE}</h1>
  <div class="info">2022年02月18日 来源：沈河区人民政府办公室
    <span class="toolbar">[字体：大 中 小] 打印</span></div>
  <div class="content">
{body}
  </div>
</div>
<script>document.write("统计代码访问量文字");</script>
<footer>主办：中共沈阳市沈河区委 技术支持单位：沈阳市大数据管理中心</footer>
</body></html>"""


def _save_html(encoding: str, charset: str):
    def save(tmp_path: Path, text: str, paragraphs: list[str]) -> Path:
        path = tmp_path / "report.html"
        path.write_bytes(_html_page(paragraphs, charset).encode(encoding))
        return path

    return save


def _save_docx(tmp_path: Path, text: str, paragraphs: list[str]) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    path = tmp_path / "report.docx"
    document.save(path)
    return path


def _save_pdf(tmp_path: Path, text: str, paragraphs: list[str]) -> Path:
    """A PDF with a Chinese text layer, lines wrapped mid-sentence as in print."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # built-in CID font, no font file
    path = tmp_path / "report.pdf"
    page = canvas.Canvas(str(path))
    y = 800
    for paragraph in [TITLE, *paragraphs]:
        for line in textwrap.wrap(paragraph, 38):
            if y < 60:
                page.showPage()
                y = 800
            page.setFont("STSong-Light", 12)
            page.drawString(40, y, line)
            y -= 16
        y -= 8
    page.save()
    return path


FORMS = {
    "utf-8": _save_encoded("utf-8"),
    "utf-8-bom": _save_encoded("utf-8-sig"),
    "utf-16": _save_encoded("utf-16"),
    "gbk": _save_encoded("gbk"),
    "gb18030": _save_encoded("gb18030"),
    "no-suffix": _save_encoded("gb18030", suffix=""),
    "html-utf-8": _save_html("utf-8", "utf-8"),
    "html-gb2312": _save_html("gb18030", "gb2312"),
    "docx": _save_docx,
    "pdf": _save_pdf,
}


@pytest.mark.parametrize("form", FORMS)
def test_reader_finds_key_figures_in_every_form(tmp_path, seed_text, seed_paragraphs, form):
    text = read_text(FORMS[form](tmp_path, seed_text, seed_paragraphs))
    for figure in KEY_FIGURES:
        assert figure in text
    assert "各位代表:" in text
    assert "以更优成绩向党的二十大献礼!" in text


@pytest.mark.parametrize("form", ["utf-8", "utf-8-bom", "utf-16", "gb18030"])
def test_reader_decodes_text_encodings_identically(tmp_path, seed_text, seed_paragraphs, form):
    assert read_text(FORMS[form](tmp_path, seed_text, seed_paragraphs)) == read_text(SEED)


@pytest.mark.parametrize("form", ["html-utf-8", "html-gb2312"])
def test_reader_html_keeps_body_and_drops_boilerplate(tmp_path, seed_text, seed_paragraphs, form):
    text = read_text(FORMS[form](tmp_path, seed_text, seed_paragraphs))
    assert text.startswith(TITLE + "\n各位代表:\n")
    assert text.splitlines()[1:] == seed_paragraphs
    for boilerplate in ("脚本里的说明", "统计代码", "导航栏目", "当前位置", "字体", "技术支持", ".content"):
        assert boilerplate not in text


@pytest.mark.parametrize(
    "body",
    ["<p><font size=3>　　{}", "<font size=3>　　{}<br>"],
    ids=["unclosed-p-and-font", "unclosed-font"],
)
def test_reader_html_finds_article_in_old_table_layout(tmp_path, seed_paragraphs, body):
    article = "".join(body.format(paragraph) for paragraph in seed_paragraphs)
    page = f"""<html><body><table>
<tr><td><a href="/">首页</a><a href="/jg">机构设置</a> 欢迎访问沈河区人民政府网站</td></tr>
<tr><td><table><tr><td>发布时间:2022-02-18 【打印】【关闭】</td></tr>
<tr><td><div id="zoom">{article}</div></td></tr></table></td></tr>
<tr><td>版权所有:沈阳市沈河区人民政府 地址:沈阳市沈河区市府大路 网站标识码2101030004</td></tr>
</table></body></html>"""
    path = tmp_path / "old.htm"
    path.write_text(page, encoding="utf-8")
    assert read_text(path).splitlines() == seed_paragraphs


def test_reader_docx_reads_paragraphs_and_table_cells(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("2022年主要指标")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "指标完成情况"
    table.cell(1, 0).text = "地区生产总值"
    table.cell(1, 1).text = "完成1062亿元"
    document.add_paragraph("以上数据为预计数。")
    path = tmp_path / "table.docx"
    document.save(path)
    assert read_text(path).splitlines() == [
        "2022年主要指标", "指标完成情况", "地区生产总值", "完成1062亿元", "以上数据为预计数。"
    ]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("big5", BIG5_SNIPPET),
        ("gbk", "各位代表：\n\n预计2021年，地区生产总值完成1062亿元。"),
        ("gb18030", "减税降费37.6亿元，惠及企业14.2万户次。"),
        ("utf-16-le", "\ufeff减税降费37.6亿元。"),
    ],
    ids=["big5-traditional", "gbk-short", "gb18030-short", "utf-16-le-bom"],
)
def test_reader_detects_chinese_encodings(tmp_path, encoding, text):
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    assert read_text(path) == normalize_text(text)


def test_reader_keeps_traditional_characters(tmp_path):
    path = tmp_path / "1954.txt"
    path.write_bytes(BIG5_SNIPPET.encode("big5"))
    assert "我國經濟建設的發展和人民生活的改善,是同人民民主政權的鞏固" in read_text(path)


def _blank_pdf(path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with path.open("wb") as handle:
        writer.write(handle)


def _truncated_docx(path: Path) -> None:
    docx = pytest.importorskip("docx")
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("地区生产总值完成1062亿元。")
    document.save(buffer)
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])


BAD_INPUTS = {  # id: (file name, bytes or a function writing the file, reason)
    "missing": ("missing.txt", None, "no such file"),
    "folder": ("folder", Path.mkdir, "is a folder"),
    "empty": ("empty.txt", b"", "file is empty"),
    "blank": ("blank.txt", " \n\u3000\n".encode(), "file is empty"),
    "binary": ("image.txt", bytes(range(256)) * 8, "not a text report: binary data"),
    "control-chars": ("controls.txt", b"\x01\x02\x03\x04" * 64, "not a text report: binary data"),
    "english": ("english.txt", b"Report on the work of the government.", "no Chinese text found"),
    "english-html": ("english.html", b"<p>Home</p><p>About us</p>", "no Chinese text found"),
    "truncated-docx": ("broken.docx", _truncated_docx, "cannot read DOCX: "),
    "fake-docx": ("fake.docx", b"not a zip file", "cannot read DOCX: "),
    "broken-pdf": ("broken.pdf", b"%PDF-1.4\nnot really a pdf", "cannot read PDF: "),
    "scanned-pdf": ("scan.pdf", _blank_pdf, "PDF has no text layer (scanned?); run OCR first"),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_reader_rejects_bad_input_naming_the_file(tmp_path, case):
    name, content, reason = BAD_INPUTS[case]
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content:
        content(path)
    with pytest.raises(InputError) as caught:
        read_text(path)
    assert reason in caught.value.reason
    assert str(path) in str(caught.value)


def test_reader_rejects_file_over_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "large.txt"
    path.write_text("政府工作报告。" * 1000, encoding="utf-8")
    monkeypatch.setattr(reader, "MAX_BYTES", 2048)
    with pytest.raises(InputError, match=r"large\.txt: file too large \(20\.5 KB > 2 KB\)"):
        read_text(path)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("２０２２年地区生产总值完成１０６２亿元，增长８％。", "2022年地区生产总值完成1062亿元,增长8%。"),
        ("ＧＤＰ增长（预计）６．５％；", "GDP增长(预计)6.5%;"),
        ("地区生产\u200b总值\u200c完成\u200d10\u206062亿元\ufeff。", "地区生产总值完成1062亿元。"),
        ("减税降费\x0737.6亿元\x85。\t", "减税降费37.6亿元。"),
        ("各位代表:\r\n\r\n现在,我报告工作。\r旧式换行。", "各位代表:\n\n现在,我报告工作。\n旧式换行。"),
        ("第一段。\n\n\n\n\n第二段。\n\n", "第一段。\n\n第二段。"),
    ],
    ids=["full-width-digits", "full-width-ascii", "zero-width", "control-chars", "line-endings",
         "blank-runs"],
)
def test_reader_normalizes_text(tmp_path, raw, expected):
    path = tmp_path / "report.txt"
    path.write_text(raw, encoding="utf-8", newline="")
    assert read_text(path) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("今年,我们完成了《政府工作报\n告》确定的任务。", "今年,我们完成了《政府工作报告》确定的任务。"),
        ("国内生产总值达到74.4万亿元,增长\n6.7%。", "国内生产总值达到74.4万亿元,增长6.7%。"),
        ("认真实施《\n教育发展纲要\n》,落实教育优先。", "认真实施《教育发展纲要》,落实教育优先。"),
        ("空气质量改善,细颗粒物(PM\n2.5\n)浓度下降9.1%。", "空气质量改善,细颗粒物(PM2.5)浓度下降9.1%。"),
        ("一、\n提高设计工作,确立正确思想。", "一、提高设计工作,确立正确思想。"),
        ("政府工作报\n告\n\n——2017年3月5日", "政府工作报告\n\n——2017年3月5日"),
    ],
    ids=["wiki-link", "digits", "book-title", "subscript", "bare-list-number", "title"],
)
def test_reader_joins_mid_sentence_breaks(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "2022年沈阳市沈河区政府工作报告\n2022年02月18日来源:沈河区人民政府办公室",
        "——2021年12月6日在沈河区第十九届人民代表大会第一次会议上\n沈河区人民政府区长  林宇航\n各位代表:",
        "来源:河北日报\n时间:2026-02-02\n河北省人民政府省长 王正谱",
        "王正谱作政府工作报告。本报记者 霍艳恩摄\n各位代表:",
        "一、过去四年工作回顾\n区十八届人大一次会议以来,我们开拓奋进。",
        "(一)突出核心优势,推动经济稳中向好\n全力推动重点项目建设。",
        "较好地完成了各项工作任务。\n四年来,我们砥砺前行。",
        "各项指标全部完成\n\n四年来,我们砥砺前行。",
        "经济总量稳中有升,项目建设全面突破\n  对外开放更加活跃。",
        "经济总量稳中有升,项目建设全面突破\n二是对外开放更加活跃。",
    ],
    ids=["title-date", "date-speaker", "source-time-speaker", "photo-credit", "heading",
         "heading-with-comma", "sentence-end", "blank-line", "indented", "next-heading"],
)
def test_reader_keeps_headers_headings_and_paragraphs(raw):
    assert normalize_text(raw) == raw


def test_reader_seed_keeps_header_lines_and_paragraphs(seed_text, seed_paragraphs):
    text = read_text(SEED)
    lines = [line.strip() for line in text.splitlines()]
    for header in (TITLE, "2022年02月18日来源:沈河区人民政府办公室",
                   "——2021年12月6日在沈河区第十九届人民代表大会第一次会议上", "各位代表:"):
        assert header in lines
    assert any(line.startswith("沈河区人民政府区长") and line.endswith("林宇航") for line in lines)
    assert set(seed_paragraphs) <= set(lines)
    assert len(text.split("\n\n")) == len(re.split(r"\n\s*\n", seed_text.strip()))


def test_reader_joins_wikisource_breaks_in_corpus():
    path = _corpus_file("state-council-2017.txt")
    raw = path.read_text(encoding="utf-8")
    text = read_text(path)
    assert raw.startswith("政府工作报\n告\n")
    assert text.startswith("政府工作报告\n\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n")
    assert text.count("\n\n") == raw.count("\n\n")


def test_reader_keeps_traditional_corpus_text_and_paragraphs():
    path = _corpus_file("state-council-1954.txt")
    raw = path.read_text(encoding="utf-8")
    text = read_text(path)
    assert "在聽了劉少奇同志關於憲法草案的報告並進行了三天的討論以後" in text
    assert "通過了我們國家的根本法——中華人民共和國憲法,接着" in text
    assert text.count("\n\n") == raw.count("\n\n")


def test_reader_removes_most_single_breaks_across_wikisource_corpus():
    paths = sorted(WIKISOURCE.glob("*.txt")) if WIKISOURCE.is_dir() else []
    if not paths:
        pytest.skip("Wikisource corpus not available")
    # a single line break that does not follow the end of a sentence
    mid_sentence = re.compile(r"[^\n。!?;:！？；：…”]\n[^\n\s]")
    raw_breaks = kept_breaks = 0
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        text = read_text(path)
        assert text.count("\n\n") == raw.strip("\n").count("\n\n"), path.name
        raw_breaks += len(mid_sentence.findall(raw))
        kept_breaks += len(mid_sentence.findall(text))
    assert kept_breaks < raw_breaks / 10


def test_reader_iter_report_files_expands_folders(tmp_path):
    for name in ("a.txt", "b/2022.html", "b/c/2021.PDF", "b/notes.csv", "b/.cache/x.txt",
                 ".hidden.txt", "d.docx"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("政府工作报告", encoding="utf-8")
    extra = tmp_path / "b" / "notes.csv"
    found = iter_report_files([tmp_path, str(extra), tmp_path / "a.txt"])
    assert found == [tmp_path / "a.txt", tmp_path / "b/2022.html", tmp_path / "b/c/2021.PDF",
                     tmp_path / "d.docx", extra]


@pytest.mark.parametrize(
    ("make", "reason"),
    [(None, "no such file"), (lambda folder: (folder / "notes.csv").write_text("x"), "no report files")],
    ids=["missing", "no-reports"],
)
def test_reader_iter_report_files_rejects_bad_paths(tmp_path, make, reason):
    folder = tmp_path / "reports"
    if make:
        folder.mkdir()
        make(folder)
    with pytest.raises(InputError, match=reason) as caught:
        iter_report_files([folder])
    assert caught.value.path == str(folder)

