"""Find entity mentions: names ending in a class head, lexicon bodies, tagged places and people, quoted programmes."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kg import gazetteer
from kg.lexicon import SLOGAN_MODIFIERS, DESIGNATION_HEADS, FALSE_HEAD_ENDINGS, FALSE_ORG_ENDINGS, INSTITUTION_HEADS, NEVER_HEADS, GENERIC_HEAD_TOKENS, MACRO_REGIONS, MEASURE_CHARS, BODIES, BOUNDARY_WORDS, GENERIC, HEADS, PERSON_TITLES, RELATIVE_BODIES, SURNAMES, WEAK_HEADS
from kg.records import EntityType, Level, Mention, Report, Sentence

Token = tuple[str, str, int]  # word, jieba tag, offset in the sentence

# head word → class; when two classes share a head the first listed wins, as before
_HEADS: dict[str, EntityType] = {}
for _kind, _heads in HEADS.items():
    for _head in _heads:
        _HEADS.setdefault(_head, _kind)
_HEAD_LENGTHS = sorted({len(h) for h in _HEADS}, reverse=True)
_CJK = re.compile(r"^[\u4e00-\u9fff0-9A-Za-z·]+$")
_QUOTED_NAME = re.compile(r"[“《]([^”“《》]{2,16})[”》](?=[\u4e00-\u9fff])")
_QUOTED_WHOLE = re.compile(r"[“《]([^”“《》]{4,30})[”》]")
_QUOTED_LIST = re.compile(r"(?P<items>(?:[“《][^”》“《]{2,20}[”》]、?){1,10})等(?:[0-9一二两三四五六七八九十百]+[个项处家条所座])?"
                          r"(?P<noun>[\u4e00-\u9fff]{1,10})")
_LIST_ITEM_SEP = "、"
# A number and measure word right after a name counts things of that kind (建成综合养老服务中心520个).
COUNTED_AFTER = re.compile(r"(?:[0-9]+(?:\.[0-9]+)?|[两三四五六七八九十百千]+)(?:多|余)?[个处家条所座栋名批类项间张部支台套]")
# Words that make a kind out of what follows (省级…平台, 各类…中心, 部分…学校): with no proper noun after them, no name.
LEVEL_WORDS = ("省级", "市级", "县级", "区级", "乡级", "村级", "乡镇", "国家级", "一级", "二级", "三级", "地方", "境内",
               "高水平")
# Words that make a kind or a set of what follows, whatever follows (所有盟市, 部分优质普通高中学校, 这个工程).
DETERMINERS = ("各类", "各级", "各个", "部分", "所有", "整个", "这个", "這個", "该", "过去", "现有", "一些", "有关")
COUNTED_BEFORE = re.compile(r"(?:[0-9]|[0-9][万亿]|[两三四五六七八九十百千])(?:多|余)?[个处家条所座栋名批类项间张部支台套]$")
# Building or creating a nationally designated thing is a named undertaking (国家文化出口基地建设, 国家5A级景区创建).
DESIGNATED = ("景区", "基地", "示范区", "试验区", "先行区", "示范城市", "园区")
ACTION_HEADS = ("改造", "提升", "更新", "治理", "整治", "建设", "创建", "规划", "计划", "方案", "活动", "赛事")
# Actions that never sit inside a place's or an organisation's name.
ACTION_WORDS = ("改造", "提升", "更新", "整治", "治理", "建设", "开工", "新建", "改建", "扩建", "推进", "实施", "打造")
# Class words that type the items of a list (…等20个文旅项目) though they head no name of their own.
LIST_CLASSES = {"项目": ("项目", EntityType.PROJECT), "企业": ("企业", EntityType.ORGANIZATION),
                "机构": ("机构", EntityType.ORGANIZATION)}
SCOPE_WORDS = ("全国", "全省", "全市", "全区")
GRADE = re.compile(r"[0-9]+[A-Z]+|级")
ORDINAL_WORD = re.compile(r"^第[一二三四五六七八九十]+[次届批]$")
ADVERB_PREFIXES = ("大力", "广泛", "积极", "全面", "深入", "持续", "加快", "着力", "扎实", "切实", "进一步", "新创", "新建",
                   "在思想", "努力", "不断", "充分", "主动", "坚决")
NUMBERED_SLOGAN = re.compile(r"[一二两三四五六七八九十百千万][^一二两三四五六七八九十百千万]{0,2}[一二两三四五六七八九十百千万]")
# 宜业宜居, 大江大河 (the whole name), 大院大所大企大平台 (three or more parallel pairs first)
PARALLEL_SLOGAN = re.compile(r"([\u4e00-\u9fff])[\u4e00-\u9fff]\1[\u4e00-\u9fff]$|([\u4e00-\u9fff])[\u4e00-\u9fff](?:\2[\u4e00-\u9fff]){2,}")
COUNT_WORD = re.compile(r"^[一二两三四五六七八九十百千]+[大个项类]$")
# Programme heads a verb can come right before (…能力提升三年行动, …加工业培育壮大行动), and those verbs.
PROGRAMME_HEADS = frozenset({"行动", "三年行动", "行动计划", "专项行动", "攻坚行动", "工程", "计划"})
PROGRAMME_VERBS = frozenset("提升 培育 壮大 攻坚 振兴 提质 增效 发展 建设 创新 改革 推广 保护 修复 提高 优化 强化 "
                            "示范 引领 促进 培优 扩容 赋能 倍增 升级 突破 融合 集聚".split())
WORKS_HEADS = ("治理", "整治", "改造", "工程", "更新", "提升")
MAX_NAME_CHARS = 24
MAX_LEFT_TOKENS = 6
RUN_TAGS = {"ns", "nr", "nz", "x", "nrt"}
NOUN_TAGS = {"n", "ns", "nr", "nz", "nt", "x", "j", "vn", "ng", "nrt"}
VERB_TAGS = {"v", "vd", "vg", "d", "p", "c"}
STRONG_TAGS = {"ns", "nt", "nz", "nr", "nrt", "j", "x", "eng"}
PROPER_TAGS = STRONG_TAGS - {"nr", "nrt"}


@lru_cache(maxsize=65536)
def head_of(word: str) -> tuple[str, EntityType] | None:
    """The longest class head a word ends with.

    >>> head_of("综合治理")
    ('综合治理', <EntityType.PROJECT: 'Project'>)
    >>> head_of("满堂河")
    ('河', <EntityType.PLACE: 'Place'>)
    >>> head_of("发展") is None
    True
    """
    for length in _HEAD_LENGTHS:  # longest first: a few dict look-ups instead of a scan of every head
        kind = _HEADS.get(word[-length:]) if len(word) >= length else None
        if kind is not None:
            return word[-length:], kind
    return None


START_TAGS = {"vn", "n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "x", "eng", "f", "t", "b", "an", "ng", "s", "l"}


def _name_like(token: Token) -> bool:
    word, tag, _ = token
    if ORDINAL_WORD.match(word):
        return True  # 全国第一次自然灾害综合风险普查
    if GRADE.fullmatch(word):
        return True  # 国家5A级景区: a grade is part of the name
    if COUNT_WORD.match(word):
        return False  # 十大工程, 三大攻坚战: a count, not a name
    if len(word) >= 3 and word.startswith(ADVERB_PREFIXES):
        return False  # 大力发展, 广泛开展, 新创建: an adverb and its verb, whatever jieba tags them
    if word in BOUNDARY_WORDS or not _CJK.match(word):
        return False
    if len(word) == 2 and word[0] == word[1] and tag not in ("nr", "ns"):
        return False  # 清清, 绿绿: a reduplicated describing word, not part of a name
    if word[0].isdigit() and not re.fullmatch(r"[0-9]+[A-Za-z]+", word) or tag in {"m", "q", "mq", "w", "u", "p", "c", "r", "d", "uj", "ul", "ug", "uz", "y", "e", "o"}:
        return False
    return True


def _holds_verb(word: str) -> bool:
    """Whether a set phrase holds a governing verb (广泛开展, 建立健全)."""
    return any(word[k:k + 2] in BOUNDARY_WORDS for k in range(len(word) - 1))


def _head_token(token: Token) -> tuple[str, EntityType] | None:
    """The class head a token carries: a whole head word, or a proper noun ending in a head."""
    word, tag, _ = token
    found = head_of(word)
    if not found:
        return None
    head, kind = found
    if head == word or len(head) >= 2:
        return found
    # a one-character head inside a longer token (布局, 全部, 城市) counts only for proper nouns
    return found if tag in STRONG_TAGS else None


def _is_name(name: str, modifier_tokens: list[Token], head: str, kind: EntityType) -> bool:
    if len(name) < 2 or len(name) > MAX_NAME_CHARS or name in GENERIC:
        return False
    core = name[: len(name) - len(head)]
    if not core or core in GENERIC or core in BOUNDARY_WORDS:
        return False
    if not modifier_tokens:
        return True  # a proper noun that carries its own head (慈恩寺, 中街, 东北地区)
    if head in WEAK_HEADS or len(head) == 1:
        return any(tag in STRONG_TAGS or (tag in {"n", "nr", "nrt"} and w not in GENERIC and len(w) > 1)
                   for w, tag, _ in modifier_tokens)  # 经大会: one common character makes no name
    return True


def _bare_head(word: str) -> bool:
    """Whether a word is a class word and nothing more (古城, 社区, 示范区)."""
    found = head_of(word)
    return found is not None and found[0] == word


def _a_kind(tokens: list[Token]) -> bool:
    """Whether a name's tokens make a kind of thing, not a name: a determiner first (所有盟市), or a
    level word before words none of which is a proper noun (县级综合养老服务平台, 三级子公司); jieba's person tag
    is left out of the proof, it lands on common words (养老, 智慧)."""
    return tokens[0][0] in DETERMINERS or tokens[0][0] in LEVEL_WORDS and not any(
        t[1] in PROPER_TAGS and t[0] not in GENERIC for t in tokens[1:])


def _institute_suo(tokens: list[Token], i: int) -> bool:
    """Whether a lone 所 at token i ends an institute's name (中科院金属所、): it is followed by a
    pause or a noun and preceded by a noun, not a particle before a verb (环节所截留, 民之所盼)."""
    if tokens[i][0] == "所" and (i == 0 or tokens[i - 1][1] not in NOUN_TAGS or tokens[i - 1][0] in BOUNDARY_WORDS):
        return False
    if i + 1 == len(tokens):
        return True
    word, tag, _ = tokens[i + 1]
    if head_of(word):
        return False  # 晋宁河泊所遗址: the name goes on to a head of its own
    if i + 2 < len(tokens) and tokens[i + 2][0] == "的":
        return False  # 宪法所规定的: 所 + verb + 的, whatever jieba tags the verb
    return tag == "w" or word in ("和", "与", "及", "等") or tag in NOUN_TAGS and tag != "vn"


def _head_candidates(tokens: list[Token], text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Names built from a head token and the name-like tokens to its left."""
    for i, token in enumerate(tokens):
        word, tag, offset = token
        found = _head_token(token)
        if i > 0:
            joined = head_of(tokens[i - 1][0] + word)
            if joined and len(joined[0]) > len(word) and (not found or len(joined[0]) > len(found[0])):
                found = joined  # a head spread over two tokens: 基地 建设, 示范区 建设
        if not found:
            continue
        head, kind = found
        if kind is EntityType.PLACE and tag in STRONG_TAGS and len(word) >= 2 and word != head \
                and gazetteer.is_place_name(word):
            continue  # 沈河 (数字沈河): an administrative name is a name by itself; the lexicon yields it
        if kind is EntityType.ORGANIZATION and word.endswith(FALSE_ORG_ENDINGS):
            continue  # 格局, 布局: words that end like a body's name
        if (word == "所" or tag == "x" and word.endswith("所")) and not _institute_suo(tokens, i):
            continue  # 被中间环节所截留, 民之所盼: the particle 所 before a verb, not an institute
        j = i
        while j > 0 and i - j < MAX_LEFT_TOKENS and _name_like(tokens[j - 1]) \
                and not (kind is not EntityType.PROJECT and (tokens[j - 1][1] in VERB_TAGS
                                                             or tokens[j - 1][0].endswith(ACTION_WORDS))):
            j -= 1  # places hold no verbs (沈河区获得东三省, 更新改造复康路); programmes do (综合保护利用工程)
        if kind is EntityType.PROJECT and head in PROGRAMME_HEADS and j == i:
            # 企业科技创新能力提升三年行动: a programme is named by what it does to a noun
            k = j
            while k > 0 and j - k < 2 and tokens[k - 1][0] in PROGRAMME_VERBS:
                k -= 1
            if k < j and k > 0 and tokens[k - 1][1] in NOUN_TAGS and _name_like(tokens[k - 1]) \
                    and tokens[k - 1][0] not in GENERIC:
                j = k
                while j > 0 and i - j < MAX_LEFT_TOKENS + 2 and _name_like(tokens[j - 1]):
                    j -= 1
        # a name starts with a noun-like word, not a verb, an adverb or a phrase holding a verb (广泛开展)
        while j < i and (tokens[j][1] not in START_TAGS and not (kind is not EntityType.PLACE
                                                                  and ORDINAL_WORD.match(tokens[j][0]))
                         or tokens[j][0] in BOUNDARY_WORDS or not _name_like(tokens[j])
                         or (tokens[j][1] in {"l", "i"} and _holds_verb(tokens[j][0]))):
            j += 1
        if kind is EntityType.PROJECT and j >= 2 and tokens[j - 1][0] in SCOPE_WORDS and ORDINAL_WORD.match(tokens[j - 2][0]):
            j -= 2  # 第二次全国污染源普查
        if 0 < j < i and ORDINAL_WORD.match(tokens[j][0]) and tokens[j - 1][0] in SCOPE_WORDS:
            j -= 1  # 全国第一次自然灾害综合风险普查: the census is named with its scope
        if j > 0 and tokens[j - 1][0] in DETERMINERS:
            continue  # 各级人民委员会: a determiner before the name makes it a kind
        start, end = tokens[j][2], offset + len(word)
        if i + 1 < len(tokens) and tokens[i + 1][1] == "x" and len(tokens[i + 1][0]) > 1:
            longer = head_of(word + tokens[i + 1][0][0])
            if longer and len(longer[0]) > len(head) and longer[1] is kind:
                end += 1  # 西安都市 圈同城化: jieba's HMM took the head's last character into the next word: A、B<head> where A is itself a place name (满堂河、辉山明渠综合治理)
        if kind is EntityType.PROJECT and head.endswith(WORKS_HEADS) and j >= 2 and j < i \
                and tokens[j - 1][0] == _LIST_ITEM_SEP:
            k = j - 1
            while k > 0 and j - 1 - k < 3 and _name_like(tokens[k - 1]):
                k -= 1
            left = text[tokens[k][2]: tokens[j - 1][2]] if k < j - 1 else ""
            left_head = head_of(left) if left else None
            right = text[tokens[j][2]:end - len(head)]  # what the head works on, after the 、
            right_head = head_of(right) if right else None
            if left_head and left_head[1] is EntityType.PLACE and left not in GENERIC \
                    and right_head and right_head[1] is EntityType.PLACE:
                start = tokens[k][2]
        if start > 0 and text[start] in MEASURE_CHARS and (text[start - 1].isdigit() or text[start - 1] in "一二两三四五六七八九十百千万"):
            start += 1  # 7条特色胡同: the measure word belongs to the number
        name = text[start:end]
        if kind is EntityType.ORGANIZATION and any(name.endswith(b) and name != b for b in BODIES) \
                and not gazetteer.is_place_name(name[: -max(len(b) for b in BODIES if name.endswith(b))]):
            continue  # 严格执行区人大: a verb glued to a body's name
        modifiers = tokens[j:i] if word == head else tokens[j:i + 1]
        if word != head and j == i:
            modifiers = []
        if word in GENERIC_HEAD_TOKENS and not (j < i and tokens[i - 1][1] in STRONG_TAGS
                                                and tokens[i - 1][0] not in GENERIC and not _bare_head(tokens[i - 1][0])):
            continue  # 国家中心城市, 东部地区, 古城地区: a generic head needs a proper noun right before it
        designated = any(t[0].endswith(DESIGNATED) for t in modifiers) or head.startswith(DESIGNATED)
        if kind is EntityType.PROJECT and (head in ACTION_HEADS or head.startswith(DESIGNATED)) and not any(
                t[1] in STRONG_TAGS and t[0] not in GENERIC for t in modifiers) and not (
                designated and modifiers and modifiers[0][0] in ("国家", "国家级", "省级")):
            continue  # 排水管网改造, 市容整治: an activity on a common noun, not a named project
        if word in NEVER_HEADS or word.endswith(FALSE_HEAD_ENDINGS):
            continue
        if word == "地区" and i + 1 < len(tokens) and tokens[i + 1][0].startswith("生产总值"):
            continue  # 人均地区生产总值: 地区生产总值 is the indicator, not a region
        if kind is EntityType.ORGANIZATION and head in INSTITUTION_HEADS and not any(
                (t[1] in STRONG_TAGS or t[1] == "f") and t[0] not in GENERIC for t in modifiers):
            continue  # 公立医院, 中小银行: a kind of institution, unless a proper noun names it
        if kind is EntityType.PLACE and head in DESIGNATION_HEADS and not any(
                t[1] in STRONG_TAGS and t[0] not in GENERIC and t[0] not in MACRO_REGIONS for t in modifiers):
            continue  # 旅游消费集聚区, 国家示范步行街: a designation, unless a proper noun names it
        if not modifiers and word != head and tag not in STRONG_TAGS and not gazetteer.is_place_name(word):
            continue  # 铁路, 海岛, 灌区: a common noun that happens to end in a class head
        if modifiers and not designated and _a_kind(modifiers):
            continue  # 县级综合养老服务平台, 所有盟市: a level or a determiner before common nouns makes a kind
        if _is_name(name, modifiers, head, kind):
            strong = any(t[1] in STRONG_TAGS for t in modifiers) or not modifiers
            yield start, end, kind, 0.75 if strong else 0.6


