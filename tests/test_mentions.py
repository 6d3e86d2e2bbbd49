"""Entity classes found and not found, one row per class of failure fixed."""
import pytest

from kg.metadata import make_report
from kg.pipeline import extract
from kg.records import EntityType as T

HEADER = "2022年沈阳市沈河区政府工作报告\n——2021年12月6日在沈河区第十九届人民代表大会第一次会议上\n各位代表:\n一、过去一年工作回顾\n"


def entities(body: str) -> dict[tuple[T, str], tuple[str, ...]]:
    doc = extract(make_report("t", HEADER + body))
    return {(e.type, e.name): e.aliases for e in doc.entities}


def names(body: str) -> set[tuple[T, str]]:
    return set(entities(body))


@pytest.mark.parametrize("body, expected", [
    ("统筹推进盛京古城综合保护利用工程。", (T.PROJECT, "盛京古城综合保护利用工程")),
    ("完成满堂河、辉山明渠综合治理。", (T.PROJECT, "满堂河、辉山明渠综合治理")),
    ("完成满堂河、辉山明渠综合治理。", (T.PLACE, "满堂河")),  # a place inside works is one the text speaks of
    ("开展“万人进万企”主题活动。", (T.PROJECT, "“万人进万企”主题活动")),
    ("推进“两环十横十纵”街路更新。", (T.PROJECT, "“两环十横十纵”街路更新")),
    ("全力推进“盛京传奇”“晟京坊”等20个文旅项目落地。", (T.PROJECT, "晟京坊")),
    ("全力攻坚高官台东等18个重点征收地块。", (T.PLACE, "高官台东")),
    ("推动盛京龙城等2个商业综合体升级改造。", (T.PLACE, "盛京龙城")),
    ("实施青年公园等3个公园提升改造工程。", (T.PLACE, "青年公园")),
    ("加快东部高品质学校等9所学校基础设施建设。", (T.ORGANIZATION, "东部高品质学校")),
    ("完成四经普和七人普。", (T.PROJECT, "四经普")),
    ("沈阳地铁集团发行碳中和债券。", (T.ORGANIZATION, "沈阳地铁集团")),
    ("公安部予以3次全国通报表扬。", (T.ORGANIZATION, "公安部")),
    ("沈河区成为东北高端商务楼宇集聚中心。", (T.PLACE, "东北")),
    ("打造多福小区示范点。", (T.PLACE, "多福小区")),
    ("完成国有企业改革三年行动计划。", (T.PROJECT, "国有企业改革三年行动计划")),
    ("推进国家文化出口基地建设。", (T.PROJECT, "国家文化出口基地建设")),
    ("按照《中华文化地标城市复兴规划方案施工设计》推进。", (T.PROJECT, "中华文化地标城市复兴规划方案施工设计")),
    ("推动“长安肆”文化市集尽快落地。", (T.PLACE, "“长安肆”文化市集")),
    ("深入实施“百县千镇万村高质量发展工程”。", (T.PROJECT, "百县千镇万村高质量发展工程")),
    ("实施企业科技创新能力提升三年行动。", (T.PROJECT, "企业科技创新能力提升三年行动")),  # verb before the head
    ("建设辽宁实验室和沈抚科创园。", (T.ORGANIZATION, "辽宁实验室")),
    ("建设辽宁实验室和沈抚科创园。", (T.PLACE, "沈抚科创园")),
    ("发挥中科院金属所、农大等院所资源优势。", (T.ORGANIZATION, "中科院金属所")),  # 所 as an institute
    ("打造“选择山东”协同招商平台。", (T.PROJECT, "“选择山东”协同招商平台")),
    ("温宿公路、玉龙喀什水利枢纽工程等重点项目加快推进。", (T.PROJECT, "玉龙喀什水利枢纽工程")),
    ("中共中央、国务院印发意见。", (T.ORGANIZATION, "中共中央")),  # a body, though it reads like 宜业宜居
    ("抵达南京南站。", (T.PLACE, "南京南站")),                   # a name starting with a place, not a slogan
    ("就读中山中学。", (T.ORGANIZATION, "中山中学")),
    ("农业农村部发布通知。", (T.ORGANIZATION, "农业农村部")),
    ("引进中央里景区等36个文化产业项目。", (T.PLACE, "中央里景区")),
    ("做强五爱南塔电商直播产业带。", (T.PLACE, "五爱南塔电商直播产业带")),  # 做强 is one verb
    ("引导黄金珠宝品牌店向西中街聚集。", (T.PLACE, "西中街")),  # a preposition inside an unknown word
    ("策划推出盛京记忆民宿酒店等22个全域旅游项目。", (T.PROJECT, "盛京记忆民宿酒店")),  # items of 项目
    ("完成第七次全国人口普查。", (T.PROJECT, "第七次全国人口普查")),  # ordinal and scope
    ("完成全国第一次自然灾害综合风险普查。", (T.PROJECT, "全国第一次自然灾害综合风险普查")),
    ("盛京古城入选国家5A级景区创建名单。", (T.PROJECT, "国家5A级景区创建")),  # a grade inside
    ("积极策划《古城迎新春跨年夜》系列主题活动。", (T.PROJECT, "《古城迎新春跨年夜》系列主题活动")),
    ("深入实施“一件事”全链条专项整治。", (T.PROJECT, "“一件事”全链条专项整治")),
    ("实施雅鲁藏布江流域、柴达木盆地等关键区域生态修复工程。", (T.PLACE, "柴达木盆地")),  # own head
    ("推进西安都市圈同城化。", (T.PLACE, "西安都市圈")),  # the head's last character in the next word
    ("学习李双良、张鸣岐等同志的先进事迹。", (T.PERSON, "李双良")),  # unknown names listed before 同志
    ("学习李双良、张鸣岐等同志的先进事迹。", (T.PERSON, "张鸣岐")),
    ("向廖俊波、谷文昌等同志学习。", (T.PERSON, "廖俊波")),
    ("提请第十四届全国人民代表大会审议。", (T.ORGANIZATION, "全国人民代表大会")),  # the congress, whatever the session
    ("开展规范涉企执法专项行动。", (T.PROJECT, "规范涉企执法专项行动")),  # a programme named by its verb
    ("实施民营经济发展壮大行动。", (T.PROJECT, "民营经济发展壮大行动")),
    ("振兴东北地区等老工业基地。", (T.PLACE, "东北地区")),  # a region's name before a generic head
    ("以共建长三角美丽中国先行区为牵引。", (T.PLACE, "长三角美丽中国先行区")),  # 先行区 is one word
    ("加快合肥都市圈建设。", (T.PLACE, "合肥都市圈")),  # a gazetteer place names a designation, whatever jieba tags it
    ("精心办好中国文化旅游产业博览会。", (T.PROJECT, "中国文化旅游产业博览会")),  # the verb's object is the name
    ("实施人才进海南行动计划。", (T.PROJECT, "人才进海南行动计划")),  # a programme's own verb stays
    ("同老挝、泰国、北马其顿开展合作。", (T.PLACE, "老挝")),  # countries, from ISO 3166 names
    ("同老挝、泰国、北马其顿开展合作。", (T.PLACE, "北马其顿")),
    ("在中国共产党领导下。", (T.ORGANIZATION, "中国共产党")),
    ("推进新一轮找矿突破战略行动。", (T.PROJECT, "找矿突破战略行动")),  # the round is not in the name
    ("实施新时代立德树人工程。", (T.PROJECT, "新时代立德树人工程")),  # 新时代 is one word
    ("支持国投生物制造创新研究院发展。", (T.ORGANIZATION, "国投生物制造创新研究院")),  # a body's own verbs
    ("建设合肥先进光源园区。", (T.PLACE, "合肥先进光源园区")),  # a place's name opens a facility's name
    ("深入实施提振消费专项行动。", (T.PROJECT, "提振消费专项行动")),  # after 实施, the programme's own verb
    ("举办全国少数民族传统体育运动会。", (T.PROJECT, "全国少数民族传统体育运动会")),  # a national event
    ("实施文物保护“强基”工程。", (T.PROJECT, "文物保护“强基”工程")),  # nouns leading a quoted core
    ("建设涠洲岛国际生态岛。", (T.PLACE, "涠洲岛国际生态岛")),  # a morpheme opens the name
    ("建成陕西考古博物馆和辽沈战役纪念馆。", (T.PLACE, "陕西考古博物馆")),  # named buildings
    ("推进黄河古贤水利枢纽建设。", (T.PLACE, "黄河古贤水利枢纽")),  # works named by their place
    ("打造成渝中线科创走廊。", (T.PLACE, "成渝中线科创走廊")),
    ("支持宁德时代、比亚迪等龙头企业扩大产能。", (T.ORGANIZATION, "比亚迪")),  # items typed by 等…企业
    ("圆满举办中国-中亚合作论坛。", (T.PROJECT, "中国-中亚合作论坛")),  # two places joined by a dash
    ("设置新疆农业职业技术大学等本科院校。", (T.ORGANIZATION, "新疆农业职业技术大学")),
    ("推动皖北地区和苏北振兴发展。", (T.PLACE, "苏北")),  # a province's one-character name and a direction
    ("深化粤港澳合作。", (T.PLACE, "粤港澳")),
    ("广武滑雪场和克孜尔石窟游客增多。", (T.PLACE, "克孜尔石窟")),  # landmarks with rarer heads
    ("治理腾格里沙漠和恩施大峡谷。", (T.PLACE, "恩施大峡谷")),
    ("支持湖南大学、清华大学和华夏银行发展。", (T.ORGANIZATION, "湖南大学")),  # a place or proper noun and a head
    ("支持湖南大学、清华大学和华夏银行发展。", (T.ORGANIZATION, "清华大学")),
    ("支持湖南大学、清华大学和华夏银行发展。", (T.ORGANIZATION, "华夏银行")),
    ("实施可再生能源替代行动。", (T.PROJECT, "可再生能源替代行动")),  # a term jieba would cut after 可
    ("启动民营经济高质量发展三年行动计划。", (T.PROJECT, "民营经济高质量发展三年行动计划")),  # head over two words
    ("实施农村人居环境整治提升五年行动。", (T.PROJECT, "农村人居环境整治提升五年行动")),
    ("成立全国首个营商环境建设厅。", (T.ORGANIZATION, "营商环境建设厅")),
    # quoted items of a list of projects are projects, whatever their heads; 等 inside a quote ends no list
    ("推进“盛京传奇”“盛京城市文化广场”“盛京等你”等20个文旅项目落地。", (T.PROJECT, "盛京城市文化广场")),
    ("推进“盛京传奇”“盛京城市文化广场”“盛京等你”等20个文旅项目落地。", (T.PROJECT, "盛京等你")),
    ("召开开放发展大会。", (T.PROJECT, "开放发展大会")),  # a held event is named from the verb that holds it
    ("成功举办省旅游发展大会。", (T.PROJECT, "省旅游发展大会")),
    ("发挥中科院金属所、农大等院所资源优势。", (T.ORGANIZATION, "农大")),  # a body's abbreviation in a list of bodies
    ("支持企业在深交所上市。", (T.ORGANIZATION, "深交所")),
    ("建成五河至蒙城高速和三河市产业园。", (T.PLACE, "五河")),  # a county whose name starts with a numeral
    ("推进怀化国际陆港全面融入西部陆海新通道。", (T.PLACE, "怀化国际陆港")),  # a city jieba tags a verb
    ("建成遵义茅台机场。", (T.PLACE, "遵义茅台机场")),
    ("加快工程包银高铁建设。", (T.PROJECT, "包银高铁")),  # a common word before a route is no part of it
    ("开展食品安全建设年创建活动和营商环境提升年行动。", (T.PROJECT, "食品安全建设年创建活动")),  # themed years
    ("开展食品安全建设年创建活动和营商环境提升年行动。", (T.PROJECT, "营商环境提升年行动")),
    ("扎实开展重点项目攻坚年活动。", (T.PROJECT, "重点项目攻坚年活动")),  # jieba glues 攻坚年
    ("大力实施“1238”技改工程。", (T.PROJECT, "“1238”技改工程")),  # a code before a programme's head names it
    ("实施“510+”产业行动计划。", (T.PROJECT, "“510+”产业行动计划")),
    ("加快实施“863”计划。", (T.PROJECT, "“863”计划")),
    ("聚焦“工作落实年”,全力以赴抓贯彻。", (T.PROJECT, "工作落实年")),  # quoted, with no head of its own
    ("扎实开展招商选资突破年、特色平台建设年、作风建设推进年活动。", (T.PROJECT, "招商选资突破年")),  # listed before
    ("扎实开展招商选资突破年、特色平台建设年、作风建设推进年活动。", (T.PROJECT, "作风建设推进年")),  # the head they share
    ("三门核电三期开工,建成投产舟山新奥LNG三期。", (T.PROJECT, "三门核电三期")),  # a named works' phase
    ("三门核电三期开工,建成投产舟山新奥LNG三期。", (T.PROJECT, "舟山新奥LNG三期")),
    ("举办“琼超”联赛和全国乒乓球锦标赛。", (T.PROJECT, "“琼超”联赛")),  # leagues and championships
    ("年初,自然资源部将四川列为试点。", (T.ORGANIZATION, "自然资源部")),
    ("省发展改革委、省工商联等部门联合发布。", (T.ORGANIZATION, "省发展改革委")),  # common bodies' names
    ("省发展改革委、省工商联等部门联合发布。", (T.ORGANIZATION, "辽宁省工商业联合会")),  # …and by the unit it belongs to
    ("推进G318、G219改造,加强与港澳台交流。", (T.PLACE, "G318")),  # road numbers; regions with no head
    ("实施全民科学素质提升行动和乡村建设行动。", (T.PROJECT, "全民科学素质提升行动")),  # national programmes
    ("实施全民科学素质提升行动和乡村建设行动。", (T.PROJECT, "乡村建设行动")),
    ("实施盛京古城综合整治工程。", (T.PROJECT, "盛京古城综合整治工程")),  # works named by their place
    ("深入实施“民生十大工程”五年行动计划。", (T.PROJECT, "“民生十大工程”五年行动计划")),  # the longest head
    ("落实“八五”普法规划。", (T.PROJECT, "“八五”普法")),  # the programme, not the plan of it
    ("推进G318、G219改造,加强与港澳台交流。", (T.PLACE, "港澳台")),
    ("推动江西农商联合银行挂牌开业,推进省农信联社改革。", (T.ORGANIZATION, "江西农商联合银行")),  # 联合 in a body
    ("推动江西农商联合银行挂牌开业,推进省农信联社改革。", (T.ORGANIZATION, "省农信联社")),
    ("青藏铁路建成通车。", (T.PROJECT, "青藏铁路")),  # railways and roads named by the places they join;
    # a railway is the works on it, a road a place
    ("巢马城际铁路、宁马城际铁路开工。", (T.PROJECT, "巢马城际铁路")),
    ("石雄铁路开工建设。", (T.PROJECT, "石雄铁路")),
    ("推进川藏铁路规划建设。", (T.PROJECT, "川藏铁路")),  # the railway the works are on
    ("建成沪苏湖高铁、西渝高铁。", (T.PROJECT, "沪苏湖高铁")),
    ("开工张家界至吉首铁路。", (T.PROJECT, "张家界至吉首铁路")),
    ("建成乌鲁木齐至尉犁高速公路。", (T.PLACE, "乌鲁木齐至尉犁高速公路")),
    ("沿江高铁武宜段、呼南高铁襄荆段开工,西成铁路甘肃段建成。", (T.PROJECT, "沿江高铁武宜段")),  # a section: the works on it
    ("沿江高铁武宜段、呼南高铁襄荆段开工,西成铁路甘肃段建成。", (T.PROJECT, "呼南高铁襄荆段")),
    ("沿江高铁武宜段、呼南高铁襄荆段开工,西成铁路甘肃段建成。", (T.PROJECT, "西成铁路甘肃段")),
    ("加快建设中国(内蒙古)自由贸易试验区。", (T.PLACE, "中国(内蒙古)自由贸易试验区")),  # 中国(X): scoped national names
    ("举办中国(温州)国际园林博览会。", (T.PROJECT, "中国(温州)国际园林博览会")),
    ("建设中国(安徽)—泰国经贸创新发展示范园区。", (T.PLACE, "中国(安徽)—泰国经贸创新发展示范园区")),
    ("支持皖北承接产业转移集聚区建设。", (T.PLACE, "皖北承接产业转移集聚区")),  # what a zone is for, verbs and all
    ("长三角生态绿色一体化发展示范区获批。", (T.PLACE, "长三角生态绿色一体化发展示范区")),
    ("推进闽西革命老区高质量发展示范区建设。", (T.PLACE, "闽西")),  # a place opening a long zone's name
    ("完成国企改革深化提升行动。", (T.PROJECT, "国企改革深化提升行动")),  # 深化 is a verb, not an abbreviation
    ("长沙奥体中心开工建设。", (T.PLACE, "长沙奥体中心")),                 # venues
    ("推动同仁至赛尔龙高速公路通车。", (T.PLACE, "同仁至赛尔龙高速公路")),  # a route from a known place
    ("落地一批省级重点改革任务和苏南五市两年行动方案。", (T.PROJECT, "苏南五市两年行动方案")),  # named by a place
    ("组织3个省实验室和省氢能产业综合研究院。", (T.ORGANIZATION, "省氢能产业综合研究院")),  # a count covers one item
    ("举办和平共处五项原则发表70周年纪念大会、中阿合作论坛。", (T.PROJECT, "中阿合作论坛")),
    ("实施“双一流”学科培育行动。", (T.PROJECT, "“双一流”学科培育行动")),  # a programme's verb after a quote
    ("打造“投资江苏”品牌提升行动。", (T.PROJECT, "“投资江苏”品牌提升行动")),
    ("获评健康中国行动考核优秀。", (T.PROJECT, "健康中国行动")),  # a programme named for a slogan of the country
    ("落实两新政策和提振消费专项行动。", (T.PROJECT, "提振消费专项行动")),  # its verb after a list's 和
    ("有计划分步骤推进“碳达峰十大行动”。", (T.PROJECT, "碳达峰十大行动")),  # …named for what they do stay
    ("提速建设湟源至西海、贵德至同德等公路。", (T.PLACE, "湟源至西海")),  # routes listed before their head
    ("提速建设湟源至西海、贵德至同德等公路。", (T.PLACE, "贵德至同德")),
    ("开工周至至乾县、改扩建西安至永寿等高速公路。", (T.PLACE, "西安至永寿")),
    ("开工张家界至吉首铁路。", (T.PLACE, "张家界")),  # where a route starts is a place of its own
    ("实施大数据发展行动。", (T.PROJECT, "大数据发展行动")),
    ("贯彻《中共中央关于进一步全面深化改革的决定》。", (T.ORGANIZATION, "中共中央")),  # a title's issuer
    ("建成投产盘江新光电厂。", (T.PLACE, "盘江新光电厂")),  # 建成投产 is a verb, whatever jieba's dictionary says
    ("支持合肥、大连、保定加快发展。", (T.PLACE, "合肥")),  # cities jieba tags n, d or v
    ("支持合肥、大连、保定加快发展。", (T.PLACE, "大连")),
    ("支持合肥、大连、保定加快发展。", (T.PLACE, "保定")),
    ("组建民营经济发展服务局。", (T.ORGANIZATION, "民营经济发展服务局")),  # a body founded here, verbs and all
    ("成立国际深空探测学会。", (T.ORGANIZATION, "国际深空探测学会")),
    ("建设乐高乐园度假区。", (T.PLACE, "乐高乐园度假区")),
    ("我国同苏联、南斯拉夫的关系有所发展,加强与东北亚各国合作。", (T.PLACE, "苏联")),  # former states, regions
    ("我国同苏联、南斯拉夫的关系有所发展,加强与东北亚各国合作。", (T.PLACE, "东北亚")),
    ("国家计委、国家经委要加强协调。", (T.ORGANIZATION, "国家计委")),  # the old commissions' short names
    ("推进国家生态文明试验区建设。", (T.PROJECT, "国家生态文明试验区建设")),  # as …示范区建设 is
    ("实施宁镇扬一体化发展三年行动计划。", (T.PROJECT, "宁镇扬一体化发展三年行动计划")),
    ("建设西部(成都)科学城。", (T.PLACE, "西部(成都)科学城")),  # a region's name scoped to a place in it
    ("保护三苏祠。", (T.PLACE, "三苏祠")),
    ("加入澜湄旅游城市合作联盟。", (T.ORGANIZATION, "澜湄旅游城市合作联盟")),  # alliances named by a place
    ("建设京津冀国家技术创新中心。", (T.ORGANIZATION, "京津冀国家技术创新中心")),  # centres named by a place
    ("创建国家革命文物协同研究中心。", (T.ORGANIZATION, "国家革命文物协同研究中心")),  # a body founded here
    ("推动设立水网运行调度中心。", (T.ORGANIZATION, "水网运行调度中心")),  # …is one, though no place names it
    ("成立“红岩思政”教育联盟。", (T.ORGANIZATION, "“红岩思政”教育联盟")),  # a body named by a quoted slogan
    ("建设广西海洋实验室、甘蔗生物育种实验室。", (T.ORGANIZATION, "甘蔗生物育种实验室")),  # listed with a named one
    ("组建省数据集团、省担保集团。", (T.ORGANIZATION, "省担保集团")),
    ("推进临港科创城、松江大学城建设。", (T.PLACE, "临港科创城")),  # science and university towns
    ("打造中国声谷。", (T.PLACE, "中国声谷")),
    ("落实长江经济带规划纲要。", (T.PROJECT, "长江经济带规划纲要")),  # an outline plan
    ("深入开展“三严三实”专题教育。", (T.PROJECT, "“三严三实”专题教育")),  # as 学习教育, 主题教育 are
    ("获批中国(重庆)自由贸易试验区。", (T.PLACE, "中国(重庆)自由贸易试验区")),  # 获批 ends a name on the left
    ("高标准建设西宁综合保税区。", (T.PLACE, "西宁综合保税区")),  # bonded, economic, port and scenic zones
    ("推进祁连山国家级自然保护区保护。", (T.PLACE, "祁连山国家级自然保护区")),
    ("推动重庆港口岸扩大开放万州新田港区。", (T.PLACE, "万州新田港区")),  # a set phrase of two verbs ends it
    ("参加进博会、广交会。", (T.PROJECT, "进博会")),  # recurring events by their short names, cut or whole
    ("参加进博会、广交会。", (T.PROJECT, "广交会")),
    ("举办第十五届全运会。", (T.PROJECT, "第十五届全运会")),  # with their edition…
    ("举办哈尔滨亚冬会。", (T.PROJECT, "哈尔滨亚冬会")),  # …or their host city
    ("成功举办了第二届亚青会,城市功能得到提升。", (T.PROJECT, "第二届亚青会")),  # a short name jieba lacks, after
    ("筹办第十七届省运会。", (T.PROJECT, "第十七届省运会")),                    # its edition
    ("实施农民工就近就业三年行动。", (T.PROJECT, "农民工就近就业三年行动")),  # an adverb of manner in a programme
    ("保护青藏高原生态。", (T.PLACE, "青藏高原")),  # landforms jieba knows by name: plateaus, ranges, straits
    ("保护秦岭生态。", (T.PLACE, "秦岭")),
    ("开通琼州海峡航线。", (T.PLACE, "琼州海峡")),
    ("治理祁连山南麓生态环境。", (T.PLACE, "祁连山南麓")),  # the side of a mountain's foot
    ("铜鼓岭国际生态旅游区、月亮湾片区完成投资。", (T.PLACE, "月亮湾片区")),  # a landform's name before a generic head
    ("设立国家(上海)平板显示器件产业园。", (T.PLACE, "国家(上海)平板显示器件产业园")),  # scoped to a place
    ("建设郑洛新国家自主创新示范区。", (T.PLACE, "郑洛新国家自主创新示范区")),  # places joined by their short names
    ("建设哈大齐国家自主创新示范区。", (T.PLACE, "哈大齐国家自主创新示范区")),  # …take a zone's verbs into it
    ("海南大学崖州校区建成招生。", (T.PLACE, "海南大学崖州校区")),  # a school's campus named after its place
    ("江南大学东氿校区投入使用。", (T.PLACE, "江南大学东氿校区")),
    ("开工投资20亿元的振华石油储备库项目。", (T.PROJECT, "振华石油储备库项目")),  # works its investment describes
    ("引进投资100亿元的香港招商局江苏海工项目。", (T.PROJECT, "香港招商局江苏海工项目")),  # …named by a firm
    ("我省健儿在全运会奖牌榜居前列。", (T.PROJECT, "全运会")),  # a medal is no award named after the games
    ("加密中欧中亚班列。", (T.PROJECT, "中欧中亚班列")),  # freight train services named by the places they join
    ("建成白鹤滩水电站、漳州核电。", (T.PLACE, "白鹤滩水电站")),  # power plants named by their site
    ("建成白鹤滩水电站、漳州核电。", (T.PLACE, "漳州核电")),
    ("推进兰州石化改造。", (T.ORGANIZATION, "兰州石化")),  # a petrochemical firm named by its city
    ("设立国家融资担保基金。", (T.ORGANIZATION, "国家融资担保基金")),  # a fund the country names
    ("建设榆安大型灌区。", (T.PLACE, "榆安大型灌区")),
    ("出席博鳌亚洲论坛年会。", (T.PROJECT, "博鳌亚洲论坛年会")),
    ("深入实施促进民营经济高质量发展护航行动。", (T.PROJECT, "促进民营经济高质量发展护航行动")),  # what it does, from its first verb
    ("实施城市更新行动。", (T.PROJECT, "城市更新行动")),  # a programme named for the works it does
    ("实施制造业重点产业链高质量发展行动。", (T.PROJECT, "制造业重点产业链高质量发展行动")),  # 重点 between nouns
    ("开工长深高速改扩建。", (T.PLACE, "长深高速")),  # expressways by the short names of the places they join
    ("加快建设太锡铁路。", (T.PROJECT, "太锡铁路")),  # …one character each, a run jieba's dictionary lacks
    ("争取包鄂榆高铁开工。", (T.PROJECT, "包鄂榆高铁")),
    ("建设本庄高速和独库公路。", (T.PLACE, "本庄高速")),
    ("实施空气质量持续改善行动。", (T.PROJECT, "空气质量持续改善行动")),  # an adverb before the programme's verb
    ("成功举办金鸡百花电影节。", (T.PROJECT, "金鸡百花电影节")),  # festivals, fairs and talks held
    ("举办全球发展高层对话会。", (T.PROJECT, "全球发展高层对话会")),  # …named from the verb that holds them
    ("办好世界职业技术教育发展大会。", (T.PROJECT, "世界职业技术教育发展大会")),  # an event named for what it furthers
    ("举办中国国际农业机械展览会。", (T.PROJECT, "中国国际农业机械展览会")),  # exhibitions, salons, exchange fairs
    ("持续推进扫黑除恶专项斗争。", (T.PROJECT, "扫黑除恶专项斗争")),  # a campaign named by what it does
    ("推进中国—东盟自贸区建设。", (T.PLACE, "中国—东盟自贸区")),  # the country and a bloc joined by a dash
    ("开展黄河保护宣传实践月活动。", (T.PROJECT, "黄河保护宣传实践月活动")),  # …or for a themed month
    ("持续优化粤东粤西粤北营商环境。", (T.PLACE, "粤西")),  # parts of a province side by side are places each
    ("壮大曹妃甸区、渤海新区。", (T.PLACE, "曹妃甸区")),  # a place jieba tags a person's full name (nrfg)
    ("精心办好第四届全民阅读大会。", (T.PROJECT, "第四届全民阅读大会")),  # 办好 governs the name
    ("之江文化中心建成投用。", (T.PLACE, "之江文化中心")),  # a cultural centre named by its place
    ("加入世贸组织。", (T.ORGANIZATION, "世界贸易组织")),  # national and world bodies by their short names
    ("成为首个经世卫组织认可的国际卫生陆港。", (T.ORGANIZATION, "世界卫生组织")),
    ("全国工商联发布榜单。", (T.ORGANIZATION, "中华全国工商业联合会")),
    ("全面完成30项省委省政府为民办实事项目。", (T.ORGANIZATION, "中共辽宁省委员会")),  # the count is the projects'
    ("加快建设京张体育文化旅游带。", (T.PLACE, "京张体育文化旅游带")),  # tourism and cultural belts
    ("天津女排勇夺世俱杯亚军。", (T.PROJECT, "世俱杯")),  # event series by their short names
    ("举办全国残特奥会。", (T.PROJECT, "全国残特奥会")),
    ("扎实做好十五运会筹办工作。", (T.PROJECT, "十五运会")),  # the games by their edition
    ("在亚洲冬运会上夺金。", (T.PROJECT, "亚洲冬运会")),
    ("圆满举办中国-中亚合作论坛、中国产业转移发展对接会等活动。", (T.PROJECT, "中国产业转移发展对接会")),  # a held list
    ("高水平办好世界大健康博览会、世界青年发展论坛等重大活动。", (T.PROJECT, "世界青年发展论坛")),  # 办好 holds
    ("首届高原康养医学学术研讨会成功举办。", (T.PROJECT, "首届高原康养医学学术研讨会")),  # symposiums, talks
    ("成功举办RCEP经贸合作高端对话。", (T.PROJECT, "RCEP经贸合作高端对话")),
    ("高质量推进湟水“山水”工程。", (T.PROJECT, "湟水“山水”工程")),  # a place leads the quoted core
    ("深化国企“三能”机制改革攻坚专项行动。", (T.PROJECT, "国企“三能”机制改革攻坚专项行动")),  # the head words on
    ("推进长株潭一体化发展。", (T.PLACE, "长株潭")),  # regions across a province's cities
    ("推进厦漳泉R1线建设。", (T.PLACE, "厦漳泉R1线")),  # a letter line named by the region it serves
    ("做优六盘水、安顺、都匀、兴义等区域中心城市。", (T.PLACE, "兴义")),  # a place among places in a list
    ("东南亚国家和亚洲、太平洋许多国家。", (T.PLACE, "太平洋")),  # oceans
    ("我们对当前动荡中的台湾政局表示关切。", (T.PLACE, "台湾")),  # 政局 is no body's head
    ("争取和龙通用机场年底开工。", (T.PLACE, "和龙")),
    ("推动我省产业体系嵌入京津创新体系。", (T.PLACE, "京津")),
    ("用好怀柔实验室新疆基地。", (T.ORGANIZATION, "怀柔实验室新疆基地")),  # a lab's base in a place
    ("中交集团京津冀区域总部相继落户。", (T.ORGANIZATION, "中交集团京津冀区域总部")),  # a firm's regional office
    ("中国工业互联网研究院江西分院揭牌。", (T.ORGANIZATION, "中国工业互联网研究院江西分院")),
    ("深入开展“全闽乐购”等活动。", (T.PROJECT, "全闽乐购")),  # quoted names listed before a kind of activity
    ("开展“四季河南”等特色文旅活动。", (T.PROJECT, "四季河南")),
    ("开展“购在龙江”等促消费活动。", (T.PROJECT, "购在龙江")),  # not a river for its last character
    ("实施滇英才支持计划。", (T.PROJECT, "滇英才支持计划")),
    ("实施农村义务教育学生营养改善计划。", (T.PROJECT, "农村义务教育学生营养改善计划")),  # what it does to whom
    ("实施城市生命线工程提升行动。", (T.PROJECT, "城市生命线工程提升行动")),  # a programme on named works
    ("实施重点领域节能降碳行动。", (T.PROJECT, "重点领域节能降碳行动")),  # 重点 after the verb that launches it
    ("东部地区近零排放示范区建设深入开展。", (T.PROJECT, "东部地区近零排放示范区建设")),  # a part of the unit names it
    ("深入实施“兴滇英才支持计划”。", (T.PROJECT, "兴滇英才支持计划")),  # a programme quoted whole
    ("推进“双高计划”建设。", (T.PROJECT, "双高计划")),
    ("加快引黄入呼三期工程。", (T.PROJECT, "引黄入呼三期工程")),  # water transfer works, with their phases
    ("实现引绰济辽一期、二期工程全线通水。", (T.PROJECT, "引绰济辽一期、二期工程")),
    ("推进引江济淮、引汉济渭等工程。", (T.PROJECT, "引江济淮")),
    ("推进中意临港创新合作产业园建设。", (T.PLACE, "中意临港创新合作产业园")),  # a park's aims, after its place  # a programme named by what it does: supports
    ("实施中华优秀传统文化传承发展工程。", (T.PROJECT, "中华优秀传统文化传承发展工程")),  # …passes on
    ("举办纪念长征胜利90周年贵州系列活动。", (T.PROJECT, "纪念长征胜利90周年贵州系列活动")),  # an anniversary's events
    ("成功举办庆祝中华人民共和国成立75周年系列活动。", (T.PROJECT, "庆祝中华人民共和国成立75周年系列活动")),
    ("牵头单位:交通厅、公安厅、教育厅。", (T.ORGANIZATION, "公安厅")),  # a department jieba tags a common noun
    ("向港澳同胞、台湾同胞表示感谢。", (T.PLACE, "台湾")),  # jieba's one word for the people of a place
    ("鄂州花湖机场开通国际货线。", (T.PLACE, "鄂州花湖机场")),  # a word jieba lacks after a place is in its name
    ("全面加快大别山革命老区振兴发展。", (T.PLACE, "大别山革命老区")),  # old revolutionary areas, reservoir areas
    ("打好三峡库区危岩地灾防治攻坚战。", (T.PLACE, "三峡库区")),
    ("推动关中地区发展。", (T.PLACE, "关中地区")),
    ("治理腾格里沙漠。", (T.PLACE, "腾格里沙漠")),  # one word jieba knows, its core a proper noun
    ("出台城市更新行动方案。", (T.PROJECT, "城市更新行动方案")),  # an action plan, its head two words
    ("开展维护新就业形态劳动者权益专项行动。", (T.PROJECT, "维护新就业形态劳动者权益专项行动")),  # …counted as one
    ("制定2030年前碳排放达峰行动方案。", (T.PROJECT, "碳排放达峰行动方案")),  # a date opens no name
    ("着力建设中西部国际交往中心。", (T.PLACE, "中西部")),
    ("实施新一轮千亿斤粮食产能提升行动。", (T.PROJECT, "粮食产能提升行动")),  # 产能 is a noun
    ("开展“好房子”建设行动。", (T.PROJECT, "“好房子”建设行动")),  # a quoted object, then the programme's verb
    ("实施“大思政课”建设工程。", (T.PROJECT, "“大思政课”建设工程")),
    # a study campaign is named with its verbs of study; the verb that launches it stays out
    ("扎实开展深入贯彻中央八项规定精神学习教育。", (T.PROJECT, "深入贯彻中央八项规定精神学习教育")),
    ("巩固拓展学习贯彻习近平新时代中国特色社会主义思想主题教育成果。",
     (T.PROJECT, "学习贯彻习近平新时代中国特色社会主义思想主题教育")),
    ("高质量收官国企改革深化提升行动。", (T.PROJECT, "国企改革深化提升行动")),  # 收官 ends what it completes
    ("开工建设黄河甘肃段河道治理工程。", (T.PLACE, "黄河甘肃段")),  # a river's stretch in a unit
    ("大理市获国际湿地城市认证。", (T.PLACE, "大理市")),  # a unit's full name, whatever jieba tags it
    ("深化广东自贸试验区改革提升。", (T.PLACE, "广东自贸试验区")),  # a head jieba splits (自贸|试验区)
    ("支持山东自贸试验区青岛片区建设。", (T.PLACE, "山东自贸试验区青岛片区")),  # …inside a longer name
    ("国家经济委员会和煤炭工业部给他们原定的指标。", (T.ORGANIZATION, "煤炭工业部")),  # a ministry of an industry
    ("新津理事会第十次会议形成一批示范成果。", (T.ORGANIZATION, "新津理事会")),  # a council a place names
    ("建设海东零碳算力产业园。", (T.PLACE, "海东零碳算力产业园")),  # 算力 a noun, not a verb
    ("全面实施城市更新行动。", (T.PROJECT, "城市更新行动")),  # a national programme keeps its proper noun
    ("加快建设康复大学。", (T.ORGANIZATION, "康复大学")),
    ("提前实现全国农业发展纲要。", (T.PROJECT, "全国农业发展纲要")),  # a plan named by what it furthers, with its scope
    ("编制“十五五”发展规划。", (T.PROJECT, "“十五五”发展规划")),
    ("以西咸新区为纽带。", (T.PLACE, "西咸新区")),  # 以 glued to the compass word that opens the name
    ("沈阳市第一中学扩建。", (T.ORGANIZATION, "沈阳市第一中学")),  # a body's number is part of its name
    ("例如第一机械工业部有些厂。", (T.ORGANIZATION, "第一机械工业部")),
    ("市第一人民医院新院区开诊。", (T.ORGANIZATION, "沈阳市第一人民医院")),  # …and of the unit's own
    ("推进区第一中学扩建。", (T.ORGANIZATION, "沈河区第一中学")),  # the unit's own schools
    ("开展提升农村饮水质量专项行动。", (T.PROJECT, "提升农村饮水质量专项行动")),  # named by what it does
    ("实施新一轮重点产业链高质量发展行动。", (T.PROJECT, "重点产业链高质量发展行动")),  # 重点 after 新一轮
    ("我省体育健儿在第33届奥运会上取得优异成绩。", (T.PROJECT, "第33届奥运会")),  # an edition in digits
    ("从第三轮中央生态环境保护督察交办投诉。", (T.PROJECT, "第三轮中央生态环境保护督察")),  # …and in rounds
    ("圆满举办中国产业转移发展对接会。", (T.PROJECT, "中国产业转移发展对接会")),  # matchmaking fairs
    ("巩固提升白洋淀生态环境治理成效。", (T.PLACE, "白洋淀")),  # lakes called 淀
    ("支持川渝东北地区一体化发展。", (T.PLACE, "川渝东北地区")),  # parts of provinces jieba splits
    ("推进渝东北、渝东南协同发展。", (T.PLACE, "渝东南")),
    ("2024年是中华人民共和国成立75周年。", (T.PLACE, "中国")),  # the country, by its short name
    ("周总理指出,我们要努力。", (T.PERSON, "周总理")),  # a leader by surname and title
    ("朱委员长强调。", (T.PERSON, "朱委员长")),
    ("推进临港新片区建设。", (T.PLACE, "临港新片区")),  # 新|片区 one head, a proper noun before it
    ("开工建设G0616海乌段、G1817乌巴段。", (T.PROJECT, "G0616海乌段")),  # a road's section by its ends
    ("加快长春都市圈西环线建设。", (T.PLACE, "长春都市圈西环线")),  # ring roads and tourist loops a place names
    ("推进斧头湖等湖泊治理。", (T.PLACE, "斧头湖")),  # a head jieba glued to the 等 after it (斧头|湖等)
    ("实施服务消费提质惠民行动。", (T.PROJECT, "服务消费提质惠民行动")),  # from a verbal noun after 实施
    ("开展优化营商环境攻坚行动。", (T.PROJECT, "优化营商环境攻坚行动")),
    ("益阳清溪村以文化助推乡村振兴。", (T.PLACE, "益阳清溪村")),  # …or to a preposition (清溪|村以)
    ("开工长江池州段河道治理。", (T.PROJECT, "长江池州段河道治理")),  # works on a river's stretch
    ("区实验小学扩建。", (T.ORGANIZATION, "沈河区实验小学")),
    ("新建和平区第二幼儿园。", (T.ORGANIZATION, "和平区第二幼儿园")),  # a kindergarten a place names
    ("改造南京街、太原街两条商业街。", (T.PLACE, "太原街")),  # a count with a noun after names the items' class
    ("新增鄂州花湖机场、宜昌三峡机场2个国际机场。", (T.PLACE, "宜昌三峡机场")),
    ("新开通地铁4号线、6号线。", (T.PLACE, "地铁4号线")),  # metro lines by number, places as railways are
    ("新开通地铁4号线、6号线。", (T.PLACE, "6号线")),
    ("建成兰州轨道交通二号线。", (T.PLACE, "兰州轨道交通二号线")),  # …with the city that runs them
    ("推进7号线一期北段、11号线延伸线建设。", (T.PROJECT, "7号线一期北段")),  # …their phase (works) and section
    ("贵阳轨道交通S1线开通运营。", (T.PLACE, "贵阳轨道交通S1线")),  # lines by a letter and a number
    ("推进Z4线一期北段建设。", (T.PROJECT, "Z4线一期北段")),
    ("引进中国银行辽宁省分行。", (T.ORGANIZATION, "中国银行辽宁省分行")),  # a bank's branch
    ("沈阳市公安局和平分局破获案件。", (T.ORGANIZATION, "沈阳市公安局和平分局")),  # a branch bureau
    ("南湖街道办事处获评先进。", (T.ORGANIZATION, "南湖街道办事处")),  # a street office
    ("新华社区居委会换届。", (T.ORGANIZATION, "新华社区居委会")),  # a residents' committee
    ("完成沈河区全民健身中心建设。", (T.PLACE, "沈河区全民健身中心")),  # a fitness centre, as sports centres are
    ("塔城重点开发开放试验区获批设立。", (T.PLACE, "塔城重点开发开放试验区")),  # a key zone a place names
    ("加力推进塔城重点开发开放试验区建设。", (T.PROJECT, "塔城重点开发开放试验区建设")),  # …being built
    ("比亚迪、吉利等车企加快布局。", (T.ORGANIZATION, "吉利")),  # firms listed before a kind of firm
    ("推动华润、中远海运等央企落户。", (T.ORGANIZATION, "中远海运")),
    ("推进企业征信平台上线运行。", (T.PROJECT, "企业征信平台")),  # 征信 a noun, not a verb
    ("建设国家超算深圳中心二期。", (T.PROJECT, "国家超算深圳中心二期")),
    ("推进青年大街、北陵大街综合改造。", (T.PROJECT, "青年大街、北陵大街综合改造")),  # 综合改造 one head
    ("完成长沙机场改扩建。", (T.PROJECT, "长沙机场改扩建")),  # enlarging a named facility
    ("完成长沙机场改扩建。", (T.PLACE, "长沙机场")),  # …which stays a place
    ("开工长深高速改扩建。", (T.PROJECT, "长深高速改扩建")),  # a route jieba splits (高速 an adverb)
    ("推进昭平台水库扩容。", (T.PROJECT, "昭平台水库扩容")),
    ("加快长春龙嘉国际机场三期扩建。", (T.PROJECT, "长春龙嘉国际机场三期扩建")),  # its phase inside
    ("推进宝中铁路扩能改造。", (T.PROJECT, "宝中铁路扩能改造")),
    ("推动伊宁机场迁建。", (T.PROJECT, "伊宁机场迁建")),
    ("加快塔城至阿亚古兹铁路项目建设。", (T.PROJECT, "塔城至阿亚古兹铁路项目")),  # a named route's project
    ("乡风文明在辽沈大地进一步彰显。", (T.PLACE, "辽沈大地")),  # a province's literary name and 大地
    ("谱写赣鄱大地新篇章。", (T.PLACE, "赣鄱大地")),  # …two one-character province names
    ("让八桂大地更加美丽。", (T.PLACE, "八桂大地")),  # …an abbreviation
    ("扎实开展新一轮优化营商环境三年专项行动。", (T.PROJECT, "优化营商环境三年专项行动")),  # a duration, and the
    # programme's verb after 新一轮
    ("制定实施新一轮促进居民增收行动方案。", (T.PROJECT, "促进居民增收行动方案")),  # an action plan, so
    ("举办中国—北欧经贸合作论坛、华创会、汉交会等活动。", (T.PROJECT, "华创会")),  # fairs by short names
    ("举办中国—北欧经贸合作论坛、华创会、汉交会等活动。", (T.PROJECT, "汉交会")),  # …which jieba splits
    ("办好廊洽会。", (T.PROJECT, "廊洽会")),  # …after the verb that holds it
    ("实施产业基础再造工程和重大技术装备攻关工程。", (T.PROJECT, "重大技术装备攻关工程")),  # 重大 after a
    # programme and 和, as after the verb that launches it
    ("实施环塔里木经济带发展规划。", (T.PLACE, "环塔里木经济带")),  # the region round a place
    ("实施环塔里木经济带发展规划。", (T.PROJECT, "环塔里木经济带发展规划")),
    ("提升滇西城镇群、滇东北城镇群发展能级。", (T.PLACE, "滇东北城镇群")),  # a cluster of towns
    ("实施现代职业教育体系构建行动。", (T.PROJECT, "现代职业教育体系构建行动")),  # 构建 a programme's verb
    ("引洮二期骨干、甘肃中部生态移民供水、引洮济合、景电二期提质增效、西和县礼县西汉水人饮等工程建成通水。",
     (T.PROJECT, "甘肃中部生态移民供水")),  # a long list of works, its items typed by 等工程
    ("深入开展反食品浪费行动。", (T.PROJECT, "反食品浪费行动")),  # a campaign against something, with 反
    ("义务教育营养改善计划提质扩面。", (T.PROJECT, "义务教育营养改善计划")),  # a set noun phrase counts
    # as a noun in a plan named for what it does to whom
    ("办好第三届全国博士后创新创业大赛。", (T.PROJECT, "第三届全国博士后创新创业大赛")),  # contests
    ("浙江省人民医院毕节医院金海湖院区开诊运营。", (T.ORGANIZATION, "浙江省人民医院毕节医院金海湖院区")),  # a
    # hospital's campus
    ("推进赣州革命老区高质量发展示范区建设。", (T.PROJECT, "赣州革命老区高质量发展示范区建设")),  # a zone
    # being built is named as the zone is
    ("广明高速公路(广州段)、新化快速路(番禺段)建成通车。", (T.PROJECT, "广明高速公路(广州段)")),  # the stretch
    ("广明高速公路(广州段)、新化快速路(番禺段)建成通车。", (T.PROJECT, "新化快速路(番禺段)")),  # in brackets
    ("推进长征国家文化公园（江西段）建设。", (T.PLACE, "长征国家文化公园（江西段）")),
    ("成为华南地区重要的交通枢纽。", (T.PLACE, "华南地区")),  # a region of the country with 地区
    ("万达、龙湖等知名企业齐聚未央。", (T.ORGANIZATION, "龙湖")),  # a list of firms types a firm that
    ("万达、龙湖等知名企业齐聚未央。", (T.ORGANIZATION, "万达")),  # ends as a lake does; 万 opens a firm's name
    ("高新区营收增长20%。", (T.PLACE, "高新区")),  # a district's report calls its own zone by the zone word
    ("锦州市政府大力支持。", (T.ORGANIZATION, "锦州市人民政府")),  # a named unit's government, not the report's
    ("国家科技奖励19项,李德仁院士获国家最高科学技术奖。", (T.PERSON, "李德仁")),  # a scholar before his title
    ("香港特别行政区政府依法施政。", (T.ORGANIZATION, "香港特别行政区政府")),  # that region's own name
    ("张花、吉茶、吉怀、凤大4条高速公路建成通车。", (T.PLACE, "凤大")),  # routes by their short names,
    ("四川省的郫县等十一个县粮食增产。", (T.PLACE, "郫县")),  # a county of old that jieba's dictionary knows
    ("山西兴县、陕西富县实现脱贫。", (T.PLACE, "兴县")),
    ("西延、西康、西十等5条高铁开工。", (T.PLACE, "西延")),  # counted by a route word
    ("实施农村人居环境整治五年提升行动。", (T.PROJECT, "农村人居环境整治五年提升行动")),  # a programme's span
    ("实施外国人才三年倍增行动。", (T.PROJECT, "外国人才三年倍增行动")),  # and verb before its head
    ("华为鲲鹏产业项目落地。", (T.PROJECT, "华为鲲鹏产业项目")),  # a firm's project, by the firm and what it
    ("华润集团光伏项目开工。", (T.PROJECT, "华润集团光伏项目")),  # builds
    ("苏宁易购、居然之家等品牌企业相继入驻。", (T.ORGANIZATION, "居然之家")),  # a brand in a list of firms is
    ("四川裕能、中遂净化等企业加快发展。", (T.ORGANIZATION, "中遂净化")),  # any words, whatever jieba tags them
    ("大明宫建材家居钻石店、盛龙广场、汉神购物广场如期开业。", (T.PLACE, "盛龙广场")),  # a word jieba lacks, tagged
    # a verb, opening a listed place
    ("汉正街东片拆迁收尾,长江食品厂东片重启拆迁。", (T.PLACE, "汉正街东片")),  # a parcel, by its side of a street
    ("10余个高端商业项目落户三桥商圈。", (T.PLACE, "三桥商圈")),  # 落户, which jieba tags a noun, governs it
    ("着力打造以广州国际创新城为龙头。", (T.PLACE, "广州国际创新城")),  # jieba glued the head's last character
    # to the next word (创新|城为)
    ("抓好淮河入海水道二期、太浦河后续工程等重点工程。", (T.PLACE, "太浦河")),  # a river jieba lacks, whatever
    ("抓好淮河入海水道二期、太浦河后续工程等重点工程。", (T.PROJECT, "太浦河后续工程")),  # its first character
    ("扎实推进查干湖生态治理专项工程。", (T.PLACE, "查干湖")),
    ("包茂高速茂名段建成通车,云茂高速先行段开工。", (T.PROJECT, "包茂高速茂名段")),  # a section jieba mistags (茂名 a)
    ("包茂高速茂名段建成通车,云茂高速先行段开工。", (T.PROJECT, "云茂高速先行段")),  # a section by its order
    ("先后建成茂东快线、茂化快线等项目。", (T.PROJECT, "茂化快线")),  # an express road built as a project
    ("开通至高州、化州、滨海新区的公交线路。", (T.PLACE, "化州")),  # a county tagged a noun, next to a listed place
    ("上海证券交易所湖北基地落户。", (T.ORGANIZATION, "上海证券交易所湖北基地")),  # a branch in a place
    ("黄鹤楼俯视线“古典秀美”,钟鼓楼周边整治。", (T.PLACE, "黄鹤楼")),  # a tower
    ("未央路、大明宫、北二环提升。", (T.PLACE, "未央路")),  # a road named after a place, which jieba tags a noun
    ("华为公司成为我国首个跻身全球研发支出50强企业。", (T.ORGANIZATION, "华为公司")),  # a firm jieba tags a name
    ("户部巷风情街改造提升。", (T.PLACE, "户部巷风情街")),  # a street of shops and food
    ("央视报道。", (T.ORGANIZATION, "央视")),
    ("棠口溪安全生态水系治理一期完成。", (T.PROJECT, "棠口溪安全生态水系治理一期")),  # works and their phase
    ("未央·西航产业园二期开工。", (T.PROJECT, "西航产业园二期")),  # a phase of a park
    ("天蒲公路一期建成,体育场路延伸开工。", (T.PROJECT, "天蒲公路一期")),  # a road's phase is works
    ("天蒲公路一期建成,体育场路延伸开工。", (T.PROJECT, "体育场路延伸")),  # a road's extension
    ("110千伏坪地输变电工程建成。", (T.PROJECT, "110千伏坪地输变电工程")),  # works named with their voltage
    ("南岸区块开发加快。", (T.PLACE, "南岸区块")),  # a block of land
    ("用世界领军企业鑫联环保科技、世界500强企业吉利控股集团等。", (T.ORGANIZATION, "鑫联环保科技")),  # a firm after
    ("用世界领军企业鑫联环保科技、世界500强企业吉利控股集团等。", (T.ORGANIZATION, "吉利控股集团")),  # its kind
    ("成立徽派企业国际经贸合作联盟。", (T.ORGANIZATION, "徽派企业国际经贸合作联盟")),
    ("保障G352、G247等重点交通项目建设。", (T.PROJECT, "G352")),  # a road by its number, in a list of projects built
    ("228国道乐成至黄华段、323省道乐清雁荡段建成。", (T.PROJECT, "228国道乐成至黄华段")),  # and its section
    ("56省道花园至西坑段改建等项目顺利推进。", (T.PROJECT, "56省道花园至西坑段改建")),  # a road of two digits
    ("首钢中央公园、夏垫污水处理厂等功能设施投入使用。", (T.PLACE, "夏垫污水处理厂")),  # a plant named by its place
    ("学习借鉴沧源县边境村建设经验。", (T.PLACE, "沧源县")),  # a county and a kind of village in it
    ("桃花山公园一期基本完工。", (T.PROJECT, "桃花山公园一期")),  # a park's phase too
    ("沪通铁路二期开通。", (T.PROJECT, "沪通铁路")),  # the route whose phase it is stays named
    ("加快建设长株潭国家自主创新示范区。", (T.PLACE, "长株潭国家自主创新示范区")),  # 自主 of what a zone is for
    ("深入实施优化营商环境改进提升三年行动。", (T.PROJECT, "优化营商环境改进提升三年行动")),  # 改进 in a programme
    ("深入实施“增牛减羊示范旗项目”和“农牧业产业强镇建设项目”。", (T.PROJECT, "增牛减羊示范旗项目")),  # quoted whole
    ("深入实施“增牛减羊示范旗项目”和“农牧业产业强镇建设项目”。", (T.PROJECT, "农牧业产业强镇建设项目")),
    ("编制“十五五”规划纲要。", (T.PROJECT, "沈河区“十五五”规划")),  # a five-year plan is the report's unit's
    ("李克强总理亲临指导,孙春兰副总理坐镇指挥。", (T.PERSON, "孙春兰")),  # a deputy's title after the name
    ("支持黔东南州“黎从榕”打造“桥头堡”。", (T.PLACE, "黔东南州")),  # an autonomous prefecture by its short name
    ("编制合肥都市圈发展规划。", (T.PROJECT, "合肥都市圈发展规划")),  # a city jieba tags a noun names a plan
    ("全力推动中航哈飞、航发东安等龙头企业配套体系建设。", (T.ORGANIZATION, "航发东安")),  # a listed firm, though
    ("世界500强思爱普等知名企业相继落户。", (T.ORGANIZATION, "思爱普")),  # it ends as a county; a rank glued on
    ("与中林集团、中集新材等一批央企、大型民企牵手合作。", (T.ORGANIZATION, "中集新材")),  # 一批 is one token
    ("区医院传染病区即将建成投用。", (T.ORGANIZATION, "沈河区医院")),  # the district's hospital
    ("治理浑善达克沙地。", (T.PLACE, "浑善达克沙地")),
    ("杭金衢高速拓宽工程建成。", (T.PROJECT, "杭金衢高速拓宽工程")),  # works on a route jieba reads as an adverb
    ("G60高速拓宽改造工程开工。", (T.PROJECT, "G60高速拓宽改造工程")),
    ("坚持以习近平新时代中国特色社会主义思想为指导。", (T.PERSON, "习近平")),  # named by the thought named after
    ("深入实施“浑善达克沙地综合治理产业发展项目”。", (T.PLACE, "浑善达克沙地")),  # a project's quote is no saying
    ("中心城区人民南路和南城墙街等主干道提升改造完成。", (T.PLACE, "人民南路")),  # where it lies is no part of it
    ("地铁蔡甸线全线动工,凤凰山站、集贤村站等5个地下站点主体结构完工。", (T.PLACE, "地铁蔡甸线")),  # a line by
    ("地铁蔡甸线全线动工,凤凰山站、集贤村站等5个地下站点主体结构完工。", (T.PLACE, "集贤村站")),  # its place
    ("加快推动长之琳航空零部件等46个科技重点项目建设。", (T.PROJECT, "长之琳航空零部件")),  # 零部件 no numeral
    ("推进保庄圩工程和行蓄洪区居民迁建工程。", (T.PROJECT, "行蓄洪区居民迁建工程")),  # 和|行: flood areas
    ("推进G98环岛高速提档扩容工程建设。", (T.PROJECT, "G98环岛高速提档扩容工程")),  # jieba's 工程建设
    ("建成海南—广东第三回500千伏交流线路工程。", (T.PROJECT, "海南—广东第三回500千伏交流线路工程")),  # the places
    ("推动中国中化、中国华能总部建成投用。", (T.ORGANIZATION, "中国中化")),  # firms by the headquarters they build
    ("推动中国中化、中国华能总部建成投用。", (T.ORGANIZATION, "中国华能")),
    ("高水平共建西部陆海新通道。", (T.PLACE, "西部陆海新通道")),  # a corridor, a route, named by where it runs
    ("实施基础教育扩优提质行动。", (T.PROJECT, "基础教育扩优提质行动")),
    ("启跃文化产业园获评市级示范产业基地。", (T.PLACE, "启跃文化产业园")),  # a word jieba lacks opens a clause
    ("涌现出最美志愿者戚宝兴,省优秀共产党员韦长春、王益民等一大批先进典型。", (T.PERSON, "韦长春")),  # honoured
    ("涌现出最美志愿者戚宝兴,省优秀共产党员韦长春、王益民等一大批先进典型。", (T.PERSON, "戚宝兴")),  # people
    ("与宁德时代携手共建零碳示范基地。", (T.ORGANIZATION, "宁德时代")),  # a firm by the short name it goes by
    ("加强与华为、中石化合作。", (T.ORGANIZATION, "华为")),
    ("中广核、中节能(一期)光伏项目建成并网。", (T.ORGANIZATION, "中节能")),
    ("华能20万千瓦风电成功并网。", (T.ORGANIZATION, "华能")),
    ("广达铝业投产。", (T.ORGANIZATION, "广达铝业")),  # a firm by its brand and trade
    ("秦源煤业投产。", (T.ORGANIZATION, "秦源煤业")),  # coal too
    ("天健日化1千万支牙膏等项目进展顺利。", (T.ORGANIZATION, "天健日化")),
    ("贝迪塑业落户。", (T.ORGANIZATION, "贝迪塑业")),
    ("建设昆山高新技术产业园区。", (T.PLACE, "昆山高新技术产业园区")),  # 产业园|区: the whole head
    ("绮山湖科创谷一期项目启动建设。", (T.PLACE, "绮山湖科创谷")),  # a science valley by its name
    ("在以许成仓书记为班长的市委指挥带领下。", (T.PERSON, "许成仓")),  # a leader before the office
    ("大力弘扬廖俊波同志精神。", (T.PERSON, "廖俊波")),
    ("苏陕帮扶2.1亿元,建行援助0.3亿元。", (T.ORGANIZATION, "建行")),  # a bank by its short name
    ("华为云平台数字化赋能基地落户沈阳-欧盟经济开发区。", (T.PLACE, "沈阳-欧盟经济开发区")),  # two parties' zone
    ("凤凰山站至后官湖公园站区间正式铺轨。", (T.PLACE, "后官湖公园站")),  # stations named after places
    ("中鹤集团、贝迪塑业跨入全国同行业领先地位。", (T.ORGANIZATION, "贝迪塑业")),  # a brand and trade listed
    ("完成琼西北供水工程建设。", (T.PROJECT, "琼西北供水工程")),  # not jieba's one word 工程建设
    ("省委书记郝鹏亲自包保顺城信访。", (T.PERSON, "郝鹏")),  # a leader after the office held
    ("建成投用神农新区清溪路。", (T.PLACE, "神农新区")),  # an area and a street in it: two places
    ("建成投用神农新区清溪路。", (T.PLACE, "清溪路")),
    ("加快推进平阳坝、黄土坡、白岩沟生态环境综合整治。", (T.PLACE, "黄土坡")),  # a slope, a gully, a flat
    ("加快推进平阳坝、黄土坡、白岩沟生态环境综合整治。", (T.PLACE, "平阳坝")),  # by name
    ("smt贴片、高新电子产业园等59个产业类项目落地开工。", (T.PROJECT, "高新电子产业园")),  # 高新 no adverb
    ("建强湖南先进技术研究院、湘江科技创新院。", (T.ORGANIZATION, "湘江科技创新院")),  # an institute
    ("玉博会、药博会、香博会亮点纷呈。", (T.PROJECT, "香博会")),  # the last fair of a list, before a noun
    ("积极参加硒博会等各类展会推介平台。", (T.PROJECT, "硒博会")),  # a fair the county goes to
    ("推动台湾农民创业园转型发展。", (T.PLACE, "台湾农民创业园")),  # a park for start-ups, named by a place
    ("建设中关村软件园二期。", (T.PLACE, "中关村软件园")),
    ("突出龙场镇、乐治镇和维新镇、化作乡。", (T.PLACE, "维新镇")),  # a township among townships, its
    ("推进龙场镇、维新镇建设。", (T.PLACE, "维新镇")),  # name a word jieba knows as a verb
    ("深入实施全面振兴新突破三年行动。", (T.PROJECT, "全面振兴新突破三年行动")),  # a new stage of what it does
    ("推进雷锋水厂、望城水厂扩建。", (T.PLACE, "雷锋水厂")),  # waterworks, halls and parks named by a proper noun
    ("建成安徽创新馆。", (T.PLACE, "安徽创新馆")),
    ("建设太子参小微园。", (T.PLACE, "太子参小微园")),
    ("保护夕佳山民居。", (T.PLACE, "夕佳山民居")),
    ("推进义县奉国寺、北镇医巫闾山保护利用。", (T.PLACE, "义县奉国寺")),  # a temple jieba does not know  # a dwelling, a toll station by their names
    ("建成建平大道收费站。", (T.PLACE, "建平大道收费站")),
    ("引进锦泰财险等金融区域总部4家。", (T.ORGANIZATION, "锦泰财险")),  # an insurer by its short name
    ("支持文昌、琼海、东方、澄迈、万宁、陵水打造重要节点城市。", (T.PLACE, "东方")),  # a unit whose short name
    ("支持文昌、琼海、东方、澄迈、万宁、陵水打造重要节点城市。", (T.PLACE, "陵水")),  # is a word, the last item
    ("承办全国竞走大奖赛等两项国家级赛事。", (T.PROJECT, "全国竞走大奖赛")),  # a contest named with its sport
    ("举办第十二届中国农民春节联欢会。", (T.PROJECT, "第十二届中国农民春节联欢会")),
    ("苏州工业园区获批国家现代服务业综合试点。", (T.PLACE, "苏州工业园区")),  # one word: a place and what for
    ("昆山花桥国际商务城获批国家现代服务业综合试点。", (T.PLACE, "昆山花桥国际商务城")),  # 商务|城获批
    ("常熟沙家浜虞山尚湖旅游区获评国家5A级景区。", (T.PLACE, "常熟沙家浜虞山尚湖旅游区")),  # a county's short
    # name jieba tags an adjective, a lake of two characters it does not know
    ("是全面振兴新突破三年行动的攻坚之年。", (T.PROJECT, "全面振兴新突破三年行动")),
    ("金瑞投资、捷泰科技、晶科能源入选全省民营企业营收百强。", (T.ORGANIZATION, "金瑞投资")),  # a brand jieba
    ("金瑞投资、捷泰科技、晶科能源入选全省民营企业营收百强。", (T.ORGANIZATION, "晶科能源")),  # lacks and a
    ("金正环保、中宠食品分别在美国纳斯达克上市。", (T.ORGANIZATION, "中宠食品")),  # common trade, which the
    ("捷泰科技获批省级数字化车间。", (T.ORGANIZATION, "捷泰科技")),  # firm's deeds follow
    ("推进“广生里”功能重塑。", (T.PLACE, "广生里")),  # the quoted place works are on (not a campaign's slogan)
    ("丹传公司技师明廷鹏荣获“荆楚工匠”称号。", (T.PERSON, "明廷鹏")),  # a person after the trade they are
    ("三名宇航员出征,宜黄骄子邓清明名列其中。", (T.PERSON, "邓清明")),  # praised in, before the honour
    ("共同生物、丹澳药业分别被评为湖北省隐形冠军。", (T.ORGANIZATION, "共同生物")),  # a firm's list sibling
    ("大北农牧业、夫宇食品、金卓塑编等9个工业项目固投超亿元。", (T.ORGANIZATION, "大北农牧业")),  # named the same way
    ("实施乡村振兴示范工程,培育勐哈村和勐伴镇勐伴村等示范村。", (T.PLACE, "勐伴镇")),  # a town and a village
    ("实施乡村振兴示范工程,培育勐哈村和勐伴镇勐伴村等示范村。", (T.PLACE, "勐伴村")),  # in it: two places
    ("有力应对锦江等河流洪水。", (T.PLACE, "锦江")),  # what is done to a list's first place is no part of it
    ("中国电信创新园、量子通信等重大项目签约落户。", (T.PROJECT, "中国电信创新园")),  # a verb in a name's words
    ("开展城市更新和安全韧性提升行动。", (T.PROJECT, "城市更新和安全韧性提升行动")),  # a programme named for
    ("实施广播电视和网络视听精品创作工程。", (T.PROJECT, "广播电视和网络视听精品创作工程")),  # two things, after
    ("推进巢湖和新安江流域防洪治理工程。", (T.PROJECT, "巢湖和新安江流域防洪治理工程")),  # the verb launching it
    ("实施知识创新工程和技术创新工程。", (T.PROJECT, "知识创新工程")),  # …not two programmes
    ("案例入选2020 年度中国民生示范工程。", (T.PROJECT, "中国民生示范工程")),  # not the 年度 of the year before it
    ("金峰工业园二期、统一集团30万吨矿泉水等项目投产。", (T.PROJECT, "统一集团30万吨矿泉水")),  # works named by
    ("金峰工业园二期、统一集团30万吨矿泉水等项目投产。", (T.ORGANIZATION, "统一集团")),  # owner, capacity, product
    ("实施鑫达120万吨焦化、华星铝型材等重点产业项目。", (T.PROJECT, "鑫达120万吨焦化")),  # after the verbs
    ("与台盐合作的天健日化1千万支牙膏等项目进展顺利。", (T.PROJECT, "天健日化1千万支牙膏")),  # after 的
    ("平煤神马100兆瓦光伏发电项目实现并网。", (T.PROJECT, "平煤神马100兆瓦光伏发电项目")),
    ("推进九江石化年产150万吨芳烃等项目建设。", (T.PROJECT, "九江石化年产150万吨芳烃")),
    ("开工建设川渝1000千伏特高压交流工程。", (T.PROJECT, "川渝1000千伏特高压交流工程")),
    ("吉利发动机一期35万台生产线实现量产。", (T.PROJECT, "吉利发动机一期35万台生产线")),  # what it does once built
    ("抓好国家乡村振兴示范县建设。", (T.PROJECT, "国家乡村振兴示范县建设")),  # a county-wide designation being built
    ("中铁宝桥、法士特、汉德车桥获国家科技进步一等奖。", (T.ORGANIZATION, "法士特")),  # the firms an award went
    ("中铁宝桥、法士特、汉德车桥获国家科技进步一等奖。", (T.ORGANIZATION, "汉德车桥")),  # to, words jieba lacks
    ("建龙西钢、鹿鸣矿业成为省创新型领军企业。", (T.ORGANIZATION, "建龙西钢")),  # made what only firms are made
    ("马卡智工获批省级工业设计中心。", (T.ORGANIZATION, "马卡智工")),  # one firm, given a firm's honour
    ("鸣沙山·月牙泉游客同比下降。", (T.PLACE, "鸣沙山·月牙泉")),  # two places a middle dot joins: one scenic area
    ("光雾山·诺水河被列为国家重点风景名胜区。", (T.PLACE, "光雾山·诺水河")),
    ("连续4个季度居皖北六市第1位。", (T.PLACE, "皖北六市")),  # a region counted by its cities or provinces
    ("增速居西北五省区首位。", (T.PLACE, "西北五省区")),
    ("开工建设S206凌溪至白茅岭段。", (T.PROJECT, "S206凌溪至白茅岭段")),  # a route's section between two
    ("开工建设S206凌溪至白茅岭段。", (T.PLACE, "白茅岭")),  # places is the works, and the places are places
    ("延蒲高速公路延吉至龙井段建成通车。", (T.PROJECT, "延蒲高速公路延吉至龙井段")),
    ("鹤大高速公路敦化小沟岭至二道松花江段建成。", (T.PLACE, "小沟岭")),
    ("鹤大高速公路敦化小沟岭至二道松花江段建成。", (T.PLACE, "敦化")),  # the county the first end is named with
    ("鹤大高速公路敦化小沟岭至二道松花江段建成。", (T.PLACE, "二道松花江")),
    ("推进104国道虹桥至乐成段改建。", (T.PLACE, "虹桥")),
    ("推进104国道虹桥至乐成段改建。", (T.PROJECT, "104国道虹桥至乐成段改建")),  # what is done to a section
    ("加快三亚新机场、美兰机场三期、儋州机场、东方机场等前期工作。", (T.PROJECT, "儋州机场")),  # facilities
    ("加快三亚新机场、美兰机场三期、儋州机场、东方机场等前期工作。", (T.PROJECT, "三亚新机场")),  # prepared: works
    ("汪清凯迪生物质电厂等项目投产。", (T.PROJECT, "汪清凯迪生物质电厂")),  # facilities listed as projects
    ("中建三局综合体、金控大厦等一批总部项目有序推进。", (T.PROJECT, "金控大厦")),  # being built are works
    ("西环线、曼纳伞大桥等重大交通基础设施建成通车。", (T.PROJECT, "曼纳伞大桥")),
    ("加快推进小磨水库、纳甲河水库和补远江勐仑段治理等工程。", (T.PROJECT, "纳甲河水库")),
    ("成功盘活沉睡28年的富丽华大厦等10个历史遗留项目。", (T.PLACE, "富丽华大厦")),  # revived, not built
    ("其龙新材料二期、正帆特种炭黑等120余个项目建成投产。", (T.PROJECT, "其龙新材料二期")),  # any words
    ("星药港、利洁时等5个省重大、30个苏州重点和100个市级重点项目全部开工。", (T.PROJECT, "星药港")),  # counts
    # of several kinds of projects after 等
    ("玖龙智能装备产业园一期、欧美绿色制造产业园一期等建成。", (T.PROJECT, "玖龙智能装备产业园一期")),  # a list
    # that 等 closes before the deed; a formal numeral (玖, m) is a brand's character
    ("完成固定资产投资165.8亿元(含杭黄高铁淳安段项目)。", (T.PROJECT, "杭黄高铁淳安段项目")),  # a note's 含 no
    ("华盛2万千瓦、华能20万千瓦风电成功并网。", (T.PROJECT, "华能20万千瓦风电")),  # part of it; 成功 of the deed
    ("30万吨级条帚门航道建成投运。", (T.PLACE, "条帚门航道")),  # a facility's grade is no part of its name
    ("按照呼伦贝尔两区三地一家园工作部署。", (T.PLACE, "呼伦贝尔")),  # a slogan's count of units after a place
    ("推动东北三省一区协同发展。", (T.PLACE, "东北三省一区")),  # …but a region named by its counted units
    ("迎驾集团荣获省政府质量奖。", (T.ORGANIZATION, "迎驾集团")),  # a firm alone before its honour, by its ending
    ("烽火通信荣获中国工业大奖。", (T.ORGANIZATION, "烽火通信")),
    ("着力构建促进中部地区崛起重要战略支点。", (T.PLACE, "中部地区")),  # the country's region in a local report,
    ("首次入围西部地区县域经济百强县。", (T.PLACE, "西部地区")),  # framed by its policy or its rankings
    ("代表自治区参展第九届全球健康促进大会。", (T.PROJECT, "第九届全球健康促进大会")),  # an edition makes an
    ("举办第十二届中国农民春节联欢会。", (T.PROJECT, "第十二届中国农民春节联欢会")),  # event, whatever its words
    ("与省农业科学院结成院区合作关系。", (T.ORGANIZATION, "辽宁省农业科学院")),  # a unit's own academy
    ("扎实开展市委常委班子“不忘初心、牢记使命”主题教育。", (T.PROJECT, "“不忘初心、牢记使命”主题教育")),
    ("加快推进回利河水库、纳甲河水库等工程。", (T.PROJECT, "回利河水库")),  # of an item of works being built
    ("全天时智能激光除草机器人等一批产业化项目落地。", (T.PROJECT, "全天时智能激光除草机器人")),
    ("建成通车济南至宁津、董家口至五莲铁路等项目。", (T.PROJECT, "济南至宁津")),  # the deed opens the list
    ("推进和平区、皇姑区等重点项目建设。", (T.PLACE, "皇姑区")),  # a unit listed stays a place
    ("延吉新机场开工建设。", (T.PROJECT, "延吉新机场")),  # a new airport is one being built
    ("加快推进沪宁合、合新、宁淮等铁路建设。", (T.PROJECT, "宁淮")),  # railways a list names by short names
    ("深入实施有效投资专项行动。", (T.PROJECT, "有效投资专项行动")),  # an adjective after the launching verb
    ("实施先进制造业集群培育提升行动。", (T.PROJECT, "先进制造业集群培育提升行动")),
    ("加快建设滁合、凤定和京台改扩建等高速公路。", (T.PROJECT, "京台改扩建")),  # the works on a listed road
    ("推进大广高速吉安至南康段改扩建工程。", (T.PROJECT, "大广高速吉安至南康段改扩建工程")),  # names its works
    ("备战好第十四届全国冬运会。", (T.PROJECT, "第十四届全国冬运会")),  # national games with their scope
    ("兴宏铜业破产重组有序推进。", (T.ORGANIZATION, "兴宏铜业")),  # a brand jieba tags a verb; a firm's deed
])
def test_mentions_finds_named_things(body, expected):
    assert expected in names(body)


