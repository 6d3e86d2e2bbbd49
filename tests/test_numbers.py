from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.numbers import (
    NUMBER_PATTERN,
    chinese_to_int,
    is_standalone_chinese_number,
    parse_number,
    to_halfwidth,
)

_CN_DIGITS = "零一二三四五六七八九"


def render_chinese(n: int) -> str:
    """Write n < 10**12 in Chinese numerals the way a report would (一百零五, 三千五百万)."""
    if n == 0:
        return "零"
    out, zero_pending = "", False
    for group, unit in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if not group:
            zero_pending = bool(out)
            continue
        if out and (zero_pending or group < 1000):
            out += "零"
        out += _render_below_10000(group) + unit
        zero_pending = False
    return out


def _render_below_10000(n: int) -> str:
    out, zero_pending = "", False
    for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit:
            out += ("零" if zero_pending else "") + _CN_DIGITS[digit] + unit
            zero_pending = False
        elif out:
            zero_pending = True
    return out


def to_fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,062", "1062"),
        ("12,345,678.5", "12345678.5"),
        ("57589", "57589"),
        ("1.8万", "18000"),
        ("79.26亿", "7926000000"),
        ("4.7亿", "470000000"),
        ("1.2万亿", "1200000000000"),
        ("3千万", "30000000"),
        ("5百万", "5000000"),
        ("10万", "100000"),
        ("3千", "3000"),
        ("5400余万", "54000000"),
        ("两千多万", "20000000"),
        ("１２３", "123"),
        ("５．６", "5.6"),
        ("５．６％", "5.6"),
        ("97.5%", "97.5"),
        (" 8 ", "8"),
        ("0.0", "0"),
        ("2.50", "2.5"),
    ],
)
def test_numbers_parse_arabic_and_multipliers(text, expected):
    assert parse_number(text) == Decimal(expected)
    assert str(parse_number(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("两", 2),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一百零五", 105),
        ("一百一十", 110),
        ("一百五", 150),
        ("一万五", 15000),
        ("两千", 2000),
        ("一千万", 10**7),
        ("三千五百万", 35 * 10**6),
        ("一千亿", 10**11),
        ("一万亿", 10**12),
        ("一亿零五万", 100_050_000),
        ("三亿五千万", 350_000_000),
        ("壹佰贰拾叁", 123),
        ("叁仟肆佰伍拾陆", 3456),
        ("二〇二一", 2021),
        ("零", 0),
    ],
)
def test_numbers_parse_chinese_numerals(text, expected):
    assert parse_number(text) == expected
    assert chinese_to_int(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/7", "0.142857"),
        ("1/5", "0.2"),
        ("１／３", "0.333333"),
        ("七分之一", "0.142857"),
        ("三分之二", "0.666667"),
        ("3分之1", "0.333333"),
        ("千分之五", "0.005"),
        ("百分之五", "5"),
        ("百分之五十", "50"),
        ("百分之12.5", "12.5"),
    ],
)
def test_numbers_parse_fractions_and_percent_words(text, expected):
    assert str(parse_number(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "一批", "第十", "万", "百万", "十十", "一二百", "亿万",
     "1.2.3", "1/0", "零分之一", "5%%", "12个", "-5", "1.8万人"],
)
def test_numbers_parse_rejects_non_numbers(text):
    with pytest.raises(ValueError, match="not a number") as error:
        parse_number(text)
    assert repr(text) in str(error.value)


@pytest.mark.parametrize("text", ["", "1", "十十", "十百", "一二百", "两万万", "零百", "十a"])
def test_numbers_chinese_to_int_rejects_malformed(text):
    with pytest.raises(ValueError, match="not a Chinese numeral"):
        chinese_to_int(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("投入7630万元,建成3家日检测总能力1.8万人的核酸检测实验室",
         ["7630万", "3", "1.8万"]),
        ("减免租金5400余万元,占全市1/7强", ["5400余万", "1/7"]),
        ("地区生产总值完成1062亿元,年均增长3.2%", ["1062亿", "3.2"]),
        ("一网通办全程网办率达 97.5%", ["一", "97.5"]),
        ("完成两轮128万人次全员核酸检测", ["两", "128万"]),
        ("三分之二的社区,百分之五十的企业", ["三分之二", "百分之五十"]),
        ("实现１２３．４５万元", ["１２３．４５万"]),
        ("总投资1.2万亿元,3千万元", ["1.2万亿", "3千万"]),
        ("建设5千米绿道,装机10万千瓦", ["5", "10万"]),
        ("完成3,500户改造", ["3,500"]),
        ("增长8%以上,多个项目", ["8"]),
        ("千方百计,万德地块", []),
        ("社会消费品零售总额", ["零"]),
        ("十九届五中全会", ["十九", "五"]),
    ],
)
def test_numbers_pattern_finds_number_expressions(text, found):
    assert [m.group() for m in NUMBER_PATTERN.finditer(text)] == found


