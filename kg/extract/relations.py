"""Find relations the text supports: locatedIn, partOf, responsibleFor between entities, concerns from figures."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from kg import gazetteer
from kg.lexicon import FIRMS, IN_AREA, MACRO_REGIONS, PROVINCE_PART, REGION_PROVINCES, ROUTE_HEADS, STREET_AREAS
from kg.nlp import pos_table, tokenize
from kg.extract.names import VOLTAGE, head_of
from kg.extract.sources import CAPACITY, COUNTED_REGION
from kg.records import Entity, EntityType, Level, Mention, Predicate, Quantity, Relation, Report, Sentence
from kg.resolve import plain

RESPONSIBLE_RE = re.compile(r"^(?:牵头|负责|主办|承办|组织实施|牵头实施|负责实施)")
TOWARDS = re.compile(r"融入|对接|联通|辐射|服务|链接|合作|协同|携手|面向|连接|通往|开往|衔接|对标|学习")
LOCATED_AT = re.compile(r"(?:位于|坐落于|坐落在|地处|落户|落户于|落地)")
# The end of a list of firms or projects, then their settling in a place (等7个投资上亿元的大项目成功落户)
# (an item of the list the text names but no mention holds may come before 等: 华润、华强方特等一批知名企业落地宜良)
SETTLED_IN = re.compile(r"(?:[、和及][^、和及，。；,;：:“”]{2,8}?)?等[^，。；,;：:]{0,20}?(?:项目|企业|公司)(?:成功|顺利|相继|先后|正式)?"
                        r"(?:落户|落地|入驻|进驻|齐聚)(?:于|在|到)?")
# …or with no place after the verb, a list that settled or went into production where the report's unit is
# (长城汽车、东鹏陶瓷等一批龙头企业相继落户, 大机车城轨总装、南通舵叶一期顺利投产, 国金重工等项目开工建设);
# what a report plans to bring (推动…等项目落地) has not settled anywhere yet.
SETTLED_HERE = re.compile(r"(?:等[^，。；,;：:、]{0,20}?(?:项目|企业|公司))?(?:(?:成功|顺利|相继|先后|正式|陆续)(?:落户|落地|入驻|"
                          r"投产|建成投产|开工建设|开工)|建成投产)(?=[，。；,;]|$)"
                          r"|等[^，。；,;：:、]{0,20}?项目(?:顺利|相继|全面|陆续)?开工建设(?=[，。；,;]|$)")
# A rank within a region (居皖北六市第1位, 位列西北五省区前列, 稳居渝东北第1)
RANKED_IN = re.compile(r"(?:居|位居|位列|排名|稳居|跻身|列)$")
RANK_AFTER = re.compile(r"[\u4e00-\u9fff]{0,5}?(?:第[0-9一二三四五六七八九十]|前[0-9一二三四五六七八九十]|前列|首位|榜首|首个|首家|唯一)")
DOING_AT = re.compile(r"(?:内|中|里)?(?:建设|实施|举办|开展|打造|启动|推进|建成|新建|设立|召开)")
REGION_HEADS = ("都市圈", "经济圈", "城市群", "经济带", "地区", "大湾区", "流域")
# X成为辽宁首个线上市场, X等5家单位被认定为辽宁省首批…: the first or only one of a place is in that place.
FIRST_OF_BEFORE = re.compile(r"(?:等[0-9一二两三四五六七八九十百]+[个家所项处])?(?:成为|作为|被认定为|被评为|被列为|入选|获评|获批|跻身)$")
FIRST_OF_AFTER = re.compile(r"(?:首个|首批|首家|第一个|第一家|唯一|首座|首条)")
# Heads of places a government designates rather than names (…示范区, …先行区): a heading's goal, not its place.
DESIGNATIONS = ("示范区", "先行区", "试验区", "集聚区", "示范城市", "产业带", "经济带")
# Plans and tasks are about a place, not in it (盛京古城综合保护利用工作任务(88+N)).
DOCUMENT_HEADS = ("规划", "方案", "计划", "纲要", "设计", "任务", "意见", "办法", "条例")
# Legislatures and advisory bodies: in a government's report they receive what it submits, they do not act
# in its clauses.
LEGISLATURES = ("人民代表大会", "人大", "常务委员会", "常委会", "政协", "协商会议委员会")
FUNDING_RE = re.compile(r"^(?:投资|投入|资金|总投资)$")

# How a firm's name ends, by its trade or as a firm (铝业, 集团): a body named so runs the works named by it
_FIRM_TRADES = ("铝业", "矿业", "实业", "药业", "医药", "管业", "化工", "集团", "公司", "股份", "控股", "生物", "纸业", "钢铁",
                "陶瓷", "纺织", "机械", "建材", "新材", "食品", "能源", "电子", "科技", "石化", "汽车")

# What a body named like a firm holds or takes part in rather than builds (二十国集团领导人峰会, …公司治理)
# (and a park named after one, which others settle in: 德远电子工业园)
_NOT_WORKS = ("峰会", "会议", "论坛", "大会", "博览会", "年会", "治理", "改革", "园", "园区")

# A freight train service named by where it goes (中亚班列, 中欧(中亚)班列): it runs to the place, not in it.
_TRAIN_TO = re.compile(r"(?:[(（][^()（）]*[)）])?班列")


def _by_sentence(mentions: list[Mention]) -> dict[int, list[Mention]]:
    out: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        out[m.sentence].append(m)
    return out


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions nested inside a longer mention."""
    out = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start >= out[-1].start and m.end <= out[-1].end:
            continue
        out.append(m)
    return out


