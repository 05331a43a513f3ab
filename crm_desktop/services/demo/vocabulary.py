"""Words the demo data is made of: places, names, trades, and what people write in a CRM.

Plain tuples, chosen to look like a Chinese small business's real records (with a share
of foreign customers in English). Phone prefixes and area codes are ones ``phonenumbers``
accepts as valid, so the demo data passes the same checks as imported data.
"""

from __future__ import annotations

from typing import NamedTuple


class City(NamedTuple):
    name: str
    province: str  # "" for the four municipalities
    region: str
    area_code: str  # without the trunk 0
    local_digits: int  # length of a landline number after the area code
    districts: tuple[str, ...]
    weight: int


CITIES: tuple[City, ...] = (
    City("北京", "", "华北", "10", 8, ("朝阳区", "海淀区", "东城区", "丰台区"), 9),
    City("天津", "", "华北", "22", 8, ("和平区", "南开区", "滨海新区"), 3),
    City("石家庄", "河北省", "华北", "311", 8, ("长安区", "裕华区"), 2),
    City("太原", "山西省", "华北", "351", 7, ("小店区", "迎泽区"), 1),
    City("上海", "", "华东", "21", 8, ("浦东新区", "徐汇区", "闵行区", "静安区"), 10),
    City("杭州", "浙江省", "华东", "571", 8, ("西湖区", "滨江区", "余杭区", "拱墅区"), 7),
    City("宁波", "浙江省", "华东", "574", 8, ("鄞州区", "海曙区"), 3),
    City("温州", "浙江省", "华东", "577", 8, ("鹿城区", "瓯海区"), 2),
    City("南京", "江苏省", "华东", "25", 8, ("鼓楼区", "江宁区", "玄武区"), 5),
    City("苏州", "江苏省", "华东", "512", 8, ("工业园区", "姑苏区", "吴中区"), 5),
    City("无锡", "江苏省", "华东", "510", 8, ("梁溪区", "滨湖区"), 2),
    City("合肥", "安徽省", "华东", "551", 8, ("蜀山区", "包河区"), 2),
    City("福州", "福建省", "华东", "591", 8, ("鼓楼区", "仓山区"), 2),
    City("厦门", "福建省", "华东", "592", 7, ("思明区", "湖里区"), 2),
    City("济南", "山东省", "华东", "531", 8, ("历下区", "市中区"), 2),
    City("青岛", "山东省", "华东", "532", 8, ("市南区", "黄岛区"), 3),
    City("广州", "广东省", "华南", "20", 8, ("天河区", "越秀区", "白云区", "番禺区"), 8),
    City("深圳", "广东省", "华南", "755", 8, ("南山区", "福田区", "宝安区", "龙岗区"), 9),
    City("东莞", "广东省", "华南", "769", 8, ("南城街道", "长安镇"), 3),
    City("佛山", "广东省", "华南", "757", 8, ("禅城区", "顺德区"), 3),
    City("南宁", "广西壮族自治区", "华南", "771", 7, ("青秀区", "西乡塘区"), 1),
    City("海口", "海南省", "华南", "898", 8, ("龙华区", "美兰区"), 1),
    City("武汉", "湖北省", "华中", "27", 8, ("江汉区", "洪山区", "武昌区"), 4),
    City("长沙", "湖南省", "华中", "731", 8, ("岳麓区", "芙蓉区"), 3),
    City("郑州", "河南省", "华中", "371", 8, ("金水区", "二七区"), 3),
    City("南昌", "江西省", "华中", "791", 8, ("红谷滩区", "东湖区"), 1),
    City("成都", "四川省", "西南", "28", 8, ("武侯区", "高新区", "锦江区"), 5),
    City("重庆", "", "西南", "23", 8, ("渝中区", "江北区", "九龙坡区"), 4),
    City("昆明", "云南省", "西南", "871", 8, ("五华区", "盘龙区"), 2),
    City("贵阳", "贵州省", "西南", "851", 8, ("南明区", "观山湖区"), 1),
    City("西安", "陕西省", "西北", "29", 8, ("雁塔区", "未央区", "碑林区"), 3),
    City("兰州", "甘肃省", "西北", "931", 7, ("城关区", "七里河区"), 1),
    City("乌鲁木齐", "新疆维吾尔自治区", "西北", "991", 7, ("天山区", "沙依巴克区"), 1),
    City("沈阳", "辽宁省", "东北", "24", 8, ("和平区", "浑南区"), 2),
    City("大连", "辽宁省", "东北", "411", 8, ("中山区", "甘井子区"), 2),
    City("长春", "吉林省", "东北", "431", 8, ("朝阳区", "南关区"), 1),
    City("哈尔滨", "黑龙江省", "东北", "451", 8, ("南岗区", "道里区"), 1),
)