@pytest.mark.parametrize("body, name", [
    # a one-character adjective jieba cut off a name that opens a clause or a list item
    ("大九乡旅游区、柴石滩大型灌区等一批重大项目推进有力。", (T.PROJECT, "大九乡旅游区")),
    ("白龟山水库除险加固完成。", (T.PLACE, "白龟山水库")),
    # a generic head after the words of its kind, a proper noun before them
    ("大东路历史文化街区蝶变新生。", (T.PLACE, "大东路历史文化街区")),
    ("支持尼山文化片区打造国家级文化“两创”示范区。", (T.PLACE, "尼山文化片区")),
    # after a superlative and 的, a place's name names the place it describes
    ("华东地区户外规模最大的靖安国际滑雪场火爆出圈。", (T.PLACE, "靖安国际滑雪场")),
])
def test_mentions_names_jieba_cut_at_their_start_or_kind(body, name):
    assert name in names(body)


@pytest.mark.parametrize("body, unwanted", [
    ("建设新江苏现代化。", "新江苏"),  # guard: 新 of a slogan, not a name's
    ("建成全国最大的现代化港口。", "现代化港口"),  # guard: a description after a superlative
    ("打造官局子胡同等中街特色文化街区。", "中街特色文化街区"),  # the class of a list, not a name
    ("兴化府历史文化街区获批。", "府历史文化街区"),  # a one-character proper noun may be cut from its own name
    ("天津医科大学新校区建成。", "天津医科大学新校区"),  # a new or an old campus is a kind, not a place's name
    ("开工投资242亿元的服务业重点项目。", "服务业重点项目"),  # works an investment describes by their kind
    ("建设普惠金融发展示范区。", "普惠金融发展示范区"),  # only a place's name takes a zone's verbs into it
    ("在区市党委、政府和县委的坚强领导下。", "区市党委"),  # the bodies of two levels of units, no one body
    ("我代表市第十四届人民政府向大会作政府工作报告。", "第十四届人民政府向大会"),  # a government's term, no event
    ("峡江水利枢纽9台机组全部并网发电。", "峡江水利枢纽9台机组全部"),  # units counted and how many of them did it:
    # no works named by their capacity
])
def test_mentions_no_name_from_a_slogan_or_a_lists_class(body, unwanted):
    assert unwanted not in {name for _, name in names(body)}


