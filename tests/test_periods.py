import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.periods import (
    Period,
    find_period_cue,
    find_period_cues,
    five_year_plan,
    parse_chinese_date,
    year_for_report,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021年", "2021"),
        ("预计2021年,地区生产总值完成", "2021"),
        ("２０２１年", "2021"),
        ("二〇二一年", "2021"),
        ("2021年前三季度", "2021"),
        ("2017年以来", "2017-2021"),
        ("区十七届人大一次会议以来", "2017-2021"),  # since the term's first session: the term's five years
        ("县第十六届人民代表大会第一次会议以来", "2017-2021"),
        ("2017年至今", "2017-2021"),
        ("2018—2021年", "2018-2021"),
        ("2018——2021年", "2018-2021"),
        ("2018-2021年", "2018-2021"),
        ("2018年至2021年", "2018-2021"),
        ("2016—2018连续三年", "2016-2018"),  # the second year bare, before 连续 or a comma
        ("五年工作回顾", "2017-2021"),  # a review heading that counts its years
        ("2016—2018,全县", "2016-2018"),
        ("到2025年", "2022-2025"),
        ("至2025年底", "2022-2025"),
        ("2025年前", "2022-2025"),
        ("到2035年", "2022-2035"),
        ("到2020年底", "2020"),
        ("四年来", "2018-2021"),
        ("五年来", "2017-2021"),
        ("过去五年", "2017-2021"),
        ("过去的五年", "2017-2021"),
        ("过去一年", "2021"),
        ("一年来", "2021"),
        ("近五年", "2017-2021"),
        ("近两年来", "2020-2021"),
        ("这五年", "2017-2021"),
        ("未来五年", "2022-2026"),
        ("今后五年", "2022-2026"),
        ("“十四五”", "2021-2025"),
        ("十四五时期", "2021-2025"),
        ("“十四五”期间", "2021-2025"),
        ("十三五", "2016-2020"),
        ("十五五", "2026-2030"),
        ("第十四个五年规划", "2021-2025"),
        ("今年", "2022"),
        ("本年", "2022"),
        ("去年", "2021"),
        ("上年", "2021"),
        ("明年", "2023"),
        ("五年间,工业总产值平均每年增长", "2017-2021"),  # a review's N years
        ("四年中城镇集体所有制单位就业职工增加", "2018-2021"),
        ("一、伟大成就的五年", "2017-2021"),
        ("1953年到1978年的二十六年间平均每年增长", "1953-1978"),  # the span the N years refer to
        ("从1978年到1985年八年间,农业总产值每年要增长", "1978-1985"),
        ("“六五”期间钢产量增长一倍", "1981-1985"),  # an old plan by its short name
        ("九五计划的主要任务", "1996-2000"),
        ("本届政府自2017年1月履行职责", "2017-2021"),  # since a date: the years from it
        ("从2019年起", "2019-2021"),
        ("“十五”期间", "2001-2005"),  # the tenth plan, quoted: unquoted 十五 is fifteen
        ("由“十三五”末的12.8亿元", "2020"),  # a value at a plan's end
        ("由“十五”末的12.8亿元", "2005"),
        ("”十三五’末,全县地区生产总值达到", "2020"),  # its end as a time, with the quotes garbled
        ("“十三五”期末,城镇化率达到", "2020"),
        ("到“十四五”末,城镇化率达到", "2022-2025"),  # a horizon, as 到2025年 is
        ("由一九四九年的百分之六十三点三下降为一九五二年的", "1952"),  # a change's end, not a baseline
    ],
)
def test_periods_cue_table(text, expected):
    cue = find_period_cue(text, 2022)
    assert cue is not None
    assert str(cue.period) == expected


