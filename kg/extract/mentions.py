"""Find entity mentions: names ending in a class head, then the other sources (kg.extract.sources), filtered."""
from __future__ import annotations

import re
from functools import cache
from collections.abc import Iterable
from dataclasses import replace

from kg import gazetteer

from kg.extract.names import HAN, VOLTAGE, head_kind, street_of_place, NUMERAL_CHARS, PROGRAMME_ADVERBS, department_word, verb_word, PROPER_TAGS, ACTION_HEADS, CJK, COMMON_TAGS, BODY_VERBS, EVENT_HEADS, HELD_HEADS, HOLD_VERBS, LAUNCH_VERBS, FACILITY_HEADS, ACTION_WORDS, COUNTED_AFTER, COUNTED_BEFORE, COUNTED_LIST, DESIGNATED, DETERMINERS, LIST_ITEM_SEP, MAX_LEFT_TOKENS, NOUN_TAGS, NUMBERED_SLOGAN, ORDINAL_WORD, PARALLEL_SLOGAN, PROGRAMME_HEADS, PROGRAMME_VERBS, PLAN_HEADS, PLAN_OF_PROGRAMME, SCOPE_WORDS, STUDY_HEADS, STUDY_VERBS, START_TAGS, STRONG_TAGS, Token, VERB_TAGS, WORKS_HEADS, WORKS_WORDS, ZONE_VERBS, a_kind, bare_head, common_word, head_of, place_word, programme_name, superlative, ROUND_WORDS, verb_phrase, head_token, holds_verb, institute_suo, is_name, name_like
from kg.extract.sources import (
    COUNTED_REGION, FIRM_ITEM, ROUTE_ITEM, PHASE, appositive_firms, awarded_firms, counted_regions, capacity_works, counted_routes, unit_governments, trade_firms, headquartered_firms, honoured_people, titled_people, bare_heads, party_committees, census_candidates, water_transfers, land_names, GAMES_EDITION, city_name, lexicon_candidates, own_institutions, phase_candidates, list_candidates, national_regions, person_lists, place_runs,
    quoted_candidates, road_numbers, metro_lines, province_parts, titled_candidates, period_plans, edition_events, event_candidates, themed_years,
    THEMED_YEAR,
)
from kg.lexicon import RAIL_HEADS, IN_AREA, LOCAL_ZONES, STREET_AREAS, STREETS, FIRMS, RETAGGED, DURATION_ACTIONS, EVENT_NAMES, BODIES, RELATIVE_BODIES, BOUNDARY_WORDS, DESIGNATION_HEADS, ROUTE_HEADS, GOVERNING_WORDS, PLACE_NAME_TAGS, SLOGAN_MODIFIERS, FALSE_HEAD_ENDINGS, FALSE_ORG_ENDINGS, GENERIC, GENERIC_HEAD_TOKENS, INSTITUTION_HEADS, MACRO_REGIONS, MEASURE_CHARS, NEVER_HEADS, NUMBERED, UNIT_LEVELS
from kg.nlp import pos_table, word_count
from kg.resolve import body_of, committee_unit, jurisdiction_chain, plain
from kg.records import EntityType, Level, Mention, Report, Sentence


def _head_candidates(tokens: list[Token], text: str) -> Iterable[tuple[int, int, EntityType, float]]:
    """Names built from a head token and the name-like tokens to its left."""
    for i, token in enumerate(tokens):
        word, tag, offset = token
        found = head_token(token)
        head_start = i  # the token the head starts in
        glued = 0  # characters of the head jieba's HMM glued to the next word (斧头|湖等, 清溪|村以)
        if not found and tag in STRONG_TAGS | {"n", "v"} and i + 1 < len(tokens) and tokens[i + 1][1] == "x" \
                and (len(tokens[i + 1][0]) == 2 and tokens[i + 1][0][1] in GLUED_AFTER_HEAD
                     or len(tokens[i + 1][0]) == 3 and (pos_table().get(tokens[i + 1][0][1:]) in VERB_TAGS
                                                        or tokens[i + 1][0][1:] in BOUNDARY_WORDS)):  # 商务|城获批
            split = head_of(word + tokens[i + 1][0][0])
            if split and (split[1] is EntityType.PLACE or split[0] == "节" and tag == "n") \
                    and (len(split[0]) == 1 and tag != "v" or split[0] == word + tokens[i + 1][0][0]):  # 橄榄|节等
                found, glued = split, 1  # 斧头|湖等; 广州国际创新|城为: the whole head with the glued character
        if i > 0:
            joined = head_of(tokens[i - 1][0] + word)
            if joined and len(joined[0]) > len(word) and (not found or len(joined[0]) > len(found[0])):
                found = joined  # a head spread over two tokens: 基地 建设, 示范区 建设
                head_start = i - 1
        if not found:
            continue
        head, kind = found
        if kind is EntityType.PLACE and tag in STRONG_TAGS and len(word) >= 2 and word != head \
                and (gazetteer.is_place_name(word) or word in MACRO_REGIONS):
            continue  # 沈河 (数字沈河), 粤港澳大湾区: a place's name is a name by itself; the lexicon yields it
        if kind is EntityType.PLACE and len(word) == 2 and word != head and i + 1 < len(tokens) \
                and tokens[i + 1][0] in KIND_OF_ECONOMY and not gazetteer.is_place_name(word):
            continue  # 临港经济, 临港产业: where an economy lies, describing its kind, not a place
        if word == "行动" and (i + 1 < len(tokens) and tokens[i + 1][0][0] == "上" or i > 0 and tokens[i - 1][1] == "f"):
            continue  # 在思想上政治上行动上, 在大局下行动: action in general, not a programme
        if word in ("省", "市", "县", "区") and i + 1 < len(tokens) and tokens[i + 1][0].startswith(UNIT_SCOPES):
            continue  # 澜沧江省境内干流, 长江省级…: the unit's scope or level, not a unit's name
        if word == "院区" and (i == 0 or tokens[i - 1][1] not in STRONG_TAGS and not place_word(tokens[i - 1])):
            continue  # 医院新院区: a campus is named by its place (宣武医院房山院区), not called new
        if kind is EntityType.ORGANIZATION and word.endswith(FALSE_ORG_ENDINGS):
            continue  # 格局, 布局: words that end like a body's name
        if (word == "所" or tag == "x" and word.endswith("所") or tag == "j" and word[0] in "中内里" and word[-1] == "所") \
                and not institute_suo(tokens, i):  # 在总产值中所占: jieba glues the locative to 所, not 深交所
            continue  # 被中间环节所截留, 民之所盼: the particle 所 before a verb, not an institute
        programme = programme_name(kind, head)
        j = i
        # 产业项目建设年活动, 黄河保护宣传实践月活动: a campaign named for a themed year or month takes it and its verb
        themed = kind is EntityType.PROJECT and head.endswith(("活动", "行动")) and j >= 3 and tokens[j - 1][0] in ("年", "月") \
            and tokens[j - 2][1] in ("v", "vn")  # not 完成年计划, the year's plan
        glued_year = kind is EntityType.PROJECT and head.endswith(("活动", "行动")) and j >= 2 \
            and _THEMED_YEAR_WORD.fullmatch(tokens[j - 1][0])  # 重点项目|攻坚年|活动: jieba glued the verb to 年
        if themed:
            j -= 2
        elif glued_year:
            j, themed = j - 1, True
        if programme and head_start >= 2 and tokens[head_start - 1][0] in _DURATIONS:
            head_start -= 1  # 优化营商环境|三年|专项行动: the programme's span before its head, like 三年行动
        elif programme and head_start >= 3 and tokens[head_start - 2][0] in _DURATIONS \
                and tokens[head_start - 1][1] in ("v", "vn") and len(tokens[head_start - 1][0]) == 2:
            head_start -= 2  # 农村人居环境整治|五年|提升|行动: the span and the verb of the programme before its head
        j = _walk_left(tokens, i, min(j, head_start), kind, head, head_start)  # 自贸|试验区: the head's own tokens
        if j is None:
            continue
        branded = kind is EntityType.ORGANIZATION and head in _FIRM_HEADS and j == head_start - 1 \
            and _brand_verb(tokens[j])  # 淘天|集团
        # a name starts with a noun-like word, not a verb, an adverb or a phrase holding a verb (广泛开展);
        # after 新一轮 a programme is named by what it does (新一轮找矿突破战略行动)
        if programme and j > 1 and (tokens[j - 1][0] in PROGRAMME_VERBS or tokens[j - 1][1] == "vn") \
                and (tokens[j - 2][0] in LAUNCH_VERBS or tokens[j - 2][0] in ROUND_WORDS) and j < head_start:
            j -= 1  # 开展|提升农村饮水质量专项行动, 实施|服务消费提质惠民行动: after the verb that launches it, a
            # programme is named by what it does, from its first verb or verbal noun; so after 新一轮
            # (新一轮|优化营商环境三年专项行动)
        keyed = programme and j > 1 and tokens[j - 1][0] in ("重点", "重大") and j < head_start \
            and _opens_programme(tokens, j - 2)
        if keyed:
            j -= 1  # 新一轮|重点产业链高质量发展行动, 实施|重大技术装备攻关工程: after 新一轮 or the verb that
            # launches it, 重点 or 重大 opens the programme's name, and so after a programme and 和
            # (产业基础再造工程和|重大技术装备攻关工程)
        keyed = keyed or programme and j > 0 and tokens[j][0] in ("重点", "重大") and head_start - j >= 3 \
            and _opens_programme(tokens, j - 1)  # 工程和|重大技术装备攻关工程: the walk took 重大 itself; not
        # 重大|水利|工程, a kind
        after_round = programme and j > 0 and tokens[j - 1][0] in ROUND_WORDS
        # 实施提振消费专项行动: after a verb that launches it, a programme is named by what it does
        held = _held_start(tokens, min(j, head_start)) if kind is EntityType.PROJECT and head.endswith(HELD_HEADS) else None
        if held is not None and all(name_like(t) or t[0] in BOUNDARY_WORDS and t[1] in ("v", "vn")
                                    or head.endswith(EVENT_HEADS) and (t[1] == "v" and len(t[0]) == 2 or t[0] in SCOPE_WORDS)
                                    for t in tokens[held + 1:head_start]):  # 承办全国竞走大奖赛: its scope, a sport
            j = held + 1  # 召开开放发展大会: what a held event is called runs from the verb that holds it
        marked = _commemoration_start(tokens, head_start) \
            if kind is EntityType.PROJECT and (head.endswith(HELD_HEADS) or head.endswith("活动")) else None
        if marked is not None:
            j = marked  # 庆祝中华人民共和国成立75周年系列活动: an anniversary's events are named from the verb marking it
        launched = (programme and (tokens[j - 1][0] in LAUNCH_VERBS
                                   or tokens[j - 1][0] in LIST_JOINS and j >= 2 and tokens[j - 2][1] not in ("v", "vn"))
                    or held is not None and j == held + 1) \
            and 0 < j < i and (tokens[j][1] in ("v", "vn") or tokens[j][1] == "a" and tokens[j - 1][0] in LAUNCH_VERBS
                               and tokens[j][0] not in _RANK_ADJECTIVES) \
            and (tokens[j][0] not in BOUNDARY_WORDS or tokens[j][0] in PROGRAMME_VERBS or tokens[j][1] == "vn") \
            and len(tokens[j][0]) == 2  # 实施|和 提振消费专项行动, 开展|提升农村饮水质量专项行动, 实施|服务消费…,
        # 实施|有效投资专项行动: a programme named for what it does, or for the kind of it it wants
        # 全面振兴新突破三年行动: the walk took a new stage of what the programme does; it is its name
        staged = programme and j + 2 < head_start and any(
            tokens[k][0] in PROGRAMME_VERBS and tokens[k + 1][0] == "新" for k in (j, j + 1)) \
            and (tokens[j][0] in PROGRAMME_VERBS or tokens[j][0] in PROGRAMME_ADVERBS)
        named_event = held is not None and j == held + 1 and head.endswith(EVENT_HEADS) and tokens[j][1] in NOUN_TAGS
        while j < head_start and not after_round and not keyed and not launched and not staged and not named_event \
                and not branded \
                and marked is None \
                and not city_name(tokens[j][0]) \
                and not (kind is EntityType.PLACE and _opened_by_unknown_word(tokens, j, head_start)) \
                and not (kind is EntityType.PLACE and j + 1 < head_start and place_word(tokens[j + 1])
                         and _unit_short_name(tokens[j][0])) \
                and not (kind is EntityType.ORGANIZATION and NUMBERED.fullmatch(tokens[j][0])) \
                and (tokens[j][1] not in START_TAGS and not (kind is not EntityType.PLACE
                                                                  and ORDINAL_WORD.match(tokens[j][0]))
                         or tokens[j][0] in BOUNDARY_WORDS or not name_like(tokens[j])
                         or tokens[j][0] in GOVERNING_WORDS and not programme or verb_phrase(tokens[j])
                         or (tokens[j][1] in {"l", "i"} and holds_verb(tokens[j][0]))
                         or kind is not EntityType.PROJECT and tokens[j][1] == "vn" and place_word(tokens[j + 1])):
            j += 1  # 设置 新疆农业职业技术大学: a verbal noun before a place's name governs it
        if kind is EntityType.PROJECT and head in STUDY_HEADS:
            j = _study_start(tokens, j, head_start)
        while kind is EntityType.PLACE and head in ROUTE_HEADS and j < i and tokens[j][0] in GENERIC:
            j += 1  # 工程 包银高铁: a route's name starts with the places it joins
        run = _abbreviated_route(tokens, i) if kind is EntityType.PLACE and head in ROUTE_HEADS else i
        abbreviated = run < j
        if abbreviated:
            j = run  # 太锡|铁路, 包鄂|榆|高铁: the places it joins, in one character each
        spelt = _spelt_start(tokens, j, head_start) if kind is EntityType.PLACE and word == head \
            and head in _SPELT_HEADS else None
        if spelt is not None:
            j = spelt  # 满|都|拉|口岸, 额布|都|格|口岸: a name jieba spells out
        if kind is EntityType.PROJECT and 0 < j < head_start and tokens[j - 1][0] == "反":
            j -= 1  # 反食品浪费行动, 反电信网络诈骗专项行动: a campaign against something is named with 反
        if kind is not EntityType.ORGANIZATION and 0 < j < i and tokens[j - 1][0] == "环" \
                and (place_word(tokens[j]) or tokens[j][1] in STRONG_TAGS):
            j -= 1  # 环塔里木经济带(发展规划), 环巢湖: the region round a place is named with 环
        if kind is EntityType.PLACE and head in ROUTE_HEADS and j >= 2 and tokens[j - 1][0] == "至" \
                and place_word(tokens[j - 2]) and (place_word(tokens[j]) or tokens[j][1] in STRONG_TAGS):
            j -= 2  # 张家界至吉首铁路, 同仁至赛尔龙高速公路: a route is named from where it starts
        if kind is EntityType.PROJECT and 0 < j < i and tokens[j - 1][0] in SLOGAN_MODIFIERS and place_word(tokens[j]):
            j -= 1  # 健康中国行动, 数字中国建设: a national programme named for a slogan of the country
        j = _scoped_start(tokens, j)
        if j >= 2 and tokens[j - 1][0] in HYPHENS and (place_word(tokens[j]) or tokens[j][0] in BODIES
                                                      or tokens[j][1] == "nt" and place_word(tokens[j - 2])) \
                and (kind is not EntityType.PLACE or head in DESIGNATION_HEADS or head in _JOINT_AREAS):
            # not 神农架—武当山, two places; 沈阳-欧盟经济开发区, 东中街-龙之梦商圈: one area two parties name
            if place_word(tokens[j - 2]):
                j -= 2  # 中国-中亚合作论坛, 西宁—海东都市圈: two places joined by a dash name it together
            elif _scoped_start(tokens, j - 1) < j - 1:
                j = _scoped_start(tokens, j - 1)  # 中国(安徽)—泰国经贸创新发展示范园区
        if kind is EntityType.PROJECT and (head.endswith(EVENT_HEADS) or head in PLAN_HEADS) and j > 0 \
                and tokens[j - 1][0] == "全国":
            j -= 1  # 全国少数民族传统体育运动会, 全国农业发展纲要: a national event or plan is named with its scope
        if kind is EntityType.PROJECT and j >= 2 and tokens[j - 1][0] in SCOPE_WORDS and ORDINAL_WORD.match(tokens[j - 2][0]):
            j -= 2  # 第二次全国污染源普查
        if 0 < j < i and ORDINAL_WORD.match(tokens[j][0]) and tokens[j - 1][0] in SCOPE_WORDS:
            j -= 1  # 全国第一次自然灾害综合风险普查: the census is named with its scope
        edition = next((k for k in range(head_start - 1, j, -1) if kind is EntityType.PROJECT
                        and ORDINAL_WORD.match(tokens[k][0]) and tokens[k][0].endswith("届")), None)
        if edition is not None and not all(place_word(t) or t[0] in SCOPE_WORDS or t[0] in ("中共", "中国共产党")
                                           for t in tokens[j:edition]):  # not 中共第八届全国代表大会
            j = edition  # 抖音集团|首届红果创作者大会: an event's name starts at its edition, not with who holds it
        if (j > 0 and superlative(tokens[j - 1]) or j > 1 and tokens[j - 1][0] == "的" and superlative(tokens[j - 2])) \
                and not (tokens[j - 1][0] == "的" and j < head_start and place_word(tokens[j])):
            continue  # 亚洲最大专业货运机场: a description after a superlative, not a name; after 最大的 a place names
            # it (规模最大的靖安国际滑雪场)
        if j > 0 and tokens[j - 1][0] in DETERMINERS or any(t[0] in DETERMINERS for t in tokens[j + 1:head_start]):
            continue  # 各级人民委员会, 德州|各|县市: a determiner before the head makes it a kind
        if kind is EntityType.PLACE and head in ROUTE_HEADS and i + 1 < len(tokens) and tokens[i + 1][0] == "时代":
            continue  # 开启泸县高铁时代: the age of high-speed rail, no railway
        start, end = tokens[j][2], offset + len(word) + glued
        counted = _COUNT_OF_SET.search(text, max(0, start - 4), start) \
            if kind is EntityType.PROJECT and j < head_start and head.endswith(_SET_HEADS) else None
        if counted:
            start = counted.start()  # 十大|责任捆绑攻坚行动, 六大|林业生态工程: a set of programmes named with its count
        quoted = _QUOTED_LEAD.search(text, max(0, start - 12), start) if kind is EntityType.PROJECT and j < head_start \
            and head.endswith(_SET_HEADS) else None
        if quoted:
            start = quoted.start()  # “5510”|项目奋战年活动: a quoted code or name that leads a programme's name
        if i + 1 < len(tokens) and tokens[i + 1][1] == "x" and len(tokens[i + 1][0]) > 1:
            longer = head_of(word + tokens[i + 1][0][0])
            if longer and len(longer[0]) > len(head) and longer[1] is kind:
                end += 1  # 西安都市 圈同城化: jieba's HMM took the head's last character into the next word
        section = _route_section(tokens, i) if kind is EntityType.PLACE and head in ROUTE_HEADS else []
        if section:
            end = section[-1][2] + len(section[-1][0])  # 沿江高铁武宜段, 西成铁路甘肃段: a section of a route
        # coordinated modifiers: A、B<head> where A is itself a place name (满堂河、辉山明渠综合治理)
        if kind is EntityType.PROJECT and head.endswith(WORKS_HEADS) and not head.endswith("工程") and j >= 2 and j < i \
                and tokens[j - 1][0] == LIST_ITEM_SEP:
            k = j - 1
            while k > 0 and j - 1 - k < 3 and name_like(tokens[k - 1]):
                k -= 1
            left = text[tokens[k][2]: tokens[j - 1][2]] if k < j - 1 else ""
            if k > 0 and name_like(tokens[k - 1]):
                left = ""  # 柴|石滩大型灌区、南盘江治理工程: the item runs on left past what the walk takes; no name
            left_head = head_of(left) if left else None
            right = text[tokens[j][2]:end - len(head)]  # what the head works on, after the 、
            right_head = head_of(right) if right else None
            if left_head and left_head[1] is EntityType.PLACE and left not in GENERIC \
                    and right_head and right_head[1] is EntityType.PLACE:
                start = tokens[k][2]
        if start > 0 and text[start] in MEASURE_CHARS and (text[start - 1].isdigit() or text[start - 1] in NUMERAL_CHARS):
            start += 1  # 7条特色胡同: the measure word belongs to the number
        voltage = _VOLTAGE.search(text[max(0, start - 30):start]) if kind is EntityType.PROJECT else None
        if voltage:  # 110千伏坪地输变电工程: power works are named with their voltage, and a line with the places
            # it joins and its circuit (海南—广东第三回500千伏交流线路工程)
            start -= len(voltage[0])
            if voltage["joins"]:
                left, right = re.split("[—–-]", voltage["ends"])
                place = next((left[n:] for n in range(len(left) - 1) if _place_or_region(left[n:])), "")
                start += len(left) - len(place) if place and _place_or_region(right) else len(voltage["joins"])
        name = text[start:end]
        if head == "院区" and not any(h in name[:-2] for h in ("医院", "院", "所", "大学", "中心")):
            continue  # 通州院区, 庄院区 (亦|庄院区): a campus is named with its institution, or the name was cut
        if kind is EntityType.ORGANIZATION and any(name.endswith(b) and name != b for b in BODIES) \
                and not gazetteer.is_place_name(name[: -max(len(b) for b in BODIES if name.endswith(b))]):
            continue  # 严格执行区人大: a verb glued to a body's name
        modifiers = tokens[j:i] if word == head else tokens[j:i + 1]
        if word != head and j == i and not glued:
            modifiers = []
        # 创建国家革命文物协同研究中心, 设立省水网运行调度中心: a body founded here is one body, whatever its words
        founded = kind is EntityType.ORGANIZATION and j > 0 and tokens[j - 1][0] in FOUNDING_VERBS \
            and head_start - j >= 2 and head not in GENERIC and not a_kind(modifiers)
        if word in GENERIC_HEAD_TOKENS and not founded and not (j < head_start and tokens[head_start - 1][1] in STRONG_TAGS
                                                and tokens[head_start - 1][0] not in GENERIC
                                                and not bare_head(tokens[head_start - 1][0])) \
                and not (word in FACILITY_HEADS and i - j >= 2 and place_word(tokens[j])) \
                and not (kind is EntityType.PLACE and _opened_by_unknown_word(tokens, j, head_start)) and spelt is None \
                and not _proper_before_kind(tokens, j, head_start) and not _landform_before(tokens, j, head_start, kind):
            continue  # 国家中心城市, 东部地区, 古城地区: a generic head needs a proper noun right before it, or
            # before the words of its kind (大东路|历史文化|街区), or a landform's name (月亮|湾|片区)
        designated = any(t[0].endswith(DESIGNATED) for t in modifiers) or head.startswith(DESIGNATED)
        if kind is EntityType.PROJECT and not themed and (head.endswith(WORKS_WORDS) or head in ACTION_HEADS
                                                          or head.startswith(DESIGNATED)) and not any(
                t[1] in STRONG_TAGS and (t[0] not in GENERIC or t[0].endswith("部地区") and head.startswith(DESIGNATED))
                or place_word(t) for t in modifiers) and not (
                designated and modifiers and modifiers[0][0] in ("国家", "国家级", "省级")) \
                and not (head in ("计划", "行动计划") and _named_for_its_aim(modifiers)):
            continue  # 排水管网改造, 市容整治: an activity on a common noun, not a named project; a plan named for
            # what it does to whom is one (农村义务教育学生营养改善计划, 中小微企业就业支持计划)
        if kind is EntityType.PROJECT and head in ("工程", "行动", "专项行动") and head_start > j \
                and tokens[head_start - 1][0].endswith(WORKS_WORDS) and tokens[head_start][0] not in _DURATIONS and not any(
                t[1] in STRONG_TAGS and t[0] not in GENERIC or t[0].startswith("“") for t in modifiers):
            continue  # 排水管网改造工程, 市容规范整治行动: works on a common noun, with a programme's head after them;
            # …提升行动, …建设行动 name national programmes (全民科学素质提升行动, 乡村建设行动) and stay
        if head == "班列":  # 中欧班列, 中老班列 are named by the places they join; 海铁联运班列 is a kind of train
            k = head_start
            while k > j and (place_word(tokens[k - 1]) or tokens[k - 1][0] in "()（）"
                             or tokens[k - 1][1] in PROPER_TAGS and tokens[k - 1][0] not in GENERIC):
                k -= 1
            if not any(place_word(t) for t in tokens[k:head_start]):
                continue
            j, start, modifiers = k, tokens[k][2], tokens[k:i]  # 加密|中欧中亚班列, 兰州列为|中欧班列
            name = text[start:end]
        if head in PROPER_NAMED_HEADS and not any(len(t[0]) >= 2 and (place_word(t) or t[1] in STRONG_TAGS)
                                                  and t[0] not in GENERIC for t in modifiers) \
                and not (modifiers and (modifiers[0][0] in UNIT_LEVELS or modifiers[0][0] == "国家")):
            continue  # 储能电站, 绿色石化, 创业投资基金: kinds; 龙滩水电站, 兰州石化, 国家融资担保基金 are named
        if kind is EntityType.PROJECT and head in ("行动", "专项行动", "工程", "平台", "活动", "大赛") and len(modifiers) == 1 \
                and modifiers[0][1] in COMMON_TAGS | {"l"} and word == head:
            continue  # 生态工程, 领先行动, 开放平台: one common word and a programme's head name a kind of work
        if head in PLAN_HEADS and head_start > 0 and tokens[head_start - 1][0] in PLAN_OF_PROGRAMME:
            continue  # “八五”普法规划: the plan of a programme; the programme is the name (“八五”普法)
        if head == "方案" and word == head and len(modifiers) == 1 and place_word(modifiers[0]):
            continue  # 中国方案, 福建方案: a place's way of doing things, not a plan
        if head in PLAN_HEADS and word == head and modifiers \
                and all(t[0] in BODIES or t[0] in RELATIVE_BODIES for t in modifiers):
            continue  # 纳入省政府规划: a body's plans, whichever they are
        if kind is EntityType.ORGANIZATION and any(t[0] in BODY_VERBS for t in modifiers) and not any(
                t[1] in STRONG_TAGS and t[0] not in GENERIC or place_word(t) for t in modifiers):
            continue  # 产业创新研究院: a body's verb with no proper noun to name the body
        if word.endswith(_NEVER_ENDINGS) or word.endswith(FALSE_HEAD_ENDINGS):  # 农村, 新型农村
            continue
        if len(word) == 1 and i > 0 and tokens[i - 1][0][-1:] + word in FALSE_HEAD_ENDINGS:
            continue  # 非煤矿|山: a word ending like a head over two tokens
        if kind is EntityType.ORGANIZATION and head in INSTITUTION_HEADS and not founded and not branded and not any(
                (t[1] in STRONG_TAGS or t[1] == "f") and t[0] not in GENERIC for t in modifiers
                if t is not token or j == i or not common_word(word[: len(word) - len(head)])):
            continue  # 公立医院, 中小银行, 国有|商业银行: a kind of institution, unless a proper noun names it
            # (jieba's dictionary tags 商业银行 a body's name; alone, as 交通银行 is, it may be one)
        if kind is EntityType.PLACE and head in DESIGNATION_HEADS and not _opened_by_unknown_word(tokens, j, head_start) \
                and not _landform_before(tokens, j, head_start, kind) and not any((t[1] in STRONG_TAGS or gazetteer.is_place_name(t[0]))
                and (t[0] not in GENERIC and t[0] not in COMPASS_REGIONS or t[0].endswith("部地区") and head.endswith("区"))
                and t[0] not in SLOGAN_MODIFIERS
                for t in (modifiers if modifiers or word == head else _proper_core_token(word, head))):
            continue  # 旅游消费集聚区, 国家示范步行街: a designation, unless a proper noun names it
        if kind is EntityType.PLACE and head in ROUTE_HEADS and not abbreviated and not any(
                (t[1] in STRONG_TAGS or gazetteer.is_place_name(t[0])) and t[0] not in GENERIC
                for t in (modifiers if modifiers or word == head else [token])
                + (section if any(len(t[0]) >= 2 for t in tokens[j:i]) else [])):
            continue  # 干线铁路, 城市间高铁, 1小时高铁: a railway or a road is named by the places it joins
        if kind is EntityType.PLACE and j < i and all(t[0] in SLOGAN_MODIFIERS for t in tokens[j:i]):
            continue  # 美丽河湖, 美丽海湾: an honour or a goal, not a place
        if kind is EntityType.PLACE and modifiers and modifiers[0][0] in NATIONAL_WORDS and not any(
                t[1] in STRONG_TAGS and t[0] not in GENERIC for t in modifiers[1:]):
            continue  # 国家文化公园, 国家森林公园: a national designation of common nouns is a kind of place
        if not modifiers and word != head and tag not in STRONG_TAGS and not gazetteer.is_place_name(word) \
                and not department_word(word) and not street_of_place(word, head):
            continue  # 铁路, 海岛, 灌区: a common noun that happens to end in a class head; not 未央路
        if not modifiers and word != head and kind is EntityType.PROJECT and len(word) - len(head) >= 2 \
                and common_word(word[: len(word) - len(head)]):
            continue  # 开放平台, 数字平台: one word jieba tags a name, a common word and a programme's head
        if modifiers and not designated and a_kind(modifiers):
            continue  # 县级综合养老服务平台, 所有盟市: a level or a determiner before common nouns makes a kind
        if spelt is not None or branded or is_name(name, modifiers, head, kind) or (held is not None and j == held + 1 or themed) and i > j \
                and name not in GENERIC:
            strong = any(t[1] in STRONG_TAGS for t in modifiers) or not modifiers
            yield start, end, kind, 0.75 if strong else 0.6