ROADS = ("人民路", "解放路", "中山路", "建设路", "文化路", "和平路", "新华路", "胜利路",
         "长江路", "黄河路", "科技路", "工业大道", "学府路", "滨江路", "东风路", "青年路",
         "幸福路", "环城北路", "创业路", "金融街", "迎宾大道", "朝阳路", "华山路", "光明路")
BUILDING_PARTS = ("", "", "", "A座", "B座", "1号楼", "2号楼", "3栋", "创业大厦", "国际中心")

MOBILE_PREFIXES = ("130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                   "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                   "176", "177", "180", "181", "182", "183", "185", "186", "187", "188",
                   "189", "199")

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢"
    "蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵"
    "孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
GIVEN_NAMES = (
    "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
    "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "晓东", "海燕",
    "俊杰", "子涵", "浩然", "欣怡", "宇轩", "梓涵", "一诺", "雨桐", "婷", "鹏", "辉", "健",
    "斌", "波", "琳", "颖", "倩", "雪", "慧", "玲", "红", "亮", "飞", "鑫", "晨", "凯", "佳",
    "建国", "春梅", "玉兰", "文博", "思远", "嘉怡", "志明", "丽华", "国强", "晓燕", "宏伟",
    "振华", "美玲", "少华", "永红", "德明", "晓峰", "雅琴", "立新", "海涛", "小龙", "文静",
)
ENGLISH_FIRST = ("John", "Mary", "David", "Sarah", "Michael", "Emma", "James", "Olivia",
                 "Robert", "Sophie", "Daniel", "Laura", "Peter", "Anna", "Thomas", "Kate",
                 "Mark", "Linda", "Paul", "Grace", "Kevin", "Helen", "Chris", "Lucy")
ENGLISH_LAST = ("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Miller", "Davies", "Clark",
                "Walker", "Wright", "Green", "Hall", "Wood", "Martin", "Lee", "Thompson",
                "White", "Harris", "Lewis", "Young", "Müller", "Schmidt", "Tanaka", "Nguyen")

BRAND_CHARS = (
    "瑞丰华信恒通鑫源宏达泰和盛安康嘉德利永兴伟业隆金海天新力诚辉明晨正博远星汇聚中宝润美"
    "益创佳祥顺昌荣泽锦峰凯蓝越"
)
#: (name part, industry) — the trade word inside a company name and the industry it files under.
TRADES: tuple[tuple[str, str], ...] = (
    ("贸易", "批发零售"), ("商贸", "批发零售"), ("进出口", "批发零售"), ("电子商务", "批发零售"),
    ("科技", "软件和信息技术"), ("软件", "软件和信息技术"), ("信息技术", "软件和信息技术"),
    ("网络科技", "软件和信息技术"), ("机械", "制造业"), ("电子", "制造业"), ("塑胶", "制造业"),
    ("五金制品", "制造业"), ("服装", "制造业"), ("家具", "制造业"), ("包装材料", "制造业"),
    ("餐饮管理", "餐饮"), ("食品", "餐饮"), ("教育科技", "教育培训"), ("培训学校", "教育培训"),
    ("医疗器械", "医疗健康"), ("生物科技", "医疗健康"), ("建筑工程", "建筑"), ("装饰工程", "建筑"),
    ("物流", "物流"), ("供应链管理", "物流"), ("广告", "文化传媒"), ("文化传媒", "文化传媒"),
)
COMPANY_SUFFIXES = ("有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司")
ENGLISH_BRANDS = ("Acme", "Pacific", "Northwind", "Blue River", "Silverline", "Harbor",
                  "Summit", "Evergreen", "Golden Gate", "Redwood", "Orion", "Atlas", "Maple",
                  "Crescent", "Lakeside", "Sterling", "Vertex", "Horizon", "Pioneer", "Oakridge")