def find_relations(report: Report, sentences: list[Sentence], entities: list[Entity],
                   mentions: list[Mention], quantities: list[Quantity]) -> list[Relation]:
    """All relations, deduplicated on (subject, predicate, object), first evidence kept."""
    out: dict[tuple, Relation] = {}

    def add(rel: Relation) -> None:
        if rel.subject == rel.object and rel.subject_type == rel.object_type:
            return
        out.setdefault((rel.subject_type, rel.subject, rel.predicate, rel.object_type, rel.object), rel)

    first_sentence = {}
    for m in mentions:
        first_sentence.setdefault((m.type, m.name), m.sentence)
    places = [e for e in entities if e.type is EntityType.PLACE]
    orgs = [e for e in entities if e.type is EntityType.ORGANIZATION]

    # A name that holds a place's name is located in that place (中街步行街改造提升 → 中街,
    # 满堂河、辉山明渠综合治理 → both rivers, 古城内小区改造 → 盛京古城 by its short form); not a route or its
    # works in the short name a list gave the route (长赣高铁 and 长赣 of 邵永、铜吉、长赣…高铁 are one route).
    # each place's names, longest first, once: its own, its aliases and a unit's short name though the text never
    # uses it (苏州高新区 → 苏州市)
    place_forms = [(place, sorted({plain(place.name), *map(plain, place.aliases), *_unit_short(place.name)}, key=len,
                                  reverse=True)) for place in places]
    for entity in entities:
        if entity.type is EntityType.ORGANIZATION or entity.type is EntityType.PERSON:
            continue
        key = re.sub(f"^{VOLTAGE}", "", plain(entity.name))  # 750千伏河西走廊北通道工程 → 河西走廊
        if entity.type is EntityType.PLACE and key.endswith(REGION_HEADS):
            continue  # 沈阳都市圈 reaches beyond 沈阳
        if _a_plan(key) or key in gazetteer.countries():
            continue  # a plan is about its place, not in it; 印度尼西亚 is no part of 印度
        for place, forms in place_forms:
            if place is entity:
                continue
            for form in forms:
                at = key.find(form)
                short = gazetteer.short_name(form) if gazetteer.is_place_name(form) else form
                section = any(_names_stretch(key, f) for f in {form, short} if f)
                # 包茂高速茂名段 → 茂名市, 黄河干流运城段治理 → 运城市: a route's section and works on it lie in the
                # place the section is named for (not 乐成至黄华段, which runs between two)
                if section and len(key) > len(form) + 2:
                    add(Relation(entity.name, Predicate.LOCATED_IN, place.name,
                                 first_sentence.get((entity.type, entity.name), -1), 0.7, entity.type, EntityType.PLACE))
                    break
                if len(form) >= 2 and at >= 0 and len(key) > len(form) + 1 \
                        and (at == 0 or key[at - 1] in "、和及") and not _named_after(form, key[at + len(form):]) \
                        and "至" not in key[at:at + len(form) + 1] \
                        and not (at == 0 and key[len(form):].startswith(ROUTE_HEADS) and not _a_known_place(form)) \
                        and not _TRAIN_TO.fullmatch(key, at + len(form)):  # 湟源至西海, 中亚班列 run between places
                    add(Relation(entity.name, Predicate.LOCATED_IN, place.name,
                                 first_sentence.get((entity.type, entity.name), -1), 0.7, entity.type, EntityType.PLACE))
                    break

    # Within one sentence: the report's unit lies in the region of the country the sentence puts it in (沈河区 …
    # 东北地区), when its province is one the region spans (not 江苏 … 西部地区, 广东 … 港澳台同胞).
    for sentence_index, ms in _by_sentence(mentions).items():
        ms = _outermost(ms)
        for k, region in enumerate(ms):
            name = plain(region.name)
            spans = REGION_PROVINCES.get(name) or REGION_PROVINCES.get(name.removesuffix("地区"))
            if region.type is not EntityType.PLACE or not spans:
                continue
            for m in ms[:k]:
                if TOWARDS.search(report.text, m.end, region.start):
                    continue  # 临沂融入长三角: a place reaching out to a region, not lying in it
                if m.name != report.place:
                    continue  # 四川 … 成渝地区 in 安居区's report: the sentence places the report's unit, not
                    # the province it names on the way (as the samples' reviewers read it: 0 of 15 such links)
                unit = gazetteer.lookup(plain(m.name)) if m.type is EntityType.PLACE else None
                if unit and unit.code[:2] in spans:
                    add(Relation(m.name, Predicate.LOCATED_IN, region.name, sentence_index, 0.6,
                                 EntityType.PLACE, EntityType.PLACE))

    # The text says where: X位于Y / X坐落在Y, and 在Y建设(实施、举办…)X within one clause; a street or a village
    # named right after the area it is in (神农新区清溪路, 勐伴镇勐伴村).
    text = report.text
    here = report.place if report.level in (Level.CITY, Level.DISTRICT) \
        and any(p.name == report.place for p in places) else None
    for sentence_index, ms in _by_sentence(mentions).items():
        ms = _outermost(ms)
        for n, (a, b) in enumerate(zip(ms, ms[1:])):
            between = text[a.end:b.start]
            if not between and a.type is EntityType.PLACE and b.type is EntityType.PLACE \
                    and plain(a.name).endswith(STREET_AREAS) and plain(b.name).endswith(IN_AREA):
                add(Relation(b.name, Predicate.LOCATED_IN, a.name, sentence_index, 0.75, EntityType.PLACE,
                             EntityType.PLACE))
            if b.type is EntityType.PLACE and a.type is not EntityType.PERSON and LOCATED_AT.fullmatch(between):
                add(Relation(a.name, Predicate.LOCATED_IN, b.name, sentence_index, 0.8, a.type, EntityType.PLACE))
            elif b.type is EntityType.PLACE and a.type in (EntityType.ORGANIZATION, EntityType.PROJECT) \
                    and SETTLED_IN.fullmatch(between):
                # 宝成国际、欧尔玛陶瓷等7个投资上亿元的大项目成功落户宜丰: every item of the list settled there
                for m in _listed_up_to(text, ms, n):
                    add(Relation(m.name, Predicate.LOCATED_IN, b.name, sentence_index, 0.7, m.type, EntityType.PLACE))
        if here:
            for rel in _settled_here(text, ms, here, sentence_index):
                add(rel)
            for m in ms:  # 居皖北六市第1位, 渝东北第1: the unit ranks within the region it names, so lies in it
                ranked = RANKED_IN.search(text[max(0, m.start - 2):m.start]) and RANK_AFTER.match(text, m.end)
                if m.type is EntityType.PLACE and ranked and plain(m.name) != plain(here) \
                        and _a_wider_region(report, m.name):
                    add(Relation(here, Predicate.LOCATED_IN, m.name, sentence_index, 0.6, EntityType.PLACE,
                                 EntityType.PLACE))
        for k, place in enumerate(ms):
            if place.type is EntityType.PLACE and k > 0 and FIRST_OF_AFTER.match(text, place.end):
                for m in ms[:k]:  # every named thing of the clause that became the place's first
                    between = text[m.end:place.start]
                    if m.type is not EntityType.PERSON and FIRST_OF_BEFORE.search(between) \
                            and not any(c in between for c in CLAUSE_BREAKS) and len(between) <= 12:
                        add(Relation(m.name, Predicate.LOCATED_IN, place.name, sentence_index, 0.7, m.type,
                                     EntityType.PLACE))
            if place.type is not EntityType.PLACE or not text[max(0, place.start - 1):place.start] == "在":
                continue
            for m in ms[k + 1:]:
                between = text[place.end:m.start]
                if any(c in between for c in CLAUSE_BREAKS) or len(between) > 12:
                    break
                if m.type in (EntityType.PROJECT, EntityType.ORGANIZATION) and DOING_AT.match(between):
                    add(Relation(m.name, Predicate.LOCATED_IN, place.name, sentence_index, 0.65, m.type,
                                 EntityType.PLACE))

    section_place = section_places(report, sentences, mentions)
    for rel in _section_located(sentences, entities, section_place, {r.subject for r in out.values()
                                                                     if r.predicate is Predicate.LOCATED_IN}):
        add(rel)

    # An organisation whose name extends another's is part of it (区人大三方平台 → 区人大).
    for entity in orgs:
        key = plain(entity.name)
        for other in orgs:
            if other is entity:
                continue
            for form in {plain(other.name), *map(plain, other.aliases)}:
                if len(form) >= 2 and key.startswith(form) and len(key) > len(form) + 1 \
                        and not key.endswith("人民政府"):
                    add(Relation(entity.name, Predicate.PART_OF, other.name, first_sentence.get((entity.type, entity.name), -1),
                                 0.65, EntityType.ORGANIZATION, EntityType.ORGANIZATION))
                    break

    # Administrative hierarchy between places the report names (沈河区 → 沈阳市 → 辽宁省).
    place_by_division = {}
    for place in places:
        found = gazetteer.lookup_in_report(plain(place.name), report.title, report.text)  # 鼓楼区 of 南京市鼓楼区…
        if found:
            place_by_division[found.code] = place
    for code, place in place_by_division.items():
        division = gazetteer.division(code)
        for parent in gazetteer.ancestors(division):
            if parent.code in place_by_division:
                add(Relation(place.name, Predicate.LOCATED_IN, place_by_division[parent.code].name,
                             first_sentence.get((EntityType.PLACE, place.name), -1), 0.9,
                             EntityType.PLACE, EntityType.PLACE))
                break

    # responsibleFor: an organisation that leads/runs a project named right after it.
    for sentence_index, ms in _by_sentence(mentions).items():
        ms = _outermost(ms)
        for a, b in zip(ms, ms[1:]):
            if a.type is EntityType.ORGANIZATION and b.type is EntityType.PROJECT:
                between = report.text[a.end:b.start]
                if RESPONSIBLE_RE.match(between) and len(between) <= 6:
                    add(Relation(a.name, Predicate.RESPONSIBLE_FOR, b.name, sentence_index, 0.7,
                                 EntityType.ORGANIZATION, EntityType.PROJECT))

    # …and a firm runs the works named by it, their capacity and their product (统一集团30万吨矿泉水), or what a
    # firm known by its trade or its name builds (广达铝业二期, 湖州微腔电子纸显示器件)
    firm_at = {m.start: m for m in mentions if m.type is EntityType.ORGANIZATION}
    for m in mentions:
        firm = firm_at.get(m.start) if m.type is EntityType.PROJECT and not m.bare else None
        if firm is not None and (CAPACITY.match(report.text, firm.end) or (plain(firm.name).endswith(_FIRM_TRADES)
                                 or plain(firm.name) in FIRMS) and not plain(m.name).endswith(_NOT_WORKS)):
            add(Relation(firm.name, Predicate.RESPONSIBLE_FOR, m.name, m.sentence, 0.6, EntityType.ORGANIZATION,
                         EntityType.PROJECT))

    for rel in _concerns(report, sentences, mentions, quantities, section_place):
        add(rel)
    return sorted(out.values(), key=lambda r: (r.predicate, r.subject, r.object))