# A word ending in one of these is no name, whatever comes before (农村, 新型农村).
_NEVER_ENDINGS = tuple(NEVER_HEADS)

# Regions of the country named by the compass (西南, 中部地区): they name no designation (西南区域电力枢纽),
# as 长三角, 成渝 do (长三角生态绿色一体化发展示范区).
COMPASS_REGIONS = frozenset(w for w in MACRO_REGIONS if re.fullmatch(r"[东西南北中华]+(?:部)?(?:地区)?", w))

# Heads of plants, firms and funds that only a proper noun, a place, the country or the unit's character names.
PROPER_NAMED_HEADS = frozenset("电站 水电站 核电站 核电 石化 投资基金 引导基金 母基金 科创基金 担保基金 产业基金 "
                               "污水处理厂 垃圾处理厂".split())

# Levels below the country that make a kind of what follows them (县级中医医院, 省级文明城市).
_LOCAL_LEVELS = ("省级", "市级", "县级", "区级", "乡级", "村级")

# A number and a measure word opening a name count things of a kind (7个专项行动).
_COUNTED_NAME = re.compile(r"[0-9]+(?:多|余)?[个项类批家所座条]")

# What follows a name that an award is named after (“五个一工程”奖, “鲁班奖”): the award, an honour, is no entity.
_HONOUR = re.compile(r"[”\"]?(?:(?:[\u4e00-\u9fff]{0,4}作品)?奖(?![牌金励补])|(?:崇高)?荣誉(?!感)|称号)")

# What after a one-character unit (省, 市) makes it the report's unit's scope or level (省境内, 市级, 省际).
UNIT_SCOPES = ("境内", "境外", "内", "外", "域", "级", "际", "属", "直")

# Words that make a national designation of the common nouns after them.
NATIONAL_WORDS = ("国家", "国家级", "全国", "世界", "国际")


def _unit_short_name(word: str) -> bool:
    """Whether a word is a unit's short name, whatever jieba tags it (常熟 a): a place inside it may follow
    (常熟|沙家浜虞山尚湖旅游区)."""
    found = gazetteer.lookup(word) if len(word) >= 2 else None
    return found is not None and found.short_name == word


def _place_or_region(word: str) -> bool:
    return gazetteer.is_place_name(word) or word in MACRO_REGIONS or word in gazetteer.countries()


_VOLTAGE = re.compile(rf"(?P<joins>(?P<ends>[\u4e00-\u9fff]{{2,4}}[—–-][\u4e00-\u9fff]{{2,4}}?)(?:第[一二三四五六七八九十]+回)?)?"
                      rf"(?<![0-9.]){VOLTAGE}$")


def _opens_programme(tokens: list[Token], k: int) -> bool:
    """Whether token k leads into a programme's name: 新一轮, the verb that launches it, or a join after
    another programme's head (产业基础再造工程|和|重大技术装备攻关工程)."""
    word = tokens[k][0]
    return word in ROUND_WORDS or word in LAUNCH_VERBS \
        or word in LIST_JOINS and k > 0 and head_kind(tokens[k - 1][0]) is EntityType.PROJECT


_DURATIONS = frozenset(action.removesuffix("行动") for action in DURATION_ACTIONS)  # 两年, 三年, 五年


LIST_OPENERS = frozenset("、，,。；;：:“")  # what comes before a name that opens a list item or a clause


def _unknown_opener(tokens: list[Token], j: int) -> bool:
    """Whether token j is a two-character word jieba's dictionary lacks, tagged a verb, that opens a clause or
    a list item right before a head (、盛龙|广场、): the proper noun of a name, not a verb governing one."""
    return tokens[j][1] == "v" and len(tokens[j][0]) == 2 and tokens[j][0] not in pos_table() \
        and tokens[j][0] not in RETAGGED and tokens[j][0] not in BOUNDARY_WORDS and tokens[j][0][0] not in "要将把" \
        and tokens[j][0][1] not in RESULT_COMPLEMENTS and (j == 0 or tokens[j - 1][0] in LIST_OPENERS) \
        and j + 1 < len(tokens) and tokens[j + 1][0] not in ROUTE_HEADS


def _opened_by_unknown_word(tokens: list[Token], j: int, head_start: int) -> bool:
    """Whether a place's name starts at token j with a word jieba lacks, then only nouns up to its head
    (启跃|文化|产业园, 、盛龙|广场): that word is the name's proper noun."""
    return j < head_start and _unknown_opener(tokens, j) and all(t[1] in NOUN_TAGS for t in tokens[j + 1:head_start])


