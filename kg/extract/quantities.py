"""Find figures: value with 万/亿 multiplied out, unit, comparator, indicator, period and kind."""
from __future__ import annotations

import re
from decimal import Decimal
from dataclasses import dataclass, replace
from functools import lru_cache

from kg.lexicon import UNITS
from kg.numbers import NUMBER_PATTERN, is_standalone_chinese_number, parse_number
from kg.periods import Period, PeriodCue, find_period_cues
from kg.records import Comparator, Kind, Quantity, Report, Sentence

CLAUSE_BREAK = re.compile(r"[,;，；。!?！？]|(?<![0-9])[:：]|[:：](?! ?[0-9])")  # not the colon of a ratio (2.31:1, 26: 32.5)
# Comparator words right before a number (longest first) and right after its unit.
PREFIX_COMPARATORS: tuple[tuple[str, Comparator], ...] = (
    ("不低于", Comparator.GE), ("不少于", Comparator.GE), ("至少", Comparator.GE), ("达到", Comparator.EQ),
    ("不高于", Comparator.LE), ("不超过", Comparator.LE), ("控制在", Comparator.LE), ("低于", Comparator.LT),
    ("突破", Comparator.GT), ("超过", Comparator.GT), ("高于", Comparator.GT), ("逾", Comparator.GT),
    ("超", Comparator.GT), ("跨越", Comparator.GT), ("跨过", Comparator.GT), ("迈上", Comparator.GT), ("跃上", Comparator.GT),
    ("跨上", Comparator.GT),
    ("接近", Comparator.APPROX), ("逼近", Comparator.APPROX), ("将近", Comparator.APPROX), ("大约", Comparator.APPROX),
    ("约", Comparator.APPROX), ("近", Comparator.APPROX), ("约合", Comparator.APPROX), ("约折合", Comparator.APPROX),
)
SUFFIX_COMPARATORS: tuple[tuple[str, Comparator], ...] = (
    ("以上", Comparator.GE), ("以内", Comparator.LE), ("以下", Comparator.LE), ("左右", Comparator.APPROX),
    ("强", Comparator.GT), ("弱", Comparator.LT),
)
# Words trimmed from the ends of an indicator.
LEADING_NOISE = re.compile(
    r"^(?:[0-9]{1,2}[.．](?![0-9])|其中|同时|并|并且|和|及|与|以及|全年|今年|去年|明年|当年|预计|力争|确保|争取|实现|累计|共计|相继|先后|陆续|"
    r"共(?!建(?!成|设)|[享同创治商])|分别是|分别|均|再|又|还|保持(?=年均)|"  # 共: a total; not 共建, 共享
    r"[0-9]{4}年|四年来|五年来|一年来|我们|我区|我市|我省|全区|全市|全省|全国|各类|[\u4e00-\u9fff]{0,2}年以来|的|,)+"
)
TRAILING_NOISE = re.compile(r"(?:完成|实现|达到|达|为|是|下降至|提高至|增加至|增长至|扩大至|减少至|降低至|降低到|"
                            r"至|增至|提高到|提升至|增加到|扩大到|减少到|下降到|降至|降到|提升到|"
                            r"增长到|发展到|上升到|上升至|跃升(?:到|至|为)?|(?:缩小|收窄|缩减)(?:至|到|为)|"
                            r"保持|稳定在|控制在|突破|超过|超|跨越|跨过|迈上|跨上|跃上|接近|逼近|近|约|平均|从|由|有|相继|先后|陆续|"
                            r"(?<=[总量值额入])过|"
                            r"人均|每人每年|每人每月|每人|"
                            r"不低于|不少于|至少|高于|低于|逾|共|共计|累计|总计|合计|分别|(?<!年)均|的|了|在|首次|率先|,)+$")
# A year written in Chinese (old reports) and the adverbs before a figure's subject, left out of an indicator
# when something is left (一九五三年私营工业的从业人员 → 私营工业的从业人员, 将扶贫标准 → 扶贫标准).
_DATED_START = re.compile(r"^(?:将|相应地|仍然|已经|也|上半年|在?[一二三四五六七八九〇零]{4}年(?:底|末)?"
                          r"|(?:19|20)[0-9]{2}年?(?:—{1,2}|[-–至])(?:19|20)[0-9]{2}年?)+")  # 2016—2018连续三年
_DATED_END = re.compile(r"(?:[从由在到])?(?:[一二三四五六七八九〇零]{4}|(?:19|20)[0-9]{2})年(?:底|末)?(?:的)?$")
# What a figure says of the state the report finds (目前, 现在, 截至目前): reached by the report's date.
_NOW = re.compile(r"目前|现在|截至目前|到目前为止")
DURATION_CUES = ("连续", "停滞", "沉睡", "长达", "历时", "持续", "坚持", "闲置")
LABEL_AFTER = re.compile(r"^(?:[A-Za-z]|[+＋]|号|届[^。,;:]{0,8}全会|届(?:人大|政协|人民代表大会|中央|全国|历次|委员会|代表|[一二三四五六七八九十]+次)|"
                         r"次(?:党代会|全会|全体会议|会议)|大(?![类型批关])|中全会|月|日|点|时期|五)")
ORDINAL_BEFORE = re.compile(r"(?:第|[“\"]|[+＋]|No\.?)$")
# What a figure before 的 measures of the noun after it (总投资2000亿元的…基地, 全长1.3万公里的…公路).
ATTRIBUTE_BEFORE = re.compile(r"(?:总投资|投资|总规模|规模|全长|长度|总面积|建筑面积|占地面积|占地|面积|装机容量|装机|总容量|容量|年产能|产能)$")
# What things counted are described by before they are named (28个总投资242亿元的服务业重点项目)
_DESCRIBED_COUNT = re.compile(ATTRIBUTE_BEFORE.pattern[:-1] + r"(?:约|近|超|超过|达)?[0-9.]+(?:万亿|亿|万)?[^0-9，,。；;的]{0,4}的")
# What follows a change's start value (从80户增加到120户).
CHANGE_TO = re.compile(r"[^,;:。，；：]{0,6}?(?:增加|提高|提升|增长|扩大|降低|下降|减少|缩小|上升|跃升|发展|达)?(?:到|至)")
FROM_TIME = re.compile(r"[从由](?:(?:(?:19|20)[0-9]{2}|[一二三四五六七八九零〇]{4}|上|去|前)年(?:底|末|初)?|“?十[一二三四五六七八九]?五”?末)的?$")
PEOPLE = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?)(?:农民|农牧民|群众|居民|人口|学生|儿童|老年人|职工|员工|游客|旅客|用户|农户|家庭)")
VOCATIVE = re.compile(r"^各位代表[，,!！:：]?")
# Words that open a block of the review, whatever sentence of a paragraph they open.
BLOCK_OPENER = re.compile(r"(?:五年来|这五年|过去五年|回望过去五年|过去一年|一年来|刚刚过去的(?:19|20)\d\d年)")
TARGET_HEADINGS = re.compile(r"目标|任务|安排|思路|今后|未来|计划|打算|重点工作|总体要求|预期")
REVIEW_HEADINGS = re.compile(r"回顾|过去|成绩|成就|总结|一年来|五年来|四年来|工作情况")
_UNIT_RE = re.compile("(?:" + "|".join(re.escape(u) for u in UNITS) + ")(?!(?<=台)阶)")  # not the 台 of 台阶 (a milestone)
MAX_INDICATOR = 30
# Measure words of counts: the counted thing follows them (7条特色胡同).
COUNT_UNITS = frozenset("个 家 条 处 栋 幢 所 件 场 剂 名 项 次 届 支 种 座 张 部 宗 类 轮 台 辆 套 间 批 位 人 户 人次 户次 "
                        "块 枚 颗 株 棵 头 艘 列 趟 片 盏 根 层 笔 门 款 篇 册 份".split())
UNIT_ALIASES = {"％": "%", "百分点": "个百分点", "大类": "类", "万人次": "人次"}
DURATION_UNITS = frozenset({"年", "小时", "天"})
# A Chinese numeral with these names a set (四个意识, 八项规定, 三大攻坚战), not a figure.
SET_UNITS = frozenset({"个", "项"})
ACTION_RE = re.compile(
    r"^(?:全力攻坚|策划推出|组织开展|建成|打造|完成|实施|新建|培育|引进|推动|推进|建设|开展|举办|实现|改造|修缮|盘活|处置|"
    r"新增|加快|攻坚|开发|推出|提升|扩大|发放|办理|承办|处理|办结|拆除|清理|增设|更换|开设|落地|吸引|服务|惠及|认定)")
RANGE_DASH = re.compile(r"\s*(?:-|—|–|~|－|—{2}|至|到)\s*")
# A change named at the end of a measure (地区生产总值增长), not inside a word (增加值 keeps its 增加).
CHANGE_TAIL = re.compile(r"(?:增长|下降|提高|增加|减少|降低|增速|增幅|上涨|回落|递增|递减)$")
_SPAN_PREFIX = r"(?:“?[一二三四五六七八九十]+五”?(?:时期|期间)|[二三四五]年来|过去[二三四五]年)"  # “十三五”时期年均增长
CHANGE_ONLY = re.compile(_SPAN_PREFIX + r"?(?:按可比(?:价格?|口径)(?:计算)?)?"  # 按可比价计算增长11%: the change of the level before
                         r"(?:(?:比|较|与)(?:上年|去年|上一年|[0-9]{1,2}年前|[0-9]{4}年)|同比|年均|平均每年|相当于[0-9]{1,2}年前)?"
                         r"(?:同口径)?"  # 比上年同口径增长28.8%: on the same basis as the year before
                         r"(?:增长|下降|提高|增加|减少|降低|增速|增幅|上涨|回落|递增|递减)?|比增|比降")


