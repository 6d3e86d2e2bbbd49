"""The README tells the truth: every command and stored query is in it, and its query examples run."""
import re
import shlex

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.queries import named_queries

from conftest import MINI, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block_after(heading: str) -> list[str]:
    section = README.split(heading, 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)[1]
    return [line for line in block.splitlines() if line.startswith("kg ")]


def test_docs_readme_starts_with_the_two_commands():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)[1]
    assert first_block.splitlines()[0].startswith("make run") and "make test" in first_block


@pytest.mark.parametrize("command", sorted(main.commands))
def test_docs_every_command_is_in_the_readme(command):
    assert f"kg {command}" in README


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_docs_every_stored_query_is_in_the_readme(name):
    assert f"`{name}`" in README


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("docs") / "output"
    result = CliRunner().invoke(main, ["build", str(MINI), "-o", str(out), "--no-html", "-q"])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("line", _block_after("## Querying"))
def test_docs_query_examples_run(built, line):
    args = [str(built) if a == "output" else a.replace("output/", f"{built}/") for a in shlex.split(line)[1:]]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, (line, result.output)
    assert result.output.strip() or "-o" in args


def _rows(result, *names):
    index = [result.variables.index(n) for n in names]
    return sorted(tuple(str(row[i]) if row[i] is not None else None for i in index) for row in result.rows)


def test_docs_stored_queries_answer_on_the_built_test_report(built):
    from kg.query import run_query

    targets = run_query("targets", built, {"year": "2023"})
    assert _rows(targets, "indicator", "value", "unit") == [
        ("一般公共预算收入增长", "5", "%"), ("地区生产总值增长", "6", "%"), ("引进亿元以上项目", "30", "个")]
    history = run_query("indicator-history", built, {"indicator": "地区生产总值"})
    assert len(history.rows) == 3  # 520亿元 and 4.5% in 2022, 6% planned for 2023
    places = run_query("projects-in-place", built, {"place": "文化路"})
    assert any("文化路提升改造工程" in str(cell) for row in places.rows for cell in row)