# Heads of places named by a word of another language or a rare one, which jieba cuts into characters
# (满都拉口岸, 磨憨镇, 跳蹬水库, 黄磏港)
_SPELT_HEADS = frozenset("口岸 水库 港 岛 河 湖 镇 乡 苏木 嘎查 村 沟 遗址 水电站 航道".split())
# Characters that are words of their own before a place (在, 和, 全, 每, 更多): no spelt-out name holds them
_WORD_CHARS = frozenset("的和与及或在把对各全每该本等是为将使到向从由于以个了着过被让给有这那其此更多不出入进也并又再还就"
                        "而且所之一二三四五六七八九十两百千万亿几新老大小")


def _spelt_start(tokens: list[Token], j: int, head_start: int) -> int | None:
    """Where a place's name starts when jieba spelt it out in characters before its head (满|都|拉|口岸, 下|党|乡):
    the run of single characters (or words jieba's HMM made up) that are no words of their own, through token j;
    None when there is no such run of at least two characters."""
    def spelt(token: Token) -> bool:
        return _HAN.fullmatch(token[0]) is not None and (len(token[0]) == 1 and token[0] not in _WORD_CHARS
                                                         or token[1] == "x" and len(token[0]) <= 3)
    if not all(spelt(t) for t in tokens[j:head_start]):
        return None
    k = j
    while k > 0 and spelt(tokens[k - 1]) and not (k < head_start and tokens[k][0] in RESULT_COMPLEMENTS
                                                    and tokens[k - 1][1] == "v"):  # 建|好|港: a verb of result
        k -= 1
    return k if sum(len(t[0]) for t in tokens[k:head_start]) >= 2 else None


# Words of the kind a generic head is (历史文化街区, 特色街区): a proper noun may come before them, not after
_KIND_WORDS = frozenset("历史 文化 特色 传统 商业 休闲".split())


def _proper_before_kind(tokens: list[Token], j: int, head_start: int) -> bool:
    """Whether a generic head has words of its kind right before it and a proper noun before them
    (大东路|历史|文化|街区, 三坊七巷|历史文化街区)."""
    k = head_start
    while k > j and tokens[k - 1][0] in _KIND_WORDS:
        k -= 1
    return j < k < head_start and tokens[k - 1][1] in STRONG_TAGS and len(tokens[k - 1][0]) >= 2 \
        and tokens[k - 1][0] not in GENERIC and not bare_head(tokens[k - 1][0]) \
        and not (k >= 2 and tokens[k - 2][0] == "等")  # not 兴化|府|历史文化街区's 府, nor the class of a list
    # (官局子胡同等|中街特色文化街区)


# The endings of a firm's name that follow its brand (淘天集团)
_FIRM_HEADS = frozenset({"集团", "公司", "股份", "控股", "集团公司"})


def _manner_of_verb(tokens: list[Token], k: int) -> bool:
    """Whether token k is an adverb of manner between a noun and a verb (农民工|就近|就业三年行动,
    企业|就地|转型行动): the three name what a programme has whom do how; the verbs that launch one stay out."""
    return k >= 1 and k + 1 < len(tokens) and tokens[k][1] == "d" and tokens[k][0] not in BOUNDARY_WORDS \
        and tokens[k + 1][1] == "v" and tokens[k + 1][0] not in BOUNDARY_WORDS and tokens[k + 1][0] not in GOVERNING_WORDS \
        and tokens[k - 1][1] in NOUN_TAGS and tokens[k - 1][0] not in GENERIC


def _landform_before(tokens: list[Token], j: int, head_start: int, kind: EntityType) -> bool:
    """Whether a place's generic head follows a landform's name that jieba split from its one-character head
    (月亮|湾|片区, 白沙|湾|片区): a noun and the head of a place."""
    return kind is EntityType.PLACE and j <= head_start - 2 and len(tokens[head_start - 1][0]) == 1 \
        and head_kind(tokens[head_start - 1][0]) is EntityType.PLACE and tokens[head_start - 2][1] in ("n", "nz", "ns", "nr") \
        and tokens[head_start - 2][0] not in GENERIC and len(tokens[head_start - 2][0]) >= 2


def _brand_verb(token: Token) -> bool:
    """Whether a token is a two-character word jieba's dictionary lacks, tagged a verb or an adverb by its first
    character, and no verb of result (做强, 建强): a brand before a firm's ending (淘天|集团)."""
    return token[1] in ("v", "d") and len(token[0]) == 2 and _HAN.fullmatch(token[0]) is not None \
        and token[0] not in pos_table() and token[0] not in RETAGGED and token[0] not in BOUNDARY_WORDS \
        and token[0][1] not in RESULT_COMPLEMENTS


# What ends a verb of result (做强, 抓实, 建优): such a word jieba lacks is a verb, not a name.
RESULT_COMPLEMENTS = frozenset("强实好优大火新细活深精准牢稳美靓亮高全")


def _walk_left(tokens: list[Token], i: int, j: int, kind: EntityType, head: str, head_start: int) -> int | None:
    """The first token of a name whose head is token i, walking left from token j over what its class may hold;
    None when the name runs on past what the walk takes (its tail is no name)."""
    # a zone's or a park's name holds what it is for (中意临港创新合作产业园), and so does a zone's being built
    # (赣州革命老区高质量发展示范区建设)
    zone = kind is EntityType.PLACE and (head in DESIGNATION_HEADS or head.endswith("产业园")) \
        or kind is EntityType.PROJECT and head.endswith("建设") and (head[:-2] in DESIGNATION_HEADS
                                                                   or head[:-2] in ("示范县", "示范市"))
    zone_verb = None  # the first verb of what a zone is for that the walk went past (承接产业转移集聚区)
    while j > 0 and head_start - j < MAX_LEFT_TOKENS:  # a head spread over two tokens counts as one
        if tokens[j - 1][1] == "f" and j >= 2 and tokens[j - 2][0].endswith(("会议", "大会")):
            break  # 在…第三次会议上|安徽省人民政府: the meeting ends before the body that reports to it
        if _takes(tokens[j - 1], tokens[j], kind):
            j -= 1  # places hold no verbs (沈河区获得东三省, 更新改造复康路); programmes do (综合保护利用工程)
        elif zone and tokens[j - 1][0] in ZONE_VERBS:
            zone_verb = j - 1 if zone_verb is None else zone_verb
            j -= 1
        elif zone and tokens[j - 1][0] == "重点" and j >= 2 and place_word(tokens[j - 2]) and tokens[j][0] in ZONE_VERBS:
            j -= 1  # 塔城重点开发开放试验区: a key zone of what it is for, named by a place
        elif kind is EntityType.PROJECT and j < head_start and _key_between_nouns(tokens, j):
            j -= 1
        elif kind is EntityType.PROJECT and j >= 3 and tokens[j - 1][0] == "段" and place_word(tokens[j - 2]) \
                and (place_word(tokens[j - 3]) or head_kind(tokens[j - 3][0]) is EntityType.PLACE
                     or j >= 4 and tokens[j - 3][0] != "至" and place_word(tokens[j - 4])):  # 长江|干流|安徽|段
            j -= 2  # 长江池州段|河道治理: works on a stretch of a river or a road in a place
        elif kind is EntityType.PROJECT and j >= 3 and tokens[j - 1][0] in ("届", "次", "轮") \
                and tokens[j - 2][0].isdigit() and tokens[j - 3][0] == "第":
            j -= 3  # 第|33|届|奥运会: an edition in digits, which jieba splits, is part of the event's name
        elif kind is EntityType.PROJECT and tokens[j - 1][0] in PROGRAMME_ADVERBS and tokens[j][0] in PROGRAMME_VERBS \
                and tokens[j + 1][0] == "新":
            j -= 1  # 全面|振兴新突破三年行动: a programme named for a new stage of what it does
            break
        elif j < head_start and _splits_head(tokens, j):
            j -= 1  # 山东|自贸|试验区|青岛|片区: the head of a name inside this one, over two tokens
        elif kind is EntityType.PLACE and j >= 2 and tokens[j - 1][1] == "v" and len(tokens[j - 1][0]) >= 2 \
                and tokens[j - 1][0] not in pos_table() and tokens[j - 1][0] not in BOUNDARY_WORDS \
                and place_word(tokens[j - 2]):
            j -= 2  # 鄂州花湖机场: a word jieba's dictionary lacks, tagged a verb by its first character, after a place
            break  # …whose name starts there
        elif kind is EntityType.ORGANIZATION and j == head_start and head in _FIRM_HEADS and _brand_verb(tokens[j - 1]):
            j -= 1  # 落地淘天集团, 中国能建集团: a word jieba's dictionary lacks, tagged a verb by its first character,
            # is the brand a firm's ending follows
        elif kind is EntityType.PLACE and j <= head_start and j > 0 and _unknown_opener(tokens, j - 1):
            j -= 1  # 、盛龙广场、, 启跃文化产业园: a word jieba's dictionary lacks, tagged a verb, opening a listed place's name
            break
        else:
            break
    if kind is EntityType.PROJECT and head_start - j >= MAX_LEFT_TOKENS and j > 0 and _takes(tokens[j - 1], tokens[j], kind) \
            and tokens[j - 1][1] not in ("v", "vd", "vn") and tokens[j - 1][0] not in BOUNDARY_WORDS:
        return None  # 新技术新产品新场景大规模应用示范行动: a name longer than we walk; its tail is no name
    if zone_verb is not None and not any((place_word(t) or t[1] in ("nt", "nz", "nr")
                                          or t[1] in ("x", "j") and len(t[0]) >= 2 and CJK.match(t[0]))
                                         and t[0] not in SLOGAN_MODIFIERS for t in tokens[j:zone_verb]):
        j = zone_verb + 1  # 产教集聚示范区, 普惠金融发展示范区: only a place's name takes a zone's verbs into it, or
        # a word jieba's dictionary lacks or abbreviates, most often places joined (郑洛新国家自主创新示范区)
    if kind is EntityType.PLACE and j == head_start - 2 and tokens[j][0] in DESIGNATION_HEADS and len(tokens[j][0]) > 1 \
            and place_word(tokens[j + 1]) and j > 0 and tokens[j - 1][1] in VERB_TAGS:
        j += 1  # 国家自主创新示范区|福州片区: not a name that opens with a bare zone word its walk stopped after
    if kind is EntityType.PROJECT and (head in PROGRAMME_HEADS or head.endswith(HELD_HEADS)) \
            and (j >= head_start or j == head_start - 1 and tokens[j][1] == "v" and tokens[j][0] not in _STATE_VERBS):
        # 企业科技创新能力提升三年行动, 民营经济高质量发展护航行动: a programme is named by what it does to a noun
        k = j
        while k > 0 and j - k < 3 and (tokens[k - 1][0] in PROGRAMME_VERBS
                                       or tokens[k - 1][0] in PROGRAMME_ADVERBS and tokens[k][1] in ("v", "vn")
                                       or _manner_of_verb(tokens, k - 1)):
            k -= 1  # 空气质量持续改善行动: an adverb before the programme's verb stays in its name
        if k < j and k > 0 and (tokens[k - 1][1] in NOUN_TAGS or tokens[k - 1][1] == "l"
                                and not holds_verb(tokens[k - 1][0])) and name_like(tokens[k - 1]) \
                and (tokens[k - 1][0] not in GENERIC  # 宁镇扬一体化发展三年行动计划
                     or head_kind(tokens[k - 1][0]) is EntityType.PROJECT and k >= 2 and name_like(tokens[k - 2])
                     and tokens[k - 2][0] not in GENERIC):  # 城市生命线工程|提升行动: a programme on named works
            j = k
            while j > 0 and i - j < MAX_LEFT_TOKENS + 2 and (name_like(tokens[j - 1]) or _key_between_nouns(tokens, j)):
                j -= 1
    if kind is EntityType.ORGANIZATION and j > 1 and i - j < 3 and tokens[j - 1][1] in ("v", "vn"):
        founded = next((k for k in range(j - 2, max(0, i - 6) - 1, -1) if tokens[k][0] in FOUNDING_VERBS), None)
        if founded is not None and tokens[founded + 1][1] in NOUN_TAGS | {"b"} and all(
                name_like(t) or t[0] in BOUNDARY_WORDS and t[1] in ("v", "vn") for t in tokens[founded + 1:j]):
            j = founded + 1  # 组建民营经济发展服务局: a body founded here is named from the verb that founds it
    return j


# Heads of areas two places or parties joined by a dash name together (沈阳-欧盟经济开发区).
_JOINT_AREAS = frozenset("开发区 经济开发区 高新区 经开区 商圈".split())
# What comes before a zone word that makes it a kind of zone (国家级经开区, 各高新区, 两个开发区, 、经开区)
_OF_A_KIND = re.compile(r"(?:级|各|全|个|家|类|批|、|和|与|及|[0-9一二两三四五六七八九十])$")


def _bodies_of_the_unit_named_before(text: str, seen: dict[tuple[int, int], Mention]) -> dict[tuple[int, int], Mention]:
    """Bodies named by the unit's character right after a body of a named unit, in one list, are that unit's
    (在宁德市委、市政府和福安市委的领导下: 市政府 is 宁德市人民政府, not 福安市's own)."""
    unit, previous_end = None, -1
    out = dict(seen)
    for key in sorted(seen):
        m = seen[key]
        if m.type is not EntityType.ORGANIZATION:
            continue
        surface = plain(m.text)
        if named := committee_unit(surface):
            unit, previous_end = named, m.end
        elif unit and surface in RELATIVE_BODIES and text[previous_end:m.start] == LIST_ITEM_SEP \
                and surface.startswith(unit[-1]) and m.name == m.text:
            out[key] = replace(m, name=body_of(surface, unit))
            previous_end = m.end
        else:
            unit = None
    return out


def _without_names_inside_hosts(seen: dict[tuple[int, int], Mention]) -> dict[tuple[int, int], Mention]:
    """Mentions less the places inside the name of a body or an event, which name what they hold or host
    rather than stand for a place the text speaks of (上海 in 上海世界博览会, 浙江省 in 浙江省人民医院毕节医院),
    and less the bodies that open a body's name, which name the branch rather than the parent (中国人民大学 in
    中国人民大学福州研究院, as 中科院 in 中科院金属所; one that closes it may be the real name after words
    the left walk took by mistake); places inside works keep theirs (满堂河 in
    满堂河、辉山明渠综合治理), and so do bodies inside a programme's (区人大 in 区人大三方平台)."""
    bodies = [(m.start, m.end) for m in seen.values() if m.type is EntityType.ORGANIZATION]
    hosts = bodies + [(m.start, m.end) for m in seen.values() if m.type is EntityType.PROJECT and _an_event(m.text)]
    return {key: m for key, m in seen.items()
            if not (m.type is EntityType.PLACE and any(a <= m.start and m.end <= b and (a, b) != key for a, b in hosts))
            and not (m.type is EntityType.ORGANIZATION and any(a == m.start and m.end < b for a, b in bodies))}


def _an_event(name: str) -> bool:
    """Whether a programme's name is an event's (…博览会, …论坛, …大会, …年会)."""
    found = head_of(name.rstrip("”"))
    return found is not None and (found[0].endswith(HELD_HEADS) or found[0] in ("年会", "首脑会议", "系列活动")) \
        or name.endswith(_EVENT_SERIES) or bool(GAMES_EDITION.search(name))  # 亚洲冬运会, 巴黎奥运会


def _study_start(tokens: list[Token], j: int, head_start: int) -> int:
    """Where a study campaign's name starts: at the verbs of study before what it studies, counts included
    (深入贯彻|中央|八项|规定|精神|学习教育); where the walk stopped when no such verb comes first (党纪学习教育)."""
    # 省政府巩固拓展主题教育: a verb that is not one of study ends the name on the left
    j = max([j] + [k + 1 for k in range(j, head_start) if tokens[k][1] == "v" and tokens[k][0] not in STUDY_VERBS])
    k = j
    while k > 0 and head_start - k < 2 * MAX_LEFT_TOKENS and tokens[k - 1][0] not in STUDY_VERBS and (
            name_like(tokens[k - 1]) or tokens[k - 1][1] == "m" and k < head_start and name_like(tokens[k])):
        k -= 1
    if not (k < head_start and k > 0 and tokens[k - 1][0] in STUDY_VERBS):
        return j
    while k > 0 and tokens[k - 1][0] in STUDY_VERBS:
        k -= 1
    if k > 0 and tokens[k - 1][0] == "深入" and tokens[k][0] == "贯彻":
        k -= 1
    return k


def _proper_core_token(word: str, head: str) -> list[Token]:
    """What names a one-token designation (三峡库区 → 三峡), as a token, when jieba's dictionary or the
    gazetteer knows it as a place or a proper noun; none for a common one (自由贸易区, 丘陵地区, 湾区)."""
    core = word[: len(word) - len(head)]
    known = len(core) >= 2 and (gazetteer.is_place_name(core) or core in MACRO_REGIONS
                                or pos_table().get(core) in ("ns", "nr", "nz")
                                or any(gazetteer.is_place_name(core[:n]) for n in range(2, len(core) - 1)))
    # 苏州工业园区: a place's name and what the zone is for
    return [(core, "ns", 0)] if known else []


