from decimal import Decimal

import pytest

from kg.extract.quantities import find_quantities
from kg.metadata import make_report
from kg.segment import split_sentences

HEADER = "2022年示例市和平区政府工作报告\n——2021年12月20日在和平区第十届人民代表大会第一次会议上\n各位代表:\n"


def figures(body: str):
    report = make_report("t", HEADER + body)
    return find_quantities(report, split_sentences(report))


def one(body: str):
    found = figures(body)
    assert len(found) == 1, found
    q = found[0]
    return q.kind.value, q.value, q.unit, q.comparator.value, q.period


# (body, kind, value, unit, comparator, period)
@pytest.mark.parametrize("body, expected", [
    ("一、过去一年工作回顾\n地区生产总值完成1062亿元。", ("achievement", Decimal("106200000000"), "元", "eq", "2021")),
    ("一、过去四年工作回顾\n四年来,减税降费37.6亿元。", ("achievement", Decimal("3760000000"), "元", "eq", "2018-2021")),
    ("一、过去四年工作回顾\n国有资产减免租金5400余万元。", ("achievement", Decimal("54000000"), "元", "approx", "2018-2021")),
    ("一、过去四年工作回顾\n新增就业2万余人。", ("achievement", Decimal("20000"), "人", "approx", "2018-2021")),
    ("一、过去四年工作回顾\n完成两轮全员核酸检测。", ("achievement", Decimal("2"), "轮", "eq", "2018-2021")),
    ("一、过去四年工作回顾\n服务实体企业超3000家。", ("achievement", Decimal("3000"), "家", "gt", "2018-2021")),
    ("一、过去四年工作回顾\n主导产业占比近90%。", ("achievement", Decimal("90"), "%", "approx", "2018-2021")),
    ("一、过去四年工作回顾\n道路完好率保持98%以上。", ("achievement", Decimal("98"), "%", "ge", "2018-2021")),
    ("一、过去四年工作回顾\n比重较2017年提高2.3个百分点。", ("achievement", Decimal("2.3"), "个百分点", "eq", "2018-2021")),
    ("一、过去四年工作回顾\n盘活停滞11年的地块。", ("achievement", Decimal("11"), "年", "eq", "2018-2021")),
    ("一、过去四年工作回顾\n预计2021年,客流量超1亿人次。", ("achievement", Decimal("100000000"), "人次", "gt", "2021")),
    ("三、2022年重点任务\n地区生产总值增长8%。", ("target", Decimal("8"), "%", "eq", "2022")),
    ("三、2022年重点任务\n亿元以上项目开复工不低于145个。", ("target", Decimal("145"), "个", "ge", "2022")),
    ("三、2022年重点任务\n新增文化贸易企业15家以上。", ("target", Decimal("15"), "家", "ge", "2022")),
    ("二、未来五年工作目标\n力争经济总量突破一万亿元。", ("target", Decimal("1000000000000"), "元", "gt", "2022-2026")),
    ("二、未来五年工作目标\n到2025年,人口规模突破100万人。", ("target", Decimal("1000000"), "人", "gt", "2022-2025")),
    ("三、2022年重点任务\n城镇调查失业率控制在5.5%以内。", ("target", Decimal("5.5"), "%", "le", "2022")),
    ("三、2022年重点任务\n居民消费价格涨幅3%左右。", ("target", Decimal("3"), "%", "approx", "2022")),
    ("一、过去四年工作回顾\n占全市1/7强。", ("achievement", Decimal("0.142857"), "", "gt", "2018-2021")),
    ("一、过去四年工作回顾\n新增就业１．２万人。", ("achievement", Decimal("12000"), "人", "eq", "2018-2021")),
    ("一、过去一年工作回顾\n原煤产量达到七亿七千多万吨。", ("achievement", Decimal("770000000"), "吨", "approx", "2021")),
    ("一、过去四年工作回顾\n实施五大类城建项目。", ("achievement", Decimal("5"), "类", "eq", "2018-2021")),
    ("一、过去一年工作回顾\n粮食总产量达到1200亿斤。", ("achievement", Decimal("120000000000"), "斤", "eq", "2021")),
    ("一、过去一年工作回顾\n发电量3000亿千瓦小时。", ("achievement", Decimal("300000000000"), "千瓦小时", "eq", "2021")),
    ("一、过去一年工作回顾\n应对23次强降水过程。", ("achievement", Decimal("23"), "次", "eq", "2021")),  # 强 describes the rain
    ("2022年工作安排\n城镇新增就业5万人。", ("target", Decimal("50000"), "人", "eq", "2022")),  # unnumbered heading
    ("一、过去一年工作回顾\n农村饮水安全工程使6069万农民受益。", ("achievement", Decimal("60690000"), "人", "eq", "2021")),
    # people counted by a noun before a number of 万 that ends its clause (not 产值达到25万, which measures no people)
    ("一、过去一年工作回顾\n贫困人口减少25万,产值达到25万。", ("achievement", Decimal("250000"), "人", "eq", "2021")),
    ("一、过去一年工作回顾\n职工医保参保人数突破5100万。", ("achievement", Decimal("51000000"), "人", "gt", "2021")),
    # years of growth running, quoted or not (not a run of titles, 六连冠, an honour)
    ("一、过去一年工作回顾\n粮食总产量实现“七连增”,获得“六连冠”。", ("achievement", Decimal("7"), "年", "eq", "2021")),
    ("一、过去一年工作回顾\n新增510万沼气用户。", ("achievement", Decimal("5100000"), "户", "eq", "2021")),
    ("一、过去一年工作回顾\n工业总产值增长百分之八点五。", ("achievement", Decimal("8.5"), "%", "eq", "2021")),
    ("一、过去一年工作回顾\n钢产量增长一点二倍。", ("achievement", Decimal("1.2"), "倍", "eq", "2021")),
    ("一、过去一年工作回顾\n钢产量增长零点八倍。", ("achievement", Decimal("0.8"), "倍", "eq", "2021")),
    ("一、过去一年工作回顾\n人均可支配收入5160 元。", ("achievement", Decimal("5160"), "元", "eq", "2021")),  # a space
    ("一、过去一年工作回顾\n规上工业营业收入突破千亿元。", ("achievement", Decimal("100000000000"), "元", "gt", "2021")),
    ("一、过去一年工作回顾\n惠及近万家企业。", ("achievement", Decimal("10000"), "家", "approx", "2021")),  # bare 万
    # a threshold a money measure crossed, its 元 unsaid; 过 as "crossed" after the measure
    ("一、过去一年工作回顾\n生物医药产业率先突破千亿。", ("achievement", Decimal("100000000000"), "元", "gt", "2021")),
    ("一、过去一年工作回顾\n经济总量过万亿。", ("achievement", Decimal("1000000000000"), "元", "gt", "2021")),
    ("一、过去一年工作回顾\n地区生产总值跨上70亿元台阶。", ("achievement", Decimal("7000000000"), "元", "gt", "2021")),
    ("一、过去一年工作回顾\n工业投资连续54个月增长。", ("achievement", Decimal("54"), "个月", "eq", "2021")),  # months
    ("一、过去一年工作回顾\n综合竞争力排名跃升7个位次。", ("achievement", Decimal("7"), "个位次", "eq", "2021")),
    ("一、过去一年工作回顾\n牲畜总头数达到63万头只。", ("achievement", Decimal("630000"), "头只", "eq", "2021")),
    ("一、过去一年工作回顾\n组织政银企对接活动11场次。", ("achievement", Decimal("11"), "场次", "eq", "2021")),
    ("一、过去一年工作回顾\n连续五个季度获得激励。", ("achievement", Decimal("5"), "个季度", "eq", "2021")),
    ("一、过去一年工作回顾\n全县发生安全生产事故3起。", ("achievement", Decimal("3"), "起", "eq", "2021")),  # incidents
    ("一、过去一年工作回顾\n保障重大项目用能1302万吨标准煤。", ("achievement", Decimal("13020000"), "吨标准煤", "eq", "2021")),
    ("一、过去一年工作回顾\n布设水池水罐8999口。", ("achievement", Decimal("8999"), "口", "eq", "2021")),  # wells
    ("一、过去一年工作回顾\n累计接种疫苗58.82万剂次。", ("achievement", Decimal("588200"), "剂次", "eq", "2021")),
    ("一、过去一年工作回顾\n选派16批次干部。", ("achievement", Decimal("16"), "批次", "eq", "2021")),
    # a milestone of money named without its 元, passed (突破, 跨越, 迈上, 跃上); 台阶 is no count of machines
    ("一、过去一年工作回顾\nGDP总量突破600亿大关。", ("achievement", Decimal("60000000000"), "元", "gt", "2021")),
    ("一、过去一年工作回顾\n经济总量迈上1200亿台阶。", ("achievement", Decimal("120000000000"), "元", "gt", "2021")),
    ("一、过去一年工作回顾\n粮食产量跃上500亿斤台阶。", ("achievement", Decimal("50000000000"), "斤", "gt", "2021")),
    ("一、过去一年工作回顾\nGDP总量跨过3000亿元。", ("achievement", Decimal("300000000000"), "元", "gt", "2021")),
    ("一、过去一年工作回顾\n地区生产总值逼近300亿元。", ("achievement", Decimal("30000000000"), "元", "approx", "2021")),
    ("一、过去一年工作回顾\n开工建设南网720兆瓦储能项目。", ("achievement", Decimal("720"), "兆瓦", "eq", "2021")),  # power
    ("二、今年工作安排\n经开区营收稳定在百亿元以上。", ("target", Decimal("10000000000"), "元", "ge", "2022")),  # a bare
    ("二、今年工作安排\n经济总量迈上千亿元台阶。", ("target", Decimal("100000000000"), "元", "gt", "2022")),  # magnitude
    ("二、今年工作安排\n工业总产值迈上千亿台阶。", ("target", Decimal("100000000000"), "元", "gt", "2022")),
    # a change whose percent sign a copy lost is a percentage
    ("一、过去一年工作回顾\n财政总收入同比增长19.3,", ("achievement", Decimal("19.3"), "%", "eq", "2021")),
    ("一、过去一年工作回顾\n工业投资下降5.8。", ("achievement", Decimal("5.8"), "%", "eq", "2021")),
])
def test_quantities_value_unit_comparator_period(body, expected):
    assert one(body) == expected


