"""Find figures: value with 万/亿 multiplied out, unit, comparator, indicator, period and kind."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon import UNITS
from kg.numbers import NUMBER_PATTERN, is_standalone_chinese_number, parse_number
from kg.periods import Period, find_period_cue, find_period_cues
from kg.records import Comparator, Kind, Quantity, Report, Sentence

CLAUSE_BREAK = re.compile(r"[,;:，；：。!?！？]")
# Comparator words right before a number (longest first) and right after its unit.
PREFIX_COMPARATORS: tuple[tuple[str, Comparator], ...] = (
    ("不低于", Comparator.GE), ("不少于", Comparator.GE), ("至少", Comparator.GE), ("达到", Comparator.EQ),
    ("不高于", Comparator.LE), ("不超过", Comparator.LE), ("控制在", Comparator.LE), ("低于", Comparator.LT),
    ("突破", Comparator.GT), ("超过", Comparator.GT), ("高于", Comparator.GT), ("逾", Comparator.GT),
    ("超", Comparator.GT), ("接近", Comparator.APPROX), ("将近", Comparator.APPROX), ("大约", Comparator.APPROX),
    ("约", Comparator.APPROX), ("近", Comparator.APPROX),
)
SUFFIX_COMPARATORS: tuple[tuple[str, Comparator], ...] = (
    ("以上", Comparator.GE), ("以内", Comparator.LE), ("以下", Comparator.LE), ("左右", Comparator.APPROX),
    ("强", Comparator.GT), ("弱", Comparator.LT),
)
# Words trimmed from the ends of an indicator.
LEADING_NOISE = re.compile(
    r"^(?:其中|同时|并|并且|和|及|与|以及|全年|今年|去年|当年|预计|力争|确保|争取|实现|累计|共计|共|分别|均|再|又|还|"
    r"[0-9]{4}年|四年来|五年来|一年来|我们|我区|我市|我省|全区|全市|全省|全国|各类|[\u4e00-\u9fff]{0,2}年以来|的|,)+"
)
TRAILING_NOISE = re.compile(r"(?:完成|实现|达到|达|为|是|至|增至|提高到|提升至|保持|稳定在|控制在|突破|超过|超|近|约|"
                            r"不低于|不少于|至少|高于|低于|逾|共|共计|累计|总计|合计|分别|均|的|了|在|,)+$")
DURATION_CUES = ("连续", "停滞", "沉睡", "长达", "历时", "持续", "坚持", "闲置")
LABEL_AFTER = re.compile(r"^(?:[A-Za-z]|[+＋]|号|届(?:历次|[一二三四五六七八九十]+中)?全会|届(?:人大|政协|人民代表大会|中央|全国|历次|委员会|代表|[一二三四五六七八九十]+次)|"
                         r"次(?:党代会|全会|会议)|大(?![类型批])|中全会|月|日|点|时期|五)")
ORDINAL_BEFORE = re.compile(r"(?:第|[“\"]|[+＋]|No\.?)$")
TARGET_HEADINGS = re.compile(r"目标|任务|安排|思路|今后|未来|计划|打算|重点工作|总体要求|预期")
REVIEW_HEADINGS = re.compile(r"回顾|过去|成绩|成就|总结|一年来|五年来|四年来|工作情况")
_UNIT_RE = re.compile("|".join(re.escape(u) for u in UNITS))
MAX_INDICATOR = 30
CHANGE_ONLY = re.compile(r"(?:比上年|同比|较上年|年均|平均每年)?(?:增长|下降|提高|增加|减少|降低|增速|增幅|上涨|回落)")


@dataclass(frozen=True)
class _Context:
    """What the section and paragraph say about time, for figures that give no cue of their own."""

    period: Period
    multi_year: Period | None


def _section_context(report: Report, sentence: Sentence, report_year: int) -> _Context:
    heading = " ".join(h for h in (sentence.section, sentence.subsection) if h)
    cues = find_period_cues(heading, report_year) if heading else []
    if cues:
        period = cues[-1].period
    elif sentence.section and TARGET_HEADINGS.search(sentence.section) and not REVIEW_HEADINGS.search(sentence.section):
        period = Period(report_year, report_year)
    else:
        period = Period(report_year - 1, report_year - 1)
    multi = period if period.end > period.start else None
    return _Context(period, multi)


def _unit_at(text: str, pos: int) -> tuple[str, int] | None:
    match = _UNIT_RE.match(text, pos)
    return (match[0], match.end()) if match else None


def _prefix_comparator(before: str) -> Comparator | None:
    for word, comparator in PREFIX_COMPARATORS:
        if before.endswith(word):
            return comparator
    return None


def _clean_indicator(text: str) -> str:
    text = text.strip(" ,、“”\"()（）《》")
    previous = None
    while previous != text:
        previous = text
        text = LEADING_NOISE.sub("", text)
        text = TRAILING_NOISE.sub("", text)
        text = text.strip(" 、“”\"()（）")
    return text[-MAX_INDICATOR:]


def _following_phrase(text: str, pos: int) -> str:
    """The noun phrase after a figure's unit: up to the next break, number or verb-ish word."""
    match = re.match(r"[^,;:，；：。!?！？0-9]{0,20}", text[pos:])
    phrase = match[0] if match else ""
    phrase = re.split(r"[和及与、]|(?:的|全部|完成|实现|达|投入|建成|改造)(?=[\u4e00-\u9fff]{0,6}$)", phrase)[0]
    return phrase.lstrip("的")