def _a_wider_region(report: Report, name: str) -> bool:
    """Whether a place is a region wider than the report's unit: one of the country's regions, a part of a
    province (渝东北, 皖北), a region counted by its units (西北五省区), or a unit above the report's."""
    key = plain(name)
    return key in MACRO_REGIONS or bool(COUNTED_REGION.fullmatch(key)) or bool(re.match(PROVINCE_PART, key)) \
        or _above(report, name)


def _settled_here(text: str, ms: list[Mention], here: str, sentence_index: int) -> Iterable[Relation]:
    """The firms and projects of a list that settled or went into production with no place named after it
    (see SETTLED_HERE): in the report's own unit."""
    for n, m in enumerate(ms):
        settled = SETTLED_HERE.match(text, m.end) if m.type in (EntityType.ORGANIZATION, EntityType.PROJECT) else None
        if settled is None or n + 1 < len(ms) and ms[n + 1].start < settled.end():
            continue  # not a firm or a project, or the verb's place names itself after it
        for item in _listed_up_to(text, ms, n):
            yield Relation(item.name, Predicate.LOCATED_IN, here, sentence_index, 0.55, item.type, EntityType.PLACE)


def _listed_up_to(text: str, ms: list[Mention], n: int) -> Iterable[Mention]:
    """The firm or project ms[n] and those listed right before it, joined by 、, 和 or 及, last first."""
    k = n
    while True:
        yield ms[k]
        if k == 0 or ms[k - 1].type not in (EntityType.ORGANIZATION, EntityType.PROJECT) \
                or text[ms[k - 1].end:ms[k].start] not in ("、", "和", "及"):
            break
        k -= 1


