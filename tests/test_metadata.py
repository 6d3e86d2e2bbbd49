import pytest

from kg.metadata import level_of, make_report
from kg.periods import parse_chinese_date
from kg.records import Level


@pytest.mark.parametrize("header, place, issuer, level, date, year, speaker", [
    ("2022年沈阳市沈河区政府工作报告\n——2021年12月6日在沈河区第十九届人民代表大会第一次会议上\n沈河区人民政府区长  林宇航\n",
     "沈河区", "沈河区人民政府", Level.DISTRICT, "2021-12-06", 2022, "林宇航"),
    ("2025年河北省政府工作报告\n2025年1月13日在河北省第十四届人民代表大会第三次会议上河北省人民政府省长王正谱作政府工作报告。\n",
     "河北省", "河北省人民政府", Level.PROVINCE, "2025-01-13", 2025, "王正谱"),
    ("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n国务院总理\n李克强\n",
     "中国", "国务院", Level.NATIONAL, "2023-03-05", 2023, "李克强"),
    ("政府工作报告\n——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上\n自治区人民政府主席 张雨浦\n",
     "宁夏回族自治区", "宁夏回族自治区人民政府", Level.PROVINCE, "2026-02-03", 2026, "张雨浦"),
    ("政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n甘肃省省长 任振鹤\n",
     "甘肃省", "甘肃省人民政府", Level.PROVINCE, "2026-01-27", 2026, "任振鹤"),
    # a district's report names its own congress by the unit's word alone; the title names the district
    ("武汉市硚口区人民政府工作报告\n——2015年1月6日在区第十四届人民代表大会第四次会议上\n区长  景新华\n",
     "硚口区", "硚口区人民政府", Level.DISTRICT, "2015-01-06", 2015, "景新华"),
    ("长沙县政府工作报告\n——2015年1月8日在县第十七届人民代表大会第五次会议上\n",
     "长沙县", "长沙县人民政府", Level.DISTRICT, "2015-01-08", 2015, None),
])
def test_metadata_reads_header(header, place, issuer, level, date, year, speaker):
    report = make_report("x", header + "各位代表:\n  现在,我代表政府报告工作。")
    assert (report.place, report.issuer, report.level, report.date, report.year, report.speaker) == \
        (place, issuer, level, date, year, speaker)
    assert report.text[report.body_start:].startswith("各位代表")


@pytest.mark.parametrize("text, year", [
    ("政府工作报告\n──201516日在区第十四届人民代表大会第四次会议上\n各位代表:\n二○一四年工作回顾\n", 2015),
    ("西安市人民政府工作报告\n——2017220日在西安市第十六届人民代表大会第一次会议上\n各位代表:\n", 2017),
    ("政府工作报告\n——2019123日在区第十届人民代表大会第五次会议上\n各位代表:\n", 2020),
    ("政府工作报告\n——201816在县第十七届人民代表大会第三次会议上\n各位代表:\n", 2018),  # 年, 月 and 日 all lost
    ("政府工作报告(2007年)\n——在长乐市第十五届人民代表大会第一次会议上\n各位代表:\n", 2007),  # a title's year, no place
    # a page's title that names the year reviewed, over a date line early in the next year: the next year's report
    ("宣城市人民政府2010年政府工作报告\n——2011年1月13日在宣城市第三届人民代表大会第一次会议上\n各位代表:\n", 2011),
    ("2008年政府工作报告\n——2009年1月11日在双流县第十六届人民代表大会第四次会议上\n各位代表:\n", 2009),
])
def test_metadata_year_from_a_chinese_review_heading_or_a_date_that_lost_its_words(text, year):
    assert make_report("x", text + "现在。").year == year


def test_metadata_an_excerpts_vocative_paragraph_is_no_start_of_the_body():
    text = "2023年无锡市新吴区人民政府工作报告\n\n" + "六是自身建设在担当作为中得到新淬炼。" * 12 + "\n各位代表,走过不平凡的2022年。\n"
    report = make_report("x", text)
    assert report.text[report.body_start:].lstrip().startswith("六是")  # nothing before 各位代表 is a header