def _is_label(text: str, start: int, end: int, number: str) -> bool:
    """Ordinals, dates, codes and names that contain digits are not figures."""
    before, after = text[max(0, start - 3):start], text[end:end + 6]
    if ORDINAL_BEFORE.search(before) and not before.endswith(("“", '"')):
        return True
    if before.endswith(("“", '"')) and re.match(r"[^”\"]{0,6}[”\"]", after):
        return True  # a quoted code: “1361”, “1+4+N”
    if LABEL_AFTER.match(after):
        return True
    if re.fullmatch(r"(?:19|20)\d\d", number) and after.startswith("年"):
        return True  # a year
    if re.match(r"[0-9.]*[月日号]", after) or re.match(r"\s*[-—–~]\s*(?:19|20)\d\d年", after):
        return True
    if number in {"十四五", "十三五", "十五五", "十二五"}:
        return True
    return False


def find_quantities(report: Report, sentences: list[Sentence]) -> list[Quantity]:
    """Every figure in the report's body sentences, in text order."""
    report_year = report.year or 0
    out: list[Quantity] = []
    paragraph_cue: tuple[int, Period] | None = None  # (paragraph start, period) of a cue opening a paragraph
    for sentence in sentences:
        if sentence.start < report.body_start:
            continue
        text = sentence.text
        context = _section_context(report, sentence, report_year) if report_year else None
        opening = report.text[max(0, sentence.start - 1):sentence.start] in ("\n", "") or \
            report.text[max(0, sentence.start - 3):sentence.start].strip(" \u3000") == ""
        if opening:
            head = find_period_cue(text[:12], report_year) if report_year else None
            paragraph_cue = (sentence.start, head.period) if head else None
        out.extend(_sentence_quantities(report, sentence, report_year, context, paragraph_cue))
    return out


