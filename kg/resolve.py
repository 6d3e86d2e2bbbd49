"""Group mentions into entities: resolve relative names against the report's jurisdiction and merge short forms."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from kg import gazetteer
from kg.lexicon import EVENT_NAMES, LOCAL_ZONES, FULL_NAMES, PARTY_COMMITTEE, RELATIVE_BODIES, UNIT_LEVELS, own_institution
from kg.records import EntityType, Level, Mention, Report

# B = A + one of these, same class: B is another name of A (沈阳市/沈阳, 中街步行街/中街, 中共湖北省委员会/中共湖北省委).
ALIAS_SUFFIXES = ("人民政府", "员会", "步行街", "主题活动", "系列活动", "活动", "工程", "项目", "建设", "市", "省", "区", "县")
_QUOTES = re.compile(r"[“”\"《》]")


def plain(name: str) -> str:
    """A name without quotes and title marks: “万人进万企”主题活动 → 万人进万企主题活动."""
    return _QUOTES.sub("", name)


def jurisdiction_chain(report: Report) -> dict[str, str]:
    """Full names of the report's own unit and the units above it, by level."""
    chain: dict[str, str] = {}
    if report.level is Level.NATIONAL:
        return {"national": "全国"}  # 人大, 政协 in the State Council's report are the national ones
    if not report.place or report.level is Level.UNKNOWN:
        return chain
    found = gazetteer.lookup_in_report(report.place, report.title, report.text)  # 沈阳市和平区: which 和平区
    if found is None:
        chain[report.level.value] = chain["own"] = report.place
        return chain
    for unit in [found, *gazetteer.ancestors(found)]:
        chain.setdefault(unit.level.value, unit.name)
    chain["own"] = found.name
    return chain


# A party committee named by its unit without 中共 (宁德市委, 黔东南州委).
_NAMED_COMMITTEE = re.compile(r"(?P<unit>[\u4e00-\u9fff]{2,12}?(?:自治区|自治州|自治县|省|市|县|区|旗|州|盟))委")
SESSION_RE = re.compile(r"^(?P<unit>.*?)第?[一二三四五六七八九十]{1,3}届(?P<body>人大|人民代表大会|政协|人民政府)$")
_EDITION = re.compile(r"^(?:第[一二三四五六七八九十百零0-9]+[届次]|首届)")
NATIONAL_SESSION_RE = re.compile(r"^第?[一二三四五六七八九十]{1,3}届全国(?P<body>人大|人民代表大会|政协)$")


def committee_unit(text: str) -> str | None:
    """The unit a party committee is named by, the innermost the gazetteer knows (中共沈阳市沈河区委 → 沈河区,
    宁德市委 → 宁德市), or None."""
    party = PARTY_COMMITTEE.fullmatch(text) or _NAMED_COMMITTEE.fullmatch(text)
    return gazetteer.innermost_unit(party["unit"]) if party else None


def body_of(short: str, unit: str) -> str:
    """The full name of a unit's body given by its short form (市政府 of 宁德市 → 宁德市人民政府; 全国工商业联合会
    → 中华全国工商业联合会)."""
    full = RELATIVE_BODIES[short][1].format(unit)
    return FULL_NAMES.get(full, full)