def _splits_head(tokens: list[Token], j: int) -> bool:
    """Whether the token before j and token j make a class head together that neither is alone (自贸 试验区)."""
    joined = head_of(tokens[j - 1][0] + tokens[j][0])
    return joined is not None and len(joined[0]) > len(tokens[j][0]) and head_of(tokens[j][0]) is not None


def _key_between_nouns(tokens: list[Token], j: int) -> bool:
    """Whether the token before j is 重点 between two nouns (制造业重点产业链高质量发展行动): part of a
    programme's name, where elsewhere it is an adverb (重点推进) that ends one."""
    return tokens[j - 1][0] == "重点" and j >= 2 and tokens[j - 2][1] in NOUN_TAGS and name_like(tokens[j - 2]) \
        and tokens[j - 2][0] not in GENERIC


# Adjectives of scale or weight, which make a kind of programme (重大水利工程), not a programme's name
_RANK_ADJECTIVES = frozenset("重大 重要 主要 重点 大型 一般 特大 较大 各类 新型".split())


def _takes(before: Token, first: Token, kind: EntityType) -> bool:
    """Whether a name of this class whose first token is ``first`` goes on left to ``before``."""
    if kind is EntityType.ORGANIZATION and before[0].endswith("企业") and first[1] in ("ns", "nz", "nr", "nrt", "x", "j"):
        return False  # 世界500强企业|吉利控股集团: what kind of firm it is, before its name (not 徽派企业国际…联盟)
    if kind is EntityType.ORGANIZATION and NUMBERED.fullmatch(before[0]):
        return True  # 沈阳市第一中学, 第一机械工业部: a body's number is part of its name
    if kind is EntityType.ORGANIZATION and first[0] in UNIT_LEVELS and len(first[0]) == 1 and not place_word(before) \
            and not city_name(before[0]):
        return False  # 华西医院领办|市人民医院: the unit's character opens the report's own body, after no place
    return name_like(before) \
        and not (kind is not EntityType.PROJECT and (before[1] in VERB_TAGS or before[0].endswith(ACTION_WORDS)
                                                    or before[1] == "vn" and place_word(first)
                                                    or before[1] == "l" and len(before[0]) == 4
                                                    and verb_word(before[0][:2]) and verb_word(before[0][2:])
                                                    or before[1] == "i" and len(before[0]) == 4
                                                    and (verb_word(before[0][:2]) or verb_word(before[0][2:])))
                 # 国务院深切关怀|老区苏区: an idiom of what someone does ends a place's name
                 and not (kind is EntityType.ORGANIZATION and before[0] in BODY_VERBS)
                 and not city_name(before[0])) \
        and (kind is EntityType.PROJECT or before[0] not in GOVERNING_WORDS) \
        and not _verb_before_name(before, first)


def _scoped_start(tokens: list[Token], j: int) -> int:
    """Where a name starting at token j starts when 中国, a region or a place, then a place in brackets, come
    right before it (中国(内蒙古)自由贸易试验区, 国家(上海)平板显示器件产业园, 西部(成都)科学城): the wider name scoped
    to the place."""
    if j >= 4 and tokens[j - 1][0] in ")）" and tokens[j - 3][0] in "(（" and place_word(tokens[j - 2]) \
            and (tokens[j - 4][0] in ("中国", "国家") or place_word(tokens[j - 4]) or tokens[j - 4][0] in COMPASS_PARTS):
        return j - 4
    return j


COMPASS_PARTS = ("东部", "西部", "南部", "北部", "中部")


def _verb_before_name(verb: Token, following: Token) -> bool:
    """Whether a verb takes a named thing as its object (纳入 国家…, 出席 联合国大会): the name starts after it.

    A programme's own verbs (提升, 培育) and actions (改造) stay inside its name.
    """
    return verb[1] in ("v", "vd") and verb[0] not in PROGRAMME_VERBS and not verb[0].endswith(ACTION_WORDS) \
        and (following[1] == "nt" or following[0] in SCOPE_NAMES)


KIND_OF_ECONOMY = frozenset("经济 产业 工业 制造".split())
# Words that follow a name, which jieba's HMM may glue to its last character (斧头湖|等 read as 斧头|湖等).
GLUED_AFTER_HEAD = frozenset("以为在和的等与是将被对从")
_PARENTHESIS = re.compile(r"[(（][^()（）]{1,20}[)）]")
HYPHENS = ("-", "—", "－", "–")
FOUNDING_VERBS = frozenset("组建 成立 设立 新设 挂牌 筹建 创建 投用 揭牌".split())
LIST_JOINS = ("、", "和", "及", "与")

# Words for the country that open a name as proper nouns do (国家 in 国家现代化都市圈培育行动).
SCOPE_NAMES = ("国家", "中国", "全国")


# Prepositions that end what comes before them: a name starts after them (店向西中街 → 西中街).
GLUE_PREPOSITIONS = "向在从往至于"


# Words jieba's dictionary makes of 以 and the compass word that opens a name (以西 咸新区 → 西咸新区).
GLUED_LOCATIVES = frozenset({"以东", "以西", "以南", "以北"})


_SECTION = re.compile(r"[(（][\u4e00-\u9fff]{1,10}段[)）]")


def _with_section(text: str, start: int, end: int, kind: EntityType) -> int:
    """Where a place's or a works' name ends when the stretch it means follows in brackets: 广明高速公路(广州段),
    长征国家文化公园（江西段）, as the fullest name the text uses."""
    section = _SECTION.match(text, end) if kind in (EntityType.PLACE, EntityType.PROJECT) \
        and not gazetteer.is_place_name(text[start:end]) else None  # not 北海 of 贵阳至北海（南宁至北海段）
    return section.end() if section else end


def _in_section(text: str, start: int, end: int) -> bool:
    """Whether a span names the stretch of a longer name (昭通 of 赤水河(昭通段), 临猗 of 209国道改造临猗段): a
    place of its own, which the longer name does not hide."""
    return text[end:end + 2] in ("段)", "段）") or text[start - 1:start] in "(（" and text.startswith("段", end) \
        or text.startswith("段", end) and end - start >= 2 and text[end + 1:end + 2] not in ("、", "和")  # 临猗 of
    # 209国道改造临猗段, 运城 of 黄河干流运城段治理: the place a stretch lies in; not a route's ends (乐成至黄华段)


_CITY_AREAS = ("中心城区", "主城区", "老城区", "新城区", "城区", "市区")


def _without_city_area(text: str, candidate: tuple[int, int, EntityType, float]) -> tuple[int, int, EntityType, float]:
    """A place's name without the part of the city it is said to lie in (中心城区|人民南路)."""
    start, end, kind, confidence = candidate
    area = next((a for a in _CITY_AREAS if text.startswith(a, start)), "") if kind is EntityType.PLACE else ""
    return (start + len(area), end, kind, confidence) if area and end - start - len(area) >= 3 else candidate
# Named areas a street is given in before its name (神农新区清溪路): two places, not one.


def _whole_own_name(text: str, candidate: tuple[int, int, EntityType, float], own_full: tuple[str, ...]
                    ) -> tuple[int, int, EntityType, float]:
    """A name that ends the report's own unit's or government's name but starts inside it (镇县人民政府 of
    天|镇|县人民政府, which jieba cut) is that whole name, and a place that stops inside the unit's name
    (沈阳市和平 of 沈阳市和平|区政府) is that unit."""
    start, end, kind, confidence = candidate
    for full in own_full:
        if len(full) > end - start and text[max(0, end - len(full)):end] == full and full.endswith(text[start:end]) \
                and end - start >= 2:
            return end - len(full), end, kind, confidence
    if kind is EntityType.PLACE:  # 沈阳市和平|区政府: a run that stops inside the report's own unit's name is it
        for full in own_full:
            cut = next((j for j in range(2, min(len(full), end - start + 1)) if text[end - j:end] == full[:j]
                        and text.startswith(full, end - j)), None)
            if cut:
                return end - cut, end - cut + len(full), kind, confidence
    return candidate


def _station_of(text: str, candidate: tuple[int, int, EntityType, float]) -> tuple[int, int, EntityType, float]:
    """A place followed by 站 between stations is the station named after it (凤凰山站至后官湖公园站区间)."""
    start, end, kind, confidence = candidate
    if kind is EntityType.PLACE and text.startswith("站", end) and _STATION_RUN.match(text, end + 1):
        return start, end + 1, kind, confidence
    return candidate


def _invested_works(text: str, tokens: list[Token]) -> Iterable[tuple[int, int, EntityType, float]]:
    """A project its investment describes, named by a proper noun or a firm (投资20亿元的振华石油储备库项目,
    投资100亿元的香港招商局江苏海工项目); not a count or a kind of them (投资242亿元的服务业重点项目, …的37个项目)."""
    token_at = {offset: k for k, (_, _, offset) in enumerate(tokens)}
    for match in _INVESTED.finditer(text):
        first = token_at.get(match.end())
        if first is None:
            continue
        k = first
        while k < len(tokens) and k - first < 7 and tokens[k][0] != "项目" and CJK.match(tokens[k][0]) \
                and (tokens[k][1] in _PROJECT_WORDS or tokens[k][1] == "nt"
                     or tokens[k][1] == "f" and len(tokens[k][0]) == 2):  # 兵器集团|北方|能源基地项目
            k += 1
        if k > first and k < len(tokens) and tokens[k][0] == "项目" and any(
                (t[1] in PROPER_TAGS or t[0].endswith(_FIRM_ENDINGS)) and t[0] not in GENERIC for t in tokens[first:k]):
            yield tokens[first][2], tokens[k][2] + 2, EntityType.PROJECT, 0.65


_INVESTED = re.compile(r"投资(?:额)?(?:约|超|近|达)?[0-9.]+[万亿]*元的")


def _campuses(text: str, candidates: list[tuple[int, int, EntityType, float]]) -> Iterable[tuple[int, int, EntityType, float]]:
    """A school's campus named after a place (海南大学崖州校区, 江南大学东氿校区, 北京四中雄安校区): a place whose
    name opens with the school's; not a new or an old one (天津医科大学新校区), which is a kind."""
    for start, end, kind, _ in candidates:
        if kind is EntityType.ORGANIZATION and text[start:end].endswith(_SCHOOL_ENDINGS):
            match = _CAMPUS.match(text, end)
            if match and match[1] not in _KIND_OF_CAMPUS:
                yield start, match.end(), EntityType.PLACE, 0.7


_SCHOOL_ENDINGS = ("大学", "学院", "中学", "一中", "二中", "三中", "四中", "附中", "学校")
_CAMPUS = re.compile(r"([\u4e00-\u9fff]{1,4}?)校区")
_KIND_OF_CAMPUS = frozenset("新 老 主 分 本部 东 西 南 北 各 两个 多个".split())


def _foot_of(text: str, candidate: tuple[int, int, EntityType, float]) -> tuple[int, int, EntityType, float]:
    """A mountain followed by the side of its foot is the land there (祁连山南麓, 大别山北麓)."""
    start, end, kind, confidence = candidate
    if kind is EntityType.PLACE and _FOOT.match(text, end) and text[end - 1] in "山岭脉":
        return start, end + 2, kind, confidence
    return candidate


_FOOT = re.compile(r"[东西南北]麓")
# What follows a station in a run of stations: the next one (至…站), the section between them (区间).
_STATION_RUN = re.compile(r"(?:至[\u4e00-\u9fff]{2,10}?站|区间)")


# A programme named for two things joined by 和, 与 or 及, right after the verb that launches it (实施|重要生态系统
# 保护和修复重大工程, 开展|城市更新和安全韧性提升行动): one name; not two programmes (知识创新工程和技术创新工程).
_COORDINATED_PROGRAMME = re.compile(r"(?:实施|开展|启动|推进|组织|部署)([\u4e00-\u9fff]{2,10})[和与及]$")
_COORDINATED_HEADS = ("工程", "行动", "计划")
_PROGRAMME_ENDS = (*_COORDINATED_HEADS, "活动", "战略", "工作", "规划", "项目", "建设", "试点")


def _coordinated_start(text: str, start: int, end: int) -> int:
    """Where a programme's name starts that takes in the first of two things it is named for (广播电视和|网络视听
    精品创作工程); a name found inside the second alone (新安江流域防洪治理 of …工程) was dropped as its start."""
    if not text.endswith(_COORDINATED_HEADS, start, end):
        return start
    match = _COORDINATED_PROGRAMME.search(text, max(0, start - 14), start)
    if match and not match[1].endswith(_PROGRAMME_ENDS) and not match[1].startswith(("和", "与", "及")):
        return match.start(1)
    return start


# Heads of campaigns and programmes, which a quoted slogan names (“双清”行动, “戎归南粤”就业创业工程), unlike works
# on the place quoted (“广生里”功能重塑).
# The count of a set of programmes that makes one name with them (十大责任捆绑攻坚行动, 六大林业生态工程)
_COUNT_OF_SET = re.compile(r"(?<![一二三四五六七八九十两百千0-9])[二三四五六七八九十两]+大$")
_SET_HEADS = ("行动", "工程", "计划", "战略", "活动")
# A quoted code or name that leads a programme's name (“5510”项目奋战年活动); not a plan's period (“十四五”规划重大工程)
_QUOTED_LEAD = re.compile(r"“(?![一二三四五六七八九十]+五”)[^“”、，,。；;]{1,10}”$")
_CAMPAIGN_HEADS = ("行动", "工程", "计划", "活动", "班列", "战略", "行动计划", "专项行动")
_COUNTED_BY = frozenset(MEASURE_CHARS | set("次届期轮"))


# A facility's grade by the size it takes (30万吨级, 5000吨级, 百万千瓦级), after its number
_GRADE = re.compile(r"[万千百亿]*(?:吨|千瓦|瓦|标箱|立方米)级")


def _without_count_word(text: str, candidate: tuple[int, int, EntityType, float], tokens: list[Token]
                        ) -> tuple[int, int, EntityType, float]:
    """A name without the measure word of a count before it that jieba glued to its first word (24|次到|连江),
    the 度 of 年度 (2020年|度中国民生示范工程), the word a bracketed note opens with ((含杭黄高铁淳安段项目)), or
    a slogan's count of units after a place (呼伦贝尔|两区)."""
    start, end, kind, confidence = candidate
    year_of = re.match(r"年?度", text[start:end]) if re.search(r"[0-9]\s?年?$", text[:start]) else None
    if year_of and end - start - year_of.end() >= 3:
        return start + year_of.end(), end, kind, confidence  # 2020 年度|中国民生示范工程
    tail = _COUNTED_UNITS_TAIL.search(text, start, end) if kind is EntityType.PLACE else None
    if tail and tail.start() - start >= 2 and not gazetteer.is_place_name(text[start:end]) \
            and text[start:end] not in MACRO_REGIONS and not COUNTED_REGION.fullmatch(text[start:end]) \
            and not re.search(rf"[{NUMERAL_CHARS}][省市县]$", text[start:tail.start()]):  # 东北三省一区: a region
        end = tail.start()  # 呼伦贝尔|两区: a place and a slogan's count of its units
    grade = _GRADE.match(text, start)
    if grade and start > 0 and text[start - 1].isdigit() and end - grade.end() >= 2 and any(
            grade.end() <= t[2] < end and not common_word(t[0]) and t[0] not in GENERIC for t in tokens):
        return grade.end(), end, kind, confidence  # 30万吨级|条帚门航道: a facility's grade, cut from its number
        # (30万吨级原油码头 names none: a kind, dropped as one)
    if text[start - 1:start] in ("(", "（") and text.startswith(("含", "不含", "包括"), start) and end - start >= 4:
        cut = 2 if text.startswith(("不含", "包括"), start) else 1
        return start + cut, end, kind, confidence  # (含|杭黄高铁淳安段项目): what a note counts in, not its word
    first = next((t for t in tokens if t[2] == start), None)
    if first and first[1] == "x" and len(first[0]) < end - start - 1 and first[0][0] in _COUNTED_BY \
            and start > 0 and (text[start - 1].isdigit() or text[start - 1] in NUMERAL_CHARS):
        return start + len(first[0]), end, kind, confidence
    return start, end, kind, confidence


def _with_lone_adjective(text: str, candidate: tuple[int, int, EntityType, float], tokens: list[Token]
                         ) -> tuple[int, int, EntityType, float]:
    """A name with the one-character adjective jieba cut off its start where it opens a clause or a list item
    (,大|九乡旅游区、, 大|东路历史文化街区, 白|龟山水库): there it is the name's, not a word of its own. Not 新 or 旧
    (新|江苏, 新|中国: a slogan's, an era's), and not before a place's name alone."""
    start, end, kind, confidence = candidate
    if kind not in (EntityType.PLACE, EntityType.PROJECT) or start < 1 or text[start - 1] in "新旧" \
            or start >= 2 and text[start - 2] not in LIST_OPENERS:
        return candidate
    before = next((t for t in tokens if t[2] == start - 1), None)
    first = next((t for t in tokens if t[2] == start), None)
    if before and len(before[0]) == 1 and before[1] == "a" and first and first[1] == "ns" \
            and start + len(first[0]) < end:
        return start - 1, end, kind, confidence
    return candidate


# A unit's name and a kind of village or town in it (沧源县边境村, 勐腊县现代化边境小康村): the kind is no name
_UNIT_AND_KIND = re.compile(r"(?P<unit>.{2,10}?[省市县区旗州盟])(?:现代化)?(?:边境|贫困|重点|示范|特色|中心|传统|美丽|小康|"
                            r"民族|易地|移民|文明|卫生|和美|宜居)+[村乡镇寨]")


