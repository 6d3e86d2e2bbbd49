"""Word lists as data: name heads by entity class, boundary words, government bodies, units."""
from __future__ import annotations

import re

from kg.records import EntityType

# Programmes named for how long they run (…提升三年行动, …整治提升五年行动); jieba would split 五年 from 行动.
DURATION_ACTIONS = ("两年行动", "三年行动", "五年行动")

# Railways and roads between places, named by them (宝成铁路, 渝昆高铁, 乌丹至白音套海治沙公路).
# Railways' heads (宁马城际铁路, 雄忻高铁, 梅山铁路专用线): a named railway is the works on it
RAIL_HEADS = ("铁路", "高铁", "高速铁路", "城际铁路", "城际", "铁路线", "客运专线", "专用线")
ROUTE_HEADS = ("铁路", "高铁", "高速铁路", "城际铁路", "高速公路", "公路", "高速", "快线", "环线", "东环线", "西环线", "南环线", "北环线")

# The last word of a name tells its class. Longest head wins.
HEADS: dict[EntityType, tuple[str, ...]] = {
    EntityType.ORGANIZATION: (
        "人民政府", "人民代表大会", "常委会", "委员会", "管委会", "管理委员会", "政协", "人大", "党委", "党组", "区委", "市委", "省委",
        "县委", "党中央", "国务院", "政务院", "集团", "银行", "分行", "公司", "分公司", "大学", "学院", "研究院", "研究所",
        "所", "分中心", "交易中心", "服务中心", "院区", "事务所", "协会", "商会", "联合会", "理事会", "法院", "检察院",
        "办公室", "办事处", "管理局", "服务局", "发展局", "公安局", "税务局", "分局", "居委会", "村委会", "部", "厅", "局", "署", "总局", "会客厅", "交易所", "股交",
        "学校", "中学", "小学", "幼儿园", "医院", "基金会", "合作社", "发展中心", "实验室", "联社",
        "发展改革委", "发改委", "卫生健康委", "卫健委", "工商联", "科协", "妇联", "侨联", "残联", "总工会", "学会", "创新院",
        "研究中心", "联盟", "创新中心", "技术中心", "科学中心", "转移中心", "调度中心", "指挥中心", "石化", "投资基金",
        "引导基金", "母基金", "科创基金", "担保基金", "产业基金", "财险", "寿险",
    ),
    EntityType.PLACE: (
        "自治区", "自治州", "省", "市", "区", "县", "旗", "镇", "乡", "街道", "社区", "村", "大街", "步行街", "风情街", "美食街", "商业街",
        "街", "路", "大道", "快速路", "沟", "坡", "坝", "东片", "西片", "南片", "北片", "胡同", "巷", "里", "河", "江", "湖", "淀", "渠", "山", "岛", "湾", "港", "公园",
        "广场", "大厦", "商贸城", "商城", "地块", "区块", "小区", "寺", "庙", "宫", "楼", "景区", "古城", "新城", "新区",
        "开发区", "高新区", "经开区", "自贸区", "自贸试验区", "新片区", "园区", "产业园", "产业园区", "科技园", "创业园", "软件园", "创意园", "文创园", "产业带", "商圈", "机场", "车站",
        "都市圈", "经济圈", "城市群", "城镇群", "经济带", "综合体", "片区", "示范区", "先行区", "试验区", "集聚区", "市集", "码头",
        "湿地", "水库", "大桥", "隧道", "口岸", "地区", "风貌区", "街区", "科技城", "科学城", "科创园", "工业园", "遗址",
        "流域", "盆地", "山脉", "博物馆", "纪念馆", "图书馆", "美术馆", "科技馆", "体育馆", "体育场", "大剧院", "剧院",
        "植物园", "动物园", "枢纽", "走廊", "航道", "电厂", "火车站", "高铁站", "东站", "西站", "南站", "北站",
        "故居", "古镇", "滑雪场", "峡谷", "石窟", "古道", "草原", "沙漠", "沙地", "奥体中心", "体育中心", "健身中心", "会展中心", "度假区", "乐园",
        "会议中心", "博览中心", "祠", "科创城", "创新城", "未来城", "大学城", "生态城", "汽车城", "影视城", "金融城",
        "光谷", "硅谷", "声谷", "数谷", "博物馆群", "保税区", "综合保税区", "综保区", "保护区", "自然保护区", "旅游区",
        "风景区", "风景名胜区", "经济区", "物流园", "港区", "合作区", "电站", "水电站", "核电站", "核电", "灌区",
        "文化中心", "艺术中心", "演艺中心", "革命老区", "老区", "库区", "苏区", "旅游带", "文化带", "新通道",
        "水厂", "污水处理厂", "垃圾处理厂", "祠堂", "商务城", "民居", "古民居", "收费站", "科创谷", "智谷", "展览馆", "展示馆", "陈列馆", "规划馆", "创新馆", "小微园",
        *ROUTE_HEADS,
    ),
    EntityType.PROJECT: (
        "工程", "后续工程", "行动", "行动计划", "行动方案", *DURATION_ACTIONS, "专项行动", "攻坚行动", "改造", "改造提升", "提升改造", "更新",
        "综合治理", "综合改造", "综合整治", "治理", "整治", "专项整治", "平台", "信息平台", "服务平台", "主题活动", "活动", "创建活动",
        "系列活动", "文化节", "艺术节", "旅游节", "节", "大会", "峰会", "论坛", "博览会", "城博会", "展会",
        "交易会", "联赛", "锦标赛", "普查", "普法", "学习教育", "主题教育", "专题教育", "规划", "规划纲要", "纲要", "计划", "方案", "示范区建设", "试验区建设", "先行区建设", "基地建设", "示范县建设", "示范市建设",
        "景区创建", "功能重塑", "督察", "专项斗争", "班列", "年会", "首脑会议", "对话会", "洽谈会", "推介会", "沙龙",
        "展览会", "展销会", "交流会", "对接会", "研讨会", "恳谈会", "高端对话",
        "电影节", "音乐节", "戏剧节", "美食节", "购物节", "电视节", "读书节", "冰雪节", "啤酒节", "消费季", "赛事", "运动会", "马拉松", "大赛", "大奖赛", "晚会", "联欢会",
    ),
}