def canonical_name(mention: Mention, chain: dict[str, str]) -> str:
    """The full name a relative government name stands for in this report.

    >>> m = Mention(0, 3, "区政府", EntityType.ORGANIZATION, 0, "区政府")
    >>> chain = {"district": "沈河区", "city": "沈阳市", "province": "辽宁省", "own": "沈河区"}
    >>> [canonical_name(m.__class__(0, 3, t, m.type, 0, t), chain) for t in ("区政府", "市委", "区十八届人大", "沈河区第十九届人民代表大会", "政协")]
    ['沈河区人民政府', '中共沈阳市委员会', '沈河区人民代表大会', '沈河区人民代表大会', '中国人民政治协商会议沈河区委员会']
    >>> [canonical_name(m.__class__(0, 3, t, m.type, 0, t), chain) for t in ("沈阳市沈河区第十九届人民代表大会", "沈河区第十八届人民政府", "第十八届人民政府")]
    ['沈河区人民代表大会', '沈河区人民政府', '沈河区人民政府']
    """
    if mention.name != mention.text:
        return mention.name  # a name its finder gave: 嘉陵江 of 嘉陵江、明月湖实验室 is 嘉陵江实验室
    text = plain(mention.text)
    if plan := period_plan_name(text, chain):
        return plan  # “十四五”规划 → 沈河区“十四五”规划: the report's own plan, not every government's
    if unit := committee_unit(text):  # 中共沈阳市沈河区委 → 中共沈河区委员会, as 区委;
        # 宁德市委 in 福安市's report → 中共宁德市委员会
        return f"中共{unit}委员会"  # in 沈河区's report
    national = NATIONAL_SESSION_RE.match(text)
    if national:  # 第十一届全国人民代表大会: the National People's Congress, whatever the session
        return FULL_NAMES["全国政协" if national["body"] == "政协" else "全国人大"]
    session = SESSION_RE.match(text)
    if session:  # 区十八届人大, 沈河区第十九届人民代表大会: the congress itself, whatever the session
        unit = next((v for v in sorted(chain.values(), key=len, reverse=True) if len(v) > 1 and session["unit"].endswith(v)),
                    session["unit"])  # 杭州市滨江区第四届人民代表大会: the district's, named with its city
        short = {"区": "区", "县": "县", "市": "市", "省": "省", "自治区": "自治区", "州": "州", "旗": "旗", "盟": "盟",
                 "": ""}.get(unit)
        body = {"政协": "政协", "人民政府": "政府"}.get(session["body"], "人大")
        if body == "政府" and not unit and chain.get("own"):
            return f"{chain['own']}人民政府"  # 第十八届人民政府: the report's own government, by its term
        if short is not None:
            text = short + body
        elif unit in chain.values():
            level = next(k for k, v in chain.items() if v == unit and k != "own")
            return RELATIVE_BODIES[f"{_UNIT_CHAR[level]}{body}"][1].format(unit) if f"{_UNIT_CHAR[level]}{body}" in RELATIVE_BODIES else mention.text
    if len(text) > 4 and text.endswith("政府") and not text.endswith(("人民政府", "特别行政区政府")) \
            and gazetteer.is_place_name(text[:-2]):
        return f"{text[:-2]}人民政府"  # 锦州市政府 → 锦州市人民政府, though the report is 北镇市's (香港特别行政区政府
        # is that region's own name)
    rule = RELATIVE_BODIES.get(text)
    if rule:
        level, template = rule
        char = next((u for u in UNIT_LEVELS if text.startswith(u)), "")
        unit = unit_named(char, level, chain) if char else chain.get(level) or (chain.get("national") if level == "own" else None)
        if unit:
            return body_of(text, unit)
    return _own_institution(text, chain) or FULL_NAMES.get(text, mention.text)  # 世贸组织 → 世界贸易组织


_PERIOD_PLAN = re.compile(r"(?P<scope>.*?)(?:国民经济和社会发展)?(?:(?P<short>[一二三四五六七八九十]{1,2}五)|第(?P<nth>[一二三四五六七八九十]{1,3})个五年)"
                          r"(?P<head>规划|计划)(?:和二〇三五年远景目标)?(?:纲要)?(?:[(（]草案[)）])?")


def period_plan_name(text: str, chain: dict[str, str]) -> str:
    """The name of a government's five-year plan by its period, with the unit whose it is (“十四五”规划 in 沈河区's
    report → 沈河区“十四五”规划; 市“十四五”规划 there → 沈阳市“十四五”规划; 国家“十三五”规划纲要 → 国家“十三五”规划;
    第十一个五年规划纲要 in the State Council's report → 国家“十一五”规划), or "" when ``text`` names no such plan.

    >>> chain = {"district": "沈河区", "city": "沈阳市", "province": "辽宁省", "own": "沈河区"}
    >>> [period_plan_name(t, chain) for t in ("“十四五”规划", "市十四五规划纲要", "辽宁省第十四个五年规划", "“十四五”交通规划")]
    ['沈河区“十四五”规划', '沈阳市“十四五”规划', '辽宁省“十四五”规划', '']
    """
    match = _PERIOD_PLAN.fullmatch(plain(text))
    if not match:
        return ""
    scope = match["scope"]
    if scope in ("国家", "全国", "中央") or not scope and "national" in chain:
        unit = "国家"
    elif not scope:
        unit = chain.get("own", "")
    elif scope in UNIT_LEVELS:
        unit = unit_named(scope, UNIT_LEVELS[scope], chain)
    else:
        found = gazetteer.lookup(scope)
        unit = found.name if found is not None and gazetteer.is_place_name(scope) else ""
    period = match["short"] or f"{match['nth']}五"
    return f"{unit}“{period}”{match['head']}" if unit else ""


