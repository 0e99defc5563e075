"""Money as people read it: Decimal amounts shown with their currency."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

CENT = Decimal("0.01")
SYMBOLS = {"USD": "$", "CAD": "CA$", "GBP": "£", "EUR": "€", "AUD": "A$", "NZD": "NZ$",
           "CHF": "CHF ", "SEK": "SEK ", "NOK": "NOK ", "DKK": "DKK ", "ZAR": "R", "INR": "₹"}


def format_money(amount: Decimal | None, currency: str = "USD") -> str:
    """``format_money(Decimal("-1234.5"), "GBP")`` -> ``"-£1,234.50"``."""
    if amount is None:
        return ""
    quantised = amount.quantize(CENT, rounding=ROUND_HALF_EVEN)
    sign = "-" if quantised < 0 else ""
    return f"{sign}{SYMBOLS.get(currency, currency + ' ')}{abs(quantised):,.2f}"