def _without_kind_of_village(text: str, candidate: tuple[int, int, EntityType, float]
                             ) -> tuple[int, int, EntityType, float]:
    """The unit alone of a unit's name glued to a kind of village (沧源县边境村 → 沧源县)."""
    start, end, kind, confidence = candidate
    match = _UNIT_AND_KIND.fullmatch(text, start, end) if kind is EntityType.PLACE else None
    if match and gazetteer.is_place_name(match["unit"]):
        return start, match.end("unit"), kind, confidence
    return candidate


# A themed year's verb and 年 in one word (攻坚年, 突破年)
_THEMED_YEAR_WORD = re.compile(rf"(?:{THEMED_YEAR})年")

# Railways a report names (宁马城际铁路, 雄忻高铁, 铜九铁路, 梅山铁路专用线) are works being planned, built or
# opened; reviewers type them projects, as they type roads and highways places (龙永高速, 建平大道).


def _rail_works(text: str, candidate: tuple[int, int, EntityType, float]) -> tuple[int, int, EntityType, float]:
    """A named railway as the works on it."""
    start, end, kind, confidence = candidate
    if kind is EntityType.PLACE and text.endswith(RAIL_HEADS, start, end):
        return start, end, EntityType.PROJECT, confidence
    return candidate


def _railway(text: str, start: int, end: int, kind: EntityType) -> bool:
    """Whether a candidate is a named railway, which `_rail_works` made a project."""
    return kind is EntityType.PROJECT and text.endswith(RAIL_HEADS, start, end)


# A stretch of a railway or a road a report names (南珠高铁南玉段, 324省道乐清段, G0616海乌段, 广明高速公路(广州段)):
# the works building or rebuilding it; a stretch of a river (黄河宁夏段) or a park stays a place.
_ROUTE_SECTION = re.compile(r".*(?:铁路|高铁|高速|公路|国道|省道|线|大道|快速路|城际|[GS][0-9]{1,4})[^段]{1,12}段[)）]?")


def _street_in_area(text: str, candidate: tuple[int, int, EntityType, float], tokens: list[Token]
                    ) -> list[tuple[int, int, EntityType, float]]:
    """A place named as an area and a street or a village in it (神农新区|清溪路, 勐伴镇|勐伴村) as the two
    places it is."""
    start, end, kind, confidence = candidate
    if kind is not EntityType.PLACE or not text.endswith(IN_AREA, start, end):
        return [candidate]
    for _, _, offset in tokens:
        if start + 3 <= offset <= end - 3 and text.endswith(STREET_AREAS, start, offset) \
                and text[start:offset] not in GENERIC and not text.endswith(STREETS, start, offset):
            return [(start, offset, kind, confidence), (offset, end, kind, confidence)]
    return [candidate]


def _trim_glued(text: str, start: int, end: int, unknown: list[tuple[int, str]]) -> int:
    """Where a name starts once characters jieba's HMM glued onto it are cut off.

    An unknown word (tag x) inside the name may hold a preposition that ends
    what comes before it (品牌店向西 中街 → 西中街), and a word jieba's dictionary makes of 以 and a
    compass word may open it (以西 咸新区 → 西咸新区). ``unknown``: (offset, word), last first.
    """
    if text[start:start + 2] in GLUED_LOCATIVES and end - start > 3:
        return start + 1
    if text[start:start + 1] == "年" and text[start - 1:start].isdigit() and end - start > 3:
        return start + 1  # 2023|年大东|区人民政府: the year's 年 glued to the name after it
    for offset, word in unknown:
        if offset + len(word) <= start or offset >= end - 1:
            continue
        last = min(len(word), end - offset) - 2  # leave at least two characters of the name after the cut
        cut = next((k for k in range(last, max(0, start - offset), -1) if word[k] in GLUE_PREPOSITIONS), None)
        if cut is not None:
            return offset + cut + 1
    return start


_QUOTE = re.compile(r"“([^“”]{4,30})”")


