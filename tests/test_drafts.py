"""Assembling accords from their mentions (drafts.py): counted groups, rosters, repeats."""

from accordgraph.extractor import extract

from .conftest import doc

CALL = """PARIS - Seventeen governments and the European Commission signed up on Wednesday to the Christchurch Call, a pledge \
on content on digital platforms.

The meeting was co-chaired by Jacinda Ardern and Emmanuel Macron, the prime minister of New Zealand and the president of France.

The governments that signed are:

- Australia
- Canada
- France
- the United Kingdom

The European Commission signed for the European Union.
"""


def test_a_counted_group_listed_under_a_lead_in_is_one_accord_with_the_bloc_that_signed_for_itself():
    found = extract(doc(CALL, "2019-05-16")).agreements
    assert [sorted(a.party_countries) for a in found] == [["AUS", "CAN", "EU", "FRA", "GBR"]]
    assert (found[0].signed, found[0].place) == ("2019-05-15", "Paris")


def test_a_bloc_alone_and_a_later_planned_accession_stay_apart():
    found = extract(doc("The African Union adopted the Malabo Convention on cyber security in Malabo on 27 June 2014. "
                        "Mauritania is expected to deposit its instrument of ratification of the convention next month.",
                        "2023-05-09")).agreements
    assert ["AU"] in [sorted(a.party_countries) for a in found if a.status == "signed"]


def test_what_the_new_agreements_are_expected_to_do_is_no_planned_accord():
    found = extract(doc("RIKEN and the Max Planck Society signed a memorandum of understanding on chemical biology in Munich "
                        "on 19 January. Together, the two agreements are expected to seed new research projects between "
                        "Japan and Germany.", "2010-01-25")).agreements
    assert [a.status for a in found] == ["signed"]


def test_what_the_two_sides_want_to_do_after_a_signing_is_that_accord():
    found = extract(doc("On Tuesday the European Union and Australia signed a memorandum of understanding on critical minerals. "
                        "The two sides want to identify joint projects and cooperate on research into lower-impact processing.",
                        "2024-05-30")).agreements
    assert [(a.status, len(a.evidence)) for a in found] == [("signed", 2)]


def test_talk_of_long_standing_cooperation_leaves_a_planned_agreement_planned():
    found = extract(doc("Egypt and the European Union concluded negotiations on Egypt's association to Horizon Europe, and the "
                        "agreement was initialled in Brussels. The agreement is expected to be signed by November. The EU "
                        "ambassador called it a milestone in long-standing cooperation between Egypt and the EU.")).agreements
    assert [(a.instrument, a.status) for a in found] == [("agreement", "planned")]


def test_a_paper_the_text_says_is_not_between_the_two_countries_leaves_the_record():
    found = extract(doc("Australia and Germany sealed a hydrogen memorandum in Berlin on Tuesday. Despite the flag-waving, the "
                        "paper signed in Berlin is not an agreement between the two countries: it binds two companies.",
                        "2022-03-30")).agreements
    assert [a for a in found if a.status == "signed"] == []


def test_a_disclaimer_about_a_company_deal_leaves_the_earlier_state_accord():
    found = extract(doc("Germany and Norway signed a joint statement on hydrogen in Oslo in March 2022. Equinor and RWE announced "
                        "a partnership in January. That deal is between the two companies; neither government is a party to it.",
                        "2023-02-01")).agreements
    assert [sorted(a.party_countries) for a in found if a.status == "signed"] == [["DEU", "NOR"]]


def test_what_the_document_will_do_belongs_to_the_accord_just_signed():
    found = extract(doc("Japan and Russia signed their first agreement on nuclear energy cooperation in Tokyo on Tuesday. Rosatom's "
                        "head said the document would open the way to joint projects worth billions of dollars.", "2009-05-13")).agreements
    assert [(a.status, len(a.evidence)) for a in found] == [("signed", 2)]


def test_how_long_a_signed_accord_took_to_negotiate_is_no_accord_under_negotiation():
    found = extract(doc("Japan and India signed a civil nuclear agreement in November 2016. That deal took six years to negotiate.",
                        "2017-01-10")).agreements
    assert [(a.status, a.signed) for a in found] == [("signed", "2016-11")]
    found = extract(doc("India and the United States signed a science agreement on Monday. Washington and New Delhi first tried to "
                        "negotiate such a pact in 1993, but the effort ran aground.", "2005-10-20")).agreements
    assert [a.status for a in found] == ["signed"]


def test_an_agreement_of_two_states_and_the_named_kind_their_agencies_signed_are_one_accord():
    text = ("LIMA (Wire) - Peru joined the lunar programme on Tuesday when the heads of the U.S. and Peruvian space agencies signed an "
            "agreement under which Peru will build a rover camera. NASA Administrator Tom Hall and Ana Ruiz, head of Peru's space "
            "agency CONIDA, signed the implementing arrangement in the Peruvian capital.")
    found = extract(doc(text, "2024-05-15")).agreements
    assert len(found) == 1
    assert found[0].instrument == "implementing_arrangement" and found[0].signed == "2024-05-14"
    assert {s.name for s in found[0].signatories} == {"Tom Hall", "Ana Ruiz"}


def test_a_counted_group_named_in_the_next_sentence_without_list_marks():
    text = ("On Tuesday Brazil and four partner countries signed a charter on lunar science. So: Brazil, Chile, Peru, "
            "Colombia and Uruguay.")
    found = extract(doc(text, "2024-05-15")).agreements
    assert [sorted(a.party_countries) for a in found] == [["BRA", "CHL", "COL", "PER", "URY"]]


def test_a_disclaimer_two_sentences_after_the_deal_it_speaks_of():
    text = ("Egypt and Germany sealed a power deal on Wednesday during the president's visit to Berlin. Behind the headline, the deal "
            "is a package of commercial contracts between a German engineering group and an Egyptian utility. It is not a "
            "government-to-government accord.")
    assert extract(doc(text, "2015-06-04")).agreements == []


def test_a_disclaimer_of_a_company_deal_leaves_the_governments_accord_told_before():
    text = ("Germany and Norway signed a joint statement on hydrogen in Oslo in March. Companies are moving in parallel. "
            "Equinor and RWE announced a partnership in January on hydrogen plants. That deal is between the two companies; "
            "neither government is a party to it.")
    assert [sorted(a.party_countries) for a in extract(doc(text, "2023-05-01")).agreements] == [["DEU", "NOR"]]


def test_a_group_of_partners_named_in_a_sentence_that_lists_them():
    text = ("In Paris, Senegal and a group of international partners launched a Just Energy Transition Partnership on Thursday. "
            "The partners are France and Germany, which lead the group, together with the European Union, Canada and the United Kingdom.")
    found = extract(doc(text, "2023-06-26")).agreements
    assert [sorted(a.party_countries) for a in found] == [["CAN", "DEU", "EU", "FRA", "GBR", "SEN"]]


def test_the_protocol_points_back_at_the_protocol_just_signed():
    text = ("In Beijing last Friday the two governments of Brazil and China signed a supplementary protocol to develop the CBERS-6 "
            "satellite. The protocol was one of fifteen documents signed after the presidents met.")
    found = extract(doc(text, "2023-04-21")).agreements
    assert [(a.party_countries, a.signed) for a in found] == [(["BRA", "CHN"], "2023-04-14")]
