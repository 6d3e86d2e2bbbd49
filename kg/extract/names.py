"""What the words of a name are: class heads, name-like tokens, kinds, and the word lists the finders share."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import gazetteer
from kg.lexicon import BOUNDARY_WORDS, DURATION_ACTIONS, FALSE_HEAD_ENDINGS, GENERIC, GOVERNING_WORDS, HEADS, MACRO_REGIONS, WEAK_HEADS
from kg.nlp import pos_table
from kg.records import EntityType

Token = tuple[str, str, int]  # word, jieba tag, offset in the sentence

# head word → class; when two classes share a head the first listed wins, as before
HEAD_CLASSES: dict[str, EntityType] = {}
for _kind, _heads in HEADS.items():
    for _head in _heads:
        HEAD_CLASSES.setdefault(_head, _kind)
HEAD_LENGTHS = sorted({len(h) for h in HEAD_CLASSES}, reverse=True)
CJK = re.compile(r"^[\u4e00-\u9fff0-9A-Za-z·]+$")
HAN = re.compile(r"[\u4e00-\u9fff]+")  # Chinese characters only, no digits or letters
LIST_ITEM_SEP = "、"
# A number and measure word right after a name counts things of that kind (建成综合养老服务中心520个).
_COUNTING = "[个处家条所座栋名批类项间张部支台套]"  # measure words that count things of a kind
COUNTED_AFTER = re.compile(r"(?:[0-9]+(?:\.[0-9]+)?|[两三四五六七八九十百千]+)(?:多|余)?" + _COUNTING)
# Words that make a kind out of what follows (省级…平台, 各类…中心, 部分…学校): with no proper noun after them, no name.
LEVEL_WORDS = ("高能级", "省级", "市级", "县级", "区级", "乡级", "村级", "乡镇", "国家级", "一级", "二级", "三级", "地方", "境内",
               "高水平", "大型", "中型", "小型", "大中型", "中小型", "微型", "城际", "省际", "市际", "县际",
               "国内", "国外", "国内外", "海内外", "省内外", "境内外", "境外", "省外", "市外")
# Words that make a kind or a set of what follows, whatever follows (所有盟市, 部分优质普通高中学校, 这个工程).
DETERMINERS = ("各类", "各级", "各个", "部分", "所有", "整个", "这个", "這個", "该", "过去", "现有", "一些", "有关",
               "一批", "一大批", "一系列", "系列", "若干", "多个", "同级", "本级", "上级", "下级", "全部", "全体", "每个",
               "其他", "其它", "更多", "众多", "诸多", "大批")
COUNTED_BEFORE = re.compile(r"(?:[0-9]|[0-9][万亿]|[两三四五六七八九十百千])(?:多|余)?" + _COUNTING + "(?:以上|左右)?"
                            r"(?:(?:国家|省|市|县|区)级(?:及|以上|及以上)?)?$")  # 5处省级以上考古遗址公园
# A list whose first item is set by a determiner (建设一批工业设计中心、检验检测中心和供应链服务平台) or counted
# (新增3个国家级平台、…): every item is a kind, up to the item ending here. A count may cover only the item
# after it (四个沿海港口城市和海南岛), so after a count the items are joined by 、 only; quoted items are names.
_ITEMS = r"[^,;:。、“”《》]{2,20}(?:、[^,;:。、“”《》]{2,20})*"
_COUNT_AFTER = "|".join(f"(?<={verb})" for verb in "建设 建成 新建 新增 培育 打造 创建 认定 组建 布局 实施 推进 开工 完成 "
                        "形成 引进 设立 获批 新设 拥有 共有 达到".split())
COUNTED_LIST = re.compile(r"(?:一批|一大批|一系列|各类|若干)" + _ITEMS + r"(?:、|和|及|以及|与)$"
                          r"|(?:^|(?<=[,;:。])|" + _COUNT_AFTER + r")(?:[0-9]+|[两三四五六七八九十百]+)"
                          r"(?:多|余)?" + _COUNTING + r"[^,;:。、“”《》和及与]{2,20}(?:、[^,;:。、“”《》和及与]{2,20})*、$")
# Building or creating a nationally designated thing is a named undertaking (国家文化出口基地建设, 国家5A级景区创建).
DESIGNATED = ("景区", "基地", "示范区", "试验区", "先行区", "示范城市", "园区")
ACTION_HEADS = ("改造", "提升", "更新", "治理", "整治", "建设", "创建", "规划", "计划", "方案", "活动", "赛事")
# Actions that never sit inside a place's or an organisation's name.
ACTION_WORDS = ("改造", "提升", "更新", "整治", "治理", "建设", "开工", "新建", "改建", "扩建", "推进", "实施", "打造")
# Class words that type the items of a list (…等20个文旅项目) though they head no name of their own.
LIST_CLASSES = {"项目": ("项目", EntityType.PROJECT), "企业": ("企业", EntityType.ORGANIZATION),
                "机构": ("机构", EntityType.ORGANIZATION), "院所": ("院所", EntityType.ORGANIZATION),
                "高校": ("高校", EntityType.ORGANIZATION), "站点": ("站点", EntityType.PLACE), "车站": ("车站", EntityType.PLACE),
                **{firms: (firms, EntityType.ORGANIZATION) for firms in "外企 央企 国企 民企 车企 药企 房企 险企 链主".split()}}
SCOPE_WORDS = ("全国", "全省", "全市", "全区")
GRADE = re.compile(r"[0-9]+[A-Z]+|级")
ORDINAL_WORD = re.compile(r"^(?:第(?:[一二三四五六七八九十]+|[0-9]+)[次届批轮]|首届)$")
# Words that say which round of a programme is meant (新一轮农村电网改造): not part of the programme's name.
ROUND_WORDS = frozenset({"新一轮", "新一批", "首批", "下一步"})
ADVERB_PREFIXES = ("大力", "广泛", "积极", "全面", "深入", "持续", "加快", "着力", "扎实", "切实", "进一步", "新创", "新建", "新开工",
                   "在思想", "努力", "不断", "充分", "主动", "坚决")
# A power line's or a substation's voltage, which opens the name of power works (110千伏坪地输变电工程).
VOLTAGE = r"[0-9]+(?:千伏|kV|KV|kv)"
# The characters of a number written in words (三大, 两个, 百千万).
NUMERAL_CHARS = "一二两三四五六七八九十百千万"
NUMBERED_SLOGAN = re.compile(rf"[{NUMERAL_CHARS}][^{NUMERAL_CHARS}]{{0,2}}[{NUMERAL_CHARS}]")
# 宜业宜居, 大江大河 (the whole name), 大院大所大企大平台 (three or more parallel pairs first)
PARALLEL_SLOGAN = re.compile(r"([\u4e00-\u9fff])[\u4e00-\u9fff]\1[\u4e00-\u9fff]$|([\u4e00-\u9fff])[\u4e00-\u9fff](?:\2[\u4e00-\u9fff]){2,}")
COUNT_WORD = re.compile(r"^[一二两三四五六七八九十百千]+[大个项类]$")
# Words that order or date what follows and never open a name: 四是, 六月, 3月份, 上半年.
ENUMERATOR_OR_DATE = re.compile(r"^(?:[一二三四五六七八九十]是|(?:[0-9]+|[一二三四五六七八九十]+)月份?|[上下]半年|年[初中底末前后])$")
# Verbs that launch a programme (实施, 开展): what follows them may start with the programme's own verb.
LAUNCH_VERBS = frozenset("实施 开展 启动 深化 组织 落实 推进 推动 打好 打赢".split())
# Heads of events, which a national scope word names with them (全国少数民族传统体育运动会).
EVENT_HEADS = ("运动会", "博览会", "交易会", "大赛", "赛事", "展会", "论坛", "联赛", "锦标赛", "大奖赛")
# Verbs that hold an event; after one, the event's name may start with a verb (召开开放发展大会).
HOLD_VERBS = frozenset("举办 召开 承办 主办 举行 办好".split())
HELD_HEADS = EVENT_HEADS + ("大会", "峰会", "博览会", "文化节", "艺术节", "旅游节", "电影节", "音乐节", "戏剧节", "美食节",
                            "购物节", "电视节", "读书节", "冰雪节", "啤酒节", "对话会", "洽谈会", "推介会", "对接会",
                            "研讨会", "恳谈会", "高端对话", "晚会", "联欢会")
# Verbs an organisation's name may hold (武汉科技创新中心, 国投生物制造创新研究院); other verbs end it on the left.
BODY_VERBS = frozenset("创新 制造 研发 交易 检测 监测 孵化 转化 培训 设计 应用 评价 认证 交流 合作 育种 救援 联合".split())
# Generic heads that name one facility once a place's name opens the name (武汉科技创新中心, 长江中游技术创新中心).
FACILITY_HEADS = frozenset("中心 基地 园区 广场 大厦 综合体 景区".split())
# Programme heads a verb can come right before (…能力提升三年行动, …加工业培育壮大行动), and those verbs.
# Heads of plans, named by what they further (…发展规划) and by a national scope word (全国农业发展纲要); a
# plan of a programme (“八五”普法规划) leaves the programme the name.
PLAN_HEADS = frozenset({"规划", "纲要", "规划纲要"})
PLAN_OF_PROGRAMME = frozenset({"普法", "普查"})
PROGRAMME_HEADS = frozenset({"行动", *DURATION_ACTIONS, "行动计划", "行动方案", "专项行动", "攻坚行动", "工程", "计划", "专项斗争", *PLAN_HEADS})
PROGRAMME_VERBS = frozenset("提升 深化 培育 壮大 攻坚 振兴 提质 增效 发展 建设 创新 改革 推广 保护 修复 提高 优化 强化 "
                            "示范 引领 促进 培优 扩容 赋能 倍增 升级 突破 融合 集聚 改善 提振 护航 焕新 强基 "
                            "达标 支持 改造 培训 防控 增产 攻关 加固 创作 传承 研发 扩面 配置 防治 增收 扩能 构建 改进 扩优".split())
PROGRAMME_ADVERBS = frozenset("持续 全面 深度".split())
# Study campaigns are named by what they study, with the verbs of study (学习贯彻习近平新时代中国特色社会主义思想主题教育,
# 深入贯彻中央八项规定精神学习教育); the verb that launches or extends one (开展, 巩固拓展) stays outside.
STUDY_HEADS = frozenset({"学习教育", "主题教育"})
STUDY_VERBS = frozenset("学习 贯彻 学习贯彻 深入贯彻 深入学习".split())
# Verbs that say what a designated zone is for (承接产业转移集聚区, 长三角生态绿色一体化发展示范区): inside its name.
ZONE_VERBS = frozenset("发展 创新 自主 转移 承接 融合 合作 转型 协同 集聚 开放 开发 改革 振兴".split())
# Works done to a thing (改造, 整治): with a common noun before them they describe, not name (排水管网改造工程).
WORKS_WORDS = ("改造", "整治", "治理", "改建", "扩建", "新建")
WORKS_HEADS = ("治理", "整治", "改造", "工程", "更新", "提升")
MAX_NAME_CHARS = 24
MAX_LEFT_TOKENS = 6
RUN_TAGS = {"ns", "nr", "nz", "x", "nrt"}
NOUN_TAGS = {"n", "ns", "nr", "nz", "nt", "x", "j", "vn", "ng", "nrt"}
VERB_TAGS = {"v", "vd", "vg", "d", "p", "c"}
STRONG_TAGS = {"ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "x", "eng"}
PROPER_TAGS = STRONG_TAGS - {"nr", "nrt", "nrfg"}


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
    for length in HEAD_LENGTHS:  # longest first: a few dict look-ups instead of a scan of every head
        kind = HEAD_CLASSES.get(word[-length:]) if len(word) >= length else None
        if kind is not None:
            if length == 1 and word[-2:] in _FALSE_ENDINGS:
                return None  # 集成电路, 上市, 春节: ordinary words ending like a one-character head
            return word[-length:], kind
    return None


_FALSE_ENDINGS = frozenset(e for e in FALSE_HEAD_ENDINGS if len(e) == 2)


START_TAGS = {"vn", "n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "x", "eng", "f", "t", "b", "an", "ng", "g", "s", "l"}


# Where a time or a span ends (改革开放以来|自治区, 五年间|对外承包工程): nothing before it names what follows.
_SINCE_WORDS = frozenset("以来 以后 以前 之前 之后 期间 以往 间 之间".split())


def name_like(token: Token) -> bool:
    word, tag, _ = token
    if ORDINAL_WORD.match(word):
        return True  # 全国第一次自然灾害综合风险普查
    if GRADE.fullmatch(word):
        return True  # 国家5A级景区: a grade is part of the name
    if superlative(token):
        return False  # 亚洲最大专业货运机场: a superlative describes, it does not name
    if COUNT_WORD.match(word) or ENUMERATOR_OR_DATE.match(word):
        return False  # 十大工程, 三大攻坚战: a count, not a name; 四是, 六月
    if len(word) >= 3 and word.startswith(ADVERB_PREFIXES):
        return False  # 大力发展, 广泛开展, 新创建: an adverb and its verb, whatever jieba tags them
    if word in BOUNDARY_WORDS or word in ROUND_WORDS or word in _SINCE_WORDS or not CJK.match(word):
        return False  # 改革开放以来|自治区: what comes before a time's edge names nothing after it
    if tag == "x" and len(word) == 2 and word[1] == "等":
        return False  # 斧头|湖等|湖泊治理: a list's 等 that jieba's HMM glued to a name's last character
    if len(word) == 2 and word[0] == word[1] and tag not in ("nr", "ns"):
        return False  # 清清, 绿绿: a reduplicated describing word, not part of a name
    if word[0].isdigit() and not re.fullmatch(r"[0-9]+[A-Za-z]+", word) or tag in {"m", "q", "mq", "w", "u", "p", "c", "r", "d", "uj", "ul", "ug", "uz", "y", "e", "o"}:
        return False
    return True


def verb_phrase(token: Token) -> bool:
    """Whether a token is an adverb or a verb and a verb that jieba took for one word (严格执行, 建立健全,
    继续加强): no name starts with one, though a programme's name may hold one (民营经济发展壮大行动)."""
    word, tag, _ = token
    return len(word) >= 4 and (word[:2] in BOUNDARY_WORDS or word[:2] in GOVERNING_WORDS) \
        and tag not in PROPER_TAGS - {"x"} and verb_word(word[2:])


