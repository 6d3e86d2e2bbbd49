"""Find and read the numbers a report writes: Arabic, full-width, Chinese numerals, 万/亿 and fractions."""
from __future__ import annotations

import re
from decimal import Decimal, localcontext

__all__ = [
    "NUMBER_PATTERN",
    "chinese_to_int",
    "is_standalone_chinese_number",
    "parse_number",
    "to_halfwidth",
]

_DIGITS = {
    "零": 0, "〇": 0,
    "一": 1, "壹": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_WAN = {"万": 10**4, "萬": 10**4}
_YI = {"亿": 10**8, "億": 10**8}
_UNITS = _SMALL_UNITS | _WAN | _YI

_CN_START = "".join(_DIGITS) + "十拾"
_CN_ANY = "".join(_DIGITS) + "".join(_UNITS)
_FRACTION_PLACES = Decimal("0.000001")

_ARABIC = r"""
    (?: [0-9０-９]{1,3} (?: ,[0-9０-９]{3} )+ (?![0-9０-９])   # 1,062 (ASCII comma only)
      | [0-9０-９]+ )
    (?: [.．][0-9０-９]+ )?                                  # decimals
"""
_CN_DECIMAL = r"点[零〇一二三四五六七八九]+(?![滴线])"  # 一点二, 零点五; not 一点一滴, 三点一线
_CHINESE = rf"[{_CN_START}][{_CN_ANY}]*(?:{_CN_DECIMAL})?"  # 十二, 三千五百万, 二〇二一; never a bare 百/千/万/亿
# A bare 百, 千 or 万 after a word that says a figure follows (突破千亿元, 超百亿元, 近万家): a magnitude,
# one of it; `parse_number` reads it with its 一 (parse_number("一千亿")), as it has no context to see the cue.
_BARE = "(?:" + "|".join(f"(?<={word})" for word in ("突破", "超过", "超", "达到", "达", "近", "逾", "约",
                                                                   "稳定在", "保持在", "迈上", "跨越", "跃上", "跨过", "跨上",
                                                                   "过")) \
    + r")(?P<bare>[百千万])(?=[余多]?[万亿]?[元家个人项亩吨户所座]|亿(?:元)?(?:台阶|大关|关口|规模)|亿(?=[,，。;；、]))"
_MULTIPLIER = r"""
    [万萬][亿億]                     # 万亿
  | [十百千]? [万萬亿億]             # 万, 十万, 百万, 千万, 亿, 千亿 ...
  | [百千] (?![米克瓦伏帕])          # 3千, but not 3千米 / 5千瓦
"""

NUMBER_PATTERN = re.compile(
    rf"""
    (?P<fraction>
        (?P<denominator> {_ARABIC} | {_CHINESE} | [百千万] )  # 七分之一, 百分之五
        分之
        (?P<numerator> {_ARABIC} | {_CHINESE} )
      | (?P<dividend> {_ARABIC} ) [/／] (?P<divisor> {_ARABIC} )  # 1/7
    )
  | (?P<value> {_ARABIC} | {_CHINESE} | {_BARE} )
    (?:
        (?P<approx> [余多] )?        # 5400余万: kept only when a multiplier follows
        (?P<multiplier> {_MULTIPLIER} )
    )?
    """,
    re.VERBOSE,
)
"""Number expressions in running text; read each match with `parse_number`.

Matches Arabic numbers (full-width digits, decimals, ASCII thousands commas),
Chinese-numeral runs, either followed by a 万/亿/万亿/千万/百万 multiplier,
and fractions (1/7, 七分之一, 百分之五). An approximation word between a
number and its multiplier (5400余万, 两千多万) is part of the match and is
captured in the ``approx`` group; nothing else around a number is taken.

The pattern finds candidates, not figures: labels and ordinals (第十九届, 5G,
“1361”, 十四五) match too and are the caller's to filter. A Chinese run may
be malformed (十十), so `parse_number` can still raise ``ValueError``; and a
lone Chinese numeral is usually part of a word (see
`is_standalone_chinese_number`). An ASCII comma followed by exactly three
digits is read as a thousands separator, even where it is punctuation.

In 投入7630万元,减免租金5400余万元,占全市1/7强 it finds 7630万, 5400余万 and 1/7.
"""

_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def to_halfwidth(text: str) -> str:
    """Map full-width ASCII forms (U+FF01–U+FF5E) to ASCII, one character for one.

    The ideographic space U+3000 is left alone, so offsets into the result are
    offsets into the original text.

    >>> to_halfwidth("５．６％，ＧＤＰ")
    '5.6%,GDP'
    >>> text = "增长　１２３"
    >>> len(to_halfwidth(text)) == len(text)
    True
    """
    return text.translate(_HALFWIDTH)


def chinese_to_int(text: str) -> int:
    """Read a pure Chinese numeral as an integer.

    Units (十百千万亿, also the financial forms 拾佰仟) are multiplied out; a run of
    digits without units is read digit by digit, as in years; a digit right
    after a unit of a hundred or more is read colloquially (一万五 is 15000).
    Raises ``ValueError`` for anything else.

    >>> chinese_to_int("十四"), chinese_to_int("两"), chinese_to_int("一百零五")
    (14, 2, 105)
    >>> chinese_to_int("三千五百万"), chinese_to_int("一万亿")
    (35000000, 1000000000000)
    >>> chinese_to_int("二〇二一"), chinese_to_int("一万五")
    (2021, 15000)
    >>> chinese_to_int("十十")
    Traceback (most recent call last):
    ...
    ValueError: not a Chinese numeral: '十十'
    """
    try:
        return _read_chinese(text)
    except ValueError:
        raise ValueError(f"not a Chinese numeral: {text!r}") from None


def _read_chinese(text: str) -> int:
    if not text or any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        raise ValueError(text)
    if not any(ch in _UNITS for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total = section = 0
    digit: int | None = None  # the digit waiting for its unit
    digit_after = 0  # value of the unit just before that digit (0 after 零)
    previous_unit = 0  # value of the unit just read (0 after a digit)
    ceiling = 10**4  # a small unit must be smaller than the previous one
    seen_wan = seen_yi = False
    for ch in text:
        if ch in _DIGITS:
            if digit:  # two non-zero digits in a row: 一二百
                raise ValueError(text)
            digit, digit_after, previous_unit = _DIGITS[ch], previous_unit, 0
            continue
        unit = _UNITS[ch]
        if digit == 0:  # 零百
            raise ValueError(text)
        count = 1 if digit is None else digit
        if unit in _SMALL_UNITS.values():
            if unit >= ceiling:
                raise ValueError(text)
            section += count * unit
            ceiling = unit
        elif unit == 10**4:
            if seen_wan or total and not section and digit is None:  # 亿万
                raise ValueError(text)
            total += (section + (digit or 0) or 1) * unit
            section, ceiling, seen_wan = 0, unit, True
        else:
            if seen_yi:
                raise ValueError(text)
            total = (total + section + (digit or 0) or 1) * unit
            section, ceiling, seen_wan, seen_yi = 0, 10**4, False, True
        digit, previous_unit = None, unit
    if digit and digit_after >= 100:  # 一百五, 一万五
        digit *= digit_after // 10
    return total + section + (digit or 0)


def is_standalone_chinese_number(match_text: str) -> bool:
    """Whether a `NUMBER_PATTERN` match reads as a figure without further context.

    False for a lone Chinese numeral (一, 两, 十) and for a run of Chinese digits
    without units (三五, 二〇二一): in running text these are mostly parts of
    words (一批, 统一, 一体化, 十分, 三五成群) or dates, and are figures only when
    a measure word follows (两轮, 三年, 五大类), which the caller checks
    against its list of units. True for everything else, Arabic numbers,
    fractions and multi-character numerals with a unit (十二, 两万) included;
    labels such as 十九大 or 十四五 remain the caller's to filter.

    >>> [is_standalone_chinese_number(t) for t in ["一", "十", "三五", "十二", "两千多万", "1"]]
    [False, False, False, True, True, True]
    """
    text = match_text.strip()
    if not all(ch in _DIGITS or ch in _UNITS for ch in text):
        return True
    return len(text) > 1 and any(ch in _UNITS for ch in text)


def parse_number(text: str) -> Decimal:
    """The value of one number as a report writes it, multipliers multiplied out.

    Reads what `NUMBER_PATTERN` matches, after `to_halfwidth`. Fractions are
    rounded to six decimal places (1/7 → 0.142857). A percentage gives the
    number of percent: 百分之五 and 5% are both 5, and the caller reads the unit
    from the text; other X分之Y are fractions (千分之五 → 0.005). An
    approximation word before a multiplier is skipped (5400余万 → 54000000).
    The result is normalised: no trailing fractional zeros and no exponent
    (18000, not 1.8E+4). Raises ``ValueError`` naming the text otherwise.

    >>> parse_number("1.8万"), parse_number("79.26亿"), parse_number("1,062")
    (Decimal('18000'), Decimal('7926000000'), Decimal('1062'))
    >>> parse_number("５．６"), parse_number("三千五百万"), parse_number("1.2万亿")
    (Decimal('5.6'), Decimal('35000000'), Decimal('1200000000000'))
    >>> parse_number("七亿七千多万"), parse_number("两千多万")
    (Decimal('770000000'), Decimal('20000000'))
    >>> parse_number("1/7"), parse_number("三分之二"), parse_number("百分之五")
    (Decimal('0.142857'), Decimal('0.666667'), Decimal('5'))
    >>> parse_number("一点二"), parse_number("零点五"), parse_number("二十三点零五亿")
    (Decimal('1.2'), Decimal('0.5'), Decimal('2305000000'))
    >>> parse_number("一批")
    Traceback (most recent call last):
    ...
    ValueError: not a number: '一批'
    """
    cleaned = to_halfwidth(text).strip().removesuffix("%").rstrip()
    match = NUMBER_PATTERN.fullmatch(cleaned)
    if match is None:
        raise ValueError(f"not a number: {text!r}")
    try:
        with localcontext(prec=60):
            return _normalise(_value_of(match))
    except (ValueError, ArithmeticError):
        raise ValueError(f"not a number: {text!r}") from None


def _value_of(match: re.Match[str]) -> Decimal:
    if match["dividend"] is not None:
        return _fraction(_plain(match["dividend"]), _plain(match["divisor"]))
    if match["denominator"] is not None:
        numerator = _plain(match["numerator"])
        if match["denominator"] == "百":
            return numerator
        return _fraction(numerator, _plain(match["denominator"]))
    text, multiplier = match["value"], match["multiplier"] or ""
    if multiplier and not text[0].isascii() and any(ch in _YI for ch in text):
        # 七亿七千多万: the multiplier belongs to the section after 亿, so read it whole
        return Decimal(_read_chinese(to_halfwidth(text) + multiplier))
    value = _plain(text)
    for ch in multiplier:
        value *= _UNITS[ch]
    return value


def _plain(text: str) -> Decimal:
    text = to_halfwidth(text)
    if text[0].isascii():
        return Decimal(text.replace(",", ""))
    whole, _, decimals = text.partition("点")
    if decimals:  # 一点二 → 1.2: the decimals are read digit by digit
        return Decimal(f"{_read_chinese(whole)}.{''.join(str(_DIGITS[ch]) for ch in decimals)}")
    return Decimal(_read_chinese(text))


def _fraction(numerator: Decimal, denominator: Decimal) -> Decimal:
    if not denominator:
        raise ValueError("zero denominator")
    return (numerator / denominator).quantize(_FRACTION_PLACES)


def _normalise(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