@pytest.mark.parametrize("text, year", [
    ("2017年蔡甸区人民政府工作报告\n\n一、2017年工作回顾\n", 2018),  # the year it was given in, reviewed
    ("2017年蔡甸区人民政府工作报告\n——2017年12月27日在蔡甸区第二届人民代表大会上\n各位代表:\n", 2018),
    ("2018年蔡甸区人民政府工作报告\n\n一、2017年工作回顾\n", 2018),  # the usual title
    ("2022年中卫市人民政府工作报告\n\n即将过去的2022年,是中卫发展极不寻常的一年。\n", 2023),
    ("2018年建平县人民政府工作报告\n\n2018年是本届政府的开局之年。预计到年末,地区生产总值完成115亿元。\n", 2019),
    ("2025年某某县人民政府工作报告\n\n2025年是“十四五”规划收官之年。\n", 2025),  # the plan's year
    ("2019年梨树县政府工作报告\n\n2019年,是我县卓有成效的一年。预计到年末,全县地区生产总值增长3.3%。\n", 2020),
    ("2019年某县政府工作报告\n\n2019年,是我县经济社会发展非同寻常的一年。\n", 2020),  # a year looked back on
    ("2021年河西区政府工作报告\n\n圆满完成本届政府主要目标任务,2021年预计突破1000亿元。\n", 2022),  # the year's
    # estimate: the year is not over
    ("2021年平凉市人民政府工作报告\n\n市四届人大一次会议以来的五年,…。预计到2021年底,全市地区生产总值完成546亿元。\n", 2022),
    ("2021年某区政府工作报告\n\n2021年是“十四五”开局之年,主要预期目标是:地区生产总值增长6%。\n", 2021),
])
def test_metadata_a_title_with_the_year_a_december_report_was_given_in(text, year):
    assert make_report("x", text + "现在。").year == year


@pytest.mark.parametrize("text, years", [
    # a review that says 今年以来 of the year it reviews was given in that year, for the next
    ("2023年舟曲县人民政府工作报告\n\n2022年工作回顾\n今年以来,全县生产总值增长5%。\n二、2023年工作安排\n", (2023, 2022)),
    ("武汉市洪山区人民政府工作报告\n\n一、2017年工作回顾\n今年以来,我们在区委领导下。\n", (2018, 2017)),
    ("2017年蔡甸区人民政府工作报告\n\n一、2017年工作回顾\n", (2018, 2017)),  # the title's year, reviewed
    ("2017年某区人民政府工作报告\n\n一、2017年和过去五年工作回顾\n", (2018, 2017)),  # and the term's five years
    ("2009年某区政府工作报告\n\n2009年是极不寻常的一年,全区上下迎难而上。\n", (2010, 2009)),  # a year looked back on
    ("2008年某县政府工作报告\n\n2008年,是我县发展史上极不寻常、很不平凡的一年。\n", (2009, 2008)),
    ("2025年某县政府工作报告\n\n2025年是“十四五”规划收官之年。\n", (2025, None)),  # a year ahead
    ("2012年某区人民政府工作报告\n\n2012年及过去五年政府工作回顾\n", (2013, 2012)),  # 及 joins the term as 和 does
    # a paragraph near the top that opens on the title's year told as done, or on 今年以来
    ("2022年某市人民政府工作报告\n\n2022年,我市发展遇到了近年少有的严峻形势。\n", (2023, 2022)),
    ("2018年某市人民政府工作报告\n\n2018年,在市委的坚强领导下,我们落实“六稳”工作要求,完成了全年任务。\n", (2019, 2018)),
    ("2022年某县人民政府工作报告\n\n今年以来,在县委的坚强领导下,全县完成了各项任务。\n", (2023, 2022)),
    ("2025年某县人民政府工作报告\n\n2025年,我们将力争完成地区生产总值增长6%。\n", (2025, None)),  # a year ahead
    # …or as estimated where it ends (预计全市地区生产总值511亿元); not the goals set for it
    ("2020年某市政府工作报告\n\n2020年,面对突如其来的疫情,市政府统筹推进各项工作。预计全市地区生产总值511亿元。\n",
     (2021, 2020)),
    ("2020年某市政府工作报告\n\n2020年,预期全市地区生产总值增长6%,预计需投资300亿元。\n", (2020, None)),  # guard
    # 是…的一年 told with what the year was met with
    ("2022年某县政府工作报告\n\n2022年,是全县克难奋进的一年。面对疫情持续冲击,我们始终坚持稳中求进,取得了新成绩。\n",
     (2023, 2022)),
    ("2025年某县人民政府工作报告\n\n2025年,是“十四五”规划收官的一年。面对新形势,我们要完成好各项任务。\n", (2025, None)),
    # a first section headed as a review whose first paragraph tells of the title's year as done
    ("2010年某市人民政府工作报告\n\n一、“十一五”目标任务胜利完成\n2010年,市人民政府在市委领导下,生产总值增长13.2%。\n",
     (2011, 2010)),
    ("2010年某市人民政府工作报告\n\n一、2009年工作回顾\n2010年,我们预期生产总值增长10%。\n", (2010, None)),
    ("2010年某市人民政府工作报告\n\n一、“十一五”目标任务胜利完成\n2010年,是实施规划的关键一年,增长10%。\n", (2010, None)),
    # an estimate for 今年 in a review headed 第一部分 2022年工作情况: the year is not over
    ("2023年北京市延庆区人民政府工作报告\n\n第一部分 2022年工作情况\n今年,全区地区生产总值预计完成213亿元。\n"
     "第二部分 2023年工作安排\n", (2023, 2022)),
    ("2025年某自治区人民政府工作报告\n\n2024年工作回顾\n过去一年增长5%。今年,将重点做好以下工作。\n", (2025, None)),
    ("2018年蔡甸区人民政府工作报告\n——2017年12月27日在蔡甸区第二届人民代表大会上\n各位代表:\n", (2018, None)),
    # the usual report: given in the year it is for, 今年以来 only in its plans, or not at all
    ("2018年某区人民政府工作报告\n\n一、2017年工作回顾\n生产总值增长8%。\n二、2018年工作安排\n今年以来开局良好。\n", (2018, None)),
    ("2018年某区人民政府工作报告\n\n一、2017年工作回顾\n过去一年,生产总值增长8%。\n", (2018, None)),
])
def test_metadata_the_year_a_report_was_given_in_before_the_year_it_is_for(text, years):
    report = make_report("x", text + "现在。")
    assert (report.year, report.spoken_year) == years