@dataclass(frozen=True)
class _Context:
    """What the section and paragraph say about time, for figures that give no cue of their own."""

    period: Period
    multi_year: Period | None
    subsection_cue: bool = False  # the subsection's own heading names the time
    defaulted: bool = False  # no heading names the time: the section was taken for the review


def _section_context(report: Report, sentence: Sentence, report_year: int) -> _Context:
    return _heading_context(sentence.section, sentence.subsection, report_year, report.spoken_year)


# What a plan section says before its first subsection (今年经济社会发展的主要预期目标是…, and the report's year:
# 2025年是…之年) and what a review section says (过去一年, 五年来).
_PLAN_OPENING = re.compile(r"今年(?!以来)|主要预期目标|今后五年|未来五年|“十五五”|新的一年")
_REVIEW_OPENING = re.compile(r"今年以来|过去一年|过去的一年|一年来|五年来|过去五年|这五年|回顾")


def _uncued_sections(sentences: list[Sentence], report_year: int, body_start: int,
                     spoken_year: int | None = None) -> dict[str, Period]:
    """The time of the top-level sections whose headings name none (二、牢记历史使命，在中国式现代化建设中奋勇争先,
    四、全面加强政府自身建设): the year's plan when what they say before their first subsection speaks of this
    year or its targets sooner than of the past, or when they follow a plan section, as a report's sections
    after its plans do; else the review's year."""
    order: list[str] = []
    opening: dict[str, list[str]] = {}
    for sentence in sentences:
        if sentence.start >= body_start and sentence.section:
            if sentence.section not in opening:
                order.append(sentence.section)
                opening[sentence.section] = []
            if not sentence.subsection and len(opening[sentence.section]) < 30:
                opening[sentence.section].append(sentence.text)  # what it says before its first subsection
    out: dict[str, Period] = {}
    this_year, last_year = Period(report_year, report_year), Period(report_year - 1, report_year - 1)
    planning = False  # a section before this one was the year's plan
    for n, section in enumerate(order):
        context = _heading_context(section, None, report_year, spoken_year)
        if not context.defaulted:
            planning = planning or context.period.end >= report_year
            continue
        said = None  # whether the first cue of the section's first sentences is a plan's (True) or a review's
        for text in opening[section]:
            text = _QUOTED.sub(lambda m: " " * len(m[0]), text)  # 按照中央“力争在两年内…”的要求: another's words
            hits = [(m.start(), True) for m in _PLAN_OPENING.finditer(text)] \
                + [(m.start(), False) for m in _REVIEW_OPENING.finditer(text)] \
                + [(at, True) for at in [text.find(f"{report_year}年是")] if at >= 0]  # 2025年是…之年
            if hits:
                said = min(hits)[1]
                break
        if n > 0 and (said or said is None and planning) or said is None and _plans_throughout(opening[section]):
            out[section] = this_year  # …and an excerpt's first section that reads as plans throughout
            planning = True
        else:
            out[section] = last_year
    return out


_QUOTED = re.compile(r"“[^“”]*”")
# The number of a list's item (a glossary's 3．10种有色金属, 8.6个重大科技专项, 14.2025年10件民生实事), where its
# full stop reads as a decimal point; not a value (5.5%左右, 3.5亿元).
_ITEM_NUMBER = re.compile(r"^[0-9]{1,2}[.．](?=[0-9]+(?:个|种|件|项|类|条|家|大|年|\+))")
_POINTS_AFTER = re.compile(r"(?:[、和][0-9]+(?:\.[0-9]+)?个)*[、和][0-9]+(?:\.[0-9]+)?个百分点")
_NOTE_BEFORE = re.compile(r"[(（][^()（）]{1,8}[)）]$")
# What only the year's plans say (力争, 确保, 加快推进…) and what a review says (一年来, 增至, …了) of the work.
# Each is two to a hundred times as frequent in the corpus's plan sections as in its reviews (启动 is a review's).
_PLAN_WORDS = re.compile(r"力争|确保|争取|加快推进|全力推进|着力|抓好|做好|全面推行|重点抓好|打造|培育|继续实施|深入实施|"
                         r"大力发展|搞好|切实")
_REVIEW_WORDS = re.compile(r"一年来|过去一年|去年|回顾|同比|建成投用|获评|荣获|实现了|完成了|取得了|[^为]了[,，。;；]|增至|"
                           r"投入运营|获批|圆满完成|如期完成|全面完成|超额完成|顺利完成|取得(?:了)?(?:新|明显|显著|积极|重大)?"
                           r"(?:成效|成绩|进展|突破)|成效(?:明显|显著)")


def _plans_throughout(texts: list[str]) -> bool:
    """Whether text under no dated heading (an excerpt that starts inside a report) reads as the year's plan:
    several of plans' words and next to none of a review's."""
    joined = _QUOTED.sub("", "".join(texts))  # not another's words (按照中央“力争…”的要求)
    plans, reviews = len(_PLAN_WORDS.findall(joined)), len(_REVIEW_WORDS.findall(joined))
    return plans >= 3 and plans >= 4 * reviews


