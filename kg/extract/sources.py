"""Entity candidates besides head-final names: lexicons, place runs, people, quoted and listed names, sessions."""
from __future__ import annotations

import re
from collections.abc import Iterable

from kg import gazetteer

from kg.extract.names import HAN, HELD_HEADS, HOLD_VERBS, common_word, NUMERAL_CHARS, VERB_TAGS, ACTION_HEADS, ACTION_WORDS, CJK, COUNT_WORD, PROGRAMME_HEADS, PROGRAMME_VERBS, holds_verb, verb_word, DETERMINERS, LIST_CLASSES, LIST_ITEM_SEP, MAX_LEFT_TOKENS, PLAN_HEADS, NOUN_TAGS, RUN_TAGS, START_TAGS, STRONG_TAGS, Token, a_kind, bare_head, continues_name, head_of, name_like, place_word
from kg.nlp import pos_table, word_count
from kg.lexicon import RAIL_HEADS, FIRMS, PARTY_COMMITTEE, EVENT_NAMES, PLACE_NAME_TAGS, ROUTE_HEADS, PROVINCE_CHARS, PROVINCE_PART, BRANDS, BODIES, BOUNDARY_WORDS, FALSE_ORG_ENDINGS, GOVERNING_WORDS, GENERIC, GENERIC_HEAD_TOKENS, INSTITUTION_HEADS, MACRO_REGIONS, own_institution, PERSON_TITLES, RELATIVE_BODIES, SLOGAN_MODIFIERS, SURNAMES
from kg.records import EntityType, Level

_QUOTED_NAME = re.compile(r"[“《]([^”“《》]{2,16})[”》](?=[\u4e00-\u9fff])")
_QUOTED_WHOLE = re.compile(r"[“《]([^”“《》]{4,30})[”》]")
# A project's name, quoted whole: words, not a count or a code, before 项目 (“增牛减羊示范旗项目”, “徐特立项目”).
_QUOTED_PROJECT = re.compile(r"(?![一二两三四五六七八九十百千]+[大个项类小号])[\u4e00-\u9fff][^，,;；。]{2,}项目")
_QUOTED_LIST = re.compile(r"(?P<items>(?:[“《][^”》“《]{2,20}[”》]、?){1,10})等(?:[0-9一二两三四五六七八九十百]+[个项处家条所座])?"
                          r"(?P<noun>[\u4e00-\u9fff]{1,10})")
# Tags that name a listed item on their own: a proper noun, not an abbreviation (民航, 专债).
_NAMING_TAGS = STRONG_TAGS - {"j"}


def place_runs(tokens: list[Token], own: frozenset[str] = frozenset()) -> Iterable[tuple[int, int, EntityType, float]]:
    """Adjacent proper nouns ending in a place name are one place (盛京 龙城 → 盛京龙城, 高官 台东); not a word
    before a province, a city, a country or the report's own unit (``own``, its short names), unless a place."""
    i = 0
    while i < len(tokens):
        word, tag, offset = tokens[i]
        if tag == "ns" and len(word) >= 2 and i > 0 and tokens[i - 1][1] in RUN_TAGS and _place_like(word) \
                and word not in GENERIC_HEAD_TOKENS and word not in GENERIC \
                and tokens[i - 1][0] not in SLOGAN_MODIFIERS and name_like(tokens[i - 1]) \
                and CJK.match(tokens[i - 1][0]) and tokens[i - 1][0] not in BOUNDARY_WORDS \
                and tokens[i - 1][0] not in GOVERNING_WORDS \
                and tokens[i - 1][0] not in GENERIC and not continues_name(tokens, i) \
                and not (len(tokens[i - 1][0]) >= 4 and verb_word(tokens[i - 1][0][2:])):  # 热烈庆祝 (ns)
            first = tokens[i - 1]
            follows = tokens[i + 1] if i + 1 < len(tokens) else None
            if follows and follows[0] == "段" and first[0][-1] in "河江海湖域" and place_word(first) \
                    and _unit_or_country(word):
                yield first[2], follows[2] + 1, EntityType.PLACE, 0.75  # 黄河甘肃段: a river's or a sea's stretch in a unit
                i += 1
                continue
            if follows and follows[1] in {"n", "nz", "vn", "x"} and CJK.match(follows[0]):
                i += 1
                continue  # 博鳌 亚洲 论坛: the run goes on into a longer name
            if (_unit_or_country(word) or word in own) and not place_word(first):
                i += 1
                continue  # 水韵江苏, 智汇宁夏, 华电榆树: a brand or a firm's plant named with a province or a city;
                # 齐聚|未央 in 未央区's report: a verb jieba's HMM made up, before the unit
            if not (_whole_place(first[0]) and _whole_place(word)):  # 粤东 粤西: two places, no run
                yield first[2], offset + len(word), EntityType.PLACE, 0.7
        i += 1


def _unit_or_country(word: str) -> bool:
    """Whether a word names a province, a city or a country, by its full or its short name (江苏, 榆树市, 印尼)."""
    found = gazetteer.lookup(word) if len(word) >= 2 else None
    return found is not None and found.level in (Level.PROVINCE, Level.CITY) and word in (found.name, found.short_name) \
        or word in gazetteer.countries()


_ABBREVIATIONS = frozenset(PROVINCE_CHARS)
_COMPASS_PARTS = frozenset("东北 西北 东南 西南".split())


# A region and how many provinces or cities it counts (西北五省区, 皖北六市, 东北三省): one place
COUNTED_REGION = re.compile(rf"(?P<region>{'|'.join(sorted(MACRO_REGIONS, key=len, reverse=True))}|{PROVINCE_PART[1:-1]})"
                             r"(?:[一二三四五六七八九十]{1,2})(?:省区市|省区|省市|省|地市|州市|市)"
                             r"(?![\u4e00-\u9fff]{0,1}(?:委|政府|长|级))")