# Heads that are too generic to make a name on their own (the head must follow a real modifier).
WEAK_HEADS = frozenset({
    "部", "厅", "局", "署", "里", "街", "路", "市", "区", "县", "省", "河", "山", "江", "湖", "淀", "节", "项目",
    "平台", "活动", "改造", "治理", "整治", "规划", "计划", "方案", "纲要", "创建", "更新", "大会", "市场", "社区",
    "村", "学校", "医院", "片区", "园区", "行动", "实验室", "工业园", "遗址", "联赛", "锦标赛",
    "博物馆", "纪念馆", "图书馆", "美术馆", "科技馆", "体育馆", "体育场", "剧院", "植物园", "动物园", "枢纽", "走廊",
    "航道", "电厂", "故居", "古镇", "滑雪场", "峡谷", "石窟", "古道", "草原", "沙漠", "沙地", "对话会", "洽谈会", "推介会",
    "消费季", "沙龙", "展览会", "展销会", "交流会", "研讨会", "恳谈会", "大赛",
})

# Words that end a name on the left: governing verbs, adverbs, function words.
BOUNDARY_WORDS = frozenset("""
贵在 重在 成在
构建 推行 正在 还要 還要
推进 推动 实施 完成 加快 建设 打造 开展 启动 深化 加强 做好 抓好 建成 举办 实现 持续 全面 深入 积极 大力
扎实 统筹 着力 坚持 围绕 参与 参加 出席 组织 创建 开发 引进 培育 形成 支持 鼓励 落实 提升 提高 强化 优化 完善 促进
发展 聚焦 依托 推出 成功 盘活 入选 获评 创成 当选 参展 承办 主办 召开 出台 制定 编制 谋划 启用 投用 建立 设立
赋予 落户 入驻 进驻 开业 晋升 晋升为 晋级 成立 组建 新建 改建 扩建 续建 开工 竣工 运营 落地 签约 引入 吸引 带动 服务 保障 确保 力争 争取 预计 将 要 达到 获批 申报 申建
我们 我区 我市 我省 全区 全市 全省 全国 各级 一批 一系列 重点 重要 主要 继续 进一步 不断 切实 认真 大幅 高效
的 地 得 和 与 及 以及 或 等 在 对 为 以 把 被 将 从 向 于 由 经 经过 了 着 过 是 有 也 都 又 并 并且 而 其 之 该 本 各 每
这 那 此 这是 就是 也是 都是 还是 正是 研究 运用 代表 其中 以上 以下 期间 年 月 日 成为 作为 通过 按照 根据 关于 同时 共 共计 累计 新增 全力 全年 今年 去年
首先 其次 最后
场次 人次 户次 架次 批次 车次 班次 布局 提交 收官 周年
投运 投产 建成投运 开通 开行
办好 用好 管好 建好 精心
""".split())

# Verbs and adverbs jieba's dictionary tags as nouns or adjectives, which reports use to govern an object
# (规范口岸收费, 升级数据交易中心, 牢记人民政府…): they end a place's or a body's name on the left, but a
# programme may be named by them (规范涉企执法专项行动, 机场改造升级工程).
GOVERNING_WORDS = frozenset("规范 牢记 杜绝 构筑 弘扬 厚植 营造 办理 调整 总结 宣传 升级 扎根 整顿 清理 严格 有力 有序 上线 策划 建议 报 会同".split())

# jieba tags of the words a place's proper name is made of (四川 灌县, 湖南省 华容县, 孟连县).
PLACE_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nz", "x"})

