"""``crm-desktop report``: the list, JSON numbers, and PDFs whose text (read back with pypdf)
holds the titles, the Chinese labels and page numbers; refusals are one line, exit 2."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.cli import main
from crm_desktop.db import open_database
from crm_desktop.services.reports import NAMES
from tests.services.reports.helpers import customer, deal, local, order, pay


@pytest.fixture
def filled(db_path: Path) -> Path:
    database = open_database(str(db_path))
    try:
        with database.session() as session:
            a = customer(session, "上海贝壳贸易", industry="制造业", region="华东")
            b = customer(session, "Pacific Software", status="signed", industry="软件")
            pay(session, order(session, a), dt.date(2024, 2, 10), 1_234_567)
            pay(session, order(session, b), dt.date(2024, 3, 10), 500_000)
            deal(session, a, "lost", 9_000, closed=local(2024, 2, 1), lost_reason="价格太高")
            deal(session, b, "won", 8_000, closed=local(2024, 3, 1))
    finally:
        database.close()
    return db_path


# Qt's PDF text layer (what copy, search and pypdf read) names a few CJK glyphs of Noto Sans
# CJK by a neighbouring code point: the page shows 客户 and 贝 (see the PNG of each page),
# the text says 客戶 and the radical ⻉. NFKC folds most radicals (⽉ → 月); these are the
# rest met in our labels. The rendering itself is right.
TEXT_LAYER_NAMES = str.maketrans("戶⻉", "户贝")


def pdf_text(path: Path) -> list[str]:
    """Each page's text, with the CJK glyphs named as the page draws them."""
    return [unicodedata.normalize("NFKC", page.extract_text() or "")
            .translate(TEXT_LAYER_NAMES).replace("\t", " ")
            for page in PdfReader(str(path)).pages]


def drawn(needle: str, text: str) -> bool:
    return flat(needle) in flat(text)


def flat(text: str) -> str:
    """Without white space: the text layer breaks lines where the font changes (行业 / 119)."""
    return re.sub(r"\s+", "", text)


def test_list_names_every_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--list"]) == 0
    assert capsys.readouterr().out.split() == ["dashboard", *NAMES]


def test_json_gives_the_numbers(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(filled), "report", "top_customers", "lost_reasons", "--json",
                 "--from", "2024-01-01", "--to", "2024-03-31"]) == 0
    found = json.loads(capsys.readouterr().out)
    top, lost = found
    assert (top["name"], top["from"], top["to"]) == ("top_customers", "2024-01-01", "2024-03-31")
    assert [(row[0]["name"], row[2]) for row in top["rows"]] == [
        ("上海贝壳贸易", 1_234_567), ("Pacific Software", 500_000)]
    assert [(row[0]["name"], row[1]) for row in lost["rows"]] == [("价格太高", 1)]


def test_pdf_in_chinese_holds_titles_labels_and_money(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "报表.pdf"
    assert main(["--db", str(filled), "--lang", "zh_CN", "report", "all", "--pdf", str(out),
                 "--from", "2024-01-01", "--to", "2024-03-31"]) == 0
    pages = pdf_text(out)
    text = flat("".join(pages))
    assert len(pages) >= 1 + len(NAMES)  # each report on a page of its own
    for title in ("仪表板", "销售漏斗", "月度回款", "应收账款账龄", "按行业统计客户"):
        assert drawn(title, text), title
    for label in ("潜在客户", "制造业", "华东", "价格太高", "上海贝壳贸易"):
        assert drawn(label, text), label
    assert "¥12,345.67" in text  # thousands separators and the currency
    assert drawn("2024年1月1日至2024年3月31日", text)  # the date range
    assert drawn("本期无数据", text)  # an empty report says so (no deals reached a stage here)
    total = len(pages)
    assert flat(pages[0]).endswith(f"1/{total}") and flat(pages[-1]).endswith(f"{total}/{total}")
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait


def test_pdf_in_english_says_the_english_titles(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "funnel.pdf"
    assert main(["--db", str(filled), "--lang", "en", "report", "monthly_revenue", "--pdf",
                 str(out), "--from", "2024-01-01", "--to", "2024-03-31"]) == 0
    text = flat("".join(pdf_text(out)))
    assert "Monthlyrevenue" in text and "1Jan2024to31Mar2024" in text
    assert "Feb2024" in text and "¥12,345.67" in text


def test_a_long_table_breaks_across_pages_with_its_header_repeated(
        db_path: Path, tmp_path: Path) -> None:
    database = open_database(str(db_path))
    try:
        with database.session() as session:
            for n in range(120):
                customer(session, f"客户{n}", industry=f"行业{n:03d}")
    finally:
        database.close()
    out = tmp_path / "long.pdf"
    assert main(["--db", str(db_path), "--lang", "en", "report", "customers_by_industry",
                 "--pdf", str(out)]) == 0
    pages = pdf_text(out)
    assert len(pages) >= 3
    assert all("Industry" in page for page in pages)  # the header on every page
    assert all(flat(page).endswith(f"{n}/{len(pages)}") for n, page in enumerate(pages, 1))
    assert "行业119" in flat(pages[-1])


@pytest.mark.parametrize("argv", [
    ["report", "nonsense", "--json"],
    ["report", "won_lost"],  # neither --pdf nor --json
    ["report", "--json"],
    ["report", "won_lost", "--json", "--from", "2024-03-01", "--to", "2024-02-01"],
])
def test_refusals_are_one_line(db_path: Path, argv: list[str],
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), *argv]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_json_of_the_dashboard(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(filled), "report", "dashboard", "--json",
                 "--from", "2024-03-01", "--to", "2024-03-31"]) == 0
    (figures,) = json.loads(capsys.readouterr().out)
    assert figures["name"] == "dashboard"
    assert figures["period"] == {"start": "2024-03-01", "end": "2024-03-31"}
    assert figures["previous"] == {"start": "2024-02-01", "end": "2024-02-29"}
    assert figures["customers"] == 2
    assert {s["code"]: s["count"] for s in figures["by_status"]}["signed"] == 1
    assert (figures["won_deals"], figures["won_minor"]) == (1, 8_000)
