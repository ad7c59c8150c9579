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


def test_the_same_three_countries_as_subject_point_back_and_the_states_after_the_accord_are_its_object():
    text = ("Australia, Japan and the United States signed an infrastructure partnership in 2018. "
            "In December 2021 the same three countries issued a joint statement committing to fund a cable "
            "to connect Nauru, Kiribati and the Federated States of Micronesia.")
    found = extract(doc(text, "2023-06-20")).agreements
    assert [(a.parties, a.instrument, a.signed) for a in found if a.instrument == "joint_statement"] == \
        [(["AUS", "JPN", "USA"], "joint_statement", "2021-12")]


def test_the_kingdom_or_the_country_opening_a_signing_is_the_state_named_before():
    found = extract(doc("Saudi Arabia and France signed a hydrogen memorandum on Monday. The kingdom signed similar memoranda "
                        "with Germany and with Japan in 2021.", "2024-05-10")).agreements
    assert sorted(tuple(a.party_countries) for a in found) == [("DEU", "SAU"), ("FRA", "SAU"), ("JPN", "SAU")]
    found = extract(doc("Ghana and Japan held talks on Monday. The country has put its name to nuclear memoranda with Russia "
                        "and with the United States, in June 2015 and July 2021 respectively.", "2024-05-10")).agreements
    assert sorted((tuple(a.party_countries), a.signed) for a in found) == [(("GHA", "RUS"), "2015-06"), (("GHA", "USA"), "2021-07")]


def test_a_short_numbered_title_is_a_heading_when_no_list_is_open():
    from accordgraph.context import is_heading
    assert is_heading("3. Memorandum of Cooperation with New Zealand", numbered=True)
    assert not is_heading("3. Memorandum of Cooperation with New Zealand")
    assert not is_heading("1. MoU on cooperation in the field of health and medicine", numbered=True)


def test_the_two_leaders_sign_an_accord_whose_title_names_them_between():
    text = ("FASANO, Italy - Prime Minister Kishida met President Zelenskyy of Ukraine on the margins of the G7 summit hosted by "
            "Italian Prime Minister Giorgia Meloni. Following the meeting, the two leaders signed the \"Accord on Support and "
            "Cooperation between Japan and Ukraine.\"")
    assert [a.party_countries for a in extract(doc(text, "2024-06-14")).agreements] == [["JPN", "UKR"]]


def test_the_two_organizations_an_accord_builds_on_are_that_accords_parties():
    text = ("Catherine Cesarsky for ESO and Rita Colwell for NSF signed the ALMA construction agreement in Charlottesville on "
            "Tuesday. The National Research Council of Canada takes part as a partner of NSF. The construction agreement builds "
            "on a memorandum of understanding that the two organizations signed in 1999 to carry out the design phase.")
    found = extract(doc(text, "2003-02-26")).agreements
    assert [(a.parties, a.signed) for a in found if a.signed == "1999"] == [(["ESO", "NSF"], "1999")]