@pytest.mark.parametrize("body", [
    "一、回顾\n深入贯彻党的十九大和十九届历次全会精神。",
    "一、回顾\n第一议题制度。",
    "一、回顾\n完成1370个5G基站的选址。建设5A级景区。",
    "一、回顾\n实施“1361”工程和“1+4+N”体系。",
    "一、回顾\n2021年12月6日召开会议。",
    "一、回顾\n一批新兴产业进驻,统一部署。",
    "一、回顾\n做好“七五”普法,编制“十四五”规划。",
    "一、回顾\n推动长江存储三期、引汉济渭二期建设。",
    "一、回顾\n认真贯彻省委十一届六次、七次全会部署。",
    "一、回顾\n建成S5天山公路。",
    "一、回顾\n培育千亿级产业集群,千家万户受益。",
    "一、回顾\n稳妥推进二轮土地承包到期后再延长三十年试点,推动二次创业。",  # the second, not two
    "一、回顾\n统筹做好“强城”“兴村”“融合”三篇文章。",  # a figure of speech
    "一、回顾\n聚焦新能源汽车及零部件,用好240小时过境免签政策。",  # 零 opens a word; a visa policy's name
    "一、回顾\n全面完成省十件民生实事,办好15件市级重点民生实事。",  # the programme's name
    "一、回顾\n规上工业增加值连续十五个月两位数增长,三次产业结构持续优化,电动两轮车产业集群入选名单。",  # words
    "一、回顾\n构建“四级三类”国土空间规划体系,推广“一次挂号管三天”。",  # a quoted slogan's numbers
])
def test_quantities_skip_labels_dates_and_ordinals(body):
    values = [q.value_text for q in figures(body)]
    assert "十九" not in values and "5" not in values and "1361" not in values and "2021" not in values
    assert "一" not in values and "七五" not in values and "十四五" not in values
    assert "三" not in values and "二" not in values  # a project's phase
    assert "六" not in values  # a plenum's number
    assert "零" not in values and "240" not in values and "十" not in values and "15" not in values
    assert "两" not in values  # 两位数 (double digits), 两轮车 (two-wheelers); 三次产业 is checked above


def test_quantities_a_change_over_a_plan_period_is_of_the_measure_before():
    found = figures("一、“十三五”期间和2020年回顾\n全旗地区生产总值完成21.3亿元,“十三五”时期年均增长2.4%。")
    assert [q.indicator for q in found] == ["全旗地区生产总值", "全旗地区生产总值年均增长"]
    assert found[1].period == "2016-2020"


@pytest.mark.parametrize("title, body, periods", [
    # a dated value's year is that value's only: the later figures are the five years'
    ("2016年示例县人民政府工作报告", "一、“十二五”时期工作回顾\n五年来,地区生产总值从2010年的671.1亿元增加到2015年的"
     "1107.8亿元;固定资产投资累计完成2867亿元。", ["2010", "2015", "2011-2015"]),
    # a total and a yearly mean over the years, though a year was named in the sentence before
    ("2013年示例市人民政府工作报告", "一、过去五年工作回顾\n五年来,预计2012年生产总值完成3440亿元,"
     "固定资产投资五年累计完成9091亿元,年均增加349亿元。", ["2012", "2008-2012", "2008-2012"]),
    # a year in a bracketed note is no cue for the targets after it
    ("2023年示例县人民政府工作报告", "二、2023年工作安排\n一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;"
     "规模以上工业增加值增长15%以上。", ["2023", "2023"]),
    # 年均递增 is a yearly mean; 五年增长 a change over the five years
    ("2011年示例省人民政府工作报告", "一、“十一五”时期工作回顾\n五年来,2010年达到15806亿元,五年增长1.42倍;"
     "全社会固定资产投资累计完成2375亿元,年均递增17.6%。", ["2010", "2006-2010", "2006-2010", "2006-2010"]),
    # a yearly mean over the years, though the sentence names the last; every value the mean lists
    ("2008年示例市人民政府工作报告", "一、过去五年工作回顾\n预计2007年,财政总收入和地方财政收入分别达到87亿元和42亿元,"
     "年均增长21%和19.7%。", ["2007", "2007", "2003-2007", "2003-2007"]),
    # the level a yearly mean led to is the last year's, the mean the years' (a total stays the years')
    ("2018年示例区人民政府工作报告", "一、过去五年工作回顾\n五年来,地区生产总值从250.3亿元增长到340亿元(2017年指标为预计数,"
     "下同),年均增长7.3%;一般公共预算收入完成17.6亿元,年均增长8.7%;固定资产投资累计完成659.8亿元,年均增长5.1%;"
     "城乡居民人均可支配收入分别达到42003元、19024元,年均增长8.2%、9.2%。",
     ["2012", "2017", "2013-2017", "2017", "2013-2017", "2013-2017", "2013-2017", "2017", "2017", "2013-2017", "2013-2017"]),
    # 为2006年的 names a base year as 是2006年的 does: the multiple is the last year's, the mean the measure's
    ("2012年示例市人民政府工作报告", "一、过去五年工作回顾\n五年来,综合实力显著提升。2011年,全市完成生产总值338亿元,"
     "为2006年的2.6倍,年均增长16.1%。", ["2011", "2011", "2007-2011"]),
    # a sentence opening with the last year reviewed speaks of it, and so do the paragraph's sentences after it
    ("2011年示例市人民政府工作报告", "一、“十一五”发展成就\n“十一五”期间,经济总量跨越五个千亿大关。2010年,预计实现生产总值9500亿元。"
     "人均生产总值1.46万美元。\n五年累计完成投资7740亿元。新增就业50万人。", ["2010", "2010", "2006-2010", "2006-2010"]),
    # a multiple before a yearly mean is no level: a total against the last plan's stays the plan's
    ("2016年示例市人民政府工作报告", "一、“十二五”发展回顾\n“十二五”时期是很不平凡的五年。\n全社会固定资产投资累计1098.1亿元,"
     "是“十一五”的3.1倍,年均增长18.1%。", ["2011-2015", "2011-2015", "2011-2015"]),
    # a plan's end as a time, its quotes garbled, and a mean after a space
    ("2021年示例县人民政府工作报告", "一、过去五年工作回顾\n“十三五’以来,经济平稳发展。”十三五’末,全县地区生产总值达到 230.5亿元,"
     "年均增长 7.2%。", ["2020", "2016-2020"]),
    # a yearly mean after a change from one dated value to another is the mean of the years the change spans,
    # to the year the sentence is about when the later value is not dated
    ("2006年示例省人民政府工作报告", "——经济总量迈上了新台阶。全省生产总值由2000年的2003亿元增加到2005年的4070亿元,年均增长11.6%。"
     "财政总收入由2000年的171.7亿元增加到425.7亿元,年均增长19.9%。",
     ["2000", "2005", "2001-2005", "2000", "2005", "2001-2005"]),
    # …but not over an explicit span nearer to it
    ("1985年示例人民政府工作报告", "一、回顾\n由1978年的175元提高到1984年的320元,平均每年提高7.3%,远远超过1953年到1978年的"
     "二十六年间平均每年增长2.2%的速度。", ["1978", "1984", "1979-1984", "1953-1978"]),
    # since the term's first session: the term's five years, for the means and totals the paragraph states
    ("2022年示例市人民政府工作报告", "一、本届政府工作回顾\n市十七届人大一次会议以来,我们较好地完成了目标任务。2021年全市实现"
     "地区生产总值2379.2亿元,年均增长7.9%;累计新增就业17万人。", ["2021", "2017-2021", "2017-2021"]),
])
def test_quantities_figures_of_a_review_of_years(title, body, periods):
    report = make_report("t", title + "\n" + body)
    assert [q.period for q in find_quantities(report, split_sentences(report))] == periods