def section_places(report: Report, sentences: list[Sentence], mentions: list[Mention]) -> dict[str, str]:
    """In a city's or a district's report, the subsections whose heading names one place below the report's own
    (（三）…完善古城规划设计… → 盛京古城): heading → place. Designations, regions and units at the report's
    level or above are no such place; a province's or the country's headings name goals (美丽中国先行区)."""
    if report.level not in (Level.CITY, Level.DISTRICT):
        return {}
    own = {plain(report.place)} if report.place else set()
    firsts: dict[str, Sentence] = {}
    for sentence in sentences:
        if sentence.subsection:
            firsts.setdefault(sentence.subsection, sentence)
    out = {}
    for heading, first in firsts.items():
        at = first.text.find(heading[:4])
        if not 0 <= at <= 4:
            continue  # the heading is not the text the subsection opens with
        named = {m.name for m in mentions if m.sentence == first.index and m.type is EntityType.PLACE
                 and first.start + at <= m.start < first.start + at + len(heading)}
        named = {n for n in named if plain(n) not in own and not plain(n).endswith(REGION_HEADS + DESIGNATIONS)
                 and plain(n) not in MACRO_REGIONS and not _above(report, n)}
        if len(named) == 1:
            out[heading] = named.pop()
    return out


def _section_located(sentences: list[Sentence], entities: list[Entity], places: dict[str, str],
                     located: set[str]) -> Iterable[Relation]:
    """The projects and places named only inside a subsection about a place, and not placed elsewhere by the
    text, lie in that place. Plans and regions are left out, as in the rule on names (a plan is about its
    place, a region reaches beyond)."""
    section_of = {s.index: s.subsection for s in sentences}
    for entity in entities:
        kind, name = entity.type, entity.name
        if kind not in (EntityType.PROJECT, EntityType.PLACE) or name in located:
            continue
        where = {section_of.get(m.sentence) for m in entity.mentions}
        heading = next(iter(where)) if len(where) == 1 else None
        if heading not in places or places[heading] == name \
                or _a_plan(plain(name)) \
                or kind is EntityType.PLACE and (gazetteer.lookup(plain(name)) or plain(name).endswith(REGION_HEADS)):
            continue
        yield Relation(name, Predicate.LOCATED_IN, places[heading], entity.mentions[0].sentence, 0.5, kind,
                       EntityType.PLACE)


