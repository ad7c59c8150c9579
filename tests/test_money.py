"""Amounts of money (money.py)."""

from accordgraph.money import find_money


def test_money_with_currency_and_unit():
    m = find_money("committing up to ¥250 million per project")
    assert (m[0].amount, m[0].currency, m[0].per) == (250_000_000, "JPY", "project")
    assert find_money("EUR 1.5 billion")[0].amount == 1.5e9