@pytest.mark.parametrize("body, indicators", [
    # the share of its plan a measure reached is that measure's, and so is the change after it
    ("一、回顾\n全县国内生产总值43.3亿元,完成年计划的105%,同比增长20.7%。",
     ["全县国内生产总值", "全县国内生产总值完成年计划", "全县国内生产总值同比增长"]),
    # a clause that names nothing measures the subject of the clause before
    ("一、回顾\n固定资产投资增长强劲,累计完成2070亿元。", ["固定资产投资"]),
    # a change's end value dated in digits measures what its start value does, not 增至
    ("一、回顾\n税收收入总额从2006年的19.8亿元增至2011年的48.6亿元。", ["税收收入总额", "税收收入总额"]),
    # a yearly mean after 保持 is the mean of the measure before, not the growth it describes
    ("一、回顾\n社会消费品零售总额累计完成1917亿元,保持年均15.7%的高速增长。", ["社会消费品零售总额", "社会消费品零售总额年均"]),
    # a change's end value after 发展到 or 增长到 measures what its start value does
    ("一、回顾\n规上企业从153家发展到268家。", ["规上企业", "规上企业"]),
    ("一、回顾\n财政收入由1.2亿元增长到2.05亿元。", ["财政收入", "财政收入"]),
    ("一、回顾\n银行业不良贷款率由2.02%下降至1.58%。", ["银行业不良贷款率", "银行业不良贷款率"]),
    # a milestone after the value names no measure: the subject before it does
    ("一、回顾\nGDP增长6.0%,首次突破百亿元大关,达到100.6亿元。", ["GDP增长", "GDP", "GDP"]),
    # a level listed after the change of its measure is the measure's, not its change's
    ("一、回顾\n全疆地区生产总值同比增长6.1%、突破2万亿元大关。", ["全疆地区生产总值同比增长", "全疆地区生产总值"]),
    # a note on how a change is counted, between the change and its value, names no measure
    ("一、回顾\n地方公共财政预算收入2.5亿元,下降(同口径)19.59%。", ["地方公共财政预算收入", "地方公共财政预算收入下降"]),
])
def test_quantities_indicators_named_before_the_clause(body, indicators):
    assert [q.indicator for q in figures(body)] == indicators


@pytest.mark.parametrize("body, found", [
    # changes listed after 分别 in a clause of their own are of the measures the sentence gave before, in order
    ("一、过去五年工作回顾\n全市地区生产总值1354亿元,人均地区生产总值5.1万元,均居全省第2位,年均分别增长5.1%和6%。",
     [("地区生产总值年均增长", "5.1", "%"), ("人均地区生产总值年均增长", "6", "%")]),
    ("一、回顾\n招商引资签约金额1.15万亿元、到位资金7969.9亿元,分别增长13.1%、33.7%。",
     [("招商引资签约金额增长", "13.1", "%"), ("到位资金增长", "33.7", "%")]),
    # a value listed with no unit of its own, after 分别, is in the unit of the next value that has one
    ("一、回顾\n一产和三产分别提高3.9和2.2个百分点。", [("一产提高", "3.9", "个百分点"), ("三产提高", "2.2", "个百分点")]),
    ("一、回顾\n全县生产总值92.51亿元,规上工业增加值10.74亿元,分别比增5.1%和15.3%。",
     [("全县生产总值比增", "5.1", "%"), ("规上工业增加值比增", "15.3", "%")]),
    ("一、回顾\n国税收入、地税收入分别比上年提高18.3个、25.3个百分点。",
     [("国税收入比上年提高", "18.3", "个百分点"), ("地税收入比上年提高", "25.3", "个百分点")]),
    ("一、回顾\n农村卫生户厕覆盖率、污水治理率、生活垃圾处理设施覆盖率分别提高20.9、36.2、54个百分点。",
     [("农村卫生户厕覆盖率提高", "20.9", "个百分点"), ("污水治理率提高", "36.2", "个百分点"),
      ("生活垃圾处理设施覆盖率提高", "54", "个百分点")]),
    ("一、回顾\n电子信息、有色金属、装备制造业产业规模分别达1.28万亿、1.18万亿、8200亿元。",
     [("电子信息", "1.28万亿", "元"), ("有色金属", "1.18万亿", "元"), ("装备制造业产业规模", "8200亿", "元")]),
])
def test_quantities_values_after_respectively_take_their_measures_in_order(body, found):
    units = {unit for _, _, unit in found}
    assert [(q.indicator, q.value_text, q.unit) for q in figures(body) if q.unit in units] == found


def test_quantities_a_plan_quoted_in_a_sections_opening_does_not_make_it_the_plans():
    """按照中央“力争在两年内…”的要求: the 力争 is another's words, quoted; the section still reviews the year."""
    report = make_report("t", "2010年示例省人民政府工作报告\n各位代表:\n2009年工作回顾\n全省生产总值增长14.5%。\n"
                              "一、灾后恢复重建全力推进\n按照中央“力争在两年内基本完成原定三年的目标任务”的要求,及时调整目标进度,"
                              "重建加快推进。"
                              "\n规划重建的126.3万户农村永久性住房全部完成。")
    found = find_quantities(report, split_sentences(report))
    assert [(q.kind.value, q.period) for q in found if q.unit == "户"] == [("achievement", "2009")]


def test_quantities_a_value_at_the_end_of_the_tenth_plan():
    """由“十五”末的12.8亿元增加到19.2亿元: the start value is 2005's, the end value the review's; “十五”
    quoted is the tenth plan, not fifteen."""
    report = make_report("t", "2011年示例县人民政府工作报告\n一、“十一五”工作回顾\n五年来,全县生产总值由“十五”末的12.8亿元"
                              "增加到19.2亿元,财政支出是“十五”末的4.6倍。")
    found = find_quantities(report, split_sentences(report))
    assert [(q.indicator, q.period) for q in found] == [
        ("全县生产总值", "2005"), ("全县生产总值", "2006-2010"), ("财政支出是“十五”末", "2010")]



@pytest.mark.parametrize("text, found", [
    # a report given late in the year it reviews: its 今年 is that year, its 明年 the year the report is for
    ("2023年示例县人民政府工作报告\n\n2022年工作回顾\n今年以来,全县生产总值增长5%。消除返贫风险445户。\n"
     "二、2023年工作安排\n明年生产总值增长6%。",
     [("achievement", "2022", "全县生产总值增长"), ("achievement", "2022", "消除返贫风险"), ("target", "2023", "生产总值增长")]),
    # the usual report given early in the year it is for: 今年 is that year
    ("2023年示例县人民政府工作报告\n\n一、2022年工作回顾\n过去一年,生产总值增长5%。\n二、2023年工作安排\n今年生产总值增长6%。",
     [("achievement", "2022", "生产总值增长"), ("target", "2023", "生产总值增长")]),
])
def test_quantities_this_year_is_the_year_the_report_was_given_in(text, found):
    report = make_report("t", text)
    assert [(q.kind.value, q.period, q.indicator) for q in find_quantities(report, split_sentences(report))] == found