def counted_regions(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """A region of the country or a part of a province named with the count of its provinces or cities (西北五省区,
    皖北六市): one place, as 东北三省 is; not a count of a province's cities (全省十四市), nor 省委 or 市长."""
    for match in COUNTED_REGION.finditer(text):
        yield match.start(), match.end(), EntityType.PLACE, 0.75


def province_parts(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """A part of one or two provinces named by their one-character names and a compass word, which jieba
    splits (渝|东北, 川|渝|东北地区, 鲁|西南): one place."""
    for i, (word, tag, offset) in enumerate(tokens):
        core = word.removesuffix("地区")
        if core not in _COMPASS_PARTS or i == 0:
            continue
        k = i
        while k > 0 and i - k < 2 and len(tokens[k - 1][0]) == 1 and tokens[k - 1][0] in _ABBREVIATIONS \
                and tokens[k - 1][1] in ("j", "ns", "nr", "n"):
            k -= 1
        if k < i:
            yield tokens[k][2], offset + len(word), EntityType.PLACE, 0.75


def _whole_place(word: str) -> bool:
    """Whether a word names a place by itself: one the gazetteer knows, a part of a province (粤东), a region."""
    return (gazetteer.is_place_name(word) or bool(_PROVINCE_PART.match(word)) or word in MACRO_REGIONS) \
        and not re.fullmatch(r"[东西南北]{2}", word)  # 粤东西北, 西南非洲: a compass word goes with the other


def _place_like(word: str) -> bool:
    """Whether a word jieba tags a place may be one: not an abstract noun it mistags (满意度, 覆盖率)."""
    return not word.endswith(ABSTRACT_ENDINGS)


# Endings of abstract nouns: degree, rate, sense, quality, amount (满意度, 覆盖率, 安全感, 可及性).
ABSTRACT_ENDINGS = ("度", "率", "感", "性", "量")


_PROVINCE_PART = re.compile(PROVINCE_PART)

# What jieba reads as one word for a member of a body (政协委员, 人大代表) → the body's own short name.
MEMBER_WORDS = {"政协委员": "政协", "人大代表": "人大"}
# jieba tags that mark a country's name as some other word where the two are spelled alike (加纳 v, 约旦 d, 马里 q).
NOT_NAME_TAGS = frozenset({"v", "vd", "d", "q", "m", "p", "c", "u", "a"})


def lexicon_candidates(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    for i, (word, tag, offset) in enumerate(tokens):
        end = offset + len(word)
        if word in BOUNDARY_WORDS:
            continue
        before = tokens[i - 1] if i > 0 and tokens[i - 1][2] + len(tokens[i - 1][0]) == offset else None
        if before and before[0] + word in RELATIVE_BODIES and (len(before[0]) == 1 or before[0].startswith("自治")):
            yield before[2], end, EntityType.ORGANIZATION, 0.9  # 旗|人大, 自治州|党委: a unit's character that
            # jieba leaves apart from its body (苏州政协 must stay 苏州 政协, so 州政协 is no word of jieba's)
        elif before and word in RELATIVE_BODIES and word.endswith("委") and len(word) == 2 and len(before[0]) >= 2 \
                and gazetteer.is_place_name(before[0] + word[0]):
            yield before[2], end, EntityType.ORGANIZATION, 0.9  # 福安|市委: a party committee by its unit's name
        elif word in FIRMS and not continues_name(tokens, i):
            yield offset, end, EntityType.ORGANIZATION, 0.8  # 华为, 宁德时代: a firm by the short name it goes by
        elif word in BODIES or word in RELATIVE_BODIES:
            if not (i > 0 and tokens[i - 1][0] in DETERMINERS):  # 同级人大, 各级人大: bodies of a kind
                yield offset, end, EntityType.ORGANIZATION, 0.9
        elif word in MEMBER_WORDS and not (i > 0 and tokens[i - 1][0] in DETERMINERS):
            body = MEMBER_WORDS[word]  # 各位政协委员, 区|政协委员: a member names the body, with its unit's word
            start = before[2] if before and (before[0] + body in RELATIVE_BODIES or before[0] + body in BODIES) else offset
            yield start, offset + len(body), EntityType.ORGANIZATION, 0.85
        elif word.endswith("同胞") and (word[:-2] in MACRO_REGIONS or gazetteer.is_place_name(word[:-2])):
            yield offset, end - 2, EntityType.PLACE, 0.8  # 台湾同胞, 港澳同胞: jieba's one word names where they live
        elif word == "中华人民共和国" and not continues_name(tokens, i) and not (i > 0 and tokens[i - 1][0] == "《"):
            yield offset, end, EntityType.PLACE, 0.85  # 中华人民共和国成立75周年; not 《中华人民共和国宪法》
        elif len(word) >= 2 and word not in GENERIC and not continues_name(tokens, i) \
                and (word in MACRO_REGIONS or tag == "ns" and gazetteer.is_place_name(word)):
            yield offset, end, EntityType.PLACE, 0.8
        elif _LANDFORM.fullmatch(word) and tag in ("ns", "nr") and not continues_name(tokens, i):
            yield offset, end, EntityType.PLACE, 0.75  # 青藏高原, 秦岭, 琼州海峡: a landform jieba knows by name
        elif _PROVINCE_PART.match(word) and tag not in ("nz", "nt") and word not in BRANDS \
                and not continues_name(tokens, i):
            yield offset, end, EntityType.PLACE, 0.7  # 皖北, 苏北, 豫南
        elif word in gazetteer.countries() and tag not in NOT_NAME_TAGS and not continues_name(tokens, i):
            yield offset, end, EntityType.PLACE, 0.85  # 美国, 老挝; not 加纳 (增加 纳税), 也门
        elif tag == "nt" and len(word) >= 3 and word not in GENERIC and head_of(word) \
                and head_of(word)[1] is EntityType.ORGANIZATION and not word.endswith(FALSE_ORG_ENDINGS) \
                and not (len(word) <= 4 and word.endswith(tuple(INSTITUTION_HEADS) + ("中小学",))
                         and not _proper_core(word)):  # 理工大学, 上市公司; not 湖南大学, 清华大学
            yield offset, end, EntityType.ORGANIZATION, 0.75
        elif gazetteer.is_place_name(word) and (tag in STRONG_TAGS or city_name(word) or unit_full_name(word)) and len(word) >= 2 \
                and word not in GENERIC and not continues_name(tokens, i):
            yield offset, end, EntityType.PLACE, 0.85  # 合肥, 大连, 保定: jieba tags some cities n, d or v
        elif (tag in {"nr", "nrfg", "nrt"} or tag == "x" and word[0] in SURNAMES) and 2 <= len(word) <= 4 \
                and (_before_title(tokens, i) or _names_thought(tokens, i)):
            yield offset, end, EntityType.PERSON, 0.85
        elif len(word) in (3, 4) and word[0] in SURNAMES and word[1:] in PERSON_TITLES and tag in ("n", "nr"):
            yield offset, end, EntityType.PERSON, 0.75  # 毛主席, 周总理: a leader by surname and title
        elif word in SURNAMES and tag == "nr" and i + 1 < len(tokens) and tokens[i + 1][0] in PERSON_TITLES:
            yield offset, tokens[i + 1][2] + len(tokens[i + 1][0]), EntityType.PERSON, 0.75  # 朱|委员长


# Landforms jieba's dictionary names in one word, with a head our head table leaves out because alone it is
# a common word (高原 of 高原特色, 岭 of 峻岭): plateaus, ranges, straits and peninsulas.
_LANDFORM = re.compile(r"[\u4e00-\u9fff]{2,4}(?:高原|海峡|半岛)|[\u4e00-\u9fff]{1,2}岭")


def city_name(word: str) -> bool:
    """Whether a word is the short name of a province or a city, whatever jieba tags it (合肥 n, 怀化 v, 大连 d)."""
    found = gazetteer.lookup(word) if len(word) >= 2 else None
    return found is not None and found.level in (Level.PROVINCE, Level.CITY) and found.short_name == word


def unit_full_name(word: str) -> bool:
    """Whether a word is the full name of a unit, which names it whatever jieba tags it (大理市 n, 清镇市 v)."""
    found = gazetteer.lookup(word) if len(word) >= 3 else None
    return found is not None and found.name == word and word not in GENERIC


# How often jieba's dictionary counts a word it tags as a proper noun before the word must be a common one
# (普通 6768, 上市 3199, 城市 25084; 清华 1057, 华夏 1348, 中南 618).
COMMON_COUNT = 2000


def _short_form(item_tokens: list[Token]) -> bool:
    """Whether a listed item is one abbreviation of a body (农大, 上汽), not of a kind of body (工矿企业, 军工企业)."""
    return len(item_tokens) == 1 and item_tokens[0][1] == "j" and not item_tokens[0][0].endswith(_KIND_ENDINGS)


# Endings of the abbreviation of a kind of body (工矿企业, 军工企业, 高等院校).
_KIND_ENDINGS = tuple(INSTITUTION_HEADS) + tuple(LIST_CLASSES) + ("院校", "单位")


def _proper_core(word: str) -> bool:
    """Whether a short institution's name starts with a place or a proper noun (湖南大学, 清华大学, 南京银行),
    not a common word (理工大学) or a common word jieba's dictionary tags as a proper noun (上市公司, 普通中学):
    those are far more frequent than a proper noun is."""
    head = head_of(word)
    core = word[: len(word) - len(head[0])] if head else word
    return gazetteer.is_place_name(core) or pos_table().get(core) in ("nz", "ns", "nr", "nrt", "nt") and word_count(core) < COMMON_COUNT


def _names_thought(tokens: list[Token], i: int) -> bool:
    """Whether the person's name at token i names a body of thought (习近平|新时代…|思想, 习近平|经济|思想)."""
    for n, (word, tag, _) in enumerate(tokens[i + 1:i + 7]):
        if word == "思想":
            return n > 0  # not 恐美的|思想
        if tag not in ("n", "ns", "vn"):
            return False
    return False


def _before_title(tokens: list[Token], i: int) -> bool:
    """Whether token i is followed by a person's title (同志, 书记, 省长 …), directly, as a deputy's
    (孙春兰|副|总理) or after 等. Lists of names are :func:`person_lists`'s."""
    k = i + 1
    if k < len(tokens) and tokens[k][0] in ("等", "副"):
        k += 1
    return k < len(tokens) and tokens[k][0].startswith(PERSON_TITLES)


def person_lists(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """The names listed before a person's title (李双良、张鸣岐、曾蛟等同志), each one token or cut in two by jieba."""
    items: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        word, tag, offset = tokens[k]
        if word[:1] in SURNAMES and (k == 0 or tokens[k - 1][0] == LIST_ITEM_SEP or tokens[k - 1][1] not in NOUN_TAGS):
            n, chars = k, 0
            while n < len(tokens) and CJK.match(tokens[n][0]) and tokens[n][0] != "等" \
                    and not tokens[n][0].startswith(PERSON_TITLES) and chars + len(tokens[n][0]) <= 4:
                chars += len(tokens[n][0])
                n += 1
            if 2 <= chars <= 4 and n < len(tokens):
                name = "".join(t[0] for t in tokens[k:n])
                cut = 1 if chars == 4 and name[0] in "向和与对给跟同" and name[1] in SURNAMES else 0
                items.append((offset + cut, offset + chars))  # 向谷文昌: a preposition before 谷文昌
                follows = tokens[n][0]
                if follows == LIST_ITEM_SEP:
                    k = n + 1
                    continue
                if follows == "等" and n + 1 < len(tokens):
                    follows = tokens[n + 1][0]
                if follows.startswith(PERSON_TITLES) and len(items) > 1:
                    for start, end in items:
                        yield start, end, EntityType.PERSON, 0.8
        items = []
        k += 1


def titled_people(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """People named right before the office they are called by (在以许成仓书记为班长的市委…, 学习廖俊波同志):
    a surname and one or two characters after a pause or a preposition, none of them a word of its own
    (not 于有些同志, 全国省长)."""
    for match in _BEFORE_TITLE.finditer(text):
        name = match["name"]
        if pos_table().get(name, "nr")[:2] == "nr" and name[1:] not in pos_table():
            yield match.start("name"), match.end("name"), EntityType.PERSON, 0.7


def honoured_people(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """People named right after the honour or the role they are praised in or hold (最美志愿者戚宝兴, 省优秀共产党员
    韦长春、王益民, “最美新娘”王水英等一大批先进典型, 省委书记郝鹏亲自…): a surname and one or two characters, up
    to a pause or what a leader does in person."""
    for match in _HONOURED.finditer(text):
        at = match.start("names")
        for name in match["names"].split(LIST_ITEM_SEP):
            if pos_table().get(name, "nr")[:2] == "nr":  # not 工匠文化, a common word after a role
                yield at, at + len(name), EntityType.PERSON, 0.7
            at += len(name) + 1


_PERSON_ROLES = "志愿者|共产党员|党员|劳动模范|劳模|模范|楷模|英雄|标兵|好人|新娘|人物|能手|工匠|先锋|村医|民警|战士|烈士|书记|" \
    "技师|工程师|医生|教师|运动员|选手|航天员|宇航员|骄子|科学家"
# Offices a leader is called by after the name (以许成仓书记为班长, 廖俊波同志).
_TITLES_AFTER = "书记|同志|省长|市长|县长|区长|旗长|州长|盟长|院士|教授"
_SURNAME = f"[{''.join(sorted(SURNAMES))}]"
_HONOURED = re.compile(rf"(?:{_PERSON_ROLES})[”\"]?(?P<names>{_SURNAME}[\u4e00-\u9fff]{{1,2}}(?:、{_SURNAME}[\u4e00-\u9fff]{{1,2}})*)"
                       rf"(?=[,，。;；]|等|亲自|亲临|同志|荣获|获得|获评|被评为|入选|名列|当选)")  # 省委书记郝鹏亲自…,
# 丹传公司技师明廷鹏荣获…, 宜黄骄子邓清明名列其中
_BEFORE_TITLE = re.compile(rf"(?<=[以由在和与向、,，。;；“])(?P<name>{_SURNAME}[\u4e00-\u9fff]{{1,2}}?)(?={_TITLES_AFTER})")


# Nouns that say in which respect, not what: they do not lead a programme's name (问题“动态清零”行动).
ASPECT_WORDS = frozenset("领域 问题 事件 部分 年度 能力 经济 主体 方面 工作 行业 产业 上市 股份 监督 融合".split())


_COUNTED_PLANS = re.compile(rf"[{NUMERAL_CHARS}]+个")
_PLAN_PERIOD = re.compile(r"^[一二三四五六七八九十]+五$")  # “十四五”, “八五”


# Groups of people and bodies' members (班子, 干部, 党员): who takes part in a programme, not what names it
_PEOPLE_WORDS = ("班子", "常委", "干部", "党员", "群众", "人员", "职工")


def _noun_lead(tokens: list[Token], k: int | None, start: int) -> int:
    """Where a programme's name starts when up to two nouns or places lead its quoted core (文物保护“强基”工程,
    湟水“山水”工程)."""
    lead, taken = start, 0
    while k is not None and k > 0 and taken < 2:
        word, tag, offset = tokens[k - 1]
        if tag not in ("n", "nz", "j", "ns") or len(word) < 2 or not name_like(tokens[k - 1]) or word in GENERIC \
                or word in GOVERNING_WORDS or word in ASPECT_WORDS or word in BODIES or word in RELATIVE_BODIES \
                or word.endswith(_PEOPLE_WORDS):
            break  # 市委常委班子“不忘初心、牢记使命”主题教育: who takes part is no part of the programme's name
        k, lead, taken = k - 1, offset, taken + 1
    # the lead must open the phrase: after a pause or a verb that governs the whole name (实施 文物保护“强基”工程)
    if taken and (k == 0 or tokens[k - 1][1] == "w" or tokens[k - 1][0] in BOUNDARY_WORDS):
        return lead
    return start


def quoted_candidates(text: str, tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """“X”<head>: a quoted name followed by a programme head (“万人进万企”主题活动, “两环十横十纵”街路更新),
    and quoted items listed before 等 (“盛京传奇”“晟京坊”等20个文旅项目)."""
    starts = {offset: k for k, (_, _, offset) in enumerate(tokens)}
    for match in _QUOTED_NAME.finditer(text):
        k = starts.get(match.end())
        if k is None:
            continue
        code = not re.search(r"[\u4e00-\u9fff]", match[1])  # “1361”, “1+4+N”: a code names a programme only before
        # a programme's head (“1238”技改工程, “510+”产业行动计划; not “1361”社会治理体系)
        joined, best, verb, governed = "", None, False, False
        slogan = match[1][0] in NUMERAL_CHARS  # “四分类”示范小区, “一网协同”示范区
        for n, (word, tag, _) in enumerate(tokens[k:k + 5]):  # “三能”机制改革攻坚专项行动: the head may come a few words on
            if not CJK.match(word) or word in BOUNDARY_WORDS and word not in PROGRAMME_VERBS or word[0] == "等" \
                    or tag == "c" or n >= 2 and tag == "v" and word not in PROGRAMME_VERBS and not head_of(word) \
                    or n >= 3 and _PLAN_PERIOD.match(match[1]):
                break  # “双一流”学科培育行动, “好房子”建设行动: a programme's verb after its object stays in the name;
                # “购在龙江”等|促消费活动 (jieba's 等促): 等 ends a list of quoted items; a conjunction or, past
                # two words, a verb ends the phrase (“一湖两海”及…, “琉光璃彩”淄博琉璃艺术展|走进…); a plan's
                # period opens a plan or a short name of its works, no long phrase (“十四五”城市老化燃气管道…)
            joined += word
            verb = verb or tag in VERB_TAGS
            governed = governed or word in BOUNDARY_WORDS  # “算力+数据”建设双枢纽: a verb's object, no place's name
            found = head_of(joined)
            if found and joined in GENERIC and joined != found[0] and not joined.startswith(tuple(PROGRAMME_VERBS)):
                found = None  # “台独”分裂活动: a kind of act, though the quote names what it is for
            if found and len(found[0]) >= 2 and (found[1] is EntityType.PROJECT
                                                 or found[1] is EntityType.PLACE and not slogan and not governed
                                                 and not code
                                                 or found[1] is EntityType.ORGANIZATION and len(joined) > len(found[0])
                                                 and found[0] not in GENERIC and found[0] not in BODIES
                                                 and not verb and match[0][0] == "“" and not code) \
                    and (best is None or found[0] in PROGRAMME_HEADS and (found[0] not in PLAN_HEADS or best[2] in PLAN_HEADS)):
                best = (len(joined), found[1], found[0])  # “民生十大工程”五年行动计划; not “八五”普法 + 规划, a plan of it
            elif best:
                break
        if best:
            start = match.start()
            if best[1] is EntityType.PROJECT:
                start = _noun_lead(tokens, starts.get(start), start)  # 文物保护“强基”工程
            yield start, match.end() + best[0], best[1], 0.8  # “长安肆”文化市集
    for match in _QUOTED_WHOLE.finditer(text):  # “百县千镇万村高质量发展工程”: the quote names a programme itself
        found = head_of(match[1])
        if found and COUNT_WORD.match(match[1][: len(match[1]) - len(found[0])]) or match[1] in GENERIC:
            continue  # “三大工程”, “八大行动”: a count of programmes, a slogan; “形象工程”, a kind
        if found and found[1] is EntityType.PROJECT and len(found[0]) >= 2 \
                and (found[0] not in ACTION_HEADS or found[0] == "计划" and not _COUNTED_PLANS.match(match[1])
                     and LIST_ITEM_SEP not in match[1]):
            # “兴滇英才支持计划”, “双高计划”: a programme's name quoted whole; not “六个倍增计划”, a count of them
            yield match.start(1), match.end(1), EntityType.PROJECT, 0.8
        elif not found and _QUOTED_PROJECT.fullmatch(match[1]) and LIST_ITEM_SEP not in match[1]:
            yield match.start(1), match.end(1), EntityType.PROJECT, 0.75  # “增牛减羊示范旗项目”: a project
            # quoted whole by its name; not “十大产业项目”, a count of them, nor “117项目”, a code
    for match in _QUOTED_LIST.finditer(text):
        noun = match["noun"]
        head, kind = next((found for n in range(2, len(noun) + 1) if (found := head_of(noun[:n]) or LIST_CLASSES.get(noun[n - 2:n]))
                           and len(found[0]) >= 2 and (not found[0].endswith(ACTION_HEADS) or found[0] in _EVENT_CLASSES)),
                          (None, None))
        if kind is None or any(act in noun for act in _ACTS):
            continue  # “一窗式”“两集中”等改革: slogans, unless the list names a class of things
        for item in re.finditer(r"[“《]([^”》“《]{2,20})[”》]", match["items"]):
            if head in _EVENT_CLASSES and _PAIRED_COUNT.match(item[1]):
                continue  # “一节四季”“双招双引”等活动: counts in pairs make a slogan, not an event's name
            own = head_of(item[1])
            item_kind = own[1] if own and own[1] is not EntityType.PROJECT and item[1] != own[0] \
                and not (head in _EVENT_CLASSES and len(own[0]) == 1) else kind  # “购在龙江”等活动: not a river
            yield match.start("items") + item.start(1), match.start("items") + item.end(1), item_kind, 0.75


# Activities and contests a list of quoted names may be (“四季河南”“京彩灯会”等活动); acts of a kind
# (“台湾独立”等分裂活动) are not.
_EVENT_CLASSES = frozenset({"活动", "系列活动", "主题活动", "赛事"})
_ACTS = ("分裂",)
_PAIRED_COUNT = re.compile(rf"^[{NUMERAL_CHARS}双](?:个|[\u4e00-\u9fff][{NUMERAL_CHARS}双])")


_TITLED = re.compile(r"《(?P<name>[^《》]{4,40}?(?:规划|方案|计划|纲要|设计|任务|工程|行动)(?:[(（][^()（）]{1,12}[)）])?)》")


def titled_candidates(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """A plan or programme named by its title in 《》 (《盛京古城综合保护利用工作任务(88+N)》)."""
    for match in _TITLED.finditer(text):
        yield match.start("name"), match.end("name"), EntityType.PROJECT, 0.8


# A unit's five-year plan, by its period (“十四五”规划, 十二五规划纲要, 第十一个五年计划): every government has one,
# so the name is the unit's (resolve.period_plan_name); a unit or 国家 before it says whose it is.
PERIOD_PLAN = re.compile(r"(?P<scope>国家|全国|[省市区县州旗])?(?:国民经济和社会发展)?"
                         r"(?:(?P<quote>[“\"])?(?P<short>[一二三四五六七八九十]{1,2}五)(?(quote)[”\"])|第(?P<nth>[一二三四五六七八九十]{1,3})个五年)"
                         r"(?P<head>规划|计划)(?:纲要)?")


def period_plans(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """A government's five-year plan named by its period (“十四五”规划, 国家“十三五”规划纲要), with the place
    that owns it when one is named right before (沈阳市“十四五”规划); not a plan of a programme
    (“八五”普法规划) nor one named for its field (“十四五”现代综合交通运输体系发展规划)."""
    for match in PERIOD_PLAN.finditer(text):
        start, owner_end = match.start(), match.end("scope") if match["scope"] else match.start()
        if match["scope"] not in ("国家", "全国"):
            start = next((owner_end - size for size in range(8, 1, -1) if owner_end - size >= 0
                          and owner_end - size < start and gazetteer.is_place_name(text[owner_end - size:owner_end])),
                         start)  # 沈阳市“十四五”规划: the place named before it owns it
        yield start, match.end(), EntityType.PROJECT, 0.8


def list_candidates(text: str, tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """Items named before 等N个<noun> are things of the noun's class (高官台东等18个重点征收地块).

    An item's own head decides its class when it has one (富丽华大厦等10个项目 → Place);
    otherwise the listed noun does, and so it does for quoted items of a list of projects. Items must look like names: quoted, or holding
    a proper noun or a class head.
    """
    for k, (word, _, offset) in enumerate(tokens):
        if word != "等" or k + 1 >= len(tokens) or text.count("“", 0, offset) > text.count("”", 0, offset):
            continue  # 等 inside a quoted name (“盛京等你”) ends no list
        counted = tokens[k + 1][1] == "m"  # 等18个重点征收地块, or 等项目 with no number
        list_head = None  # the class of the counted noun: its first head word that is not an action
        first = k + (1 if not counted else 2 if _COUNT_AND_MEASURE.fullmatch(tokens[k + 1][0]) else 3)  # 等一批央企
        firms = False  # 等知名企业, 等8家企业: the class word comes right after 等 and its count
        for n, (w, t, _) in enumerate(tokens[first:k + 9]):
            if not CJK.match(w) or w in _DOMAINS:
                break  # 专债等资金的项目, 文教等方面的学校: the items are kinds of money or fields, not projects
            found = LIST_CLASSES.get(w) or head_of(w) or next(
                (cls for noun, cls in LIST_CLASSES.items() if w.endswith(noun) and cls[1] is not EntityType.PLACE), None)
            # 等龙头企业 → 企业; not 等服务站点, kinds of service, as 等5个地下站点 are stations
            if found and w not in GENERIC_HEAD_TOKENS and (len(found[0]) > 1 or w == found[0]) \
                    and not found[0].endswith(ACTION_HEADS):
                list_head = found
                firms = n <= 1 and (w in LIST_CLASSES or w.endswith("企业"))
                break
        route = list_head is not None and list_head[0] in ROUTE_HEADS  # 湟源至西海、贵德至同德等公路
        following = [w for w, _, _ in tokens[k + 1:k + 3]]
        works = following[:1] == ["工程"] or following in (["重点", "工程"], ["重大", "工程"])  # 引洮济合、…等工程:
        # lists of works run long; not 等一批原创性成果应用于国家重大工程, whose 工程 names no item's class
        firm_list = firms and list_head[0].endswith("企业")  # 等品牌企业, 等龙头企业
        j = k
        while j > 0 and (k - j < MAX_LEFT_TOKENS + 4 or tokens[j - 1][0] == "”" or (route or works) and k - j < 20) \
                and (name_like(tokens[j - 1]) or not tokens[j - 1][0].strip("“”、《》")
                     or route and tokens[j - 1][0] == "至" and j >= 2 and name_like(tokens[j - 2])
                     or firm_list and _BRAND_WORD.fullmatch(tokens[j - 1][0]) and tokens[j - 1][1] in _BRAND_TAGS):
            # a brand is any words (居然之家, 东软睿驰, 四川裕能) in a list of firms
            j -= 1
            if tokens[j][0] == "”":  # a quoted item is taken whole, whatever its words (“盛京等你”)
                opening = next((n for n in range(j - 1, max(-1, j - 12), -1) if tokens[n][0] == "“"), None)
                j = opening if opening is not None else j
        while j < k and (tokens[j][1] not in START_TAGS or tokens[j][1] in {"vn", "v"}
                         or tokens[j][0].endswith(ACTION_WORDS)
                         or tokens[j][0].endswith("企业") and j + 1 < k) and tokens[j][0] not in "“《" \
                and not (route and tokens[j][1] == "v" and j + 1 < k and tokens[j + 1][0] == "至"):  # 加定(v)至西海
            j += 1  # items start with a noun: 攻坚高官台东 → 高官台东
        first_end = next((n for n in range(j, k) if tokens[n][0] in ("、", "和", "及", "与", "“", "《")), k)
        first_head = head_of("".join(t[0] for t in tokens[j:first_end]))
        acted = max((n for n in range(j + 1, first_end - 1) if tokens[n][1] == "v" and len(tokens[n][0]) == 2
                     and len(tokens[n + 1][0]) >= 2 and (tokens[n + 1][1][:1] == "n" and tokens[n + 1][1] != "vn"
                                                         or tokens[n + 1][1] in ("x", "j"))
                     and not any(t[1] in STRONG_TAGS for t in tokens[j:n])), default=None) \
            if first_head and first_head[1] is EntityType.PLACE else None
        if acted is not None:
            j = acted + 1  # 有序|化解|金汇大厦等问题楼盘: what is done to the first item is no part of its name
        if j >= k:
            continue
        segment_start = tokens[j][2]
        counted_item = j > 0 and tokens[j - 1][1] == "m"  # 华润微电子12|英寸产线、…等一批重大项目: a count cut the first
        items = _ROUTE_ITEM if route else _ITEM  # 广州新机场和平远至武平等公路: 和 joins routes too
        for item in items.finditer(text[segment_start:offset]):
            name = item[0].strip()
            quoted = name[:1] in "“《"
            name = name.strip("“”《》")
            ranked = name[:1] == "强" and text[segment_start + item.start() - 1:segment_start + item.start()].isdigit()
            if ranked:
                name = name[1:]  # 世界500|强思爱普: the rank jieba glued to a firm
            elif counted_item and item.start() == 0:
                continue  # …item off its name
            if len(name) < 2 or name in GENERIC or name.endswith(PERSON_TITLES):
                continue  # 习近平主席等…: people listed with their titles
            item_start = segment_start + item.start() + (1 if quoted or ranked else 0)
            item_tokens = [t for t in tokens[j:k] if item_start - ranked <= t[2] < item_start + len(name)]
            if route and len(item_tokens) > 1 and item_tokens[0][0].endswith(ACTION_WORDS) and item_tokens[1][2] > item_start:
                name = name[item_tokens[1][2] - item_start:]  # 改扩建西安至永寿: the works are no part of the route
                item_start, item_tokens = item_tokens[1][2], item_tokens[1:]
            if _ROAD_NUMBER.fullmatch(name) or _NUMBERED_ROAD.fullmatch(name):
                continue  # G352、G247等重点交通项目: roads, which road_numbers gives as places
            own = head_of(name)
            looks_named = quoted or own or any(t[1] in STRONG_TAGS and t[0] not in GENERIC for t in item_tokens) \
                or firm_list and len(item_tokens) > 1 and not item_tokens[-1][0] in GENERIC \
                and not name.endswith(_KINDS_OF_FIRM) and any(t[1] in _ODD_TAGS for t in item_tokens)
            # 居然之家 (d, r), 中遂净化 (d): words no field's name is made of; not 科技型中小企业, 卫星数据应用
            if not quoted and item_tokens and (a_kind(item_tokens) or len(item_tokens) == 1 and (
                    item_tokens[0][1] not in STRONG_TAGS and not gazetteer.is_place_name(name))
                    or all(t[0] in GENERIC or len(t[0]) > 1 and bare_head(t[0]) for t in item_tokens)):
                continue  # 二级子公司、三级子公司等: kinds listed, not names
            if own and own[0] in _CENTRES and not quoted and not any(
                    t[1] in STRONG_TAGS and t[0] not in GENERIC and not head_of(t[0]) or gazetteer.is_place_name(t[0])
                    for t in item_tokens):
                continue  # 实验室、技术创新中心等平台: a kind of institution, as outside lists
            kind = own[1] if own and name != own[0] else (list_head[1] if list_head else None)
            if firms and own and len(own[0]) == 1 and own[1] is EntityType.PLACE and list_head[1] is EntityType.ORGANIZATION \
                    and not any(gazetteer.is_place_name(t[0]) for t in item_tokens) \
                    and not gazetteer.is_place_name(name) and name not in MACRO_REGIONS:
                yield item_start, item_start + len(name), EntityType.ORGANIZATION, FIRM_ITEM
                continue  # 万达、龙湖等知名企业: a firm's name that ends as a lake's does
            if quoted and list_head and list_head[1] is EntityType.PROJECT:
                kind = EntityType.PROJECT  # “盛京城市文化广场”等20个文旅项目: quotes name the project, not the square
            if not own and not quoted and list_head and list_head[0] in LIST_CLASSES and not firm_list and not any(
                    t[1] in _NAMING_TAGS and t[0] not in GENERIC for t in item_tokens) \
                    and not (kind is EntityType.ORGANIZATION and _short_form(item_tokens)):
                continue  # 民航、专债等项目: under a bare 项目 an abbreviation alone names no project
            if route and kind is EntityType.PLACE and (list_head[0] in RAIL_HEADS or name.endswith(_ROUTE_WORKS)):
                if looks_named:  # 沪宁合、宁淮等铁路: railways are the works on them, as named ones are;
                    yield item_start, item_start + len(name), EntityType.PROJECT, ROUTE_ITEM  # 京台改扩建 of
                continue  # …等高速公路: the works on a road
            if kind and looks_named:
                yield item_start, item_start + len(name), kind, FIRM_ITEM if firms and not own \
                    and kind is EntityType.ORGANIZATION else 0.7  # 航发东安
                # of 中航哈飞、航发东安等龙头企业: the list's firm, though the name ends as a county's


# The confidence of a route a list of railways names, or of the works on a listed road (沪宁合, 京台改扩建): the
# places its name is made of are no places of their own, as those of a named railway are not.
ROUTE_ITEM = 0.68
# Works on a route that end a listed item (京台改扩建)
_ROUTE_WORKS = ("改扩建", "改建", "扩建", "扩容")


# What a firm's brand may be made of, in a list of firms, besides the words a name is usually made of
_BRAND_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}")
_BRAND_TAGS = frozenset({"r", "d", "v", "vg", "a", "ag"})
_KINDS_OF_FIRM = ("企业", "机构", "公司", "集团", "单位", "主体")
_ODD_TAGS = frozenset({"r", "d", "vg", "ag", "x", "nrt", "nrfg", "nr", "j", "eng"})


# The confidence of a firm's name read from a list of firms against its own head (龙湖 of 万达、龙湖等知名企业),
# which the place's reading of the same words gives way to.
FIRM_ITEM = 0.65
# Nouns after 等 that make the listed items fields, sectors or kinds of money, whatever class noun follows.
_DOMAINS = frozenset("方面 领域 部门 资金 形式 方式 渠道 专业 学科 门类".split())
# Heads of research and innovation centres, which lists name by kind (实验室、技术创新中心等平台).
_CENTRES = frozenset("研究中心 创新中心 技术中心 科学中心 转移中心 调度中心 指挥中心 联盟 实验室".split())
_ITEM = re.compile(r"[“《]?[^、“”《》]+[”》]?")
_COUNT_AND_MEASURE = re.compile(r"[一两几数]?[批些系列]+|[0-9一二两三四五六七八九十百千]+[个家项处所条座]")  # 一批, 8家: one token
_ROUTE_ITEM = re.compile(r"[“《]?[^、和及“”《》]+[”》]?")

_SESSION = re.compile(r"(?P<unit>[\u4e00-\u9fff]{0,8}?(?:自治区|自治州|区|市|省|县|州|旗|盟))?(?P<session>第?[一二三四五六七八九十]{1,3}届)"
                      r"(?:人大|人民代表大会|政协|人民政府)(?!代表|委员)")
_CENSUS = re.compile(r"[“\"]?[一二三四五六七八九十]{1,2}[”\"]?(?:经普|人普|农普|污普)")


def bare_heads(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """A class word on its own (古城, 步行街): kept only if it stands for one longer name of the report."""
    for i, (word, tag, offset) in enumerate(tokens):
        found = head_of(word)
        if found and found[0] == word and len(word) >= 2 and found[1] is EntityType.PLACE \
                and (i == 0 or tokens[i - 1][1] not in NOUN_TAGS and tokens[i - 1][1] not in ("l", "b", "an")) \
                and word not in GENERIC_HEAD_TOKENS and word not in ROUTE_HEADS:  # 地区, 城市, 社区, 高铁 alone
            # stand for no one name
            yield offset, offset + len(word), found[1], 0.5


# The country's four economic regions (东部, 中部, 西部, 东北) and their unions. A province or the State Council
# means the national regions by them; a city or a district means its own parts (沈河区东部地区).
_NATIONAL_REGION = re.compile(r"(?:东中西|东中|中西|东|中|西)部地区")


def national_regions(tokens: list[Token], text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """东部地区, 中西部地区 …, unless a place before them makes them its part (四川西部地区)."""
    if "部地区" not in text:
        return
    starts = {offset: i for i, (_, _, offset) in enumerate(tokens)}
    for match in _NATIONAL_REGION.finditer(text):
        i = starts.get(match.start())
        if i is None or i > 0 and (tokens[i - 1][1] in PLACE_NAME_TAGS or tokens[i - 1][0] in MACRO_REGIONS):
            continue  # 四川西部地区: part of a place the text names
        yield match.start(), match.end(), EntityType.PLACE, 0.8


# A province's or a region's literary name before 大地 names the land (辽沈大地, 陇原大地, 赣鄱大地, 齐鲁大地);
# landforms and the country's poetic names (高原大地, 广袤大地, 神州大地) name no one place.
_NOT_LANDS = frozenset({"高原", "平原", "草原", "神州", "中华", "中国", "祖国", "华夏", "广袤", "希望", "乡村", "农村", "城乡"})


def land_names(text: str, tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """Lands called by a province's or a region's literary name (辽沈大地, 荆楚大地; not 江苏大地, which is
    江苏): the two characters before 大地 open a word jieba tags a place, an abbreviation or an unknown word,
    or are two one-character province names (赣|鄱)."""
    if "大地" not in text:
        return
    starts = {offset: (word, tag) for word, tag, offset in tokens}
    for match in re.finditer(r"[\u4e00-\u9fff]{2}(?=大地)", text):
        core, at = match.group(), match.start()
        if core in _NOT_LANDS or core in GENERIC or at not in starts or gazetteer.is_place_name(core):
            continue  # 江苏大地 is 江苏, which the lexicon finds
        word, tag = starts[at]
        if word == core + "大地" or word == core and tag in ("ns", "j", "x", "nz", "nr") \
                or len(word) == 1 and all(ch in PROVINCE_CHARS or pos_table().get(ch) == "ns" for ch in core):
            yield at, match.end() + 2, EntityType.PLACE, 0.7


_EDITION = re.compile(r"^(?:第[一二三四五六七八九十百零0-9]+届|(?:19|20)[0-9]{2}年?)$")


GAMES_EDITION = re.compile(r"[一二三四五六七八九十]{2,3}运会")  # 十五运会: the 15th National Games
# Fairs by the short name of their place and one character for what they are (华创会, 汉交会, 兰洽会, 数贸会).
_SHORT_FAIR = re.compile(r"[\u4e00-\u9fff](?:博|交|洽|贸|创)会")
# Verbs before a fair that a place's government goes to (参加硒博会), not one it holds.
_ATTEND_VERBS = frozenset("参加 参展 出席 亮相".split())


def _short_event(token: Token) -> bool:
    """Whether a token is a short name of games or a fair (亚青会, 省运会, 青运会): three characters ending in 会,
    an abbreviation or a word jieba's dictionary lacks; not a plenary or a committee (七中全会, 常委会)."""
    word, tag, _ = token
    return len(word) == 3 and word.endswith("会") and not word.endswith(("全会", "委会", "大会")) \
        and (tag in ("j", "x") or word not in pos_table())


def event_candidates(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """Recurring events called by their short names (进博会, 第十五届全运会, 巴黎奥运会), one or two tokens
    (jieba cuts 进|博会); an edition, a year or a host city before the name belongs to it."""
    for i, (word, _, offset) in enumerate(tokens):
        pair = word + tokens[i + 1][0] if i + 1 < len(tokens) else ""
        n = 1 if word in EVENT_NAMES else 2 if pair in EVENT_NAMES or GAMES_EDITION.fullmatch(pair) else 0
        if not n and (_SHORT_FAIR.fullmatch(word) or len(word) == 1 and _SHORT_FAIR.fullmatch(pair)):
            n = 1 if _SHORT_FAIR.fullmatch(word) else 2  # 华创会, 汉|交会: a fair by the short name of its place
            after = tokens[i + n] if i + n < len(tokens) else ("。", "w", 0)
            before = tokens[i - 1] if i > 0 else ("。", "w", 0)
            if not ((after[1] == "w" or after[0] in ("等", "期间")) and (before[1] == "w" or before[0] in HOLD_VERBS
                                                                                   or before[0] in _ATTEND_VERBS)
                    or before[0] == LIST_ITEM_SEP):
                continue  # only where it stands as an item (the last of a list too: 、香博会亮点纷呈) or after the
                # verb that holds it or goes to it (参加硒博会等展会)
        if not n and i > 0 and _EDITION.match(tokens[i - 1][0]) and _short_event(tokens[i]):
            n = 1  # 第二届亚青会, 第十七届省运会: games or a fair by a short name jieba's dictionary lacks, after its edition
        if not n:
            continue
        end = tokens[i + n - 1][2] + len(tokens[i + n - 1][0])
        k = i
        while k > 0 and i - k < 3 and (_EDITION.match(tokens[k - 1][0])
                                       or tokens[k - 1][1] == "ns" and tokens[k - 1][0] not in GENERIC
                                       or tokens[k - 1][0] == "全国" and k == i):
            k -= 1  # 第十三届|全国|冬运会: the national games are named with their scope
        if k >= 3 and tokens[k - 1][0] == "届" and tokens[k - 2][0].isdigit() and tokens[k - 3][0] == "第":
            k -= 3  # 第|33|届|奥运会: an edition in digits, which jieba splits
        yield tokens[k][2], end, EntityType.PROJECT, 0.8


# An event named with its edition (第九届全球健康促进大会, 第十二届中国农民春节联欢会): whatever words lie
# between, the edition makes it one event; not a congress's or a committee's session (第十四届人民代表大会).
_EDITION_EVENT = re.compile(r"第[一二三四五六七八九十百零0-9]+届(?P<name>[^，,。;；、“”《》()（）\s等]{2,24}?)"
                            r"(?:" + "|".join(sorted(HELD_HEADS, key=len, reverse=True)) + r")(?![\u4e00-\u9fff]{0,2}(?:会议|全会))")
_SESSION_WORDS = ("人民代表大会", "代表大会", "委员会", "人大", "政协", "党代会", "全体会议",
                  "人民政府")  # 代表市第十四届人民政府向大会作报告: a government's term, not an event


def edition_events(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Events named with their edition (参展第九届全球健康促进大会): the edition, the name and the event's head."""
    for match in _EDITION_EVENT.finditer(text):
        if not any(word in match[0] for word in _SESSION_WORDS):
            yield match.start(), match.end(), EntityType.PROJECT, 0.75


# National and provincial road numbers (G318, S202; G98环岛高速), not G20 the summit.
_ROAD_NUMBER = re.compile(r"(?<![A-Za-z0-9])[GS](?:[0-9]{3,4}|[0-9]{2}(?=环|高速|国道|线|[\u4e00-\u9fff]{2}段))(?![0-9])"
                          r"(?:[\u4e00-\u9fff]{2}段(?![\u4e00-\u9fff]))?")  # G0616海乌段: a section by its ends' short names


# 228国道, 323省道乐清雁荡段, 228国道乐成至黄华段: a national or provincial road by its number, with its section
_NUMBERED_ROAD = re.compile(r"(?<![0-9.])[0-9]{2,3}(?:国道|省道)(?:[\u4e00-\u9fff]{2,4}(?:至[\u4e00-\u9fff]{2,4})?段)?")


def road_numbers(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """G318, S202, 228国道: the numbers of national and provincial roads."""
    for match in (*_ROAD_NUMBER.finditer(text), *_NUMBERED_ROAD.finditer(text)):
        yield match.start(), match.end(), EntityType.PLACE, 0.75


# Metro and light-rail lines by number, with the city and system that run them, their phase and section
# (福州地铁4号线后通段, 轨道交通7号线一期, 17号线西延伸, 兰州轨道交通二号线), and lines named by a letter
# and a number (厦漳泉R1线, Z4线一期北段).
_LINE = re.compile(r"(?P<system>地铁|城市轨道交通|轨道交通|轻轨|轨道)?(?<![0-9０-９A-Za-z])"
                   r"(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})号线|(?<![A-Za-z])[A-Z][0-9]{1,2}线)(?:[一二三四五六七八九十]期)?"
                   r"(?:[东西南北]?延伸线?|[东西南北]延线|[东西南北]?[^\W\d_]{0,2}?段)?")


# Routes listed by their two-character short names before a count of them (张花、吉茶、吉怀、凤大4条高速公路,
# 西延、西康、西十等5条高铁): each short name is a route's
_COUNTED_ROUTES = re.compile(r"(?P<items>(?:[\u4e00-\u9fff]{2}、)+[\u4e00-\u9fff]{2})等?[0-9一二三四五六七八九十]+条"
                             r"(?:高速公路|高速|高铁|铁路|城际铁路)")


def counted_routes(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Each route of a list of short names counted by a route word; not a common word (扩建、本桓…: the works on
    the route before), which the list's first item may be."""
    for match in _COUNTED_ROUTES.finditer(text):
        at = match.start("items")
        for item in match["items"].split("、"):
            if not common_word(item) and HAN.fullmatch(item):
                yield at, at + 2, EntityType.PLACE, 0.65
            at += 3


def metro_lines(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """地铁4号线, 轨道交通7号线一期: a city's rail transit lines, places as railways are; the city that
    runs one opens its name (福州地铁4号线)."""
    for match in _LINE.finditer(text):
        start = match.start()
        if not match["system"] and "号线" not in match[0] and "期" not in match[0]:
            region = next((n for n in (3, 2) if start >= n and (text[start - n:start] in MACRO_REGIONS
                                                                or gazetteer.is_place_name(text[start - n:start]))), 0)
            if region:
                yield start - region, match.end(), EntityType.PLACE, 0.7  # 厦漳泉R1线: the region it serves
            continue  # otherwise a letter line is named by its system or its phase
        if match["system"]:
            start -= next((n for n in (3, 2) if start >= n and gazetteer.is_place_name(text[start - n:start])), 0)
        yield start, match.end(), EntityType.PROJECT if "期" in match[0] else EntityType.PLACE, 0.75  # a line's
        # phase is works being built (轨道交通7号线一期), the line a place
    for match in _PLACE_LINE.finditer(text):
        if gazetteer.is_place_name(match["place"]):
            yield match.start(), match.end(), EntityType.PLACE, 0.75  # 地铁蔡甸线: a line named for where it runs


_PLACE_LINE = re.compile(r"(?:地铁|轨道交通|轻轨)(?P<place>[\u4e00-\u9fff]{2,3}?)线")


PHASE = re.compile(r"^[一二三四五六七八九十]期$")  # 三期: a works' phase
_PHASE_TAGS = NOUN_TAGS - {"vn"} | {"eng"}


def phase_candidates(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """A named works and its phase are a project (三门核电三期, 舟山新奥LNG三期, 长江存储二期): the phase after
    words that hold a proper noun or a place the gazetteer knows, with no verb among them; not after a number,
    which belongs to the name (3号线一期)."""
    for i, (word, _, offset) in enumerate(tokens):
        if not PHASE.match(word):
            continue
        j = i
        while j > 0 and i - j < 4 and (tokens[j - 1][1] in _PHASE_TAGS and name_like(tokens[j - 1])
                                        or gazetteer.lookup(tokens[j - 1][0])) \
                and tokens[j - 1][0] not in BOUNDARY_WORDS and not holds_verb(tokens[j - 1][0]):
            j -= 1
        while j < i and tokens[j][1] == "j" and not gazetteer.lookup(tokens[j][0]):
            j += 1  # 建成投产 (j): an abbreviated verb does not open the name
        if j < i and (j == 0 or tokens[j - 1][1] != "m") and sum(len(t[0]) for t in tokens[j:i]) >= 2 \
                and any(t[1] in STRONG_TAGS and t[0] not in GENERIC or gazetteer.lookup(t[0]) for t in tokens[j:i]):
            yield tokens[j][2], offset + len(word), EntityType.PROJECT, 0.65  # a road's or a park's phase too
            # (天蒲公路一期, 柳林公园二期): works being built, as reviewers type them


# Water transfer works, named by the river they draw from and the place they feed, one character each (引江济淮,
# 引黄入呼三期工程, 引绰济辽一期、二期工程); not 引进, 引领, nor campaigns that draw visitors or money (引客入赣).
_WATER_TRANSFER = re.compile(r"引(?![进领导起客金资才智水洪推前])[\u4e00-\u9fff][济入][\u4e00-\u9fff]"
                             r"(?:[一二三四五六七八九]期(?:、[一二三四五六七八九]期)*)?(?:工程)?")


def water_transfers(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Water transfer works (引江济淮, 引黄入呼三期工程), with their phases and 工程 when the text gives them."""
    for match in _WATER_TRANSFER.finditer(text):
        yield match.start(), match.end(), EntityType.PROJECT, 0.75


# Trades a firm's name ends in after its brand (雄鹰铝业, 贝迪塑业, 天健日化, 金泰纺织): words no common
# phrase ends a noun with in these places.
_TRADES = ("铝业", "塑业", "茶业", "药业", "乳业", "酒业", "矿业", "纸业", "铜业", "钢业", "陶业", "瓷业", "盐化",
           "日化", "纺织", "铝材", "钢构", "煤业")
# Trades so common as words (科技, 能源, 食品) that only a brand jieba does not know (捷泰科技, 晶科能源, 中宠食品)
# makes them a firm's name.
_BRAND_TRADES = frozenset({"科技", "能源", "新能源", "环保", "食品", "投资", "石油", "新材料", "材料", "陶瓷", "饮品",
                           "牧业", "农牧", "生物", "医药", "制药", "电子", "电气", "机械", "化工", "光电", "智能", "实业",
                           "包装", "电池", "重工", "物流", "建材", "光伏", "服饰", "家居", "股份", "净化", "电动车"})
# What a firm does (投产, 落户, 上市…)
_FIRM_DEEDS = "投产|落户|挂牌|签约|上市|入驻|开工|竣工|扩产|技改|破产|重组|重整"
# What follows a firm that names one (、, 等, its phase, its works, its stations, what it does).
_AFTER_FIRM = re.compile(r"(?:[、,，。;；0-9]|等|[一二三四五六七八九]期|项目|院士工作站|博士后工作站|产业园|工业园|"
                         rf"建成|{_FIRM_DEEDS})")
# What must follow a brand with a common trade, or the list it ends (金瑞投资、捷泰科技、晶科能源入选): what a
# firm does or is given, not a list of technologies (类脑智能、量子信息) or a trade at large (投硬科技,).
_AFTER_BRAND = re.compile(r"(?:、[\u4e00-\u9fff]{2,8})*(?:等[^，,。；;]{0,12}?(?:企业|项目|公司)|[一二三四五六七八九]期|项目|"
                          rf"{_FIRM_DEEDS}|入选|获批|荣获|获评|被评为|分别|进入|成为)")


def trade_firms(tokens: list[Token], text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Firms named by a brand and their trade (雄鹰铝业院士工作站, 广达铝业投产, 金泰纺织二期), where what
    follows makes the firm the subject: not 发展铝业, 安徽茶业发展, a trade at large; and the items of a 、 list
    such a firm is in that are named the same way, whatever their brand (共同生物、丹澳药业分别被评为…)."""
    firms = list(_trade_firms(tokens, text))
    yield from firms
    for start, end, _, _ in firms:
        at = start
        while text[at - 1:at] == "、":  # the items before it, each a whole run between breaks
            item = _FIRM_ITEM_BEFORE.search(text, 0, at - 1)
            if not item or item[1] in GENERIC:
                break
            yield item.start(1), item.end(1), EntityType.ORGANIZATION, 0.5
            at = item.start(1)
        at = end
        while text[at:at + 1] == "、":  # …and after it
            item = _FIRM_ITEM_AFTER.match(text, at + 1)
            if not item or item[1] in GENERIC:
                break
            yield item.start(1), item.end(1), EntityType.ORGANIZATION, 0.5
            at = item.end(1)


_ANY_TRADE = "|".join(sorted({*_TRADES, *_BRAND_TRADES}, key=len, reverse=True))
_FIRM_ITEM_BEFORE = re.compile(rf"(?:^|(?<=[、,，。;；:：]))([\u4e00-\u9fff]{{2,4}}(?:{_ANY_TRADE}))$")
_FIRM_ITEM_AFTER = re.compile(rf"([\u4e00-\u9fff]{{2,4}}?(?:{_ANY_TRADE}))(?=[、,，。;；]|等|分别|入选|获批|荣获|获评|被评为)")


def _trade_firms(tokens: list[Token], text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    for i, (word, tag, offset) in enumerate(tokens):
        brand = word[:-2] if len(word) == 4 and word.endswith(_TRADES) else ""
        start = offset
        if not brand and word in _BRAND_TRADES and i > 0 and tokens[i - 1][1] == "x" and 2 <= len(tokens[i - 1][0]) <= 3 \
                and "基" not in tokens[i - 1][0] and _AFTER_BRAND.match(text, offset + len(word)):
            # 捷泰|科技, 中宠|食品: a brand jieba lacks, which the firm's deeds follow; not 硅基|新材料, made of silicon
            yield tokens[i - 1][2], offset + len(word), EntityType.ORGANIZATION, 0.55
            continue
        if not brand and word in _TRADES and i > 0 and len(tokens[i - 1][0]) == 2:
            brand, start = tokens[i - 1][0], tokens[i - 1][2]
            if tokens[i - 1][1] not in ("nz", "nr", "nrt", "ns", "x", "j") and not (
                    tokens[i - 1][1] == "v" and not common_word(brand)) or brand in GENERIC \
                    or brand in BOUNDARY_WORDS or i > 1 and tokens[i - 2][1] in ("n", "vn", "ns", "nz") \
                    and tokens[i - 2][0] not in GENERIC:
                continue  # 发展铝业, 建筑|铝材: a trade; 江西新余|钢业: a longer name the brand does not open
        end = offset + len(word)
        if brand and HAN.fullmatch(brand) and not common_word(brand) \
                and (_AFTER_FIRM.match(text, end) or text[start - 1:start] == "、"):  # a brand, not 绿色|矿业
            yield start, end, EntityType.ORGANIZATION, 0.6


# A works named by its owner, its capacity and its product (恒大集团100万吨矿泉水, 平煤神马100兆瓦光伏发电项目,
# 天健日化1千万支牙膏, 防城港30万吨级进港航道), in a list of projects or before 项目 or 工程.
CAPACITY = re.compile(r"(?:[一二三四五六七八九]期)?(?:年产)?[0-9]+(?:\.[0-9]+)?(?:千万|百万|十万|万|千|百|亿)?"
                       r"(?:吨级|吨|兆瓦|万千瓦|千瓦|千伏|辆|套|台|支|锭|头|只|平方米|立方米)(?=[\u4e00-\u9fff])")
_WORKS_BREAK = re.compile(r"[、，,；;：:。“”《》()（）]")
# What a works does once built (建成投产, 实现量产), with how it went (顺利, 即将)
_WORKS_DEEDS = r"(?:即将|顺利|正式|全面|相继|已经|已|成功)?(?:建成投产|建成|投产|实现量产|量产|开工建设|开工|竣工|并网)"
# (not 峡江水利枢纽9台机组全部并网发电: units counted, then how many of them did it)
_PRODUCT = re.compile(rf"(?:(?!项目|工程|等|以上|左右|以内|以下|全部|均|都|已)[\u4e00-\u9fff]){{2,12}}?(?=项目|工程|等|[、，,；;。]|{_WORKS_DEEDS})")
# What makes the works one of a list of projects: 项目 or 工程 right after it, or after the list it is in, or what
# it does once built
_IN_PROJECTS = re.compile(rf"(?P<head>项目|工程)|(?:、[^，,。；;]{{2,30}}?)*?等[^，,。；;、]{{0,12}}?(?:项目|工程)|{_WORKS_DEEDS}")
# How an owner's name ends when it is a firm's (兰州石化, 统一集团, 联合盐化, 平煤神马 is a brand jieba lacks)
_OWNER_BREAKS = frozenset("的 等 和 及 与 、".split())
_OWNER_FIRM_ENDINGS = ("集团", "公司", "股份", "控股", "石化", "化工", "矿业", "能源", "电力", "钢铁", *_TRADES)


def capacity_works(tokens: list[Token], text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Works named by owner, capacity and product (鑫达120万吨焦化、…等551个重点产业项目; 东营津辉500兆瓦电化学
    储能项目), and their owner when it is a firm: the owner opens at a pause or after the verbs before it, and is
    a proper name (a word jieba lacks, a place, a brand and its trade); not 原油产量达1250万吨以上, a figure."""
    starts = {offset: k for k, (_, _, offset) in enumerate(tokens)}
    for match in CAPACITY.finditer(text):
        product = _PRODUCT.match(text, match.end())
        if not product:
            continue
        listed = _IN_PROJECTS.match(text, product.end())
        if not listed:
            continue
        pause = max((m.end() for m in _WORKS_BREAK.finditer(text, 0, match.start())), default=0)
        k = starts.get(pause)
        if k is None or match.start() not in starts:
            continue  # the owner or the capacity starts inside a word
        owner = [t for t in tokens[k:] if t[2] < match.start()]
        owner = owner[max((n + 1 for n, t in enumerate(owner) if t[0] in _OWNER_BREAKS), default=0):]
        # 与台盐合作的|天健日化, 川州二期等|500千伏…, 气电项目和|川渝1000千伏…: what the owner follows
        while len(owner) > 1 and owner[0][1] in VERB_TAGS | {"vn", "ad"} and common_word(owner[0][0]) \
                and "".join(t[0] for t in owner[1:]) not in _OWNER_FIRM_ENDINGS:
            owner = owner[1:]  # 实施|鑫达, 推进|防城港: the verbs the list follows; not 统一|集团, 联合|盐化
        name = "".join(t[0] for t in owner)
        if not 2 <= len(name) <= 10 or name in GENERIC or not (
                any(t[1] in STRONG_TAGS and t[0] not in GENERIC for t in owner) or name.endswith(_OWNER_FIRM_ENDINGS)):
            continue
        if any(t[1] in VERB_TAGS and len(t[0]) > 1 and common_word(t[0]) for t in owner[1:]) \
                or any(t[1] in ("m", "p", "a") or "最" in t[0] for t in owner):
            continue  # 产量提高到…, 全球最大单套…: a figure's measure or a boast, not an owner
        end = product.end() + (len(listed["head"]) if listed["head"] else 0)
        yield owner[0][2], end, EntityType.PROJECT, 0.65
        if name.endswith(_OWNER_FIRM_ENDINGS) or len(name) > 2 and all(t[1] in ("x", "nz") for t in owner) \
                and not gazetteer.is_place_name(name):
            yield owner[0][2], match.start(), EntityType.ORGANIZATION, 0.55


# What an honoured firm is given or becomes (中铁宝桥、法士特、汉德车桥获国家科技进步一等奖)
_AWARD_VERBS = frozenset("荣获 获得 获 获评 获批 入选 被评为 被认定为 跻身 成为".split())
# What only a firm is made or given after those verbs (…成为省创新型领军企业, …获批省级数字化车间)
_FIRMS_HONOUR = re.compile(r"[^，,。；;：:]{0,20}?(?:企业|公司|车间|工厂|工作站|设计中心|技术中心|单项冠军|小巨人)")


def awarded_firms(tokens: list[Token], text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Firms jieba does not know, listed as the ones an award went to (中铁宝桥、法士特、汉德车桥获国家科技进步
    一等奖): two items or more, each a word jieba lacks alone or with a common noun (汉德|车桥), none a place's
    or a person's name, from a pause to the award's verb."""
    for k, (word, _, _) in enumerate(tokens):
        if word not in _AWARD_VERBS:
            continue
        items, item, j, opened = [], [], k, True
        while j > 0:
            j -= 1
            w, t, _ = tokens[j]
            if w in ("、", "和"):
                items.append(item)
                item = []
            elif (t in ("x", "nz", "n", "j", "nr") or t == "v" and not common_word(w)) and CJK.match(w) \
                    and w not in GENERIC and len(item) < 3:
                item.insert(0, tokens[j])  # 建龙 (v)|西钢: a brand jieba tags a verb
            else:
                opened = t == "w"  # the list opens after a pause, not after a word that ends no item
                break
        items.append(item)
        one_firm = _FIRMS_HONOUR.match(text, tokens[k][2] + len(word))  # a firm's honour names its one holder
        trades = all(map(_trade_item, items))  # 迎驾集团荣获…, 烽火通信荣获…: a name a firm's ending closes
        if not (one_firm or trades) and (len(items) < 2 or word == "成为") or not opened \
                or not all(_firm_item(i) or _trade_item(i) for i in items):
            continue
        for i in items:
            yield i[0][2], i[-1][2] + len(i[-1][0]), EntityType.ORGANIZATION, 0.55


def _trade_item(item: list[Token]) -> bool:
    """A firm's name in a list of the honoured, or alone before its honour: a brand of two characters or more
    that is no place's name and a firm's ending or trade (迎驾集团, 烽火通信, 爱玛车业)."""
    name = "".join(w for w, _, _ in item)
    closer = next((c for c in _FIRM_CLOSERS if name.endswith(c)), None)
    brand = name[: len(name) - len(closer)] if closer else ""
    return 2 <= len(brand) <= 6 and brand not in GENERIC and brand not in _KIND_OF_FIRM_WORDS \
        and not gazetteer.is_place_name(brand) and not gazetteer.is_place_name(name) \
        and CJK.fullmatch(name) is not None and not a_kind(item)


# Words that make a kind of firm before its ending (龙头公司, 骨干企业), not a brand
_KIND_OF_FIRM_WORDS = frozenset("龙头 骨干 重点 优秀 知名 大型 中型 小型 中小 小微 民营 国有 外资 上市 规上 本地 当地 领军 "
                                "头部 链主 核心 新兴 传统 相关 各类 全市 全县 全区 全省".split())


def _firm_item(item: list[Token]) -> bool:
    """A firm's name in a list of the honoured: a word jieba lacks (宝桥, 法士特) in two to six characters, not a
    place, not a surname and a given name (李明), not a common noun alone."""
    name = "".join(w for w, _, _ in item)
    return 2 <= len(name) <= 6 and any(t == "x" and len(w) >= 2 for w, t, _ in item) \
        and not gazetteer.is_place_name(name) and item[0][1] not in ("ns", "nr") \
        and not (len(name) <= 3 and name[0] in SURNAMES)


def appositive_firms(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """A firm named right after what kind of firm it is, up to a pause (世界领军企业鑫联环保科技、): its name
    opens with a proper noun or a word jieba lacks."""
    for i, (word, tag, _) in enumerate(tokens[:-1]):
        if not word.endswith("企业") or tokens[i + 1][1] not in _FIRM_OPENERS or tokens[i + 1][0] in GENERIC:
            continue
        k = i + 1
        while k < len(tokens) and tokens[k][1] in NOUN_TAGS | _FIRM_OPENERS and CJK.match(tokens[k][0]) \
                and tokens[k][0] not in BOUNDARY_WORDS and k - i <= 4:
            k += 1
        name = "".join(t[0] for t in tokens[i + 1:k])
        ending = max((e for e in FIRM_ENDINGS if name.endswith(e)), key=len, default="")
        if k < len(tokens) and tokens[k][0] in ("、", "，", ",", "。", "；", "等") and 3 <= len(name) <= 10 \
                and name not in GENERIC and ending and len(name) > len(ending):
            yield tokens[i + 1][2], tokens[k - 1][2] + len(tokens[k - 1][0]), EntityType.ORGANIZATION, 0.6


def headquartered_firms(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """A firm named by the headquarters it builds or moves (中国星网总部; 中国中化、中国华能总部, two firms'):
    proper nouns or words jieba lacks, not a place alone, right before 总部 (not 中国区 of …中国区总部, a region
    of the firm's)."""
    for i, (word, _, _) in enumerate(tokens):
        if word != "总部":
            continue
        end = i
        while end > 0:
            k = end
            while k > 0 and end - k < 3 and tokens[k - 1][1] in _FIRM_OPENERS and CJK.match(tokens[k - 1][0]) \
                    and tokens[k - 1][0] not in GENERIC:
                k -= 1
            name = "".join(t[0] for t in tokens[k:end])
            if k == end or len(name) < 3 or name.endswith(("区", "区域")) or all(place_word(t) for t in tokens[k:end]) \
                    or not any(t[1] in ("nz", "j", "x", "nt") for t in tokens[k:end]):
                break
            yield tokens[k][2], tokens[end - 1][2] + len(tokens[end - 1][0]), EntityType.ORGANIZATION, 0.6
            if k == 0 or tokens[k - 1][0] != LIST_ITEM_SEP:
                break
            end = k - 1  # the item before, in a list of firms sharing the word 总部


_FIRM_OPENERS = frozenset({"x", "nz", "nr", "nrt", "ns", "j", "nt"})
# How the names of firms end when they name no class head (鑫联环保科技, 兴宏铜业, 合力叉车).
FIRM_ENDINGS = ("科技", "铜业", "铝业", "药业", "实业", "控股", "股份", "电子", "电气", "能源", "新材料", "材料", "机械",
                "化工", "食品", "纺织", "物流", "汽车", "钢铁", "矿业", "建材", "叉车", "供应链", "传输")
# What closes a firm's name after its brand (迎驾集团, 烽火通信, 爱玛车业)
_FIRM_CLOSERS = ("集团", "公司", "通信", "车业", *FIRM_ENDINGS, *_TRADES, *_BRAND_TRADES)


def party_committees(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Party committees named with their unit, which jieba cuts into a short name and a place it may mistag
    (中共|遵义 v|市委)."""
    for match in PARTY_COMMITTEE.finditer(text):
        if gazetteer.innermost_unit(match["unit"]):
            yield match.start(), match.end(), EntityType.ORGANIZATION, 0.9


# A unit's government by the unit's name and 政府 (锦州市政府, 原江干区政府), which jieba cuts into a place and
# the relative 市政府 or 区政府
_UNIT_GOVERNMENT = re.compile(r"(?P<unit>[\u4e00-\u9fff]{2,10}?(?:自治州|自治县|市|区|县|州|旗|盟|省))政府(?!工作报告)")


def unit_governments(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """A named unit's government (锦州市政府 in 北镇市's report): the longest tail of the words before 政府 that
    is a unit the gazetteer knows, and 政府."""
    for match in _UNIT_GOVERNMENT.finditer(text):
        unit = match["unit"]
        tail = next((i for i in range(len(unit) - 2) if gazetteer.is_place_name(unit[i:])), None)
        if tail is not None:
            yield match.start() + tail, match.end(), EntityType.ORGANIZATION, 0.85


# What a campaign named for a themed year sets out to do that year (工作落实年, 招商选资突破年, 城市建设攻坚年)
THEMED_YEAR = "突破|建设|推进|攻坚|提升|落实|落地|提质|增效|见效|创新|服务|效能|整治|深化|促进|优化|管理"
_QUOTED_YEAR = re.compile(rf"“(?![一二三四五六七八九十两]+个)(?P<name>[\u4e00-\u9fff]{{2,12}}(?:{THEMED_YEAR})年)”(?![\u4e00-\u9fff]{{0,2}}(?:活动|行动))")
_LISTED_YEARS = re.compile(
    rf"(?:开展|实施|深化|聚焦|启动|组织)(?P<items>(?:[\u4e00-\u9fff]{{2,12}}?(?:{THEMED_YEAR})年、)+"
    rf"[\u4e00-\u9fff]{{2,12}}?(?:{THEMED_YEAR})年)(?:活动|行动)")


def themed_years(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Campaigns named for a themed year with no 活动 or 行动 of their own: quoted (聚焦“工作落实年”; not a count of
    them, “三个攻坚年”, a slogan) or listed before the head they share (开展招商选资突破年、特色平台建设年、…、
    作风建设推进年活动: each item; the head goes with none, as reviewers name them)."""
    for match in _QUOTED_YEAR.finditer(text):
        yield match.start("name"), match.end("name"), EntityType.PROJECT, 0.75
    for match in _LISTED_YEARS.finditer(text):
        at = match.start("items")
        for item in match["items"].split("、"):
            if len(item) >= 6:  # not 提质增效年 of 优化营商环境攻坚突破年、提质增效年行动, the first's theme cut short
                yield at, at + len(item), EntityType.PROJECT, 0.7
            at += len(item) + 1


def census_candidates(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Censuses named by number: 四经普 (the 4th economic census), 七人普."""
    for match in _CENSUS.finditer(text):
        yield match.start(), match.end(), EntityType.PROJECT, 0.85
    for match in _SESSION.finditer(text):  # 区十八届人大: the congress, named by its session
        unit = match["unit"] or ""
        start = match.start("unit") if unit else match.start("session")
        if len(unit) > 1:  # keep the longest tail that is a place name (日在和平区 → 和平区), else the unit word
            tail = next((i for i in range(len(unit) - 1) if gazetteer.is_place_name(unit[i:])
                         and not (i > 0 and unit[i - 1:i + 1] in pos_table())), None)  # not 成县 of 完成县十六届人大
            start += tail if tail is not None else len(unit) - (3 if unit.endswith(("自治区", "自治州")) else 1)
            # 自治区九届人大: the unit word whole
        yield start, match.end(), EntityType.ORGANIZATION, 0.8


def own_institutions(tokens: list[Token], units: frozenset[str]) -> Iterable[tuple[int, int, EntityType, float]]:
    """Institutions named by the character of a unit the report's government belongs to (省博物馆, 区图书馆,
    县妇幼保健院), not after a noun that makes a longer name or a kind (全省博物馆 is one word; 各县 too)."""
    for k, (word, tag, offset) in enumerate(tokens):
        if k > 0 and tokens[k - 1][1] in NOUN_TAGS and tokens[k - 1][1] != "vn":
            continue
        glued = next((unit for unit in units if word.startswith(unit) and len(word) > len(unit)), None)
        if glued and (kind := own_institution(word[len(glued):])) is not None:
            yield offset, offset + len(word), kind, 0.75  # 县一中, 县三小: one word
            continue
        if word not in units:
            continue
        rest = ""
        for n in range(k + 1, min(k + 4, len(tokens))):
            rest += tokens[n][0]
            kind = own_institution(rest)  # 区人民医院, 市第一人民医院
            if kind is not None:
                yield offset, tokens[n][2] + len(tokens[n][0]), kind, 0.75
                break
