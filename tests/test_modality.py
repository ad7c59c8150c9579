"""Modality, instrument and signing date of an accord mention (modality.py)."""

from accordgraph.extractor import extract

from .conftest import doc


def test_the_agreement_named_only_with_the_definite_article_is_an_agreement():
    found = extract(doc("Israel's ambassador Haim Regev and EU Commissioner Mariya Gabriel signed the agreement on research in "
                        "Brussels on Monday.", "2021-12-07")).agreements
    assert [a.instrument for a in found] == ["agreement"]


def test_signed_up_with_a_day_between_is_joining():
    found = extract(doc("PARIS - Japan and the European Commission signed up on Wednesday to the Christchurch Call, a pledge on "
                        "digital platforms.", "2019-05-16")).agreements
    assert [(a.status, a.signed) for a in found] == [("signed", "2019-05-15")]


def test_the_year_of_the_accord_a_protocol_amends_is_not_its_signing_date():
    from accordgraph.mentions import analyse
    from accordgraph.modality import signing_date
    from accordgraph.text import Span

    text = "In Hangzhou the ministers signed an additional protocol to the 2014 agreement on the station."
    assert signing_date(analyse(Span(0, len(text), text))) is None
    text = "The 2014 agreement was signed in Beijing."
    assert signing_date(analyse(Span(0, len(text), text))) == "2014"


def test_the_year_of_an_accord_renewed_on_a_day_is_not_the_renewal_date():
    from accordgraph.mentions import analyse
    from accordgraph.modality import signing_date
    from accordgraph.text import Span
    import datetime

    text = "India and France renewed their 2015 space agreement on Monday."
    assert signing_date(analyse(Span(0, len(text), text), datetime.date(2021, 3, 20))) == "2021-03-15"
    text = "The 2008 agreement was signed by India and France in Paris on 10 October."
    assert signing_date(analyse(Span(0, len(text), text), datetime.date(2009, 3, 20))) == "2008-10-10"
    text = "India and France amended their 2018 intergovernmental agreement."
    assert signing_date(analyse(Span(0, len(text), text), datetime.date(2021, 3, 20))) is None


def test_the_year_a_relationship_goes_back_to_does_not_date_the_accord():
    from accordgraph.mentions import analyse
    from accordgraph.modality import signing_date
    from accordgraph.text import Span

    text = "The memorandum signed in Munich builds on a relationship that goes back to 1984."
    assert signing_date(analyse(Span(0, len(text), text))) is None


def test_accords_in_general_come_from_the_plural_nouns_of_the_vocabulary():
    from accordgraph.modality import plural_accords
    from accordgraph.vocabulary import load_vocabulary

    general, quantified, further, many = plural_accords()
    assert all(general.search(f"similar {noun} with Israel") for noun in load_vocabulary().instruments["plurals"]["nouns"])
    assert quantified.search("would examine all agreements Jordan has signed") and further.search("to sign further partnerships")
    assert many.search("the latest of several energy accords Ottawa has struck")


def test_a_date_in_a_since_clause_does_not_date_the_signing():
    found = extract(doc("Brazil and Argentina signed a joint declaration on nuclear cooperation at the first summit since "
                        "Fernandez took office in December.", "2008-02-22")).agreements
    assert len(found) == 1 and found[0].signed != "2007-12"


def test_the_day_a_statement_was_issued_does_not_date_the_signing():
    found = extract(doc("CISA and Ukraine's SSSCIP signed a memorandum of cooperation on cybersecurity earlier this week, the "
                        "agency said in a statement on Wednesday.", "2022-07-28")).agreements
    assert [a.signed for a in found] != ["2022-07-27"]


def test_the_memorandum_signed_in_a_when_clause_names_the_accord_a_generic_noun_announced():
    found = extract(doc("Saudi Arabia put its name to a civil nuclear accord on Friday, when Secretary of State Condoleezza Rice "
                        "and Foreign Minister Prince Saud al-Faisal signed a memorandum of understanding on nuclear energy.",
                        "2008-05-17")).agreements
    assert [a.instrument for a in found] == ["memorandum_of_understanding"]
    assert {s.name for s in found[0].signatories} == {"Condoleezza Rice", "Prince Saud al-Faisal"}


def test_a_contract_between_states_is_an_agreement():
    found = extract(doc("Russia and Iran signed a contract in January 1995 to complete the Bushehr nuclear power plant.", "2005-03-01")).agreements
    assert [(a.instrument, a.status) for a in found] == [("agreement", "signed")]


