"""Relations the text supports, one row per cue."""
import pytest

from kg.metadata import make_report
from kg.pipeline import extract

HEADER = "2022年沈阳市沈河区政府工作报告\n——2021年12月6日在沈河区第十九届人民代表大会第一次会议上\n各位代表:\n一、过去一年工作回顾\n"


def relations(body: str) -> set[tuple[str, str, str]]:
    doc = extract(make_report("t", HEADER + body))
    figures = {q.key: q.evidence for q in doc.quantities}
    return {(figures.get(r.subject, r.subject), r.predicate.value, r.object) for r in doc.relations}


@pytest.mark.parametrize("body, expected", [
    ("中街客流量超1亿人次。", ("中街客流量超1亿人次", "concerns", "中街")),
    ("打造头条胡同等7条特色胡同。", ("打造头条胡同等7条", "concerns", "头条胡同")),
    ("盘活停滞11年的万德地块。", ("盘活停滞11年", "concerns", "万德地块")),
    ("投资3.8亿元,完成满堂河、辉山明渠综合治理。", ("投资3.8亿元", "concerns", "满堂河、辉山明渠综合治理")),
    ("中街客流量超1亿人次;营业额超150亿元。", ("营业额超150亿元", "concerns", "中街")),
    ("盘活停滞11年的万德地块和沉睡28年的富丽华大厦等10个历史遗留项目。", ("富丽华大厦等10个", "concerns", "万德地块")),
    ("沪工一期、琥珀环保等17个项目竣工。", ("沪工一期、琥珀环保等17个", "concerns", "沪工一期")),  # an item not named after
    # it stands between the item named and 等
    ("龙宝、五洋、嘉峰等企业不断扩大规模,签订农业订单2.5万亩。", ("签订农业订单2.5万亩", "concerns", "嘉峰")),  # a
    # list that opens the clause before is its subject, and what the next clause does is its items'
    ("盘活停滞11年的万德地块和沉睡28年的富丽华大厦等10个历史遗留项目。", ("万德地块和沉睡28年", "concerns", "富丽华大厦")),
    ("完成中街步行街改造提升。", ("中街步行街改造提升", "locatedIn", "中街步行街")),
    ("完成满堂河、辉山明渠综合治理。", ("满堂河、辉山明渠综合治理", "locatedIn", "辉山明渠")),
    ("沈阳市沈河区经济总量稳中有升。", ("沈河区", "locatedIn", "沈阳市")),
    ("沈河区成为东北高端商务楼宇集聚中心。", ("沈河区", "locatedIn", "东北")),
    ("五爱国际商贸城位于沈河区。", ("五爱国际商贸城", "locatedIn", "沈河区")),
    ("培育勐哈村和勐伴镇勐伴村等示范村。", ("勐伴村", "locatedIn", "勐伴镇")),  # a village named after its town
    ("推进神农新区清溪路建设。", ("清溪路", "locatedIn", "神农新区")),  # a street after its area
    ("在盛京古城举办中街文化节。", ("中街文化节", "locatedIn", "盛京古城")),
    ("五爱国际商贸城成为辽宁首个线上市场。", ("五爱国际商贸城", "locatedIn", "辽宁")),  # the first of a place
    ("五联商业广场等5家单位被认定为辽宁省首批电商直播产业带。", ("五联商业广场", "locatedIn", "辽宁省")),
    ("多福小区作为沈阳市唯一代表参展。", ("多福小区", "locatedIn", "沈阳市")),  # the only one of a place
    ("保护安徽和安徽湖泊湿地。", ("安徽湖泊湿地", "locatedIn", "安徽")),  # 湖泊 is a word, not 安徽湖
    ("推进“盛京传奇”“盛京等你”等20个文旅项目落地。", ("推进“盛京传奇”“盛京等你”等20个", "concerns", "盛京传奇")),  # quoted items
    ("打造“盛京智创汇”惠企信息化服务平台,开展路演80场。", ("开展路演80场", "concerns", "“盛京智创汇”惠企信息化服务平台")),
    ("实施扩大有效投资专项行动,实施重点项目2800多个。", ("实施重点项目2800多个", "concerns", "扩大有效投资专项行动")),
    # the k-th value after 分别 is the k-th subject's
    ("厦门、福州机场旅客吞吐量分别达2790.6万人次、1529.9万人次。", ("厦门、福州机场旅客吞吐量分别达2790.6万人次", "concerns", "厦门")),
    ("厦门、福州机场旅客吞吐量分别达2790.6万人次、1529.9万人次。", ("1529.9万人次", "concerns", "福州机场")),
    ("包茂高速沈阳段建成通车,推进长征国家文化公园（辽宁段）建设。", ("包茂高速沈阳段", "locatedIn", "沈阳市")),  # a
    # section lies in the place it is named for, the unit's word left out
    ("完成209国道改造临猗段。", ("209国道改造临猗段", "locatedIn", "临猗")),  # a place of its own before 段
    ("推进黄河干流辽宁段治理。", ("黄河干流辽宁段治理", "locatedIn", "辽宁")),  # works on a section
])
def test_relations_found(body, expected):
    assert expected in relations(body)