@pytest.mark.parametrize("body, indicator", [
    # a measure before what it measures, after an action alone: the phrase after names the measure
    ("二、工作安排\n大力实施128公里农村道路扩面延伸工程。", "大力实施农村道路扩面延伸工程"),
    ("二、工作安排\n重点抓好4500亩蓝莓产业园建设。", "重点抓好蓝莓产业园建设"),
    ("二、工作安排\n省级统筹实施1000公里普通国道低等级路段升级改造。", "省级统筹实施普通国道低等级路段升级改造"),
    # not a purpose, a bound or a change after the figure, and not when the words before name the measure
    ("二、工作安排\n统筹安排500万元用于农村道路建设。", "统筹安排"),
    ("二、工作安排\n完成投资500万元以上。", "完成投资"),
    ("二、工作安排\n高标准农田建设4500亩,新建农村公路128公里。", "高标准农田建设"),
])
def test_quantities_a_measure_after_an_action_alone_names_what_follows(body, indicator):
    assert figures(body)[0].indicator == indicator


def test_quantities_an_excerpt_from_the_plans_under_no_heading_of_its_own_is_targets():
    report = make_report("t", "2019年巴东县人民政府工作报告\n\n(五)聚焦生态建设,推动绿色崛起\n"
                              "加大生态系统保护力度,着力构建库区生态屏障。全力推进退耕还林,实施造林绿化4000亩。"
                              "加快推进生态环境综合整治,确保完成整改。")
    (q,) = find_quantities(report, split_sentences(report))
    assert (q.kind.value, q.period) == ("target", "2019")


def test_quantities_an_excerpt_that_builds_and_fosters_is_the_plans():
    """打造 and 培育 are plans' words, 启动 a review's as often as not."""
    report = make_report("t", "2019年惠州市人民政府工作报告\n\n(五)全面实施乡村振兴战略\n"
                              "打赢精准脱贫攻坚战。确保全市37895名贫困人口稳定脱贫。102个市级相对薄弱村优先启动美丽宜居乡村建设。"
                              "打造一批农业公园。培育家庭农场等新型经营主体。")
    assert [(q.kind.value, q.period) for q in find_quantities(report, split_sentences(report))] == [("target", "2019")] * 2


def test_quantities_an_excerpt_that_carries_on_and_sees_to_things_is_the_plans():
    """继续实施, 深入实施, 大力发展, 搞好 and 切实 are plans' words too."""
    report = make_report("t", "2015年某省人民政府工作报告\n\n"
                              "继续实施“暖房子”工程,新增供热能力3000万平方米。深入实施兴边富民行动。搞好科学规划,"
                              "改造城市地下管网2300公里。大力发展体育产业,切实做好文化遗产保护工作。")
    assert [(q.kind.value, q.period) for q in find_quantities(report, split_sentences(report))] == [("target", "2015")] * 2


def test_quantities_an_excerpt_that_completes_and_makes_headway_is_a_review():
    """圆满完成, 如期完成 and 取得新成效 are a review's words: a review that also says 抓好, 切实 and 做好 of its
    work is no plan."""
    report = make_report("t", "2009年某区人民政府工作报告\n\n全年投入资金450亿元以上。抓好人口和计划生育工作。"
                              "为民办十件实事如期完成。切实加强民主法制建设。认真做好信访工作。平安创建活动取得新成效,"
                              "圆满完成重大活动安保工作。")
    assert [(q.kind.value, q.period) for q in find_quantities(report, split_sentences(report))][0] == ("achievement", "2008")


@pytest.mark.parametrize("body, expected", [
    ("社会消费品零售总额翻番。", [("社会消费品零售总额翻番", Decimal("1"), "eq")]),
    ("地区生产总值比2005年翻了一番多。", [("地区生产总值比2005年翻番", Decimal("1"), "approx")]),
    ("规模以上工业总资产达到1335亿元,实现了五年翻两番。", [("规模以上工业总资产五年翻番", Decimal("2"), "eq")]),
    ("财政收入和税收分别达到100亿元和50亿元,均比2002年翻一番以上。",  # a clause naming no measure: those before
     [("财政收入比2002年翻番", Decimal("1"), "ge"), ("税收比2002年翻番", Decimal("1"), "ge")]),
    ("销售收入、固定资产投资等主要经济指标也同步实现了翻一番。",  # the measures listed before 等…指标
     [("销售收入翻番", Decimal("1"), "eq"), ("固定资产投资翻番", Decimal("1"), "eq")]),
    ("营业收入翻一番、利润翻三番。", [("营业收入翻番", Decimal("1"), "eq"), ("利润翻番", Decimal("3"), "eq")]),
    ("提前实现了比2000年翻一番的目标。", []),  # the goal it met, no doubling of its own
    ("实现算力规模“四个翻番”。", []),  # a count of doublings, a slogan
])
def test_quantities_a_doubling_is_counted_in_fan(body, expected):
    found = [(q.indicator, q.value, q.comparator.value) for q in figures("一、回顾\n" + body) if q.unit == "番"]
    assert found == expected


def test_quantities_a_paragraph_that_opens_on_a_dated_start_value_keeps_the_span_it_is_in():
    """地区生产总值从2017年的111.8亿元…: 2017 dates that value alone, not the paragraph; the totals after it are
    over the four years reviewed."""
    report = make_report("t", "2022年某旗人民政府工作报告\n\n四年来,经济社会发展成效显著。\n"
                              "地区生产总值从2017年的111.8亿元提高至2021年的160亿元左右,累计完成约545亿元。")
    assert [q.period for q in find_quantities(report, split_sentences(report))] == ["2017", "2021", "2018-2021"]


def test_quantities_an_excerpt_under_its_title_alone_reviews_the_year_before():
    report = make_report("t", "2023年大东区人民政府工作报告\n\n文商旅发展亮点纷呈。市级文化产业园区增至8个。")
    (q,) = find_quantities(report, split_sentences(report))
    assert (q.kind.value, q.period) == ("achievement", "2022")  # the title's year is no cue for the figure


@pytest.mark.parametrize("body", [
    "一、十五届人民政府工作回顾\n实现县十八届人民政府工作良好开局。",  # a government's term
    "一、回顾\n认真落实自治区党委十届、自治州党委十一届和县委十三届历次全会精神。",  # committees' terms
    "一、回顾\n深入贯彻党的十九大和十九届二中、三中全会精神。",
    "一、回顾\n这是团结战斗的一年零三个月。",  # the months after a year
    "一、回顾\n和大家一起努力,三口之家生活改善。",  # 一起, together; 三口之家: no incidents, no wells
    "一、回顾\n从2019起实施。",  # a year, then 起: since
])
def test_quantities_terms_of_bodies_are_no_counts(body):
    assert figures(body) == []


