"""Read a report's header (title, date, congress, speaker) and find where its body starts and ends."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from kg.periods import parse_chinese_date, year_number
from kg.records import Level, Report
from kg.script import simplified

TITLE_RE = re.compile(r"(?P<year>[12]\d{3})\s*年\s*(?P<place>[^\s，,。]{0,20}?)(?:人民)?政府工作报告")
# 沈河区2023年政府工作报告: the place before the year
TITLE_PLACE_FIRST_RE = re.compile(r"^[《“]?(?P<place>[\u4e00-\u9fff]{2,20}?)(?P<year>[12]\d{3})\s*年\s*(?:人民)?政府工作报告")
# 国务院政府工作报告（2024年）: the year after the title
TITLE_YEAR_AFTER_RE = re.compile(r"^[《“]?(?P<place>[\u4e00-\u9fff]{2,20}?)(?:人民)?政府工作报告\s*[（(](?P<year>[12]\d{3})\s*年?[)）]")
# a title that names no place, its year after it (政府工作报告(2007年)): the year holds, the place comes from elsewhere
TITLE_BARE_YEAR_AFTER_RE = re.compile(r"^[《“]?(?P<place>)(?:人民)?政府工作报告[》”]?\s*[（(](?P<year>[12]\d{3})\s*年?[)）]$")
# 武汉市硚口区人民政府工作报告: a title that names no year
TITLE_NO_YEAR_RE = re.compile(r"^[《“]?(?P<place>[\u4e00-\u9fff]{2,20}?)(?:人民)?政府工作报告[》”]?$(?P<year>)")
CONGRESS_RE = re.compile(
    r"在(?P<place>[\u4e00-\u9fff]{0,16}?)(?:第?[一二三四五六七八九十]+届)\s*人民代表大会"
    r"|在第?[一二三四五六七八九十]+届(?P<national>全国)人民代表大会"
)
# 省长 王正谱 / 自治区主席 韦 韬 / 市长殷勇同志作…: a title, then a name of two or three characters that ends the
# line or is followed by what comes after a name; 龚正市长在…: the name before the title.
SPEAKER_RE = re.compile(
    r"(?P<title>总理|省长|市长|区[^\S\n]?长|县[^\S\n]?长|州长|主席|旗长)[^\S\n]*(?:\n[^\S\n]*)?"
    r"(?P<name>[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)+|[\u4e00-\u9fff](?:[^\S\n]?[\u4e00-\u9fff]){1,3}?)"
    r"(?=[^\S\n]*$|[^\S\n]*各位代表|[(（]|在|同志|作|代表|向|，|,)"  # 县长 王胜文 各位代表 on one line, 县长赵甲宏(2020年…
    r"|(?P<name_first>(?![日月年])[\u4e00-\u9fff]{2,3})(?:总理|省长|市长|区长|县长|主席)(?:在|作|代表)",  # not 1月15日|龚正市长
    re.M,
)
DELEGATE_RE = re.compile(r"(?:我代表|我受)(?P<issuer>[\u4e00-\u9fff]{2,20}?)(?:的委托)?(?:，|,|向|作|就)")
NATIONAL_ISSUERS = ("国务院", "中央人民政府", "政务院")
STEM_YEAR_RE = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")
REVIEW_YEAR_RE = re.compile(r"(?:一、|第一部分|^)\s*(?P<year>[12]\d{3}|[〇○零一二三四五六七八九]{4})年"
                            r"(?:[和及暨](?:“[^”]+”时期|过去[一二三四五六七八九十]年|本届政府))?(?:政府)?"
                            r"工作(?:的简要)?(?:回顾|情况)",
                            re.M)
# A delivery date whose 年 and 月 a web page lost (——2017220日在…会议上): its year still stands before the rest
GARBLED_DATE_RE = re.compile(r"(?P<year>(?:19|20)\d\d)(?P<rest>\d{1,4})日?\s*在")  # 2007112在: 年月日 all lost
BODY_START_RE = re.compile(r"^[ \t\u3000]*各位代表[:：]?", re.M)
MUNICIPALITIES = ("北京", "上海", "天津", "重庆")
FOOTER_RE = re.compile(
    r"^\s*(?:主办[:：]|承办[:：]|技术支持|联系方式|联系我们|网站标识码|政府网站标识码|ICP备|.*公网安备|版权所有|"
    r"Copyright|相关报道[:：]|责任编辑|【关闭】|关闭窗口|打印本页|扫一扫)",
    re.M,
)
HEADER_SCAN = 3000


def level_of(place: str | None) -> Level:
    """The administrative level of a place name.

    >>> [level_of(p) for p in ("沈河区", "沈阳市", "北京市", "河北省", "宁夏回族自治区", None)]
    [<Level.DISTRICT: 'district'>, <Level.CITY: 'city'>, <Level.PROVINCE: 'province'>, <Level.PROVINCE: 'province'>, <Level.PROVINCE: 'province'>, <Level.UNKNOWN: 'unknown'>]
    """
    if not place:
        return Level.UNKNOWN
    if place in ("中国", "中华人民共和国", "全国"):
        return Level.NATIONAL
    if place.endswith(("省", "自治区")) or place.startswith(MUNICIPALITIES):
        return Level.PROVINCE
    if place.endswith(("市", "州", "盟")):
        return Level.CITY
    if place.endswith(("区", "县", "旗")):
        return Level.DISTRICT
    return Level.UNKNOWN


def _names_a_government(place: str) -> bool:
    """Whether a title's words before 政府工作报告 name a government (国务院, 沈河区), not a page's section (云南要闻)."""
    return place in NATIONAL_ISSUERS or level_of(_innermost_place(place)) is not Level.UNKNOWN


# A unit's word with no name before it, as a district's report calls its own congress (在区第十四届人民代表大会).
BARE_UNITS = frozenset({"区", "市", "县", "省", "旗", "盟", "州", "自治区", "自治州", "自治县"})


def _first_lines_end(text: str, lines: int = 4) -> int:
    """Where the first few lines of a text end (its header, when it has no 各位代表 line)."""
    end = 0
    for _ in range(lines):
        end = text.find("\n", end) + 1
        if end == 0:
            return min(len(text), 200)
    return min(end, 300)


def _innermost_place(text: str) -> str:
    """The innermost administrative unit of a compound name: 沈阳市沈河区 → 沈河区."""
    parts = re.findall(r".+?(?:自治区|自治州|省|市|区|县|旗|盟)(?=.|$)", text)
    return parts[-1] if parts else text


def issuer_for(place: str | None, level: Level) -> str | None:
    """The government that gives the report: 国务院 or <place>人民政府."""
    if level is Level.NATIONAL:
        return "国务院"
    return f"{place}人民政府" if place else None


_YEAR_END_ESTIMATE = re.compile(r"预计到年[末底]")
# How a review speaks of the year it looks back on (2009年是极不寻常的一年, 2008年,是我县发展史上极不寻常、很不平凡的一年)
_HARD_YEAR = "(?:极不平凡|极不寻常|很不平凡|很不寻常|极为不易|极其困难|非常不平凡|非同寻常|不同寻常|极具挑战|极不容易|很不容易)"
_NEXT_SECTION = re.compile(r"^[ \t\u3000]*(?:[二三四五六七八九十]+、|第[二三四五六七八九十]+(?:部分|章))", re.M)


# What only a review given in the year it reviews says: 今年以来 (the year so far), or an estimate for 今年
# (今年,全区地区生产总值预计完成213亿元: the year is not over)
_THIS_YEAR_SO_FAR = re.compile(r"今年以来|今年[,，][^。;；]{0,30}预计")


def _opens_on_year_done(opening: str, year: int) -> bool:
    """Whether a paragraph near the top opens on ``year`` told as done (2022年,我市发展遇到了…; 2018年,在市委的坚强
    领导下,我们…; the first paragraph under 一、…“十一五”目标任务胜利完成: 2010年,市人民政府在…领导下…增长13.2%) or on
    今年以来: a report given late in the year its title names, which it reviews. Not 2025年是…, a year ahead, nor a
    paragraph that says what will be done."""
    for match in re.finditer(rf"^[ \t\u3000]*(?:{year}年[,，](?:(?P<was>是[^。]{{0,30}}?的一年。)|(?!是))|今年以来[,，])"
                             r"(?P<rest>[^\n]*)",
                             opening, re.M):
        first = re.split(r"[。;；]", match["rest"], maxsplit=1)[0]
        if match["was"] and not (_FACED.search(match["rest"]) and "了" in match["rest"]):
            continue  # 2022年,是…的一年。 looks back only where the paragraph then tells what the year was met with
        if not _AHEAD.search(first) and _TOLD_DONE.search(match["rest"]):
            return True
    return False


# How a paragraph on a year that is over tells what it was met with (面对疫情持续冲击…, 我们始终坚持…)
_FACED = re.compile(r"面对[^。]{0,80}?我们(?!要|将|必须|一定)")


# What a paragraph on a year ahead says (将, 要, 力争…), and one on a year told as done (…了, 增长8%, 完成, or an
# estimate of where it ends)
_AHEAD = re.compile(r"力争|确保|预期|计划|我们将|将继续|将着力|将重点")
_TOLD_DONE = re.compile(r"了|增长[0-9.]+%|完成|预计[^。;；]{0,16}?[0-9]")  # 预计全市地区生产总值511亿元: the year's estimate


def _report_years(stem: str, text: str, title_match: re.Match | None, date: str | None) -> tuple[int | None, int | None]:
    """The year a report is for, from its title, its date, its review heading or its file name; and the year it was
    given in where that is the year before (else None)."""
    review = REVIEW_YEAR_RE.search(text, 0, 5000)
    reviewed = year_number(review["year"]) if review else None  # 一、2014年工作回顾, 二○一四年工作回顾
    # a review of a year that says 今年以来 is given in that year (一、2022年工作回顾 / 今年以来，…), late in it
    late_review = bool(review) and _THIS_YEAR_SO_FAR.search(text, review.end(), _section_end(text, review.end()))
    if title_match and title_match["year"]:
        year = int(title_match["year"])
        opening = text[:2000]
        if reviewed == year or date and date.startswith(f"{year}-1") \
                or f"即将过去的{year}年" in opening \
                or re.search(rf"(?<![0-9]){year}年[,，]?是", opening) and _YEAR_END_ESTIMATE.search(opening) \
                or re.search(rf"(?<![0-9]){year}年(?:全年)?预计|预计(?:到|至)?{year}年(?:底|末|全年)", opening) \
                or re.search(rf"(?<![0-9]){year}年[,，]?是[^。]{{0,24}}?{_HARD_YEAR}的一年", opening) \
                or reviewed is None and _opens_on_year_done(opening, year):
            return year + 1, year  # a title that gives the year the report was delivered in, late in it (2017年蔡甸区
            # 政府工作报告 over 一、2017年工作回顾, delivered 2017-12-27, or that speaks of 即将过去的2017年, of
            # 2018年(,)是… with 预计到年末, of an estimate for the year (2021年预计突破1000亿元, 预计到2021年底), or of
            # 2009年是极不寻常的一年): the report is for the year after
        if date and int(date[:4]) == year + 1 and int(date[5:7]) <= 6 and reviewed in (None, year):
            return year + 1, None  # 宣城市人民政府2010年政府工作报告, delivered 2011-01-13: a page's title that names the
            # year reviewed; the report is the next year's, as its date says
        return year, year - 1 if late_review and reviewed == year - 1 else None  # 2023年…报告 over 一、2022年工作回顾
    if date:
        y, m = int(date[:4]), int(date[5:7])
        return (y + 1, y) if m >= 10 else (y, None)
    if reviewed:
        return reviewed + 1, reviewed if late_review else None
    garbled = GARBLED_DATE_RE.search(text, 0, HEADER_SCAN)
    if garbled:  # 2017220日 (2月20日), 2019123日 (read as 12月3日: such a date is late in the year or early)
        month = int(garbled["rest"][:2]) if len(garbled["rest"]) >= 3 and garbled["rest"][:2] in ("10", "11", "12") \
            else int(garbled["rest"][0])
        return int(garbled["year"]) + (1 if month >= 10 else 0), int(garbled["year"]) if month >= 10 else None
    stem_year = STEM_YEAR_RE.search(stem)
    return (int(stem_year[1]) if stem_year else None), None


def _section_end(text: str, start: int) -> int:
    """Where the top-level section that runs at ``start`` ends: at the next 二、-style heading line."""
    heading = _NEXT_SECTION.search(text, start)
    return heading.start() if heading else len(text)


def make_report(stem: str, text: str, source: str = "", region_hint: str | None = None) -> Report:
    """A Report with metadata read from the text's header and its body located.

    A text in traditional characters is read through its simplified copy (:mod:`kg.script`): the report keeps
    its own text and title, and its place, issuer and speaker are named in simplified characters.

    ``region_hint`` (a place name, for example from a file name) is used only
    when the header names no place.

    >>> [(r.place, r.issuer, r.year) for r in (make_report("x", t + "\\n各位代表:") for t in (
    ...     "2024年国务院政府工作报告", "国务院政府工作报告（2024年）", "沈河区2022年政府工作报告"))]
    [('中国', '国务院', 2024), ('中国', '国务院', 2024), ('沈河区', '沈河区人民政府', 2022)]
    >>> r = make_report("x", "2022年沈阳市沈河区政府工作报告\\n——2021年12月6日在沈河区第十九届人民代表大会第一次会议上\\n沈河区人民政府区长  林宇航\\n各位代表:\\n  现在。")
    >>> (r.place, r.issuer, r.level.value, r.date, r.year, r.speaker, r.text[r.body_start:r.body_start + 4])
    ('沈河区', '沈河区人民政府', 'district', '2021-12-06', 2022, '林宇航', '各位代表')
    """
    converted = simplified(text)
    if converted is None:
        return _read_report(stem, text, source, region_hint)
    report = _read_report(stem, converted, source, region_hint)
    at = converted.find(report.title) if report.title else -1
    return replace(report, text=text, title=text[at:at + len(report.title)] if at >= 0 else report.title,
                   content_hash="sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest())


def _read_report(stem: str, text: str, source: str, region_hint: str | None) -> Report:
    body = next((m for m in BODY_START_RE.finditer(text, 0, HEADER_SCAN)
                 if all(len(line) <= 150 for line in text[:m.start()].splitlines())), None)  # not 各位代表 opening
    # a paragraph of an excerpt that began with the body itself (六是自身建设…\n各位代表,走过不平凡的2022年…)
    body_start = body.start() if body else 0
    header = text[: body_start or min(len(text), 600)].replace("\n", " ")

    lines = [line.strip() for line in text[: body_start or min(len(text), 600)].splitlines()]
    title_match = TITLE_RE.search(header)
    if not title_match or not title_match["place"]:  # 沈河区2023年政府工作报告, 国务院政府工作报告（2024年）: on a line
        title_match = next((m for line in lines
                            for m in [TITLE_PLACE_FIRST_RE.match(line) or TITLE_YEAR_AFTER_RE.match(line)
                                      or TITLE_NO_YEAR_RE.match(line)]
                            if m and _names_a_government(m["place"])), None) or title_match
    if not title_match:
        title_match = next((m for line in lines for m in [TITLE_BARE_YEAR_AFTER_RE.match(line)] if m), None)
    titles = [line for line in lines if "工作报告" in line and len(line) <= 60 and ">" not in line
              and not line.startswith("——")]
    title = next((t for t in titles if "政府工作报告" in t), titles[0] if titles else None)
    congress = CONGRESS_RE.search(header)
    # the day it was delivered stands before the congress it was delivered to; a web page's
    # publishing date ("2022年02月18日来源:…") comes earlier in the header
    date = parse_chinese_date(header[max(0, congress.start() - 40):congress.start()]) if congress else None
    date = date or parse_chinese_date(header)
    place: str | None = None
    if congress and congress["national"]:
        place = "中国"
    elif congress and congress["place"] and _innermost_place(congress["place"]) not in BARE_UNITS:
        place = _innermost_place(congress["place"])  # not 区 of 在区第十四届人民代表大会: the title names it
    elif title_match and title_match["place"]:
        named = title_match["place"]
        place = "中国" if named in NATIONAL_ISSUERS or named in ("中华人民共和国", "中国") else _innermost_place(named)
    if not place:
        delegate = DELEGATE_RE.search(text, body_start, body_start + 400)
        if delegate and delegate["issuer"] in NATIONAL_ISSUERS:
            place = "中国"
        elif delegate and delegate["issuer"].endswith("人民政府") and len(delegate["issuer"]) > 5:
            place = delegate["issuer"].removesuffix("人民政府")
    place = place or region_hint
    level = level_of(place)

    year, spoken_year = _report_years(stem, text, title_match, date)
    # the lines before 各位代表; where the text has no such line, its first few lines (an excerpt, a page's copy)
    speaker_match = SPEAKER_RE.search(text, 0, body_start or _first_lines_end(text))
    speaker = re.sub(r"\s", "", speaker_match["name"] or speaker_match["name_first"]) if speaker_match else None

    if not body and title and lines and lines[0] == title:
        body_start = text.find("\n", text.find(title)) + 1 or len(text)  # an excerpt under its title alone: the
        # body starts after it, so the title's year is no cue for the figures that follow
    footer = FOOTER_RE.search(text, body_start)
    body_end = footer.start() if footer and footer.start() > len(text) * 0.5 else len(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Report(
        stem=stem, text=text, source=source, title=title, issuer=issuer_for(place, level),
        place=place, level=level, date=date, year=year, spoken_year=spoken_year, speaker=speaker,
        body_start=body_start, body_end=body_end, content_hash=f"sha256:{digest}",
    )