def test_the_founding_date_of_an_organisation_is_not_the_signing_date():
    text = ("GENEVA, Tuesday (Wire) - Israel deposited its instrument of accession to the CERN Convention, the treaty "
            "that founded the organisation in 1954.")
    assert [a.signed for a in extract(doc(text, "2014-01-07")).agreements] != ["1954"]


def test_a_weekday_s_memorandum_is_the_one_told_that_day():
    text = ("Canada and South Korea signed a memorandum on critical minerals in Ottawa on Friday. Friday's memorandum builds "
            "on talks between Ottawa and Washington on minerals.")
    found = extract(doc(text, "2022-09-24")).agreements
    assert [a.party_countries for a in found] == [["CAN", "KOR"]]


def test_several_accords_of_one_state_are_no_accord_in_particular():
    text = ("Canada and South Korea signed a memorandum on critical minerals in Ottawa on Friday. It is the latest of "
            "several energy accords Ottawa has struck with allies.")
    found = extract(doc(text, "2022-09-24")).agreements
    assert [a.party_countries for a in found] == [["CAN", "KOR"]]


def test_the_signing_verb_governing_the_instrument_outweighs_a_later_cue():
    found = extract(doc("WASHINGTON, Monday (Wire) - The United States and India on Monday signed a broad science and technology "
                        "cooperation agreement, ending a negotiation that had been stuck for years.", "2005-10-18")).agreements
    assert [(a.status, a.signed, a.place) for a in found] == [("signed", "2005-10-17", "Washington")]


def test_hoping_to_sign_is_planned_and_a_state_that_has_not_signed_another_treaty_denies_nothing():
    found = extract(doc("Australia's prime minister leaves for India hoping to sign an agreement that would allow uranium sales "
                        "to India, a country that has not signed the Nuclear Non-Proliferation Treaty.", "2014-09-03")).agreements
    assert [(a.party_countries, a.instrument, a.status) for a in found] == [(["AUS", "IND"], "agreement", "planned")]


def test_a_day_in_a_clause_of_what_is_due_to_happen_is_not_the_signing_day():
    from accordgraph.mentions import analyse
    from accordgraph.modality import signing_date
    from accordgraph.text import Span
    import datetime

    text = ("The memorandum was signed in Washington by the two chief executives, as the president began a visit that is due "
            "to include a White House meeting on Wednesday.")
    assert signing_date(analyse(Span(0, len(text), text), datetime.date(2021, 8, 31))) is None


def test_the_day_a_parliament_ratified_an_accord_is_not_its_signing_day():
    from accordgraph.mentions import analyse
    from accordgraph.modality import signing_date
    from accordgraph.text import Span
    import datetime

    text = "Last Thursday the Verkhovna Rada ratified the minerals agreement with the United States, which Kyiv had signed."
    assert signing_date(analyse(Span(0, len(text), text), datetime.date(2025, 5, 12))) is None


def test_a_named_document_of_no_listed_kind_is_not_the_research_it_commits_to():
    found = extract(doc("Gina Raimondo and Koichi Hagiuda sign the Basic Principles on Semiconductor Cooperation, committing to "
                        "joint research on next-generation chips.", "2022-05-04")).agreements
    assert [a.instrument for a in found] == ["unspecified"]


def test_a_partnership_framework_is_a_framework_agreement():
    found = extract(doc("The United States and Saudi Arabia signed a Partnership Framework for Advancing Clean Energy on Friday.",
                        "2022-07-15")).agreements
    assert [a.instrument for a in found] == ["framework_agreement"]


def test_an_accord_scrapped_years_later_was_still_signed():
    found = extract(doc("Ukraine had agreed in 2010 to finish both units with Russian help under an intergovernmental agreement with "
                        "Moscow, but parliament scrapped that arrangement in 2015.", "2021-08-31")).agreements
    assert [(sorted(a.party_countries), a.status, a.signed) for a in found] == [(["RUS", "UKR"], "signed", "2010")]


def test_an_investment_agreement_for_a_nuclear_plant_is_still_an_agreement():
    found = extract(doc("France's EDF and China General Nuclear signed a strategic investment agreement on Wednesday for the Hinkley "
                        "Point C nuclear power station.", "2015-10-21")).agreements
    assert [a.instrument for a in found] == ["agreement"]