@pytest.mark.parametrize("body, unwanted", [
    ("完成六药地块风险管控和16个加油站地下油罐防渗改造。", "六药地块"),  # a coordinator separates them
    ("沈阳都市圈建设加快。", "沈阳"),                                      # a metro area reaches beyond its city
    ("保护黄河,推进黄河流域生态保护。", "黄河"),                                      # a basin is named after its river
    ("保护长白和长白山森林植被。", "长白"),                                        # a mountain named after a place
    ("实施青年公园等3个公园提升改造工程,建设110个口袋公园。", "青年公园"),  # a list's items stay with the list
    ("推动临沂主动融入长三角。", "长三角"),                                  # reaching out is not lying in
    ("开行中亚班列。", "中亚"),                                              # a train runs to its place
    ("加快邵永、铜吉、长赣等高铁建设。长赣高铁主体工程开工。", "长赣"),  # a route's short name, not a place it lies in
    ("按照《盛京古城综合保护利用工作任务(88+N)》推进。", "盛京古城"),        # a plan is about a place
    # a clause that opens with a verb goes on about the programme of the clause before, but not when …
    ("实施扩大有效投资专项行动,全社会研发经费投入增长8%。", "扩大有效投资专项行动"),  # … it has its own subject
    ("支持紫金山、太湖等实验室建设,新增研发机构10家。", "紫金山"),             # … the name is one of a list
    ("建设南宁至百色改扩建等项目,新增通车里程400公里。", "南宁"),              # … the clause starts with a place
    ("全市生产总值完成2650.6亿元(不含定州,下同)、增长9%。", "定州"),  # what a bracketed note leaves out
])
def test_relations_not_found(body, unwanted):
    assert not any(o == unwanted and p in ("concerns", "locatedIn") for s, p, o in relations(body)
                   if s not in ("沈河区", "沈阳市") and not s.startswith(("实施青年公园等", "青年公园")))


SECTIONED = ("二、2022年工作安排\n(一)完善古城规划设计,构建中华文化新地标。\n加快资源活化利用,全力推进“盛京传奇”等20个文旅项目落地,"
             "推动中街文化节提质。推进34处行政办公楼宇腾退。\n(二)建设美丽中国先行区,提升城市品质。\n实施青年公园提升改造工程。\n"
             "中街客流量增长。新增绿地20公顷。\n")


def test_relations_a_subsection_heading_places_what_it_alone_names():
    """In a district's report the programmes named only under (一)…古城… lie in 盛京古城 (古城 is its short form);
    中街文化节 is named elsewhere too, and a designation in a heading (美丽中国先行区) places nothing."""
    found = relations("盛京古城入选名单。" + "中街文化节成功举办。\n" + SECTIONED)
    assert ("盛京传奇", "locatedIn", "盛京古城") in found
    assert ("中街文化节", "locatedIn", "盛京古城") not in found and ("中街", "locatedIn", "盛京古城") not in found
    assert not any(o == "美丽中国先行区" for _, p, o in found if p == "locatedIn")
    assert ("推进34处", "concerns", "盛京古城") in found  # a figure that names nothing is about its subsection's place
    assert not any(s.startswith("新增绿地20公顷") for s, _, _ in found)


def test_relations_subsection_headings_place_nothing_in_a_provincial_report():
    doc = extract(make_report("t", "2025年辽宁省政府工作报告\n各位代表:\n盛京古城入选名单。\n" + SECTIONED))
    assert not any(r.predicate.value == "locatedIn" and r.subject == "盛京传奇" for r in doc.relations)
    assert not any(r.predicate.value == "concerns" and r.object == "盛京古城" for r in doc.relations)