def _names_stretch(name: str, place: str) -> bool:
    """Whether a name holds a stretch named for a place (黄河干流运城段治理 of 运城), not the end of a stretch
    between two (乐成至黄华段 of 黄华)."""
    at = name.find(place + "段")
    while at >= 0:
        if at == 0 or name[at - 1] != "至":
            return True
        at = name.find(place + "段", at + 1)
    return False


def _a_known_place(name: str) -> bool:
    """Whether a name is a place's by itself, not only a route's short name a list gave it (长赣 of
    长赣高铁): a unit the gazetteer knows (潮南, 海北), a region (成渝), or a word jieba tags a place."""
    return gazetteer.is_place_name(name) or name in MACRO_REGIONS or name.removesuffix("地区") in MACRO_REGIONS \
        or pos_table().get(name) == "ns"


def _a_plan(name: str) -> bool:
    """Whether a name is a plan's or a task's, a bracketed note after it aside (…工作任务(88+N))."""
    return re.sub(r"[(（][^()（）]*[)）]?$", "", name).endswith(DOCUMENT_HEADS)


def _unit_short(name: str) -> set[str]:
    """The short name of an administrative unit (苏州市 → 苏州), when it has two characters or more."""
    form = plain(name)
    short = gazetteer.short_name(form) if gazetteer.is_place_name(form) else ""
    return {short} if short and len(short) >= 2 and short != form else set()


