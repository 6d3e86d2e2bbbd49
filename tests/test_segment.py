from kg.metadata import make_report
from kg.segment import split_sentences

import pytest


def _sentences(text):
    return split_sentences(make_report("t", text))


def test_segment_offsets_point_into_report_text(mini_document):
    text = mini_document.report.text
    assert mini_document.sentences
    for s in mini_document.sentences:
        assert text[s.start:s.end] == s.text


def test_segment_sections_follow_headings(mini_document):
    by_text = {s.text: s for s in mini_document.sentences}
    assert by_text["一般公共预算收入36.8亿元。"].section == "一、2022年工作回顾"
    assert by_text["力争引进亿元以上项目不低于30个。"].section == "二、2023年主要目标"


@pytest.mark.parametrize("text, expected", [
    ("各位代表:\n甲。乙!丙?", ["各位代表:", "甲。", "乙!", "丙?"]),
    ("各位代表:\n他说:“好。”然后走了。", ["各位代表:", "他说:“好。”", "然后走了。"]),
    ("各位代表:\n第一行没有句号\n第二行", ["各位代表:", "第一行没有句号", "第二行"]),
])
def test_segment_splits_at_full_stops_and_lines(text, expected):
    assert [s.text for s in _sentences(text)] == expected


def test_segment_drops_page_navigation_and_footer(seed_build):
    doc = seed_build.documents[0]
    texts = [s.text for s in doc.sentences]
    assert not any("无障碍" in t or "首页" in t or "ICP备" in t or "主办:" in t for t in texts)
    assert any(t.startswith("2022年沈阳市沈河区政府工作报告") for t in texts)


@pytest.mark.parametrize("heading, section", [
    ("\u2003\u2003一、2024年工作回顾", "一、2024年工作回顾"),   # indented with em spaces
    ("2025年工作安排", "2025年工作安排"),                      # unnumbered, on a line of its own
    ("今后五年的主要任务", "今后五年的主要任务"),
])
def test_segment_headings_however_indented_or_numbered(heading, section):
    found = {s.text: s.section for s in _sentences(f"各位代表:\n{heading}\n新增就业50万人。")}
    assert found["新增就业50万人。"] == section


def test_segment_a_short_line_that_is_no_heading_opens_no_section():
    found = {s.text: s.section for s in _sentences("各位代表:\n一、回顾\n我们主要做了以下工作\n新增就业50万人。")}
    assert found["新增就业50万人。"] == "一、回顾"