@lru_cache(maxsize=1024)
def _heading_context(section: str | None, subsection: str | None, report_year: int,
                     spoken_year: int | None = None) -> _Context:
    """The time the headings of a sentence name; computed once per section and subsection."""
    heading = " ".join(h for h in (section, subsection) if h)
    cues = find_period_cues(heading, report_year, spoken_year) if heading else []
    own = bool(subsection and cues and cues[-1].start > len(section or ""))  # the last cue is the subsection's
    if cues:
        period = cues[-1].period
    elif section and TARGET_HEADINGS.search(section) and not REVIEW_HEADINGS.search(section):
        period = Period(report_year, report_year)
    else:
        return _Context(Period(report_year - 1, report_year - 1), None, own, defaulted=True)
    multi = period if period.end > period.start else None
    return _Context(period, multi, own)


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last clause break before it that no bracketed note
    closed before ``pos`` holds (我市生产总值(预计,下同)、财政总收入…: the note's comma ends no clause).

    >>> _clause_start("全年生产总值(预计,下同)增长8%", 16), _clause_start("全年,生产总值增长8%", 9)
    (0, 3)
    """
    for match in reversed(list(CLAUSE_BREAK.finditer(text, 0, pos))):
        at = match.start()
        opened = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
        if opened < 0 or max(text.rfind(")", 0, at), text.rfind("）", 0, at)) > opened \
                or not (0 <= text.find(")", at, pos) or 0 <= text.find("）", at, pos)):
            return match.end()
    return 0


# Years of growth running, counted before 连 (七连增, 二十一连丰; not 六连冠, a run of titles, an honour)
_GROWTH_RUN = re.compile(r"连(?:增|丰|涨)")


def _unit_at(text: str, pos: int) -> tuple[str, int] | None:
    """The unit right after a number, or for a number of people or households with no measure word
    (6069万农民受益, 新增510万沼气用户) 人 or 户, the noun left to name what is counted."""
    match = _UNIT_RE.match(text, pos + (text[pos:pos + 1] == " "))  # 5160 元: a space the source set
    if match:
        return match[0], match.end()
    run = _GROWTH_RUN.match(text, pos)
    if run:
        return "年", run.end()  # 粮食总产量实现“七连增”, “二十一连丰”: years of growth running
    counted = _DIGIT_COUNT.match(text, pos) if pos > 0 and text[pos - 1].isdigit() \
        and not re.search(r"(?<![0-9.])(?:19|20)[0-9]{2}$", text[max(0, pos - 5):pos]) else None  # not 从2019起
    if counted:
        return counted[0], pos + 1  # 安全生产事故3起, 水池水罐8999口: incidents and wells, after digits only (not
        # 一起, together; 三口之家, a family's people)
    if pos > 0 and text[pos - 1] in "万亿":
        counted = PEOPLE.match(text, pos)
        if counted:
            return ("户" if counted[0].endswith(("户", "家庭")) else "人"), pos
    return None


# Measure words read as units only right after digits: 起 for incidents, 口 for wells and ponds
_DIGIT_COUNT = re.compile(r"起(?![步来始点见草航飞]|[0-9])|口(?![岸径罩号之人])")


# What counts people, named before a number of 万 or 亿 with no measure word (贫困人口减少25万, 参保人数突破5100万)
_PEOPLE_BEFORE = re.compile(r"(?:人口|人数|劳动力|从业人员|就业人员|职工)[^，。,;；:：0-9]{0,8}$")


def _people_counted_before(text: str, start: int, end: int) -> tuple[str, int] | None:
    """人 for a number of 万 or 亿 that ends its clause with no measure word, after a noun that counts people."""
    if text[end - 1:end] in ("万", "亿") and (end == len(text) or text[end] in "，,。;；、") \
            and _PEOPLE_BEFORE.search(text, _clause_start(text, start), start):
        return "人", end
    return None


def _shared_unit(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The unit of the next value for a value listed before it with none of its own, after 分别 (分别提高3.9和2.2个
    百分点, 分别高于全国全省5.9和2.9个百分点): both are in that unit."""
    if _unit_at(text, end) or "分别" not in text[_clause_start(text, start):start]:
        return None
    at = end
    while text[at:at + 1] in ("和", "、"):  # 分别提高20.9、36.2、54个百分点: the first value with a unit
        following = NUMBER_PATTERN.match(text, at + 1)
        if not following:
            return None
        unit = _unit_at(text, following.end())
        if unit:
            return unit[0], end
        at = following.end()
    return None


def _prefix_comparator(before: str) -> Comparator | None:
    for word, comparator in PREFIX_COMPARATORS:
        if before.endswith(word):
            return comparator
    if _CROSSED.search(before):
        return Comparator.GT  # 经济总量过万亿: crossed; not 通过, 经过
    return None


# 过 as "crossed" right before a figure, after its measure (总量过万亿), not the end of 通过, 经过, 超过…
_CROSSED = re.compile(r"(?<=[\u4e00-\u9fff])(?<![通经度超跨越不未错看读走穿路])过$")


# What a clause says of its subject (增长强劲, 实现翻倍增长, 连续跨越…): the subject is what comes before.
_PREDICATE = re.compile(r"(?:增长|实现|屡|保持|持续|稳步|大幅|明显|显著|快速|连续|跨越|突破|迈上|跃上|不断|进一步|再创|创历史"
                        r"|最[大多高快好])")  # 新增增加值总量最大,达15.4亿元


def _subject_of(text: str) -> str:
    """The subject of the last clause of ``text`` (固定资产投资增长强劲 → 固定资产投资), or "" when that clause
    names none."""
    return _clean_indicator(_raw_subject(text))


def _raw_subject(text: str) -> str:
    """The words before the predicate of the last clause of ``text``, uncleaned (a list of subjects stays whole)."""
    clause = re.split(r"[,，;；:：。]", text.rstrip(",，;；:："))[-1]
    cut = _PREDICATE.search(clause)
    return clause[:cut.start()] if cut and cut.start() >= 2 else ""


def _clean_indicator(text: str) -> str:
    """An indicator without the noise at its ends and without quote marks left unpaired.

    >>> _clean_indicator("四上”单位"), _clean_indicator("“四上”单位"), _clean_indicator("“专精特新”企业")
    ('四上单位', '四上单位', '专精特新企业')
    """
    text = re.sub(r"[(（][^()（）]{0,8}?(?:下同|同比)[)）]", "", text).strip(" ,、“”\"()（）《》")  # 同比(下同)增长,
    # 生产总值(预计,下同)
    previous = None
    while previous != text:
        previous = text
        text = LEADING_NOISE.sub("", text)
        text = TRAILING_NOISE.sub("", text)
        text = text.strip(" 、“”\"()（）")
    for noise in (_DATED_START, _DATED_END):
        shorter = noise.sub("", text)
        if len(shorter) >= 2 and shorter != text:
            text = shorter.strip(" 、,的")  # 一九五三年私营工业的从业人员, 将扶贫标准: not when nothing is left
            text = TRAILING_NOISE.sub("", text)  # 增加到|2012年末的, 增至|2011年的: the change's verb, which names
            # nothing: the measure is the one before
    text = text[-MAX_INDICATOR:]
    for opening, closing in ("“”", "《》", "（）", "()"):
        if text.count(opening) != text.count(closing):  # a quote cut in two by the figure's span
            text = text.replace(opening, "").replace(closing, "")
    return text


# An action and nothing else (大力实施, 重点抓好, 充分发挥, 统筹推进): it names no measure, the phrase after the figure does
ONLY_ACTION = re.compile(r"(?:[省市县区]级)?(?:重点|大力|全力|充分|统筹|积极|着力|持续|深入|扎实|稳步|有序|加快|全面|高效)?"
                         r"(?:实施|抓好|发挥|推进|建设|打造|落实|安排|整合|盘活|统筹|新建|改造|修复|完成|开工|启动)")
# What follows a figure and is no measured thing: a purpose, a share or a change (投入500万元用于…, 完成5%增长)
_NOT_MEASURED = re.compile(r"用于|以上|以下|左右|增长|下降|提高|投资|的")


_CHANGE_BEFORE = re.compile(r"(?:增长|下降|提高|增速|增幅|上涨|回落)(?:了)?$")


def _lost_percent(text: str, start: int, pos: int, number: str) -> tuple[str, int] | None:
    """The percent sign of a change a copy of the report lost (财政总收入9.66亿元、增长19.3,…): a bare number right
    after a change and right before a break reads as a percentage.

    >>> _lost_percent("收入9.66亿元、增长19.3,地方", 11, 15, "19.3")
    ('%', 15)
    >>> _lost_percent("增长19.3亿元", 2, 6, "19.3") is None
    True
    """
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", number) and _CHANGE_BEFORE.search(text, 0, start) \
            and (pos == len(text) or text[pos] in ",，、;；。") and not re.match(r"、[0-9]", text[pos:pos + 2]):
        return "%", pos  # not 分别提高11.1、11.2个百分点, whose unit comes at the list's end
    return None


_MILESTONE_AFTER = re.compile(r"(?:、[0-9.一二三四五六七八九十百千两万]+亿)*(?:[两二三四五六七八九十]个)?新?(?:大关|关口|台阶)")
_MONEY_MEASURE = re.compile(r"收入|总值|GDP|总量|产值|投资|总额|零售|销售|营业|增加值|规模|产业")


def _money_milestone(text: str, start: int, pos: int, number: str) -> tuple[str, int] | None:
    """A sum of money a milestone names without its 元 (GDP总量突破600亿大关, 财政收入跨越60亿、70亿两个关口):
    a bare 亿 before 大关, 关口 or 台阶, where the words before measure money.

    >>> _money_milestone("GDP总量突破600亿大关", 7, 11, "600亿")
    ('元', 13)
    >>> _money_milestone("粮食产量跃上500亿斤台阶", 6, 10, "500亿") is None
    True
    """
    milestone = _MILESTONE_AFTER.match(text, pos) if number.endswith("亿") else None
    if milestone and _MONEY_MEASURE.search(text, max(0, _clause_start(text, start) - 4), start):
        return "元", pos if "、" in milestone[0] else milestone.end()  # the milestone is part of the figure's
        # span, unless other values of the list follow
    if number.endswith("亿") and (pos == len(text) or text[pos] in ",，。;；") \
            and _THRESHOLD_BEFORE.search(text, max(0, start - 4), start) \
            and _MONEY_MEASURE.search(text, _clause_start(text, start), start):
        return "元", pos  # 产业率先突破千亿, 经济总量过万亿: a threshold a money measure crossed, its 元 unsaid
    return None


# The verbs right before a threshold a measure crossed (突破千亿, 过万亿, 跨过3000亿)
_THRESHOLD_BEFORE = re.compile(r"(?:突破|超过|跨过|跨越|迈上|跨上|跃上|过)$")


def _following_phrase(text: str, pos: int) -> str:
    """The noun phrase after a figure's unit: up to the next break or number (5G stays).

    >>> _following_phrase("完成1370个5G基站建设,新增", 7)
    '5G基站建设'
    >>> _following_phrase("7条特色胡同。", 2)
    '特色胡同'
    """
    match = re.match(r"(?:[^,;:，；：。!?！？、0-9()（）]|[0-9]+[A-Za-z])*", text[pos:pos + 24])
    phrase = match[0] if match else ""
    phrase = re.split(r"[和及与]|全部|均|分别|(?<=..)(?<![一二三四五六七八九低高中同平均相初上头优超特次])等(?![级于同待候次额量比价号第奖])|(?:实现|达到|完成|投入|建成)(?=.)", phrase)[0]
    return phrase


def _verb_of(left: str) -> str:
    """The action a clause opens with (建成, 打造 …), kept in front of a counted noun."""
    match = ACTION_RE.match(_clean_indicator(left))
    return match[0] if match else ""


# Words that join listed subjects; 及 only as a word of its own (not in 普及率, 涉及, 及时).
_JI = r"(?<![普涉危以惠波])及(?![时率])"
JOINTS = re.compile(rf"以及|和|{_JI}|、")
# …and 与, between subjects given values respectively (城镇与农村居民人均可支配收入分别增长8%和8.1%)
_SUBJECT_JOINTS = re.compile(rf"以及|和|与|{_JI}|、")


def _indicators(text: str, left: str, pos: int, unit: str) -> list[str]:
    """What a figure measures, as the text names it; several when the text says A和B均….

    A count (N个, N条 …) names what it counts after the measure word
    (打造头条胡同等7条特色胡同 → 打造头条胡同等特色胡同); an amount or a rate names it
    before the number (地区生产总值完成1062亿元 → 地区生产总值).

    >>> _indicators("开复工率和投资完成率均达100%", "开复工率和投资完成率均达", 16, "%")
    ['开复工率', '投资完成率']
    >>> _indicators("停滞11年的万德地块", "停滞", 5, "年")
    ['万德地块停滞']
    """
    raw_after = _following_phrase(text, pos)
    described = _DESCRIBED_COUNT.match(text, pos) if unit in COUNT_UNITS else None
    if described:
        raw_after = _following_phrase(text, described.end())  # 28个|总投资242亿元的|服务业重点项目: what is counted
    after = _clean_indicator(raw_after)
    if re.fullmatch(r"新?(?:大关|关口|台阶)", after):
        after = ""  # 首次突破百亿元大关: a milestone names no measure; the subject before does
    before = _clean_indicator(left)
    if raw_after.startswith("的") and unit in DURATION_UNITS:
        return [after + before[-2:]]  # 停滞11年的万德地块 → 万德地块停滞
    if unit in DURATION_UNITS and before.endswith(DURATION_CUES) and len(after) >= 2 \
            and not raw_after.startswith(("以", "来", "间", "中")):
        return [before + after]  # 连续三年跻身…强县 → 连续跻身…强县: the years running of what is done
    attribute = ATTRIBUTE_BEFORE.search(before)
    if raw_after.startswith("的") and attribute and len(after) >= 2:
        return [after + attribute[0]]  # 总投资近2000亿元的清洁能源基地 → 清洁能源基地总投资
    counted = len(after) >= 2 and re.match(r"[\u4e00-\u9fff0-9A-Za-z]", raw_after) and not raw_after.startswith(("的", "以"))
    if counted and (unit in COUNT_UNITS or not before or before.endswith(("和", "及", "、"))
                    or ONLY_ACTION.fullmatch(before) and not _NOT_MEASURED.match(after)
                    or unit not in _RATE_OR_MONEY and _only_places(before) and not _NOT_MEASURED.match(after)):
        # 荣昌隆昌|40万亩|稻渔产业带: places say where the measured thing is, not what it is
        # 大力实施128公里农村道路扩面延伸工程: a measure before what it measures, after an action alone
        if left.rstrip().endswith(("和", "及", "与", "、")):
            return [after]  # 5个国家技术创新中心、28个全国重点实验室: the left is the previous item, not this one's
        head = "" if _only_places(before) else before if len(before) <= 8 else _verb_of(left)
        return [re.sub(rf"(?:和|{_JI}|、)+$", "", head) + after]  # not 惠及 → 惠
    both = re.fullmatch(r"(.+?)(?<![人年平])均(.*)", LEADING_NOISE.sub("", left.strip(" ,")))
    if both and re.search(r"[和及、]", both[1]):
        tail = _clean_indicator(both[2])
        parts = [_clean_indicator(p) for p in JOINTS.split(both[1])]
        return [p + tail for p in parts if p]
    if len(before) <= 2 and after and not (raw_after.startswith("的") and after.endswith(("增长", "增速"))):
        return [before + after]  # not 保持年均15.7%的高速增长: the growth a yearly mean describes
    return [before]


_RATE_OR_MONEY = frozenset({"元", "美元", "欧元", "港元", "%", "‰", "个百分点", ""})


@lru_cache(maxsize=4096)
def _only_places(text: str) -> bool:
    """Whether a text is nothing but places' names (荣昌隆昌, 沈河区): where a figure is, not what it measures."""
    from kg import gazetteer

    if len(text) < 2:
        return False
    if gazetteer.is_place_name(text):
        return True
    return any(gazetteer.is_place_name(text[:n]) and _only_places(text[n:]) for n in range(2, min(len(text) - 1, 8)))


def _is_label(text: str, start: int, end: int, number: str) -> bool:
    """Ordinals, dates, codes and names that contain digits are not figures."""
    before, after = text[max(0, start - 3):start], text[end:end + 12]
    if ORDINAL_BEFORE.search(before) and not before.endswith(("“", '"')):
        return True
    if len(number) > 1 and number[0] in "零〇" and "点" not in number and not number.isascii():  # not 零点八倍
        return True  # 一年零三个月: the months after a year, not a figure of their own
    if before.endswith("届") and not number.isascii():
        return True  # 十一届六次、七次全会: the plenum's number within a session
    if after.startswith("届") and (before.endswith(("委", "县", "区", "市", "省", "旗")) or not number.isascii()
                                  and re.match(r"届(?:[省市县区旗州]?人民政府|政府|党委|[一二三四五六七]中)", after)):
        return True  # 自治区党委十届、…, 县十八届人民政府, 十九届二中、三中全会: a body's term, not a count
    if _GROWTH_RUN.match(after):
        return False  # “七连增”: years of growth running, quoted as a slogan is
    if before.endswith(("“", '"')) and re.match(r"[^”\"]{0,6}[”\"]", after):
        return True  # a quoted code: “1361”, “1+4+N”
    opened = text.rfind("“", max(0, start - 6), start) if not number.isascii() else -1
    if opened >= 0 and "”" not in text[opened:start] and re.match(r"[^“”]{0,6}”", text[end:end + 7]) \
            and not re.search(r"[0-9%]", text[opened:start]):
        return True  # “四级三类”, “三级三类”: a numbered slogan's words, not a count
    if LABEL_AFTER.match(after):
        return True
    if re.fullmatch(r"(?:19|20)\d\d", number) and after.startswith("年"):
        return True  # a year
    if re.match(r"[0-9.]*[月日号]", after) or re.match(r"\s*[-—–~]\s*(?:19|20)\d\d年", after):
        return True
    if number in {"十四五", "十三五", "十五五", "十二五"}:
        return True
    if number.isascii() and re.search(r"[A-Za-z]$", before):
        return True  # S101, G318: a road's or a product's code
    if not number.isascii() and after.startswith("期") and re.match(r"[\u4e00-\u9fffA-Za-z0-9]", before[-1:] or " ") \
            and not re.search(r"(?:举办|开展|培训|办|组织|实施|完成|建设|开工)$", before):
        return True  # 长江存储三期, 引汉济渭二期: a project's phase, not a count
    if not number.isascii() and re.search(r"(?:这|那|上述|下列|如下|以下|前|后|头)$", before):
        return True  # 这四条, 前三季度: a reference, not a count
    if number == "二" and after.startswith(("轮", "次")):
        return True  # 二轮土地承包, 二次创业: the second, not two (两轮, 两次 count)
    if after.startswith("篇文章"):
        return True  # 做好“强城”“兴村”“融合”三篇文章: a figure of speech
    if re.match(r"小时(?:过境)?免签", after):
        return True  # 240小时过境免签: a visa policy's name
    if not number.isascii() and re.match(r"位数|次产业|轮车|轮摩托", after):
        return True  # 两位数增长 (double digits), 三次产业结构 (the three sectors), 电动两轮车: words, not counts
    if re.match(r"件(?:[省市区县]级?|自治区|重点)*(?:民生|惠民|惠企|为民办)实事", after):
        return True  # 办好十件民生实事, 15件市级重点民生实事: the name of the year's programme of practical deeds
    return False


RESPECTIVELY = re.compile(r"(?P<subjects>.+?)分别(?P<verb>[^0-9]*)")
# 农村自来水、卫生户厕普及率超过98%、85%: listed subjects, one verb, the values listed in the same order
LISTED = re.compile(r"(?P<subjects>[^0-9,，;；]+?[、和][^0-9,，;；]+?)(?P<verb>超过|达到|达|为|增长|提高到|提高|提升至|下降|突破)"
                    r"(?:[0-9.]+[^、,，;；0-9]{0,3}、)*$")


def _share_head(subjects: list[str], k: int) -> str:
    """The k-th of coordinated subjects, completed with the head they share (城镇和农村居民人均可支配收入:
    城镇 → 城镇居民人均可支配收入).

    >>> _share_head(["城镇", "农村居民人均可支配收入"], 0), _share_head(["城镇", "农村居民人均可支配收入"], 1)
    ('城镇居民人均可支配收入', '农村居民人均可支配收入')
    >>> _share_head(["原煤", "原油", "天然气产量"], 0), _share_head(["交通", "水利", "能源领域投资额"], 1)
    ('原煤产量', '水利领域投资额')
    """
    subject, last = subjects[k], subjects[-1]
    if k < len(subjects) - 1 and len(subject) <= 3 and len(last) > len(subject) + 1:
        for cut in range(1, len(last)):  # the shared head starts after the last subject's own modifier
            if last[cut:cut + 2] in ("居民", "人均"):
                return subject + last[cut:]
        lengths = {len(s) for s in subjects[:-1]}
        if len(lengths) == 1:  # parallel items (交通、水利、能源领域投资额): the last one's modifier is its first word
            from kg.nlp import tokenize

            first = tokenize([last])[0][0][0]
            return subject + last[len(first) if len(first) < len(last) else lengths.pop():]
        if len(last) > 4:
            return subject + last[len(last) - 4:]
    return subject


def _is_class_label(text: str, start: int, pos: int, unit: str, number: str) -> bool:
    """Numbers that name a class or a set rather than state a figure.

    亿元以上项目, 超千万元项目 (a size class), 四个意识 / 八项规定 (a named set), 24小时不间断 (a property).
    """
    after = text[pos:pos + 3]
    if unit in ("元", "美元") and text[:pos].endswith(("以上", "以下")) and re.match(r"[\u4e00-\u9fff]", after) \
            and not after.startswith(("的", "和", "及")):
        return True
    if unit in ("元", "美元") and re.search(r"(?:超|过|超过)$", text[:start]) \
            and re.match(r"的?(?:[0-9]|[\u4e00-\u9fff]{0,4}(?:项目|企业|户|家))", text[pos:pos + 8]):
        return True  # 新开工超千万元项目72个, 过亿元的企业7户、超千万元的45户: a size class the count is of
    if unit == "位" and re.search(r"(?:名列|排名|位列|位居|列第|居第|排第)[^,，;；。]*$", text[:start]) \
            and not re.search(r"(?:上升|提升|提高|前移|跃升|下降|后移)了?$", text[:start]):
        return True  # 名列《福布斯》“最佳县级城市”12位: a rank, not a count of people (排名上升3位 is a change)
    if unit in ("元", "美元") and re.match(r"(?:企业|楼宇)[0-9一二三四五六七八九十两]", text[pos:pos + 4]):
        return True  # 亿元企业9家、10亿元企业2家: firms of a size class, counted
    if unit in SET_UNITS and not number.isascii() and not any(c in number for c in "万亿千百"):
        return True
    if unit == "小时" and re.match(r"(?:不间断|全天|在线|营业|值守|服务)", after):
        return True
    if after.startswith("级") and unit not in ("%", "个百分点"):
        return True  # 30万吨级航道, 百万千瓦级: a size class
    return False


def find_quantities(report: Report, sentences: list[Sentence]) -> list[Quantity]:
    """Every figure in the report's body sentences, in text order."""
    report_year = report.year or 0
    out: list[Quantity] = []
    # A cue that opens a paragraph (过去的五年…, 刚刚过去的2025年…) holds for the paragraphs after it,
    # until another paragraph opens with a cue or a new heading starts; and for the subsections after it
    # that name no time of their own, until the section ends (一、2025年和“十四五”时期工作回顾 opens
    # with a block on 2025, 过去一年…, then one on the five years, 五年来…).
    paragraph_cue: tuple[int, Period] | None = None
    block_cue: tuple[int, Period] | None = None
    # …within a paragraph, a sentence opening with the last year it reviews holds for the sentences after it
    last_year: tuple[int, Period] | None = None
    scope: tuple[str | None, str | None] = (None, None)
    uncued = _uncued_sections(sentences, report_year, report.body_start, report.spoken_year) if report_year else {}
    if report_year and _plans_throughout([s.text for s in sentences if s.start >= report.body_start and not s.section]):
        uncued[None] = Period(report_year, report_year)  # an excerpt from the plans, under no heading of its own
    for sentence in sentences:
        if sentence.start < report.body_start:
            continue
        text = sentence.text
        context = _section_context(report, sentence, report_year) if report_year else None
        if context is not None and context.defaulted and sentence.section in uncued:
            context = replace(context, period=uncued[sentence.section])  # 二、牢记历史使命…: the year's plan
        if sentence.section != scope[0]:
            block_cue = None
        if (sentence.section, sentence.subsection) != scope:
            scope, paragraph_cue, last_year = (sentence.section, sentence.subsection), None, None
        opening = report.text[max(0, sentence.start - 1):sentence.start] in ("\n", "") or \
            report.text[max(0, sentence.start - 3):sentence.start].strip(" \u3000") == ""
        lead = VOCATIVE.sub("", text)  # 各位代表，刚刚过去的2025年…
        if report_year and (opening or BLOCK_OPENER.match(lead)):
            # the cue the paragraph opens with (过去一年，是实现“十四五”规划目标任务的关键一年 → 2024), or a
            # sentence inside it that opens a review block (2025年是“十四五”收官之年。五年来… → the five years)
            cues = find_period_cues(lead[:14], report_year, report.spoken_year)
            head = next((c for c in cues if not _dated_value(lead, c)), None)  # not 地区生产总值从2017年的111.8亿元,
            # a start value's date, which holds for that value alone
            if head:
                paragraph_cue = block_cue = (sentence.start, head.period)
        if report.text[report.text.rfind("\n", 0, sentence.start) + 1:sentence.start].strip() == "":
            last_year = None  # a new paragraph, however indented
        elif report_year and paragraph_cue and paragraph_cue[1].start < paragraph_cue[1].end == report_year - 1 \
                and re.match(rf"(?:预计)?{report_year - 1}年[,，]", lead):
            # 十一五期间,…。2010年,预计实现本市生产总值9500亿元。人均生产总值1.46万美元: a sentence opening with the
            # last year the paragraph reviews speaks of that year, and so do the paragraph's sentences after it
            last_year = (sentence.start, Period(report_year - 1, report_year - 1))
        cue = last_year or paragraph_cue or (block_cue if context is not None and not context.subsection_cue else None)
        out.extend(_sentence_quantities(report, sentence, report_year, context, cue))
    if not report_year:  # no year in the header, the review heading or the file name: no period can be said
        out = [replace(q, period="") for q in out]
    return out


def _sentence_quantities(report: Report, sentence: Sentence, report_year: int,
                         context: _Context | None, paragraph_cue: tuple[int, Period] | None) -> list[Quantity]:
    text = sentence.text
    found: list[Quantity] = []
    previous_end = 0
    listed_before: tuple[int, list[str]] | None = None  # the subjects a clause listed values of, respectively
    measures: list[str] = []  # what the figures so far measure, not their changes, shares or multiples
    spread: tuple[int, list[str]] = (-1, [])  # the clause whose values are the changes of the measures before it
    ratios = {m.start(group): (m, group) for m in _SECTOR_RATIO.finditer(text) for group in ("ratio", "ratio2")
              if m[group]}
    for match in NUMBER_PATTERN.finditer(_ITEM_NUMBER.sub(lambda m: " " * len(m[0]), text)):
        start, end = match.start(), match.end()
        number = match[0]
        to_one = _TO_ONE.match(text, end)  # 城乡居民收入比缩小至2.31:1: a ratio to one is its first term
        if any(m.start(group) <= start < m.end(group) for m, group in ratios.values()):
            shares = _sector_shares(report, sentence, *ratios[start], context, paragraph_cue) if start in ratios else []
            if shares:
                found.extend(shares)
                previous_end = ratios[start][0].end(ratios[start][1])
            if shares or not to_one or start not in ratios:
                continue
        shared = _shared_unit(text, start, end) or _people_counted_before(text, start, end) \
            or (("", to_one.end()) if to_one else None)
        if not is_standalone_chinese_number(number) and not _unit_at(text, end) and not shared:
            continue
        if _is_label(text, start, end, number):
            continue
        if number[0] in "一" and len(number) == 1:
            continue  # 一个, 一批: an article, not a figure
        if number in ("零", "〇"):
            continue  # 零部件, 零售: a word that starts with 零, not zero
        try:
            value = parse_number("一" + number if match["bare"] else number)  # 突破千亿元: one thousand 亿
        except ValueError:
            continue
        sign = start - 1 - (text[start - 1:start] == " " and start > 1)  # 增长- 39.7%: a space the source set
        negative = start > 0 and text[sign] in "-−－" and bool(_CHANGE_BEFORE.search(text, 0, sign))
        if negative:  # 规上工业增加值增速-7.8%: a fall written as a negative change
            value, number = -value, "-" + number
        pos = end
        comparator: Comparator | None = Comparator.APPROX if match["approx"] else None
        if text[pos:pos + 1] in ("余", "多"):
            comparator, pos = Comparator.APPROX, pos + 1
        unit_match = _unit_at(text, pos) or shared or _lost_percent(text, start, pos, number) \
            or _money_milestone(text, start, pos, number)
        is_fraction = match["fraction"] is not None
        if unit_match is None and not is_fraction:
            continue
        unit, pos = unit_match if unit_match else ("", pos)
        unit = UNIT_ALIASES.get(unit, unit)
        if unit == "个" and _POINTS_AFTER.match(text, pos):
            unit = "个百分点"  # 分别提高18.3个、25.3个百分点: points, the second value says
        if "分之" in number and text[max(0, start - 1):start] != "" and number.startswith("百"):
            unit = "%"
        if unit == "年" and not _GROWTH_RUN.match(text, end):
            if not (text[max(0, start - 3):start].endswith(DURATION_CUES) or "年限" in text[max(0, start - 12):start]) \
                    or text[pos:pos + 1] in ("来", "以", "行", "计", "规"):
                continue  # 停滞11年, 平均受教育年限达到10.5年: a duration; not 3年来, 五年规划
        if unit == "岁" and "寿命" not in text[max(start - 12, _clause_start(text, start)):start]:
            continue  # 人均预期寿命达到78.5岁 is a measure; 60岁以上老年人, 3岁以下婴幼儿 are age brackets
        if unit in ("个", "项", "次") and text[pos:pos + 2] in ("五年",):
            continue
        if text[pos:pos + 1] in ("余", "多") and comparator is None:
            comparator, pos = Comparator.APPROX, pos + 1
        for word, suffix_comparator in SUFFIX_COMPARATORS:
            if text.startswith(word, pos) and not (word in ("强", "弱") and re.match(r"[\u4e00-\u9fff]", text[pos + 1:pos + 2])):
                # 1/7强 is a bit more than 1/7; 23次强降水 is 23 heavy rainfalls
                comparator = comparator or suffix_comparator
                pos += len(word)
                break
        if _is_class_label(text, start, pos, unit, number):
            continue
        clause_start = _clause_start(text, start)
        k = sum(1 for q in found if q.start >= sentence.start + clause_start)  # the values of this clause before it
        left = text[max(clause_start, previous_end):sign if negative else start]
        left = _NOTE_BEFORE.sub("", left)  # 下降(同口径)19.59%: a note on how it is counted names no measure
        # another value of the measure just stated (连续跨越60亿、70亿两个关口): its measure and comparator
        listed = bool(found and previous_end and text[previous_end:start] in ("、", "和", "及") and found[-1].unit == unit
                      and unit not in COUNT_UNITS)  # not 出台43条、16条具体举措, which names what it counts after
        comparator = comparator or _prefix_comparator(left) or (found[-1].comparator if listed else Comparator.EQ)
        in_range = found and RANGE_DASH.fullmatch(text[previous_end:start] if previous_end else "")
        if in_range and found[-1].unit in (unit, ""):
            # 增长6.5%-7%, 5%—5.5%: one measure between two bounds
            found[-1] = replace(found[-1], comparator=Comparator.GE, unit=found[-1].unit or unit)
            comparator, left = Comparator.LE, ""
        period = _period_for(text, start, report_year, context, paragraph_cue, report.spoken_year)
        if unit == "倍" and period.start != period.end and _TIMES_A_BASE_YEAR.search(text, clause_start, start):
            period = Period(period.end, period.end)  # 五年来…,是2006年的2.1倍: a level of the last year against one
        elif period.start != period.end and period.end < report_year and _LEVEL_BEFORE_MEAN.match(text, pos) \
                and not _CHANGE_NOT_LEVEL.search(left) and "累计" not in left and unit != "倍":  # not 是“十一五”的3.1倍,
            # 年均增长18.1%: a total against the last plan's
            period = Period(period.end, period.end)  # 五年来,…地区生产总值达到230.5亿元,年均增长7.2%: the level the
            # yearly mean reached is the last year's, the mean the years'
        elif unit == "年" and period.start == period.end and text[:start].endswith("连续") and 1 < value < 100:
            period = Period(period.end - int(value) + 1, period.end)  # 连续10年进入中部百强县行列: the ten years up
            # to the one reviewed (over the years a paragraph reviews, the paragraph's span stays, as the seed's gold has it)
        if re.search(r"[从由]$", left) and CHANGE_TO.match(text, pos):
            # 地区生产总值从11.37万亿元增加到14万亿元, over 2021-2025: the start value is the year before the span
            period = Period(period.start - 1, period.start - 1)
        kind = Kind.TARGET if report_year and period.end >= report_year else Kind.ACHIEVEMENT
        ev_start = max(clause_start, previous_end) if left.strip() else start
        while ev_start < start and text[ev_start] in " ,、的和及与以":
            ev_start += 1  # the evidence starts with a word, not the joint to the figure before
        evidence = text[ev_start:pos].strip(" ,")
        since = FROM_TIME.search(left)
        if since:  # 资本充足率从2007年底的8%, 进出口贸易总额,由一九七八年的355亿元: the year is the start's, not the measure
            left = left[:since.start()]
            if not _clean_indicator(left) and clause_start > 0:
                left = re.split(r"[,，;；]", text[:clause_start].rstrip(",，;；"))[-1]
        indicators = own = _indicators(text, left, pos, unit)
        respectively = RESPECTIVELY.match(text[clause_start:start])
        if not respectively and clause_start > 0 and re.match(r"\s*分别", text[clause_start:start]):
            # 规模以上工业增加值、…和全口径财政收入跃上新台阶,分别为4050亿元、…: the subjects of the clause before
            respectively = RESPECTIVELY.match(_raw_subject(text[:clause_start]) + text[clause_start:start].lstrip())
        if not respectively and (text[pos:pos + 1] == "、" and text[pos + 1:pos + 2].isdigit()
                                 or text[start - 1:start] == "、"):
            respectively = LISTED.match(text[clause_start:start])
        if respectively:
            # 城镇和农村居民人均可支配收入分别增长4.3%和7.1%: the k-th value goes with the k-th subject
            listed_subjects, verb = respectively["subjects"], respectively["verb"]
            if listed_subjects.endswith("年均"):  # …全社会固定资产投资年均分别增长: the mean is every subject's
                listed_subjects, verb = listed_subjects[:-2], "年均" + verb
            # each subject cleaned on its own: a long list is no indicator to cut to its last characters
            subjects = [c for c in (_clean_indicator(p) for p in _SUBJECT_JOINTS.split(listed_subjects)) if c]
            verb = _clean_indicator(verb)
            if len(subjects) > 1 and k < len(subjects):
                indicators = [_share_head(subjects, k) + verb]
                listed_before = (clause_start, subjects)
        elif listed_before and listed_before[0] == _clause_start(text, clause_start - 1) \
                and _BARE_VERB.fullmatch(left.strip("、和及")) and _BARE_VERB.match(text, clause_start).end() \
                == re.search(r"[0-9]|$", text[clause_start:]).start() + clause_start \
                and len(listed_before[1]) == _values_in_clause(text, clause_start):
            # the clause right after the list, opening with its values
            # …年均分别增长14.1%、…和26.8%,达4270亿元、…和1573亿元: the same subjects' levels, in their order
            change = re.match(r"\s*(?:分别)?(增长|下降|提高|降低|减少|增加)", text[clause_start:start])
            indicators = [_share_head(listed_before[1], k) + (change[1] if change else "")]  # …,分别增长9.3%、7.3%
        elif listed_before and listed_before[0] == _clause_start(text, clause_start - 1) \
                and (shared := _SHARED_CHANGE.fullmatch(text, clause_start, start)) \
                and _values_in_clause(text, clause_start) == 1:
            # …分别达到10558元、6238元,同步增长9%: one change every subject of the list before shares
            indicators = [subject + shared["verb"] for subject in listed_before[1]]
        elif listed:
            indicators = [found[-1].indicator]
            n = _values_in_clause(text, clause_start)
            bases = [_without_baseline(CHANGE_TAIL.sub("", m)) for m in measures[-n:]] if 1 < n <= len(measures) else []
            if 0 < k < len(bases) and found[-1].indicator.startswith(bases[k - 1]) \
                    and found[-1].indicator[len(bases[k - 1]):].startswith(("占", "是", "为")):
                # 人数达到2690万人次,创汇18.4亿美元,分别为1982年的3.4倍和2.2倍: the k-th multiple (or share, 占…分别
                # 提高到21.7%、33.6%) is the k-th measure's
                indicators = [bases[k] + found[-1].indicator[len(bases[k - 1]):]]
        head = _clean_indicator(text[clause_start:re.search(r"[0-9]|$", text[clause_start:]).start() + clause_start]
                                .replace("分别", "", 1)) if "分别" in text[clause_start:start] else ""
        if (indicators is own or not respectively or head.startswith("占")) and head \
                and (CHANGE_ONLY.fullmatch(head) or head.startswith("占")) and measures \
                and 1 < (listing := _values_in_clause(text, clause_start)) <= len(measures):
            # 地区生产总值1354亿元,人均地区生产总值5.1万元,…,年均分别增长5.1%和6%: the k-th change is of the k-th of
            # the last measures the sentence gave, in their order
            if spread[0] != clause_start:
                spread = (clause_start, [CHANGE_TAIL.sub("", m) for m in measures[-listing:]])
            if k < len(spread[1]):
                indicators = [spread[1][k] + head]
        for n, indicator in enumerate(indicators):
            if not indicator and found and found[-1].start >= sentence.start + clause_start:
                indicator = found[-1].indicator  # 普及率从45.8%提高到60%: the same measure again
                if found[-1].unit in ("%", "个百分点") and unit not in ("%", "个百分点") and CHANGE_TAIL.search(indicator):
                    # 地区生产总值同比增长6.1%、突破2万亿元大关: the level of the measure, not its change
                    indicator = _BASELINE_TAIL.sub("", CHANGE_TAIL.sub("", indicator))
            if not indicator:
                indicator = _clean_indicator(text[clause_start:start])
            if not indicator and found and found[-1].unit == unit and found[-1].indicator != unit:
                indicator = found[-1].indicator  # 产值首次突破千亿元,达1019.52亿元: the measure of the clause before
            if not indicator and clause_start > 0 and not any(
                    q.start >= sentence.start + _clause_start(text, clause_start - 1) for q in found):
                indicator = _subject_of(text[:clause_start])  # 固定资产投资增长强劲,累计完成2070亿元: the subject
                # of the clause before, when this one names nothing
            if not indicator and measures and clause_start > 0 and CHANGE_TAIL.search(measures[-1]) and found \
                    and found[-1].unit in ("%", "个百分点") and unit not in ("%", "个百分点"):
                indicator = _BASELINE_TAIL.sub("", CHANGE_TAIL.sub("", measures[-1]))  # 地区生产总值
                # 同比增长8.3%,达到270亿元: the level of the measure whose change the clause before gave
            if not indicator and found and found[-1].unit == "个百分点" and unit == "%" \
                    and CHANGE_TAIL.search(found[-1].indicator):
                indicator = _BASELINE_TAIL.sub("", CHANGE_TAIL.sub("", found[-1].indicator))  # 森林覆盖率提高1.04个
                # 百分点,达到33.14%: the rate the clause before raised, at its new level
            indicator = indicator or unit
            relative = (indicator.startswith(("占", "约合", "折合")) or _OF_PLAN.fullmatch(indicator)
                        or (indicator.startswith("是") or _BASE_YEAR_FOR.match(indicator))
                        and unit == "倍") and clause_start > 0  # …9.5万元,约合1.5万美元: the measure in another unit;
            # …43.3亿元,完成年计划的105%: the share of its plan the measure reached
            # ,占全市1/7强 / ,是2017年的1.2倍, ,为2006年的2.6倍; not 分别是全县生产总值比增4.1%, whose 是 is a copula
            if indicator and (CHANGE_ONLY.fullmatch(indicator) or relative):
                # 地区生产总值完成520亿元,增长4.5%: the change is of the figure named before, and so is a share or
                # a multiple stated after it (…,占全市1/7强,是2017年的1.2倍 → 地区生产总值占全市, 地区生产总值是2017年)
                if measures and relative:
                    listing = _values_in_clause(text, clause_start)
                    # …,是2000年的2.1倍和2.4倍: the k-th multiple is of the k-th of the last measures
                    if 1 < listing <= len(measures) and k < listing:
                        base = _without_baseline(CHANGE_TAIL.sub("", measures[-listing:][k]))
                    else:
                        base = CHANGE_TAIL.sub("", measures[-1])
                    indicator = base + indicator
                elif measures:
                    indicator = CHANGE_TAIL.sub("", measures[-1]) + re.sub("^" + _SPAN_PREFIX, "", indicator)
            elif indicator and not indicator.startswith(("较", "比")) and not _in_note(text, start):
                measures.append(indicator)  # not 财政收入完成42.8亿元(按老口径完成50.6亿元),…增长36.1%: a
                # note's value is the measure's again, counted another way
            found.append(Quantity(
                kind=kind, indicator=indicator, value=value, unit=unit, comparator=comparator,
                period=str(period), start=sentence.start + ev_start, end=sentence.start + pos,
                evidence=evidence or number, sentence=sentence.index,
                value_text=number if n == 0 else f"{number}#{n}",
                confidence=0.85 if unit_match else 0.6,
            ))
        previous_end = pos
    return found + _doublings(report, sentence, report_year, context, paragraph_cue, found)


_CHANGE_UNITS = frozenset({"%", "个百分点", "倍"})


# A measure doubled (翻了一番多, 五年翻两番, 实现翻番): the number of doublings, in 番
_DOUBLED = re.compile(r"(?:翻了?(?P<n>[一两二三四])番(?P<more>多|以上)?|(?<![一两二三四个双])翻番(?P<more2>以上)?)"
                     r"(?!的?(?:目标|任务|要求))")  # not 提前实现了比2000年翻一番的目标, the goal it met
_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}
# What joins a measure to its doubling and names nothing (均, 同步实现了)
_DOUBLING_VERB = re.compile(r"(?:(?<![人年平])均|同步|也|普遍|已|都|基本|提前|再)+|实现了?|完成了?|[“”]")
# Measures listed before 等…指标, each of which a doubling is of
_LISTED_MEASURES = re.compile(r"(?P<items>[^、]+(?:、[^、]+)+?)等(?:主要|重要|各项)?(?:经济)?指标$")
# The baseline a doubling is against (比2005年, 较“十五”期末), kept in the indicator as the text gives it
_DOUBLING_BASE = re.compile(r"(?:比|较)[^,，;；]*$")


