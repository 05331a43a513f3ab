"""Is the database sound? SQLite's own checks plus the app's rules, in plain words.

``check`` runs, in order: SQLite's ``integrity_check`` (``quick_check`` when ``quick``),
which finds a damaged file; the foreign key check, which finds rows pointing at rows
that do not exist; and the app's rules (every customer has a status, payments and
instalments never exceed an order's total, one primary contact per customer, no open
deal for a customer in the trash, the search index covers every customer). A damaged
file stops the checks there: on such a file later queries can fail or mislead.

Each problem is a ``Finding`` with a severity (``error``: the data breaks a rule or the
file is damaged; ``warning``: worth a look, nothing is lost), a stable ``code`` and
``params`` the views fill a sentence of the user's language from, and an English sentence
naming the record (for the command line).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

ERROR, WARNING = "error", "warning"
DAMAGED = "file_damaged"
#: Every finding code, for the views' sentences (``views/message_templates.py``).
FINDING_CODES = (DAMAGED, "missing_reference", "customer_without_status",
                 "payments_exceed_total", "instalments_exceed_total", "several_primary_contacts",
                 "open_deal_of_trashed_customer", "search_index_out_of_step", "check_failed")
MAX_PER_CHECK = 20  # findings listed one by one per check; the rest are summed up


@dataclass(frozen=True)
class Finding:
    severity: str  # ERROR or WARNING
    message: str
    code: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


TABLE_NOUNS = {
    "customers": "customer", "contacts": "contact", "customer_tags": "customer tag",
    "tags": "tag", "statuses": "status", "status_history": "status change",
    "staff": "staff member", "orders": "order", "order_lines": "order line",
    "attachments": "attachment", "payments": "payment", "instalments": "instalment",
    "deliveries": "delivery", "deals": "deal", "deal_stage_history": "deal stage change",
    "pipeline_stages": "pipeline stage", "interactions": "interaction", "tasks": "task",
    "tickets": "ticket", "campaigns": "campaign", "campaign_members": "campaign member",
    "campaign_responses": "campaign response", "products": "product",
    "product_categories": "product category", "audit_log": "audit entry",
    "import_batches": "import", "custom_field_definitions": "custom field",
    "custom_field_values": "custom field value", "saved_filters": "saved filter",
    "mapping_templates": "mapping template", "settings": "setting",
}
CURRENCY_SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "HKD": "HK$",
                    "TWD": "NT$", "KRW": "₩", "SGD": "S$"}
ZERO_DECIMAL_CURRENCIES = {"JPY", "KRW", "TWD"}


def noun(table: str) -> str:
    """``order_lines`` -> ``order line``: how a table's row is named to the user."""
    return TABLE_NOUNS.get(table, table.replace("_", " ").removesuffix("s"))


def format_money(minor: int, currency: str) -> str:
    """``1200000, 'CNY'`` -> ``¥12,000.00`` (amounts are stored in minor units)."""
    symbol = CURRENCY_SYMBOLS.get(currency, f"{currency} ")
    if currency in ZERO_DECIMAL_CURRENCIES:
        return f"{symbol}{minor:,}"
    sign = "-" if minor < 0 else ""
    units, cents = divmod(abs(minor), 100)
    return f"{sign}{symbol}{units:,}.{cents:02d}"


def _customer(customer_id: int, name: str | None) -> str:
    return f'customer "{name}" (#{customer_id})' if name else f"customer #{customer_id}"


def _first_upper(words: str) -> str:
    return words[:1].upper() + words[1:]


def _cap(findings: list[Finding], what: str) -> list[Finding]:
    """Keep the first ``MAX_PER_CHECK`` findings of one check and sum up the others."""
    if len(findings) <= MAX_PER_CHECK:
        return findings
    rest = len(findings) - MAX_PER_CHECK
    first = findings[0]
    summary = Finding(first.severity, f"… and {rest:,} more {what}.", first.code,
                      {"more": rest})
    return [*findings[:MAX_PER_CHECK], summary]