@pytest.mark.parametrize(
    "text",
    ["全年", "当年", "年均增长3.2%", "累计接种新冠疫苗146万剂", "近年以来", "比上年增长8%",
     "较2017年提高2.3个百分点", "是2017年的1.2倍", "为2006年的2.6倍", "与上年同期相比", "二十四五岁", "停滞11年", "",
     "实施总额4万亿元的两年投资计划", "制定新的五年规划", "新的一年,我们要", "是具有特殊重要意义的一年。",
     "新的五年,", "完成“七五”普法", "十五个重点项目"],
)
def test_periods_not_a_cue(text):
    assert find_period_cue(text, 2022) is None


def test_periods_nearest_cue_is_last():
    text = "四年来,我们砥砺前行。预计2021年,地区生产总值完成"
    cues = find_period_cues(text, 2022)
    assert [str(c.period) for c in cues] == ["2018-2021", "2021"]
    assert find_period_cue(text, 2022) == cues[-1]
    assert text[cues[-1].start:cues[-1].end] == "2021年"


def test_periods_cue_offsets_survive_fullwidth():
    text = "预计２０２１年"
    cue = find_period_cue(text, 2022)
    assert (cue.start, cue.end) == (2, 7)
    assert text[cue.start:cue.end] == "２０２１年"


def test_periods_baseline_skipped_but_period_kept():
    cue = find_period_cue("2021年,地区生产总值是2017年的1.2倍", 2022)
    assert str(cue.period) == "2021"


@pytest.mark.parametrize(
    ("number", "expected"),
    [(1, "1953-1957"), (2, "1958-1962"), (3, "1966-1970"), (11, "2006-2010"),
     (13, "2016-2020"), (14, "2021-2025"), (15, "2026-2030")],
)
def test_periods_five_year_plan(number, expected):
    assert str(five_year_plan(number)) == expected


@pytest.mark.parametrize(("text", "period"), [("2022", Period(2022, 2022)), ("2018-2021", Period(2018, 2021))])
def test_periods_parse_and_str(text, period):
    assert Period.parse(text) == period
    assert str(period) == text


@pytest.mark.parametrize("text", ["", "2022年", "22", "2021-2018", "2018—2021", "2018-"])
def test_periods_parse_rejects(text):
    with pytest.raises(ValueError, match="period"):
        Period.parse(text)


@given(st.integers(1900, 2100), st.integers(0, 10))
def test_periods_round_trip(start, length):
    period = Period(start, start + length)
    assert Period.parse(str(period)) == period


@pytest.mark.parametrize(
    ("title", "date_iso", "expected"),
    [
        ("2022年沈阳市沈河区政府工作报告", "2021-12-06", 2022),
        ("2022年沈阳市沈河区政府工作报告", None, 2022),
        ("２０２２年政府工作报告", None, 2022),
        (None, "2021-12-06", 2022),
        (None, "2021-11-20", 2022),
        ("政府工作报告", "2025-01-14", 2025),
        (None, "2022-03-05", 2022),
        (None, "2022-04-30", 2022),
        (None, "2021-07-01", None),
        (None, None, None),
        ("政府工作报告", None, None),
    ],
)
def test_periods_year_for_report(title, date_iso, expected):
    assert year_for_report(title, date_iso) == expected


def test_periods_year_for_report_rejects_bad_date():
    with pytest.raises(ValueError, match="2021/12/06"):
        year_for_report(None, "2021/12/06")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021年12月6日", "2021-12-06"),
        ("——2021年12月6日在沈河区第十九届人民代表大会第一次会议上", "2021-12-06"),
        ("2025年1月14日", "2025-01-14"),
        ("２０２１年１２月６日", "2021-12-06"),
        ("二〇二一年十二月六日", "2021-12-06"),
        ("二〇二二年一月二十六日", "2022-01-26"),
        ("2022年3月5日", "2022-03-05"),
        ("2021 年 12 月 6 日", "2021-12-06"),
        ("2021年2月30日", None),
        ("2021年12月", None),
        ("没有日期", None),
    ],
)
def test_periods_parse_chinese_date(text, expected):
    assert parse_chinese_date(text) == expected