def _doublings(report: Report, sentence: Sentence, report_year: int, context: _Context | None,
               paragraph_cue: tuple[int, Period] | None, found: list[Quantity]) -> list[Quantity]:
    """Each doubling a sentence states of a measure (社会消费品零售总额翻番, 地区生产总值比2005年翻了一番多,
    规模以上工业总资产实现了五年翻两番); a clause that names no measure doubles the measures the figures before it
    gave (…分别达到100亿元和50亿元,均比2002年翻了一番多: both)."""
    text, out, previous = sentence.text, [], 0
    for match in _DOUBLED.finditer(text):
        clause_start = max(_clause_start(text, match.start()), previous)  # 营业收入较…翻一番、|利润翻三番
        while clause_start < match.start() and text[clause_start] in "、和及 ,，":
            clause_start += 1  # the evidence starts with a word
        previous = match.end()
        left = _DOUBLING_VERB.sub("", text[clause_start:match.start()]).strip(" ,，")
        base = _DOUBLING_BASE.search(left)
        raw = (left[:base.start()] if base else left).strip(" ,，")
        measure = _clean_indicator(raw)
        baseline = base[0] if base else ""
        span = re.fullmatch(r"(.*?)([一两二三四五六七八九十0-9]+年(?:内|间)?)", measure)
        if span:
            measure, baseline = span[1], span[2] + baseline  # 五年翻两番, 经济总量两年翻番: over the years
        listed = _LISTED_MEASURES.search(raw)
        if listed:  # 限额以上工业销售收入、全社会固定资产投资、社会消费品零售总额等主要经济指标: each of them
            measures = [m for m in (_clean_indicator(item) for item in re.split("[、和及]", listed["items"])) if m]
        elif measure:
            measures = [measure]
        else:  # the levels the clause before gave, all of them after 均
            before = [q for q in found if q.start < sentence.start + clause_start and q.unit not in _CHANGE_UNITS
                      and not CHANGE_TAIL.search(q.indicator)]
            opened = sentence.start + _clause_start(text, before[-1].start - sentence.start) if before else 0
            last_clause = [q for q in before if q.start >= opened]
            measures = [q.indicator for q in (last_clause if re.match(r"[ ,，]*均", text[clause_start:match.start()])
                                              else last_clause[-1:])]
        more = match["more"] or match["more2"]
        comparator = Comparator.APPROX if more == "多" else Comparator.GE if more else Comparator.EQ
        period = _period_for(text, match.start(), report_year, context, paragraph_cue, report.spoken_year)
        kind = Kind.TARGET if report_year and period.end >= report_year else Kind.ACHIEVEMENT
        for n, indicator in enumerate(measures):
            out.append(Quantity(
                kind=kind, indicator=indicator + baseline + "翻番",
                value=Decimal(_DOUBLINGS[match["n"]] if match["n"] else 1), unit="番", comparator=comparator,
                period=str(period), start=sentence.start + clause_start, end=sentence.start + match.end(),
                evidence=text[clause_start:match.end()], sentence=sentence.index,
                value_text=match[0] if n == 0 else f"{match[0]}#{n}", confidence=0.7,
            ))
    return out