def _sentence_quantities(report: Report, sentence: Sentence, report_year: int,
                         context: _Context | None, paragraph_cue: tuple[int, Period] | None) -> list[Quantity]:
    text = sentence.text
    found: list[Quantity] = []
    previous_end = 0
    for match in NUMBER_PATTERN.finditer(text):
        start, end = match.start(), match.end()
        number = match[0]
        if not is_standalone_chinese_number(number) and not _unit_at(text, end):
            continue
        if _is_label(text, start, end, number):
            continue
        if number[0] in "一" and len(number) == 1:
            continue  # 一个, 一批: an article, not a figure
        try:
            value = parse_number(number)
        except ValueError:
            continue
        pos = end
        comparator: Comparator | None = Comparator.APPROX if match["approx"] else None
        if text[pos:pos + 1] in ("余", "多"):
            comparator, pos = Comparator.APPROX, pos + 1
        unit_match = _unit_at(text, pos)
        is_fraction = match["fraction"] is not None
        if unit_match is None and not is_fraction:
            continue
        unit, pos = unit_match if unit_match else ("", pos)
        if unit == "％":
            unit = "%"
        if unit == "百分点":
            unit = "个百分点"
        if "分之" in number and text[max(0, start - 1):start] != "" and number.startswith("百"):
            unit = "%"
        if unit == "年":
            if not text[max(0, start - 3):start].endswith(DURATION_CUES) or text[pos:pos + 1] in ("来", "以", "行", "计", "规"):
                continue
        if unit in ("个", "项", "次") and text[pos:pos + 2] in ("五年",):
            continue
        if text[pos:pos + 1] in ("余", "多") and comparator is None:
            comparator, pos = Comparator.APPROX, pos + 1
        for word, suffix_comparator in SUFFIX_COMPARATORS:
            if text.startswith(word, pos):
                comparator = comparator or suffix_comparator
                pos += len(word)
                break
        clause_start = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
        left = text[max(clause_start, previous_end):start]
        comparator = comparator or _prefix_comparator(left) or Comparator.EQ
        indicator = _clean_indicator(left)
        if len(indicator) <= 2:
            following = _clean_indicator(_following_phrase(text, pos))
            indicator = (indicator + following) if following else indicator
        if not indicator:
            indicator = _clean_indicator(text[clause_start:start]) or unit
        if CHANGE_ONLY.fullmatch(indicator):
            # 地区生产总值完成520亿元,增长4.5%: the change is of the figure named before
            named = [q.indicator for q in found if not CHANGE_ONLY.fullmatch(q.indicator)
                     and not q.indicator.startswith(("是", "占", "较", "比"))]
            if named:
                indicator = CHANGE_ONLY.sub("", named[-1]) + indicator
        period = _period_for(text, start, report_year, context, paragraph_cue)
        kind = Kind.TARGET if report_year and period.end >= report_year else Kind.ACHIEVEMENT
        ev_start = max(clause_start, previous_end) if left.strip() else start
        evidence = text[ev_start:pos].strip(" ,")
        found.append(Quantity(
            kind=kind, indicator=indicator, value=value, unit=unit, comparator=comparator,
            period=str(period), start=sentence.start + ev_start, end=sentence.start + pos,
            evidence=evidence or number, sentence=sentence.index, value_text=number,
            confidence=0.85 if unit_match else 0.6,
        ))
        previous_end = pos
    return found


def _period_for(text: str, start: int, report_year: int, context: _Context | None,
                paragraph_cue: tuple[int, Period] | None) -> Period:
    """The period a figure at ``start`` is about: a cue before it in its sentence,
    else the paragraph's opening cue, else the section's."""
    if not report_year or context is None:
        return Period(report_year, report_year) if report_year else Period(1, 1)
    before = text[:start]
    if before.endswith(("年均", "年均增长", "平均每年增长", "年平均增长")) or re.search(r"年均(?:增长|增速|提高)?$", before):
        multi = (paragraph_cue[1] if paragraph_cue and paragraph_cue[1].end > paragraph_cue[1].start else None) \
            or context.multi_year
        if multi:
            return multi
    cue = find_period_cue(before, report_year)
    if cue:
        return cue.period
    if re.search(r"全年|当年", before):
        return context.period if context.period.start == context.period.end else Period(report_year - 1, report_year - 1)
    if paragraph_cue:
        return paragraph_cue[1]
    return context.period