#: (name part, industry) for foreign companies.
ENGLISH_TRADES: tuple[tuple[str, str], ...] = (
    ("Trading", "批发零售"), ("Imports", "批发零售"), ("Software", "软件和信息技术"),
    ("Systems", "软件和信息技术"), ("Engineering", "制造业"), ("Manufacturing", "制造业"),
    ("Foods", "餐饮"), ("Learning", "教育培训"), ("Medical", "医疗健康"),
    ("Construction", "建筑"), ("Logistics", "物流"), ("Media", "文化传媒"),
)
ENGLISH_SUFFIXES = ("Ltd", "Co., Ltd.", "Inc.", "LLC", "GmbH", "Pte Ltd")
ENGLISH_STREETS = ("Century Avenue", "Nanjing Road West", "Huaihai Road", "Jianguo Road",
                   "Shennan Boulevard", "Tianhe Road", "Renmin Road", "Science Park Road")

SIZES = ("1-9人", "10-49人", "50-199人", "200-999人", "1000人以上")
SIZE_WEIGHTS = (30, 35, 20, 10, 5)
SOURCES = ("展会", "转介绍", "官网", "电话营销", "微信", "老客户", "抖音", "地推", "招投标")
SOURCE_WEIGHTS = (18, 20, 15, 12, 14, 8, 5, 4, 4)
ENGLISH_SOURCES = ("Trade show", "Referral", "Website", "Cold call", "LinkedIn")
EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com")

CUSTOMER_NOTES = (
    "老客户介绍，重视售后服务", "对价格比较敏感，需要多比较几家", "每年三月做预算",
    "决策人是老板，采购负责比价", "希望能提供上门培训", "有分公司，可能扩大采购",
    "要求开具增值税专用发票", "上次合作满意，可推荐新品", "Prefers email; English speaking",
    "月底对账，付款周期较长", "关注交期，别的先放一边", "",
)
TITLES = ("总经理", "采购经理", "财务主管", "行政主管", "IT 负责人", "销售总监", "老板",
          "采购专员", "运营经理", "副总经理")
ENGLISH_TITLES = ("CEO", "Purchasing Manager", "Finance Manager", "Office Manager",
                  "IT Manager", "Operations Director")

STAFF: tuple[tuple[str, str, str], ...] = (
    # name, role, email user
    ("王磊", "销售经理", "wanglei"), ("李娜", "销售", "lina"), ("张伟", "销售", "zhangwei"),
    ("刘洋", "销售", "liuyang"), ("陈静", "客服主管", "chenjing"),
    ("杨帆", "售后工程师", "yangfan"),
    ("赵敏", "财务", "zhaomin"), ("周杰", "老板", "zhoujie"),
)
TAGS: tuple[tuple[str, str], ...] = (
    ("VIP", "#d32f2f"), ("重点客户", "#f57c00"), ("老客户", "#388e3c"), ("新客户", "#1976d2"),
    ("高意向", "#c2185b"), ("价格敏感", "#7b1fa2"), ("需回访", "#0097a7"), ("展会客户", "#5d4037"),
    ("代理商", "#455a64"), ("经销商", "#607d8b"), ("政府单位", "#303f9f"), ("学校", "#00796b"),
    ("医院", "#0288d1"), ("连锁企业", "#afb42b"), ("外资企业", "#512da8"), ("上市公司", "#e64a19"),
    ("投诉过", "#b71c1c"), ("长期合作", "#2e7d32"), ("潜力客户", "#fbc02d"),
    ("Key account", "#6a1b9a"),
)