def _named_after(place: str, rest: str) -> bool:
    """Whether a place's name goes on into a feature named after it rather than lying in it (长白 + 山 → 长白山,
    杭州 + 湾 → 杭州湾): a one-character head of a natural feature right after the name."""
    found = head_of(place + rest[:1])
    return found is not None and found[0] == rest[:1] and rest[:1] in NATURAL_HEADS \
        and rest[:2] not in pos_table()  # not 安徽 + 湖泊湿地, 湟水 + 山水工程


# One-character heads of natural features, which take the name of a place beside them (长白山, 杭州湾).
NATURAL_HEADS = frozenset("山湾河江湖岛海峡")


def _above(report: Report, name: str) -> bool:
    """Whether a place is an administrative unit at the report's own level or above it (辽宁 in 沈河区's report)."""
    found = gazetteer.lookup(plain(name))
    return bool(found) and report.level is not Level.UNKNOWN \
        and gazetteer.LEVEL_RANK.get(found.level, 9) <= gazetteer.LEVEL_RANK.get(report.level, 9)


CLAUSE_BREAKS = ",;:，；：。!?"
CLOSERS = "”’》)）"
COORDINATORS = ("和", "及", "、", "以及", "与")


_LIST_END = re.compile(r"等[0-9一二两三四五六七八九十百千万]+")
# What may follow the last item found of a list before its 等: more items, named or not (沪工一期、琥珀环保等17个)
_LIST_TAIL = re.compile(r"(?:[、和及][^,，。;；:：、]{1,12}?)*等")