def test_numbers_pattern_captures_approximation_word():
    match = NUMBER_PATTERN.search("发放小额担保贷款7000余万元")
    assert (match["value"], match["approx"], match["multiplier"]) == ("7000", "余", "万")


def test_numbers_pattern_matches_parse():
    text = "投入101亿元,新增绿化面积21.6万平方米,占全市1/5强,两千多万人次"
    values = [parse_number(m.group()) for m in NUMBER_PATTERN.finditer(text)]
    assert values == [10_100_000_000, 216_000, Decimal("0.2"), 20_000_000]


@pytest.mark.parametrize(
    ("text", "standalone"),
    [
        ("一", False),  # 一批, 统一, 一体化
        ("两", False),  # 两轮 only with its measure word
        ("十", False),  # 十分重要
        ("零", False),  # 零售
        ("三五", False),  # 三五成群
        ("二〇二一", False),  # a date
        ("十二", True),
        ("两万", True),
        ("一百零五", True),
        ("两千多万", True),
        ("三分之二", True),
        ("1", True),
        ("1.8万", True),
    ],
)
def test_numbers_is_standalone_chinese_number(text, standalone):
    assert is_standalone_chinese_number(text) is standalone


@pytest.mark.parametrize(
    ("text", "expected"),
    [("１２３", "123"), ("ＧＤＰ增长５．６％", "GDP增长5.6%"), ("　全角空格", "　全角空格"), ("中文", "中文")],
)
def test_numbers_to_halfwidth(text, expected):
    assert to_halfwidth(text) == expected


@given(st.text())
def test_numbers_to_halfwidth_preserves_length(text):
    assert len(to_halfwidth(text)) == len(text)


@given(st.integers(min_value=0, max_value=10**15))
def test_numbers_parse_arabic_integers(n):
    assert parse_number(str(n)) == n
    assert parse_number(to_fullwidth(str(n))) == n
    assert parse_number(f"{n:,}") == n


@given(st.decimals(min_value=0, max_value=10**12, places=2))
def test_numbers_parse_decimals(value):
    assert parse_number(str(value)) == value
    assert parse_number(to_fullwidth(str(value))) == value


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_numbers_parse_chinese_rendering(n):
    text = render_chinese(n)
    assert parse_number(text) == n
    assert chinese_to_int(text) == n
    if text.startswith("一十"):  # 十二 is written without its 一
        assert parse_number(text[1:]) == n


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_numbers_parse_wan_multiplier(n):
    assert parse_number(f"{n / 10000}万") == n


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_numbers_result_has_no_exponent(n):
    value = parse_number(f"{n / 10000}万")
    assert "E" not in str(value)
    assert value.as_tuple().exponent == 0


def test_numbers_render_chinese_reference():
    assert [render_chinese(n) for n in (10, 105, 30005, 100_050_000, 35_000_000)] == [
        "一十", "一百零五", "三万零五", "一亿零五万", "三千五百万",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("一点二", Decimal("1.2")), ("零点五", Decimal("0.5")), ("八点八", Decimal("8.8")),
     ("二十三点零五亿", Decimal("2305000000")), ("百分之八点五", Decimal("8.5"))],
)
def test_numbers_parse_chinese_decimals(text, expected):
    """Chinese decimals are read digit by digit after 点 (一点二所 was read as 2)."""
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["一点一滴", "三点一线"])
def test_numbers_a_saying_with_dian_is_no_decimal(text):
    assert not any(m.group() == text[:3] for m in NUMBER_PATTERN.finditer(text))