@pytest.mark.parametrize("body, name", [
    # a city's short name jieba's dictionary tags a verb or an adverb (大连, 茂名) names a place wherever it is
    ("大连英歌石科学城建设加快。", (T.PLACE, "大连英歌石科学城")),
    ("茂名石化炼化一体化项目投产。", (T.ORGANIZATION, "茂名石化")),
    # 同城化, which jieba would read 同|城|化发展
    ("推进上海都市圈同城化发展行动方案。", (T.PROJECT, "上海都市圈同城化发展行动方案")),
])
def test_mentions_words_jieba_mistags_or_splits(body, name):
    assert name in names(body)


def test_mentions_a_county_bureau_keeps_its_unit():
    """县 and 村 are tagged zg by jieba's dictionary; they open a body's name as 市 does (县市场监督管理局)."""
    assert (T.ORGANIZATION, "县市场监督管理局") in names("成立县综合行政执法局、县市场监督管理局。")
    assert (T.ORGANIZATION, "市场监督管理局") not in names("县市场监督管理局开展检查。")
    # three kinds of unit are no place (县镇村, 市县乡), as two are not (市县)
    assert not {n for _, n in names("推动各类资源下沉到县镇村,加快市县乡三级联动。")} & {"县镇村", "市县乡"}


# A set of programmes named with its count, and a programme led by a quoted code or name
@pytest.mark.parametrize("body, name", [
    ("深入开展十大责任捆绑攻坚行动。", "十大责任捆绑攻坚行动"),
    ("实施六大林业生态工程。", "六大林业生态工程"),
    ("深入开展“5510”项目奋战年活动。", "“5510”项目奋战年活动"),
    ("完成“1131”数字政府基础平台提升工程。", "“1131”数字政府基础平台提升工程"),
])
def test_mentions_a_programme_named_with_its_count_or_quoted_lead(body, name):
    assert (T.PROJECT, name) in names(body)