def verb_word(word: str) -> bool:
    """Whether jieba's dictionary knows a word as a verb or an adjective (执行, 加强, 健全; not 质量, 项目)."""
    tag = pos_table().get(word, "")
    return tag[:1] == "v" and tag != "vn" or tag == "a"


def programme_name(kind: EntityType, head: str) -> bool:
    """Whether a name with this head may start with a verb: programmes are named by what they do."""
    return kind is EntityType.PROJECT and (head in PROGRAMME_HEADS or head.endswith(("工程", "行动", "计划")))


def superlative(token: Token) -> bool:
    """Whether a token is a superlative (最大, 最长, 唯一): what follows it describes a thing rather than names it."""
    word, tag, _ = token
    return len(word) == 2 and word[0] == "最" and tag in ("a", "d", "ad", "m") or word == "唯一"


def holds_verb(word: str) -> bool:
    """Whether a set phrase holds a governing verb (广泛开展, 建立健全)."""
    return any(word[k:k + 2] in BOUNDARY_WORDS for k in range(len(word) - 1))


def head_token(token: Token) -> tuple[str, EntityType] | None:
    """The class head a token carries: a whole head word, or a proper noun ending in a head."""
    word, tag, _ = token
    found = head_of(word)
    if not found:
        return None
    head, kind = found
    if head == word and len(word) == 1 and tag == "f":
        return None  # 社会里, 事务里: 里 as "inside", not a lane
    if head == word or len(head) >= 2:
        return found
    if head == "部" and len(word) == 3 and word.endswith("业部") or department_word(word):
        return found  # 煤炭|工业部, 纺织|工业部: a ministry of an industry; 公安厅, 物价局: a department
    # a one-character head inside a longer token (布局, 全部, 城市) counts only for proper nouns, and for a street
    # or a road named after a place (未央路, 中山路)
    if kind is not EntityType.PLACE and gazetteer.is_place_name(word):
        return None  # 毕节, 南节: a place whose name ends as a festival's does
    return found if tag in STRONG_TAGS or street_of_place(word, head) else None