@contextmanager
def _connection(target: Session | Engine | Connection) -> Iterator[Connection]:
    if isinstance(target, Session):
        yield target.connection()
    elif isinstance(target, Engine):
        with target.connect() as connection:
            yield connection
    else:
        yield target


@contextmanager
def _own_savepoint(connection: Connection) -> Iterator[None]:
    """On PostgreSQL a failed statement aborts the whole transaction: each rule runs in a
    savepoint so one that fails does not turn the rules after it into failures too.
    (SQLite carries on after a failed statement; no savepoint is needed there.)"""
    if connection.dialect.name == "sqlite":
        yield
        return
    with connection.begin_nested():
        yield


def check(target: Session | Engine | Connection, *, quick: bool = False) -> list[Finding]:
    """Every problem found in the database, worst first; an empty list means all is well.

    ``quick`` uses SQLite's ``quick_check`` (skips index-content checks; much faster on a
    large file) instead of the full ``integrity_check``. Nothing is changed.
    """
    with _connection(target) as connection:
        if connection.dialect.name == "sqlite":
            damage = _sqlite_integrity(connection, quick=quick)
            if damage:
                return damage
            findings = _foreign_keys(connection)
        else:
            findings = []
        for what, rule in APP_RULES:
            try:
                with _own_savepoint(connection):
                    findings.extend(rule(connection))
            except DBAPIError as error:
                findings.append(Finding(
                    ERROR, f"Could not check {what}: {error.orig or error}.", "check_failed",
                    {"check": what, "reason": str(error.orig or error)},
                ))
    return sorted(findings, key=lambda finding: finding.severity != ERROR)


def _sqlite_integrity(connection: Connection, *, quick: bool) -> list[Finding]:
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [row[0] for row in connection.exec_driver_sql(f"PRAGMA {pragma}(100)")]
    except DBAPIError as error:
        rows = [str(error.orig or error)]
    if rows == ["ok"]:
        return []
    rows = [line for row in rows for line in str(row).splitlines()
            if line.strip() and not line.startswith("*** in database")] or ["unknown damage"]
    count = f"{len(rows)}+" if len(rows) >= 100 else str(len(rows))
    return [Finding(
        ERROR,
        f"The database file is damaged: SQLite found {count} problem(s), the first being "
        f'"{rows[0]}". Restore the latest backup that passes this check.',
        DAMAGED, {"problems": len(rows), "first": rows[0]},
    )]


def _foreign_keys(connection: Connection) -> list[Finding]:
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    findings: list[Finding] = []
    columns: dict[tuple[str, int], str] = {}
    for table, rowid, parent, fk_id in rows:
        if (table, fk_id) not in columns:
            for fk in connection.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")'):
                columns[(table, fk[0])] = fk[3]
        column = columns.get((table, fk_id))
        value = None
        if rowid is not None and column is not None:
            value = connection.exec_driver_sql(
                f'SELECT "{column}" FROM "{table}" WHERE rowid = ?', (rowid,)
            ).scalar()
        subject = f"{_first_upper(noun(table))} #{rowid}" if rowid is not None else (
            f"A {noun(table)}")
        findings.append(Finding(
            ERROR,
            f"{subject} refers to {noun(parent)} #{value}, which does not exist.",
            "missing_reference",
            {"table": table, "row": rowid, "parent": parent, "column": column, "value": value},
        ))
    return _cap(findings, "rows referring to missing records")


def _rows(connection: Connection, sql: str) -> Sequence[Any]:
    return connection.execute(text(sql)).fetchall()


def _customers_without_status(connection: Connection) -> list[Finding]:
    rows = _rows(connection, """
        SELECT c.id, c.name, c.status_id FROM customers c
          LEFT JOIN statuses s ON s.id = c.status_id
         WHERE s.id IS NULL ORDER BY c.id""")
    findings = [Finding(
        ERROR,
        f"{_first_upper(_customer(cid, name))} has no status"
        + (f": status #{status_id} does not exist." if status_id is not None else "."),
        "customer_without_status", {"customer_id": cid, "name": name, "status_id": status_id},
    ) for cid, name, status_id in rows]
    return _cap(findings, "customers without a status")