def _quoted_sayings(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Spans of quoted phrases that hold a verb, an adverb or a one-character adjective: sayings and slogans
    (“绿水青山就是金山银山”, “小县大城关”)."""
    out = []
    for match in _QUOTE.finditer(text):
        if any(match.start(1) <= offset < match.end(1) and (tag[:1] in ("v", "d") or tag == "a" and len(word) == 1
                                                            and offset > match.start(1))  # not 大零号湾
               for word, tag, offset in tokens):  # 就是, 大 (“小县大城关”): a verb, an adverb or a short adjective
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


# One-character heads of administrative units; a name ending in one is a real unit or a kind of unit.
_ADMIN_HEADS = "市省县"
# What a slogan about a county does to it (工业强县, 生态立县, 和谐兴县, 三产富县)
_SLOGAN_VERBS = "强立兴富活美稳安"
_SLOGAN_BEFORE = re.compile(rf"[\u4e00-\u9fff]{{2}}[{_SLOGAN_VERBS}][县市省]、$")  # 实业富县、|文旅兴县发展思路
_ADMIN_COUNT = re.compile(r"^(?:(?:市内|省内|全市|全省)?[各两三四五六七八九十百千个個]+[盟旗州]?[市省县区]|([市省县])\1)$")  # 四省, 市市 (every city)


def _admin_kind(text: str, start: int, end: int, sentence_tokens: list[Token]) -> bool:
    """Whether a place name ending in 市, 省 or 县 names a kind or a count of units rather than one unit:
    common words before the head (产粮大县, 健康乡村试点省, 时期市) or a number (四省, 五盟市).

    Names the gazetteer knows, and proper nouns jieba tags as places or unknown words (万县, 孟连县), stay.
    """
    name = text[start:end]
    if name[-1] == "区" and _ADMIN_COUNT.match(name) and not gazetteer.is_place_name(name):
        return True  # 市内五区: a count of districts
    if len(name) == 2 and name[-1] in _ADMIN_HEADS and name[0] in _SLOGAN_VERBS and start >= 2 \
            and HAN.fullmatch(text[start - 2:start]) and not gazetteer.is_place_name(text[start - 2:start]) \
            and (text[end:end + 1] in "、”“,，;；。和及与" or _SLOGAN_BEFORE.search(text, 0, start - 2)) \
            and text[start - 3:start - 2] in "、“,，":
        return True  # 工业强县、生态立县、和谐兴县: the end of a slogan, not the county 兴县
    if name[-1] not in _ADMIN_HEADS or gazetteer.is_place_name(name) or name in MACRO_REGIONS \
            or COUNTED_REGION.fullmatch(name):  # 皖北六市: a region counted by its cities
        return False
    tokens = [t for t in sentence_tokens if start <= t[2] < end]
    if len(name) == 2:
        return not any(t[0] == name and t[1] == "ns" for t in tokens)  # 弱县, 稳市, 种市: a one-character unit that
        # neither the gazetteer nor jieba's dictionary knows (郫县, 潍县 of old) is a word jieba's HMM glued
    last = tokens[-1][0] if tokens else name
    if _ADMIN_COUNT.match(last) or _ADMIN_COUNT.match(name):
        return True
    return any(tag not in PLACE_NAME_TAGS for _, tag, _ in tokens[:-1]) \
        or len(tokens) > 1 and len(last) == 1 and tokens[-2][1] not in ("ns", "nr", "nrt")


def _common_kind(name: str) -> bool:
    """Whether a name is one common word and a generic head (周边城市, 沿海地区; not 东北地区, 京津冀地区)."""
    head = next((h for h in GENERIC_HEAD_TOKENS if name.endswith(h)), None)
    return head is not None and len(name) > len(head) and common_word(name[: -len(head)])


_HONOURED_UNIT = re.compile(r"(?:中国|全国|国家|世界)[\u4e00-\u9fff]{2,8}[市县镇乡村城]")
# A model unit of a field, named by the scope that names it (全省双拥模范区, 全国群众体育工作先进区, 全国科普示范区)
_HONOUR_SCOPES = frozenset({"全国", "全省", "全市", "中国", "国家"})
_MODEL_UNIT = re.compile(r"[\u4e00-\u9fff]{2,10}(?:示范|模范|先进|文明|卫生)[区县市城镇村旗]")
# …and one that names its scope itself (自治区文明旗, 全省卫生县城)
_SCOPED_TITLE = re.compile(r"(?:全国|全省|全市|全区|自治区|省级|国家级)[\u4e00-\u9fff]{0,8}(?:模范|先进|文明|卫生)(?:[区县市城镇村旗]|县城)")
# Two levels of units (市旗两级, 省市, 县乡) and a count of units ending a slogan (一基地三区)
_UNIT_PAIR = re.compile(r"[省市县区旗乡镇村州盟]{2,3}")  # 市县, 县镇村: units of kinds, no one place
_UNIT_PAIR_BODY = re.compile(r"[省市县区旗乡镇州盟]{2,3}(?:党委|政府|人民政府|人大|政协|纪委|委)")  # 市县政府
_COUNTED_UNITS_TAIL = re.compile(rf"[{NUMERAL_CHARS}]+区$")  # not 东三省, 北三县, 苏南五市: regions so named
# Famous towns and villages of a kind (历史文化名城名镇名村, 湖北旅游名镇): a title, not one place.
_FAMOUS_UNITS = re.compile(r".*名[城镇村县乡](?:名?[城镇村县乡])*")


def _kind_or_count(surface: str) -> bool:
    """Whether a proposed name is a generic word (开发区, “两重”), a count of things (7个专项行动), a level
    or a listing that makes a kind (县级中医医院, 北京证券交易所上市公司) or a two-character count, a slogan's
    word (“两山”, 五湖; not 三江, the county)."""
    return plain(surface) in GENERIC or bool(_COUNTED_NAME.match(surface)) or bool(_GRADE.match(surface)) \
        or surface.startswith(_LOCAL_LEVELS) or surface.endswith("上市公司") \
        or len(surface) == 2 and surface[0] in NUMERAL_CHARS and not gazetteer.lookup(surface) \
        and pos_table().get(surface) != "nz"  # not 万达, 万科: firms jieba knows by name


def _counted_after(text: str, end: int, token_at: dict[int, Token]) -> bool:
    """Whether a number and a measure word right after a name count things of its kind (服务中心520个), also
    past a gloss in brackets (业主委员会(物业管理委员会)1000个), but not when a noun of a class follows the count:
    then it names what the listed items are (南京街、太原街两条商业街)."""
    gloss = _PARENTHESIS.match(text, end)
    after = gloss.end() if gloss else end + 1 if text[end:end + 1] in ")）" else end
    counted = COUNTED_AFTER.match(text, after)
    if counted is None:
        return False
    following = token_at.get(counted.end())
    return not (following and following[1] in NOUN_TAGS and head_of(following[0]))


def _cut_short(text: str, end: int, token_at: dict[int, Token]) -> bool:
    """Whether a name ends one character before a one-character word that its last character makes a common
    noun with (国防部 队 → 部队, 公安部 门 → 部门, 水利部 门为; not 自然资源部 将, an adverb)."""
    following = token_at.get(end)
    if not following or text[end - 1] not in "部局厅署" \
            or not (len(following[0]) == 1 and following[1] in ("n", "ng") or following[1] == "x"):
        return False  # only a one-character head is cut this way; 中国邮政储蓄银行|为 is not (行为)
    return pos_table().get(text[end - 1] + following[0][0], "") == "n"  # 水利部|门为: jieba's HMM glued 门 on


def _inside_title(text: str, start: int, end: int) -> bool:
    """Whether start:end lies inside a 《title》 without being all of it or the body issuing it."""
    opening = text.rfind("《", 0, start + 1)
    if opening < 0 or text.rfind("》", opening, start) >= 0:
        return False
    closing = text.find("》", end)
    return closing >= 0 and (opening + 1, closing) != (start, end) and "《" not in text[end:closing] \
        and not text.startswith(("关于", "、", "和", "与"), end) \
        and not (start == opening + 1 and text.startswith(("(", "（"), end))  # 《中共中央关于…》 names its issuer;
    # 《…行动计划(2024—2025年)》 is the plan's name; not …“十三五”规划纲要(草案)》 inside the title


def _route_end(text: str, start: int, end: int, a: int, b: int) -> bool:
    """Whether the place at start:end is where a route named a:b starts or ends (张家界 and 吉首 in
    张家界至吉首铁路): a place of its own, as a place inside a project's name is."""
    return (text[end:end + 1] == "至" and end < b or text[start - 1:start] == "至" and start > a) \
        and _known_place(text[start:end])


def _word_after(token_at: dict[int, Token], end: int) -> bool:
    """Whether a common word of two characters or more starts at ``end``: what comes before it is a word of
    its own, not the start of a longer name jieba cut up (甘泉|堡, 三江|源, 玉龙|喀什)."""
    following = token_at.get(end)
    return following is not None and len(following[0]) >= 2 and following[1] not in ("ns", "x", "nr", "nz", "j")


def _known_place(name: str) -> bool:
    """Whether a name is a place's by itself: one the gazetteer knows, a region of the country (成渝地区),
    or a word jieba's dictionary tags a place (武夷山, 海南). Unlike `place_word` a known region counts even
    when it is generic as a word (中部地区), and the name need not be one token."""
    name = name.removesuffix("地区") if len(name) > 4 else name
    return gazetteer.is_place_name(name) or name in MACRO_REGIONS \
        or pos_table().get(name) == "ns" and name not in GENERIC


# Single characters that stand for a place in a route's name (渝|昆高铁, 包鄂|榆高铁) by the tags jieba gives them.
_PLACE_CHAR_TAGS = frozenset({"j", "ns", "nr", "ng", "x"})
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_FUNCTION_TAGS = frozenset({"c", "p", "u", "m", "q", "f", "t"})  # 但同|高速增长: a conjunction opens no name


def _named_for_its_aim(modifiers: list[Token]) -> bool:
    """Whether a plan's words say what it does to whom: two nouns or more (a set noun phrase counts:
    义务教育), then a programme's verb last (学生营养|改善, 企业就业|支持, 义务教育|营养|改善), rather than a
    kind of plan (投资计划, 年度生产计划, 社会发展计划)."""
    return len(modifiers) >= 3 and modifiers[-1][0] in PROGRAMME_VERBS and modifiers[-1][0] not in ("发展", "建设") \
        and sum(t[1] in NOUN_TAGS or t[1] == "l" and not holds_verb(t[0]) for t in modifiers[:-1]) >= 2


def _held_start(tokens: list[Token], j: int) -> int | None:
    """The verb that holds the event whose name ends before token j (举办|…对接会), or the 、 before it when
    the event is an item of a list the verb holds (举办…论坛、|中国产业转移发展对接会); None if there is none."""
    for k in range(j - 1, max(0, j - 6) - 1, -1):
        if tokens[k][0] in HOLD_VERBS:
            return k
        if tokens[k][0] == LIST_ITEM_SEP:
            for m in range(k - 1, max(0, k - 40) - 1, -1):
                if tokens[m][0] in HOLD_VERBS:
                    return k
                if tokens[m][1] == "w" and tokens[m][0] not in _INSIDE_LIST:
                    return None
            return None
    return None


_INSIDE_LIST = frozenset({LIST_ITEM_SEP, "“", "”", "《", "》", "-", "—", "(", ")", "（", "）"})
_LEGAL_TITLE = re.compile(r"(?:法|条例|协定|条约|公约|宣言|声明|议定书|决定|决议)(?:[(（][^()（）]*[)）])?》")
_PARTY_CONGRESS = re.compile(r"第?[一二三四五六七八九十]+次(?:全国)?代表大会$")  # 中国共产党第十四次代表大会 too
_EVENT_SERIES = tuple(EVENT_NAMES)
_MARKING_VERBS = ("庆祝", "纪念")
_OPENERS = LIST_OPENERS | frozenset("（(《 　")  # what may come before a name that starts a phrase
_STATE_VERBS = frozenset({"在建", "新建", "续建", "拟建"})  # 支持在建工程: works in a state, not a programme's verb


def _commemoration_start(tokens: list[Token], head_start: int) -> int | None:
    """Where the name of an anniversary's events starts: at 庆祝 or 纪念, when an anniversary (…周年) comes
    between it and the head in one clause (纪念长征胜利90周年贵州系列活动, 纪念辛亥革命七十周年大会)."""
    anniversary = False
    for k in range(head_start - 1, max(-1, head_start - 16), -1):
        word, tag, _ = tokens[k]
        if tag == "w" or word in ("等", "的"):
            return None
        anniversary = anniversary or word == "周年" or word.endswith("周年")
        if word in _MARKING_VERBS:
            return k if anniversary and k < head_start - 2 else None
    return None


def _abbreviated_route(tokens: list[Token], i: int) -> int:
    """Where a route's name starts when it is a run of the places it joins, one character each, before its
    head at token i (太锡铁路, 西成铁路, 包鄂榆高铁, 渝昆高铁); ``i`` if there is none.

    jieba's dictionary lacks such runs, so it cuts them up and tags them at random (太锡 d, 包鄂 v). The run
    is what it lacks, whole words or single characters tagged as places, two to four characters, after a
    break (punctuation, a conjunction, a verb); a word it knows (新增, 普通, 跨境, 旅游) is no part of one.
    """
    j, chars = i, 0
    while j > 0 and chars < 4:
        word, tag, _ = tokens[j - 1]
        if not _HAN.fullmatch(word) or word in BOUNDARY_WORDS or word in GENERIC or tag in _FUNCTION_TAGS \
                or word[0] in NUMERAL_CHARS or (word_count(word) if len(word) >= 2 else tag not in _PLACE_CHAR_TAGS):
            break  # 三大|高速公路: a count opens no run of places
        j -= 1
        chars += len(word)
    if not 2 <= chars <= 4 or all(len(word) == 1 for word, _, _ in tokens[j:i]) and chars > 3:
        return i
    before = tokens[j - 1] if j else ("", "w", 0)
    breaks = before[1] in ("w", "c", "v", "vn", "p") or before[0] in BOUNDARY_WORDS
    return j if breaks else i


def _route_section(tokens: list[Token], i: int) -> list[Token]:
    """The tokens naming a section after a route's head at token i: 武宜段 (one word), 甘肃 段, 襄 荆段."""
    taken = ""
    for n, (word, tag, _) in enumerate(tokens[i + 1:i + 3]):
        if tag not in ("ns", "j", "x", "q") and not place_word((word, tag, 0)) and word not in SECTION_WORDS \
                or not CJK.match(word):
            return []  # 茂名 (a), 先行 (n): a place jieba mistags, a section named for its order
        taken += word
        if taken.endswith("段"):
            return tokens[i + 1:i + 2 + n] if 3 <= len(taken) <= 5 else []
    return []


SECTION_WORDS = frozenset({"先行", "起步", "首开", "首期"})  # 云茂高速先行段: a section by its order
_LIST_CONJUNCTIONS = (*LIST_JOINS[1:], "以及")  # 和, 及, 与 join a list's last item as 、 joins the others


_PARENT_HEADS = ("实验室", "大学", "研究院", "科学院", "学院", "交易所", "研究所", "集团", "公司", "电力", "控股")
_BASE_HEADS = frozenset({"基地", "分院", "创新基地", "中心", "分中心", "分所", "分公司", "总部", "区域总部", "大区"})


def _branch_bases(tokens: list[Token], candidates: list[tuple[int, int, EntityType, float]]
                  ) -> Iterable[tuple[int, int, EntityType, float]]:
    """A laboratory's, a university's, an academy's or a firm's base or branch in a place is a body of its own,
    named with its parent (怀柔实验室新疆基地, 中国工业互联网研究院江西分院, 中国原子能科学院葫芦岛基地,
    中交集团京津冀区域总部, 华润电力华北大区)."""
    parents: dict[int, int] = {}  # where each body ends → where the longest of them starts
    for start, end, kind, _ in candidates:
        if kind is EntityType.ORGANIZATION:
            parents[end] = min(parents.get(end, start), start)
    for k in range(1, len(tokens) - 1):
        offset = tokens[k][2]
        if offset not in parents or not tokens[k - 1][0].endswith(_PARENT_HEADS) or not place_word(tokens[k]):
            continue
        body, base = parents[offset], tokens[k + 1][0]
        if base in _BASE_HEADS or k + 2 < len(tokens) and base + tokens[k + 2][0] in _BASE_HEADS:
            end = tokens[k + 1][2] + len(base) + (len(tokens[k + 2][0]) if base not in _BASE_HEADS else 0)
            yield body, end, EntityType.ORGANIZATION, 0.75


# Words for enlarging, rebuilding or moving named works (长沙机场改扩建, 昭平台水库扩容, 伊宁机场迁建), and the
# project building them (塔城至阿亚古兹铁路项目).
# Works done to a route or a facility before 工程 (沪昆高速拓宽改造工程).
_FACILITY_WORKED = frozenset("机场 大桥 隧道 码头 港 水库 枢纽 车站 火车站 高铁站 航道".split())
_ROUTE_WORKS = frozenset("拓宽 加宽 改建 改造 扩建 改扩建 延伸 延长 新建 大修 提升 提质 升级 提档 维修 修缮 拓展 扩容 扩能".split())
_EXPANSION_WORDS = frozenset({"改扩建", "扩建", "扩容", "迁建", "扩能", "扩能改造", "提质扩容", "提档扩容", "项目",
                              "延伸", "改线"})  # 体育场路延伸, 乐柳线改线: a road's extension or new line


# The preparation of works to be built, after the list of them (…、儋州机场、东方机场等前期工作, …等项目前期)
_WORKS_AHEAD = re.compile(r"等(?:[0-9一二三四五六七八九十]+[个项])?(?:重大|重点)?(?:项目)?前期(?:工作)?")
# Projects or works a list ends with (…等项目, 等一批总部项目, 等重大交通基础设施, 等工程), and the deeds of
# building them in its clause (开工建设, 续建, 建成投产, 有序推进); not a list of projects revived (盘活) or brought in
_LISTED_WORKS = re.compile(r"等(?:(?:[0-9一二三四五六七八九十百]+(?:余|多)?[个项批条座家所处]|一批)?[\u4e00-\u9fff]{0,8}?"
                           r"(?:[、和及][0-9一二三四五六七八九十百]+个[\u4e00-\u9fff]{0,8}?)*"  # 等5个省重大、30个苏州重点和…项目
                           r"(?:项目|工程|(?:重大|重点)[\u4e00-\u9fff]{0,4}基础设施)"
                           r"|(?=(?:相继|陆续|先后|顺利|全面|基本|已)?(?:建成|开工|投产|竣工|通车|完工)))")  # …一期等建成
_BUILDING_DEEDS = re.compile(r"开工|动工|建设|建成|通车|竣工|投产|投用|续建|完工|贯通|开建|推进|落户|落地")


def _works_ahead(text: str, candidates: list[tuple[int, int, EntityType, float]], building: list[tuple[int, int]]
                 ) -> list[tuple[int, int, EntityType, float]]:
    """Facilities listed as works to prepare (加快三亚新机场、儋州机场、东方机场等前期工作) or as projects being
    built (汪清凯迪生物质电厂等项目投产, 中建三局综合体、金控大厦等一批总部项目有序推进) are projects, though their
    heads name places; and so is a new airport anywhere (延吉新机场). Not a list of projects the clause does not
    build (盘活…富丽华大厦等10个历史遗留项目, 引进中央里景区等36个文化产业项目), nor a unit listed. ``building``
    are the sentence's lists of projects being built (:func:`_building_lists`)."""
    lists = [(_clause_start(text, match.start()), match.start()) for match in _WORKS_AHEAD.finditer(text)] + building
    out = []
    for start, end, kind, confidence in candidates:
        if kind is EntityType.PLACE and (text.endswith("新机场", start, end) or any(
                a <= start and end <= b and text[end:end + 1] in "、等和及" for a, b in lists)
                and not gazetteer.is_place_name(text[start:end])):
            kind = EntityType.PROJECT
        out.append((start, end, kind, confidence))
    return out


# What after 中部地区, 西部地区 … names the country's region in a local report: its policy or its rankings
_NATIONAL_FRAME = re.compile(r"(?:崛起|大开发|县域|百强|省份|省区)")


def _clause_start(text: str, end: int) -> int:
    return max((text.rfind(c, 0, end) for c in "，,。;；:："), default=-1) + 1


def _building_lists(text: str) -> Iterable[tuple[int, int]]:
    """Where lists of projects being built lie: from the clause's start to 等 (…等项目投产, 加快推进…等工程)."""
    previous = 0
    for match in _LISTED_WORKS.finditer(text):
        opening = max(_clause_start(text, match.start()), previous)  # …等20项建设工程和|古城内小区改造等3项…项目
        previous = match.end() + (1 if text[match.end():match.end() + 1] in "和及与、" else 0)
        closing = min((i for i in (text.find(c, match.end()) for c in "，,。;；") if i >= 0), default=len(text))
        if _BUILDING_DEEDS.search(text, opening, match.start()) or _BUILDING_DEEDS.search(text, match.end(), closing):
            yield opening, match.start()


def _brand_word(token: Token, headed: bool) -> bool:
    """Whether a word makes a listed item a name: a brand's or a place's (正帆, 其龙, 东风, 阿克塞), one jieba's
    dictionary lacks, a verb only before a head of its own (回利|河水库), not a common word jieba tags a place's
    or a proper noun's (城市, 普及, 中华)."""
    word, tag, _ = token
    if word in GENERIC or len(word) < 2 and tag != "eng":
        return False
    count = word_count(word)
    return tag in _BRAND_TAGS or gazetteer.is_place_name(word) or tag == "nz" and count < _COMMON_NZ \
        or count == 0 and (tag not in VERB_TAGS or headed)


# What opens a clause before the list it builds (加快推进, 全力, 启动, 总投资15亿元的): no part of the first item
_CLAUSE_LEAD_TAGS = frozenset({"v", "vd", "vn", "d", "ad", "p", "c", "u", "w"})
# Parts of speech jieba gives a brand's words and no common noun's (其龙 r, 华灿 x, 沪工 x, 东风 nt); its place
# and proper-noun tags (ns, nz) land on common words too (城市, 中华), so those count only as below
_BRAND_TAGS = frozenset({"nr", "nrt", "nrfg", "nt", "x", "j", "eng", "r", "vg", "ag", "zg"})
_COMMON_NZ = 1000  # 中华 (nz, 2446 in jieba's dictionary) is a common word; 华菱 is a brand


def _built_items(text: str, tokens: list[Token], building: list[tuple[int, int]]
                 ) -> Iterable[tuple[int, int, EntityType, float]]:
    """The items of a list of projects being built are projects, whatever their words (其龙新材料二期、正帆特种
    炭黑等120余个项目建成投产; 东环线、青年路东延长线等项目有序推进): a brand's word or one jieba's
    dictionary lacks makes an item a name; items of common words alone are kinds (标准厂房、污水处理厂等项目),
    and a unit or a place's name alone is left to what names places."""
    for opening, end in building:
        inside = [t for t in tokens if opening <= t[2] and t[2] + len(t[0]) <= end]
        while inside and (inside[0][1] in _CLAUSE_LEAD_TAGS and word_count(inside[0][0]) > 0
                          or inside[0][0] in BOUNDARY_WORDS or inside[0][0] in GOVERNING_WORDS
                          or _BUILDING_DEEDS.match(inside[0][0])):  # not 回利 (v); 通车 (n) is a deed
            inside = inside[1:]
        if not inside:
            continue
        item: list[Token] = []
        for token in [*inside, ("、", "w", end)]:
            if token[0] not in ("、", "和", "及", "与", "以及"):
                item.append(token)
                continue
            if "的" in [t[0] for t in item]:  # 总投资3.5亿元的盼盼食品: what a clause says of an item
                item = item[max(n for n, t in enumerate(item) if t[0] == "的") + 1:]
            words = [t for t in item if (CJK.match(t[0]) or t[1] == "eng") and t[0] != "等"]
            if words == item and words and 3 <= sum(len(t[0]) for t in words) <= 24 and not a_kind(words) \
                    and any(_brand_word(t, bool(head_of("".join(w[0] for w in words)))) for t in words):
                start, stop = words[0][2], words[-1][2] + len(words[-1][0])
                name = text[start:stop]
                if name not in GENERIC and not gazetteer.is_place_name(name) and name not in MACRO_REGIONS:
                    yield start, stop, EntityType.PROJECT, 0.6
            item = []


# How a place named with another after a middle dot ends (月牙泉, 诺水河): one character of a place's kind
_PAIRED_END = re.compile(r"[泉河湖山江海岛城镇村街巷寺园湾洞谷峡关岭峰塔楼门桥]$")


def _paired_places(text: str, tokens: list[Token], candidates: list[tuple[int, int, EntityType, float]]
                   ) -> Iterable[tuple[int, int, EntityType, float, tuple[tuple[int, int], ...]]]:
    """Two places joined by a middle dot name one scenic area (鸣沙山·月牙泉, 光雾山·诺水河): the place found
    before the dot and the nouns after it up to a place's ending; the parts, no places of their own, with it."""
    token_at = {offset: k for k, (_, _, offset) in enumerate(tokens)}
    for start, end, kind, confidence in candidates:
        if kind is not EntityType.PLACE or text[end:end + 1] != "·" or (k := token_at.get(end + 1)) is None:
            continue
        last = k
        while last < len(tokens) and last - k < 3 and tokens[last][1] in ("ns", "nz", "n", "nr", "x", "j") \
                and CJK.match(tokens[last][0]):
            last += 1
        second = list(tokens[k:last])
        while second and not _PAIRED_END.search(second[-1][0]):
            second.pop()  # 月牙泉|游客: what the pair is, after it
        if second and 2 <= sum(len(t[0]) for t in second) <= 5:
            after = second[-1][2] + len(second[-1][0])
            yield start, after, EntityType.PLACE, confidence, ((start, end), (end + 1, after))


# Works done to a section of a route or a river, which name them with it (…段改建, …段二期整治)
_SECTION_WORKS = re.compile(r"(?:[一二三四五六七八九]期)?(?:改扩建|改建|扩建|改造|整治|治理|提质改造|提升改造)(?:工程)?")


# A route's section by the places it joins (延蒲高速公路延吉至龙井段, S202凌笪至白茅岭段, 56省道花园至西坑段)
_ROUTE_HEAD_TAIL = r"(?:高速公路|高速|铁路|公路|城际铁路|国道|省道|连接线|(?<![A-Za-z0-9])[GS][0-9]{1,4})"
_SECTION_ENDS = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,6}?)至(?P<b>[\u4e00-\u9fff]{2,5}?)段")
_PHASE_OR_NUMBER = re.compile(r"[0-9]|[一二三四五六七八九十]+期")
_ROUTE_HEAD_END = re.compile(_ROUTE_HEAD_TAIL + "$")
_ENDS_AFTER_ROUTE = re.compile(_ROUTE_HEAD_TAIL + r"(?=[\u4e00-\u9fff]{2,6}?至[\u4e00-\u9fff]{2,5}?段$)")


def _route_ends(text: str, tokens: list[Token], candidates: list[tuple[int, int, EntityType, float]]
                ) -> Iterable[tuple[int, int, EntityType, float]]:
    """A section of a named route between two places (鹤大高速公路敦化小沟岭至二道松花江段) is the works on
    it, and the places it joins are places (小沟岭, 二道松花江), and so is the county one is named with (敦化);
    not a section between phases or numbers (一期至三期段)."""
    token_at = {offset: k for k, (_, _, offset) in enumerate(tokens)}
    for start, end, kind, _ in candidates:
        name = text[start:end]
        inside = _ENDS_AFTER_ROUTE.search(name)
        at = start + inside.end() if inside else end if _ROUTE_HEAD_END.search(name) else None
        ends = _SECTION_ENDS.match(text, at) if at is not None else None
        if not ends or any(_PHASE_OR_NUMBER.match(part) or part in GENERIC for part in (ends["a"], ends["b"])) \
                or any(t[1] in VERB_TAGS and "至" not in t[0] and not place_word(t)
                       for t in tokens if ends.start() <= t[2] < ends.end()):
            continue
        if at == end:
            yield start, ends.end(), EntityType.PROJECT, 0.7
        a = ends.start("a")
        k = token_at.get(a)
        if k is not None and place_word(tokens[k]) and ends.end("a") - a - len(tokens[k][0]) >= 2 \
                and k + 1 < len(tokens) and len(tokens[k + 1][0]) >= 2:  # not 桂林|洋 of 桂林洋互通
            yield a, a + len(tokens[k][0]), EntityType.PLACE, 0.6  # 敦化 of 敦化小沟岭: the county the place is in
            a += len(tokens[k][0])
        yield a, ends.end("a"), EntityType.PLACE, 0.6
        yield ends.start("b"), ends.end("b"), EntityType.PLACE, 0.6


def _works_on_places(text: str, tokens: list[Token], candidates: list[tuple[int, int, EntityType, float]]
                     ) -> Iterable[tuple[int, int, EntityType, float]]:
    """Enlarging, rebuilding or moving a named facility is a project named by the facility and the works
    (长沙机场改扩建, 成渝高速扩容, 长春龙嘉国际机场三期扩建), as improving a named street is (中街步行街改造提升),
    and so is a named facility's 项目 (塔城至阿亚古兹铁路项目); the facility stays a place. Not works on a unit
    (a city's 扩容 is its growth) nor on a kind."""
    token_at = {offset: k for k, (_, _, offset) in enumerate(tokens)}
    for start, end, kind, _ in candidates:
        k = token_at.get(end)
        if kind is EntityType.PROJECT and k is not None and PHASE.match(tokens[k][0]):
            yield start, tokens[k][2] + len(tokens[k][0]), EntityType.PROJECT, 0.7  # …水系治理|一期: works' phase
        if kind is not EntityType.PLACE or k is None:
            continue
        name = text[start:end]
        found = head_of(name)
        if gazetteer.is_place_name(name) or name in MACRO_REGIONS or name in GENERIC \
                or found and len(name) - len(found[0]) < 2:
            continue  # nor on a place jieba cut to one character before its head (颈|水库 of 龙颈水库)
        if PHASE.match(tokens[k][0]) and k + 1 < len(tokens):
            k += 1  # 长春龙嘉国际机场|三期|扩建
        word = tokens[k][0]
        if word == "扩能" and k + 1 < len(tokens) and tokens[k + 1][0] == "改造":
            word, k = "扩能改造", k + 1  # 宝中铁路|扩能|改造
        if word in _EXPANSION_WORDS:
            yield start, tokens[k][2] + len(tokens[k][0]), EntityType.PROJECT, 0.7
        works = k if found and (found[0] in ROUTE_HEADS or found[0] in _FACILITY_WORKED) or name[:1].isascii() else len(tokens)
        while works < len(tokens) and works - k < 3 and tokens[works][0] in _ROUTE_WORKS:
            works += 1
        if works > k and works < len(tokens) and tokens[works][0].startswith("工程"):  # 工程, 工程建设
            yield start, tokens[works][2] + 2, EntityType.PROJECT, 0.7  # 杭金衢高速拓宽工程, 104国道改建工程:
            # works on a named route, which jieba's adverb 高速 or a number keeps the head's walk from reaching
        elif PHASE.match(tokens[k - 1][0]) and tokens[k - 1][2] == end and found \
                and (found[0] in PHASED_HEADS or found[0] in ("公园", "大道")):
            # 西航产业园|二期, 桃花山公园|一期: a phase of a zone, a park or a road, works being built
            yield start, tokens[k][2], EntityType.PROJECT, 0.7


