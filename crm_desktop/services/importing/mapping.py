"""Guessing which header of a sheet goes to which customer or contact field.

Targets (one per column) are the customer fields in ``CUSTOMER_FIELDS``, the contact fields
in ``CONTACT_FIELDS``, ``tags``, ``custom:<label>`` for a column kept as a custom field,
``ignore``, and the two name parts ``given_name``/``family_name``: address books (Outlook,
Google, a mock-data sheet) often split a person's name in two columns and have no whole-name
column. The parts belong to whatever the whole name would have been (the contact's name when
the sheet has a company column, otherwise the customer's name); ``join_name_parts`` joins them.

A header is recognised in three steps after ``normalize_header``: an exact word from the
vocabulary (also with its digits removed, for "E-mail 2 Address"), a close spelling (rapidfuzz
ratio), then a known fragment inside a longer header ("客户联系电话" holds "联系电话").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz, process

CUSTOMER_FIELDS = ("name", "kind", "company", "industry", "size", "region", "city", "address",
                   "source", "status", "owner", "wechat", "website", "notes", "birthday",
                   "phone", "email")
CONTACT_FIELDS = ("contact_name", "contact_title", "contact_mobile", "contact_phone",
                  "contact_email", "contact_wechat")
NAME_PARTS = ("given_name", "family_name")
IGNORE = "ignore"
CUSTOM_PREFIX = "custom:"
#: Fields that several columns may feed (a customer has several phones, emails and tags).
REPEATABLE = frozenset({"phone", "email", "tags", "contact_mobile", "contact_phone",
                        "contact_email"})

# Concepts that depend on the rest of the header: resolved in ``guess_mapping``.
_ORG, _PERSON, _MOBILE = "<org>", "<person>", "<mobile>"

_VOCABULARY: dict[str, tuple[str, ...]] = {
    _ORG: ("客户名称", "客户名", "公司名称", "公司名", "公司", "单位", "单位名称", "企业名称",
           "企业", "客户", "客户全称", "公司全称", "机构名称", "组织", "工作单位", "所在单位",
           "Company",
           "Company Name", "Organization", "Organisation", "Organization Name",
           "Organization 1 - Name", "Customer", "Customer Name", "Client", "Client Name",
           "Account", "Account Name", "Business Name", "Org"),
    _PERSON: ("联系人", "姓名", "名字", "联系人姓名", "联系人名称", "客户姓名", "Name", "Full Name",
              "Display Name", "Contact", "Contact Name", "Contact Person", "Formatted Name",
              "Person", "Person Name"),
    "given_name": ("名", "First Name", "Given Name", "Given", "Firstname", "Forename"),
    "family_name": ("姓", "Last Name", "Family Name", "Surname", "Lastname", "Family"),
    _MOBILE: ("手机", "手机号", "手机号码", "移动电话", "手机电话", "Mobile", "Mobile Phone",
              "Mobile Number", "Mobile No", "Cell", "Cell Phone", "Cellphone", "Cellular"),
    "phone": ("电话", "座机", "固话", "联系电话", "电话号码", "办公电话", "公司电话", "固定电话",
              "联系方式", "Tel", "Telephone", "Phone", "Phone Number", "Business Phone",
              "Work Phone", "Home Phone", "Other Phone", "Phone 1 - Value", "Primary Phone",
              "Company Main Phone", "contact_numbers", "Phones"),
    "email": ("邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址", "E-mail", "Email",
              "Email Address", "E-mail Address", "E-mail 1 - Value", "Primary Email",
              "Secondary Email", "Mail", "Emails", "Email 1"),
    "address": ("地址", "联系地址", "通讯地址", "公司地址", "详细地址", "办公地址", "Address",
                "Business Street", "Street", "Work Address", "Home Address", "Home Street",
                "Address 1 - Formatted", "Street Address", "Mailing Address"),
    "industry": ("行业", "所属行业", "行业类别", "Industry", "Sector"),
    "source": ("来源", "客户来源", "渠道", "获客渠道", "Source", "Lead Source", "Channel"),
    "status": ("状态", "客户状态", "跟进状态", "Status", "Lead Status", "Customer Status"),
    "notes": ("备注", "说明", "描述", "附注", "Notes", "Note", "Remark", "Remarks", "Comment",
              "Comments", "Description", "Memo"),
    "birthday": ("生日", "出生日期", "出生年月", "Birthday", "Birth Date", "Date of Birth",
                 "DOB", "Birthdate"),
    "wechat": ("微信", "微信号", "WeChat", "Wechat ID", "Weixin"),
    "contact_title": ("职位", "职务", "头衔", "岗位", "Title", "Job Title", "Position",
                      "Organization 1 - Title", "Organization Title", "Role", "Contact Title"),
    "region": ("地区", "区域", "省份", "省", "所在地区", "所在省份", "Region", "Province", "State",
               "Area"),
    "city": ("城市", "市", "所在城市", "City", "Town"),
    "website": ("网址", "网站", "主页", "官网", "公司网址", "Website", "Web Site", "URL",
                "Web Page", "Homepage", "Home Page", "Website 1 - Value"),
    "owner": ("负责人", "业务员", "销售", "销售员", "客户经理", "跟进人", "所属销售", "归属人",
              "Owner", "Sales Rep", "Salesperson", "Account Owner", "Assigned To", "Contact Owner"),
    "tags": ("标签", "Tags", "Tag", "Labels", "Categories", "Group Membership", "Groups"),
    "size": ("规模", "人数", "公司规模", "企业规模", "员工人数", "Size", "Company Size",
             "Employees", "Number of Employees", "Headcount"),
    "kind": ("客户类型", "类型", "客户类别", "类别", "Type", "Customer Type", "Kind"),
    "contact_mobile": ("联系人手机", "联系人手机号", "联系人电话手机", "Contact Mobile"),
    "contact_phone": ("联系人电话", "联系人座机", "Contact Phone"),
    "contact_email": ("联系人邮箱", "联系人电子邮件", "联系人email", "Contact Email"),
    "contact_wechat": ("联系人微信", "Contact WeChat"),
    IGNORE: ("序号", "编号", "No", "No.", "#", "ID", "SN", "S/N", "Index", "行号", "IP Address",
             "Action", "apiId", "NameLower", "NameLowerUnique", "Phonetic First Name",
             "Phonetic Last Name", "Fax", "Business Fax", "Home Fax", "Fax Number", "传真",
             # what the app keeps itself (our own export's last columns)
             "Created", "Updated", "Created At", "Updated At", "创建时间", "更新时间",
             "Completeness", "完整度", "Marketing Consent", "营销许可", "客户编号"),
}

#: Pieces that name a field inside a longer header, longest tried first.
_FRAGMENTS: dict[str, str] = {
    "传真": IGNORE, "fax": IGNORE, "phonetic": IGNORE, "pager": IGNORE, "ipaddress": IGNORE,
    "reltype": IGNORE,
    "联系人手机": "contact_mobile", "联系人电话": "contact_phone", "联系人邮箱": "contact_email",
    "联系人职": "contact_title", "联系人微信": "contact_wechat",
    "手机": _MOBILE, "mobile": _MOBILE, "cellphone": _MOBILE,
    "电话": "phone", "phone": "phone", "座机": "phone",
    "邮箱": "email", "邮件": "email", "email": "email",
    "微信": "wechat", "wechat": "wechat",
    "地址": "address", "address": "address", "street": "address",
    "备注": "notes", "notes": "notes", "remark": "notes",
    "生日": "birthday", "birthday": "birthday",
    "网址": "website", "网站": "website", "website": "website", "webpage": "website",
    "行业": "industry", "industry": "industry",
    "职位": "contact_title", "职务": "contact_title", "jobtitle": "contact_title",
    "城市": "city", "city": "city", "省份": "region",
    "来源": "source", "状态": "status", "标签": "tags", "规模": "size",
    "负责人": "owner", "业务员": "owner",
    "公司名称": _ORG, "单位名称": _ORG, "企业名称": _ORG, "客户名称": _ORG, "company": _ORG,
    "organization": _ORG,
}
_FRAGMENT_ORDER = sorted(_FRAGMENTS, key=len, reverse=True)

_REQUIRED_MARKS = re.compile(r"[(（\[【]\s*(?:必填|选填|可选|required|optional)\s*[)）\]】]",
                             re.IGNORECASE)
_NOT_WORD = re.compile(r"[\W_]+")
#: "organization_id", "user ID", "apiId": keys into another system, not the thing itself.
_ID_COLUMN = re.compile(r"[\s_.\-](?:id|ID|Id)$|(?<=[a-z])Id$")
_DIGITS = re.compile(r"\d+")
FUZZY_THRESHOLD = 85


def normalize_header(text: object) -> str:
    """Header text reduced for matching: NFKC, lower case, no "(必填)", spaces or punctuation."""
    if text is None:
        return ""
    value = unicodedata.normalize("NFKC", str(text)).lower()
    value = _REQUIRED_MARKS.sub("", value)
    return _NOT_WORD.sub("", value)


_EXACT: dict[str, str] = {}
for _target, _words in _VOCABULARY.items():
    for _word in _words:
        _EXACT.setdefault(normalize_header(_word), _target)
_FUZZY_KEYS = [key for key in _EXACT if len(key) >= 4]


def classify_header(text: object) -> str | None:
    """The field (or concept) a header names on its own, ``None`` when unknown."""
    key = normalize_header(text)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    if _ID_COLUMN.search(str(text).strip()):
        return IGNORE
    bare = _DIGITS.sub("", key)
    if bare in _EXACT:
        return _EXACT[bare]
    if bare != key and bare.endswith(("type", "label")):
        return IGNORE  # Google's "E-mail 1 - Type", "Phone 2 - Label"
    if len(key) >= 4:
        best = process.extractOne(key, _FUZZY_KEYS, scorer=fuzz.ratio,
                                  score_cutoff=FUZZY_THRESHOLD)
        if best is not None:
            return _EXACT[best[0]]
    for fragment in _FRAGMENT_ORDER:
        if fragment in key:
            return _FRAGMENTS[fragment]
    return None


def is_known_header(text: object) -> bool:
    """Whether a cell reads like a header this importer knows (used to find the header row)."""
    return classify_header(text) not in (None, IGNORE) or normalize_header(text) in _EXACT


def guess_mapping(header: Sequence[str],
                  samples: Sequence[Sequence[object]] | None = None) -> list[str]:
    """One target key per column of ``header`` (see the module docstring for the keys).

    A company-like column becomes the customer ``name`` and the person's name its
    ``contact_name``; without a company column the person is the customer (``name``).
    Mobiles, emails and WeChat ids go to the contact when there is one (except a header
    that says it is the company's: 公司邮箱), else to the customer.
    A single-valued field is given to its first column only: later ones are ignored.
    Unknown headers become ``custom:<header>``, blank ones ("Column 3") ``ignore``.
    When ``samples`` (some data rows) are given, columns empty in all of them are ignored.
    """
    concepts = [classify_header(text) for text in header]
    has_org = _ORG in concepts
    has_person = _PERSON in concepts
    explicit = frozenset(c for c in concepts if c in CONTACT_FIELDS)
    result: list[str] = []
    taken: set[str] = set()
    for index, (text, concept) in enumerate(zip(header, concepts, strict=True)):
        target = _resolve(text, concept, has_org=has_org, has_person=has_person, taken=taken,
                          explicit=explicit)
        if samples is not None and samples and target != IGNORE and _empty_column(samples,
                                                                                  index):
            target = IGNORE
        if target != IGNORE and target not in REPEATABLE and not target.startswith(
                CUSTOM_PREFIX):
            taken.add(target)
        result.append(target)
    return result


def _resolve(text: str, concept: str | None, *, has_org: bool, has_person: bool,
             taken: set[str], explicit: frozenset[str] = frozenset()) -> str:
    """``explicit``: the contact fields the sheet has columns of its own for (联系人邮箱):
    then a plain 邮箱 beside them is the company's."""
    if concept is None:
        label = " ".join(str(text).split())
        if not label or re.fullmatch(r"Column \d+", label):
            return IGNORE
        return CUSTOM_PREFIX + label
    if concept == IGNORE:
        return IGNORE
    if concept == _ORG:
        candidates: tuple[str, ...] = ("name", "company")
    elif concept == _PERSON:
        candidates = ("contact_name",) if has_org else ("name",)
    elif concept in NAME_PARTS:
        candidates = () if has_person else (concept,)
    elif concept == _MOBILE:
        candidates = ("contact_mobile",) if has_org and has_person else ("phone",)
    elif concept in _PERSONAL and has_org and has_person and _PERSONAL[concept] not in (
            explicit) and not _COMPANY_OWNED.search(normalize_header(text)):
        candidates = (_PERSONAL[concept],)
    else:
        candidates = (concept,)
    for candidate in candidates:
        if candidate in REPEATABLE or candidate not in taken:
            return candidate
    return IGNORE


#: What describes the person of a 联系人 column when the sheet has one beside the company
#: (the company keeps its 座机, 地址 and 网址, and a 公司邮箱).
_PERSONAL = {"email": "contact_email", "wechat": "contact_wechat"}
_COMPANY_OWNED = re.compile(r"公司|企业|单位|机构|官方|company|business|office|org|corporate")


def _empty_column(samples: Sequence[Sequence[object]], index: int) -> bool:
    for row in samples:
        if index < len(row):
            value = row[index]
            if value is not None and (not isinstance(value, str) or value.strip()):
                return False
    return True


def join_name_parts(given: str | None, family: str | None) -> str | None:
    """A whole name from its parts: 张 + 三 is 张三, John + Smith is "John Smith"."""
    given = (given or "").strip()
    family = (family or "").strip()
    if not given or not family:
        return given or family or None
    if _is_cjk(family[-1]) and _is_cjk(given[0]):
        return family + given
    return f"{given} {family}"


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def header_signature(header: Sequence[str]) -> str:
    """A stable hash of the normalised headers, to find a saved mapping template.

    Spelling noise (case, spaces, full-width, "(必填)") does not change it; order does.
    Trailing blank columns are left out so a stray empty column does not lose the template.
    """
    keys = [normalize_header(text) for text in header]
    keys = ["" if re.fullmatch(r"column\d+", key) else key for key in keys]
    while keys and not keys[-1]:
        keys.pop()
    return hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()[:32]
