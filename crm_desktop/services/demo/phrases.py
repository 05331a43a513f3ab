"""What the shop writes down: follow-up notes, deal titles, tickets, tasks, products, campaigns."""

from __future__ import annotations

#: kind -> (subject, content, outcome) written by the shop in Chinese.
INTERACTIONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "call": (
        ("电话回访", "电话沟通报价，客户考虑中", "待客户答复"),
        ("电话跟进", "客户表示预算下月批下来，到时再联系", "下月再联系"),
        ("电话沟通", "确认了需求数量和交期，准备出方案", "准备方案"),
        ("催款电话", "提醒第二期款到期，财务说本周安排", "本周付款"),
        ("售后回访", "询问使用情况，客户反馈整体满意", "满意"),
        ("首次电话", "介绍公司产品，客户有兴趣，加了微信", "已加微信"),
    ),
    "visit": (
        ("上门拜访", "拜访客户采购部，演示了产品，对方比较认可", "安排试用"),
        ("现场勘查", "到现场看了安装环境，需要加两台设备", "修改报价"),
        ("上门培训", "给客户员工做了操作培训，共 8 人参加", "培训完成"),
        ("拜访老板", "和老板当面谈了合作方式，价格还要再让一点", "内部商量"),
    ),
    "meeting": (
        ("方案讲解会", "给客户技术和采购讲解方案，提出三个修改点", "修改方案"),
        ("商务谈判", "谈了付款方式，对方希望分三期付款", "同意分期"),
        ("项目启动会", "合同签好，双方确认了实施计划和联系人", "开始实施"),
        ("季度回顾", "回顾本季度合作情况，客户计划增加采购", "有增购意向"),
    ),
    "email": (
        ("发送报价单", "已发送正式报价单和产品资料，请客户确认", "等待确认"),
        ("合同草稿", "把合同草稿发给法务审核", "法务审核中"),
        ("发票寄送", "电子发票已发到财务邮箱", "已开票"),
        ("活动邀请", "邀请客户参加下月新品发布会", "已邀请"),
    ),
    "wechat": (
        ("微信沟通", "微信发了新品介绍，客户说下周看看", "下周跟进"),
        ("微信答疑", "客户在微信上问了安装问题，已远程解决", "问题已解决"),
        ("微信报价", "微信发了优惠报价，客户说要和老板商量", "等老板决定"),
        ("节日问候", "中秋节发了问候和祝福", "保持联系"),
    ),
    "note": (
        ("备注", "客户公司搬家了，新地址已更新", ""),
        ("备注", "采购负责人换人了，新联系人见联系人列表", ""),
        ("内部备注", "竞争对手报价比我们低 10%，注意跟进", ""),
        ("备注", "客户要求以后只走对公转账", ""),
    ),
}
ENGLISH_INTERACTIONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "call": (("Follow-up call", "Discussed the quote; they are still comparing offers",
              "Waiting for reply"),),
    "visit": (("Site visit", "Visited their office and demoed the product", "Trial agreed"),),
    "meeting": (("Quarterly review", "Reviewed the quarter; they plan to order more",
                 "Upsell likely"),),
    "email": (("Quote sent", "Sent the formal quote and the product brochure",
               "Awaiting confirmation"),),
    "wechat": (("WeChat chat", "Answered a question about delivery times", "Resolved"),),
    "note": (("Note", "New purchasing contact, see the contact list", ""),),
}
INTERACTION_KIND_WEIGHTS: dict[str, int] = {
    "call": 34, "wechat": 26, "email": 14, "visit": 10, "meeting": 6, "note": 10,
}

#: (category, parent category or "", products: (sku, name, unit, price in yuan))
CATALOGUE: tuple[tuple[str, str, tuple[tuple[str, str, str, int], ...]], ...] = (
    ("软件", "", ()),
    ("管理软件", "软件", (("SW-ERP-STD", "ERP 标准版", "套", 19800),
                          ("SW-ERP-PRO", "ERP 专业版", "套", 49800),
                          ("SW-CRM", "客户管理系统", "套", 12800),
                          ("SW-POS", "门店收银软件", "套", 3800))),
    ("云服务", "软件", (("CL-HOST", "云主机 (年)", "年", 6000),
                        ("CL-BAK", "数据备份服务 (年)", "年", 2400),
                        ("CL-SMS", "短信包 1 万条", "个", 450))),
    ("硬件", "", ()),
    ("办公设备", "硬件", (("HW-PRN", "激光打印机", "台", 2680),
                          ("HW-SCN", "扫码枪", "个", 320),
                          ("HW-POS", "收银一体机", "台", 4580),
                          ("HW-NB", "商务笔记本电脑", "台", 5999))),
    ("网络设备", "硬件", (("NW-RT", "企业路由器", "台", 1280),
                          ("NW-SW24", "24 口交换机", "台", 1880),
                          ("NW-AP", "无线 AP", "个", 560))),
    ("耗材", "", (("CS-A4", "A4 复印纸 (箱)", "箱", 160),
                  ("CS-TON", "硒鼓", "个", 380),
                  ("CS-RIB", "热敏打印纸 (箱)", "箱", 120))),
    ("服务", "", ()),
    ("实施培训", "服务", (("SV-IMPL", "上线实施服务", "次", 8000),
                          ("SV-TRAIN", "上门培训 (天)", "天", 2000))),
    ("维保", "服务", (("SV-MAINT", "年度维保", "年", 3600),
                      ("SV-ONSITE", "上门维修", "次", 300))),
)