@pytest.mark.parametrize("body, indicators", [
    ("一、回顾\n打造头条胡同等7条特色胡同。", ["打造头条胡同等特色胡同"]),
    ("一、回顾\n完成1370个5G基站建设。", ["5G基站建设"]),
    ("一、回顾\n开复工率和投资完成率均达100%。", ["开复工率", "投资完成率"]),
    ("一、回顾\n盘活停滞11年的万德地块。", ["万德地块停滞"]),
    ("一、回顾\n城镇调查失业率平均为5.2%。", ["城镇调查失业率"]),
    ("一、回顾\n全员劳动生产率从人均8.7万元提高到12万元。", ["全员劳动生产率", "全员劳动生产率"]),
    ("一、回顾\n财政赤字2.18万亿元,比去年增加5600亿元。", ["财政赤字", "财政赤字比去年增加"]),
    ("一、回顾\n城镇和农村居民人均可支配收入分别增长4.3%和7.1%。", ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]),
    ("一、回顾\n接待游客人数和旅游收入分别增长10.8%、11.1%。", ["接待游客人数增长", "旅游收入增长"]),
    ("一、回顾\n农村自来水、卫生户厕普及率超过98%、85%。", ["农村自来水", "卫生户厕普及率"]),  # values listed, no 分别
    ("一、回顾\n原煤、原油、天然气产量分别增长3%、4%、5%。", ["原煤产量增长", "原油产量增长", "天然气产量增长"]),
    ("一、回顾\n普及率从45.8%提高到60%。", ["普及率", "普及率"]),
    ("一、回顾\n重点建设40个绿美点和6条绿美带。", ["重点建设绿美点", "绿美带"]),  # not the previous item
    ("一、回顾\n进出口贸易总额,由2017年的355亿元增加到860亿元。", ["进出口贸易总额", "进出口贸易总额"]),
    ("一、回顾\n资本充足率从2017年底的8%提高到12%。", ["资本充足率", "资本充足率"]),
    ("一、回顾\n交通、水利、能源领域投资额分别达2400亿元、450亿元、800亿元。",
     ["交通领域投资额", "水利领域投资额", "能源领域投资额"]),                         # parallel items share the head
    ("一、回顾\n粮食、油料、蔬菜产量分别达100万吨、33万吨、200万吨。", ["粮食产量", "油料产量", "蔬菜产量"]),
    ("一、回顾\n建成总投资50亿元的清洁能源基地。", ["清洁能源基地总投资"]),    # an attribute before 的
    # things counted that a figure describes before they are named: the count names them, the figure is theirs
    ("一、回顾\n新开工28个总投资242亿元的服务业重点项目。", ["新开工服务业重点项目", "服务业重点项目总投资"]),
    # a change at comparable prices is of the level before; a rate raised by points, then its level: the rate's
    ("一、回顾\n地区生产总值8000亿元,按可比价计算增长11%。", ["地区生产总值", "地区生产总值按可比价计算增长"]),
    ("一、回顾\n全部财政收入544亿元,按可比口径年均增长10%。", ["全部财政收入", "全部财政收入按可比口径年均增长"]),
    ("一、回顾\n森林覆盖率提高1.04个百分点,达到33.14%。", ["森林覆盖率提高", "森林覆盖率"]),
    # places before a measure say where the thing measured after it is, not what it is; 等 ends what it measures
    ("一、回顾\n荣昌隆昌40万亩稻渔产业带等项目超进度推进。", ["稻渔产业带"]),
    ("一、回顾\n完成31万平方米小梁薄板房屋等不成套旧住房改造。", ["小梁薄板房屋"]),
    ("一、回顾\n2个项目获国家科技进步二等奖。", ["项目获国家科技进步二等奖"]),  # guard: 等 of a prize's grade
    # the years running of what is done names what runs, not the subject alone
    ("一、回顾\n中普石油连续两年荣获全省民营企业制造业百强。", ["中普石油连续荣获全省民营企业制造业百强"]),
    ("一、回顾\n2016—2018连续三年跻身全省县域经济发展10强县。", ["连续跻身全省县域经济发展"]),
    ("一、回顾\n我省运动员在巴黎奥运会获得3块金牌。", ["金牌"]),                   # 块 counts what follows
    ("一、回顾\n一九五三年私营工业的从业人员为二百二十万人。", ["私营工业的从业人员"]),  # a year in Chinese
    ("一、回顾\n将扶贫标准提高到2300元。", ["扶贫标准"]),
    ("一、回顾\n服务业增加值777.1亿元、同比增长8.8%。", ["服务业增加值", "服务业增加值同比增长"]),  # 增加值 keeps 增加
    ("一、回顾\n地区生产总值1100.6亿元,同比(下同)增长11%。", ["地区生产总值", "地区生产总值同比增长"]),
    ("一、回顾\n规上工业销售产值首次突破千亿元,达1019.52亿元。", ["规上工业销售产值", "规上工业销售产值"]),  # the
    # measure of the clause before, for a clause that names none
    ("一、回顾\n地区生产总值增长7%左右,逼近300亿元。", ["地区生产总值增长", "地区生产总值"]),  # 逼近 as 接近
    ("一、回顾\n经济总量相继迈上500亿元、600亿元台阶。", ["经济总量", "经济总量"]),  # 相继 is no part of it
    ("一、回顾\nGDP总量跨过3000亿元。", ["GDP总量"]),
])
def test_quantities_indicator_as_the_text_names_it(body, indicators):
    assert [q.indicator for q in figures(body)][: len(indicators)] == indicators


@pytest.mark.parametrize("body", [
    "三、2022年重点任务\n落地10亿元以上项目不低于4个。",
    "三、2022年重点任务\n增强“四个意识”,落实中央八项规定。",
    "三、2022年重点任务\n这四条必须坚持。",
    "三、2022年重点任务\n政务服务事项实现24小时不间断办理。",
    "三、2022年重点任务\n建设30万吨级进港航道,贯彻二十届二中、三中全会精神。",
    "一、回顾\n主营业务收入过亿元的企业7户,超千万元的45户。新开工超千万元项目72个。",  # size classes counted
    "一、回顾\n新增规模企业70家、亿元企业9家。名列“最佳县级城市”12位、“最佳商业城市百强”99位。",  # ranks
])
def test_quantities_skip_classes_sets_and_references(body):
    values = {q.value_text for q in figures(body)}
    assert not values & {"10亿", "四", "八", "24", "30万", "二十", "亿", "千万", "12", "99"}, values


@pytest.mark.parametrize("body, expected", [
    ("三、2022年重点任务\n国内生产总值增长6.5%-7%。", [("6.5", "ge"), ("7", "le")]),
    ("三、2022年重点任务\n居民消费价格涨幅5%—5.5%。", [("5", "ge"), ("5.5", "le")]),
])
def test_quantities_range_gives_both_bounds(body, expected):
    found = figures(body)
    assert [(str(q.value), q.comparator.value) for q in found] == expected
    assert found[0].indicator == found[1].indicator != ""


def test_quantities_paragraph_cue_holds_until_the_next_cue():
    body = ("一、“十四五”时期和2021年工作回顾\n过去的五年极不寻常。\n综合实力稳步提升。新建高标准农田3167万亩。\n"
            "刚刚过去的2021年很不平凡。\n城镇新增就业121.7万人。\n(一)稳就业。新增托位9万个。")
    assert [q.period for q in figures(body)] == ["2017-2021", "2021", "2021"]


def test_quantities_indicator_named_before_change():
    found = figures("一、过去一年工作回顾\n地区生产总值完成520亿元,增长4.5%。")
    assert [q.indicator for q in found] == ["地区生产总值", "地区生产总值增长"]


def test_quantities_evidence_is_a_span_of_the_report():
    report = make_report("t", HEADER + "一、回顾\n投入7630万元,建成3家实验室。")
    for q in find_quantities(report, split_sentences(report)):
        assert report.text[q.start:q.end] == q.evidence
        assert 0 < q.confidence <= 1


def test_quantities_a_block_cue_holds_over_the_subsections_after_it():
    body = ("一、2021年和“十三五”时期工作回顾\n过去一年,我们攻坚克难。\n(一)经济稳步增长。地区生产总值增长6%。\n"
            "(二)民生持续改善。新增就业3万人。\n五年来,我们砥砺前行。\n(三)发展动能增强。高新技术企业增加500家。\n"
            "二、2022年重点任务\n地区生产总值增长7%。")
    periods = {q.value_text: (q.kind.value, q.period) for q in figures(body)}
    assert periods["6"] == ("achievement", "2021") and periods["3万"] == ("achievement", "2021")
    assert periods["500"] == ("achievement", "2017-2021")
    assert periods["7"] == ("target", "2022")


def test_quantities_a_paragraph_takes_the_cue_it_opens_with():
    body = ("一、2021年工作回顾\n过去一年,是实现“十四五”规划目标任务的关键一年。地区生产总值增长6%。\n"
            "二、2022年重点任务\n地区生产总值增长7%。")
    periods = {q.value_text: (q.kind.value, q.period) for q in figures(body)}
    assert periods["6"] == ("achievement", "2021")


def test_quantities_a_sentence_can_open_a_review_block():
    body = ("一、2021年和过去五年工作回顾\n2021年是本届政府收官之年。五年来,我们砥砺前行。\n"
            "(一)经济实力增强。地区生产总值年均增长6%,高新技术企业增加500家。\n"
            "各位代表,刚刚过去的2021年,我们攻坚克难。\n(二)经济稳步增长。新增就业3万人。")
    periods = {q.value_text: q.period for q in figures(body)}
    assert periods["500"] == "2017-2021" and periods["3万"] == "2021"



def test_quantities_a_section_with_no_time_in_its_heading_is_read_from_what_it_says_first():
    """二、牢记历史使命，奋勇争先 / …今年经济社会发展的主要预期目标是…: the year's plan, though its heading names no
    time; a section after the plan (三、全面加强政府自身建设) is a commitment too; the first is still the review."""
    body = ("一、牢记殷殷嘱托，奋力开创新局面\n新增就业2万人。\n"
            "二、牢记历史使命，在现代化建设中奋勇争先\n厚望如山。今年经济社会发展的主要预期目标是：地区生产总值增长6%。\n"
            "(一)坚持自立自强。新开通5条国际航线。\n"
            "三、全面加强政府自身建设\n压减一般性支出10%。")
    periods = {q.value_text: (q.kind.value, q.period) for q in figures(body)}
    assert periods["2万"] == ("achievement", "2021")
    assert periods["6"] == ("target", "2022") and periods["5"] == ("target", "2022")
    assert periods["10"] == ("target", "2022")