# The shares of the sectors of the economy, stated as a ratio (三次产业结构调整为12.8:50.7:36.5, 三产结构比由
# 19.6∶40.9∶39.5调整为9.5∶47.9∶42.6, 二、三产业比例由43.2:56.8调整为30:70)
_COLON = r"[:：∶︰] ?"  # the colon as pages write it: ∶, ︰ (a vertical form), with a space after it or none
_RATIO = rf"[0-9]+(?:\.[0-9]+)?(?:{_COLON}[0-9]+(?:\.[0-9]+)?){{1,2}}(?![:：∶︰0-9])"
_SECTOR_RATIO = re.compile(
    r"(?P<measure>(?:一二三次产业|三次产业|一二三产业|二、三产业|三产|产业)?(?:结构|比例|比重|比)+)"
    r"[^0-9;；。]{0,12}?(?:由|从)?(?:(?P<year1>(?:19|20)[0-9]{2})年(?:末|底)?的?)?"
    rf"(?P<ratio>{_RATIO})(?:[,，]?[^0-9,，;；。]{{0,4}}?(?:调整|优化|变|调|演进|转变|改变)(?:为|到|至)(?:现在的|目前的)?"
    rf"(?:(?P<year2>(?:19|20)[0-9]{{2}})年(?:末|底)?的?)?(?P<ratio2>{_RATIO}))?")