# Generic nouns that are never names by themselves, with or without a head; among them common words jieba's
# dictionary tags places (美丽, 普及, 河湖, 城中村), found by tagging the corpus.
GENERIC = frozenset("""
企业 学校 医院 社区 项目 工程 平台 活动 行动 市场 园区 小区 街路 道路 胡同 公园 地块 楼宇 产业 政府 部门 单位
机构 中心 基地 城市 城区 地区 区域 全区 全市 全省 全国 本区 本市 我区 我市 我省 各区 各市 各省 街道 乡镇 农村 城乡
服务平台 信息平台 主题活动 系列活动 重点项目 重大项目 专项行动 攻坚行动 改造提升 提升改造 综合治理 基础设施
文化活动 示范区 先行区 试验区 集聚区 商业综合体 老旧小区 背街小巷 建设工程 城市更新 功能区 核心区 中心城区
国家 中央 省市 省级 市级 区级 县级 地方 基层 一线 行政办公楼宇 产业园 开发区 新区 规划 计划 方案
人民政府 人民代表大会 人民法院 人民检察院 科研院所 院所 城镇 大中小城市 中小城市 小城镇 中小学 党代会 强区 大区 科技强区 人才强区 立区强区 新城区 城建 口袋公园 居民小区 示范小区 特色社区 社会治理 环境治理
精品工程 知识更新 有机更新 在建项目 大型活动 工作思路 工作部署 总体布局 格局 布局 棚户区 征收地块 污染地块
达标片区 示范片区 东部地区 西部地区 南部地区 北部地区 中部地区 中心城区 副省级城市 卫生城市 文明城市 卫生县城 卫生镇 卫生村 文明镇 文明村 嘎查村 无疫小区 无疫社区
老旧 重点实验室 国家重点实验室 全国重点实验室 省重点实验室 实验室 工业园 科技城 科学城 遗址 上市公司 子公司 母公司 分公司 居民委员会 村民委员会 业主委员会 合作社 信用合作社
专业市场 要素市场 线上市场 服务中心 分中心 交易中心 加油站 商业广场 产业带 集聚区 示范区
海洋 内河 山区 湖泊 山脉 大街 治安 庆典 上市 英雄 爱国 外国 大国 江湖 东西 南北 回国 开国 建国 太阳 新鲜
美丽 法治化 惠及 普及 治本 河湖 宜居 普通高中 城中村 广大干部 山水 治沙 防沙 海关 福利 深海 依法治国 中心镇 新旧
科教兴国 台独 深水 安宁 港澳同胞 满意度 神圣 大城市 桥头堡 入市 大都市 台风 加大力度 广义 加密 江河 重特大 离岛 大河
开园 上门 广度 山海 重大意义 滑坡 都市 海湾 黑土地 藩篱 重建家园 土地利用 沿海港口 大中城市 重大胜利 大县 中度 百强县
美化 各市县 中华文明 多维度 上马 不安宁 中断 兴旺 军民共建 治国 并联 远洋 新春 山水林田湖 海岛
镇村 沿边铁路 教师进修学院 国际国内大赛
零碳 低碳 近零碳 病险 硬化 边境口岸 航空口岸 公路口岸 铁路口岸 水运口岸 生态清洁小流域 深度贫困地区 贫困地区 沿边产业园 文创园区 大学科技园 国际航空枢纽 国家农高区 传统商圈 产业强镇 中西部铁路 半壁江山 集体经济薄弱村 郊野公园 设计公园 虚拟电厂 蓝色海湾 耕地下山 林地上山 美丽乡村路 绿电园区 绿电产业园区 民用运输机场 煤田火区 考古遗址公园 绿电产业园 门户复合型国际航空枢纽 融合生态景观大道 区域养老服务中心 城市居民委员会 影子银行 智慧餐厅 设区市分中心 金控集团 高等研究院 中长期计划 一号工程 中试熟化 中试熟化平台 中小金融机构治理 省部 部省 企业总部 职业俱乐部 高新技术产业开发区 经济技术开发区 国家级经开区 现代农业产业园 跨境电商综试区 边境新村 社员代表大会 高能级开放平台 共性技术平台 公共资源交易平台 上云上平台 中试平台 对外承包工程 公共安全治理 公共服务平台 工业互联网平台 科创平台 科技创新平台 创新平台 职工代表大会 国家重大工程 头号工程 一揽子化债方案 两重 凤凰涅槃 国际湿地 特色文旅活动 文化惠民活动 分裂活动 市域社会治理 中小河流治理 石漠化治理 农业面源污染治理 传统产业改造提升 绿色技术改造提升 党建引领基层治理 蓄能电站 抽水蓄能电站 储能 现代 换电站 充换电站 充电站 储能电站 绿色石化 创业投资基金 形象工程 政绩工程 面子工程 半拉子工程 政绩 承包工程
疏港铁路 疏港公路 进港铁路 在建工程 次差公路 入口社区 平原地区 政银企对接活动 旗县 盟市 枢纽机场 无居民海岛 居民海岛 农民合作社 农村村民委员会 村民委员会 居民委员会 露天矿山 矿山 港口码头 普通 超高速 城际铁路 高速铁路 高速公路 自治县 自治州 母亲河 山河 镇街 全县 全州 全旗 全盟 两国 三国 各国
致富路 小康路 老楼 上楼 楼宇 工业上楼 信用乡 信用村 信用户 特色小镇 田园综合体 国际展会 境外展会 矿区 临空经济区 康庄大道
""".split())

# The one-character names of the units a report's government may lead, and their levels: an autonomous
# prefecture (州) and a league (盟) rank with a city, a banner (旗) with a county.
_UNITS = (("区", "district"), ("县", "district"), ("旗", "district"), ("市", "city"), ("州", "city"), ("盟", "city"),
          ("省", "province"), ("自治区", "province"))

# Institutions a government has one of, named after its unit's one character (省博物馆, 区图书馆, 市人民医院):
# in a report they are the jurisdiction's own, or its city's or province's.
OWN_INSTITUTIONS: dict[str, EntityType] = {
    **dict.fromkeys("博物馆 图书馆 美术馆 科技馆 文化馆 大剧院 体育中心 体育馆".split(), EntityType.PLACE),
    **dict.fromkeys("档案馆 人民医院 中医院 妇幼保健院 儿童医院 肿瘤医院 疾控中心 疾病预防控制中心 党校 融媒体中心 "
                    "医院 政务服务中心 中学 高级中学 实验中学 职业中学 小学 实验小学 幼儿园 实验幼儿园 中等职业学校 职业技术学校 特殊教育学校 "
                    "职校 职中 职教中心 中心医院 社会福利院 福利院 民族中学 "
                    "农业科学院 农科院 林业科学院 林科院 社会科学院 社科院 科学院".split(),
                    EntityType.ORGANIZATION),
}
# A body's number, part of its name (第一中学, 第一机械工业部).
NUMBERED = re.compile(r"第[一二三四五六七八九十]+")


def own_institution(rest: str) -> EntityType | None:
    """The class of an institution a unit's character names (人民医院; numbered, 第一人民医院), or None."""
    if _SHORT_NUMBERED_SCHOOL.fullmatch(rest):
        return EntityType.ORGANIZATION  # 县一中, 市二小: a numbered school by its short name
    number = NUMBERED.match(rest)
    return OWN_INSTITUTIONS.get(rest[number.end():] if number else rest)