def _own_institution(text: str, chain: dict[str, str]) -> str:
    """The full name of an institution named by the character of a unit of the jurisdiction or above
    (省博物馆 in a Jiangxi report → 江西省博物馆), or "" (市人民医院 in a province's report: which city's is not
    said; 县 in a district's report is some county's)."""
    unit = next((u for u in UNIT_LEVELS if text.startswith(u) and own_institution(text[len(u):])), None)
    if unit is None:
        return ""
    full = unit_named(unit, UNIT_LEVELS[unit], chain)
    return full + text[len(unit):] if full else ""


def unit_named(char: str, level: str, chain: dict[str, str]) -> str:
    """The unit of the jurisdiction a body's one character names (市 of 市委, 市博物馆), or "": the report's own
    unit when its name ends so (市委 in 诸暨市's report, a county-level city, is 诸暨市's, not 绍兴市's),
    else the unit of that level above it whose name ends so, a municipality (重庆市) standing for a city in
    its districts' reports; none where no such unit is above (县委 in 沈河区's report is some county's).

    >>> chain = {"district": "诸暨市", "city": "绍兴市", "province": "浙江省", "own": "诸暨市"}
    >>> unit_named("市", "city", chain), unit_named("省", "province", chain), unit_named("区", "district", chain)
    ('诸暨市', '浙江省', '')
    >>> unit_named("市", "city", {"district": "渝中区", "province": "重庆市", "own": "渝中区"})
    '重庆市'
    """
    own = chain.get("own", "")
    if own.endswith(char):
        return own
    for above in (level, "province") if level == "city" else (level,):
        if chain.get(above, "").endswith(char):
            return chain[above]
    return ""