@pytest.mark.parametrize("body, unwanted", [
    ("推进“十四五”规划重大工程建设。", "“十四五”规划重大工程"),  # the plan's works, no programme
    ("实施三大攻坚战。", "三大攻坚战"),  # guard: a count and a head alone, a slogan
])
def test_mentions_no_programme_from_a_plan_period_or_a_bare_count(body, unwanted):
    assert unwanted not in {name for _, name in names(body)}


# A firm's brand that jieba's dictionary lacks and tags a verb or an adverb by its first character
@pytest.mark.parametrize("body, name", [
    ("落地淘天集团独立法人。", "淘天集团"),
    ("中国能建集团投资建设抽水蓄能电站。", "中国能建集团"),   # the walk goes on past the brand
    ("蒙能集团新能源项目开工。", "蒙能集团"),
])
def test_mentions_a_brand_jieba_reads_as_a_verb_names_a_firm(body, name):
    assert (T.ORGANIZATION, name) in names(body)


@pytest.mark.parametrize("body, unwanted", [
    # guards: verbs of result and verbs jieba knows before a firm's ending make no brand
    ("做强集团公司。", "做强集团公司"),
    ("引育科技公司。", "引育科技公司"),
    ("组建集团公司。", "组建集团公司"),
    # coordinated works whose first item runs on left past what the walk takes name no works (柴|石滩大型灌区)
    ("大九乡旅游区、柴石滩大型灌区、南盘江治理工程等一批重大项目推进有力。", "石滩大型灌区、南盘江治理"),
])
def test_mentions_no_name_from_a_verb_or_a_cut_item(body, unwanted):
    assert unwanted not in {name for _, name in names(body)}