_SHORT_NUMBERED_SCHOOL = re.compile(r"[一二三四五六七八九十]{1,2}[中小]")


UNIT_LEVELS = dict(_UNITS)  # 省 → province, 市 → city, 区 → district …

# A unit's court, by the unit's level: a province's is its high court, a city's an intermediate one.
_COURTS = {"province": "{}高级人民法院", "city": "{}中级人民法院", "district": "{}人民法院"}

# Government bodies named relative to the report's jurisdiction: short form → how to expand it.
RELATIVE_BODIES: dict[str, tuple[str, str]] = {
    # short form: (level of the unit it belongs to — own = the report's own level —, template of the full name)
    **{f"{unit}{form}": (level, "{}人民政府") for unit, level in _UNITS for form in ("政府", "人民政府")},
    **{f"{unit}{form}": (level, "{}人民代表大会") for unit, level in _UNITS for form in ("人大", "人民代表大会")},
    **{f"{unit}政协": (level, "中国人民政治协商会议{}委员会") for unit, level in _UNITS},
    **{f"{unit}委": (level, "中共{}委员会") for unit, level in _UNITS if unit != "自治区"},
    **{f"{unit}人大常委会": (level, "{}人民代表大会常务委员会") for unit, level in
       (("区", "district"), ("县", "district"), ("市", "city"), ("省", "province"), ("自治区", "province"))},
    **{f"{unit}{form}": (level, _COURTS[level]) for unit, level in _UNITS for form in ("法院", "人民法院")},
    **{f"{unit}{form}": (level, "{}人民检察院") for unit, level in _UNITS for form in ("检察院", "人民检察院")},
    **{f"{unit}{form}": (level, "{}中级人民法院") for unit, level in _UNITS if level == "city" for form in ("中院", "中级人民法院")},
    **{f"{unit}{form}": (level, "中共{}纪律检查委员会") for unit, level in _UNITS for form in ("纪委", "纪委监委")},
    **{f"{unit}监委": (level, "{}监察委员会") for unit, level in _UNITS},
    **{f"{unit}工商联": (level, "{}工商业联合会") for unit, level in _UNITS},
    "自治区党委": ("province", "中共{}委员会"),
    "自治州党委": ("city", "中共{}委员会"),
    "行署": ("city", "{}行政公署"),  # a league's or a prefecture's administration (锡林郭勒盟行政公署)
    "地委": ("city", "中共{}委员会"),  # a prefecture's party committee (中共喀什地区委员会)
    "人大": ("own", "{}人民代表大会"),
    "人大常委会": ("own", "{}人民代表大会常务委员会"),
    "政协": ("own", "中国人民政治协商会议{}委员会"),
    "工商联": ("own", "{}工商业联合会"),  # 各民主党派、工商联: the federation of the report's unit
}

# Bodies kept as named in the text (no unique full name can be derived safely).
BODIES: dict[str, EntityType] = {
    name: EntityType.ORGANIZATION for name in """
党中央 中共中央 国务院 央视 新华社 全国人大 全国政协 中央军委 区委 市委 省委 县委 区人大 市人大 省人大 县人大 区政协 市政协 省政协
县政协 自治区党委 自治区人大 自治区政协 人大 政协 人大常委会 区人大常委会 市人大常委会 省人大常委会
外交部 国防部 教育部 科技部 工业和信息化部 公安部 民政部 司法部 财政部 人力资源社会保障部 自然资源部 生态环境部
住房城乡建设部 交通运输部 水利部 农业农村部 商务部 文化和旅游部 国家卫生健康委 应急管理部 审计署 国家发展改革委
中国人民银行 国务院国资委 海关总署 国家税务总局 市场监管总局 国家统计局 国家医保局 中国科学院 中国工程院 中国社会科学院
联合国 世界贸易组织 世贸组织 二十国集团 上海合作组织 上合组织 金砖国家 亚太经合组织 东盟 欧盟 非盟 世界卫生组织
世卫组织 工商联 全国工商联 中华全国工商业联合会 国际货币基金组织 世界银行 亚洲基础设施投资银行 亚投行 新开发银行
中国共产党 中国人民解放军 人民解放军 解放军 中国人民武装警察部队 武警部队 中国人民政治协商会议 中国共产主义青年团
中华全国总工会 全国总工会 中华全国妇女联合会 全国妇联 中国科协 中国人民志愿军 共产党 国民党 中国国民党 中国政府
国家计委 国家经委 国家科委 国家教委 国家民委 国家体委 国家计划委员会 国家经济委员会
""".split()
}

# Short names of national and international bodies, and the full names they stand for.
FULL_NAMES: dict[str, str] = {
    "共产党": "中国共产党", "共青团": "中国共产主义青年团", "国民党": "中国国民党", "解放军": "中国人民解放军",
    "人民解放军": "中国人民解放军", "武警部队": "中国人民武装警察部队", "全国总工会": "中华全国总工会",
    "全国妇联": "中华全国妇女联合会", "世贸组织": "世界贸易组织", "世卫组织": "世界卫生组织",
    "全国工商联": "中华全国工商业联合会", "全国工商业联合会": "中华全国工商业联合会",
    "全国人大": "全国人民代表大会", "全国政协": "中国人民政治协商会议全国委员会", "上合组织": "上海合作组织", "亚投行": "亚洲基础设施投资银行",
    "中华人民共和国": "中国",  # the country goes by its short name, as the gazetteer's country node does
}