def test_relations_a_place_carries_to_the_next_figure_a_programme_does_not():
    """中街 governs the figures after it in its sentence; 饮水安全工程's figure is its own, and the next clause's
    危房改造 is another matter."""
    found = relations("中街客流量超1亿人次;营业额超150亿元。实施农村饮水安全工程,新增供水能力100万吨,80万户农村危房得到改造。")
    assert ("营业额超150亿元", "concerns", "中街") in found
    assert ("新增供水能力100万吨", "concerns", "农村饮水安全工程") in found
    assert not any(o == "农村饮水安全工程" and s.startswith("80万户") for s, p, o in found), found


def test_relations_a_region_holds_the_reports_unit_when_its_province_is_one_the_region_spans():
    doc = extract(make_report("t", "2025年苏州市政府工作报告\n各位代表:\n"
                              "苏州是长三角重要的中心城市。向苏州人民和港澳台同胞致以感谢。苏州对口支援西部地区。"))
    located = {(r.subject, r.object) for r in doc.relations if r.predicate.value == "locatedIn"}
    assert ("苏州市", "长三角") in located
    assert ("苏州市", "港澳台") not in located and ("苏州市", "西部地区") not in located


def test_relations_a_region_holds_no_other_place_the_sentence_names_on_the_way():
    doc = extract(make_report("t", "2025年遂宁市安居区政府工作报告\n各位代表:\n四川在成渝地区双城经济圈建设中奋勇争先。"))
    located = {(r.subject, r.object) for r in doc.relations if r.predicate.value == "locatedIn"}
    assert not any(o.startswith("成渝地区") for _, o in located)


def test_relations_a_clause_after_a_congress_is_not_about_the_congress():
    """提请…人大常委会审议…, 制定修订…25件: the government acts; the congress only received what it submitted."""
    found = relations("提请区人大常委会审议议案3件,制定修订规范性文件25件。")
    assert ("提请区人大常委会审议议案3件", "concerns", "沈河区人民代表大会常务委员会") in found
    assert not any(s.startswith("制定修订规范性文件25件") and p == "concerns" and o.endswith("常务委员会")
                   for s, p, o in found)


def test_relations_the_reports_own_place_lies_in_the_city_its_title_names():
    header = "2016年南京市鼓楼区人民政府工作报告\n区人民政府代区长 刘 军\n2015年及“十二五”工作回顾\n"
    doc = extract(make_report("t", header + "鼓楼区经济总量稳中有升。"))  # 鼓楼区 of Nanjing, not of Fuzhou
    assert ("鼓楼区", "locatedIn", "南京市") in {(r.subject, r.predicate.value, r.object) for r in doc.relations}


def test_relations_a_name_that_opens_with_a_units_short_name_lies_in_the_unit():
    """苏州高新区 lies in 苏州市, though the text never calls the city 苏州 alone; 苏州河 is named after it."""
    doc = extract(make_report("t", "2018年苏州市人民政府工作报告\n\n苏州工业园区、苏州高新区综合排名位居全国前列。苏州河治理。"))
    found = {(r.subject, r.predicate.value, r.object) for r in doc.relations}
    assert ("苏州高新区", "locatedIn", "苏州市") in found and ("苏州工业园区", "locatedIn", "苏州市") in found
    assert not any(s.startswith("苏州河") and o == "苏州市" for s, _, o in found)


@pytest.mark.parametrize("body, firm, works", [
    ("广达铝业二期、金泰纺织二期建成投产。", "广达铝业", "广达铝业二期"),  # a firm known by its trade
    ("长安汽车数智工厂、赛力斯超级工厂等重大整车项目建成投产。", "长安汽车", "长安汽车数智工厂"),
    ("山西待见生物沙棘饮料、锦绣养殖等农业产业项目建设完工。", "山西待见生物", "山西待见生物沙棘饮料"),  # the firm
    # from its works' name
])
def test_relations_a_firm_runs_the_works_named_by_it(body, firm, works):
    doc = extract(make_report("t", "2016年示例县人民政府工作报告\n\n" + body))
    found = {(r.subject, r.predicate.value, r.object) for r in doc.relations}
    assert (firm, "responsibleFor", works) in found


def test_relations_a_firm_holds_no_summit_and_runs_no_park_named_by_it():
    doc = extract(make_report("t", "2016年国务院政府工作报告\n\n出席二十国集团领导人峰会。德远电子工业园建成。"))
    assert not [r for r in doc.relations if r.predicate.value == "responsibleFor"]