# Names of another language, or with rare characters, that jieba's dictionary lacks and cuts into
# characters: the run of characters before the head is the name, up to a word of its own.
@pytest.mark.parametrize("body, name", [
    ("推进满都拉口岸建设。", "满都拉口岸"),            # 满|都|拉: an adjective, an adverb and a verb to jieba
    ("额布都格口岸实现常年开放。", "额布都格口岸"),  # 额布|都|格: not 格口岸
    ("甘其毛都口岸高速公路全线贯通。", "甘其毛都口岸"),
    ("磨憨镇固定资产投资增长15%。", "磨憨镇"),
    ("黄磏港投入运营。", "黄磏港"),                   # a character jieba has no word for
    ("跳蹬水库、渝西水资源配置工程等加速推进。", "跳蹬水库"),
    ("总书记给下党乡乡亲们回信。", "下党乡"),          # after 给, a word of its own
])
def test_mentions_finds_names_jieba_spells_out(body, name):
    assert (T.PLACE, name) in names(body)


@pytest.mark.parametrize("body, unwanted", [
    # guards, all: what the rule must not take in
    ("打好黄河保卫战。", "打好黄河"),      # a name jieba knows (黄河) takes no characters before it
    ("把港建好、用好。", "把港"),          # 把 is a word of its own
    ("把各园区建好。", "把各园区"),        # a determiner
    ("使更多的县达标。", "更多的县"),
    ("建好港。", "建好港"),                # a verb of result before the head
])
def test_spelt_out_names_stop_at_words(body, unwanted):
    assert unwanted not in {name for _, name in names(body)}


