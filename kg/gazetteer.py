"""Gazetteer of Chinese administrative divisions (GB/T 2260) down to county level."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from kg.records import Level

__all__ = [
    "PROVINCES",
    "Division",
    "ancestors",
    "candidates",
    "countries",
    "division",
    "is_place_name",
    "lookup",
    "short_name",
]

_PROVINCE_CODES = {
    "beijing": "110000", "tianjin": "120000", "hebei": "130000", "shanxi": "140000",
    "inner-mongolia": "150000", "liaoning": "210000", "jilin": "220000",
    "heilongjiang": "230000", "shanghai": "310000", "jiangsu": "320000",
    "zhejiang": "330000", "anhui": "340000", "fujian": "350000", "jiangxi": "360000",
    "shandong": "370000", "henan": "410000", "hubei": "420000", "hunan": "430000",
    "guangdong": "440000", "guangxi": "450000", "hainan": "460000",
    "chongqing": "500000", "sichuan": "510000", "guizhou": "520000",
    "yunnan": "530000", "tibet": "540000", "shaanxi": "610000", "gansu": "620000",
    "qinghai": "630000", "ningxia": "640000", "xinjiang": "650000",
}  # fmt: skip

_ETHNIC = (
    "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲"
    "|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米"
    "|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各"
)
_AUTONOMOUS = re.compile(r"族?自治[区州县旗]$")
_LAST_ETHNONYM = re.compile(rf"(?:{_ETHNIC})族?$")
_SUFFIX = re.compile(r"(?:特别行政区|联合旗|地区|林区|特区|新区|省|市|区|县|旗|盟)$")
# Levels from the top down: a lower rank is a larger unit.
LEVEL_RANK = {Level.NATIONAL: 0, Level.PROVINCE: 1, Level.CITY: 2, Level.DISTRICT: 3}


@dataclass(frozen=True)
class Division:
    """One administrative division: its six-digit code, names, level and parent code."""

    code: str
    name: str
    short_name: str
    level: Level
    parent: str | None = None


def short_name(name: str) -> str:
    """The name without its generic suffix or autonomous-area ethnonyms.

    >>> [short_name(n) for n in ["沈河区", "辽宁省", "北京市", "内蒙古自治区"]]
    ['沈河', '辽宁', '北京', '内蒙古']
    >>> [short_name(n) for n in ["广西壮族自治区", "延边朝鲜族自治州", "鄂伦春自治旗", "矿区"]]
    ['广西', '延边', '鄂伦春', '矿区']
    """
    stem = _AUTONOMOUS.sub("", name)
    if stem == name:
        stem = _SUFFIX.sub("", name)
        return stem if len(stem) >= 2 else name
    while (shorter := _LAST_ETHNONYM.sub("", stem)) != stem and len(shorter) >= 2:
        stem = shorter
    return stem if len(stem) >= 2 else name


class _Index:
    """Divisions by code, by full name and by short name."""

    def __init__(self, rows: Iterator[list[str]]) -> None:
        self.by_code: dict[str, Division] = {}
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        for code, name, level, parent in rows:
            d = Division(code, name, short_name(name), Level(level), parent or None)
            self.by_code[code] = d
            self.by_name.setdefault(name, []).append(d)
            if d.short_name != name:
                self.by_short.setdefault(d.short_name, []).append(d)
            if name.endswith(("自治州", "自治县", "自治旗")) and d.short_name != name:
                self.by_short.setdefault(d.short_name + name[-1], []).append(d)  # 黔东南州, 玉屏县: an
                # autonomous unit by its short name and its unit's character
        common = files("kg").joinpath("data", "common_words.txt").read_text("utf-8")
        lines = (line for line in common.splitlines() if not line.startswith("#"))
        self.common_words = frozenset(" ".join(lines).split())


@cache
def _index() -> _Index:
    text = files("kg").joinpath("data", "divisions.tsv").read_text("utf-8")
    return _Index(line.split("\t") for line in text.splitlines()[1:])


def divisions() -> Iterator[Division]:
    """Every division the gazetteer holds."""
    return iter(_index().by_code.values())


def division(code: str) -> Division:
    """The division with this six-digit code; KeyError if there is none.

    >>> division("210103").name
    '沈河区'
    """
    try:
        return _index().by_code[code]
    except KeyError:
        raise KeyError(f"no division has code {code!r}; codes have six digits") from None


def ancestors(d: Division) -> list[Division]:
    """The divisions that contain ``d``, nearest first (district, city, province).

    >>> [a.name for a in ancestors(division("210103"))]
    ['沈阳市', '辽宁省']
    """
    chain = []
    while d.parent is not None:
        d = division(d.parent)
        chain.append(d)
    return chain


def candidates(name: str, within: str | None = None) -> list[Division]:
    """Every division named ``name`` (full names before short ones), optionally
    only those inside ``within``, a code or a name that ``lookup`` resolves.

    >>> [d.code for d in candidates("朝阳区")]
    ['110105', '220104']
    """
    index = _index()
    found = index.by_name.get(name) or index.by_short.get(name, [])
    if within is None:
        return list(found)
    scope = index.by_code.get(within) or lookup(within)
    if scope is None:
        return []
    return [d for d in found if d == scope or scope in ancestors(d)]


def lookup(name: str, within: str | None = None) -> Division | None:
    """The division a full or short name denotes, or None if unknown or ambiguous.

    Higher levels win (吉林 is the province, not the city); a name shared by
    several divisions of the same level needs ``within`` to pick one.

    >>> lookup("沈河").code
    '210103'
    >>> lookup("广西").name
    '广西壮族自治区'
    >>> lookup("鼓楼区") is None
    True
    >>> lookup("鼓楼区", within="南京").code
    '320106'
    >>> lookup("朝阳区", within="110000").code
    '110105'
    >>> lookup("黔东南州").name, lookup("玉屏县").name
    ('黔东南苗族侗族自治州', '玉屏侗族自治县')
    """
    found = candidates(name, within)
    if not found:
        return None
    top = min(LEVEL_RANK[d.level] for d in found)
    best = [d for d in found if LEVEL_RANK[d.level] == top]
    return best[0] if len(best) == 1 else None


def lookup_in_title(name: str, title: str | None) -> Division | None:
    """The division ``name`` denotes, told apart where many share it by the units a report's title puts it in.

    >>> lookup_in_title("和平区", "2022年沈阳市和平区政府工作报告").code, lookup_in_title("和平区", None)
    ('210102', None)
    """
    found = lookup(name)
    if found is not None or not title or name not in title:
        return found
    outer = re.findall(r".+?(?:自治区|自治州|省|市|盟|州)", title.split(name)[0])
    return next((d for part in reversed(outer)
                 if (d := lookup(name, within=re.sub(r"^[0-9０-９]+年", "", part))) is not None), None)


def lookup_in_report(name: str, title: str | None, text: str) -> Division | None:
    """The division ``name`` denotes in a report: told apart where many share it by its title, else by the
    units above it that the report's text names (朝阳区 in a report that speaks of 北京 is Beijing's).

    >>> lookup_in_report("朝阳区", "2025年朝阳区人民政府工作报告", "深入贯彻习近平总书记对北京重要讲话精神").code
    '110105'
    >>> lookup_in_report("朝阳区", "2025年朝阳区人民政府工作报告", "全区经济平稳运行") is None
    True
    """
    found = lookup_in_title(name, title)
    options = candidates(name) if found is None else []
    if len(options) < 2:
        return found
    named = {d.code: sum(text.count(unit.short_name) for unit in ancestors(d) if unit.level is not Level.NATIONAL)
             for d in options}
    best = max(named.values())
    winners = [d for d in options if named[d.code] == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def innermost_unit(text: str) -> str | None:
    """The longest tail of ``text`` that names a division: the innermost unit of a compound name.

    >>> innermost_unit("沈阳市沈河区"), innermost_unit("贵州省"), innermost_unit("某某")
    ('沈河区', '贵州省', None)
    """
    return next((text[k:] for k in range(len(text) - 1) if is_place_name(text[k:])), None)


def is_place_name(word: str) -> bool:
    """Whether ``word`` is exactly the full or short name of a division.

    Short names that are also common words (和平, 安康, 前进) do not count.

    >>> is_place_name("沈河"), is_place_name("沈河区"), is_place_name("和平")
    (True, True, False)
    """
    index = _index()
    if word in index.by_name:
        return True
    return word in index.by_short and word not in index.common_words


class _Provinces(Mapping[str, Division]):
    """Corpus slugs (``beijing``, ``inner-mongolia``) to provincial divisions."""

    def __getitem__(self, slug: str) -> Division:
        return division(_PROVINCE_CODES[slug])

    def __iter__(self) -> Iterator[str]:
        return iter(_PROVINCE_CODES)

    def __len__(self) -> int:
        return len(_PROVINCE_CODES)


PROVINCES: Mapping[str, Division] = _Provinces()


# Chinese names of territories that are China's own, kept for the divisions above.
_CHINA = ("CN", "HK", "MO", "TW")


# Former states by the short names reports of their time use (ISO 3166-3 has only their official names).
FORMER_COUNTRIES = {"苏联": "SU", "南斯拉夫": "YU", "捷克斯洛伐克": "CS", "民主德国": "DD", "东德": "DD",
                    "联邦德国": "DE", "西德": "DE", "扎伊尔": "ZR", "锡金": "SK"}


@cache
def countries() -> dict[str, str]:
    """Chinese names of the world's countries (ISO 3166-1, from pycountry's zh_CN translation) → alpha-2 code.

    Both the short and the common name count (老挝人民民主共和国, 老挝), and former states by their
    short names (苏联, 南斯拉夫). China's own
    territories and names that are also a Chinese division (黑山) are left to the gazetteer.

    >>> countries()["美国"], countries()["老挝"]
    ('US', 'LA')
    >>> "中国" in countries() or "黑山" in countries()
    False
    """
    import gettext

    import pycountry

    chinese = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)
    names: dict[str, str] = dict(FORMER_COUNTRIES)
    for country in pycountry.countries:
        if country.alpha_2 in _CHINA:
            continue
        for attribute in ("name", "common_name", "official_name"):
            english = getattr(country, attribute, None)
            name = chinese.gettext(english) if english else ""
            if name and name != english and re.fullmatch(r"[\u4e00-\u9fff·]{2,}", name) and not candidates(name):
                names.setdefault(name, country.alpha_2)
    return names
