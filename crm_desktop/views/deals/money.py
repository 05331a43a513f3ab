"""Amounts in minor units (fen, cents) as text, and typed text back to minor units."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale

SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$", "JPY": "JP¥"}
CURRENCIES = ("CNY", "USD", "EUR", "HKD", "GBP", "JPY")


def money_text(minor: int, currency: str, *, whole: bool = False) -> str:
    """"¥12,500.50", or "¥12,501" with ``whole`` (column totals)."""
    locale = QLocale()
    symbol = SYMBOLS.get(currency, currency + " ")
    if whole:
        return symbol + locale.toString(int((minor + 50) // 100))
    return symbol + locale.toString(minor / 100, "f", 2)


def parse_amount(text: str) -> int | None:
    """"12,500.5" → 1250050 minor units; None when it is not an amount (or has more than
    two decimals)."""
    cleaned = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    for symbol in sorted(SYMBOLS.values(), key=len, reverse=True):
        cleaned = cleaned.removeprefix(symbol)
    if not cleaned:
        return 0
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    minor = value * 100
    if not value.is_finite() or minor != minor.to_integral_value() or value < 0:
        return None
    return int(minor)