# Ends of a firm's name (华润集团, 鑫联环保科技) and what a firm's project is named by after it: nouns, not a count
_FIRM_ENDINGS = ("集团", "公司", "股份", "控股", "科技", "实业")
_PROJECT_WORDS = frozenset({"n", "nz", "vn", "x", "eng", "j", "nr", "nrt", "ns"})


def _firms_projects(text: str, tokens: list[Token], candidates: list[tuple[int, int, EntityType, float]]
                    ) -> Iterable[tuple[int, int, EntityType, float]]:
    """A firm's project named by the firm and what it builds (华为鲲鹏产业项目, 中国移动数据中心项目, 吉利汽车
    新能源项目): a firm, up to four nouns and 项目; not a government body's projects (区政府重点项目)."""
    token_at = {offset: k for k, (_, _, offset) in enumerate(tokens)}
    for start, end, kind, _ in candidates:
        name = text[start:end]
        if kind is not EntityType.ORGANIZATION or not (name in FIRMS or name.endswith(_FIRM_ENDINGS)):
            continue
        first = token_at.get(end)
        if first is None:
            continue
        k = first
        while k < len(tokens) and tokens[k][0] != "项目" and tokens[k][1] in _PROJECT_WORDS \
                and CJK.match(tokens[k][0]) and k - first < 4:
            k += 1
        if k < len(tokens) and tokens[k][0] == "项目" and any(t[0] not in GENERIC for t in tokens[first:k]):
            yield start, tokens[k][2] + 2, EntityType.PROJECT, 0.65  # not 华为|产业|项目 alone


# The endings of a firm's name by its trade (启星铝业, 紫金矿业, 隆通管业), which a firm's works open with
_TRADE_ENDINGS = frozenset("铝业 矿业 实业 药业 医药 管业 化工 集团 公司 股份 控股 生物 纸业 钢铁 陶瓷 纺织 机械 建材 新材 "
                           "食品 能源 电子".split())  # not 科技, a field (涉海科技|创新平台)
_RARE_WORD = 200  # how often jieba's dictionary counts a brand's word at most (紫金 116; 农业 16233, 智能 778)


def _firms_of_works(tokens: list[Token], candidates: list[tuple[int, int, EntityType, float]]
                    ) -> Iterable[tuple[int, int, EntityType, float]]:
    """The firm a project's name opens with: a brand of rare words (or a place, then such words) and the ending
    of its trade, then what it builds (启星铝业|轨道客车大型铝合金型材, 紫金矿业|曙光金铜矿废石综合利用, 山西待见生物|
    沙棘饮料); not a field's words before a trade (农业科技|示范园)."""
    token_at = {offset: k for k, (_, _, offset) in enumerate(tokens)}
    for start, end, kind, _ in candidates:
        k = token_at.get(start)
        if kind is not EntityType.PROJECT or k is None:
            continue
        m = next((n for n in range(k + 1, min(k + 4, len(tokens))) if tokens[n][0] in _TRADE_ENDINGS), None)
        if m is None or tokens[m][2] + len(tokens[m][0]) >= end:
            continue
        brand = tokens[k:m]
        if not 2 <= sum(len(t[0]) for t in brand) <= 6 or not all(_HAN.fullmatch(t[0]) and t[0][-1] != "级" for t in brand):
            continue
        if all(n == 0 and gazetteer.is_place_name(t[0]) and len(brand) > 1 or word_count(t[0]) < _RARE_WORD
               or t[1] in ("nr", "nrfg", "nrt", "x") for n, t in enumerate(brand)) and not (
                gazetteer.is_place_name("".join(t[0] for t in brand)) and tokens[m][0] not in _FIRM_ENDINGS[:4]):
            # a place and a trade is an industry (江苏|食品), unless a firm's own ending follows (山西|焦煤|集团)
            yield start, tokens[m][2] + len(tokens[m][0]), EntityType.ORGANIZATION, 0.6


# Heads of parks and zones built in phases (西航产业园二期, 东区旅游生态城一期).
PHASED_HEADS = frozenset("产业园 工业园 科技园 创业园 物流园 园区 生态城 科技城 科学城 新城 片区 港区 综合体".split())


# Laboratories listed by their cores before one shared head (紫金山、太湖、钟山、云龙湖等实验室).
_LAB_CORE = r"(?:(?!等)[\u4e00-\u9fff]){2,5}"
_SHARED_LAB_HEAD = re.compile(rf"(?P<items>{_LAB_CORE}(?:、{_LAB_CORE})+)(?P<etc>等)?(?:国家)?实验室")


def _shared_lab_heads(text: str, tokens: list[Token]) -> dict[tuple[int, int], str]:
    """Laboratories whose names share the head after the last of them: each core before the last is a
    laboratory named with the head (嘉陵江 of 嘉陵江、明月湖实验室 is 嘉陵江实验室), and so is the last when
    等 stands between it and the head (嵩山、神农等实验室). → {(start, end) of a core: the laboratory's name}."""
    found: dict[tuple[int, int], str] = {}
    if "实验室" not in text or "、" not in text:
        return found
    token_at = {offset: k for k, (_, _, offset) in enumerate(tokens)}
    for k, (_, _, offset) in enumerate(tokens):
        match = _SHARED_LAB_HEAD.match(text, offset)
        if not match or k > 0 and tokens[k - 1][1] not in ("v", "vn", "p", "c", "d", "w"):
            continue  # 重点|实验室、燕赵实验室: the list starts where a verb or a preposition leaves off
        items, at = [], match.start()
        for item in match["items"].split("、"):
            items.append((at, at + len(item), item))
            at += len(item) + 1
        if not match["etc"]:
            items.pop()  # 明月湖实验室 is found by its head
        if any("实验" in item or item in GENERIC or first not in token_at
               or tokens[token_at[first]][1] not in STRONG_TAGS and not place_word(tokens[token_at[first]])
               for first, _, item in items):
            continue
        for start, end, item in items:
            found[(start, end)] = item + "实验室"
    return found


def _listed_places(tokens: list[Token], candidates: list[tuple[int, int, EntityType, float]]
                   ) -> Iterable[tuple[int, int, EntityType, float]]:
    """A unit's short name jieba tags a common noun is a place among places in a 、 list (六盘水、安顺、…、兴义):
    one of the items next to it is a place found already (高州、化州)."""
    places = {start for start, end, kind, _ in candidates if kind is EntityType.PLACE}
    items = [k for k, (word, _, _) in enumerate(tokens)
             if (k == 0 or tokens[k - 1][0] == LIST_ITEM_SEP or k + 1 < len(tokens) and tokens[k + 1][0] == LIST_ITEM_SEP)
             and (k + 1 == len(tokens) or tokens[k + 1][0] in (LIST_ITEM_SEP, "等", "和")
                  or k > 0 and tokens[k - 1][0] == LIST_ITEM_SEP and tokens[k + 1][1] == "v")  # …万宁、陵水|打造
             and (k == 0 or tokens[k - 1][0] in (LIST_ITEM_SEP, "和") or tokens[k - 1][1] in ("v", "p", "w"))]
    for n, k in enumerate(items):
        word, _, offset = tokens[k]
        if offset in places or word in GENERIC or not (gazetteer.is_place_name(word) or _unit_short_name(word)):
            continue  # 东方 (东方市), a common word, among places is the unit
        neighbours = [tokens[m][2] for m in items[max(0, n - 2):n] + items[n + 1:n + 3] if abs(m - k) <= 4]
        if any(start in places for start in neighbours):
            yield offset, offset + len(word), EntityType.PLACE, 0.7


def _list_siblings(text: str, tokens: list[Token], candidates: list[tuple[int, int, EntityType, float]]
                   ) -> Iterable[tuple[int, int, EntityType, float]]:
    """Items of a 、 list that end in the head of a name found in the same list are names of that class too
    (广西海洋实验室、甘蔗生物育种实验室: the second is a laboratory as the first is, though no place names it).

    An item after a 、 or a joining 和 starts there, so only the first item's left edge is in doubt; it is
    left to the other finders. The last item ends at its first head of the class (…实验室建设 → …实验室).
    """
    found = {(start, end): kind for start, end, kind, _ in candidates
             if kind in (EntityType.ORGANIZATION, EntityType.PLACE)}
    if not found:
        return
    clause: list[list[Token]] = [[]]  # the items of the clause being read
    for token in [*tokens, ("。", "w", len(text))]:
        word, tag, _ = token
        if word == LIST_ITEM_SEP or word in _LIST_CONJUNCTIONS and tag == "c":
            clause.append([])
        elif tag == "w" and word not in "“”":
            if len(clause) > 1:
                yield from _siblings_of(text, clause, found)
            clause = [[]]
        else:
            clause[-1].append(token)


# Tiers of townships and villages, whose names are two characters and the tier (维新镇, 化作乡).
_TIERS = ("镇", "乡", "村", "街道", "苏木", "嘎查")
# Words that make a kind of township or village of the tier after them (示范镇, 中心村, 行政村).
_TIER_KINDS = frozenset("示范 特色 重点 中心 建制 民族 边境 旅游 卫生 森林 生态 贫困 行政 自然 专业 文明 美丽 小城 乡镇 "
                        "历史 试点 宜居 和美 传统 园林 红色 明星 先进 样板 富裕 集体 薄弱 空心 移民 易地 搬迁 安置 城郊 "
                        "沿边 沿海 山区 库区 革命 产业 农业 工业 商贸 物流 文化 康养 宜业 未来 数字 智慧 绿色 低碳 零碳 "
                        "全域 景区 网红 田园 水乡 古镇 千年 百强 强镇 十强 五星 星级 标准 规范 一般 其他 其余 相邻 周边 "
                        "所在 沿线 合并 撤并 新建".split())


def _siblings_of(text: str, items: list[list[Token]], found: dict[tuple[int, int], EntityType]
                 ) -> Iterable[tuple[int, int, EntityType, float]]:
    heads = set()  # (head, class) of the items found as names
    tiers = set()  # the townships' and villages' tiers (镇, 乡, 村) of the items found as places
    for n, item in enumerate(items):
        if not item:
            return
        start, end = item[0][2], item[-1][2] + len(item[-1][0])
        for (a, b), kind in found.items():
            if (a == start or n == 0 and start < a) and (b == end or n == len(items) - 1 and a == start and b < end):
                head = head_of(text[a:b])
                if head and head[1] is kind and len(head[0]) >= 2:
                    heads.add(head)
                if kind is EntityType.PLACE and b == end and head and head[0] in _TIERS and b - a >= 3:
                    tiers.add(head[0])
    for item in items[1:] if tiers else ():
        if (len(item) == 2 or len(item) > 2 and item is items[-1]) and item[1][0] in tiers and len(item[0][0]) == 2 \
                and HAN.fullmatch(item[0][0]) and (item[0][2], item[1][2] + len(item[1][0])) not in found and item[0][0] not in GENERIC \
                and item[0][0] not in _TIER_KINDS and item[0][0] not in UNIT_LEVELS:
            yield item[0][2], item[1][2] + len(item[1][0]), EntityType.PLACE, 0.6  # 龙场镇…和维新镇、化作乡: a
            # township among townships, though its name is a word jieba knows as a verb (维新)
    if not heads:
        return
    kinds = {kind for _, kind in heads}
    for item in items[1:]:
        if item[0][1] not in START_TAGS or item[0][1] in ("v", "vn") or item[0][0] in DETERMINERS:
            continue  # 、新建…, 、各类…: a verb or a determiner opens no name
        for n in range(1, len(item) + 1):
            if not name_like(item[n - 1]):
                break
            start, end = item[0][2], item[n - 1][2] + len(item[n - 1][0])
            head = head_of(text[start:end])
            if head is None or head[1] not in kinds:
                continue
            modifiers = [t for t in item[:n] if t[2] < end - len(head[0])]
            core = text[start:end - len(head[0])]
            if head in heads and modifiers and not a_kind(modifiers) \
                    and text[start:end] not in GENERIC and core not in GENERIC \
                    and (len(modifiers) >= 3 or modifiers[0][0] in UNIT_LEVELS
                         or any(t[1] in STRONG_TAGS and t[0] not in GENERIC for t in modifiers)):
                yield start, end, head[1], 0.6  # 甘蔗生物育种实验室, 省担保集团; not 信托公司, a kind
            break  # the item's first head of the class ends it (嫩江湾|旅游区晋升为…景区)


def _counted_before(text: str, start: int, token_ending: dict[int, Token]) -> bool:
    """Whether a number and measure word count what starts at ``start``, maybe across a verb the left edge
    stopped at (6座抽水蓄能电站)."""
    if COUNTED_BEFORE.search(text, 0, start):
        return True
    if COUNTED_LIST.search(text, max(0, start - 80), start) \
            and not any(_known_place(text[start:start + n]) for n in (2, 3, 4)):
        return True  # 建设一批…中心、供应链服务平台; not 一批…任务和苏南五市两年行动方案, named by a place
    word, tag, offset = token_ending.get(start, ("", "", 0))
    return tag in VERB_TAGS and len(word) <= 2 and bool(COUNTED_BEFORE.search(text, 0, offset))


_FORMAL_NUMERALS = re.compile(r"[壹贰叁肆伍陆柒捌玖拾佰仟]+")


def _own_short_names(chain: dict[str, str]) -> frozenset[str]:
    """The short names of the report's own unit and the units above it (牟定县 → 牟定, 茂名市 → 茂名)."""
    names = set()
    for level, name in chain.items():
        if level in ("own", "national"):
            continue
        short = gazetteer.short_name(name)
        if len(short) >= 2 and (gazetteer.is_place_name(short) or name == chain.get("own")):
            names.add(short)  # the report's own unit's short name though it is also a word (安居 of 安居区)
    return frozenset(names)


@cache
def _mistagged_cities() -> frozenset[str]:
    """The short names of provinces and cities jieba's dictionary tags a verb, an adjective, an adverb or a
    conjunction (自贡, 开封, 茂名, 大连): names wherever they are, as the report's own unit's are."""
    return frozenset(d.short_name for d in gazetteer.divisions()
                     if d.level in (Level.CITY, Level.PROVINCE) and d.short_name and len(d.short_name) >= 2
                     and pos_table().get(d.short_name, "n")[0] in "vadc")


_UNIT_CHARS = frozenset("县村")  # units jieba's dictionary tags zg, not n as it does 市, 区 and 镇