def test_the_day_a_treaty_was_made_public_is_not_its_signing_day():
    found = extract(doc("Australia and Nauru have signed a treaty on security. The treaty, signed by the two leaders and made public "
                        "this week, defines security broadly.", "2024-12-10")).agreements
    assert [(a.status, a.signed) for a in found] == [("signed", None)]


def test_a_year_of_another_thing_does_not_date_the_signing():
    found = extract(doc("President Joe Biden and Prime Minister Boris Johnson signed the New Atlantic Charter at Carbis Bay, a "
                        "deliberate echo of the 1941 original.", "2021-12-28")).agreements
    assert [a.signed for a in found] == [None]
    found = extract(doc("Japan and India signed the 2015 agreement on space in Tokyo.", "2021-12-28")).agreements
    assert [a.signed for a in found] == ["2015"]


def test_a_modal_with_an_adverb_before_sign_is_no_signing():
    for text in ("Japan and India will only sign the memorandum on chips in June.", "Japan and India will eventually sign a memorandum on chips."):
        assert [a.status for a in extract(doc(text, "2024-05-01")).agreements] == ["planned"], text


def test_what_was_signed_alongside_a_named_accord_is_an_accord_of_its_own():
    text = ("Ministers of Chile and Japan today signed the Chile-Japan Digital Economy Agreement in Tokyo. "
            "Alongside the agreement, agencies of both countries signed a set of memoranda of understanding on digital identity and artificial intelligence.")
    found = extract(doc(text, "2024-05-01")).agreements
    assert sorted(a.instrument for a in found) == ["agreement", "memorandum_of_understanding"]


def test_a_body_set_up_under_an_agreement_between_two_governments_dates_that_agreement():
    found = extract(doc("The BIRD Foundation was set up under an agreement between the governments of the United States "
                        "and Israel in 1977.", "2015-03-01")).agreements
    assert [(sorted(a.party_countries), a.status, a.signed) for a in found] == [(["ISR", "USA"], "signed", "1977")]


def test_a_timelines_present_tense_signing_governs_its_accord():
    found = extract(doc("2003\nThe EU and Morocco sign a science and technology cooperation agreement, setting a framework for joint projects.",
                        "2012-06-15")).agreements
    assert [(a.status, a.signed) for a in found] == [("signed", "2003")]


def test_a_timelines_follows_with_an_accord_is_signed_in_that_entrys_year():
    text = ("2003\nThe EU and Morocco sign a science and technology cooperation agreement.\n\n"
            "2005\nEgypt follows with a science and technology cooperation agreement with the EU.")
    found = extract(doc(text, "2012-06-15")).agreements
    assert sorted((sorted(a.party_countries), a.signed) for a in found) == [(["EGY", "EU"], "2005"), (["EU", "MAR"], "2003")]


def test_the_weekday_of_a_day_years_ago_today_is_that_day():
    found = extract(doc("Twenty years ago today, on a warm Wednesday in Athens, Lithuania signed the Treaty of Accession to the "
                        "European Union.", "2023-04-16")).agreements
    assert [a.signed for a in found] == ["2003-04-16"]


def test_an_instrument_in_a_clause_after_the_accord_is_not_its_kind():
    text = ("WASHINGTON - India and the United States signed a memorandum of understanding on the LIGO-India observatory last "
            "Thursday. The memorandum builds on the science and technology cooperation agreement the two governments signed in "
            "2005, which set the framework for joint research between Indian and American agencies.")
    found = extract(doc(text, "2016-04-04")).agreements
    assert [(a.instrument, a.signed) for a in found if a.signed == "2005"] == [("agreement", "2005")]


def test_an_accord_issued_on_a_visit_takes_the_date_after_issued():
    text = ("The two leaders welcomed the progress made since the conference held in Tokyo on February 19 this year, building "
            "on the Joint Statement on the Special Global Partnership between Japan and Ukraine issued during the Prime "
            "Minister's visit to Kyiv in March last year.")
    assert [a.signed for a in extract(doc(text, "2024-06-14")).agreements] == ["2023-03"]


def test_the_year_negotiations_opened_does_not_date_the_signing():
    found = extract(doc("Japan and Switzerland signed the Agreement on Free Trade and Economic Partnership on digital trade in "
                        "Tokyo, capping negotiations that opened in 2007 and were wrapped up last year.", "2009-02-19")).agreements
    assert [a.signed for a in found] == [None]