def test_quantities_a_section_with_no_time_that_opens_on_the_past_is_the_review():
    body = ("一、2021年工作回顾\n新增就业2万人。\n二、坚定不移推进改革开放\n过去一年，我们深化改革。引进项目30个。")
    periods = {q.value_text: (q.kind.value, q.period) for q in figures(body)}
    assert periods["30"] == ("achievement", "2021")


def test_quantities_an_annex_takes_its_title_s_year():
    """附件1 / 2022年区十件民生实事 / 一、…: the annex's items are the year's commitments, whatever their numbering."""
    found = figures("一、过去一年工作回顾\n新增就业2万人。\n附件1\n2022年区十件民生实事\n"
                    "一、为老年人提供健康管理服务。为超2.5万名老年人提供服务。")
    annex = [q for q in found if q.value == Decimal("25000")]
    assert [(q.kind.value, q.period) for q in annex] == [("target", "2022")]
    assert [(q.kind.value, q.period) for q in found if q.value == Decimal("20000")] == [("achievement", "2021")]


def test_quantities_years_of_schooling_are_a_measure():
    """劳动年龄人口平均受教育年限提高到10.5年: years counted by 年限, as a duration is by 连续 or 停滞."""
    found = figures("二、2022年工作安排\n劳动年龄人口平均受教育年限提高到10.5年。")
    assert [(q.value, q.unit, q.kind.value) for q in found] == [(Decimal("10.5"), "年", "target")]


def test_quantities_life_expectancy_is_a_measure_and_an_age_bracket_is_not():
    found = figures("二、2022年工作安排\n人均预期寿命提高到80岁以上,为60岁以上老年人提供健康服务。")
    assert [(q.value, q.unit, q.comparator.value) for q in found] == [(Decimal("80"), "岁", "ge")]


def test_quantities_the_state_the_report_finds_is_reached():
    """二、2022年工作安排 / 目前全区注册企业有3万多户: what 目前 or 现在 says in the figure's own clause is the
    state the report finds, reached by its date; not a target of the plan section it stands in."""
    found = figures("一、过去一年工作回顾\n新增就业2万人。\n二、2022年工作安排\n目前全区注册企业有3万多户,今年新增5000户。")
    periods = {q.value_text: (q.kind.value, q.period) for q in found}
    assert periods["3万"] == ("achievement", "2021") and periods["5000"] == ("target", "2022")


def test_quantities_a_change_s_end_value_dated_in_digits_keeps_the_measure():
    """涉农贷款余额从2007年末的6.12万亿元增加到2012年末的17.63万亿元: the end value measures the loans too,
    not 增加到2012年末."""
    found = figures("一、过去五年工作回顾\n涉农贷款余额从2007年末的6.12万亿元增加到2012年末的17.63万亿元。")
    assert [q.indicator for q in found][0] == "涉农贷款余额"
    assert found[1].indicator.startswith("涉农贷款余额") and "2012" not in found[1].indicator


def test_quantities_a_change_s_start_value_is_the_year_before_its_span():
    """四年来,…从80户增加到120户: 80 is where the four years started (2017), 120 where they ended."""
    found = figures("一、过去四年工作回顾\n四年来,规上企业从80户增加到120户。")
    assert [(q.value, q.period) for q in found] == [(Decimal("80"), "2017"), (Decimal("120"), "2018-2021")]


def test_quantities_a_sentence_that_starts_with_fujian_opens_no_annex():
    """附件所列项目完成投资5亿元。 is a sentence of the review, not an annex's heading."""
    report = make_report("t", HEADER + "一、过去一年工作回顾\n附件所列项目完成投资5亿元。\n二、2022年工作安排\n新增就业2万人。")
    sections = {s.text: s.section for s in split_sentences(report)}
    assert sections["附件所列项目完成投资5亿元。"] == "一、过去一年工作回顾"
    assert sections["新增就业2万人。"] == "二、2022年工作安排"  # still a section of its own, not an annex's item


def test_quantities_a_list_of_changes_keeps_the_unit_at_its_end():
    """A bare number after a change reads as a lost percent sign, but not inside a list whose unit comes last."""
    found = figures("一、回顾\n两项比率分别提高11.1、11.2个百分点。")
    assert found and {q.unit for q in found} == {"个百分点"}


def test_quantities_values_listed_after_one_measure_share_it():
    """连续跨越60亿、70亿两个关口: the second value is the same measure's, with the same comparator."""
    found = figures("一、回顾\n全口径财政收入连续跨越60亿、70亿两个关口,完成73.6亿元。")
    assert [(q.value_text, q.unit, q.comparator.value) for q in found] == [("60亿", "元", "gt"), ("70亿", "元", "gt"),
                                                                          ("73.6亿", "元", "eq")]
    assert found[0].indicator.startswith("全口径财政收入") and found[1].indicator == found[0].indicator
    # but what a count names after its measure word stays its own (出台43条、16条具体举措)
    assert figures("一、回顾\n相继出台43条、16条具体举措。")[-1].indicator == "具体举措"


@pytest.mark.parametrize("body, shares", [
    ("一、回顾\n三次产业结构调整为12.8:50.7:36.5,旅游综合收入增长15%。",
     [("三次产业结构(第一产业)", "12.8"), ("三次产业结构(第二产业)", "50.7"), ("三次产业结构(第三产业)", "36.5")]),
    ("一、回顾\n三次产业比优化为9.7：47.3：43。",
     [("三次产业比(第一产业)", "9.7"), ("三次产业比(第二产业)", "47.3"), ("三次产业比(第三产业)", "43")]),
    # a space after each colon, and the vertical colon ︰ pages set (NFKC reads it as "..")
    ("一、回顾\n产业结构调整为26: 32.5: 41.5;固定资产投资增长18.5%。",
     [("产业结构(第一产业)", "26"), ("产业结构(第二产业)", "32.5"), ("产业结构(第三产业)", "41.5")]),
    ("一、回顾\n三次产业结构比例演进为0.3︰10.8︰88.9。",
     [("三次产业结构比例(第一产业)", "0.3"), ("三次产业结构比例(第二产业)", "10.8"), ("三次产业结构比例(第三产业)", "88.9")]),
])
def test_quantities_a_sector_ratio_is_one_share_per_sector(body, shares):
    found = figures(body)
    assert [(q.indicator, q.value_text, q.unit) for q in found[:3]] == [(i, v, "") for i, v in shares]
    assert found[0].evidence.startswith(shares[0][0].split("(")[0])


def test_quantities_a_sector_ratio_is_a_state_at_the_end_of_the_years_or_before_them():
    report = make_report("t", "2022年示例县人民政府工作报告\n一、过去五年工作回顾\n五年来,三产结构比由19.6∶40.9∶39.5调整为"
                              "9.5∶47.9∶42.6,二、三产业比例由43.2:56.8调整为30:70。")
    found = [(q.indicator, q.value_text, q.period) for q in find_quantities(report, split_sentences(report))]
    assert found[0] == ("三产结构比(第一产业)", "19.6", "2016") and found[3] == ("三产结构比(第一产业)", "9.5", "2021")
    assert found[6:] == [("二、三产业比例(第二产业)", "43.2", "2016"), ("二、三产业比例(第三产业)", "56.8", "2016"),
                         ("二、三产业比例(第二产业)", "30", "2021"), ("二、三产业比例(第三产业)", "70", "2021")]


