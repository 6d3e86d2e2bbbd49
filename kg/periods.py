"""Read the period a figure is about from the time cues of its sentence, and the year a report is for."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kg.numbers import chinese_to_int, to_halfwidth

__all__ = [
    "Period",
    "PeriodCue",
    "find_period_cue",
    "find_period_cues",
    "five_year_plan",
    "parse_chinese_date",
    "year_for_report",
]


@dataclass(frozen=True, order=True)
class Period:
    """A span of whole years, both ends included; one year when start == end."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"period starts after it ends: {self.start}-{self.end}")

    def __str__(self) -> str:
        """The schema spelling: "2022" or "2018-2021".

        >>> str(Period(2022, 2022)), str(Period(2018, 2021))
        ('2022', '2018-2021')
        """
        return str(self.start) if self.start == self.end else f"{self.start}-{self.end}"

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read "2022" or "2018-2021" back into a period.

        >>> Period.parse("2018-2021"), Period.parse("2022")
        (Period(start=2018, end=2021), Period(start=2022, end=2022))
        >>> Period.parse("2022年")
        Traceback (most recent call last):
        ...
        ValueError: not a period: '2022年' (write 2022 or 2018-2021)
        """
        match = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", text.strip())
        if match is None:
            raise ValueError(f"not a period: {text!r} (write 2022 or 2018-2021)")
        start = int(match[1])
        return cls(start, int(match[2] or start))


@dataclass(frozen=True)
class PeriodCue:
    """A time cue found in a text: the period it states and where it stands."""

    period: Period
    start: int
    end: int


def five_year_plan(number: int) -> Period:
    """The years of the Nth five-year plan (十四五 is the 14th: 2021-2025).

    The plans run 1953-1957 and 1958-1962, then from 1966 on without gaps.

    >>> str(five_year_plan(14)), str(five_year_plan(11)), str(five_year_plan(1))
    ('2021-2025', '2006-2010', '1953-1957')
    """
    if number < 1:
        raise ValueError(f"no five-year plan number {number}")
    start = 1953 + 5 * (number - 1) if number <= 2 else 1956 + 5 * (number - 1)
    return Period(start, start + 4)


_YEAR = r"(?:19|20)[0-9]{2}|一九[〇零一二三四五六七八九]{2}|二[〇零][〇零一二三四五六七八九]{2}"
_COUNT = r"[0-9]{1,2}|[一二两三四五六七八九十]{1,3}"
_DIGIT = "一二三四五六七八九"

# Quotes round a plan's name, as typed or garbled (“十三五”, "十三五", ”十三五’); the plan's end as a time
# (“十五”末的12.8亿元, “十三五”末,全县生产总值达到…, “十三五”期末,…)
_QUOTE = "[“”\"‘’']"
_PLAN_END = "期?末(?:期)?(?=的|[,，])"
_CUE_PATTERN = re.compile(
    rf"""
    (?<![0-9])
    (?:
        (?P<span_from> {_YEAR} ) 年? \s* (?:—{{1,2}}|[-–~至到]) \s* (?P<span_to> {_YEAR} ) (?:年|(?=连续|[,，]))
      | (?P<since> {_YEAR} ) 年 (?:以来|至今|来)
      | (?<=[自从]) (?P<since_date> {_YEAR} ) 年 (?:[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}}) 月份? (?:起|开始|以来)?  # 自2003年1月履行职责
      | (?<=[自从]) (?P<since_start> {_YEAR} ) 年 (?:起|开始)
      | [到至] \s* (?P<until> {_YEAR} ) 年
      | (?P<before> {_YEAR} ) 年 (?:之前|以前|前(?![{_DIGIT}0-9]))  # not 2021年前三季度
      | (?P<year> {_YEAR} ) 年
      | (?:过去的?|近|这) \s* (?P<past> {_COUNT} ) \s* 个?年
      | (?P<past_since> {_COUNT} ) \s* 个?年 (?:以来|来)
      | (?<![到至今后来的年{_DIGIT}十0-9]) (?P<past_within> {_COUNT} ) \s* 个?年 (?:间|中|里) (?![0-9])  # 五年间, 五年中 (a review)
      | (?<![到至今后来的年{_DIGIT}十0-9]) (?P<past_review> {_COUNT} ) \s* 个?年 (?:工作|政府工作)?回顾  # 五年工作回顾
      | (?<![年前后新来]) 的 \s* (?![一1]\s*年) (?P<past_the> {_COUNT} ) \s* 个?年 (?=[,，。;；、:：\s是]|$)  # 极不平凡的五年
      | (?:未来|今后|此后) \s* (?P<next> {_COUNT} ) \s* 个?年
      | (?<![{_DIGIT}十百千]) {_QUOTE}? 十 (?P<plan> [{_DIGIT}] ) 五 (?![{_DIGIT}十百千万亿]) {_QUOTE}? (?P<plan_end> {_PLAN_END} )?
      | {_QUOTE} (?P<plan_ten> 十五 ) {_QUOTE} (?P<plan_ten_end> {_PLAN_END} )?  # “十五”, which unquoted is fifteen
      | 第 (?P<plan_ordinal> [{_DIGIT}十]{{1,3}} ) 个五年 (?:规划|计划)
      | (?<![{_DIGIT}十百千]) [“"]? (?P<plan_single> [{_DIGIT}] ) 五 [”"]? (?=计划|时期|期间|规划)  # “六五”计划
      | (?P<deixis> 今年|本年|去年|上一?年|前年|明年 )
      | (?<![{_DIGIT}十]) (?P<term> 第?[{_DIGIT}十]{{1,3}}届 (?:人大|人民代表大会) 第?一次会议 ) (?=以来)  # 县十七届人大一次会议以来
    )
    """,
    re.VERBOSE,
)
_DEIXIS = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "明年": 1}
_BASELINE = "较比与同是"  # 较2017年, 比上年, 是2017年的: a baseline, not the figure's period
_CHANGED_TO = "降升增加高少整变长成"  # 下降为, 上升为, 调整为…一九五二年的: a change's end, dated


def find_period_cues(text: str, report_year: int, spoken_year: int | None = None) -> list[PeriodCue]:
    """Every time cue in ``text``, in order, with the period each one states.

    ``report_year`` is the year the report is for. Cues and what they give
    for a report for 2022:

    - 2021年, 预计2021年: 2021; 今年/本年: 2022; 去年/上年: 2021; 明年: 2023
    - 2018—2021年, 2018-2021年, 2018年至2021年: 2018-2021 (so 2018—2021 before 连续 or a comma)
    - 2017年以来, 2017年至今, 自2017年3月, 从2017年起: 2017-2021 (up to the year before the report's)
    - 到2025年, 至2025年, 2025年前: 2022-2025, a horizon counted from the
      report's year (a year already past gives just that year)
    - 四年来, 过去五年, 近五年, 这五年, 五年间, 五年中, 极不平凡的五年, 一年来, 五年工作回顾: the N years up
      to 2021
    - 未来五年, 今后五年: 2022-2026
    - 区十七届人大一次会议以来 (since the term's first session, the term a report at its end reviews): 2017-2021
    - 十四五 (quoted or not), 第十四个五年规划: 2021-2025 (“十四五”末的, “十四五”末,: 2025; 到“十四五”末:
      2022-2025); “十五”: 2001-2005; “六五”计划, 六五期间: 1981-1985 (not 七五普法)

    ``spoken_year`` is the year the report was given in where that is not
    ``report_year`` (a report given in December 2021 for 2022): 今年, 去年
    and 明年 count from it.

    Not cues: 全年 and 当年 (which year depends on the section, the caller's
    call), 年均 and 累计 (rates and totals over a period stated elsewhere), and
    any cue right after 较/比/与/同/是, which names a baseline (比上年增长,
    是2017年的1.2倍), as does 为…的 (为2006年的2.6倍).

    >>> [(str(c.period), c.start) for c in find_period_cues("四年来,预计2021年完成", 2022)]
    [('2018-2021', 0), ('2021', 6)]
    >>> find_period_cues("是2017年的1.2倍,比上年增长", 2022)
    []
    >>> [str(c.period) for c in find_period_cues("今年以来,明年", 2022, spoken_year=2021)]
    ['2021', '2022']
    """
    halfwidth = to_halfwidth(text)
    cues = []
    for match in _CUE_PATTERN.finditer(halfwidth):
        if match.start() and (halfwidth[match.start() - 1] in _BASELINE
                              or halfwidth[match.start() - 1] == "为" and halfwidth.startswith("的", match.end())
                              and (match.start() < 2 or halfwidth[match.start() - 2] not in _CHANGED_TO)):
            continue  # 比上年, 是2017年的; 为2006年的2.6倍, not 成为2023年…, 下降为一九五二年的百分之三十九
        cues.append(PeriodCue(_period_of(match, report_year, spoken_year or report_year), match.start(), match.end()))
    return cues


def find_period_cue(text: str, report_year: int) -> PeriodCue | None:
    """The last time cue in ``text``, or None; see `find_period_cues` for the cues.

    Pass the part of a sentence before a figure: the last cue is then the one
    nearest to the figure.

    >>> find_period_cue("2017年以来,累计引进项目", 2022)
    PeriodCue(period=Period(start=2017, end=2021), start=0, end=7)
    >>> str(find_period_cue("“十四五”时期,到2035年", 2022).period)
    '2022-2035'
    >>> find_period_cue("全年地区生产总值", 2022) is None
    True
    """
    cues = find_period_cues(text, report_year)
    return cues[-1] if cues else None


def _period_of(match: re.Match[str], report_year: int, spoken_year: int) -> Period:
    group, value = next((name, text) for name, text in match.groupdict().items() if text)
    if group == "span_from":
        start, end = year_number(value), year_number(match["span_to"])
        return Period(min(start, end), max(start, end))
    if group in ("since", "since_date", "since_start"):
        start = year_number(value)
        return Period(start, max(start, report_year - 1))
    if group in ("until", "before"):
        end = year_number(value)
        return Period(report_year, end) if end >= report_year else Period(end, end)
    if group == "year":
        return Period(year_number(value), year_number(value))
    if group in ("past", "past_since", "past_within", "past_the", "past_review"):
        return Period(report_year - _count(value), report_year - 1)
    if group == "next":
        return Period(report_year, report_year + _count(value) - 1)
    if group in ("plan", "plan_ten"):
        plan = five_year_plan(10 + (chinese_to_int(value) if group == "plan" else 0))
        if not (match["plan_end"] or match["plan_ten_end"]):
            return plan
        if match.string[match.start() - 1:match.start()] in ("到", "至") and plan.end >= report_year:
            return Period(report_year, plan.end)  # 到“十三五”末: a horizon, as 到2020年 is
        return Period(plan.end, plan.end)  # 由“十五”末的12.8亿元, “十三五”末,全县…达到: its last year
    if group in ("plan_ordinal", "plan_single"):
        return five_year_plan(chinese_to_int(value))
    if group == "term":
        return Period(report_year - 5, report_year - 1)  # since a congress's first session: its five-year term
    year = spoken_year + _DEIXIS[value]
    return Period(year, year)


def year_number(text: str) -> int:
    """A year written in digits or in Chinese numerals, with 〇 or the circle ○ for zero (2014, 二〇一四, 二○一四).

    >>> year_number("2014"), year_number("二○一四")
    (2014, 2014)
    """
    return int(text) if text.isascii() else chinese_to_int(text.replace("○", "〇"))


def _count(text: str) -> int:
    count = int(text) if text.isascii() else chinese_to_int(text)
    return max(count, 1)


def year_for_report(title: str | None, date_iso: str | None) -> int | None:
    """The year a report is for: a year in its title, else from its delivery date.

    A report delivered in November or December is for the next year, one
    delivered from January to April for the same year; a delivery date in
    another month gives None, as does a report with neither.

    >>> year_for_report("2022年沈阳市沈河区政府工作报告", "2021-12-06")
    2022
    >>> year_for_report(None, "2021-12-06"), year_for_report("政府工作报告", "2025-01-14")
    (2022, 2025)
    >>> year_for_report(None, "2021-07-01") is None
    True
    """
    if title:
        match = re.search(rf"(?<![0-9])({_YEAR})年", to_halfwidth(title))
        if match:
            return year_number(match[1])
    if not date_iso:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", date_iso.strip())
    if match is None:
        raise ValueError(f"not an ISO date: {date_iso!r} (write YYYY-MM-DD)")
    year, month = int(match[1]), int(match[2])
    if month in (11, 12):
        return year + 1
    return year if 1 <= month <= 4 else None


_DATE_PATTERN = re.compile(
    rf"""
    (?P<year> [0-9]{{4}} | [〇零{_DIGIT}]{{4}} ) \s* 年 \s*
    (?P<month> [0-9]{{1,2}} | [{_DIGIT}十]{{1,2}} ) \s* 月 \s*
    (?P<day> [0-9]{{1,2}} | [{_DIGIT}十]{{1,3}} ) \s* [日号]
    """,
    re.VERBOSE,
)


def parse_chinese_date(text: str) -> str | None:
    """The first full date written in ``text``, in ISO form, or None.

    Reads Arabic, full-width and Chinese-numeral dates; an impossible date
    (2021年2月30日) gives None.

    >>> parse_chinese_date("——2021年12月6日在沈河区第十九届人民代表大会上")
    '2021-12-06'
    >>> parse_chinese_date("二〇二一年十二月六日"), parse_chinese_date("２０２５年１月１４日")
    ('2021-12-06', '2025-01-14')
    >>> parse_chinese_date("2021年12月") is None
    True
    """
    match = _DATE_PATTERN.search(to_halfwidth(text))
    if match is None:
        return None
    try:
        year, month, day = (year_number(match[name]) for name in ("year", "month", "day"))
        return date(year, month, day).isoformat()
    except ValueError:
        return None