_SECTORS = ("第一产业", "第二产业", "第三产业")
_TO_ONE = re.compile(r"[:：∶︰]1(?![0-9.:：∶︰])")  # 2.31:1, 1：1: a ratio to one


def _sector_shares(report: Report, sentence: Sentence, match: re.Match[str], group: str, context: _Context | None,
                   paragraph_cue: tuple[int, Period] | None) -> list[Quantity]:
    """One figure per sector of a sector ratio, in the order the ratio gives them (first to third, or second and
    third of a two-part one). A ratio is a state: of the end of the years a paragraph reviews, and a ratio it
    changed from (由…调整为…) of the year before them."""
    text, report_year = sentence.text, report.year or 0
    pieces = re.split(f"({_COLON})", match[group])
    parts, colons = pieces[::2], pieces[1::2]
    if not 98 <= sum(float(part) for part in parts) <= 102:
        return []  # 投入产出比1:8: a ratio, but not of shares that make up the whole
    period = _period_for(text, match.start(group), report_year, context, paragraph_cue, report.spoken_year)
    dated = match["year1" if group == "ratio" else "year2"]
    if dated:
        period = Period(int(dated), int(dated))  # 由2002年的20.2:48.0:31.8, 调整为2016年的13.3:47.6:39.1
    elif group == "ratio" and match["ratio2"] and text[:match.start(group)].endswith(("由", "从")):
        period = Period(period.start - 1, period.start - 1)  # 由19.6∶40.9∶39.5调整为…: the year before
    elif period.start != period.end:
        period = Period(period.end, period.end)
    kind = Kind.TARGET if report_year and period.end >= report_year else Kind.ACHIEVEMENT
    sectors = _SECTORS[-len(parts):]
    out, at = [], match.start(group)
    for sector, part in zip(sectors, parts):
        out.append(Quantity(
            kind=kind, indicator=f"{match['measure']}({sector})", value=parse_number(part), unit="",
            comparator=Comparator.EQ, period=str(period), start=sentence.start + at, end=sentence.start + at + len(part),
            evidence=text[match.start():match.end(group)], sentence=sentence.index, value_text=part, confidence=0.85,
        ))
        at += len(part) + len(colons.pop(0) if colons else "")
    return out