def find_mentions(report: Report, sentences: list[Sentence], tokens: list[list[Token]]) -> list[Mention]:
    """All entity mentions in the report, one per (span, class), in text order."""
    seen: dict[tuple[int, int], Mention] = {}
    chain = jurisdiction_chain(report)
    units = frozenset(unit for unit, level in UNIT_LEVELS.items()
                      if chain.get(level, "").endswith(unit) or chain.get("own", "").endswith(unit))
    # A class word alone (古城, 步行街) stands for the one such place a city or a district names; a province or
    # the country names many (草原 is not 大兴安岭森林草原, 试验区 not the one zone named)…
    local = report.level not in (Level.PROVINCE, Level.NATIONAL)
    own = chain.get("own", "")  # …but 自治区 in an autonomous region's report is the region
    own_names = _own_short_names(chain)
    mistagged = _mistagged_cities()
    own_full = tuple(sorted({n for n in (report.issuer, report.place, *chain.values()) if n and len(n) >= 3},
                            key=len, reverse=True))
    for sentence, toks in zip(sentences, tokens):
        toks = [(w, "ns", o) if (w in own_names or w in mistagged) and t != "ns" else (w, "nz", o)
                if _FORMAL_NUMERALS.fullmatch(w)
                else (w, "n", o) if t == "zg" and w in _UNIT_CHARS else (w, t, o) for w, t, o in toks]
        # 牟定 (v) in 牟定县's report, 遵义 (v), 茂名 (a): the report's own units by their short names, whatever jieba
        # tags them, and so a province's or a city's anywhere (自贡, 开封: verbs to jieba); 玖 (m) of 玖龙智能装备产业园: a formal numeral, which running text counts with no more, is a
        # brand's character; 县 and 村, which jieba's dictionary tags zg, are nouns as 市 and 镇 are (县|市场监督管理局)
        candidates = [
            *lexicon_candidates(toks),
            *_head_candidates(toks, sentence.text),
            *titled_candidates(sentence.text),
            *period_plans(sentence.text),
            *quoted_candidates(sentence.text, toks),
            *place_runs(toks, own_names),
            *census_candidates(sentence.text),
            *themed_years(sentence.text),
            *party_committees(sentence.text),
            *appositive_firms(toks),
            *trade_firms(toks, sentence.text),
            *capacity_works(toks, sentence.text),
            *awarded_firms(toks, sentence.text),
            *headquartered_firms(toks),
            *water_transfers(sentence.text),
            *land_names(sentence.text, toks),
            *(c for c in bare_heads(toks) if local or own.endswith(sentence.text[c[0]:c[1]])),
            *(listed := list(list_candidates(sentence.text, toks))),
            *person_lists(toks),
            *honoured_people(sentence.text),
            *titled_people(sentence.text),
            *road_numbers(sentence.text),
            *metro_lines(sentence.text),
            *counted_routes(sentence.text),
            *unit_governments(sentence.text),
            *province_parts(toks),
            *counted_regions(sentence.text),
            *event_candidates(toks),
            *edition_events(sentence.text),
            *phase_candidates(toks),
            *own_institutions(toks, units),
        ]
        candidates += list(_list_siblings(sentence.text, toks, candidates))
        candidates += list(_listed_places(toks, candidates))
        candidates += list(_branch_bases(toks, candidates))
        candidates += list(_works_on_places(sentence.text, toks, candidates))
        building = list(_building_lists(sentence.text))
        candidates += list(_built_items(sentence.text, toks, building))
        candidates = _works_ahead(sentence.text, candidates, building)
        paired = list(_paired_places(sentence.text, toks, candidates))
        pair_parts = {part for _, _, _, _, parts in paired for part in parts}
        candidates = [c for c in candidates if (c[0], c[1]) not in pair_parts or c[2] is not EntityType.PLACE] \
            + [(start, end, kind, confidence) for start, end, kind, confidence, _ in paired]
        route_ends = list(_route_ends(sentence.text, toks, candidates))
        section_ends = {(start, end) for start, end, kind, _ in route_ends if kind is EntityType.PLACE}
        candidates = [c for c in candidates if c[2] is not EntityType.PLACE or not any(
            c[0] < start < c[1] < end or start < c[0] < end < c[1] for start, end in section_ends)] + route_ends
        # 东至 of G225乐东至三亚段: a word jieba made across a section's join is no place
        candidates += list(_campuses(sentence.text, candidates))
        candidates += list(_invested_works(sentence.text, toks))
        candidates += list(_firms_projects(sentence.text, toks, candidates))
        candidates += list(_firms_of_works(toks, candidates))
        labs = _shared_lab_heads(sentence.text, toks)
        candidates = [c for c in candidates if (c[0], c[1]) not in labs] \
            + [(start, end, EntityType.ORGANIZATION, 0.7) for start, end in labs]
        regions = {(start, end) for start, end, _, _ in national_regions(toks, sentence.text)
                   if report.level in (Level.NATIONAL, Level.PROVINCE) or _NATIONAL_FRAME.match(sentence.text, end)}
        # a city's or a county's 东部地区 is its own east, unless what follows frames the country's (中部地区崛起,
        # 西部地区县域经济百强县)
        candidates += [(start, end, EntityType.PLACE, 0.8) for start, end in sorted(regions)]
        unknown = sorted(((offset, word) for word, tag, offset in toks if tag == "x" and len(word) >= 2), reverse=True)
        candidates = [(_trim_glued(sentence.text, start, end, unknown), _with_section(sentence.text, start, end, kind), kind,
                       confidence) for start, end, kind, confidence in candidates]
        candidates = [part for candidate in candidates for part in _street_in_area(sentence.text, candidate, toks)]
        candidates = [_without_city_area(sentence.text, candidate) for candidate in candidates]
        candidates = [_whole_own_name(sentence.text, candidate, own_full) for candidate in candidates]
        candidates = [_foot_of(sentence.text, _station_of(sentence.text, candidate)) for candidate in candidates]
        candidates = [_without_count_word(sentence.text, candidate, toks) for candidate in candidates]
        candidates = [_rail_works(sentence.text, candidate) for candidate in candidates]
        candidates = [_without_kind_of_village(sentence.text, candidate) for candidate in candidates]
        candidates = [_with_lone_adjective(sentence.text, candidate, toks) for candidate in candidates]
        named_quotes = {(start, end) for start, end, kind, _ in candidates if kind is EntityType.PROJECT}
        sayings = _quoted_sayings(sentence.text, toks)
        token_ending = {offset + len(word): (word, tag, offset) for word, tag, offset in toks}
        token_at = {offset: (word, tag, offset) for word, tag, offset in toks}
        place_spans = sorted((start, end) for start, end, kind, _ in candidates if kind is EntityType.PLACE
                             or _railway(sentence.text, start, end, kind)) \
            + sorted((start, end) for start, end, kind, confidence in listed if confidence == ROUTE_ITEM)
        # (and so does a route a list names by the short names of its places: 永清广, 沪宁合 of …等铁路)
        # (a railway's name hides the places it joins as a road's does: 沪苏湖 of 沪苏湖高铁)
        person_spans = [(start, end) for start, end, kind, _ in candidates if kind is EntityType.PERSON]
        project_ends, project_starts, body_ends, body_starts = {}, {}, {}, {}
        for start, end, kind, _ in candidates:
            if kind is EntityType.ORGANIZATION:
                body_ends[start] = max(body_ends.get(start, 0), end)
                body_starts[end] = min(body_starts.get(end, start), start)
            if kind is EntityType.PROJECT:
                project_ends[start] = max(project_ends.get(start, 0), end)
                project_starts[end] = min(project_starts.get(end, start), start)
        listed_firms = {(start, end) for start, end, _, confidence in listed if confidence == FIRM_ITEM}
        quoted_projects = {(start, end) for start, end, kind, _ in listed
                           if kind is EntityType.PROJECT and sentence.text[start - 1:start] in "“《"}
        for start, end, kind, confidence in candidates:
            if end - start < 2:
                continue
            surface = sentence.text[start:end]
            if kind is not EntityType.PROJECT and (start, end) in quoted_projects \
                    or kind is EntityType.PLACE and (start, end) in listed_firms:
                continue  # the list's class wins over the item's head (万达、龙湖等知名企业)
            rail = _railway(sentence.text, start, end, kind)
            if (kind is EntityType.PLACE or rail) and any(a <= start and end <= b and (a, b) != (start, end)
                                                and not (a == start and b - a >= end - start + 4
                                                         and _known_place(surface)
                                                         and _word_after(token_at, end))
                                                and not _route_end(sentence.text, start, end, a, b)
                                                and (start, end) not in section_ends
                                                and not _in_section(sentence.text, start, end)
                                                for a, b in place_spans):
                continue  # 东湖 in 东湖公园, 龙城 in 盛京龙城: part of a longer place name; 闽西 opening
                # 闽西革命老区高质量发展示范区 is named where it opens a long one; 同江铁路 of 同江铁路大桥
            if kind is EntityType.ORGANIZATION and surface in FIRMS and any(
                    a <= start and end <= b and (a, b) != (start, end) for a, b in place_spans):
                continue  # 万科 in 万科东第: a place named after a firm's estate
            bare = bare_head(surface) and surface not in BODIES
            if bare and surface in LOCAL_ZONES and (not local or _OF_A_KIND.search(sentence.text, 0, start)
                                                    or sentence.text[end:end + 1] in "、和等"):
                continue  # 国家级经开区, 各高新区, 高新区、经开区等园区: a kind of zone; in a city's or a county's
                # report the bare word alone is its own zone (高新区营收增长20%), which resolve keeps
            if kind is not EntityType.PERSON and any(a <= start and end <= b for a, b in person_spans):
                continue  # 文昌 in 谷文昌: part of a person's name
            if kind is EntityType.PLACE and any(a <= start and end <= b and ((a, b) == (start, end) or (a, b) not in named_quotes)
                                                for a, b in sayings):
                continue  # 金山 in “绿水青山就是金山银山”: a place word inside a saying names no place; a project
                # quoted whole is no saying (浑善达克沙地 of “浑善达克沙地综合治理产业发展项目”)
            if kind is EntityType.PROJECT and any(a <= start and end <= b and (a, b) != (start, end)
                                                  and re.search("[,，]", sentence.text[a:b]) for a, b in sayings):
                continue  # 重庆见行动 of “总书记有号令、党中央有部署,重庆见行动,万州必落实”: a slogan's clause
            if kind is EntityType.PLACE and NUMBERED_SLOGAN.match(sentence.text, start, end):
                continue  # 百县千镇万村, 千村示范: a numbered slogan, not a place
            if PARALLEL_SLOGAN.match(surface) and surface not in BODIES and not surface.startswith("中国") \
                    and not gazetteer.is_place_name(surface[:2]):  # 南京南站, 大连大学, 中国中化 start with a place
                continue  # 宜业宜居, 大院大所大企大平台: a parallel slogan, not a name
            if kind is EntityType.ORGANIZATION and _cut_short(sentence.text, end, token_at):
                continue  # 国防部|队, 公安部|门: jieba cut the name off a word its last character makes
            if kind is EntityType.PLACE and end - start == 2 and sentence.text[start] in "和与及" and start > 0 \
                    and sentence.text[start - 1] not in _OPENERS and token_ending.get(start, ("", "", 0))[1] not in VERB_TAGS:
                continue  # “二次创业”和县乡村振兴: a conjunction jieba glued to 县, not the county 和县 (争取|和龙…)
            if kind is EntityType.PLACE and sentence.text[start - 1:start] == "《" and sentence.text[end:end + 1] == "》":
                continue  # 曲剧《鲁镇》: the title of a work, not the place it is named after
            if kind is EntityType.PROJECT and _PARTY_CONGRESS.search(sentence.text, start, end):
                continue  # 党的第十次全国代表大会: a party congress, which the seed's gold leaves out as it does 十九大
            if surface.startswith(("小时", "分钟")) and start > 0 and (sentence.text[start - 1].isdigit()
                                                                   or sentence.text[start - 1] in NUMERAL_CHARS):
                continue  # 3小时经济圈, 15分钟生活圈: a circle of a reach, a kind
            if kind is EntityType.PLACE and not gazetteer.is_place_name(surface) and (
                    _HONOURED_UNIT.fullmatch(surface) or sentence.text[max(0, start - 2):start] in _HONOUR_SCOPES
                    and _MODEL_UNIT.fullmatch(surface) or _SCOPED_TITLE.fullmatch(surface)
                    or _UNIT_PAIR.fullmatch(surface)
                    or _COUNTED_UNITS_TAIL.search(surface) and len(surface) <= 4 and surface not in MACRO_REGIONS):
                continue  # 中国长寿市, 全国文明村, 全省双拥模范区, 自治区文明旗: a title a unit is given, not a
                # unit's name; 市旗两级: two levels of units; 基地三区 of 一基地三区: a slogan's count of units
            if kind is EntityType.ORGANIZATION and _UNIT_PAIR_BODY.fullmatch(surface):
                continue  # 在区市党委、政府和县委的领导下: the bodies of two levels of units, no one body
            if kind is EntityType.PLACE and surface == "大庆" and sentence.text.endswith(("周年", "周年的"), 0, start):
                continue  # 自治区成立60周年大庆: an anniversary's grand celebration, not the city
            if kind is EntityType.PLACE and _FAMOUS_UNITS.fullmatch(surface):
                continue  # 历史文化名城名镇名村, 旅游名镇: famous towns of a kind, a title
            if kind is EntityType.PLACE and _admin_kind(sentence.text, start, end, toks):
                continue  # 产粮大县, 试点省, 两市, 时期市: a kind or a count of provinces, cities, counties
            if _common_kind(surface) and (start, end) not in regions:
                continue  # 周边城市, 沿海地区: a common word before a generic head, whatever jieba tags the whole
            if kind is EntityType.PLACE and _slogan_of_region(surface):
                continue  # 碳汇云南, 戏聚天津: a slogan ending in a province's or city's name
            if kind is EntityType.PLACE and project_ends.get(start, 0) == end + 2 and sentence.text[end:end + 2] == "建设" \
                    and head_kind(sentence.text[start:end + 2]) is EntityType.PROJECT:
                continue  # 东部地区近零排放示范区|建设: a zone being built is the project, as the seed's gold
                # lists 国家文化出口基地建设 and 东部地区近零排放示范区建设, not the zones
            if kind is EntityType.PROJECT and project_ends.get(start, 0) > end and not rail:
                continue  # 安全生产专项整治 in 安全生产专项整治三年行动: the start of a longer programme name; a
                # railway the works are on is named too (川藏铁路 of 川藏铁路规划建设)
            if kind is EntityType.PROJECT and body_ends.get(start, 0) > end:
                continue  # 机床工程 in 机床工程研究院: the start of a body's name
            if kind is EntityType.ORGANIZATION and body_starts.get(end, start) < start \
                    and all(tag in NOUN_TAGS or NUMBERED.fullmatch(word)
                            for word, tag, offset in toks if body_starts[end] <= offset < start):
                continue  # 建设厅 in 营商环境建设厅, 金属所 in 中科院金属所: the end of a longer body's name
            if kind is EntityType.PROJECT and project_starts.get(end, start) < start:
                continue  # 协同招商平台 in “选择山东”协同招商平台: the end of a longer programme name
            if kind in (EntityType.PROJECT, EntityType.PLACE) and sentence.text[start - 1:start] == "“" \
                    and sentence.text[end:end + 1] == "”" and project_ends.get(start - 1, 0) > end + 1 \
                    and (kind is EntityType.PROJECT or sentence.text.endswith(_CAMPAIGN_HEADS, start, project_ends[start - 1])):
                continue  # 凤凰行动 in “凤凰行动”计划: the quoted core of a longer programme name; 双清 of
                # “双清”行动 names the campaign, not the district (but 广生里 of “广生里”功能重塑 is the lane the works
                # are on, as the seed's gold lists it)
            if _HONOUR.match(sentence.text, end):
                continue  # “五个一工程”优秀作品奖: a name in an award's title is the award's, an honour
            if _inside_title(sentence.text, start, end) and (kind is not EntityType.PLACE or _LEGAL_TITLE.search(
                    sentence.text, end, sentence.text.find("》", end) + 1)):
                continue  # 中华人民共和国村民委员会 in 《…组织法》: part of a document's title, and so is a place in a
                # law's or a treaty's (太平洋 in 《全面与进步跨太平洋伙伴关系协定》)
            if (_counted_before(sentence.text, start, token_ending) or _counted_after(sentence.text, end, token_at)) \
                    and sentence.text[start:start + 1] not in "“《" and not gazetteer.is_place_name(surface) \
                    and surface not in BODIES and surface not in RELATIVE_BODIES:
                continue  # 建成43处居家养老服务中心, 建成…服务中心520个: a counted kind of thing, not a name; a body
                # is one (30项省委省政府为民办实事项目 counts the projects)
            if _kind_or_count(surface) and (start, end) not in regions:
                continue  # 开发区, “两重”, 7个专项行动, 县级中医医院, “两山”: whichever finder proposed it
            if kind is EntityType.PLACE and _ROUTE_SECTION.fullmatch(surface):
                kind = EntityType.PROJECT  # 南珠高铁南玉段: the stretch of a route a report names is the works on it
            if kind is EntityType.PROJECT and surface.endswith("段") and (works := _SECTION_WORKS.match(sentence.text, end)):
                end = works.end()  # 104国道虹桥至乐成段改建, 长江马鞍山段二期整治: what is done to it names the
                surface = sentence.text[start:end]  # works (not 建设, the building of any of them)
            wider = _coordinated_start(sentence.text, start, end) if kind is EntityType.PROJECT else start
            if wider < start:  # 广播电视和|网络视听精品创作工程
                start, surface = wider, sentence.text[wider:end]
            key = (sentence.start + start, sentence.start + end)
            if key in seen:
                continue
            seen[key] = Mention(
                start=key[0], end=key[1], text=surface, type=kind, sentence=sentence.index,
                name=labs.get((start, end), surface), confidence=confidence, bare=bare,
            )
    seen = _without_names_inside_hosts(seen)
    seen = _bodies_of_the_unit_named_before(report.text, seen)
    if report.speaker:  # 李井山 is the speaker, no hill, wherever the header or the text names them
        spoken = [(at.start(), at.end()) for at in re.finditer(re.escape(report.speaker), report.text)]
        seen = {key: m for key, m in seen.items() if m.type is EntityType.PERSON
                or not any(a <= m.start and m.end <= b for a, b in spoken)}  # 建华 of 代县长都建华: part of the name
        pos = report.text.find(report.speaker)
        if pos >= 0:
            seen.setdefault((pos, pos + len(report.speaker)), Mention(
                pos, pos + len(report.speaker), report.speaker, EntityType.PERSON, -1, report.speaker, 0.95))
    return sorted(seen.values(), key=lambda m: (m.start, m.end, m.type))