# Head words that make a name only right after a proper noun (多福小区, 东北地区; not 国家中心城市).
GENERIC_HEAD_TOKENS = frozenset("城市 地区 社区 小区 街区 城区 新城 园区 片区 市场 广场 中心 基地 景区 大厦 综合体 办公楼 综合楼 教学楼 宿舍楼 写字楼 大楼 航站楼 田园综合体".split())

# Place heads that make a designation (国家级…集聚区) rather than a name, unless a proper noun comes with them.
DESIGNATION_HEADS = frozenset("示范区 风貌区 先行区 试验区 集聚区 产业带 经济带 示范步行街 步行街 新城 城区 街区 工业园 科技城 科学城 "
                              "片区 社区 小区 城市 地区 市集 古城 园区 都市圈 城市群 区 枢纽 走廊 航道 博物馆 图书馆 "
                              "美术馆 科技馆 体育馆 电厂 草原 沙漠 滑雪场 古镇 度假区 乐园 科创城 创新城 未来城 大学城 生态城 "
                              "汽车城 影视城 金融城 光谷 硅谷 声谷 数谷 博物馆群 保税区 综合保税区 保护区 自然保护区 "
                              "旅游区 风景区 风景名胜区 经济区 物流园 港区 合作区 电站 水电站 核电站 核电 灌区 文化中心 艺术中心 "
                              "演艺中心 革命老区 老区 库区 苏区 自贸区 自贸试验区 新片区 自由贸易区 旅游带 文化带 创业园 软件园 "
                              "创意园 文创园 产业园区 经开区 水厂 祠堂 商务城 民居 古民居 收费站 科创谷 智谷 展览馆 展示馆 "
                              "陈列馆 规划馆 创新馆 小微园".split())

# Areas a street or a village is named right after (神农新区清溪路, 勐伴镇勐伴村), streets, and what lies in an area
STREET_AREAS = ("新区", "开发区", "高新区", "园区", "镇", "乡", "街道", "片区")
STREETS = ("路", "街", "大道", "大街", "巷")
IN_AREA = (*STREETS, "村", "社区")

# Zone words a city's or a county's report calls its own zone by (高新区营收增长20%: the city's high-tech zone)
LOCAL_ZONES = frozenset({"经开区", "高新区", "经济开发区"})

# Words that turn a place name into a slogan (美丽四川, 幸福沈河, 平安湖北): never part of the place's name.
SLOGAN_MODIFIERS = frozenset("美丽 幸福 平安 健康 数字 智慧 法治 生态 活力 魅力 绿色 文明 和谐 开放 创新 人文 乐享 多彩 大美 "
                             "好客 清新 锦绣 秀美 壮美 诗画 筑牢".split())

# Words that never head a name, though they end in a head character.
NEVER_HEADS = frozenset("城市 城镇 城乡 乡镇 农村 城中村 基层 全区 全市 全省 本市 本区 我市 我区 我省".split())
# Endings that look like heads but are ordinary words (使节, 环节; 港人治港 is a slogan).
FALSE_HEAD_ENDINGS = ("滑坡", "陡坡", "山坡", "大坝", "堤坝", "山沟", "固沟", "上市", "入市", "出省", "入川", "入乡", "下乡", "返乡", "进城", "入城", "出海", "电路", "思路", "线路", "出路", "销路", "门路", "套路", "强省", "强市", "强区", "强县", "强港", "强镇", "强村", "大省", "大市", "大县", "名县", "使节", "季节", "环节", "细节", "礼节", "章节", "关节", "情节", "调节", "脱节", "春节", "治港", "治澳",
                      "银山", "青山", "新路", "矿山", "高山", "荒山", "深山", "群山", "冰山", "靠山")
# Institution heads that name a kind (公立医院, 民营银行) unless a proper noun comes with them.
INSTITUTION_HEADS = frozenset("学校 中学 小学 医院 银行 分行 公司 分公司 大学 学院 幼儿园 企业 集团 服务中心 实验室 合作社 协会 商会 理事会 "
                              "基金会 联盟 研究中心 创新中心 技术中心 科学中心 转移中心 调度中心 指挥中心 石化 投资基金 "
                              "引导基金 母基金 科创基金 担保基金 产业基金 财险 寿险".split())

# Words that end like a body's name but are not one.
FALSE_ORG_ENDINGS = ("干部", "全部", "内部", "外部", "局部", "东部", "西部", "南部", "北部", "中部", "院所", "场所", "厕所", "住所", "格局", "布局", "大局", "全局", "结局", "时局", "政局", "当局", "骗局", "开局", "破局", "终局", "新局", "变局", "棋局")

# Regions that reports name as places: above a province (华北, 长三角) or across its cities (长株潭, 呼包鄂).
MACRO_REGIONS = frozenset("东北 华北 华东 华南 华中 西北 西南 东三省 长三角 珠三角 京津冀 粤港澳大湾区 成渝 "
                          "中部地区 西部地区 东北地区 东部地区 长江经济带 黄河流域 亚洲 欧洲 非洲 拉美 拉丁美洲 东亚 东南亚 中亚 "
                          "南亚 西亚 中东 中东欧 一带一路沿线 粤港澳 北部湾 环渤海 港澳 港澳台 东北亚 北美 南美 大洋洲 北非 西欧 "
                          "东欧 中原 中西部 关中 岭南 京津 长株潭 呼包鄂 呼包鄂乌 宁镇扬 沪苏浙 苏锡常 厦漳泉 滇中 黔中 "
                          "乌昌 关中平原 海峡西岸 太平洋 大西洋 印度洋 北冰洋 亚太 华北地区 华东地区 华南地区 华中地区 西北地区 西南地区".split())