@pytest.mark.parametrize("body, unwanted", [
    ("建成43处居家养老服务中心。", "居家养老服务中心"),         # a counted kind, not a name
    ("建设龙场镇、示范镇、中心村。", "示范镇"),                  # kinds of township listed with a named one
    ("新建城市水厂。", "城市水厂"),                              # a kind of waterworks
    ("推进绿色矿业、高端纺织发展。", "绿色矿业"),                 # a trade at large, no firm
    ("发展铝业。", "发展铝业"),
    ("深入贯彻落实党的十九大和省第十三次党代会精神。", "大和省"),  # 十九大, the congress, no province 大和
    ("6个贫困嘎查村脱贫退出,实现省级以上卫生镇全覆盖。", "嘎查村"),  # kinds of village and town
    ("6个贫困嘎查村脱贫退出,实现省级以上卫生镇全覆盖。", "卫生镇"),
    ("协同推进城南新区和飞地产业园区建设。", "飞地产业园"),      # an enclave park, a kind; not its head cut
    ("四川大学华西医院领办市人民医院。", "四川大学华西医院领办市人民医院"),  # two bodies, a verb between
    ("五年间对外承包工程完成营业额300亿美元。", "五年间对外承包工程"),  # a time's edge names nothing
    ("继续位居德州各县市首位。", "德州各县市"),                    # every county of a city, no place
    ("对于有些同志的要求。", "于有些"),                            # a surname's character opening a word
    ("“一县两站”开启泸县高铁时代。", "泸县高铁"),                  # an age, no railway
    ("有步骤地退耕还林、还草、还湖。", "还湖"),                    # returning land to lakes, no lake
    ("实行平垸行洪、退田还湖、移民建镇。", "还湖"),
    ("开展道路运输、非煤矿山、建筑施工安全整治。", "煤矿山"),    # mines, no hill
    ("成为改革开放以来自治区推出的30个典型旗县区之一。", "改革开放以来自治区"),  # a time's edge names nothing
    ("从国家层面赋予大会重要定位。", "国家层面赋予大会"),      # a verb that gives to the event
    ("4个农业产业化集群全部纳入省政府规划。", "省政府规划"),      # a body's plans, whichever
    ("连同《准格尔旗国民经济和社会发展“十三五”规划纲要(草案)》一并审议。", "“十三五”规划纲要"),  # inside a title
    ("设立社区综合服务中心。", "社区综合服务中心"),             # founding a service centre founds a kind
    ("组建中国银行、信托公司和证券公司。", "信托公司"),          # a kind listed with a named one stays a kind
    ("建设大学城。", "大学城"),                                  # a town's head alone names none
    ("组织开展超5000场次专题教育。", "场次专题教育"),           # a measure word opens no name
    ("开展家庭养老床位试点。", "家庭养老床位试点"),             # a pilot is a status, not a programme
    ("入选国家碳达峰试点。", "国家碳达峰试点"),                 # (the seed's gold leaves pilots out)
    ("做好工会、共青团、妇女儿童等工作。", "共青团"),            # a line of work, as the seed's gold reads it
    ("支持革命老区发展。", "革命老区"),                          # a kind of area
    ("建设自由贸易区。", "自由贸易区"),                          # one word jieba tags a place, its core common
    ("提升综保区等开放平台功能。", "开放平台"),                  # one word jieba tags a name, its core common
    ("7部作品荣获“五个一工程”优秀作品奖。", "五个一工程"),      # the name of an award, an honour
    ("打造旅游名县。", "旅游名县"),                              # a title of honour for counties
    ("申报世界地质公园。", "世界地质公园"),                      # a world designation of common nouns
    ("坚决反对“台独”分裂活动。", "“台独”分裂活动"),            # a kind of act, though quoted
    ("建设工业互联网平台。", "工业互联网平台"),                  # kinds of platform and works that recur
    ("长江、澜沧江省境内干流水质稳定。", "澜沧江省"),          # 省境内: the province's scope, not a province
    ("建成投运共和机场。", "投运共和机场"),                      # putting into service governs the name
    ("推动粤东西北振兴发展。", "西北"),                          # a compass word goes with the part before it
    ("优化医保资源规划。", "医保资源规划"),                      # 医保 is a common word, not a proper abbreviation
    ("打造国家级经开区。", "国家级经开区"),                      # kinds of zone
    ("构建高标准自贸区网络。", "高标准自贸区"),
    ("深化部省合建。", "部省"),                                  # a ministry and a province, no place
    ("“两重”“两新”等重大项目深入推进。", "两新"),              # a quoted count is a slogan's word, in a list too
    ("实施第三轮爱国卫生“7个专项行动”。", "7个专项行动"),      # a count of programmes
    ("对不良资产、债券违约、影子银行、互联网金融等累积风险要高度警惕。", "影子银行"),  # a concept
    ("支持北京证券交易所上市公司做优做强。", "北京证券交易所上市公司"),  # listed companies, a kind
    ("提升边境口岸、航空口岸通关效率。", "边境口岸"),            # kinds of port and zone that recur
    ("将规划纲要全文提交大会审议。", "全文提交大会"),            # 提交 governs 大会, the congress
    ("宿州获批国家物流枢纽。", "宿州获批国家物流枢纽"),          # a verb jieba knows is no part of a name
    ("加强自然保护区管理。", "自然保护区"),                      # a zone's head alone names none
    ("开行海铁联运班列。", "海铁联运班列"),                      # a kind of train service
    ("建设储能电站。", "储能电站"),                              # kinds of plants, firms and funds
    ("发展绿色石化。", "绿色石化"),
    ("引导创业投资基金投早投小。", "创业投资基金"),
    ("有序布局脑机工程。", "有序布局脑机工程"),                  # 布局 governs what follows it
    ("推进市重点工程建设。", "市重点工程"),                      # key works are a kind
    ("推动经济高速发展。", "经济高速"),                          # 高速 after a common noun is how fast
    ("发展超高速列车。", "超高速"),
    ("打造“算力+数据”建设双枢纽。", "“算力+数据”建设双枢纽"),  # …but a verb's object names no place
    ("坚决反对“形象工程”“政绩工程”。", "形象工程"),               # a quoted kind of works
    ("嫩江湾、查干湖旅游区晋升为国家5A级景区。", "查干湖旅游区晋升为国家5A级景区"),  # an item ends at its head
    ("培育“专精特新”中小企业。", "“专精特新”中小企业"),        # a quoted slogan before a kind of firm
    ("创建国家安全示范城市。", "国家安全示范城市"),             # a designation
    ("打造旅游消费集聚区。", "旅游消费集聚区"),
    ("加快排水管网改造。", "排水管网改造"),                     # an activity on a common noun
    ("构建基层社会治理新格局。", "基层社会治理新格局"),         # 格局 is not a body
    ("数字沈河建设取得成效。", "数字沈河"),                     # a slogan around the district's name
    ("严格执行区人大及其常委会决议。", "严格执行区人大"),       # a verb glued to a name
    ("沈河区获得东三省营商环境奖。", "沈河区获得东三省"),       # places hold no verbs
    ("践行绿水青山就是金山银山理念。", "金山银山"),
    ("推进安全生产专项整治三年行动。", "安全生产专项整治"),      # the start of a longer programme name
    ("建设美丽四川。", "美丽四川"),                              # a slogan around a place name
    ("支持企业获批上市。", "上市"),
    ("实施十大工程。", "十大工程"),
    ("要大力发展赛事经济,广泛开展群众性文化活动。", "广泛开展群众性文化活动"),  # adverb and verb lead no name
    ("推进粮食生产基地建设。", "粮食生产基地建设"),             # building a common kind of base
    ("新创建云浮等示范城市。", "新创建云浮"),
    ("推动百县千镇万村协调发展。", "百县千镇万村"),              # a numbered slogan
    ("打造碳汇云南品牌。", "碳汇云南"),                          # a slogan ending in a province's name
    ("新开工郁江新里。", "新开工郁江新里"),                      # places hold no actions
    ("打造33个生活垃圾“四分类”示范小区。", "“四分类”示范小区"),
    ("被中间环节所截留。", "中间环节所"),                        # 所 as a particle before a verb
    ("党中央和毛主席所指示的方向。", "毛主席所"),
    ("建成乡镇综合养老服务中心520个。", "乡镇综合养老服务中心"),  # counted after the kind
    ("实现县级综合养老服务平台全覆盖。", "县级综合养老服务平台"),  # a level word before common nouns
    ("包括一级子公司、二级子公司、三级子公司等。", "三级子公司"),
    ("7个盟市接通高铁、所有盟市互通高速。", "所有盟市"),          # a determiner
    ("加快铁路建设。", "铁路"),                                  # a common noun ending in a head
    ("打造“选择山东”协同招商平台。", "协同招商平台"),            # the end of a longer name
    ("开展“便民办税春风行动”。", "民办税春风行动"),
    ("启动建设“清清黄河”旅游带。", "清清黄河"),                  # a reduplicated describing word
    ("温宿公路、玉龙喀什水利枢纽工程等重点项目加快推进。", "温宿公路、玉龙喀什水利枢纽工程"),  # two names
    ("城区道路等市政设施持续完善。", "城区道路"),                # a listed item of common words
    ("抓好古城地区业态调整。", "古城地区"),                      # a class word before a generic head
    ("打造优美精致宜业宜居新城区。", "宜业宜居"),                # a parallel slogan
    ("建立与大院大所大企大平台常态化协作机制。", "大院大所大企大平台"),
    ("做大做强两江新区。", "强两江新区"),
    ("推进民航、专债等项目建设。", "民航"),                      # an abbreviation alone under 项目
    ("践行“绿水青山就是金山银山”理念。", "金山"),               # a place word inside a saying
    ("《纲要(草案)》经大会审查。", "经大会"),                     # 经 is a preposition
    ("这是我国宪法所规定的。", "宪法所"),                          # 所 + verb + 的
    ("向廖俊波、谷文昌等同志学习。", "文昌"),                      # part of a person's name
    ("地方各级人民委员会依法履职。", "人民委员会"),                # a determiner before the name
    ("举办第三届大湾区全球招商大会。", "第三届大湾区"),            # no place starts with an ordinal
    ("更新改造复康路等道路80条。", "更新改造复康路"),              # no action at a list item's start
    ("完成全国第一次自然灾害综合风险普查。", "自然灾害综合风险普查"),
    ("引导黄金珠宝品牌店向西中街聚集。", "黄金珠宝品牌店向西中街"),
    ("清理规范口岸收费。", "规范口岸"),                              # verbs jieba tags as nouns
    ("升级数据交易中心和算力调度中心。", "升级数据交易中心"),
    ("牢记人民政府头顶“人民”二字。", "牢记人民政府"),
    ("四是严格执行社会治安综合治理的目标管理。", "严格执行社会治安综合治理"),  # an adverb and a verb as one word
    ("四是严格执行社会治安综合治理的目标管理。", "四是严格执行社会治安综合治理"),  # an enumerator
    ("根据一九八三年六月第六届全国人民代表大会第一次会议的决议。", "六月第六届全国人民代表大会"),  # a date
    ("开工建设6座抽水蓄能电站等项目。", "蓄能电站"),               # counted across the verb the edge stops at
    ("完善周边城市到济南机场的快速通道。", "周边城市"),             # a common word before a generic head
    ("发展手工业生产合作社。", "手工业生产合作社"),                 # a kind of cooperative
    ("支持产粮大县和健康乡村试点省建设。", "产粮大县"),            # kinds of counties and provinces
    ("支持产粮大县和健康乡村试点省建设。", "乡村试点省"),
    ("“十五五”时期市(州)中心城市新增人口100万。", "时期市"),
    ("湘鄂渝黔四省协作。", "湘鄂渝黔四省"),                         # a count of provinces
    ("支持通用机床工程研究院发展。", "机床工程"),                   # the start of a body's name
    ("以视频方式出席联合国大会。", "视频方式出席联合国大会"),
    ("启动新一轮农村电网改造。", "新一轮农村电网改造"),
    ("亚洲最大专业货运机场建成。", "亚洲最大专业货运机场"),         # a superlative describes
    ("亚洲最大专业货运机场建成。", "专业货运机场"),
    ("在中国共产党领导下。", "中国"),                               # part of a body's name
    ("组建产业创新研究院。", "产业创新研究院"),                     # a body's verb, no proper noun
    ("开展问题“动态清零”行动。", "问题“动态清零”行动"),            # an aspect word leads no name
    ("建设一批现代农业产业园。", "现代农业产业园"),                 # a determiner of a set
    ("开展30个以上传统产业集群大气污染综合治理。", "传统产业集群大气污染综合治理"),  # counted, with 以上
    ("各级政府要依法接受同级人大的监督。", "人大"),                 # bodies of a kind
    ("推进长江、黄河等国家文化公园建设。", "国家文化公园"),         # a national designation of common nouns
    ("建设智慧图书馆。", "智慧图书馆"),                               # a kind of library
    ("设置新疆农业职业技术大学等本科院校。", "设置新疆农业职业技术大学"),  # a verbal noun governs the name
    ("基本上做到市市有博物馆。", "市市"),                                # every city, not a city
    ("保护神农架—武当山生态廊道。", "神农架—武当山"),                  # two places, not one
    ("鼓励理工大学、上市公司和普通中学参与。", "理工大学"),             # kinds of institution
    ("鼓励理工大学、上市公司和普通中学参与。", "上市公司"),
    ("鼓励理工大学、上市公司和普通中学参与。", "普通中学"),
    ("成立全国首个营商环境建设厅。", "建设厅"),                          # the end of a longer body's name
    ("启动民营经济高质量发展三年行动计划。", "三年行动计划"),
    ("推动东部地区近零排放示范区建设。", "东部地区"),                    # a district's own part, not a region
    ("举办推介会和发展大会。", "推介会和发展大会"),                      # two events, no name
    ("举办推介会和发展大会。", "发展大会"),
    ("工矿企业、商店等企业事业单位要实行民主管理。", "工矿企业"),      # an abbreviation of a kind of body
    ("加快城市间高铁、城际铁路建设,新建农村公路和干线铁路。", "城市间高铁"),  # kinds of railways and roads
    ("加快城市间高铁、城际铁路建设,新建农村公路和干线铁路。", "干线铁路"),
    ("建成1小时高铁,改造普通公路。", "小时高铁"),
    ("建成1小时高铁,改造普通公路。", "普通公路"),
    ("开工张家界至吉首铁路。", "吉首铁路"),
    ("巩固绿水青山优势、厚植金山银山潜力。", "金山"),                      # a place's name inside a set phrase
    ("在社会主义社会里,事务里繁琐。", "社会主义社会里"),                  # 里 as "inside"
    ("在社会主义社会里,事务里繁琐。", "事务里"),
    ("农业税在农业产量中所占的比例下降。", "农业产量中所"),                # 中所占: a particle, not an institute
    ("美丽河湖、美丽海湾、智慧口岸数量居全国前列。", "美丽河湖"),          # honours and goals, not places
    ("美丽河湖、美丽海湾、智慧口岸数量居全国前列。", "智慧口岸"),
    ("闯出发展新路。", "新路"),
    ("举办G20峰会。", "G20"),                                            # a summit's name, not a road
    ("加快高铁安徽段建设,推进高铁建设。", "高铁安徽段"),                  # a section of no named route
    ("新型农村合作医疗覆盖全国,农民工在城镇落户。", "新型农村"),            # ends in a word that is no name
    ("新型农村合作医疗覆盖全国,农民工在城镇落户。", "农民工在城镇"),
    ("公共场所全面禁烟,群众安全感满意度达到98%。", "公共场所"),           # ends like 所, is no body
    ("公共场所全面禁烟,群众安全感满意度达到98%。", "安全感满意度"),        # an abstract noun jieba tags a place
    ("“两山”实践创新基地和一县一品建设。", "两山"),                        # a count and a head: a slogan's word
    ("完成大中型和重点小型水库除险加固。", "重点小型水库"),                 # a size makes a kind
    ("引进省外高水平大学。", "省外高水平大学"),
    ("投资总额完成年计划的98%。", "投资总额完成年计划"),                   # the year's plan, not a themed year
    ("地铁3号线一期开通。", "号线一期"),                                       # the number belongs to the name
    ("实施生态工程,建设电商平台,开展富民行动。", "生态工程"),              # one common word and a head
    ("实施生态工程,建设电商平台,开展富民行动。", "电商平台"),
    ("实施生态工程,建设电商平台,开展富民行动。", "富民行动"),
    ("热烈庆祝中华人民共和国成立75周年。", "热烈庆祝中华人民共和国"),      # a phrase jieba tags a place
    ("省自然资源厅会同农业农村厅开展调查。", "省自然资源厅会同农业农村厅"),  # 会同 joins two bodies
    ("中美两国保持关系稳定。", "中美两国"),                                   # a pair of countries
    ("新开工保障性安居工程666万套。", "新开工保障性安居工程"),               # a verb jieba reads as a name
    ("生态环保贵在行动、成在坚持。", "生态环保贵在行动"),                     # a saying, not a programme
    ("保护母亲河,守护好山河,推动镇街发展。", "母亲河"),                        # epithets and kinds
    ("保护母亲河,守护好山河,推动镇街发展。", "山河"),
    ("建成投产舟山新奥LNG三期。", "建成投产舟山新奥LNG三期"),
    ("实施排水管网改造工程,开展市容规范整治行动。", "排水管网改造工程"),    # works on a common noun
    ("实施排水管网改造工程,开展市容规范整治行动。", "市容规范整治行动"),
    ("加强社会治安综合治理和食品安全专项整治。", "社会治安综合治理"),      # …综合治理, …专项整治 alike
    ("加强社会治安综合治理和食品安全专项整治。", "食品安全专项整治"),
    ("保证几百万国防部队的需要,推动科技部门、高校合作。", "国防部"),      # 部队, 部门: not a ministry
    ("保证几百万国防部队的需要,推动科技部门、高校合作。", "科技部"),
    ("建设普惠金融发展示范区、产教集聚示范区。", "普惠金融发展示范区"),  # what a kind of zone is for
    ("建设普惠金融发展示范区、产教集聚示范区。", "产教集聚示范区"),
    ("中街被确定为国家示范步行街。", "中街国家示范步行街"),          # a place and its honour
    ("巩固西南区域电力枢纽地位。", "西南区域电力枢纽"),              # a compass region names no designation
    ("纵深推进新阶段粤港澳大湾区建设。", "阶段粤港澳大湾区"),        # a region's name is whole by itself
    ("建设海洋经济示范区,开展海洋垃圾治理。", "海洋经济示范区"),    # common words jieba tags places
    ("建设海洋经济示范区,开展海洋垃圾治理。", "海洋垃圾治理"),
    ("推进甘泉堡经济技术开发区建设。", "甘泉"),                        # jieba cut a longer name (甘泉|堡)
    ("提高内河高等级航道里程。", "内河"),
    ("农业、林业和水利部门为三十二亿元。", "水利部"),                  # 水利部|门为: 部门 glued to what follows
    ("建设研发平台,开展环保行动。", "研发平台"),                          # common words jieba tags abbreviations
    ("建设一批工业设计中心、检验检测中心、共性技术平台和供应链服务平台。", "供应链服务平台"),  # a list of kinds
    ("新增3个国家级平台、中试服务平台。", "中试服务平台"),
    ("新建5处省级以上考古遗址公园。", "考古遗址公园"),                # a count across a level
    ("在思想上政治上行动上同党中央保持高度一致。", "政治上行动"),
    ("完善汽车、集成电路、机器人等优势产业协同发展机制。", "集成电路"),  # a word ending like a head (路)
    ("推进河湖长制,保护江河湿地,实施城中村改造。", "河湖"),          # common words jieba tags places
    ("推进河湖长制,保护江河湿地,实施城中村改造。", "江河湿地"),
    ("打造高能级创新平台。", "能级创新平台"),                                  # 高能级 is a level, as 国家级 is
    ("开展新技术新产品新场景大规模应用示范行动。", "产品新场景大规模应用示范行动"),  # longer than we walk
    ("实施山水林田湖草沙一体化保护和修复重大工程。", "修复重大工程"),              # 和 joins two verbs
    ("建设零碳园区和国家级零碳园区。", "零碳园区"),                  # kinds of zone, of reservoir, of road
    ("建设零碳园区和国家级零碳园区。", "国家级零碳园区"),
    ("除险加固病险水库,自然村通硬化路。", "病险水库"),
    ("发挥行业协会商会作用。", "行业协会商会"),                        # kinds of body
    ("深化国有大型商业银行改革,推动县级公立医院发展。", "国有大型商业银行"),  # 商业银行 is jieba's nt
    ("深化国有大型商业银行改革,推动县级公立医院发展。", "县级公立医院"),
    ("大力推进“三大工程”建设,实施“八大行动”。", "三大工程"),          # a count of programmes is a slogan
    ("大力推进“三大工程”建设,实施“八大行动”。", "八大行动"),
    ("自觉在大局下行动。", "大局下行动"),
    ("深入实施融资畅通工程和“凤凰行动”计划。", "凤凰行动"),          # the quoted core of a longer name
    ("认真贯彻执行《中华人民共和国村民委员会组织法》。", "中华人民共和国村民委员会"),  # inside a title
    ("确保使用超长期特别国债、专债等资金的项目发挥效益。", "专债"),    # kinds of money, not projects
    ("发展财贸、文教等方面的职业学校。", "文教"),                      # fields, not schools
    ("打造国际旅游度假区。", "国际旅游度假区"),                    # a designation, as …集聚区 is
    ("制定实施产业配套基础设施建设三年行动计划。", "三年行动计划"),  # how long it runs names no programme
    ("成立“红岩思政”教育联盟。", "教育联盟"),                       # a kind of alliance
    ("优化实验室、技术创新中心等平台布局。", "技术创新中心"),          # a kind of centre, listed or not
    ("新组建省实验室、产业创新研究院等10家以上。", "省实验室"),
    ("省政府巩固拓展主题教育成果。", "省政府巩固拓展主题教育"),  # a verb not of study ends a study campaign
    ("吸引更多企业投资龙江。", "企业投资龙江"),  # a verbal noun before a place's name governs it
    ("贡献更多福建智慧、福建方案。", "福建方案"),  # a place's way of doing things, not a plan
    ("现在我来说一说苏联和各国的国际地位。", "一说苏联"),  # an unknown word before a country's name is no place
    ("出席庆祝澳门回归祖国25周年系列活动。", "周年系列活动"),  # a name cut at a number
    ("推进G225乐东至三亚段改扩建工程。", "改扩建工程"),  # a common verb jieba tags an abbreviation
    ("建设国家级制造业中试平台。", "国家级制造业中试平台"),
    ("建设夜间文旅消费集聚区。", "夜间文旅消费集聚区"),  # a common word jieba lacks is no proper noun
    ("连续三年参展上海世界博览会。", "上海"),  # a place inside an event's name hosts it; the text speaks of no place
    ("支持浙江省人民医院毕节医院建设。", "浙江省"),  # …nor inside a body's name
    ("推进城市基础设施数智化改造。", "城市基础设施数智化改造"),
    ("亚洲唯一的专业货运机场鄂州花湖机场开通。", "专业货运机场"),  # a description after 唯一的
    ("加强重点行业超低排放改造和深度治理。", "深度治理"),  # 深度 is no place
    ("抓好废弃露天矿山生态修复。", "露天矿山"),
    ("棉花的产量要达到纲要的要求。", "产量要达到纲要"),  # 要, 达到 govern what follows
    ("例如第一机械工业部有些厂。", "机械工业部"),  # the end of a numbered body's name
    ("深入总结试点旗县经验。", "旗县"),  # levels of unit
    ("加密至国内重要枢纽机场航线。", "枢纽机场"),
    ("各直辖市分行要加强管理。", "直辖市分行"),  # a kind of branch
    ("各级人民法院要公正司法。", "人民法院"),  # courts of every level
    ("开工长江池州段河道治理。", "河道治理"),  # the end of works on a named stretch
    ("实施第六轮三年行动计划。", "第六轮三年行动"),  # an edition and a duration name no programme
    ("贯彻《中华人民共和国民营经济促进法》。", "中国"),  # the country in a law's title is no mention
    ("老同志们发挥作用。", "老同志"),  # 老 is no surname
    ("培育农民合作社和家庭农场。", "农民合作社"),  # kinds of body
    ("发展临港经济和临港产业。", "临港"),  # where an economy lies, describing its kind
    ("新增住宅小区业主委员会(物业管理委员会)1000个。", "物业管理委员会"),  # counted after a gloss
    ("不能搞“半拉子”工程。", "“半拉子”工程"),  # a kind of works, quoted or not
    ("建设国际会展中心。", "国际会展中心"),  # an international designation of common nouns
    ("优化公交环线。", "公交环线"),
    ("推进斧头湖等湖泊治理。", "斧头湖等湖泊治理"),  # a list's 等 is inside no name
    ("举办“购在龙江”等促消费活动2000场以上。", "“购在龙江”等促消费活动"),  # 等 ends a list of quoted items
    ("推进产业数字化智能化改造。", "产业数字化智能化改造"),  # common words jieba tags names (智能化 nr)
    ("建设高水平工业园区。", "高水平工业园区"),
    ("建设疏港铁路。", "疏港铁路"),  # a kind of railway, not one between two places
    ("以“三个攻坚年”为抓手。", "三个攻坚年"),  # a count of themed years, a slogan
    ("成功搭建“1361”社会治理体系。", "“1361”社会治理体系"),  # a code before no programme's head
    ("构建“1+4+N”国有资本管理体系。", "“1+4+N”国有资本管理体系"),
    ("今年是爬坡迈坎的攻坚年。", "爬坡迈坎的攻坚年"),
    ("开展优化营商环境攻坚突破年、提质增效年行动。", "提质增效年"),  # an item cut short, its theme the first's
    ("沪苏湖高铁建成通车。", "沪苏湖"),  # the places a railway joins, hidden in its name as in a road's
    ("同江铁路大桥开通运营。", "同江铁路"),  # a railway's name inside a bridge's
    ("优化经济布局,开好局。", "开好局"),  # a verb before 局 makes no department
    ("优先支持在建工程。", "优先支持在建工程"),
    ("下达年度投资计划。", "年度投资计划"),  # a kind of plan
    ("实施“六个倍增计划”。", "六个倍增计划"),  # a count of plans
    ("东部地区近零排放示范区建设深入开展。", "东部地区近零排放示范区"),  # the zone being built is the project
    ("实施重点领域节能降碳行动。", "领域节能降碳行动"),  # no fragment after 重点
    ("成功举办北京奥运会。", "北京"),  # the host of an event series
    ("中国共产党第十九次全国代表大会以来。", "中国共产党第十九次全国代表大会"),  # a party congress, as 十九大
    ("推出曲剧《鲁镇》。", "鲁镇"),  # the title of a work
    ("积极对接《全面与进步跨太平洋伙伴关系协定》。", "太平洋"),  # a place inside a treaty's or a law's title
    ("实现引绰济辽一期、二期工程全线通水。", "辽一期"),  # a phase needs a name of two characters or more
    ("开展引客入赣活动。", "引客入赣"),  # a campaign for visitors, no water transfer
    ("引进先进技术。", "引进先进技术"),
    ("精心呵护模范自治区崇高荣誉。", "模范自治区"),  # an honour's title
    ("基本消除农村次差公路。", "次差公路"),  # kinds of road and community
    ("已开工入口社区完成主要工程量。", "入口社区"),
    ("宁东“二次创业”和县乡村振兴发展取得标志性成果。", "和县"),  # a conjunction glued to 县
    ("公社的干部和县的干部必须深入群众。", "和县"),
    ("贯彻习近平总书记深入推进东北振兴座谈会重要讲话精神。", "深入推进东北振兴座谈会"),  # a speech's occasion,
    # not an event the report's government holds (the seed's gold leaves it out)
    ("执行国民经济和社会发展计划。", "社会发展计划"),
    ("开展“一节四季”“双招双引”等扩消费活动。", "一节四季"),  # counts in pairs: slogans
    ("开展“一节四季”“双招双引”等扩消费活动。", "双招双引"),
    ("打击“台湾独立”等分裂活动。", "台湾独立"),  # acts, not activities
    ("推进“一湖两海”及察汗淖尔治理。", "“一湖两海”及察汗淖尔治理"),  # a conjunction ends the quoted phrase
    ("推进“十四五”城市老化燃气管道更新改造。", "“十四五”城市老化燃气管道更新改造"),  # a period, no name  # works in a state of construction, no programme
    ("优化经济布局,开好局。", "经济布局"),
    ("织密公路连接线。", "织密公路"),  # a verb before a route's head
    ("加快三大高速公路新通道建设。", "三大高速公路"),  # a count
    ("农业取得历史性成就,但同高速发展的工业相比。", "但同高速"),  # a conjunction
    ("实施康复护理扩容。", "康复护理扩容"),  # enlarging a service, not a named facility
    ("推动优质医疗资源扩容。", "优质医疗资源扩容"),
    ("推动贵阳扩容。", "贵阳扩容"),  # a city's growth
    ("努力实现江苏大地人享其行。", "江苏大地"),  # 江苏, a province's own name
    ("走遍神州大地和广袤大地。", "神州大地"),  # the country's poetic name
    ("走遍神州大地和广袤大地。", "广袤大地"),
    ("位于三江交会处。", "江交会"),  # rivers meeting, not a fair
    ("实施生态保护工程和重大水利工程。", "重大水利工程"),  # a kind: 重大 and one common word
    ("中国共产党第十四次代表大会确定了目标。", "中国共产党第十四次代表大会"),  # a party congress
    ("我们在企业中正在推行职工代表大会制度。", "企业中正在推行职工代表大会"),  # adverb and verb open no name
    ("综合利用、构建数字联合检查平台等做法。", "构建数字联合检查平台"),  # 构建 governs the name
    ("开展镇村综合整治。", "镇村"),  # towns and villages, a kind
    ("体育健儿在国际大赛中获奖。", "国际大赛"),  # one common word and a contest's head
    ("推进儿童医院亦庄院区建设。", "庄院区"),  # a campus cut from a place jieba split
    ("做好粤东水资源优化配置工程(含龙颈水库扩建)前期工作。", "颈水库扩建"),  # works on a cut place
    ("建设城际快速路和省际快速通道。", "城际快速路"),  # intercity, a kind of road
    ("国家自主创新示范区福州片区推出创新举措6项。", "示范区福州片区"),  # a walk stopped after a zone word
    ("做强海西环线,建强产业园。", "做强海西环线"),  # verbs of result jieba lacks open no name
    ("做强海西环线,建强产业园。", "建强产业园"),
    ("推进贵阳至北海（南宁至北海段）建设。", "北海（南宁至北海段）"),  # a city is no stretch's name
    ("认真落实振兴粤东西北决策部署。", "粤东"),  # east, west and north Guangdong: not 粤东 and 西北
    ("认真落实振兴粤东西北决策部署。", "西北"),
    ("与玉林形成3小时经济圈,建设15分钟生活圈。", "小时经济圈"),  # a circle of a reach
    ("增速位居市内五区第一。", "市内五区"),  # a count of districts
    ("初步形成“小县大城关”城市框架。", "小县"),  # a slogan with an adjective in it
    ("是屏南绿色崛起的致富路。", "致富路"),  # a road's metaphor
    ("严格控制党政机关办公楼建设,推进老楼加装电梯。", "党政机关办公楼"),  # kinds of buildings
    ("推动企业国际化经营能力提升,落实企业纳统奖励政策。", "国际化经营能力"),  # no firm after 企业
    ("创建信用乡、信用村,建设田园综合体。", "信用村"),  # kinds
    ("创建信用乡、信用村,建设田园综合体。", "田园综合体"),
    ("实施“十大产业项目”“117项目”。", "十大产业项目"),  # a count of projects, and a code
    ("实施“十大产业项目”“117项目”。", "117项目"),
    ("有效应对非洲猪瘟疫情。", "非洲"),  # a disease named for where it was found
    ("积极组织企业参加国内外展会。", "企业参加国内外展会"),  # attending opens no event's name
    ("积极组织企业参加国内外展会。", "国内外展会"),  # and fairs at home and abroad are a kind
    ("实施国省干道提质升级工程。", "国省"),  # national and provincial roads
    ("思可源生物燃料中国区总部落户重庆。", "中国区"),  # a firm's region, no firm
    ("建成投用枣庄机场。", "投用枣庄机场"),  # a verb jieba lacks that we know opens no name
    ("涌现出最美志愿者戚宝兴,省优秀共产党员韦长春、王益民等一大批先进典型。", "长春"),  # no city
    ("要大力弘扬工匠精神,厚植工匠文化。", "文化"),  # a common word after a role is no person
    ("与宁德时代携手共建零碳示范基地。", "宁德"),  # the firm's name, not the city
    ("新建万科东第等3条规划路。", "万科"),  # a place named after a firm's estate names no firm
    ("防范山体滑坡等地质灾害。", "山体滑坡"),  # a landslide, no slope's name
    ("创建省级农业产业强镇。", "农业产业强镇"),  # a town's honour, as 强县 is a county's
    ("成功创建中国长寿市。", "中国长寿市"),  # a title a city is given
    ("被国际自然医学会评为世界长寿乡。", "世界长寿乡"),
    ("获评省级放心粮油示范县,创成国家现代农业产业园。", "创成国家现代农业产业园"),
    ("华润微电子12英寸产线、深汕比亚迪二期等一批重大项目建成投产。", "英寸产线"),  # a count cut the item
    ("但原由行署管理的企业改由所在市、县管理。", "原由行署"),
    ("批判亲美、崇美、恐美的思想。", "美的"),  # 美的 is no person's name before 思想
    ("聚焦重点领域谋全局、拓新局。", "拓新局"),  # a new situation, no bureau
    ("吸引卫星研发制造、火箭总装测试、卫星数据应用等企业集聚。", "卫星数据应用"),  # fields listed before 企业
    ("推动科技型中小企业、高新技术企业等企业发展。", "高新技术企业"),  # kinds of firm, not brands
    ("区政府重点项目加快推进。", "区政府重点项目"),  # a body's projects, not a firm's
    ("京哈改扩建、本桓、凌绥4条高速公路。", "扩建"),  # the works on the route before the list
    ("抓好强县产业帮扶弱县。", "弱县"),  # a one-character unit no dictionary knows is a word
    ("推动国家级经开区、高新区等园区发展。", "经开区"),  # kinds of zone
    ("荣获全省双拥模范区等12项荣誉称号。", "双拥模范区"),  # a title a unit is given
    ("荣获全国群众体育工作先进区称号。", "群众体育工作先进区"),
    ("强化部市、院市、校市合作。", "校市"),
    ("统筹实施工业强县、生态立县、和谐兴县“三大战略”。", "兴县"),  # the end of a slogan, not the county
    ("华为产业项目落地。", "华为产业项目"),  # a firm and a kind of project only
    ("引导金融资本投早、投小、投长期、投硬科技，助力科技企业成长。", "投硬科技"),  # a trade at large
    ("加快布局人形机器人、量子信息、类脑智能、合成生物等未来产业。", "类脑智能"),  # a technology
    ("推动硅基新材料、高纯晶硅、绿电制氢等产业发展。", "硅基新材料"),  # a material made of silicon
    ("加强历史文化名城名镇名村保护。", "历史文化名城名镇名村"),  # famous towns of a kind, a title
    ("打造湖北旅游名镇。", "湖北旅游名镇"),
    ("党中央、国务院深切关怀老区苏区。", "国务院深切关怀老区苏区"),  # an idiom of what a body does ends a place
    ("坚持工业强县、商贸活县、科教兴县和项目带动战略。", "兴县"),  # a slogan's end before 和, not the county
    ("有序化解金汇大厦等问题楼盘。", "有序化解金汇大厦"),
    ("大力发展生物医药、电子信息、新材料等产业。", "生物医药"),  # trades listed, no firm among them
    ("深入开展“四边三化”和“双清”行动。", "双清"),  # a quoted programme's core, not the district 双清区
    ("圆满完成自治区成立60周年大庆安保工作。", "大庆"),  # an anniversary's grand celebration, not the city
    ("今年是新中国成立70周年的大庆之年。", "大庆"),
    ("严把机场、“三港一站”关口。", "严把机场"),  # a verb jieba lacks, glued to a generic head
    ("新建城镇污水处理厂12座。", "城镇污水处理厂"),  # a kind of plant, counted
    ("建成县城污水处理厂。", "县城污水处理厂"),  # a common word names no plant
    ("学习借鉴沧源县边境村建设经验。", "沧源县边境村"),
    ("建设勐腊县现代化边境小康村。", "勐腊县现代化边境小康村"),
    ("新修园区道路40多公里。", "新修园区"),
    ("深入实施“戎归南粤”就业创业工程。", "戎归南粤"),
    ("实施知识创新工程和技术创新工程。", "知识创新工程和技术创新工程"),
    ("习近平总书记24次到连江调研指导。", "次到连江"),  # a count's measure word jieba glued to a place
    ("深入实施生态立县、实业富县、文旅兴县发展思路。", "兴县"),  # a slogan's end in a run of slogans
    ("推进巢湖和新安江流域防洪治理工程。", "新安江流域防洪治理"),  # the end of the one programme's name
    ("培育勐哈村和勐伴镇勐伴村等示范村。", "勐伴镇勐伴村"),
    ("加强生物基材料、陶铝新材料、镁基新材料等推广应用。", "镁基新材料"),
    ("原油产量达1250万吨以上,建成200万吨炼化项目。", "原油产量达1250万吨以上"),  # a figure, no owner's works
    ("粮食产量达到100万吨以上,实现量产。", "粮食产量达到100万吨以上"),
    ("张三丰、李四光获全国劳动模范称号。", "张三丰"),  # people, not firms
    ("聚力革命老区高质量发展示范区建设。", "聚力革命老区"),  # a verb jieba lacks opens no place
    ("我区建龙西钢成为领军企业。", "西钢"),  # a list opens after a pause, not inside a word run
    ("鸣沙山·月牙泉游客同比下降。", "鸣沙山"),  # the part of a pair
    ("增速居西北五省区首位。", "西北"),
    ("全省十四市全部达标。", "全省十四市"),  # a province's cities counted, no region
    ("坚定践行“总书记有号令、党中央有部署,重庆见行动,万州必落实”。", "重庆见行动"),  # a slogan's clause
    ("科来兴获评全省先进集体。", "科来兴"),  # one item given no firm's honour: a word jieba lacks may name anything
    ("钢铁、水泥获评绿色行业。", "钢铁"),  # trades, no words jieba lacks
    ("建成全球最大单套年产100万吨丙烷脱氢项目。", "全球最大单套年产100万吨丙烷脱氢项目"),  # a boast
    ("建成川州二期等500千伏输变电工程。", "川州二期等500千伏输变电工程"),  # a list's end, not its owner
    ("推进气电项目和古水等大型水电站和690万千瓦火电项目。", "古水等大型水电站和690万千瓦火电项目"),
    ("金峰工业园二期、统一集团30万吨矿泉水等项目投产。", "集团30万吨矿泉水"),  # 统一 opens the firm's name
    ("建成G225乐东至三亚段示范项目。", "东至"),  # a word jieba made across a section's join
    ("建成城西大道一期乐湖路至建设西路段等道路。", "一期乐湖路"),  # a phase opens no place
    ("建成海文高速桂林洋互通至美兰互通段。", "洋互通"),  # 桂林 opens a longer place's name
    ("推进228国道乐成至黄华段建设。", "228国道乐成至黄华段建设"),  # building, which any works are
    ("加快推进永清广、长赣等铁路建设。", "永清"),  # the short names a listed railway is made of are no places
    ("实施重大水利工程。", "重大水利工程"),  # an adjective of weight makes a kind of programme
    ("推进东部地区生态修复。", "东部地区"),  # a district's own east
    ("龙头公司获评省级专精特新企业。", "龙头公司"),  # a kind of firm
    ("建成30万吨级原油码头和30万吨级矿石码头。", "万吨级原油码头"),  # a grade and a kind of facility name none
    ("实施市旗两级3000万元以上重点项目16项。", "市旗"),  # two levels of units
    ("立足“一基地三区”功能定位。", "基地三区"),  # a slogan's count of units
    ("全面启动自治区文明旗创建。", "自治区文明旗"),  # a title a unit is given, with its scope
    ("加快建设连云港20万吨级集装箱码头。", "万吨级集装箱码头"),
    ("抗震安居、住房保障、煤改电等一批重点民生工程建成投用。", "煤改电"),  # kinds of works listed: common
    ("举办第十八届市运会等重大赛事。", "第十八届市运会等重大赛"),
    ("扎实开展市委常委班子“不忘初心、牢记使命”主题教育。", "市委常委班子“不忘初心、牢记使命”主题教育"),  # who takes part
    ("建设智能电网、油气管网、城市轨道交通等重大项目。", "城市轨道交通"),  # words jieba tags as places'
    ("推进天然林保护、退耕还林、防沙治沙等重点生态工程建设。", "防沙治沙"),
    ("标准厂房、污水处理厂等项目开工建设。", "标准厂房"),
    ("推动贵阳环高扩容工程等14条高速公路项目和黄百等4个在建铁路项目加快建设。", "贵阳环高扩容工程等14条高速公路项目和黄百"),
    ("加快钦州电厂三期以及在建抽水蓄能电站等项目建设。", "钦州电厂三期以及在建抽水蓄能电站"),
    ("召开第五届理事会。", "第五届理事会"),  # a body's term, no games
    ("翻越高山峻岭。", "高山峻岭"),  # an idiom, no range
    ("发展高原特色农业。", "高原"),    # a plateau as a kind of land
    ("较好完成县十六届人大一次会议确定的目标。", "成县十六届人大"),  # 成县 inside 完成 is no county
])
def test_mentions_skips_what_is_not_a_name(body, unwanted):
    assert unwanted not in {name for _, name in names(body)}