def _list_end(text: str, items: list[Mention], end: int) -> int | None:
    """Where the list that opens with ``items[0]`` reaches its 等, before ``end``, or None when it does not."""
    last = items[0]
    for m in items[1:]:
        if text[last.end:m.start] in ("、", "和", "及"):
            last = m
    tail = _LIST_TAIL.match(text, last.end, end)
    return tail.end() if tail else None


def _clause(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The clause of ``text[start:end]`` around offset ``at``."""
    left = max((i + 1 for i in range(start, at) if text[i] in CLAUSE_BREAKS), default=start)
    right = next((i for i in range(at, end) if text[i] in CLAUSE_BREAKS), end)
    return left, right


def _listed(text: str, mention: Mention) -> bool:
    """Whether a mention is one item of a list (紫金山、太湖等实验室)."""
    return text[mention.start - 1:mention.start] in ("、", "和", "及") \
        or text[mention.end:mention.end + 1] in ("、", "等", "和", "及")


def _in_note(text: str, mention: Mention) -> bool:
    """Whether a mention stands in a bracketed note (全市生产总值完成2650.6亿元(不含定州,下同)): the figure is not
    about what the note leaves out or explains."""
    opened = max(text.rfind("(", mention.start - 12, mention.start), text.rfind("（", mention.start - 12, mention.start))
    if opened < 0 or any(c in text[opened:mention.start] for c in ")）"):
        return False
    return any(c in text[mention.end:mention.end + 12] for c in ")）")


def _opens_with_verb(text: str, start: int, end: int) -> bool:
    """Whether a clause starts with a verb (开展路演80场), so it goes on with the subject before it, rather than
    with a noun that is its own subject (全社会研发经费投入增长8%)."""
    words = tokenize([text[start:end]])[0]
    return bool(words) and words[0][1][:1] == "v"


def _concerns(report: Report, sentences: list[Sentence], mentions: list[Mention],
              quantities: list[Quantity], section_place: dict[str, str]) -> list[Relation]:
    """What each figure is about, from the cues of its sentence, strongest first:

    1. the k-th of the subjects listed before 分别 for the k-th value after it (厦门、福州机场旅客吞吐量分别达
       2790.6万人次、1529.9万人次), and the items listed before 等 right before the number (富丽华大厦等10个项目);
    2. the nearest entity before the number in its clause, unless a coordinator
       separates them (中街客流量超1亿人次);
    3. the entity right after the figure (停滞11年的万德地块, 举办两届服务业开放创新峰会);
    4. for money spent, the project beside it (投资3.8亿元,完成满堂河综合治理);
    5. the place the figure before it in the same sentence concerns, when its own clause
       names nothing (中街客流量超1亿人次;营业额超150亿元); a programme's figures are its own;
    6. the programme or body the clause before names first, when the figure's clause opens
       with a verb and names nothing (打造“盛京智创汇”服务平台,开展路演80场);
    7. the report's own jurisdiction, when the sentence names it;
    8. the place of its subsection (:func:`section_places`), when the sentence names nothing.
    """
    text = report.text
    # a bare class word (古城) names its place too loosely to say what a figure is about
    by_sentence = _by_sentence([m for m in mentions if m.type is not EntityType.PERSON and not m.bare])
    jurisdiction = {m.name for m in mentions if m.type is EntityType.PLACE and m.name == report.place}
    out = []
    previous: tuple[int, list[Mention], float] | None = None
    numbers_seen: dict[int, list[int]] = defaultdict(list)  # where the figures of each sentence stand so far
    for q in quantities:
        sentence = sentences[q.sentence]
        candidates = _outermost(by_sentence.get(q.sentence, []))
        number_at = text.find(q.number, q.start, q.end)
        number_at = q.start if number_at < 0 else number_at
        clause_start, clause_end = _clause(text, sentence.start, sentence.end, number_at)
        in_clause = [m for m in candidates if clause_start <= m.start and m.end <= clause_end and not _in_note(text, m)]
        before = [m for m in in_clause if q.start <= m.start and m.end <= number_at]
        after = [m for m in in_clause if q.end <= m.start <= q.end + 3]
        chosen: list[Mention] = []
        confidence, carries = 0.75, True
        listed = [m for m in in_clause if m.end <= number_at]
        respectively = text.rfind("分别", clause_start, number_at)
        subjects = [m for m in listed if m.end <= respectively] if respectively >= 0 else []
        k = sum(respectively < at < number_at for at in numbers_seen[q.sentence])
        numbers_seen[q.sentence].append(number_at)
        if len(subjects) >= 2 and k < len(subjects):
            # 厦门、福州机场旅客吞吐量分别达2790.6万人次、1529.9万人次: the k-th value is the k-th subject's
            chosen, carries = [subjects[k]], False
        elif listed and _LIST_TAIL.match(text[listed[-1].end:number_at].lstrip(CLOSERS)):
            # the items since the previous list in the clause (…万德地块和…富丽华大厦等10个项目)
            since = max((k.end() for k in _LIST_END.finditer(text, clause_start, listed[-1].start)),
                        default=clause_start)
            chosen = [m for m in listed if m.start >= since]
            carries = False  # what a list is about does not carry to the next figure
        elif before and not any(c in text[before[-1].end:number_at] for c in COORDINATORS):
            chosen = [before[-1]]
        elif after:
            chosen, confidence = [after[0]], 0.7
        elif FUNDING_RE.search(q.indicator):
            projects = [m for m in candidates if m.type is EntityType.PROJECT]
            nearest = min(projects, key=lambda m: abs(m.start - q.start), default=None)
            chosen, confidence = ([nearest] if nearest else []), 0.6
        if not chosen and not in_clause and previous and previous[0] == q.sentence:
            # a place governs a run of figures (中街客流量超1亿人次;营业额超150亿元); a programme's figure is its own
            chosen, confidence = [m for m in previous[1] if m.type is EntityType.PLACE], 0.55
        if not chosen and not in_clause and clause_start > sentence.start:
            # 打造“盛京智创汇”服务平台,开展路演80场: a clause that opens with a verb and names nothing goes on
            # about the programme or body the clause before it names first, unless that clause lists it or
            # starts with a place (新增通车里程 after 建设南宁至百色…)
            left, _ = _clause(text, sentence.start, sentence.end, clause_start - 1)
            earlier = [m for m in candidates if left <= m.start and m.end < clause_start]
            earlier = earlier if earlier and earlier[0].type is not EntityType.PLACE else []  # 建设南宁至百色…
            if earlier and plain(earlier[0].name).endswith(LEGISLATURES):
                earlier = []  # 提请全国人大常委会审议…,制定修订行政法规25部: the government acts, the congress reviews
            if earlier and _opens_with_verb(text, clause_start, clause_end):
                if not _listed(text, earlier[0]):
                    chosen, confidence = earlier[:1], 0.45
                elif not text[left:earlier[0].start].strip(" 　“") and (tail := _list_end(text, earlier, clause_start)):
                    # 龙宝、五洋、嘉峰等企业不断扩大规模,签订农业订单2.5万亩: a list the clause before opens with is
                    # its subject, and the orders its items'
                    chosen, confidence = [m for m in earlier if m.end <= tail], 0.45
        if not chosen and jurisdiction:
            named = [m for m in candidates if m.name in jurisdiction]
            chosen, confidence = named[:1], 0.5
        if not chosen and not candidates and sentence.subsection in section_place:
            place = section_place[sentence.subsection]  # 推进34处行政办公楼宇腾退, under （三）…古城…
            out.append(Relation(q.key, Predicate.CONCERNS, place, q.sentence, 0.4, None, EntityType.PLACE))
        previous = (q.sentence, chosen if carries else [], confidence)
        for m in chosen:
            out.append(Relation(q.key, Predicate.CONCERNS, m.name, q.sentence, confidence, None, m.type))
    return out