def street_of_place(word: str, head: str) -> bool:
    """Whether one word is a street or a road named after a place (未央路, 中山路), whatever jieba tags it."""
    return head in ("路", "街") and len(word) >= 3 and word.endswith(head) and gazetteer.is_place_name(word[:-1])


def department_word(word: str) -> bool:
    """Whether one word is a government department by its field and its head (公安厅, 教育厅, 物价局): the
    field is a noun of its own, as 经济布局's 经济布 or 开好局's verb 开好 is not."""
    return len(word) == 3 and word[-1] in "厅局" and pos_table().get(word[:-1]) in ("n", "vn", "j")


_NAMED_FOR_WORKS = ("行动", "工程", "行动计划", "行动方案")
_DURATION = re.compile(r"[一二两三四五六七八九十0-9]+年")
_EDITION_PREFIX = re.compile(ORDINAL_WORD.pattern.removesuffix("$"))  # 第六轮 opening a longer word


def is_name(name: str, modifier_tokens: list[Token], head: str, kind: EntityType) -> bool:
    if len(name) < 2 or len(name) > MAX_NAME_CHARS or name in GENERIC:
        return False
    core = name[: len(name) - len(head)]
    edition_free = _EDITION_PREFIX.sub("", core)
    if not core or not edition_free or core in BOUNDARY_WORDS or _DURATION.fullmatch(edition_free):
        return False  # …, (第六轮)三年行动计划: how long a programme runs, or its edition, does not name it
    if core in GENERIC and not (head in _NAMED_FOR_WORKS and len(core) >= 4 and core.endswith(ACTION_HEADS)):
        return False  # 城市行动; but 城市更新行动 is a programme named for the works it does
    if not modifier_tokens:
        return True  # a proper noun that carries its own head (慈恩寺, 中街, 东北地区)
    if head in WEAK_HEADS or len(head) == 1:
        return any(tag in STRONG_TAGS or (tag in {"n", "nr", "nrt"} or tag == "l" and kind is EntityType.PROJECT
                                          and not holds_verb(w))
                   and w not in GENERIC and len(w) > 1
                   for w, tag, _ in modifier_tokens)  # 经大会: one common character makes no name; a set phrase
        # of nouns does (基础教育|扩优提质行动)
    return True