def _continues_name(tokens: list[Token], i: int) -> bool:
    """Whether the name goes on after token i (五联 商业广场, 盛京 古城): then the token alone is a fragment."""
    if i + 1 >= len(tokens):
        return False
    word, tag, _ = tokens[i + 1]
    found = head_of(word)
    if gazetteer.is_place_name(word):
        return False  # 沈阳市 沈河区: two places, not one name
    return tag in {"n", "ns", "nt", "nz", "nr", "x", "ng"} and bool(_CJK.match(word)) and word not in BOUNDARY_WORDS \
        and found is not None and found[1] is not EntityType.PROJECT


def _place_runs(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """Adjacent proper nouns ending in a place name are one place (盛京 龙城 → 盛京龙城, 高官 台东)."""
    i = 0
    while i < len(tokens):
        word, tag, offset = tokens[i]
        if tag == "ns" and len(word) >= 2 and i > 0 and tokens[i - 1][1] in RUN_TAGS \
                and word not in GENERIC_HEAD_TOKENS and word not in GENERIC \
                and tokens[i - 1][0] not in SLOGAN_MODIFIERS and _name_like(tokens[i - 1]) \
                and _CJK.match(tokens[i - 1][0]) and tokens[i - 1][0] not in BOUNDARY_WORDS \
                and tokens[i - 1][0] not in GENERIC and not _continues_name(tokens, i):
            first = tokens[i - 1]
            follows = tokens[i + 1] if i + 1 < len(tokens) else None
            if follows and follows[1] in {"n", "nz", "vn", "x"} and _CJK.match(follows[0]):
                i += 1
                continue  # 博鳌 亚洲 论坛: the run goes on into a longer name
            if not (gazetteer.is_place_name(first[0]) and gazetteer.is_place_name(word)):
                yield first[2], offset + len(word), EntityType.PLACE, 0.7
        i += 1


def _lexicon_candidates(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    for i, (word, tag, offset) in enumerate(tokens):
        end = offset + len(word)
        if word in BOUNDARY_WORDS:
            continue
        if word in BODIES or word in RELATIVE_BODIES:
            yield offset, end, EntityType.ORGANIZATION, 0.9
        elif len(word) >= 2 and word not in GENERIC and not _continues_name(tokens, i) \
                and (word in MACRO_REGIONS or tag == "ns" and gazetteer.is_place_name(word)):
            yield offset, end, EntityType.PLACE, 0.8
        elif tag == "nt" and len(word) >= 3 and word not in GENERIC and head_of(word) \
                and head_of(word)[1] is EntityType.ORGANIZATION and not word.endswith(FALSE_ORG_ENDINGS) \
                and not (len(word) <= 4 and word.endswith(tuple(INSTITUTION_HEADS) + ("中小学",))):  # 理工大学, 上市公司
            yield offset, end, EntityType.ORGANIZATION, 0.75
        elif gazetteer.is_place_name(word) and tag in STRONG_TAGS and len(word) >= 2 and word not in GENERIC \
                and not _continues_name(tokens, i):
            yield offset, end, EntityType.PLACE, 0.85
        elif (tag in {"nr", "nrfg", "nrt"} or tag == "x" and word[0] in SURNAMES) and 2 <= len(word) <= 4 \
                and _before_title(tokens, i):
            yield offset, end, EntityType.PERSON, 0.85


def _before_title(tokens: list[Token], i: int) -> bool:
    """Whether token i is followed by a person's title (同志, 书记, 省长 …), directly or after 等.
    Lists of names are :func:`_person_lists`'s."""
    k = i + 1
    if k < len(tokens) and tokens[k][0] == "等":
        k += 1
    return k < len(tokens) and tokens[k][0].startswith(PERSON_TITLES)


def _person_lists(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """The names listed before a person's title (李双良、张鸣岐、曾蛟等同志), each one token or cut in two by jieba."""
    items: list[tuple[int, int]] = []
    k = 0
    while k < len(tokens):
        word, tag, offset = tokens[k]
        if word[:1] in SURNAMES and (k == 0 or tokens[k - 1][0] == _LIST_ITEM_SEP or tokens[k - 1][1] not in NOUN_TAGS):
            n, chars = k, 0
            while n < len(tokens) and _CJK.match(tokens[n][0]) and tokens[n][0] != "等" \
                    and not tokens[n][0].startswith(PERSON_TITLES) and chars + len(tokens[n][0]) <= 4:
                chars += len(tokens[n][0])
                n += 1
            if 2 <= chars <= 4 and n < len(tokens):
                name = "".join(t[0] for t in tokens[k:n])
                cut = 1 if chars == 4 and name[0] in "向和与对给跟同" and name[1] in SURNAMES else 0
                items.append((offset + cut, offset + chars))  # 向谷文昌: a preposition before 谷文昌
                follows = tokens[n][0]
                if follows == _LIST_ITEM_SEP:
                    k = n + 1
                    continue
                if follows == "等" and n + 1 < len(tokens):
                    follows = tokens[n + 1][0]
                if follows.startswith(PERSON_TITLES) and len(items) > 1:
                    for start, end in items:
                        yield start, end, EntityType.PERSON, 0.8
        items = []
        k += 1


def _quoted_candidates(text: str, tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """“X”<head>: a quoted name followed by a programme head (“万人进万企”主题活动, “两环十横十纵”街路更新),
    and quoted items listed before 等 (“盛京传奇”“晟京坊”等20个文旅项目)."""
    starts = {offset: k for k, (_, _, offset) in enumerate(tokens)}
    for match in _QUOTED_NAME.finditer(text):
        k = starts.get(match.end())
        if k is None or not re.search(r"[\u4e00-\u9fff]", match[1]):
            continue  # “1361”, “1+4+N”: a code, not a name
        joined = ""
        for word, _, _ in tokens[k:k + 3]:
            if not _CJK.match(word) or word in BOUNDARY_WORDS:
                break
            joined += word
            found = head_of(joined)
            slogan = match[1][0] in "一二两三四五六七八九十百千万"  # “四分类”示范小区, “一网协同”示范区
            if found and len(found[0]) >= 2 and (found[1] is EntityType.PROJECT
                                                 or found[1] is EntityType.PLACE and not slogan):
                yield match.start(), match.end() + len(joined), found[1], 0.8  # “长安肆”文化市集
                break
    for match in _QUOTED_WHOLE.finditer(text):  # “百县千镇万村高质量发展工程”: the quote names a programme itself
        found = head_of(match[1])
        if found and found[1] is EntityType.PROJECT and len(found[0]) >= 2 and found[0] not in ACTION_HEADS:
            yield match.start(1), match.end(1), EntityType.PROJECT, 0.8
    for match in _QUOTED_LIST.finditer(text):
        noun = match["noun"]
        kind = next((found[1] for n in range(2, len(noun) + 1) if (found := head_of(noun[:n]) or LIST_CLASSES.get(noun[n - 2:n]))
                     and len(found[0]) >= 2 and not found[0].endswith(ACTION_HEADS)), None)
        if kind is None:
            continue  # “一窗式”“两集中”等改革: slogans, unless the list names a class of things
        for item in re.finditer(r"[“《]([^”》“《]{2,20})[”》]", match["items"]):
            own = head_of(item[1])
            item_kind = own[1] if own and own[1] is not EntityType.PROJECT and item[1] != own[0] else kind
            yield match.start("items") + item.start(1), match.start("items") + item.end(1), item_kind, 0.75


_TITLED = re.compile(r"《(?P<name>[^《》]{4,40}?(?:规划|方案|计划|纲要|设计|任务|工程|行动)(?:[(（][^()（）]{1,12}[)）])?)》")


def _titled_candidates(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """A plan or programme named by its title in 《》 (《盛京古城综合保护利用工作任务(88+N)》)."""
    for match in _TITLED.finditer(text):
        yield match.start("name"), match.end("name"), EntityType.PROJECT, 0.8


def _list_candidates(text: str, tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """Items named before 等N个<noun> are things of the noun's class (高官台东等18个重点征收地块).

    An item's own head decides its class when it has one (富丽华大厦等10个项目 → Place);
    otherwise the listed noun does. Items must look like names: quoted, or holding
    a proper noun or a class head.
    """
    for k, (word, _, offset) in enumerate(tokens):
        if word != "等" or k + 1 >= len(tokens):
            continue
        counted = tokens[k + 1][1] == "m"  # 等18个重点征收地块, or 等项目 with no number
        list_head = None  # the class of the counted noun: its first head word that is not an action
        for w, t, _ in tokens[k + (3 if counted else 1):k + 9]:
            if not _CJK.match(w):
                break
            found = head_of(w) or LIST_CLASSES.get(w)
            if found and w not in GENERIC_HEAD_TOKENS and (len(found[0]) > 1 or w == found[0]) \
                    and not found[0].endswith(ACTION_HEADS):
                list_head = found
                break
        j = k
        while j > 0 and k - j < MAX_LEFT_TOKENS + 4 and (_name_like(tokens[j - 1]) or not tokens[j - 1][0].strip("“”、《》")):
            j -= 1
        while j < k and (tokens[j][1] not in START_TAGS or tokens[j][1] in {"vn", "v"}
                         or tokens[j][0].endswith(ACTION_WORDS)) and tokens[j][0] not in "“《":
            j += 1  # items start with a noun: 攻坚高官台东 → 高官台东
        if j >= k:
            continue
        segment_start = tokens[j][2]
        for item in re.finditer(r"[“《]?[^、“”《》]+[”》]?", text[segment_start:offset]):
            name = item[0].strip()
            quoted = name[:1] in "“《"
            name = name.strip("“”《》")
            if len(name) < 2 or name in GENERIC:
                continue
            item_start = segment_start + item.start() + (1 if quoted else 0)
            own = head_of(name)
            item_tokens = [t for t in tokens[j:k] if item_start <= t[2] < item_start + len(name)]
            looks_named = quoted or own or any(t[1] in STRONG_TAGS and t[0] not in GENERIC for t in item_tokens)
            if not quoted and item_tokens and (_a_kind(item_tokens) or len(item_tokens) == 1 and (
                    item_tokens[0][1] not in STRONG_TAGS and not gazetteer.is_place_name(name))
                    or all(t[0] in GENERIC or len(t[0]) > 1 and _bare_head(t[0]) for t in item_tokens)):
                continue  # 二级子公司、三级子公司等: kinds listed, not names
            kind = own[1] if own and name != own[0] else (list_head[1] if list_head else None)
            if not own and not quoted and list_head and list_head[0] in LIST_CLASSES and not any(
                    t[1] in STRONG_TAGS - {"j"} and t[0] not in GENERIC for t in item_tokens):
                continue  # 民航、专债等项目: under a bare 项目 an abbreviation alone names no project
            if kind and looks_named:
                yield item_start, item_start + len(name), kind, 0.7


_SESSION = re.compile(r"(?P<unit>[\u4e00-\u9fff]{0,8}?(?:自治区|区|市|省|县))?(?P<session>第?[一二三四五六七八九十]{1,3}届)"
                      r"(?:人大|人民代表大会|政协)(?!代表|委员)")
_CENSUS = re.compile(r"[“\"]?[一二三四五六七八九十]{1,2}[”\"]?(?:经普|人普|农普|污普)")


def _bare_heads(tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """A class word on its own (古城, 步行街): kept only if it stands for one longer name of the report."""
    for i, (word, tag, offset) in enumerate(tokens):
        found = head_of(word)
        if found and found[0] == word and len(word) >= 2 and found[1] is EntityType.PLACE \
                and (i == 0 or tokens[i - 1][1] not in NOUN_TAGS) \
                and word not in GENERIC_HEAD_TOKENS:  # 地区, 城市, 社区 alone stand for no one name
            yield offset, offset + len(word), found[1], 0.5


def _census_candidates(text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Censuses named by number: 四经普 (the 4th economic census), 七人普."""
    for match in _CENSUS.finditer(text):
        yield match.start(), match.end(), EntityType.PROJECT, 0.85
    for match in _SESSION.finditer(text):  # 区十八届人大: the congress, named by its session
        unit = match["unit"] or ""
        start = match.start("unit") if unit else match.start("session")
        if len(unit) > 1:  # keep the longest tail that is a place name (日在和平区 → 和平区), else the unit word
            tail = next((i for i in range(len(unit) - 1) if gazetteer.is_place_name(unit[i:])), None)
            start += tail if tail is not None else len(unit) - 1
        yield start, match.end(), EntityType.ORGANIZATION, 0.8


# Prepositions that end what comes before them: a name starts after them (店向西中街 → 西中街).
GLUE_PREPOSITIONS = "向在从往至于"


def _trim_glued(start: int, end: int, unknown: dict[int, str]) -> int:
    """Where a name starts once characters jieba's HMM glued onto it are cut off.

    An unknown word (tag x) inside the name may hold a preposition that ends
    what comes before it (品牌店向西 中街 → 西中街).
    """
    for offset, word in sorted(unknown.items(), reverse=True):
        if offset + len(word) <= start or offset >= end - 1:
            continue
        cut = next((k for k in range(len(word) - 2, max(0, start - offset), -1) if word[k] in GLUE_PREPOSITIONS), None)
        if cut is not None:
            return offset + cut + 1
    return start


_QUOTE = re.compile(r"“([^“”]{4,30})”")


def _quoted_sayings(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans of quoted phrases that hold a verb or an adverb: sayings and slogans (“绿水青山就是金山银山”)."""
    out = []
    for match in _QUOTE.finditer(text):
        if any(match.start(1) <= offset < match.end(1) and tag[:1] in ("v", "d") for _, tag, offset in tokens):
            out.append((match.start(1), match.end(1)))
    return out


def _slogan_of_region(name: str) -> bool:
    """Whether a name is a word put before a province's or city's name (碳汇云南, 戏聚天津, 美丽湖北).

    >>> _slogan_of_region("碳汇云南"), _slogan_of_region("盛京龙城"), _slogan_of_region("辽宁沈阳")
    (True, False, False)
    """
    for cut in range(2, len(name) - 1):
        prefix, rest = name[:cut], name[cut:]
        region = gazetteer.lookup(rest)
        if region is not None and region.level in (Level.PROVINCE, Level.CITY) and not gazetteer.lookup(prefix):
            return True
    return False


def find_mentions(report: Report, sentences: list[Sentence], tokens: list[list[Token]]) -> list[Mention]:
    """All entity mentions in the report, one per (span, class), in text order."""
    seen: dict[tuple[int, int], Mention] = {}
    for sentence, toks in zip(sentences, tokens):
        candidates = [
            *_lexicon_candidates(toks),
            *_head_candidates(toks, sentence.text),
            *_titled_candidates(sentence.text),
            *_quoted_candidates(sentence.text, toks),
            *_place_runs(toks),
            *_census_candidates(sentence.text),
            *_bare_heads(toks),
            *_list_candidates(sentence.text, toks),
            *_person_lists(toks),
        ]
        unknown = {offset: word for word, tag, offset in toks if tag == "x" and len(word) >= 2}
        candidates = [(_trim_glued(start, end, unknown), end, kind, confidence)
                      for start, end, kind, confidence in candidates]
        sayings = _quoted_sayings(sentence.text, toks)
        place_spans = sorted((start, end) for start, end, kind, _ in candidates if kind is EntityType.PLACE)
        person_spans = [(start, end) for start, end, kind, _ in candidates if kind is EntityType.PERSON]
        project_ends, project_starts = {}, {}
        for start, end, kind, _ in candidates:
            if kind is EntityType.PROJECT:
                project_ends[start] = max(project_ends.get(start, 0), end)
                project_starts[end] = min(project_starts.get(end, start), start)
        for start, end, kind, confidence in candidates:
            if end - start < 2:
                continue
            if kind is EntityType.PLACE and any(a <= start and end <= b and (a, b) != (start, end)
                                                for a, b in place_spans):
                continue  # 东湖 in 东湖公园, 龙城 in 盛京龙城: part of a longer place name
            bare = bool(head_of(sentence.text[start:end])) and head_of(sentence.text[start:end])[0] == sentence.text[start:end] \
                and sentence.text[start:end] not in BODIES
            if kind is not EntityType.PERSON and any(a <= start and end <= b for a, b in person_spans):
                continue  # 文昌 in 谷文昌: part of a person's name
            if kind is EntityType.PLACE and any(a <= start and end <= b for a, b in sayings):
                continue  # 金山 in “绿水青山就是金山银山”: a place word inside a saying names no place
            if kind is EntityType.PLACE and NUMBERED_SLOGAN.match(sentence.text, start, end):
                continue  # 百县千镇万村, 千村示范: a numbered slogan, not a place
            if PARALLEL_SLOGAN.match(sentence.text[start:end]) and sentence.text[start:end] not in BODIES:
                continue  # 宜业宜居, 大院大所大企大平台: a parallel slogan, not a name
            if kind is EntityType.PLACE and _slogan_of_region(sentence.text[start:end]):
                continue  # 碳汇云南, 戏聚天津: a slogan ending in a province's or city's name
            if kind is EntityType.PROJECT and project_ends.get(start, 0) > end:
                continue  # 安全生产专项整治 in 安全生产专项整治三年行动: the start of a longer programme name
            if kind is EntityType.PROJECT and project_starts.get(end, start) < start:
                continue  # 协同招商平台 in “选择山东”协同招商平台: the end of a longer programme name
            if (COUNTED_BEFORE.search(sentence.text, 0, start) or COUNTED_AFTER.match(sentence.text, end)) \
                    and sentence.text[start:start + 1] not in "“《" and not gazetteer.is_place_name(sentence.text[start:end]):
                continue  # 建成43处居家养老服务中心, 建成…服务中心520个: a counted kind of thing, not a name
            surface = sentence.text[start:end]
            key = (sentence.start + start, sentence.start + end)
            if key in seen:
                continue
            seen[key] = Mention(
                start=key[0], end=key[1], text=surface, type=kind, sentence=sentence.index,
                name=surface, confidence=confidence, bare=bare,
            )
    if report.speaker:
        pos = report.text.find(report.speaker)
        if pos >= 0:
            seen.setdefault((pos, pos + len(report.speaker)), Mention(
                pos, pos + len(report.speaker), report.speaker, EntityType.PERSON, -1, report.speaker, 0.95))
    return sorted(seen.values(), key=lambda m: (m.start, m.end, m.type))