# What after a level says a yearly mean led to it (230.5亿元,年均增长7.2%; 分别达37188元、18660元,年均增速…;
# 340亿元(2017年指标为预计数,下同),年均增长7.3%)
_LEVEL_BEFORE_MEAN = re.compile(r"(?:[、和及][0-9][0-9.]*(?:万亿|万|亿)?[^0-9,，;；。、]{0,4})*\s*(?:[(（][^()（）]{0,30}[)）])?"
                                r"(?:\s*[,，]\s*(?:(?:同比|比上年|较上年)?(?:增长|下降)[0-9.]+%|[是为](?:19|20)[0-9]{2}年的[0-9.]+倍"
                                r"|占[^0-9,，;；。]{1,10}?[0-9./]+%?强?))*"  # 19.56亿元,同比增长2.6%,是2016年的1.9倍,年均增速6.7%
                                r"\s*[,，]\s*(?:同口径|同比)?(?:年均|平均每年)")
# A change, not a level, ends the text before a value (增长, 提高)
_CHANGE_NOT_LEVEL = re.compile(r"(?:增长|下降|提高|降低|减少|增加|增速|增幅|分别)\s*$")
# A level compared with a base year's (是2006年的2.1倍, 为2006年的2.6倍)
_BASE_YEAR_FOR = re.compile(r"为(?:19|20)[0-9]{2}年")
_TIMES_A_BASE_YEAR = re.compile(r"[是为](?:(?:19|20)[0-9]{2}年(?:末|底)?|“?十[一二三四五六]?五”?末)的?$")  # 是“十一五”末的3.2倍
# A clause that gives one change the subjects listed before share (同步增长9%, 均增长9.8%, 都提高2个百分点)
_SHARED_CHANGE = re.compile(r"\s*(?:同比)?(?:同步|均|都|也均|同比均)(?P<verb>增长|下降|提高|降低|减少|增加)\s*")
# What opens a clause that lists values and names nothing: a verb of reaching, or nothing
_BARE_VERB = re.compile(r"\s*(?:分别)?(?:达到|达|为|完成|实现|突破|增长|下降|提高|降低|减少|增加)?(?:分别)?\s*")