# The provinces (first two digits of their division codes) each region of the country spans; a place of the
# text lies in a region the same sentence names only when its province is one of them.
_PROVINCES = {"京": "11", "津": "12", "冀": "13", "晋": "14", "蒙": "15", "辽": "21", "吉": "22", "黑": "23", "沪": "31",
              "苏": "32", "浙": "33", "皖": "34", "闽": "35", "赣": "36", "鲁": "37", "豫": "41", "鄂": "42", "湘": "43",
              "粤": "44", "桂": "45", "琼": "46", "渝": "50", "川": "51", "贵": "52", "云": "53", "藏": "54", "陕": "61",
              "甘": "62", "青": "63", "宁": "64", "新": "65", "港": "81", "澳": "82"}
_REGION_SPANS = {
    "东北 东北地区 东三省": "辽吉黑蒙", "华北 华北地区": "京津冀晋蒙", "华东 华东地区": "沪苏浙皖闽赣鲁", "华中 华中地区": "豫鄂湘",
    "华南 华南地区": "粤桂琼", "西南 西南地区": "渝川贵云藏", "西北 西北地区": "陕甘青宁新", "长三角": "沪苏浙皖", "珠三角": "粤", "粤港澳 粤港澳大湾区": "粤港澳", "京津冀": "京津冀",
    "成渝": "川渝", "东部地区": "京津冀沪苏浙闽鲁粤琼", "中部地区": "晋皖赣豫鄂湘", "西部地区": "蒙桂渝川贵云藏陕甘青宁新",
    "长江经济带": "沪苏浙皖赣鄂湘渝川贵云", "黄河流域": "青川甘宁蒙陕晋豫鲁", "北部湾": "桂粤琼", "环渤海": "京津冀辽鲁",
    "京津": "京津", "沪苏浙": "沪苏浙", "长株潭": "湘", "呼包鄂 呼包鄂乌": "蒙", "宁镇扬 苏锡常": "苏", "厦漳泉 海峡西岸": "闽",
    "滇中": "云", "黔中": "贵", "乌昌": "新", "关中平原": "陕晋甘",
}
REGION_PROVINCES: dict[str, frozenset[str]] = {
    region: frozenset(_PROVINCES[c] for c in chars) for regions, chars in _REGION_SPANS.items() for region in regions.split()}

# A province's one-character name (or its other one: 蜀, 黔, 滇, 秦, 陇) and a direction name a part of it
# (皖北, 苏北, 粤东西北 is not one): a place.
# Company names spelled like such a part (京东), which reports name far more often than the area.
BRANDS = frozenset({"京东"})

# A party committee named in full by its unit (中共遵义市委, 中共沈阳市沈河区委, 中共宜良县委员会).
PARTY_COMMITTEE = re.compile(r"中共(?P<unit>[\u4e00-\u9fff]{1,12}?(?:自治区|自治州|自治县|省|市|县|区|旗|州|盟))委(?:员会)?")


# Recurring national and international events reports call by a short name: expositions and fairs (进博会,
# 广交会), and games (全运会, 亚冬会). Each names one event series; an edition, a year or a host city may come first.
EVENT_NAMES = frozenset("""
进博会 进口博览会 广交会 服贸会 消博会 高交会 文博会 投洽会 东博会 链博会 数博会 智博会 西博会 兰洽会 厦洽会 哈洽会
中博会 酒博会 药博会 丝博会 茶博会 农博会 花博会 世博会 东盟博览会 中阿博览会 亚欧博览会 中俄博览会
奥运会 冬奥会 残奥会 冬残奥会 亚运会 亚残运会 全运会 残特奥会 特奥会 大运会 亚冬会 冬运会 世界杯 世俱杯 民族运动会 学青会
""".split())
# The provinces' one-character names, their second names included (川, 蜀; 贵, 黔).
PROVINCE_CHARS = "".join(c for c in _PROVINCES if c not in "港澳") + "蜀黔滇秦陇"
PROVINCE_PART = "^[" + PROVINCE_CHARS + "][东西南北中]部?$"

# Measure words that belong to a number before them, not to the name after them.
MEASURE_CHARS = frozenset("条项处个家所座栋幢件名批类")

# The commonest Chinese surnames (about nine people in ten carry one): a name jieba does not know is
# taken for a person's only when it starts with one of these and a title or a list of people follows.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
# Honorific titles after a person's name.
PERSON_TITLES = ("总书记", "同志", "主席", "总理", "委员长", "书记", "省长", "市长", "区长", "县长", "部长")

# Units and measure words a figure may carry, longest first when matched.
UNITS = tuple(sorted(set("""
个百分点 百分点 平方公里 平方千米 平方米 立方米 千瓦时 万千瓦 千瓦 兆瓦 吉瓦 公里 千米 公顷 万亩 亩 吨 标准箱 标箱 千克 公斤
美元 欧元 港元 元 % ％ ‰ 大类 倍 人次 户次 架次 车次 班次 人 户 家 个 条 处 栋 幢 所 件 场 剂 名 项 次 届 支 种 座 张 部 宗 类
轮 小时 天 年 台 辆 套 间 床 批 位 篇 册 份 本 颗 株 棵 头 只 艘 列 趟 站 块 片 盏 根 层 期 单 笔 门 款 辆次 床位
所次 公里数 千公顷 万人次 斤 千瓦小时 度 岁 个月 个位次 位次 头只 场次 个季度 剂次 批次 吨标准煤 吨标煤
""".split()), key=len, reverse=True))