# jieba's dictionary tags of words that describe rather than name: locality, quality, common nouns and verbs
COMMON_TAGS = frozenset({"f", "a", "ad", "an", "b", "d", "n", "s", "v", "vn"})


def common_word(word: str) -> bool:
    """Whether jieba's dictionary knows a word as a common one and it names no place (周边, 沿海; not 东北, 成渝).

    >>> common_word("周边"), common_word("东北"), common_word("京津冀"), common_word("沈河")
    (True, False, False, False)
    """
    return pos_table().get(word) in COMMON_TAGS and word not in MACRO_REGIONS and not gazetteer.is_place_name(word)


def place_word(token: Token) -> bool:
    """Whether a token is a place's name: one the gazetteer knows, a macro region, or a word jieba tags ns."""
    word, tag, _ = token
    return word not in GENERIC and (tag == "ns" or word in MACRO_REGIONS or gazetteer.is_place_name(word))


def head_kind(word: str) -> EntityType | None:
    """The class of the head a word ends with, if any (工程 → Project, 水库 → Place)."""
    found = head_of(word)
    return found[1] if found else None


def bare_head(word: str) -> bool:
    """Whether a word is a class word and nothing more (古城, 社区, 示范区)."""
    found = head_of(word)
    return found is not None and found[0] == word


