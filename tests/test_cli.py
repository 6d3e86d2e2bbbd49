import pytest
from click.testing import CliRunner

from kg.cli import main

from conftest import MINI


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", [[], ["build"], ["validate"], ["query"], ["queries"], ["export"], ["serve"],
                                     ["push"], ["viz"]])
def test_cli_help_on_every_command(runner, command):
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_cli_build_prints_summary_and_writes_files(runner, tmp_path):
    result = runner.invoke(main, ["build", str(MINI), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "reports    1" in result.output and "figures" in result.output
    assert (tmp_path / "graph.ttl").is_file() and (tmp_path / "graph.html").is_file()
    check = runner.invoke(main, ["validate", str(tmp_path / "graph.ttl")])
    assert check.exit_code == 0 and "conforms" in check.output


def _file(path, data: bytes):
    path.write_bytes(data)
    return path


def _folder(path):
    path.mkdir()
    return path


@pytest.mark.parametrize("make_input, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: _file(d / "empty.txt", b""), "empty"),
    (lambda d: _file(d / "bin.txt", b"\x00\x01\x02binary\xff\xfe" * 50), "binary"),
    (lambda d: _file(d / "latin.txt", "Hello, this is not a report at all. " .encode() * 20), "no Chinese text"),
    (lambda d: _folder(d / "folder"), "no report"),
])
def test_cli_bad_input_is_one_line_exit_2_nothing_written(runner, tmp_path, make_input, message):
    path = make_input(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert message in result.output and str(path.name) in result.output
    assert "Traceback" not in result.output
    assert not out.exists() or not any(out.iterdir())


def test_cli_validate_reports_violations(runner, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix kg: <https://w3id.org/govkg/ontology#> .\n'
                   '<https://w3id.org/govkg/id/x> a kg:Target ; kg:value "many" .\n', encoding="utf-8")
    result = runner.invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "violation" in result.output


def test_cli_validate_missing_graph_exit_2(runner, tmp_path):
    result = runner.invoke(main, ["validate", str(tmp_path / "nope.ttl")])
    assert result.exit_code == 2 and "no such graph" in result.output