# 做X verbs (and 织密) of policy prose that jieba's dictionary lacks; unknown, its HMM glues X to the next name (做 强五爱).
# Common words jieba's dictionary tags as abbreviations (j), which would count as proper nouns in a name
# (研发平台, 环保行动): their own parts of speech.
RETAGGED = {"深化": "v", "研发": "vn", "通行": "v", "存储": "vn", "通航": "vn", "年产": "v", "同比": "d", "人均": "n",
            "年均": "d", "环保": "n", "通信": "n", "房地产": "n", "工商业": "n", "中小学": "n", "中医": "n", "同行": "n",
            "建成投产": "v", "产能": "n", "零部件": "n", "零件": "n", "高新": "n", "医保": "n", "社保": "n", "民企": "n", "质检": "n",
            "会同": "p"}  # 自然资源厅会同农业农村厅: with, not part of a body's name
RETAGGED.update(dict.fromkeys("各县市 各县区 各市县 各区县 各市州 各盟市 各省市 各省区 各地市 各乡镇".split(), "r"))  # 德州|各县市:
# every unit of a kind, no place
# Counted in the shared corpus among the words jieba tags j: common nouns and verbs of policy prose.
RETAGGED.update({word: "n" for word in """
中小企业 中小 国企 中试 交通运输 国企改革 外商投资 光伏 煤电 家电 技改 安全监管 政企 金融监管 招投标 外贸企业 轻纺 中低收入 中小学生 民航 中介 邮电 通胀 仓储 上下游 中西医
大中小城市 大中小企业 工矿企业 财政投入 创投 中小学校 港航 党建 产粮 农牧 房地产业 居住证 医改 中小城市 工商企业 外企 房产 干警 中低收入者 环评 工贸 中小银行 军工企业 产品销售
光电 航空运输 农副业 中介组织 海外投资 农贸 大中专 中下游 上中游 厂矿企业 房贷 财贸
""".split()})
RETAGGED.update({word: "v" for word in "深化改革 改扩建 联控 创优 通电 减免税 共保 通邮 拉大 通用化 本地化".split()})
RETAGGED["科教兴市"] = "n"  # a strategy, as 科教兴国 is; jieba's dictionary tags it a place
# And among the words its dictionary lacks, whose part of speech would be x, a proper noun's (文旅消费集聚区),
# or a verb's from their first character (征信平台, 堵点).
RETAGGED.update({word: "n" for word in """
文旅 算力 深度 新质 低碳 老旧 规上 质效 零碳 普惠 碳达峰 绿电 康养 小微 产教 普惠性 医共体 林权 营收 市域 省域 碳汇 数智 医养 冷链 数智化 失能 蓄能 普惠托育 双控 黑臭 智算 化债
惠企 国考 脑机 双碳 非遗 农房 央地 线上 危化品 绿道 研学 固废 集采 文创 绿氢 央企 疾控 面源 海工 户厕 失智 文博 新冠 思政课 重卡 管廊 运维 文旅体 网约车
房票 奖补 专班 智造 滨水 雨污 商超 巨灾 棚改 总磷 扬尘 信创 医防 农文旅
征信 托位 托育点 堵点 超算 瞪羚 愿景 爆款 算电 算网 要事 极核 住建
""".split()})
RETAGGED.update({word: "v" for word in "扩能 援疆 投用 施策 铸魂 强链 纠治 化险 延链 厚植 焕新 问责 固边 延包 企稳 稳价 赓续 援青 "
                 "严把 新修 守牢 筑牢 聚力".split()})  # 严把机场, 新修园区道路, 聚力革命老区: verbs, no part of a place's name
# And common words its dictionary tags a person's name or another proper noun (高水平 nr, 智慧 nr, 集成电路 nz); words that open real names (城市更新行动, 康复大学) keep theirs.
RETAGGED.update({word: "n" for word in """
文明 智慧 养老金 双拥 福祉 青少年 广大群众 农村居民 党风廉政 公共安全 蓝天 幼儿园 慈善 安全感 市场秩序 蓝图 碧水 小城镇 绿水青山 卫星 友谊 贡献率 安全观 经济秩序 阳光
史志 幸福感 玉米 武警官兵 新秩序 高潮 孤儿 洪水 双循环 法律援助 白名单 道德 权威 青壮年 水土保持 山洪 廉政 光辉 经济杠杆 楼宇 红树林 马拉松 强降雨 纪检监察 大家庭
博士后 子孙后代 师生 牛羊肉 新高潮 强台风 和平 改革开放 中华民族 人大代表 三农 和平共处 和平统一 集成电路 诚信 保卫战 农田水利 党和国家 爱国主义 国际友人 普及率
开放平台 爱国卫生 国际贸易 第三产业 天然林 文教 社会秩序 伟大胜利 二氧化碳 道路交通 辛勤劳动 新世纪 一卡通 新路 锂电池 正义斗争 安全工程 生命安全 二氧化硫 重大成果 锂 福利事业
亿万人民 红利 民族自治 革命斗争 源泉 钛 户外运动 传统友谊 网络安全 伟大事业 满意率 氟 硅 世界观 安全事件 甲醇 孵化器 红色旅游
""".split()})
RETAGGED.update({word: "v" for word in """
弘扬 建立健全 严格执行 拓宽 广泛开展 大力支持 从严治党 大力加强 努力实现 严肃查处 荣获 关怀 明显增强 明显改善 采取措施 续建 立德 明显提高 努力争取 努力奋斗 杜绝 封锁
严格遵守 努力创造 爱好和平 相衔接 通达 修正 努力完成 平稳过渡 大力发展 力争 新开工 促发展 申报 联网 全面推广 信教 印发 大力推广 健康成长 相匹配 充分肯定 新创建
""".split()})
RETAGGED.update({word: "vn" for word in """
养老 智能化 宣传教育 托幼 许可 施政 高端化 保健
""".split()})
RETAGGED.update({word: "a" for word in """
公正 宝贵 光荣 清正廉洁 殷殷 幸福美好 蓬勃 和睦 普通 高度一致 兴盛
""".split()})
RETAGGED.update({word: "b" for word in """
高水平 高素质 中国式 开放型 嵌入式 新型农村
""".split()})
RETAGGED.update({word: "d" for word in """
多渠道
""".split()})