def _values_in_clause(text: str, start: int) -> int:
    """How many values a clause from ``start`` lists (达4270亿元、500.36亿元和1573亿元 → 3)."""
    brk = CLAUSE_BREAK.search(text, start)
    end = brk.start() if brk else len(text)
    return len(re.findall(r"[0-9]+(?:\.[0-9]+)?(?:万|亿|万亿)?(?:[^0-9、和及,，;；。]{0,4})(?:、|和|及|$)", text[start:end]))


# How a figure is stated as the share of its plan a measure reached (…43.3亿元,完成年计划的105%)
_OF_PLAN = re.compile(r"(?:完成|为|达到?|占)(?:全?年|年度|全年)?(?:计划|预算|目标)(?:任务)?的?")


# The baseline a change is stated against, at the end of its measure (比上年, 同比, 年均)
_BASELINE_TAIL = re.compile(r"又?(?:同比|比|较|年均|平均每年).*$")


def _without_baseline(measure: str) -> str:
    """A measure without the baseline of its change (生产总值比上年 → 生产总值, 财政收入同比 → 财政收入)."""
    return _BASELINE_TAIL.sub("", measure) or measure


def _in_note(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a bracketed note (…完成42.8亿元(按所得税改革前老口径完成50.6亿元))."""
    return max(text.rfind("(", 0, at), text.rfind("（", 0, at)) > max(text.rfind(")", 0, at), text.rfind("）", 0, at))


def _bracketed(text: str, cue: PeriodCue) -> bool:
    """Whether a time cue lies in a bracketed note closed before the figure (一般公共预算支出(扣除2022年灾后恢复
    重建专项资金支出外)增长3%以上): the note's year is no cue for the figure or the ones after it."""
    opened = max(text.rfind("(", 0, cue.start), text.rfind("（", 0, cue.start))
    return opened >= 0 and max(text.rfind(")", 0, cue.start), text.rfind("）", 0, cue.start)) < opened \
        and (text.find(")", cue.end) >= 0 or text.find("）", cue.end) >= 0)


def _dated_value(text: str, cue: PeriodCue) -> bool:
    """Whether a time cue dates only the figure right after it (从2010年的671.1亿元增加到2015年的1107.8亿元,
    从2002年1288亿元): then it is no cue for the figures after that one."""
    value = re.match(r"(?P<mark>(?:底|末|初)?的|底|末)?[0-9][0-9.]*(?![0-9.]*[月日号])", text[cue.end:cue.end + 16])
    return bool(value and (value["mark"] or cue.start > 0 and text[cue.start - 1] in "从由"))  # not 从今年1月1日起


# A change stated from one dated value to another (由2000年的2003亿元增加到2005年的4070亿元), and a yearly mean
_DATED_CHANGE = re.compile(r"[由从](?P<from>(?:19|20)[0-9]{2})年(?:底|末)?的[0-9.]+[^0-9。;；,，]{0,6}?"
                           r"(?:增加|增长|提高|上升|扩大|下降|减少|降低)?[到至](?:(?P<to>(?:19|20)[0-9]{2})年)?")
_YEARLY_MEAN = re.compile(r"(?:年均|平均每年|年平均)(?:分别)?(?:增长|增速|提高|增加|递增)?(?:分别)?(?:[0-9.]+%?[、和及])*$")


def _sentence_start(text: str) -> int:
    return max((text.rfind(c) for c in "。!?；;"), default=-1) + 1


# The base year of a multiple (是2007年的1.7倍)
_TIMES_BASE = re.compile(r"[是为](?P<year>(?:19|20)[0-9]{2})年(?:末|底)?的[0-9.]+倍")
# A change against the year before, right before its value (同比增长2.6%, 比上年下降3%): a change of one year
_YEAR_ON_YEAR = re.compile(r"(?:同比|比上年|较上年|比去年|较去年)(?:分别)?(?:增长|下降|提高|降低|增加|减少)了?$")
# A mean over a number of years the text gives (五年平均增长9.5%, 两年平均增长5.1%, 五年年均增长13.2%), and a yearly
# mean the sentence states after it (…,五年平均增长9.5%;全部财政收入544亿元,按可比口径年均增长10%)
_MEAN_OF_YEARS = re.compile(r"(?<![0-9〇零一二三四五六七八九十前])(?P<n>[两三四五六七八九十])年(?:平均|年均)")
_A_MEAN = re.compile(r"(?:平均|年均)(?:每年)?(?:分别)?(?:增长|增速|增幅|提高|增加|递增)?(?:分别)?"
                     r"(?:[0-9.]+(?:%|个百分点)?[、和及])*$")


def _period_for(text: str, start: int, report_year: int, context: _Context | None,
                paragraph_cue: tuple[int, Period] | None, spoken_year: int | None = None) -> Period:
    """The period a figure at ``start`` is about: a cue before it in its sentence, else the paragraph's opening
    cue, else the section's; for a mean over N years the sentence names, the N years up to that period's end."""
    period = _cued_period(text, start, report_year, context, paragraph_cue, spoken_year)
    if period.start < period.end and _YEAR_ON_YEAR.search(text, max(0, start - 12), start):
        return Period(period.end, period.end)  # 五年…,完成地区生产总值19.56亿元,同比增长2.6%: the last year's change
    before = text[:start]
    if period.start != period.end or not _A_MEAN.search(before.rstrip()):
        return period
    means = list(_MEAN_OF_YEARS.finditer(before))
    if means:
        years = "两三四五六七八九十".index(means[-1]["n"]) + 2
        return Period(period.end - years + 1, period.end)
    bases = list(_TIMES_BASE.finditer(before, _sentence_start(before)))
    if bases and int(bases[-1]["year"]) < period.end:  # 2011年,…218亿元,是2007年的1.7倍,年均增长13.5%: the mean of
        return Period(int(bases[-1]["year"]) + 1, period.end)  # the years since the base year of the multiple
    return period


def _cued_period(text: str, start: int, report_year: int, context: _Context | None,
                 paragraph_cue: tuple[int, Period] | None, spoken_year: int | None = None) -> Period:
    if not report_year or context is None:
        return Period(report_year, report_year) if report_year else Period(1, 1)
    before = text[:start]
    multi = (paragraph_cue[1] if paragraph_cue and paragraph_cue[1].end > paragraph_cue[1].start else None) \
        or context.multi_year
    if multi and (before.rstrip().endswith(("年均", "年均增长", "平均每年增长", "年平均增长"))
                  or re.search(r"年均(?:分别)?(?:增长|增速|提高|增加|减少|下降|递增|递减)?(?:分别)?"
                               r"(?:[0-9.]+(?:%|个百分点)?[、和及])*$", before.rstrip())  # 年均增长21%和|19.7%: every value
                  # the mean lists
                  or re.search(r"(?<![0-9〇零一二三四五六七八九十])[两三四五六七八九十]年(?:累计)?(?:增长|增加|净增|提高)$", before)):  # 五年增长1.42倍
        return multi
    if _YEARLY_MEAN.search(before.rstrip()):
        spans = list(_DATED_CHANGE.finditer(before, _sentence_start(before)))
        span = spans[-1] if spans else None  # the change nearest the mean
        last = int(span["to"]) if span and span["to"] else None
        if span and last is None:  # 由2000年的171.7亿元增加到425.7亿元: to the year the sentence is about
            last = _period_for(text, span.start(), report_year, context, paragraph_cue, spoken_year).end
        if span and int(span["from"]) < last and not any(
                c.start >= span.end() for c in find_period_cues(before, report_year, spoken_year)):
            # 由2000年的2003亿元增加到2005年的4070亿元,…年均增长11.6%: the mean of the years the change spans
            return Period(int(span["from"]) + 1, last)
    cue = next((c for c in reversed(find_period_cues(before, report_year, spoken_year))
                if not _dated_value(before, c) and not _bracketed(before, c)), None)
    clause_start = _clause_start(text, start)
    if multi and "累计" in before[clause_start:] and (cue is None or cue.start < clause_start):
        return multi  # 五年来…固定资产投资累计完成2867亿元: a total over the years the paragraph reviews
    if cue:
        return cue.period
    if re.search(r"全年|当年", before):
        return context.period if context.period.start == context.period.end else Period(report_year - 1, report_year - 1)
    if _NOW.search(text, _clause_start(text, start), start):  # in the figure's own clause
        return Period(report_year - 1, report_year - 1)  # 现在全国有100多个城市…: the state the report finds, reached
    if paragraph_cue:
        return paragraph_cue[1]
    return context.period
