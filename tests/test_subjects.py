"""The parties a signing verb's own clause binds (subjects.py), on tiny inline documents."""

from accordgraph.extractor import extract

from .conftest import doc


def party_sets(text, published="2024-06-05"):
    return sorted(sorted(a.party_countries) for a in extract(doc(text, published)).agreements)


def test_states_in_an_opening_comparison_or_an_aside_are_not_parties():
    assert party_sets("Like the United States and Britain before it, Japan signed the accord with Singapore on Wednesday.") == [["JPN", "SGP"]]
    assert party_sets("Finland and Sweden, newly wary of Russia, signed a cyber defence memorandum on Monday.") == [["FIN", "SWE"]]


def test_a_list_an_adverbial_opens_and_posts_in_apposition_stay_parties():
    assert party_sets("In August 2021 the space agencies of Brazil, Russia, India, China and South Africa signed an agreement "
                      "on a virtual satellite constellation.") == [["BRA", "CHN", "IND", "RUS", "ZAF"]]
    assert party_sets("Japan's prime minister, Fumio Kishida, and India's Narendra Modi signed a memorandum on chips on Monday.") == [["IND", "JPN"]]


def test_states_after_a_clause_break_following_the_signing_are_not_parties():
    assert party_sets("Argentina and Brazil signed a space agreement on Monday; Chile and Peru were invited to join later.") == [["ARG", "BRA"]]
    assert party_sets("The Philippines and the United States signed a civil nuclear agreement on Thursday in San Francisco on the "
                      "sidelines of an APEC summit that China's president also attended.") == [["PHL", "USA"]]
    assert party_sets("Indonesia signed a battery memorandum with Korea on Tuesday; a similar document with Japan is expected next month.") \
        == [["IDN", "KOR"]]


def test_signed_by_two_states_binds_those_two_not_a_state_compared_after():
    assert party_sets("The agreement, signed by Kenya and the United States on Tuesday, mirrors one Washington concluded "
                      "with Nigeria in 2022.")[:1] == [["KEN", "USA"]]


def test_an_agreement_between_two_governments_binds_those_two_not_a_consortium_member():
    assert party_sets("The project rests on an agreement between the governments of Japan and Turkey signed in May 2013 that gives "
                      "rights to a consortium led by Mitsubishi Heavy Industries and the French group Areva.") == [["JPN", "TUR"]]


def test_an_accord_told_months_before_another_does_not_take_the_others_party():
    found = extract(doc("Nepal signed a memorandum of understanding under China's Belt and Road Initiative in May 2017, four "
                        "months before the MCC compact.", "2022-02-28")).agreements
    assert [a.party_countries for a in found] == [["CHN", "NPL"]]


def test_a_clause_joined_by_and_signs_with_its_own_subject():
    found = extract(doc("The strategy builds on the partnership Vietnam and the United States established last year, and Hanoi "
                        "signed a memorandum on chip training with South Korea.", "2024-05-10")).agreements
    assert [a.party_countries for a in found] == [["KOR", "VNM"]]
    found = extract(doc("Valneva, based in Saint-Herblain near Nantes in France, and Brazil's Butantan Institute signed their "
                        "vaccine agreement in 2021.", "2023-11-10")).agreements
    assert [a.party_countries for a in found] == [["BRA", "FRA"]]
