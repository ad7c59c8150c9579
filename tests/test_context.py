"""What the sentences around a mention tell it (context.py), on tiny inline documents."""

from accordgraph.extractor import extract

from .conftest import doc


def test_a_day_without_its_year_takes_the_year_written_before_it_in_the_sentence():
    found = extract(doc("When the sequence was declared complete in April 2003, the heads of government of the United States, "
                        "the United Kingdom, Japan, France, Germany and China signed a joint proclamation on genomics on 14 April.",
                        "2025-03-01")).agreements
    assert [a.signed for a in found] == ["2003-04-14"]


def test_it_stands_for_the_capital_acting_in_the_sentence_before():
    text = ("Ottawa has struck several energy accords with allies. It signed a memorandum on critical minerals with South "
            "Korea on Friday.")
    found = extract(doc(text, "2022-09-24")).agreements
    assert [a.party_countries for a in found] == [["CAN", "KOR"]]