@pytest.mark.parametrize("title, body, settled", [
    ("2009年宜丰县人民政府工作报告", "宝成国际、欧尔玛陶瓷等7个投资上亿元的大项目成功落户宜丰。", {"宝成国际", "欧尔玛陶瓷"}),
    # the firms the text names gather there (齐聚), the unit by its short name, which makes no place with the verb
    ("2015年未央区人民政府工作报告", "万达、龙湖等知名企业齐聚未央。", {"万达", "龙湖"}),
    # a listed firm no mention holds (华强方特, 特等 to jieba) ends the list the others settled with
    ("2022年宜良县人民政府工作报告", "中铁、中粮、华润、华强方特等一批知名企业落地宜良。", {"中铁", "中粮", "华润"}),
])
def test_relations_a_list_of_firms_settled_in_a_place_lies_in_it(title, body, settled):
    doc = extract(make_report("t", title + "\n\n" + body))
    unit = title[5:].removesuffix("人民政府工作报告")
    assert {r.subject for r in doc.relations if r.predicate.value == "locatedIn" and r.object == unit} >= settled
    assert not any(e.name.startswith("齐聚") for e in doc.entities)


@pytest.mark.parametrize("body, settled", [
    ("长城汽车、东鹏陶瓷等一批龙头企业相继落户,翻开了工业发展新篇章。", {"长城汽车", "东鹏陶瓷"}),
    ("今冈五期、南通舵叶一期顺利投产。", {"今冈五期", "南通舵叶一期"}),
    ("国金重工、今冈五期等项目开工建设。", {"国金重工", "今冈五期"}),
    ("推动“三寸盛京”等优质文商旅项目落地。", set()),  # a plan: nothing has settled yet
    ("全力推进“盛京传奇”“晟京坊”等20个文旅项目落地。", set()),
])
def test_relations_a_list_that_settled_where_no_place_is_named_lies_in_the_reports_unit(body, settled):
    """In a district's or a city's report; where the text names the place (落户宜丰) it is that place."""
    doc = extract(make_report("t", "2012年大连市旅顺口区人民政府工作报告\n\n" + body))
    found = {r.subject for r in doc.relations if r.predicate.value == "locatedIn" and r.object == "旅顺口区"}
    assert found == settled


def test_relations_a_list_that_settled_in_a_provinces_report_is_placed_nowhere():
    doc = extract(make_report("t", "2015年吉林省人民政府工作报告\n\n长城汽车、东鹏陶瓷等一批龙头企业相继落户。"))
    assert not [r for r in doc.relations if r.predicate.value == "locatedIn"]


@pytest.mark.parametrize("title, body, region", [
    ("2024年亳州市人民政府工作报告", "连续4个季度居皖北六市第1位。", "皖北六市"),
    ("2025年银川市人民政府工作报告", "增速居西北五省区首位。", "西北五省区"),
    ("2010年双流县人民政府工作报告", "综合实力位居中西部百强县前列。", "中西部"),
])
def test_relations_the_reports_unit_lies_in_the_region_it_ranks_within(title, body, region):
    doc = extract(make_report("t", f"{title}\n\n{body}"))
    own = doc.report.place
    assert (own, region) in {(r.subject, r.object) for r in doc.relations if r.predicate.value == "locatedIn"}


def test_relations_a_firm_runs_the_works_named_by_it_and_their_capacity():
    doc = extract(make_report("t", "2015年某州人民政府工作报告\n\n金峰工业园二期、统一集团30万吨矿泉水等项目投产。"
                                   "兰州石化120万吨乙烯改造项目开工。"))
    found = {(r.subject, r.predicate.value, r.object) for r in doc.relations}
    assert {("统一集团", "responsibleFor", "统一集团30万吨矿泉水"),
            ("兰州石化", "responsibleFor", "兰州石化120万吨乙烯改造项目")} <= found
    assert not any(r.predicate.value == "responsibleFor" and r.object == "金峰工业园二期" for r in doc.relations)


def test_relations_a_name_found_once_is_found_wherever_the_text_repeats_it():
    """中航哈飞 is found in a list of firms; where a later sentence names it alone, as a word, its figure is
    about it; a name inside a longer one (中航哈飞配套产业园) is not repeated."""
    body = ("全力推动中航哈飞、航发东安等龙头企业配套体系建设。\n"
            "中航哈飞预计全年完成产值将超过120亿元。\n建设中航哈飞配套产业园。")
    doc = extract(make_report("t", HEADER + body))
    firm = next(e for e in doc.entities if e.name == "中航哈飞")
    assert len(firm.mentions) == 2
    assert ("中航哈飞预计全年完成产值将超过120亿元", "concerns", "中航哈飞") in relations(body)