DEAL_TITLES = ("{short}{product}采购项目", "{short}年度{product}合同", "{short}{product}升级",
               "{short}新店{product}", "{short}{product}续费")
ENGLISH_DEAL_TITLES = ("{short} {product} purchase", "{short} annual renewal")
LOST_REASONS = ("价格太高", "选择了竞争对手", "预算取消", "需求变化，项目暂停", "长时间无回应",
                "Chose a competitor")
CONTRACT_TERMS = ("付款方式：签约后支付 50%，验收后支付 50%。质保一年。",
                  "分三期付款：30% / 40% / 30%。含一年免费维保。",
                  "款到发货。价格含税含运费。",
                  "按季度付款，合同期一年，到期自动续约。")
SIGNERS_SUFFIX = ("总经理", "法人代表", "采购经理")

TASK_TITLES = ("回访{name}", "给{name}发送报价单", "准备{name}的合同", "催收{name}第 2 期款",
               "安排{name}上门培训", "{name}续费提醒", "确认{name}的交货时间", "约{name}老板见面",
               "Follow up with {name}")
TICKETS: tuple[tuple[str, str, str], ...] = (
    # kind, title, resolution
    ("repair", "打印机卡纸，打印有条纹", "上门更换了定影组件"),
    ("question", "软件无法登录，提示密码错误", "远程重置了密码"),
    ("complaint", "送货延迟了三天", "道歉并赠送一箱耗材"),
    ("request", "要求增加两个账号", "已开通"),
    ("complaint", "发票抬头开错了", "作废重开"),
    ("repair", "收银机开不了机", "更换电源适配器"),
    ("request", "希望安排新员工培训", "已安排线上培训"),
    ("question", "数据导出格式怎么设置", "发送了操作说明"),
    ("question", "Cannot log in after the update", "Cleared the cache; works again"),
)
FEEDBACK = ("处理很及时，满意", "工程师很专业", "还行，就是等得有点久", "希望以后响应快一点",
            "非常满意，点赞", "Quick and helpful", "")

CAMPAIGNS: tuple[tuple[str, str, str, int, int, int], ...] = (
    # name, channel, goal, start day (from the first day), length in days, budget in yuan
    ("2023 秋季展会", "展会", "在秋季展会上获取 300 个新线索", 60, 3, 80000),
    ("双十一老客户回馈", "微信", "老客户复购，拉动耗材销量", 120, 14, 20000),
    ("2024 春季展会", "展会", "获取新线索，推广新品 ERP 专业版", 240, 3, 90000),
    ("618 线上促销", "线上", "官网与公众号引流，提高询盘数", 330, 20, 30000),
    ("行业峰会 2024", "线下活动", "面向制造业客户的行业峰会演讲", 420, 2, 50000),
    ("Webinar: Go digital", "邮件", "Reach foreign-owned companies in China", 500, 1, 8000),
    ("2024 双十一", "微信", "老客户回购与转介绍", 485, 14, 25000),
    ("2025 春季展会", "展会", "获取新线索", 605, 3, 100000),
    ("转介绍有礼", "电话", "老客户转介绍送维保", 650, 60, 15000),
    ("新品发布会", "线下活动", "发布收银一体机新品", 760, 1, 40000),
    ("2025 秋季展会", "展会", "获取新线索", 790, 3, 100000),
    ("2026 春季展会", "展会", "获取新线索，推广云服务", 970, 3, 110000),
)
CUSTOM_FIELDS: tuple[tuple[str, str, str | None], ...] = (
    ("客户等级", "choice", '["A", "B", "C", "D"]'),
    ("年采购额 (万元)", "number", None),
    ("首次合作日期", "date", None),
    ("需要开票", "bool", None),
    ("统一社会信用代码", "text", None),
)