@pytest.mark.parametrize("title, body, shares", [
    # the years the ratios are dated in, after 由 and after 调整为
    ("2017年示例县人民政府工作报告", "一、过去五年工作回顾\n三次产业比由2012年的14.6:53.1:32.3调整为2016年的13.3:47.6:39.1。",
     [("14.6", "2012"), ("53.1", "2012"), ("32.3", "2012"), ("13.3", "2016"), ("47.6", "2016"), ("39.1", "2016")]),
    # 一二三次产业, a year's end, 演进为现在的, and a bare 比重 when the ratio makes up a whole
    ("2008年示例市人民政府工作报告", "一、过去五年工作回顾\n五年来,一二三次产业结构由2002年末的20.2:48.0:31.8调整为12.5:55.5:32。",
     [("20.2", "2002"), ("48.0", "2002"), ("31.8", "2002"), ("12.5", "2007"), ("55.5", "2007"), ("32", "2007")]),
    ("2008年示例市人民政府工作报告", "一、过去五年工作回顾\n五年来,比重由2003年的9.7∶58.1∶32.2演进为现在的5.6∶64.9∶29.5。",
     [("9.7", "2003"), ("58.1", "2003"), ("32.2", "2003"), ("5.6", "2007"), ("64.9", "2007"), ("29.5", "2007")]),
    # a comma between the ratio and the measure it states
    ("2026年示例自治区人民政府工作报告", "一、“十四五”时期工作回顾\n三次产业结构进一步优化，调整为8.3∶41.4∶50.3。",
     [("8.3", "2025"), ("41.4", "2025"), ("50.3", "2025")]),
    # a comma before what it became
    ("2003年示例自治区人民政府工作报告", "一、过去五年工作回顾\n五年来,三次产业比重由29.3:38.8:31.9,调整为21.5:42.1:36.4。",
     [("29.3", "1997"), ("38.8", "1997"), ("31.9", "1997"), ("21.5", "2002"), ("42.1", "2002"), ("36.4", "2002")]),
])
def test_quantities_sector_ratios_dated_and_worded_as_reports_word_them(title, body, shares):
    report = make_report("t", title + "\n" + body)
    found = find_quantities(report, split_sentences(report))
    assert [(q.value_text, q.period) for q in found] == shares
    assert all(q.unit == "" and "产业" in q.indicator or q.indicator.startswith("比重") for q in found)


def test_quantities_other_ratios_are_no_sector_shares():
    assert not [q for q in figures("一、回顾\n按1:1:1比例配套资金,产业结构持续优化。") if "产业" in q.indicator]
    # a ratio whose parts do not make up a whole is no sector shares, whatever the measure before it
    assert not [q for q in figures("一、回顾\n投入产出比达1:8。") if "产业" in q.indicator or q.unit == ""]


def test_quantities_in_a_review_of_years_a_level_and_its_change_on_the_year_before_are_the_last_years():
    """五年…完成地区生产总值19.56亿元,同比增长2.6%,是2016年的1.9倍,年均增速6.7%: the level, its change on the
    year before and its multiple of the base year are the last year's; the yearly mean and the deeds the years'."""
    report = make_report("t", "2021年示例县人民政府工作报告\n五年工作回顾\n十三届县人民政府始终坚持稳中求进。\n"
                              "五年奋力拼搏,综合实力大幅跃升。完成地区生产总值19.56亿元,同比增长2.6%,是2016年的1.9倍,"
                              "年均增速6.7%。新增企业300家。")
    found = [(q.value_text, q.unit, q.period) for q in find_quantities(report, split_sentences(report))]
    assert found == [("19.56亿", "元", "2020"), ("2.6", "%", "2020"), ("1.9", "倍", "2020"), ("6.7", "%", "2016-2020"),
                     ("300", "家", "2016-2020")]  # and 十三届县人民政府, the government's term, is no count


@pytest.mark.parametrize("title, body, expected", [
    # a mean over N years the text gives, and a yearly mean the same sentence states after it
    ("2003年示例省人民政府工作报告", "一、国民经济持续发展\n2002年全省国内生产总值达到6076亿元,五年平均增长9.5%;"
     "全部财政收入544亿元,按可比口径年均增长10%。",
     [("6076亿", "2002"), ("9.5", "1998-2002"), ("544亿", "2002"), ("10", "1998-2002")]),
    ("2022年示例市人民政府工作报告", "一、2021年工作回顾\n地区生产总值增长8.1%,两年平均增长5.1%。",
     [("8.1", "2021"), ("5.1", "2020-2021")]),
    # a yearly mean after a multiple of a base year: the years since the base year
    ("2012年示例县人民政府工作报告", "一、2011年工作回顾\n2011年,全县实现地区生产总值218亿元,是2007年的1.7倍,年均增长13.5%。",
     [("218亿", "2011"), ("1.7", "2011"), ("13.5", "2008-2011")]),
    # the mean of the three years before is a baseline, not these years' (guard)
    ("1957年示例人民政府工作报告", "一、1956年工作回顾\n1956年农业总产值增加了二十七亿四千万元,超过了前三年平均每年增加"
     "二十三亿八千万元的水平。", [("二十七亿四千万", "1956"), ("二十三亿八千万", "1956")]),
])
def test_quantities_a_mean_over_the_years_a_sentence_counts(title, body, expected):
    report = make_report("t", title + "\n" + body)
    assert [(q.value_text, q.period) for q in find_quantities(report, split_sentences(report))] == expected


@pytest.mark.parametrize("title, body, expected", [
    # a ratio to one is its first term, a plain number of the measure named before it
    ("2025年示例省人民政府工作报告", "一、2024年工作回顾\n城乡居民收入比缩小至2.31:1。",
     [("城乡居民收入比", "2.31", "eq", "2024")]),
    # from one ratio to another: the measure again, the first of the year before the span
    ("2026年示例省人民政府工作报告", "一、“十四五”时期工作回顾\n城乡居民收入比从2.50:1缩小至2.27:1。",
     [("城乡居民收入比", "2.50", "eq", "2020"), ("城乡居民收入比", "2.27", "eq", "2021-2025")]),
    # its comparator, after the ratio or before it
    ("2026年示例省人民政府工作报告", "二、2026年工作安排\n城乡居民收入比收窄至2：1以内。",
     [("城乡居民收入比", "2", "le", "2026")]),
    ("2026年示例省人民政府工作报告", "二、2026年工作安排\n农产品加工业总产值与农业总产值之比突破1∶1。",
     [("农产品加工业总产值与农业总产值之比", "1", "gt", "2026")]),
])
def test_quantities_a_ratio_to_one_is_its_first_term(title, body, expected):
    report = make_report("t", title + "\n" + body)
    found = find_quantities(report, split_sentences(report))
    assert [(q.indicator, q.value_text, q.comparator.value, q.period) for q in found] == expected
    assert all(q.unit == "" for q in found)


def test_quantities_a_long_list_of_subjects_and_the_levels_listed_after_it():
    """A note's comma ends no clause (生产总值(预计,下同)); each subject is named whole, with the mean they share;
    the clause right after the list that opens with its values lists the same subjects' levels, in order."""
    found = figures("一、过去五年工作回顾\n五年来,我市生产总值(预计,下同)、财政总收入、一般预算收入、规模以上工业产值、"
                    "全社会固定资产投资年均分别增长14.1%、22.1%、20.6%、22.4%和26.8%,达4270亿元、500.36亿元、"
                    "242.09亿元、8240亿元和1573亿元。")
    assert [q.indicator for q in found] == [
        "生产总值年均增长", "财政总收入年均增长", "一般预算收入年均增长", "规模以上工业产值年均增长", "全社会固定资产投资年均增长",
        "生产总值", "财政总收入", "一般预算收入", "规模以上工业产值", "全社会固定资产投资"]


@pytest.mark.parametrize("body, indicators", [
    ("一、回顾\n原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米,分别增长9.3%、7.3%、21.2%。",
     ["原煤产量", "原油产量", "天然气产量", "原煤产量增长", "原油产量增长", "天然气产量增长"]),
    # a later clause with a subject of its own is not the list's
    ("一、回顾\n服务贸易、数字贸易分别增长24.5%、14.5%;跨境电商出口规模达2141.3亿元、增长19.1%。",
     ["服务贸易增长", "数字贸易增长", "跨境电商出口规模", "跨境电商出口规模增长"]),
    # a clause opening with 分别 lists the values of the subjects the clause before names, however many
    ("一、回顾\n规模以上工业增加值、高新技术产品产值、地方财政一般预算收入和全口径财政收入跃上新台阶,分别为4050亿元、"
     "10176亿元、1106.8亿元和3507亿元,增长88%、108%、168%和158%。",
     ["规模以上工业增加值", "高新技术产品产值", "地方财政一般预算收入", "全口径财政收入", "规模以上工业增加值增长",
      "高新技术产品产值增长", "地方财政一般预算收入增长", "全口径财政收入增长"]),
    # shares listed after 分别 are of the measures listed before, in order
    ("一、回顾\n高技术制造业、装备制造业增加值分别增长12.5%、13.1%,占规模以上工业比重分别提高到21.7%、33.6%。",
     ["高技术制造业增长", "装备制造业增加值增长", "高技术制造业占规模以上工业比重", "装备制造业增加值占规模以上工业比重"]),
    # one change the listed subjects share (同步增长, 均增长) is every subject's
    ("一、回顾\n城镇居民家庭人均可支配收入、农民人均纯收入分别达到10558元、6238元,同步增长9%。",
     ["城镇居民家庭人均可支配收入", "农民人均纯收入", "城镇居民家庭人均可支配收入增长", "农民人均纯收入增长"]),
])
def test_quantities_changes_listed_after_the_levels_of_the_same_subjects(body, indicators):
    assert [q.indicator for q in figures(body)] == indicators