POLICY_VERBS = ("做强", "做大", "做优", "做实", "做精", "做细", "做深", "做火", "做亮", "做特", "做美", "做靓", "做足",
                "织密")  # 织密公路连接线: not a route named 织密


# Set phrases jieba's dictionary lacks that hold a place's name (金山 in 金山银山, of 绿水青山就是金山银山).
SAYINGS = ("金山银山",)

# Firms reports name by the short names they go by, with no class head (华为, 宁德时代, 中石化); only names that
# are no everyday word (not 小米, 联想, 吉利, 浪潮, 中兴). Those jieba splits are added to its dictionary.
FIRMS = frozenset("""
华为 腾讯 阿里巴巴 字节跳动 京东 京东方 比亚迪 宁德时代 网易 美团 拼多多 海尔 格力 长城汽车 奇瑞 长安汽车 一汽 上汽
广汽 中芯国际 海康威视 大疆 科大讯飞 隆基 通威 天合光能 晶科 三一重工 中联重科 徐工 潍柴 宝武 鞍钢 首钢 中石油 中石化
中海油 国家电网 南方电网 国网 中国移动 中国联通 中国电信 中粮 中化 中国中化 中国华能 华润 招商局 万达 万科 碧桂园 顺丰
伊利 蒙牛 中国商飞 商飞 中航工业 东方电气 中核 中广核 中节能 华能 华电 国电投 工行 农行 建行 交行 中建 中铁 中交 中国铁建 盒马鲜生
""".split())
_FIRMS_JIEBA_SPLITS = ("宁德时代", "中芯国际", "海康威视", "科大讯飞", "天合光能", "三一重工", "中石油", "字节跳动",
                       "拼多多", "东方电气", "中广核", "中国商飞", "中航工业", "中国铁建", "盒马鲜生", "中节能", "国电投")


def user_words() -> list[tuple[str, int | None, str | None]]:
    """Words added to jieba once at pipeline start: (word, frequency, tag)."""
    words: list[tuple[str, int | None, str | None]] = []
    for name in BODIES:
        words.append((name, 20000, "nt"))
    for name in RELATIVE_BODIES:
        if not name.startswith(("州", "旗", "行")):  # 苏州政协 must stay 苏州 政协: jieba's own words for these do;
            # 行署 names the body only where a prefecture's report says it (原由行署管理的企业)
            words.append((name, 20000, "nt"))
    for name in MACRO_REGIONS:
        words.append((name, 20000, "ns"))
    for head in ("主题活动", "主题教育", "学习教育", "综合治理", "综合改造", "综合整治", "改造提升", "提升改造", "功能重塑", "专项整治", *DURATION_ACTIONS, "地区生产总值",
                 "科技城", "科学城", "科创园", "工业园", "产业园区", "经开区", "都市圈", "先行区", "新时代", "新一轮", "可再生能源",
                 "行蓄洪区", "蓄滞洪区",  # 和|行 蓄洪区: jieba would glue 行 to the word before
                 "国省干道", "国省干线", "国省道"):  # national and provincial roads, not a place 国省
        words.append((head, 20000, "n"))
    import jieba

    from kg.gazetteer import countries

    for name in countries():
        if len(name) >= 3 and not jieba.dt.FREQ.get(name):
            words.append((name, 20000, "ns"))  # 北马其顿, 密克罗尼西亚: jieba's HMM would cut them up
    for verb in POLICY_VERBS:
        words.append((verb, 20000, "v"))
    for body in ("发展改革委", "卫生健康委"):
        words.append((body, 20000, "n"))  # 省发展改革委: jieba would leave 委 alone
    words.append(("高能级", 20000, "b"))  # 高能级创新平台: a level, as 国家级 is
    words.append(("政府间", 20000, "b"))  # 政府间委员会: intergovernmental, not 政府 and the locative 间
    words.append(("大数据", 20000, "n"))  # 大数据发展行动: jieba would leave 大 alone
    words.append(("同城化", 20000, "vn"))  # 内江自贡同城化发展总体方案: jieba would read 同|城|化发展
    words.append(("粤东西北", 20000, "n"))  # east, west and north Guangdong, a policy's area: not 粤东 and 西北
    for situation in ("县情", "市情", "区情", "省情", "旗情", "州情"):
        words.append((situation, 20000, "n"))  # 举办县情说明暨…推介会: a unit's circumstances, not 县 and 情
    for congress in ("十二大", "十三大", "十四大", "十五大", "十六大", "十七大", "十八大", "十九大", "二十大", "二十一大"):
        words.append((congress, 20000, "j"))  # 党的十九大和|省…: not 十九|大和省, a province named 大和
    for phrase in ("退田还湖", "退耕还湖", "退渔还湖", "退圩还湖", "退牧还草", "退耕还草", "退耕还湿", "退田还湿", "退养还滩"):
        words.append((phrase, 20000, "l"))  # returning farmland to lakes: not a lake named 还湖
    for disease in ("非洲猪瘟", "中东呼吸综合征"):
        words.append((disease, 20000, "n"))  # a disease named for where it was found, not the place
    for word, tag in RETAGGED.items():
        words.append((word, None, tag))
    for saying in SAYINGS:
        words.append((saying, 20000, "i"))
    for firm in _FIRMS_JIEBA_SPLITS:
        words.append((firm, 20000, "nt"))
    words.append(("工程建设", 0, None))  # 琼西北供水工程|建设: the works' head, then the building of them
    return words
