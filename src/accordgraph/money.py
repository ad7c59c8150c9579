"""Amounts of money a sentence names ("¥250 million per project"), with their ISO 4217
currency and what they are per: the funding an accord carries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

_MONEY = re.compile(
    r"(?P<pre>US\$|A\$|C\$|S\$|NZ\$|HK\$|R\$|\$|€|£|¥|₹|₩|CHF|USD|EUR|GBP|JPY|CNY|INR|KRW|AUD|CAD|SGD|SEK|NOK|DKK)\s?"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>trillion|billion|million|thousand|bn|mn|m|k|crore|lakh)?\b"
    r"|(?P<num2>\d[\d,]*(?:\.\d+)?)\s*(?P<mult2>trillion|billion|million|thousand|crore|bn|mn)?\s*(?P<post>yen|euros?|dollars|pounds|won|rupees|yuan|francs|kronor|kroner|krone|dirhams|riyals)\b",
    re.I,
)
_CURRENCY = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pounds": "GBP", "¥": "JPY", "jpy": "JPY", "yen": "JPY", "₹": "INR", "inr": "INR",
    "rupees": "INR", "₩": "KRW", "krw": "KRW", "won": "KRW", "a$": "AUD", "aud": "AUD", "c$": "CAD", "cad": "CAD",
    "s$": "SGD", "sgd": "SGD", "nz$": "NZD", "hk$": "HKD", "r$": "BRL", "chf": "CHF", "francs": "CHF", "cny": "CNY",
    "yuan": "CNY", "sek": "SEK", "kronor": "SEK", "nok": "NOK", "kroner": "NOK", "krone": "DKK", "dkk": "DKK",
    "dirhams": "AED", "riyals": "SAR",
}
_MULT = {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "crore": 1e7, "lakh": 1e5}


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str
    start: int
    end: int
    per: Optional[str]


def find_money(text: str, offset: int = 0) -> list[Money]:
    """Amounts of money with their ISO 4217 currency and what they are per."""
    out: list[Money] = []
    if not any(c.isdigit() for c in text):
        return out
    for m in _MONEY.finditer(text):
        num = m.group("num") or m.group("num2")
        mult = (m.group("mult") or m.group("mult2") or "").lower()
        cur = (m.group("pre") or m.group("post") or "").lower()
        if not num or cur not in _CURRENCY:
            continue
        if mult == "m" and not m.group("pre"):
            continue
        amount = float(num.replace(",", "")) * _MULT.get(mult, 1)
        per = re.match(r"\s*(?:per|a|each)\s+(project|year|annum|month|researcher|proposal|grant|consortium)\b", text[m.end():], re.I)
        unit = per.group(1).lower() if per else None
        out.append(Money(amount, _CURRENCY[cur], m.start() + offset, m.end() + offset, "year" if unit == "annum" else unit))
    return out