def _order_sums(connection: Connection, table: str, code: str, what: str) -> list[Finding]:
    rows = _rows(connection, f"""
        SELECT o.id, o.number, o.total_minor, o.currency, SUM(x.amount_minor)
          FROM orders o JOIN {table} x ON x.order_id = o.id
         GROUP BY o.id HAVING SUM(x.amount_minor) > o.total_minor ORDER BY o.id""")
    findings = [Finding(
        ERROR,
        f"Order {number}: {what} ({format_money(amount, currency)}) exceed the order total "
        f"({format_money(total, currency)}).",
        code, {"order_id": oid, "number": number, "amount": amount, "total": total,
               "amount_text": format_money(amount, currency),
               "total_text": format_money(total, currency)},
    ) for oid, number, total, currency, amount in rows]
    return _cap(findings, f"orders whose {what} exceed their total")


def _overpaid_orders(connection: Connection) -> list[Finding]:
    return _order_sums(connection, "payments", "payments_exceed_total", "payments received")


def _overplanned_orders(connection: Connection) -> list[Finding]:
    return _order_sums(connection, "instalments", "instalments_exceed_total",
                       "planned instalments")


def _several_primary_contacts(connection: Connection) -> list[Finding]:
    rows = _rows(connection, """
        SELECT c.id, c.name, count(*) FROM contacts k JOIN customers c ON c.id = k.customer_id
         WHERE k.is_primary GROUP BY c.id HAVING count(*) > 1 ORDER BY c.id""")
    findings = [Finding(
        ERROR,
        f"{_first_upper(_customer(cid, name))} has {count} primary contacts; "
        "only one may be primary.",
        "several_primary_contacts", {"customer_id": cid, "name": name, "count": count},
    ) for cid, name, count in rows]
    return _cap(findings, "customers with several primary contacts")


def _open_deals_of_trashed_customers(connection: Connection) -> list[Finding]:
    rows = _rows(connection, """
        SELECT d.id, d.title, c.id, c.name FROM deals d
          JOIN customers c ON c.id = d.customer_id
          JOIN pipeline_stages s ON s.id = d.stage_id
         WHERE d.deleted_at IS NULL AND c.deleted_at IS NOT NULL
           AND NOT s.is_won AND NOT s.is_lost
         ORDER BY d.id""")
    findings = [Finding(
        WARNING,
        f'Deal "{title}" (#{did}) is still open, but its {_customer(cid, name)} is in the '
        "trash.",
        "open_deal_of_trashed_customer",
        {"deal_id": did, "title": title, "customer_id": cid, "name": name},
    ) for did, title, cid, name in rows]
    return _cap(findings, "open deals of customers in the trash")


def _search_index_coverage(connection: Connection) -> list[Finding]:
    if connection.dialect.name != "sqlite" or not inspect(connection).has_table(
        "customer_search"
    ):
        return []
    indexed = connection.exec_driver_sql("SELECT count(*) FROM customer_search").scalar() or 0
    customers = connection.exec_driver_sql("SELECT count(*) FROM customers").scalar() or 0
    if indexed == customers:
        return []
    return [Finding(
        WARNING,
        f"The search index lists {indexed:,} customers but the database holds {customers:,} "
        "(counting the trash); search may miss some until the index is rebuilt.",
        "search_index_out_of_step", {"indexed": indexed, "customers": customers},
    )]


APP_RULES: tuple[tuple[str, Callable[[Connection], list[Finding]]], ...] = (
    ("customer statuses", _customers_without_status),
    ("payments against order totals", _overpaid_orders),
    ("instalments against order totals", _overplanned_orders),
    ("primary contacts", _several_primary_contacts),
    ("open deals of trashed customers", _open_deals_of_trashed_customers),
    ("the search index", _search_index_coverage),
)