def test_mentions_relative_bodies_resolve_to_the_jurisdiction():
    found = entities("在区委的领导下,在区人大、区政协的监督下,区政府和区十八届人大一次会议以来。")
    assert (T.ORGANIZATION, "沈河区人民政府") in found and "区政府" in found[(T.ORGANIZATION, "沈河区人民政府")]
    assert (T.ORGANIZATION, "中共沈河区委员会") in found
    assert "区十八届人大" in found[(T.ORGANIZATION, "沈河区人民代表大会")]
    assert (T.ORGANIZATION, "中国人民政治协商会议沈河区委员会") in found


def test_mentions_courts_procuratorates_and_discipline_bodies_resolve_to_the_jurisdiction():
    found = entities("区法院、区检察院依法履职,区纪委监委开展监督,市中院审理案件。")
    assert "区法院" in found[(T.ORGANIZATION, "沈河区人民法院")]
    assert "区检察院" in found[(T.ORGANIZATION, "沈河区人民检察院")]
    assert "区纪委监委" in found[(T.ORGANIZATION, "中共沈河区纪律检查委员会")]
    assert "市中院" in found[(T.ORGANIZATION, "沈阳市中级人民法院")]


def test_mentions_the_federation_of_industry_and_commerce_is_the_reports_own():
    body = "2026年黑龙江省政府工作报告\n各位代表:\n一、过去一年工作回顾\n向各民主党派、工商联、无党派人士表示感谢。省工商联牵头。"
    found = {e.name: e for e in extract(make_report("t", body)).entities}
    assert {"工商联", "省工商联"} <= set(found["黑龙江省工商业联合会"].aliases) | {"黑龙江省工商业联合会"}
    assert "工商联" not in found  # not a second body, nor merged into another one ending so


def test_mentions_the_state_councils_congress_and_conference_are_the_national_ones():
    body = ("1982年国务院政府工作报告\n各位代表:\n一、过去一年工作回顾\n"
            "在五届人大四次会议上,经人大常委会审议批准。第十一届全国人民代表大会和全国政协。")
    found = {e.name: set(e.aliases) for e in extract(make_report("t", body)).entities}
    assert {"五届人大", "第十一届全国人民代表大会"} <= found["全国人民代表大会"]
    assert "人大常委会" in found["全国人民代表大会常务委员会"]
    assert "全国政协" in found["中国人民政治协商会议全国委员会"]


def test_mentions_an_edition_is_also_called_by_its_series():
    found = entities("举办第十六届全运会。办好第三届全国博士后创新创业大赛。举办首届中国闽清农民丰收节、第二届中国福州橄榄节等活动。"
                     "抖音集团首届红果创作者大会在太原举办。")
    assert "全运会" in found[(T.PROJECT, "第十六届全运会")]
    assert "中国闽清农民丰收节" in found[(T.PROJECT, "首届中国闽清农民丰收节")]
    assert "中国福州橄榄节" in found[(T.PROJECT, "第二届中国福州橄榄节")]  # 橄榄|节等: jieba glued 等 to the head
    assert "红果创作者大会" in found[(T.PROJECT, "首届红果创作者大会")]  # the firm holding it is no part of it
    assert "全国博士后创新创业大赛" in found[(T.PROJECT, "第三届全国博士后创新创业大赛")]
    national = entities("备战好第十四届全国冬运会。举办全国残特奥会。")
    assert {"全国冬运会", "冬运会"} <= set(national[(T.PROJECT, "第十四届全国冬运会")])  # the games by their series
    assert "残特奥会" in national[(T.PROJECT, "全国残特奥会")]


def test_mentions_the_reports_own_place_that_ends_as_a_festival_does_is_no_festival():
    doc = extract(make_report("t", "2021年毕节市人民政府工作报告\n\n习近平总书记亲临毕节视察。先后3次就毕节试验区工作作出指示。"))
    assert not [e.name for e in doc.entities if e.type is T.PROJECT]  # 毕节 (节 as in 文化节) stays the city


def test_mentions_a_body_inside_a_branchs_name_is_not_named():
    found = entities("中国人民大学福州研究院揭牌成立,四川大学华西医院落户。")
    assert {(T.ORGANIZATION, "中国人民大学福州研究院"), (T.ORGANIZATION, "四川大学华西医院")} <= set(found)
    assert (T.ORGANIZATION, "中国人民大学") not in found and (T.ORGANIZATION, "四川大学") not in found


@pytest.mark.parametrize("body, labs", [
    ("持续支持金凤、嘉陵江、明月湖实验室建设。", {"金凤实验室": "金凤", "嘉陵江实验室": "嘉陵江", "明月湖实验室": None}),
    ("发挥鹏城、广州国家实验室作用。", {"鹏城实验室": "鹏城", "广州国家实验室": None}),
    ("支持紫金山、太湖、钟山、云龙湖等实验室。", {"紫金山实验室": "紫金山", "云龙湖实验室": "云龙湖"}),
    ("支持嵩山、神农等实验室。", {"嵩山实验室": "嵩山", "神农实验室": "神农"}),
])
def test_mentions_laboratories_listed_before_one_head_are_laboratories(body, labs):
    found = entities(body)
    for name, core in labs.items():
        assert (T.ORGANIZATION, name) in found
        assert core is None or core in found[(T.ORGANIZATION, name)]
        assert core is None or (T.PLACE, core) not in found  # 嘉陵江 here is the laboratory, not the river


def test_mentions_a_list_of_laboratories_starts_after_a_verb():
    found = names("加强重点实验室、燕赵实验室建设。")
    assert (T.ORGANIZATION, "燕赵实验室") in found and (T.ORGANIZATION, "重点实验室") not in found


def test_mentions_a_province_court_is_its_high_court():
    doc = extract(make_report("t", "2025年云南省政府工作报告\n各位代表:\n一、过去一年工作回顾\n省法院依法履职。"))
    assert "云南省高级人民法院" in {e.name for e in doc.entities}


def test_mentions_a_unit_many_share_is_read_inside_the_one_the_title_names():
    body = "2022年沈阳市和平区政府工作报告\n各位代表:\n一、过去一年工作回顾\n市委、区法院依法履职。"
    names = {e.name for e in extract(make_report("t", body)).entities}
    assert {"中共沈阳市委员会", "和平区人民法院"} <= names


@pytest.mark.parametrize("header, body, expected", [
    ("2021年诸暨市人民政府工作报告", "在市委坚强领导下,在市人大、市政协监督支持下。",  # a county-level city's own
     {"中共诸暨市委员会", "诸暨市人民代表大会", "中国人民政治协商会议诸暨市委员会"}),
    ("2023年重庆市渝中区人民政府工作报告", "在市委、市政府坚强领导下。",  # a municipality above a district
     {"中共重庆市委员会", "重庆市人民政府"}),
    ("2025年北京市政府工作报告", "在市委坚强领导下,在市人大及其常委会监督下。",  # a municipality's own report
     {"中共北京市委员会", "北京市人民代表大会"}),
    ("2022年正蓝旗人民政府工作报告", "在盟委、行署和旗委的坚强领导下。",  # a league ranks with a city
     {"中共锡林郭勒盟委员会", "中共正蓝旗委员会"}),
    ("2022年正蓝旗人民政府工作报告", "在行署领导下,在旗人大、旗政协的监督支持下。",  # jieba leaves 旗 apart
     {"锡林郭勒盟行政公署", "正蓝旗人民代表大会", "中国人民政治协商会议正蓝旗委员会"}),
    ("2025年尉犁县人民政府工作报告", "认真落实自治区党委十届、自治州党委十一届全会精神。",
     {"中共新疆维吾尔自治区委员会", "中共巴音郭楞蒙古自治州委员会"}),
    ("2025年朝阳区人民政府工作报告", "深入贯彻习近平总书记对北京重要讲话精神,在市委市政府领导下。",  # which
     {"中共北京市委员会", "北京市人民政府"}),  # 朝阳区: the one in the city the text names
    ("2022年福安市人民政府工作报告", "在宁德市委市政府和福安市委的正确领导下。",  # a committee by its unit
     {"中共宁德市委员会", "中共福安市委员会"}),
    ("2021年麦盖提县人民政府工作报告", "在地委、行署和县委的坚强领导下。",  # a prefecture's committee
     {"中共喀什地区委员会", "喀什地区行政公署"}),
    ("2020年哈尔滨市平房区人民政府工作报告", "在市委、市政府和区委的坚强领导下。",  # the city's government is
     {"哈尔滨市人民政府", "哈尔滨市平房区人民政府"}),  # no short form of the district's
])
def test_mentions_relative_bodies_are_the_units_their_character_names(header, body, expected):
    found = {e.name for e in extract(make_report("t", f"{header}\n\n一、过去一年工作回顾\n{body}")).entities}
    assert expected <= found


@pytest.mark.parametrize("header, body, expected", [
    ("2022年沈阳市沈河区政府工作报告", "较好完成“十三五”规划目标任务,编制第十四个五年规划纲要。",  # the unit's own
     {"沈河区“十三五”规划", "沈河区“十四五”规划"}),
    ("2022年沈阳市沈河区政府工作报告", "对接国家“十四五”规划和市“十四五”规划。",  # the nation's, the city's
     {"国家“十四五”规划", "沈阳市“十四五”规划"}),
    ("2022年沈阳市沈河区政府工作报告", "落实辽宁省“十四五”规划。", {"辽宁省“十四五”规划"}),  # a named unit's
    ("2006年国务院政府工作报告", "审议国民经济和社会发展第十一个五年规划纲要(草案)。", {"国家“十一五”规划"}),
    ("1995年国务院政府工作报告", "“八五”计划的主要指标提前完成。", {"国家“八五”计划"}),
    ("2021年福安市人民政府工作报告", "全面完成“十三五”规划。", {"福安市“十三五”规划"}),
])
def test_mentions_a_five_year_plan_is_named_with_the_unit_it_belongs_to(header, body, expected):
    found = {e.name for e in extract(make_report("t", f"{header}\n\n一、过去五年工作回顾\n{body}")).entities
             if e.type is T.PROJECT}
    assert expected <= found


def test_mentions_the_same_period_plan_in_two_reports_is_two_plans():
    one = extract(make_report("a", "2022年沈阳市沈河区政府工作报告\n\n编制“十四五”规划。"))
    two = extract(make_report("b", "2021年福安市人民政府工作报告\n\n编制“十四五”规划。"))
    plans = [{e.name for e in doc.entities if e.type is T.PROJECT} for doc in (one, two)]
    assert plans == [{"沈河区“十四五”规划"}, {"福安市“十四五”规划"}]
    assert "“十四五”规划" in next(e.aliases for e in one.entities if e.name == "沈河区“十四五”规划")


