"""Split a report's body into sentences with character offsets and section headings."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.records import Report, Sentence

# 一、 二、 … 十二、 and 第一部分 / 第X章 open a section; (一) / （一） open a subsection.
# Any blank may indent a heading: spaces, tabs, ideographic and em spaces (\u3000, \u2003), no-break spaces.
SECTION_RE = re.compile(r"[^\S\n]*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}(?:部分|章))")
SUBSECTION_RE = re.compile(r"[^\S\n]*[(（][一二三四五六七八九十]{1,3}[)）]")
# A short line of its own naming a review or a plan opens a section even unnumbered
# (2024年工作回顾, 2025年工作安排, 今后五年的主要任务).
UNNUMBERED_SECTION_RE = re.compile(r"[^\S\n]*[\u4e00-\u9fff0-9“”\"]{4,24}[^\S\n]*$")
# 附件1 opens an annex; its title (on the same line or the next) is the section's heading (2025年省十件民生实事).
ANNEX_RE = re.compile(r"[^\S\n]*附件[0-9一二三四五六七八九十]*[^\S\n]*(?P<title>[^。!?！？,，]{0,30})$")
SECTION_WORDS = re.compile(r"回顾|工作安排|重点工作|主要任务|目标任务|工作任务|工作建议|总体要求|预期目标|今后|未来")
# A sentence ends at 。！？ (and their half-width forms) or at a line break; a
# closing quote or bracket right after the stop stays with the sentence.
SENTENCE_END_RE = re.compile(r"[。!?！？…]+[”’」』)）]*|\n+")
HEADING_MAX = 60
# Header lines kept as sentences (title, date and congress, speaker); other header lines are page furniture.
HEADER_KEEP_RE = re.compile(r"政府工作报告|人民代表大会|(?:总理|省长|市长|区长|县长|主席)\s*[\u4e00-\u9fff]")
HEADER_DROP_RE = re.compile(r"首页|当前位置|来源[:：]|发表时间|阅读量|字体|打印|分享|收藏|>|›|»")


def _heading_text(line: str, end: int) -> str:
    """The heading part of a heading line: up to the first full stop (or all of it).

    >>> _heading_text("(一)突出核心优势,推动经济稳中向好。以增进发展动力为目标", 0)
    '(一)突出核心优势,推动经济稳中向好'
    """
    head = re.split(r"[。!?！？]", line.strip(), maxsplit=1)[0]
    return head[:HEADING_MAX]


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each line of text[start:end], without the newline."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


def split_sentences(report: Report) -> list[Sentence]:
    """Sentences of the report body, each with offsets into ``report.text``.

    Leading blanks are trimmed from each sentence, so ``report.text[s.start:s.end]
    == s.text`` always holds.

    >>> from kg.records import Report
    >>> text = "一、回顾\\n  去年增长5%。今年力争增长6%!\\n(一)任务。做好工作。"
    >>> [(s.text, s.section, s.subsection) for s in split_sentences(Report("t", text, body_end=len(text)))]
    [('一、回顾', '一、回顾', None), ('去年增长5%。', '一、回顾', None), ('今年力争增长6%!', '一、回顾', None), ('(一)任务。', '一、回顾', '(一)任务'), ('做好工作。', '一、回顾', '(一)任务')]
    """
    text = report.text
    end_of_body = report.body_end or len(text)
    sentences: list[Sentence] = []
    section: str | None = None
    subsection: str | None = None
    annex_title_next = in_annex = False
    for line_start, line_end in _lines(text, 0, end_of_body):
        line = text[line_start:line_end]
        if not line.strip():
            continue
        if line_end <= report.body_start and (not HEADER_KEEP_RE.search(line) or HEADER_DROP_RE.search(line)):
            continue
        annex = ANNEX_RE.fullmatch(line) if line_start >= report.body_start else None
        if annex_title_next:
            section, subsection, annex_title_next = _heading_text(line, line_end), None, False
        elif annex:
            section, subsection = _heading_text(line, line_end), None
            annex_title_next, in_annex = not annex["title"].strip(), True
        elif in_annex and SECTION_RE.match(line):
            subsection = _heading_text(line, line_end)  # 一、为老年人提供…: an item of the annex, under its title
        elif SECTION_RE.match(line) or line_start >= report.body_start and UNNUMBERED_SECTION_RE.match(line) \
                and SECTION_WORDS.search(line):
            section, subsection = _heading_text(line, line_end), None
        elif SUBSECTION_RE.match(line):
            subsection = _heading_text(line, line_end)
        pos = line_start
        for match in SENTENCE_END_RE.finditer(text, line_start, line_end):
            _append(sentences, text, pos, match.end(), section, subsection)
            pos = match.end()
        _append(sentences, text, pos, line_end, section, subsection)
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int,
            section: str | None, subsection: str | None) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end], section, subsection))