@pytest.mark.parametrize("text, speaker", [
    ("武汉市武昌区人民政府工作报告\n——2019年12月24日在武汉市武昌区第十五届人民代表大会第五次会议上\n武昌区人民政府区长 余 松\n"
     "2019年工作回顾\n", "余松"),  # no 各位代表 line
    ("武汉市洪山区人民政府工作报告\n区 长 林文书\n一、2017年工作回顾\n", "林文书"),  # the title spaced out
    # a page that runs the header into one line, with the address after the name or the date in brackets
    ("2020年泰宁县人民政府工作报告\n——在泰宁县第十七届人民代表大会第四次会议上 泰宁县人民政府县长 王胜文 各位代表: 现在,", "王胜文"),
    ("2020年陇县人民政府工作报告\n——在陇县第十七届人民代表大会第四次会议上县长赵甲宏(2020年1月8日)各位代表:现在,", "赵甲宏"),
    ("2025年上海市政府工作报告\n----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议的政府工作报告\n", "龚正"),
])
def test_metadata_speaker_of_a_text_with_no_address_line(text, speaker):
    assert make_report("x", text + "全区经济稳步增长。").speaker == speaker


def test_metadata_without_header_uses_body_and_file_name():
    report = make_report("state-council-2025", "各位代表:\n现在,我代表国务院,向大会报告政府工作。\n一、2024年工作回顾\n")
    assert (report.place, report.issuer, report.year, report.date) == ("中国", "国务院", 2025, None)


def test_metadata_region_hint_when_header_names_no_place():
    report = make_report("province-x-2026", "各位代表:\n现在报告工作。", region_hint="广东省")
    assert (report.place, report.issuer, report.level) == ("广东省", "广东省人民政府", Level.PROVINCE)


@pytest.mark.parametrize("text, iso", [("2021年12月6日", "2021-12-06"), ("二〇二五年一月十四日", "2025-01-14"),
                                       ("没有日期", None), ("2021年13月40日", None)])
def test_metadata_chinese_date(text, iso):
    assert parse_chinese_date(text) == iso


@pytest.mark.parametrize("place, level", [("沈河区", Level.DISTRICT), ("上海市", Level.PROVINCE),
                                          ("沈阳市", Level.CITY), ("内蒙古自治区", Level.PROVINCE)])
def test_metadata_level_of(place, level):
    assert level_of(place) is level


@pytest.mark.parametrize(("header", "place", "issuer", "year"), [
    ("2024年国务院政府工作报告", "中国", "国务院", 2024),
    ("《国务院政府工作报告（2024年）》", "中国", "国务院", 2024),
    ("沈河区2023年政府工作报告", "沈河区", "沈河区人民政府", 2023),
    ("云南要闻\n2026年政府工作报告", "云南省", "云南省人民政府", 2026),  # a page's section names no government
])
def test_metadata_title_forms(header, place, issuer, year):
    report = make_report("x", header + "\n各位代表:\n现在。", region_hint="云南省")
    assert (report.place, report.issuer, report.year) == (place, issuer, year)