@pytest.mark.parametrize("header, body, name, alias", [
    ("2020年海西蒙古族藏族自治州政府工作报告", "基本完成了州十四届人大五次会议确定的目标任务。",
     "海西蒙古族藏族自治州人民代表大会", "州十四届人大"),  # a prefecture's congress by its session
    ("2003年内蒙古自治区政府工作报告", "自治区九届人大一次会议以来的五年,是不平凡的五年。",
     "内蒙古自治区人民代表大会", "自治区九届人大"),  # the unit word whole, not 区九届人大
    ("2022年正蓝旗人民政府工作报告", "旗十五届人大一次会议以来。", "正蓝旗人民代表大会", "旗十五届人大"),
])
def test_mentions_a_congress_named_by_its_units_word_and_session(header, body, name, alias):
    doc = extract(make_report("t", f"{header}\n\n{body}"))
    assert alias in next(e.aliases for e in doc.entities if e.name == name)


def test_mentions_the_titles_and_the_texts_forms_of_the_reports_own_bodies_are_aliases():
    doc = extract(make_report("t", "2022年保亭黎族苗族自治县政府工作报告\n\n在县委领导下。"))
    assert "保亭黎族苗族自治县政府" in {a for e in doc.entities if e.name == "保亭黎族苗族自治县人民政府" for a in e.aliases}
    doc = extract(make_report("t", "2022年福安市人民政府工作报告\n\n在宁德市委和福安市委的正确领导下。"))
    assert "福安市委" in {a for e in doc.entities if e.name == "中共福安市委员会" for a in e.aliases}


def test_mentions_the_reports_own_name_cut_by_jieba_is_named_whole():
    """2023年大同市天镇县人民政府工作报告: jieba cuts 天|镇|县人民政府; the government is 天镇县人民政府, not a
    government of 镇县."""
    doc = extract(make_report("t", "2023年大同市天镇县人民政府工作报告\n\n现在,我代表县人民政府向大会报告工作。"))
    bodies = {e.name for e in doc.entities if e.type is T.ORGANIZATION}
    assert bodies == {"天镇县人民政府"}


def test_mentions_a_place_run_that_stops_inside_the_reports_own_unit_is_that_unit():
    """2024年沈阳市和平区政府工作报告: jieba cuts 和平|区政府, and 沈阳市 and 和平 ran into a place 沈阳市和平."""
    doc = extract(make_report("t", "2024年沈阳市和平区政府工作报告\n\n各位代表:和平区经济增长5%。"))
    assert {e.name for e in doc.entities if e.type is T.PLACE} == {"和平区", "沈阳市"}


def test_mentions_the_reports_own_short_name_that_is_a_word_opens_a_place():
    """安居 of 安居区 is a word (安居乐业) to the gazetteer's filter, but in 安居区's own report it names the
    district: 安居经开区 is its development zone."""
    doc = extract(make_report("t", "2022年遂宁市安居区人民政府工作报告\n\n安居经开区成功创建省级循环化改造试点示范。"))
    assert "安居经开区" in {e.name for e in doc.entities if e.type is T.PLACE}


@pytest.mark.parametrize("title, body, full", [
    ("2022年福安市人民政府工作报告", "在宁德市委、市政府和福安市委的正确领导下。", "宁德市人民政府"),
    ("2016年合肥市巢湖市人民政府工作报告", "全市人民在合肥市委、市政府和巢湖市委的坚强领导下。", "合肥市人民政府"),
])
def test_mentions_a_body_listed_after_a_named_units_committee_is_that_units(title, body, full):
    """市政府 right after 宁德市委 in one list is 宁德市's government, not the county-level city's own."""
    doc = extract(make_report("t", title + "\n\n" + body))
    assert "市政府" in {(e.type, e.name): e.aliases for e in doc.entities}[(T.ORGANIZATION, full)]


def test_mentions_names_in_straight_quotes_are_quoted_names():
    from kg.reader import normalize_text  # as every reader's text: web pages give quotes straight
    assert (T.PROJECT, "增牛减羊示范旗项目") in names(normalize_text('深入实施"增牛减羊示范旗项目"。'))


def test_mentions_a_title_alone_over_an_excerpt_names_the_government_whole():
    found = {e.name for e in extract(make_report("t", "2023年大东区人民政府工作报告\n\n文商旅发展亮点纷呈。")).entities}
    assert "大东区人民政府" in found and "年大东区人民政府" not in found  # 2023|年大东|区人民政府


def test_mentions_a_county_body_in_a_districts_report_is_no_body_of_the_district():
    assert (T.ORGANIZATION, "中共沈河区委员会") not in names("县委、县政府主要负责同志。")


def test_mentions_abbreviation_and_scope_prefix_merge():
    found = entities("推进中央生态环境保护督察整改。中央环保督察反馈问题全部整改。生态环境保护督察常态化。")
    projects = [k for k in found if k[0] is T.PROJECT]
    assert len(projects) == 1, projects
    assert {"中央环保督察", "生态环境保护督察"} <= set(found[projects[0]])


def test_mentions_a_region_with_and_without_diqu_is_one_place():
    found = entities("加强与港澳地区合作。深化与港澳交流。")
    places = [k for k in found if k[0] is T.PLACE and "港澳" in k[1]]
    assert places == [(T.PLACE, "港澳地区")], places
    assert found[places[0]] == ("港澳",)


def test_mentions_a_region_called_a_diqu_is_the_unit_it_names():
    found = entities("北京地区空气质量改善。北京经济发展。北京市加快建设。")
    assert {k for k in found if k[0] is T.PLACE and "北京" in k[1]} == {(T.PLACE, "北京市")}
    assert {"北京", "北京地区"} <= set(found[(T.PLACE, "北京市")])


def test_mentions_bare_class_word_stands_for_its_place():
    doc = extract(make_report("t", HEADER + "盛京古城入选名单。挖掘古城历史建筑。"))
    place = next(e for e in doc.entities if e.name == "盛京古城")
    assert "古城" in place.aliases


def test_mentions_generic_class_word_alone_stands_for_nothing():
    # 地区 in 地区生产总值 is no mention of the one region the report names
    doc = extract(make_report("t", HEADER + "推进东北地区振兴。全省地区生产总值增长5%,人均地区生产总值达到8万元。"))
    assert "东北地区" in {e.name for e in doc.entities}
    assert "地区" not in {m.text for e in doc.entities for m in e.mentions}
    assert "人均地区" not in {e.name for e in doc.entities}


def test_mentions_report_place_is_linked_where_it_stands_as_a_word():
    """The report's own place (中国 for the State Council) is linked at a mention of its own, not inside
    中国共产党 or 其中国有企业."""
    body = "全国各族人民在中国共产党领导下团结奋斗。其中国有企业利润增长5%。中国经济总体回升向好。"
    doc = extract(make_report("sc", "2024年国务院政府工作报告\n各位代表:\n" + body))
    place = next(e for e in doc.entities if e.type is T.PLACE and e.name == "中国")
    text = doc.report.text
    assert [text[m.start:m.end + 2] for m in place.mentions] == ["中国经济"]


def test_mentions_bare_head_inside_a_longer_name_stands_for_no_entity():
    """试验区 at the end of 中国(内蒙古)自由贸易试验区 belongs to that name, not to the report's other 试验区."""
    doc = extract(make_report("t", HEADER + "建设兴安盟现代畜牧业试验区。积极申建中国(内蒙古)自由贸易试验区。"))
    zone = next(e for e in doc.entities if e.name == "兴安盟现代畜牧业试验区")
    assert [m.text for m in zone.mentions] == ["兴安盟现代畜牧业试验区"]


def test_mentions_national_regions_in_provincial_and_state_council_reports():
    """东部地区, 中西部地区 are the country's regions in a province's or the State Council's report; in a city's
    or a district's report they are its own parts."""
    body = "推动东部地区加快发展,中西部地区承接产业转移,在中部地区崛起中奋勇争先。四川西部地区生态良好。"
    for header in ("2025年湖南省政府工作报告\n各位代表:\n", "2024年国务院政府工作报告\n各位代表:\n"):
        doc = extract(make_report("t", header + body))
        places = {e.name for e in doc.entities if e.type is T.PLACE}
        assert {"东部地区", "中西部地区", "中部地区"} <= places, places
        assert "西部地区" not in places  # 四川西部地区: part of the place before it
    assert "东部地区" not in {name for _, name in names(body)}  # the district report of HEADER


def test_mentions_a_name_with_a_stretch_cut_out_is_another_body():
    """浙江大学 is not a short form of 浙江农林大学, nor 全国人民代表大会 of its standing committee; 中央环保督察 still
    abbreviates 中央生态环境保护督察."""
    found = entities("支持浙江大学和浙江农林大学发展。全国人民代表大会常务委员会审议。全国人民代表大会召开。")
    assert (T.ORGANIZATION, "浙江大学") in found and (T.ORGANIZATION, "浙江农林大学") in found
    assert (T.ORGANIZATION, "全国人民代表大会") in found


def test_mentions_a_committee_spelled_out_is_the_same_body():
    doc = extract(make_report("t", "2026年湖北省政府工作报告\n各位代表:\n在中共湖北省委的坚强领导下,省委部署要求落实。"))
    found = {(e.type, e.name): e.aliases for e in doc.entities}
    assert (T.ORGANIZATION, "中共湖北省委") not in found
    assert "中共湖北省委" in found[(T.ORGANIZATION, "中共湖北省委员会")]


def test_mentions_the_standing_committee_resolves_to_the_jurisdiction():
    doc = extract(make_report("t", "2025年宁夏回族自治区政府工作报告\n各位代表:\n提请自治区人大常委会审议。接受自治区人大监督。"))
    found = {(e.type, e.name): e.aliases for e in doc.entities}
    assert "自治区人大常委会" in found[(T.ORGANIZATION, "宁夏回族自治区人民代表大会常务委员会")]
    part_of = {(r.subject, r.object) for r in doc.relations if r.predicate.value == "partOf"}
    assert ("宁夏回族自治区人民代表大会常务委员会", "宁夏回族自治区人民代表大会") in part_of


def test_mentions_a_bare_route_word_stands_for_no_named_route():
    doc = extract(make_report("t", HEADER + "呼南高铁开工。推进高铁建设。"))
    route = next(e for e in doc.entities if e.name == "呼南高铁")
    assert "高铁" not in route.aliases


def test_mentions_a_city_is_not_the_new_area_named_after_it():
    doc = extract(make_report("t", "2025年甘肃省政府工作报告\n各位代表:\n建设兰州新区,兰州经济增长。"))
    assert {"兰州", "兰州新区"} <= {e.name for e in doc.entities if e.type is T.PLACE}


@pytest.mark.parametrize("header, body, full, short", [
    ("2024年恩施土家族苗族自治州政府工作报告", "在州委的坚强领导下,州政府团结带领全州人民。", "中共恩施土家族苗族自治州委员会", "州委"),
    ("2024年恩施土家族苗族自治州政府工作报告", "在州委的坚强领导下,州政府团结带领全州人民。", "恩施土家族苗族自治州人民政府", "州政府"),
    ("2024年鄂尔多斯市准格尔旗政府工作报告", "在旗委的坚强领导下,全旗人民奋力拼搏。", "中共准格尔旗委员会", "旗委"),
])
def test_mentions_bodies_of_a_prefecture_or_a_banner_resolve(header, body, full, short):
    doc = extract(make_report("t", header + "\n各位代表:\n" + body))
    found = {(e.type, e.name): e.aliases for e in doc.entities}
    assert short in found[(T.ORGANIZATION, full)]
    assert not any(name in ("全州", "全旗") for _, name in found)


def test_mentions_a_city_ending_in_zhou_keeps_its_name_before_a_body():
    """州政协 is no word of ours: 苏州政协 stays 苏州 + 政协."""
    doc = extract(make_report("t", "2025年江苏省政府工作报告\n各位代表:\n支持苏州政协委员建言。"))
    assert "苏州" in {e.name for e in doc.entities if e.type is T.PLACE}


@pytest.mark.parametrize("header, body, full, short", [
    ("2025年江西省政府工作报告", "完成省博物馆改造,推进省中医院建设。", (T.PLACE, "江西省博物馆"), "省博物馆"),
    ("2025年江西省政府工作报告", "完成省博物馆改造,推进省中医院建设。", (T.ORGANIZATION, "江西省中医院"), "省中医院"),
    ("2025年宁夏回族自治区政府工作报告", "自治区人民医院新院区建成。", (T.ORGANIZATION, "宁夏回族自治区人民医院"),
     "自治区人民医院"),
    ("2022年沈阳市沈河区政府工作报告", "建设区文化馆,支持市博物馆建设。", (T.PLACE, "沈河区文化馆"), "区文化馆"),
    ("2022年沈阳市沈河区政府工作报告", "建设区文化馆,支持市博物馆建设。", (T.PLACE, "沈阳市博物馆"), "市博物馆"),
    ("2025年重庆市政府工作报告", "推进市人民医院建设。", (T.ORGANIZATION, "重庆市人民医院"), "市人民医院"),  # a municipality
    ("2023年咸丰县人民政府工作报告", "县职校入选省级优质学校。", (T.ORGANIZATION, "咸丰县职校"), "县职校"),
    ("2023年咸丰县人民政府工作报告", "县一中本科上线率提升。", (T.ORGANIZATION, "咸丰县一中"), "县一中"),  # one
    ("2023年咸丰县人民政府工作报告", "县二中、县三小建成。", (T.ORGANIZATION, "咸丰县三小"), "县三小"),  # word
])
def test_mentions_an_institution_named_by_its_unit_is_the_jurisdictions(header, body, full, short):
    doc = extract(make_report("t", header + "\n各位代表:\n" + body))
    assert short in {(e.type, e.name): e.aliases for e in doc.entities}[full]


@pytest.mark.parametrize("header, body, unwanted", [
    ("2025年江西省政府工作报告", "市人民医院新院区建成。", "人民医院"),         # which city's is not said
    ("2022年沈阳市沈河区政府工作报告", "改造县妇幼保健院。", "妇幼保健院"),     # a district has no 县
    ("2025年江西省政府工作报告", "全省博物馆达到200家。", "博物馆"),           # every museum of the province
])
def test_mentions_an_institution_of_no_named_unit_is_none(header, body, unwanted):
    doc = extract(make_report("t", header + "\n各位代表:\n" + body))
    assert not any(e.name.endswith(unwanted) for e in doc.entities)


def test_mentions_a_bare_class_word_in_a_provincial_report_stands_for_no_one_place():
    """A province names many grasslands: 草原 alone is none of them; 自治区 alone is the region itself."""
    doc = extract(make_report("t", "2025年内蒙古自治区政府工作报告\n各位代表:\n保护大兴安岭森林草原。草原生态持续向好,"
                                   "自治区经济稳中有进。"))
    texts = {e.name: {m.text for m in e.mentions} for e in doc.entities}
    assert texts["大兴安岭森林草原"] == {"大兴安岭森林草原"}
    assert "自治区" in texts["内蒙古自治区"]


def test_mentions_a_meeting_before_the_reporting_government_is_no_part_of_its_name():
    body = ("2025年安徽省政府工作报告\n2025年1月20日在安徽省第十四届人民代表大会第三次会议上安徽省人民政府省长 王清宪"
            "作政府工作报告\n各位代表:\n一、过去一年工作回顾\n经济平稳运行。")
    found = {e.name for e in extract(make_report("t", body)).entities if e.type is T.ORGANIZATION}
    assert "安徽省人民政府" in found and not any("会议" in name for name in found)


def test_mentions_a_member_names_the_body():
    found = entities("请各位政协委员和其他列席人员提出意见。向各位人大代表致敬。各级人大代表依法履职。")
    assert "政协" in found[(T.ORGANIZATION, "中国人民政治协商会议沈河区委员会")]
    assert "人大" in found[(T.ORGANIZATION, "沈河区人民代表大会")]
    found = entities("并请区政协委员和其他列席人员提出意见。")  # jieba: 区|政协委员
    assert "区政协" in found[(T.ORGANIZATION, "中国人民政治协商会议沈河区委员会")]


def test_mentions_the_speaker_is_a_person_not_a_place():
    header = "2023年大连市旅顺口区政府工作报告\n——2022年12月28日在旅顺口区第十九届人民代表大会第三次会议上\n" \
             "旅顺口区人民政府区长 李井山\n各位代表:\n"
    found = {(e.type, e.name) for e in extract(make_report("t", header + "现在,我代表区人民政府报告工作。")).entities}
    assert (T.PERSON, "李井山") in found and (T.PLACE, "李井山") not in found
    header = "2017年蠡县人民政府工作报告\n2017年2月22日在蠡县第十七届人民代表大会第一次会议上\n蠡县人民政府代县长都建华\n各位代表:\n"
    found = {(e.type, e.name) for e in extract(make_report("t", header + "现在,我代表县人民政府报告工作。")).entities}
    assert (T.PERSON, "都建华") in found and not any(name == "建华" for _, name in found)  # no place inside the name


def test_mentions_a_government_or_congress_named_by_its_term_and_its_city_is_the_reports_own():
    found = entities("我代表沈阳市沈河区第十九届人民代表大会报告。一、第十八届人民政府工作回顾。沈河区第十八届人民政府向大会报告。")
    assert "沈阳市沈河区第十九届人民代表大会" in found[(T.ORGANIZATION, "沈河区人民代表大会")]
    assert {"第十八届人民政府", "沈河区第十八届人民政府"} <= set(found[(T.ORGANIZATION, "沈河区人民政府")])


def test_mentions_the_city_a_districts_title_names_is_a_place():
    header = "武汉市洪山区人民政府工作报告\n——2017年12月28日在洪山区第十五届人民代表大会第二次会议上\n区 长 林文书\n"
    found = {(e.type, e.name) for e in extract(make_report("t", header + "一、2017年工作回顾\n全区经济稳步增长。")).entities}
    assert {(T.PLACE, "武汉市"), (T.PLACE, "洪山区"), (T.PERSON, "林文书")} <= found  # no 各位代表 line: the speaker
    # is read from the first lines


def test_mentions_a_party_committee_named_with_its_unit_is_that_units():
    found = entities("中共沈阳市沈河区委决定,在中共辽宁省委领导下。中共遵义市委和市委。")
    assert "中共沈阳市沈河区委" in found[(T.ORGANIZATION, "中共沈河区委员会")]
    assert "中共辽宁省委" in found[(T.ORGANIZATION, "中共辽宁省委员会")]
    assert "中共遵义市委" in found[(T.ORGANIZATION, "中共遵义市委员会")]  # jieba: 中共|遵义 (a verb)|市委
    assert (T.PROJECT, "富芯集成电路一期") in names("富芯集成电路一期投产。")  # a circuit is no road


def test_mentions_the_reports_own_units_by_short_name_are_places_whatever_jieba_tags_them():
    header = "2019年牟定县人民政府工作报告\n各位代表:\n一、过去一年工作回顾\n"
    found = {(e.type, e.name) for e in extract(make_report("t", header + "云南牟定产业园区管委会成立。")).entities}
    assert (T.ORGANIZATION, "云南牟定产业园区管委会") in found  # jieba: 牟定 (a verb); a zone's committee