_UNIT_CHAR = {"district": "区", "city": "市", "province": "省"}


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is an abbreviation of ``full``: same first character and last two, its
    characters in order inside ``full``, clearly shorter, not its start, and not a place's name and a head
    with one stretch of ``full`` cut out (浙江大学 is not 浙江农林大学; 中央委员会 is 中国共产党中央委员会).

    >>> _abbreviates("中央环保督察", "中央生态环境保护督察"), _abbreviates("中科院金属所", "中国科学院金属研究所")
    (True, True)
    >>> _abbreviates("区政协", "区人大"), _abbreviates("示范区建设", "示范区建设工程")
    (False, False)
    >>> _abbreviates("浙江大学", "浙江农林大学"), _abbreviates("中国农业银行", "中国农业发展银行")
    (False, False)
    >>> _abbreviates("中央委员会", "中国共产党中央委员会"), _abbreviates("哈尔滨市人民政府", "哈尔滨市平房区人民政府")
    (True, False)
    """
    if len(short) < 4 or len(short) >= len(full) - 1 or short[0] != full[0] or short[-2:] != full[-2:] \
            and short[-1] != full[-1]:
        return False
    if full.startswith(short):
        return False  # the start of a longer name names the whole it belongs to: 全国人民代表大会 / …常务委员会
    cut_out = len(full) - len(short)
    if any(full[:cut] + full[cut + cut_out:] == short
           and (gazetteer.is_place_name(short[:2]) or short.startswith("中国")
                or gazetteer.is_place_name(full[cut:cut + cut_out])) for cut in range(1, len(short))):
        return False  # a place and a head with one stretch left out name another body: 浙江大学 / 浙江农林大学;
        # so does a body with a place left out of it (哈尔滨市人民政府 / 哈尔滨市平房区人民政府)
    chars = iter(full)
    return all(ch in chars for ch in short)


def _resolve_bare(bare: list[Mention], named: list[Mention], local: bool = False) -> list[Mention]:
    """Bare class words (古城) that stand for exactly one longer name of the same class (盛京古城); in a city's or
    a county's report, a zone word that stands for none is the report's own zone (高新区)."""
    out = []
    for m in bare:
        owners = {n.name for n in named if n.type is m.type and plain(n.name).endswith(m.text) and len(n.name) > len(m.text)}
        if len(owners) == 1:
            out.append(replace(m, name=owners.pop()))
        elif not owners and local and m.text in LOCAL_ZONES:
            out.append(replace(m, confidence=min(m.confidence, 0.6)))
    return out


def _scope_prefixes(chain: dict[str, str]) -> list[str]:
    """Words that put a name in a scope without changing what it names: 中央, 国家, 沈阳, 沈阳市 …"""
    prefixes = {"中央", "国家", "全国", "全省", "全市", "全区"}
    for unit in chain.values():
        prefixes |= {unit, gazetteer.short_name(unit)}
    return sorted((p for p in prefixes if p), key=len, reverse=True)


def resolve_entities(report: Report, mentions: list[Mention]) -> tuple[list[Mention], dict[tuple[EntityType, str], set[str]]]:
    """Mentions with canonical names, and each entity's (type, name) → set of surface forms."""
    chain = jurisdiction_chain(report)
    named = [replace(m, name=canonical_name(m, chain)) for m in mentions if not m.bare]
    named += _resolve_bare([m for m in mentions if m.bare], named, report.level not in (Level.PROVINCE, Level.NATIONAL))
    forms: dict[tuple[EntityType, str], set[str]] = defaultdict(set)
    for m in named:
        forms[(m.type, m.name)].add(m.text)
        series = _EDITION.sub("", m.name) if m.type is EntityType.PROJECT else m.name
        if series != m.name and len(plain(series)) >= 2:
            forms[(m.type, m.name)].add(series)  # 第十六届全运会 is also called by its series, 全运会
        if m.type is EntityType.PROJECT and series.startswith("全国") and series[2:] in EVENT_NAMES:
            forms[(m.type, m.name)].add(series[2:])  # …and 第十四届全国冬运会 by 冬运会

    # merge short forms into the entity they abbreviate, within one class
    target: dict[tuple[EntityType, str], tuple[EntityType, str]] = {}
    by_type: dict[EntityType, list[str]] = defaultdict(list)
    for kind, name in forms:
        by_type[kind].append(name)
    # a programme or place is also named without the place it is in (综合保护利用工程 for 盛京古城综合保护利用工程)
    place_names = {plain(n) for n in by_type.get(EntityType.PLACE, []) if len(plain(n)) >= 2}
    prefixes = sorted(set(_scope_prefixes(chain)) | place_names, key=len, reverse=True)
    for kind, names in by_type.items():
        lookup = {plain(n): n for n in sorted(names, key=lambda n: (len(n), n))}
        for name in sorted(names, key=lambda n: (-len(n), n)):
            key = plain(name)
            for suffix in ALIAS_SUFFIXES:
                if key.endswith(suffix) and len(key) - len(suffix) >= 2:
                    short = lookup.get(key[: -len(suffix)])
                    if short and short != name:
                        target.setdefault((kind, short), (kind, name))
            if kind is EntityType.PLACE:
                short = gazetteer.short_name(key)
                unit = gazetteer.lookup(short)
                if short != key and short in lookup and lookup[short] != name \
                        and (unit is None or unit == gazetteer.lookup(key)):  # not 兰州 for 兰州新区
                    target.setdefault((kind, lookup[short]), (kind, name))
            if key != name and key in lookup and lookup[key] != name:
                target.setdefault((kind, lookup[key]), (kind, name))
            if kind in (EntityType.PROJECT, EntityType.ORGANIZATION):
                for short in lookup:
                    if short != key and _abbreviates(short, key):
                        target.setdefault((kind, lookup[short]), (kind, name))  # 中央环保督察 / 中央生态环境保护督察
            for prefix in prefixes:
                rest = key[len(prefix):]
                if key.startswith(prefix) and len(rest) >= 3 and rest in lookup and lookup[rest] != name \
                        and (prefix not in place_names or kind is not EntityType.PLACE and len(rest) >= 4):
                    target.setdefault((kind, lookup[rest]), (kind, name))  # 中央生态环境保护督察 / 生态环境保护督察

    # X地区 is X, under the name X goes by (港澳地区 / 港澳, 北京地区 / 北京 / 北京市)
    places = {plain(n): n for n in by_type.get(EntityType.PLACE, [])}
    for key, name in places.items():
        short = places.get(key[:-2]) if key.endswith("地区") and len(key) >= 4 else None
        if short and short != name and target.get((EntityType.PLACE, short)) != (EntityType.PLACE, name):
            target.setdefault((EntityType.PLACE, name), target.get((EntityType.PLACE, short), (EntityType.PLACE, short)))

    def final(key: tuple[EntityType, str]) -> tuple[EntityType, str]:
        seen = set()
        while key in target and key not in seen:
            seen.add(key)
            key = target[key]
        return key

    merged: dict[tuple[EntityType, str], set[str]] = defaultdict(set)
    for key, surfaces in forms.items():
        merged[final(key)].update(surfaces | {key[1]})
    resolved = [replace(m, name=final((m.type, m.name))[1]) for m in named]
    return resolved, dict(merged)