@pytest.mark.parametrize("body, indicator", [
    ("一、回顾\n共建社区微花园50个。", "共建社区微花园"),  # 共建 builds together; 共 alone is a total
    ("一、回顾\n共建成投产项目57个。", "建成投产项目"),
    ("一、回顾\n相继出台43条具体举措。", "出台具体举措"),  # an adverb of sequence names nothing
    ("一、回顾\n优良天数比率接近80%。", "优良天数比率"),  # 接近 is one comparator, not 接 and 近
    ("一、回顾\n有3个指标增速居全市第二,分别是全县生产总值比增4.1%。", "全县生产总值比增"),  # a copula, no multiple
])
def test_quantities_adverbs_before_the_indicator(body, indicator):
    assert figures(body)[-1].indicator == indicator


def test_quantities_a_share_or_a_multiple_after_a_measure_is_the_measures():
    found = figures("一、过去四年工作回顾\n五年来,预计2021年,地区生产总值完成1062亿元,占全市1/7强,是2017年的1.2倍,"
                    "年均增长3.2%。")
    assert [q.indicator for q in found] == ["地区生产总值", "地区生产总值占全市", "地区生产总值是2017年", "地区生产总值年均增长"]
    assert found[2].period == "2021"
    found = figures("一、过去五年工作回顾\n2021年,全市完成生产总值338亿元,为2006年的2.6倍,年均增长16.1%。")
    assert [q.indicator for q in found] == ["完成生产总值", "完成生产总值为2006年", "完成生产总值年均增长"]


def test_quantities_a_notes_value_is_no_measure_of_the_changes_and_multiples_listed_after_it():
    found = figures("一、回顾\n全市生产总值达到904.6亿元,财政一般预算收入完成42.8亿元(按所得税改革前老口径完成50.6亿元),"
                    "分别比上年增长15.9%和36.1%,是2000年的2.1倍和2.4倍。")
    assert [q.indicator for q in found][3:] == ["生产总值比上年增长", "财政一般预算收入比上年增长", "生产总值是2000年",
                                                "财政一般预算收入是2000年"]
    found = figures("一、回顾\n入境总人数达到2690万人次,创汇18.4亿美元,分别为1982年的3.4倍和2.2倍。")
    assert [q.indicator for q in found][2:] == ["入境总人数为1982年", "创汇为1982年"]


def test_quantities_the_subject_of_the_clause_before_or_the_measure_in_another_currency():
    found = figures("一、回顾\n新增增加值总量最大,达15.4亿元;新增规模企业数最多,达34家,累计89家。")
    assert [q.indicator for q in found] == ["新增增加值总量", "新增规模企业数", "新增规模企业数"]
    found = figures("一、回顾\n人均生产总值9.5万元,约合1.5万美元,增长6.1%。")
    assert [(q.indicator, q.comparator.value) for q in found] == [
        ("人均生产总值", "eq"), ("人均生产总值约合", "approx"), ("人均生产总值增长", "eq")]


def test_quantities_a_value_listed_after_and_shares_the_comparator_of_the_one_before():
    found = figures("一、回顾\n两个开发区主营业务收入分别超过1500亿元和500亿元。")
    assert [(q.indicator, q.comparator.value) for q in found] == [("两个开发区主营业务收入", "gt")] * 2


def test_quantities_a_multiple_of_a_base_year_over_years_reviewed_is_of_the_last_year():
    (_, multiple) = figures("一、过去五年工作回顾\n五年来,生产总值达4270亿元,是2006年的2.1倍。")
    assert (multiple.indicator, multiple.period) == ("生产总值是2006年", "2021")  # the header's report is for 2022


def test_quantities_the_level_after_a_change_is_of_the_changed_measure():
    found = figures("一、回顾\n地区生产总值同比增长8.3%,达到270亿元;城镇与农村居民人均可支配收入分别增长8%和8.1%,"
                    "达到48620元和20660元。")
    assert [q.indicator for q in found] == ["地区生产总值同比增长", "地区生产总值", "城镇居民人均可支配收入增长",
                                            "农村居民人均可支配收入增长", "城镇居民人均可支配收入", "农村居民人均可支配收入"]


@pytest.mark.parametrize("body, value", [
    ("一、回顾\n规上工业增加值增速-7.8%。", Decimal("-7.8")),  # a fall written as a negative change
    ("一、回顾\n外贸出口106.6亿元,增长- 39.7%。", Decimal("-39.7")),  # …with a space the source set
    ("一、回顾\n区级财政总收入49.1亿元、增长-1.0%。", Decimal("-1.0")),
    ("一、回顾\n新建道路全长10-20公里。", Decimal("20")),  # a range's dash, no minus
])
def test_quantities_a_negative_change(body, value):
    assert figures(body)[-1].value == value


@pytest.mark.parametrize("title, body, period", [
    # N years running, in a review of one year: the N years up to it
    ("2016年示例市人民政府工作报告", "一、2015年工作回顾\n连续10年进入中部百强县行列。", "2006-2015"),
    # …over the years a paragraph reviews: the paragraph's span, as the seed's gold has it
    ("2022年示例区人民政府工作报告", "一、过去四年工作回顾\n四年来,连续两年当选大众点评沈阳城市打卡必玩榜第一名。", "2018-2021"),
    # a multiple of the last plan's end, over the years reviewed: the last year's
    ("2016年示例市人民政府工作报告", "一、“十二五”工作回顾\n五年来,工业总产值达1300亿元,是“十一五”末的3.2倍。", "2015"),
])
def test_quantities_periods_of_runs_of_years_and_of_multiples(title, body, period):
    report = make_report("t", title + "\n" + body)
    assert find_quantities(report, split_sentences(report))[-1].period == period


@pytest.mark.parametrize("body, expected", [
    # a list item's number, whose full stop reads as a decimal point, before a count
    ("名词解释\n3.10种有色金属：铜、铅、锌、镍、锡、锑、铝、镁、硅、钛。", ("有色金属", Decimal("10"), "种")),
    ("名词解释\n8.6个重大科技专项：推进人工智能等领域攻关。", ("重大科技专项", Decimal("6"), "个")),
    # …not a value that opens a line
    ("二、2022年工作安排\n5.5%左右的预期增长目标与发展目标衔接。", ("预期增长目标", Decimal("5.5"), "%")),
    ("二、2022年工作安排\n3.5亿元用于补贴。", ("用于补贴", Decimal("350000000"), "元")),
])
def test_quantities_a_list_items_number_is_no_part_of_a_value(body, expected):
    q = figures(body)[0]
    assert (q.indicator, q.value, q.unit) == expected


def test_quantities_a_change_that_leaps_to_its_end_value_keeps_the_measure():
    report = make_report("t", "2016年示例州人民政府工作报告\n一、过去五年工作回顾\n"
                              "全州地区生产总值由2010年的77亿元跃升到2015年的161.1亿元,年均增长13.8%。")
    found = [(q.indicator, q.value_text, q.period) for q in find_quantities(report, split_sentences(report))]
    assert found[:2] == [("全州地区生产总值", "77亿", "2010"), ("全州地区生产总值", "161.1亿", "2015")]


def test_quantities_a_change_on_the_same_basis_is_of_the_level_before_it():
    report = make_report("t", "2006年示例市人民政府工作报告\n一、过去一年工作回顾\n"
                              "全口径财政收入366.4亿元,比上年同口径增长28.8%,其中地方财政收入197亿元,比上年同口径增长32.9%。")
    found = [(q.indicator, q.value_text) for q in find_quantities(report, split_sentences(report))]
    assert found[1] == ("全口径财政收入比上年同口径增长", "28.8") and found[3] == ("地方财政收入比上年同口径增长", "32.9")