def a_kind(tokens: list[Token]) -> bool:
    """Whether a name's tokens make a kind of thing, not a name: a determiner first (所有盟市), or a
    level or size word among words none of which is a proper noun (县级综合养老服务平台, 三级子公司, 重点小型水库); jieba's person tag
    is left out of the proof, it lands on common words (养老, 智慧)."""
    return tokens[0][0] in DETERMINERS or any(t[0] in LEVEL_WORDS for t in tokens) and not any(
        t[1] in PROPER_TAGS and t[0] not in GENERIC and t[0] not in LEVEL_WORDS for t in tokens)


def institute_suo(tokens: list[Token], i: int) -> bool:
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


def continues_name(tokens: list[Token], i: int) -> bool:
    """Whether the name goes on after token i (五联 商业广场, 盛京 古城): then the token alone is a fragment."""
    if i + 1 >= len(tokens):
        return False
    word, tag, _ = tokens[i + 1]
    found = head_token(tokens[i + 1])  # not 政局 (台湾政局), 布局: a one-character head inside a common word
    if gazetteer.is_place_name(word):
        return False  # 沈阳市 沈河区: two places, not one name
    return tag in {"n", "ns", "nt", "nz", "nr", "x", "ng"} and bool(CJK.match(word)) and word not in BOUNDARY_WORDS \
        and found is not None and found[1] is not EntityType.PROJECT
