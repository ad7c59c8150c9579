"""Extraction rules, one test per phenomenon, on tiny inline documents."""

import json

from accordgraph.documents import load
from accordgraph.evaluation import score
from accordgraph.extractor import extract
from accordgraph.records import ExtractionRecord

from .conftest import SEED, doc


def agreements(text, published="2025-05-13"):
    return extract(doc(text, published)).agreements


def test_seed_matches_gold_on_every_scored_field(seed_gold):
    gold = ExtractionRecord.model_validate(seed_gold)
    pred = extract(load(SEED))
    for level in ("parties", "party_countries"):
        s = score([gold], [pred], level)
        assert (s["tp"], s["fp"], s["fn"]) == (5, 0, 0)
        assert all(v["right"] == v["scored"] for v in s["fields"].values()), s["wrong_fields"]


def test_seed_finds_both_planned_events():
    events = extract(load(SEED)).events
    kinds = {(e.kind, e.date, e.place) for e in events if e.status == "planned"}
    assert ("workshop", "2025", None) in kinds
    assert ("ministerial_meeting", "2026", "Brussels") in kinds


def test_coordinated_list_carries_one_date_per_item():
    found = agreements("Japan has prior agreements with the United States in 2019, Denmark in January 2025, "
                       "and the United Kingdom in April 2025 on quantum technology.")
    assert {(tuple(a.parties), a.signed) for a in found} == {
        (("JPN", "USA"), "2019"), (("DNK", "JPN"), "2025-01"), (("GBR", "JPN"), "2025-04")}


def test_respectively_pairs_dates_with_items():
    found = agreements("India signed space agreements with France and Japan in 2018 and 2021, respectively.")
    assert {(tuple(a.parties), a.signed) for a in found} == {(("FRA", "IND"), "2018"), (("IND", "JPN"), "2021")}


def test_both_sides_resolved_from_the_previous_sentence():
    found = agreements("Canada and Germany are deepening clean energy ties. Both sides signed a joint declaration of intent on hydrogen on Tuesday.")
    assert len(found) == 1 and found[0].parties == ["CAN", "DEU"]
    assert found[0].signed == "2025-05-13" and found[0].instrument in ("joint_declaration", "letter_of_intent")


def test_weekday_resolved_against_the_dateline():
    found = agreements("SEOUL, May 16 (Wire) - South Korea and Australia signed a memorandum of understanding on critical minerals on Wednesday.", published="2025-05-20")
    assert found[0].signed == "2025-05-14"


def test_planned_signing_is_not_signed():
    found = agreements("India and the United States will sign a memorandum on semiconductors next month.")
    assert [a.status for a in found] == ["planned"] and found[0].signed is None


def test_talks_are_negotiating():
    found = agreements("The EU and Australia held talks on a critical minerals agreement on Sunday.")
    assert all(a.status == "negotiating" for a in found)


def test_denial_yields_no_signed_agreement():
    found = agreements("Ukraine denied that it had signed a minerals agreement with the United States.")
    assert not [a for a in found if a.status == "signed"]


def test_company_deal_is_not_a_national_accord():
    assert agreements("TSMC and Sony signed an agreement on a chip plant in Kumamoto.") == []


def test_ongoing_research_collaboration():
    found = agreements("Japan is collaborating with the Netherlands on semiconductor research.")
    assert found[0].status == "ongoing" and found[0].instrument == "joint_research_programme"


def test_agency_parties_and_their_countries():
    found = agreements("Japan's JST and Singapore's A*STAR signed a memorandum of understanding on quantum research on 3 March 2025.")
    assert found[0].parties == ["A*STAR", "JST"] and found[0].party_countries == ["JPN", "SGP"]


def test_signatories_with_posts_and_witnesses_kept_apart():
    found = agreements("The memorandum on artificial intelligence was signed in London by UK Science Secretary Michelle Donelan "
                       "and US Commerce Secretary Gina Raimondo, in the presence of Prime Minister Rishi Sunak, on 1 April 2024.")
    names = {s.name for s in found[0].signatories}
    assert names == {"Michelle Donelan", "Gina Raimondo"}
    assert found[0].place == "London" and found[0].signed == "2024-04-01"


def test_programme_from_the_under_pattern_and_the_vocabulary():
    found = agreements("Japan and the EU signed an agreement on quantum research on 2 June 2025. "
                       "Both parties will implement it through the Horizon Europe programme and under the Moonshot Research programme.")
    assert "Horizon Europe" in found[0].programmes


def test_one_accord_mentioned_twice_is_one_record_with_both_sentences():
    found = agreements("Japan and Denmark signed a memorandum of cooperation on quantum technology on 22 January 2025. "
                       "The memorandum was signed in Copenhagen by the two countries' ministers.")
    assert len(found) == 1 and len(found[0].evidence) == 2


def test_every_record_has_a_confidence_and_evidence_offsets():
    d = doc("Japan and Denmark signed a memorandum of cooperation on quantum technology on 22 January 2025.")
    for a in extract(d).agreements:
        assert 0 < a.confidence <= 1
        assert all(d.text[e.start:e.end] == e.text for e in a.evidence)


def test_output_is_the_extraction_format():
    data = json.loads(json.dumps(extract(load(SEED)).to_json_dict()))
    assert set(data) >= {"document", "published", "agreements", "events"}
    assert set(data["agreements"][0]) >= {"parties", "party_countries", "instrument", "status", "domains", "evidence"}


def test_venue_bloc_and_agency_headquarters_are_not_parties():
    found = agreements("Energy Secretary Raphael Lotilla signed the agreement for the Philippines and Secretary of State Antony Blinken "
                       "for the United States, on the sidelines of the APEC leaders' meeting in San Francisco.")
    assert [a.parties for a in found] == [["PHL", "USA"]]
    found = agreements("Japan and the United States signed a framework agreement on space at NASA headquarters.")
    assert [a.parties for a in found] == [["JPN", "USA"]]


def test_counted_parties_named_in_the_next_sentence():
    found = agreements("Seven countries signed a treaty in Rome on Tuesday creating a radio telescope observatory. "
                       "Representatives of Australia, China, Italy, the Netherlands, Portugal, South Africa and the United Kingdom signed the convention.")
    assert len(found) == 1
    assert found[0].parties == ["AUS", "CHN", "GBR", "ITA", "NLD", "PRT", "ZAF"]
    assert found[0].signed == "2025-05-13" and found[0].place == "Rome" and found[0].instrument == "treaty"


def test_target_year_is_not_the_signing_date():
    found = agreements("Belgium and Denmark signed a declaration on offshore wind committing to 150 gigawatts by 2050.")
    assert found[0].signed is None


def test_month_pair_shares_the_written_year():
    found = agreements("The Commission launched strategic partnerships on raw materials with Canada and Ukraine, in June and July 2021 respectively.", published="2023-07-20")
    assert {(tuple(a.parties), a.signed) for a in found} == {(("CAN", "EU"), "2021-06"), (("EU", "UKR"), "2021-07")}


def test_capital_after_with_is_the_partner():
    found = agreements("Romania signed a memorandum of understanding on 5G security with Washington on 20 August 2019.")
    assert found[0].parties == ["ROU", "USA"]


def test_negotiations_on_an_agreement_are_negotiating():
    found = agreements("Negotiations on the EU-US critical minerals agreement were launched in March.")
    assert [a.status for a in found] == ["negotiating"]


def test_failure_to_conclude_is_negotiating_not_signed():
    found = agreements("The European Union and the United States failed to conclude an agreement on critical minerals on Friday.")
    assert [a.status for a in found] == ["negotiating"]


def test_partners_stop_at_the_next_clause():
    found = agreements("In June, the EU signed a memorandum of understanding on raw materials with Argentina in Buenos Aires, "
                       "during a tour that also took the Commission President to Brazil, Chile and Mexico.")
    assert [a.parties for a in found] == [["ARG", "EU"]]


def test_agreeing_an_initiative_is_a_signing_act():
    found = agreements("Britain and India agreed a Technology Security Initiative this week, setting out cooperation on semiconductors.", published="2024-07-26")
    assert found[0].status == "signed" and found[0].signed == "2024-07"


def test_place_given_as_the_city_of():
    found = agreements("Nine countries' leaders from Belgium, Denmark and Germany signed the declaration in the coastal city of Ostend on offshore wind.")
    assert found[0].place == "Ostend"


def test_instrument_is_the_object_of_the_signing_verb():
    found = agreements("Brazil and China signed an agreement on Friday to build a satellite, extending a space partnership of three decades.")
    assert found[0].instrument == "agreement"


def test_an_administrative_arrangement_is_an_implementing_arrangement():
    found = agreements("The European Commission and the United States signed an administrative arrangement on artificial "
                       "intelligence on Friday.")
    assert found[0].instrument == "implementing_arrangement"


def test_instrument_near_a_venue_is_still_the_accord():
    found = agreements("The European Union and the United States failed to conclude an agreement on critical minerals at a summit in Washington on Friday.")
    assert [a.parties for a in found] == [["EU", "USA"]]


def test_sentence_about_the_accord_adds_its_domains():
    found = agreements("Britain and India agreed a Technology Security Initiative this week. "
                       "The initiative covers telecoms, semiconductors and artificial intelligence.", published="2024-07-26")
    assert {"telecom", "semiconductors", "ai"} <= set(found[0].domains)


def test_joint_mission_is_an_ongoing_collaboration():
    found = agreements("SVOM is a joint mission of the French space agency CNES and the China National Space Administration (CNSA).")
    assert [(a.party_countries, a.status) for a in found] == [(["CHN", "FRA"], "ongoing")]


def test_working_together_for_years_is_ongoing():
    found = agreements("Researchers from Austria and China have worked together for years on quantum communication.")
    assert found[0].status == "ongoing" and found[0].domains == ["quantum"]


def test_quoted_cue_words_still_read():
    found = agreements('The United States and Saudi Arabia are on a "pathway" to an agreement on civil nuclear cooperation.')
    assert [a.status for a in found] == ["negotiating"]


def test_names_with_initials_and_possessives():
    found = agreements("The memorandum was signed in Riyadh by India's Minister of Power, R.K. Singh, and Saudi Arabia's Minister of Energy, "
                       "Prince Abdulaziz bin Salman, during Prime Minister Narendra Modi's visit.")
    assert {s.name for s in found[0].signatories} == {"R.K. Singh", "Prince Abdulaziz bin Salman"}
    assert {s.party for s in found[0].signatories} == {"IND", "SAU"}


def test_first_signers_of_a_treaty_join_its_full_party_list():
    found = agreements("Andorra, Georgia, Iceland, Norway, Israel, the United Kingdom, the United States and the European Union signed the "
                       "convention on artificial intelligence in Vilnius on 5 September 2024. The United States, the United Kingdom and the "
                       "European Union were among the first to sign the treaty on artificial intelligence.")
    assert len(found) == 1 and len(found[0].parties) == 8


def test_timeline_lines_in_the_present_tense_are_signings():
    found = agreements("## Timeline\n\n- 2019: Japan and the United States sign the Tokyo Statement on Quantum Cooperation.\n"
                       "- March 2023: The UK and Canada agree a joint statement on quantum.\n"
                       "- June 2025: India and France to sign a quantum roadmap.\n", published="2025-06-01")
    got = {(tuple(a.parties), a.status, a.signed) for a in found}
    assert got == {(("JPN", "USA"), "signed", "2019"), (("CAN", "GBR"), "signed", "2023-03"), (("FRA", "IND"), "planned", None)}


def test_instrument_from_the_accords_own_name():
    found = agreements("In 2019 Japan and the United States signed the Tokyo Statement on Quantum Cooperation.")
    assert found[0].name == "Tokyo Statement on Quantum Cooperation" and found[0].instrument == "joint_statement"


def test_signing_up_is_not_signing():
    found = agreements("Whether further countries, India among them, sign up to the South Africa partnership remains open.")
    assert not [a for a in found if a.status == "signed"]


def test_the_signing_as_a_noun_and_laws_signed_name_no_signatories():
    found = agreements("The United States and India signed a civil nuclear agreement on Friday. "
                       "The signing came two days after President George W. Bush signed into law the legislation approving the pact, "
                       "on the day Prime Minister Manmohan Singh met President Bush, a sign of the new ties.", published="2008-10-11")
    assert all(not a.signatories for a in found)


def test_each_signatory_signs_for_the_party_named_after_them():
    found = agreements("Energy Secretary Raphael Lotilla signed the agreement on nuclear energy for the Philippines and "
                       "Secretary of State Antony Blinken for the United States.")
    assert {(s.name, s.party) for s in found[0].signatories} == {("Raphael Lotilla", "PHL"), ("Antony Blinken", "USA")}


def test_programme_for_both_accords_named_before():
    found = agreements("The EU signed a memorandum of understanding on raw materials with Argentina in June. "
                       "A memorandum of understanding with Chile on lithium was signed in July. "
                       "Both Latin American memorandums are meant to be backed by investment under Global Gateway, the EU's strategy.")
    assert {tuple(a.parties): a.programmes for a in found} == {("ARG", "EU"): ["Global Gateway"], ("CHL", "EU"): ["Global Gateway"]}


def test_date_of_saying_is_not_the_signing_date():
    found = agreements("Japan and India have signed a memorandum of cooperation on semiconductors, officials said on Thursday.")
    assert found[0].signed is None
    found = agreements("Japan and India signed a memorandum of cooperation on semiconductors on Thursday, officials said.")
    assert found[0].signed == "2025-05-08"


def test_here_today_takes_the_datelines_city_and_day_even_without_a_year():
    found = agreements("SEOUL, Oct. 31 (Wire) - South Korea and Poland signed a memorandum of understanding on nuclear energy here today.", published=None)
    assert found[0].signed == "--10-31" and found[0].place == "Seoul"


def test_a_weekday_under_a_yearless_dateline_is_the_datelines_day():
    found = agreements("KUALA LUMPUR, Nov 18 (Wire) - Malaysia and China signed an agreement on Wednesday on vaccines.", published=None)
    assert found[0].signed == "--11-18"


def test_concluded_negotiations_are_not_a_signing():
    found = agreements("The European Union and Korea concluded negotiations on Monday on Korea's association to Horizon Europe. "
                       "No agreement has been signed yet. The two sides plan to sign the association agreement later this year.")
    assert [(a.parties, a.status, a.signed) for a in found] == [(["EU", "KOR"], "planned", None)]


def test_joining_an_accord_led_by_one_party():
    found = agreements("The Artemis Accords were launched by the United States in October 2020. "
                       "Ukraine followed in November 2020, becoming the first country to sign after the founding group. "
                       "France and Germany signed on 7 June 2022 and 14 September 2023 respectively.")
    got = {(tuple(a.parties), a.signed) for a in found if a.status == "signed"}
    assert {(("UKR", "USA"), "2020-11"), (("FRA", "USA"), "2022-06-07"), (("DEU", "USA"), "2023-09-14")} <= got


def test_saying_a_party_is_not_a_signatory_makes_no_record():
    found = agreements("The European Space Agency itself is not a signatory of the Artemis Accords, which the United States leads.")
    assert found == []


def test_company_nationality_is_not_a_party():
    found = agreements("Japan and Turkey sign an agreement for a nuclear plant at Sinop, to be built by a consortium of "
                       "Mitsubishi Heavy Industries and France's Areva.")
    assert [a.parties for a in found] == [["JPN", "TUR"]]


def test_timeline_date_heading_dates_the_entry_below():
    found = agreements("May 2013\nJapan and Turkey sign an agreement on nuclear energy during a visit to Ankara.\n", published="2020-01-01")
    assert found[0].signed == "2013-05"


def test_cultural_accord_between_tech_partners_is_left_out():
    found = agreements("France and the UAE signed a framework agreement on artificial intelligence on Thursday. "
                       "The Louvre Abu Dhabi opened in 2017 under an intergovernmental agreement the two countries concluded earlier.")
    assert [a.domains for a in found] == [["ai"]]


def test_signing_place_from_a_visit_and_off_topic_words_inside_names():
    found = agreements("During Prime Minister Shinzo Abe's visit to Ankara, Japan and Turkey sign an agreement on nuclear energy.")
    assert found[0].place == "Ankara"
    found = agreements("NASA Administrator Bill Nelson and Masahito Moriyama, Japan's Minister of Education, Culture, Sports, Science and "
                       "Technology, signed the agreement on a lunar rover in Washington.")
    assert found[0].place == "Washington" and found[0].party_countries == ["JPN", "USA"]


def test_agency_accord_and_country_accord_stay_apart_when_they_differ():
    found = agreements("India has signed the Artemis Accords on space exploration, the U.S.-led principles. "
                       "NASA and the Indian Space Research Organisation (ISRO) are drawing up a strategic framework for human spaceflight, "
                       "to be signed next year.")
    assert {(tuple(a.parties), a.status) for a in found} >= {(("ISRO", "NASA"), "planned")}
    assert len(found) == 2


def test_a_signing_on_a_condition_is_not_a_signing():
    found = agreements("Once the association agreement on research has been signed, Canadian researchers can join Horizon Europe. "
                       "The EU and Canada concluded negotiations on the association agreement on Friday.")
    assert not [a for a in found if a.status == "signed"]


def test_a_witness_who_did_not_sign_makes_no_accord():
    assert agreements("NASA Administrator Bill Nelson attended the ceremony but did not sign the accords.") == []


def test_a_domestic_law_signed_is_not_an_accord():
    assert agreements("President Biden signed the CHIPS and Science Act on Tuesday, with $52 billion for semiconductors.") == []
    assert agreements("The president signed the semiconductor bill into law on Tuesday, officials from Japan and Korea noted.") == []


def test_firms_signing_is_not_a_national_accord():
    assert agreements("South Korea's Samsung Electronics and Netherlands-based ASML signed an agreement on Tuesday to build a chip research centre.") == []
    assert agreements("Samsung and ASML signed a memorandum of understanding with Korea and the Netherlands looking on.") == []


def test_bare_memorandum_is_a_memorandum_of_understanding():
    found = agreements("India and Australia agreed to deepen cooperation in critical minerals, "
                       "signing a memorandum in Sydney last month.", published="2024-07-09")
    assert [(a.parties, a.instrument, a.status, a.signed) for a in found] == [
        (["AUS", "IND"], "memorandum_of_understanding", "signed", "2024-06")]


def test_latest_nation_to_sign_is_a_signing():
    found = agreements("Chile became the latest nation to sign the Artemis Accords on Thursday.", published="2023-10-20")
    assert [(a.party_countries, a.status, a.signed) for a in found] == [(["CHL", "USA"], "signed", "2023-10-19")]


def test_joining_an_accord_one_party_leads():
    found = agreements("Sweden joined the Artemis Accords in April 2024.", published="2024-04-20")
    assert [(a.party_countries, a.status, a.signed) for a in found] == [(["SWE", "USA"], "signed", "2024-04")]


def test_joined_without_a_led_accord_is_not_an_accord():
    assert agreements("Sweden joined NATO in March 2024 after a long wait.", published="2024-04-20") == []


def test_several_joiners_each_bind_to_the_leader():
    found = agreements("Nigeria and Rwanda signed the Artemis Accords in December 2022.", published="2023-01-10")
    assert sorted((tuple(a.party_countries), a.signed) for a in found) == [
        (("NGA", "USA"), "2022-12"), (("RWA", "USA"), "2022-12")]


def test_two_governments_are_the_states_behind_their_agencies():
    found = agreements("The Korea Aerospace Research Institute and the Polish Space Agency agreed to cooperate on satellites. "
                       "Last year, the two governments concluded a memorandum of understanding on semiconductors.",
                       published="2022-10-31")
    semis = [a for a in found if "semiconductors" in a.domains]
    assert [(a.parties, a.signed) for a in semis] == [(["KOR", "POL"], "2021")]


def test_lead_in_colon_lists_one_accord_per_bullet():
    text = ("Australia and Korea deepened ties on Monday.\n\n"
            "In the presence of the two leaders, ministers from both countries signed:\n\n"
            "- a Memorandum of Understanding on Critical Minerals, which will support batteries and electric vehicles; and\n"
            "- a Low Emissions Technology Partnership on clean hydrogen.\n\n"
            "The leaders then held talks.")
    found = agreements(text, published="2021-12-13")
    assert sorted((a.instrument, tuple(a.domains), a.status, a.parties == ["AUS", "KOR"]) for a in found) == [
        ("memorandum_of_understanding", ("critical_minerals",), "signed", True),
        ("partnership", ("clean_energy",), "signed", True)]


def test_lead_in_naming_one_accord_lists_its_topics():
    text = ("Under the Quad Cybersecurity Partnership, Australia, India, Japan and the United States work together on:\n\n"
            "- protecting critical infrastructure;\n"
            "- supply chain security for digital technologies;\n")
    found = agreements(text)
    assert len(found) == 1 and found[0].instrument == "partnership" and "cybersecurity" in found[0].domains


def test_double_hyphen_dateline_is_not_the_signing_date():
    found = agreements("BEIJING, Sept. 3 (Xinhua) -- China and Brazil signed a protocol on satellite cooperation on Sept. 2.",
                       published="2019-09-03")
    assert [a.signed for a in found] == ["2019-09-02"]


def test_place_of_a_project_is_not_the_place_of_signing():
    found = agreements("Japan and Indonesia agreed to study a carbon capture project in Sumatra, signing a memorandum on Sunday.",
                       published="2023-12-18")
    assert [a.place for a in found] == [None]


def test_plural_memorandums_of_cooperation():
    found = agreements("Indonesia and Japan signed six memorandums of cooperation on geothermal power on Sunday.", published="2023-12-18")
    assert [a.instrument for a in found] == ["memorandum_of_cooperation"]


def test_economic_partnership_agreement_is_a_trade_accord():
    assert agreements("Japan and Indonesia signed an economic partnership agreement in 2007.") == []


def test_signatory_without_a_party_marker_signed_for_the_other_party():
    found = agreements("The UK and Canada have today signed a joint statement on quantum cooperation. "
                       "The statement was signed in Ottawa by Michelle Donelan and Canada's Minister of Innovation, "
                       "Science and Industry, François-Philippe Champagne.")
    assert {(s.name, s.party, s.post) for s in found[0].signatories} == {
        ("Michelle Donelan", "GBR", None),
        ("François-Philippe Champagne", "CAN", "Minister of Innovation, Science and Industry")}


def test_two_coordinated_accords_in_one_sentence():
    found = agreements("The UK and Canada have today signed a joint statement on quantum cooperation and announced "
                       "a new AI compute partnership.")
    assert sorted((a.instrument, tuple(a.domains)) for a in found) == [("joint_statement", ("quantum",)), ("partnership", ("ai",))]


def test_appositive_deal_is_the_same_accord():
    found = agreements("The United States and Japan signed an agreement on critical minerals on Tuesday, "
                       "a deal that should let electric vehicles qualify for tax credits.")
    assert len(found) == 1


def test_the_statement_points_back_at_the_statement_not_the_latest_accord():
    found = agreements("The UK and Canada have today signed a joint statement on quantum cooperation and announced "
                       "a new AI compute partnership. The statement was signed in Ottawa by Michelle Donelan.")
    by = {a.instrument: a for a in found}
    assert by["joint_statement"].place == "Ottawa" and by["partnership"].place is None


def test_background_accord_an_accord_builds_on():
    found = agreements("It builds on the UK-Canada science and technology agreement of 2017.", published="2024-03-14")
    assert [(a.parties, a.status, a.signed) for a in found] == [(["CAN", "GBR"], "signed", "2017")]


def test_related_story_headline_is_not_evidence():
    text = ("India and France discussed space cooperation in Paris on Monday.\n\n"
            "Related: Japan, UK sign semiconductor partnership\n\n"
            "Officials said talks would continue.")
    assert agreements(text) == []


def test_agreement_in_principle_is_not_yet_signed():
    found = agreements("The European Union and the United States reached an agreement in principle on a data privacy framework in March 2022.")
    assert [a.status for a in found] == ["negotiating"]


def test_memorandum_of_agreement_and_exchange_of_notes_are_agreements():
    found = agreements("The Philippines and Japan signed a memorandum of agreement on space cooperation on Tuesday.")
    assert [a.instrument for a in found] == ["agreement"]


def test_counted_signers_named_in_the_next_sentence_take_its_date():
    text = ("Leaders of five countries and the European Union adopted the Seoul Declaration on AI on 21 May 2024, "
            "at a session co-chaired by the United Kingdom. The declaration was adopted by Australia, Canada, "
            "the European Union, France, Japan and the United Kingdom.")
    found = agreements(text, published="2024-05-22")
    assert [(a.parties, a.signed) for a in found] == [(["AUS", "CAN", "EU", "FRA", "GBR", "JPN"], "2024-05-21")]


def test_collaboration_worded_as_a_joint_mission_or_jointly_built():
    for text in ("SVOM is a joint mission of the French space agency CNES and the China National Space Administration.",
                 "Brazil and China have jointly built six CBERS satellites since 1988.",
                 "The mission is a collaboration between ESA and JAXA.",
                 "Japan and Australia have a long-running partnership on hydrogen supply chains."):
        found = agreements(text)
        assert [a.status for a in found] == ["ongoing"], text


def test_demonyms_with_researchers_name_parties():
    found = agreements("Korean and American researchers work together at a joint quantum centre in Seoul.")
    assert [(a.parties, a.status) for a in found] == [(["KOR", "USA"], "ongoing")]


def test_declining_to_confirm_is_not_a_signing():
    found = agreements("The Dutch and Japanese governments have declined to confirm reports that they had agreed "
                       "with the United States to restrict exports of chipmaking equipment.")
    assert all(a.status != "signed" for a in found)


def test_country_after_a_city_is_where_not_who():
    text = ("Israel, Jordan and the United Arab Emirates signed a declaration of intent on solar power in 2021. "
            "A year later, in Sharm el-Sheikh, Egypt, the three countries signed a memorandum of understanding on clean energy.")
    found = agreements(text, published="2023-01-10")
    assert all("EGY" not in a.parties for a in found)


def test_the_three_governments_are_the_latest_three_named():
    text = ("Jordan, Israel and the United Arab Emirates have discussed a solar-for-water swap. "
            "Israel and the UAE are the keenest. "
            "In 2021 the three governments signed a declaration of intent on solar power.")
    found = agreements(text, published="2023-01-10")
    assert [a.parties for a in found] == [["ARE", "ISR", "JOR"]]


def test_parties_to_a_war_are_not_parties_to_an_accord():
    found = agreements("Germany and Norway signed a statement on hydrogen in Oslo in March 2022, weeks after Russia's invasion of Ukraine.",
                       published="2023-01-10")
    assert [a.parties for a in found] == [["DEU", "NOR"]]


def test_a_single_memorandum_with_two_partners_is_one_accord():
    found = agreements("US Secretary of State Antony Blinken signed a memorandum of understanding with the Democratic Republic "
                       "of Congo and Zambia on electric vehicle batteries on Tuesday.")
    assert [a.parties for a in found] == [["COD", "USA", "ZMB"]]


def test_list_after_with_stops_at_the_next_clause():
    found = agreements("The European Union signed a memorandum with Kazakhstan on raw materials at COP27 in November 2022, "
                       "and China, Russia and the United States have all held summits in the region.", published="2024-06-14")
    assert [a.parties for a in found] == [["EU", "KAZ"]]


def test_the_leader_of_a_led_accord_named_as_x_led_is_not_a_joiner():
    found = agreements("Nigeria and Rwanda yesterday became the first African countries to sign the Artemis Accords, "
                       "the United States-led set of principles.", published="2022-12-14")
    assert sorted(a.parties for a in found) == [["NGA", "USA"], ["RWA", "USA"]]


def test_that_agreement_was_signed_by_joins_the_accord_named_before():
    text = ("The DRC and Zambia signed a cooperation agreement on battery minerals in Lusaka on 29 April 2022. "
            "That agreement was signed by Zambia's mines minister and by Industry Minister Julien Paluku Kahongya.")
    found = agreements(text, published="2022-12-14")
    assert len(found) == 1 and found[0].parties == ["COD", "ZMB"] and len(found[0].evidence) == 2


def test_a_bare_signing_sentence_joins_the_accord_its_parties_hold():
    text = ("The United States signed a memorandum of understanding with the DRC and Zambia on batteries on Tuesday. "
            "DRC Foreign Minister Christophe Lutundula and Zambian Foreign Minister Stanley Kakubo signed for their governments.")
    found = agreements(text, published="2022-12-14")
    assert [a.parties for a in found] == [["COD", "USA", "ZMB"]]


def test_the_pages_own_date_line_is_not_a_timeline_heading():
    text = ("Wednesday, December 14, 2022\n\n"
            "Nigeria and Rwanda signed the Artemis Accords yesterday.\n\n"
            "The accords were signed in Washington at a space forum.")
    found = agreements(text, published="2022-12-14")
    assert {a.signed for a in found} == {"2022-12-13"}


def test_timeline_lines_under_a_lead_in_are_accords_with_their_own_parties_and_dates():
    text = ("Bangladesh and Russia began talks on nuclear power in 2008.\n\n"
            "The project rests on a chain of agreements signed over 14 years:\n\n"
            "2009 (May 13) - Bangladesh and Russia sign a memorandum of understanding in Dhaka on nuclear energy.\n"
            "2010 - The two governments sign a framework agreement on peaceful uses of atomic energy.\n"
            "2017 (April) - Bangladesh and India sign a framework agreement on civil nuclear cooperation in New Delhi.\n")
    found = agreements(text, published="2023-10-06")
    assert sorted((tuple(a.parties), a.instrument, a.signed, a.place) for a in found) == [
        (("BGD", "IND"), "framework_agreement", "2017-04", "New Delhi"),
        (("BGD", "RUS"), "framework_agreement", "2010", None),
        (("BGD", "RUS"), "memorandum_of_understanding", "2009-05-13", "Dhaka")]


def test_hyphenated_pairs_name_one_accord_each():
    found = agreements("Canada has concluded several minerals arrangements, including the Canada-U.S. Joint Action Plan on "
                       "Critical Minerals, finalized in January 2020, and the Canada-EU Strategic Partnership on Raw Materials, "
                       "launched in June 2021.", published="2023-05-17")
    assert sorted((tuple(a.parties), a.signed) for a in found) == [(("CAN", "EU"), "2021-06"), (("CAN", "USA"), "2020-01")]


def test_a_count_of_memorandums_announces_the_first_second_and_third():
    text = ("South Korea and Kazakhstan signed three memorandums in Astana on Wednesday. "
            "The first sets up a critical minerals supply chain partnership. "
            "The second covers renewable energy. "
            "The third deals with semiconductor skills.")
    found = agreements(text, published="2024-06-14")
    assert sorted((a.instrument, tuple(a.domains)) for a in found) == [
        ("memorandum_of_understanding", ("clean_energy",)), ("memorandum_of_understanding", ("critical_minerals",)),
        ("memorandum_of_understanding", ("semiconductors",))]
    assert all(a.parties == ["KAZ", "KOR"] and a.signed == "2024-06-12" and a.place == "Astana" for a in found)


def test_people_introduced_with_their_country_stand_for_it_later():
    text = ("Spain's prime minister, Pedro Sánchez, and the Portuguese prime minister, António Costa, met in Lisbon. "
            "On Friday Sánchez and Costa signed a memorandum of understanding on green hydrogen.")
    found = agreements(text, published="2022-10-21")
    assert [(a.parties, a.signed) for a in found] == [(["ESP", "PRT"], "2022-10-21")]


def test_place_of_the_conference_where_it_was_signed():
    found = agreements("At the COP27 climate conference in Sharm el-Sheikh last month, the European Union and Egypt signed "
                       "a memorandum of understanding on renewable hydrogen.", published="2022-12-10")
    assert [a.place for a in found] == ["Sharm el-Sheikh"]


def test_put_his_name_to_is_signing():
    text = ("France joined the Artemis Accords on 7 June 2022. Philippe Baptiste, President of CNES, put his name to "
            "the accords at the French ambassador's residence in Washington.")
    found = agreements(text, published="2022-06-10")
    assert [(a.party_countries, a.place) for a in found] == [(["FRA", "USA"], "Washington")]


def test_agreement_on_joint_research_is_an_agreement():
    found = agreements("Under the new agreement on joint research in quantum, signed on Monday, Japan and Finland will fund projects.")
    assert [a.instrument for a in found] == ["agreement"]


def test_hosted_by_is_not_signed_by():
    found = agreements("The accords were signed by Japan and Brazil at a forum hosted by President Joe Biden on Tuesday.")
    assert all(s.name != "Joe Biden" for a in found for s in a.signatories)


def test_each_joiner_signs_its_own_accord():
    text = ("Nigeria and Rwanda yesterday became the first African countries to sign the Artemis Accords. "
            "The Minister of Communications, Prof. Isa Ali Ibrahim Pantami, signed on behalf of Nigeria, and "
            "Col. Francis Ngabo, chief executive officer of the Rwanda Space Agency, signed on behalf of Rwanda.")
    found = agreements(text, published="2022-12-14")
    assert sorted((tuple(a.party_countries), tuple(s.name for s in a.signatories)) for a in found) == [
        (("NGA", "USA"), ("Isa Ali Ibrahim Pantami",)), (("RWA", "USA"), ("Francis Ngabo",))]


def test_could_be_signed_and_will_also_sign_are_planned():
    for text in ("Officials said the agreement between Chile and the EU on hydrogen could be signed as early as next month.",
                 "India and Vietnam will also sign an MoU on semiconductors at the summit next week."):
        assert [a.status for a in agreements(text)] == ["planned"], text


def test_initialled_is_not_yet_signed():
    found = agreements("Romania and the United States initialled an agreement on nuclear reactors in Washington on Friday.")
    assert [a.status for a in found] == ["planned"]


def test_agreed_to_work_towards_a_partnership_is_negotiating():
    found = agreements("India and the UAE agreed on Tuesday to work towards a comprehensive partnership on AI.")
    assert [a.status for a in found] == ["negotiating"]


def test_a_bloc_they_work_in_is_a_venue():
    found = agreements("The UK and Denmark work together in NATO on the responsible use of quantum technologies.")
    assert [a.parties for a in found] == [["DNK", "GBR"]]


def test_office_holders_stand_for_their_states():
    found = agreements("In June 2018, Prime Minister Justin Trudeau and President Emmanuel Macron issued a joint statement "
                       "on artificial intelligence.", published="2020-06-16")
    assert [(a.parties, a.signed) for a in found] == [(["CAN", "FRA"], "2018-06")]


def test_a_first_name_that_is_a_kings_name_is_not_the_king():
    found = agreements("Philippe Martin and Japan's Science Minister signed a memorandum on quantum research.", published="2024-05-07")
    assert all("BEL" not in a.parties for a in found)


def test_association_to_a_programme_is_an_agreement_in_its_domain():
    found = agreements("The European Union and Canada have concluded negotiations on Canada's association to Horizon Europe, "
                       "the EU's research programme.")
    assert [(a.parties, a.instrument, a.status, a.domains) for a in found] == [
        (["CAN", "EU"], "agreement", "negotiating", ["science_general"])]


def test_a_bloc_alone_never_plans_an_accord():
    assert agreements("The Commission has said it intends to sign further partnerships on raw materials with resource-rich countries.") == []


def test_an_instruments_acronym_defined_in_the_text():
    text = ("Australia and the United States signed a technology safeguards agreement (TSA) on space launches on Thursday. "
            "New Zealand signed a TSA with the United States on space launches in 2016.")
    found = agreements(text, published="2023-10-28")
    assert sorted((tuple(a.parties), a.instrument) for a in found) == [(("AUS", "USA"), "agreement"), (("NZL", "USA"), "agreement")]


def test_two_partners_without_their_own_dates_share_one_accord():
    found = agreements("Palau's government signed the financing agreements with Japanese and Australian state lenders on the undersea cable "
                       "on 13 January 2021.")
    assert [a.parties for a in found] == [["AUS", "JPN", "PLW"]]


def test_a_blocs_ministers_meeting_is_a_venue():
    found = agreements("On the margins of an EU energy ministers' meeting in Brussels, the ministers of Italy, Germany and Austria "
                       "signed a letter of intent on a hydrogen corridor.")
    assert [a.parties for a in found] == [["AUT", "DEU", "ITA"]]


def test_nuclear_agreements_are_clean_energy():
    found = agreements("Australia and China signed two nuclear agreements on Monday.", published="2006-04-03")
    assert found and all(a.domains == ["clean_energy"] for a in found)


def test_a_memorandum_and_a_joint_statement_are_two_accords():
    text = ("Japan and Canada signed a memorandum of cooperation on batteries on Thursday. "
            "The two countries also issued a joint statement on critical minerals and batteries.")
    found = agreements(text, published="2023-09-22")
    assert sorted(a.instrument for a in found) == ["joint_statement", "memorandum_of_cooperation"]


def test_companies_from_two_countries_signing_is_not_an_accord():
    found = agreements("Companies and institutions from Korea and Kazakhstan signed 24 further memorandums at a business forum.")
    assert found == []


def test_saying_they_would_work_together_is_not_a_collaboration():
    assert agreements("The two governments said they would work together on AI and quantum through joint research.") == []


def test_an_accord_that_builds_on_a_named_partnership_is_not_that_partnership():
    text = ("Britain and Japan signed the Hiroshima Accord on Thursday. Britain and Japan also agreed a new cyber partnership. "
            "The accord builds on a UK-Japan Digital Partnership that the two governments launched in December.")
    found = agreements(text, published="2023-05-18")
    assert any(a.signed == "2022-12" for a in found)


def test_outcome_table_rows_are_accords_dated_by_the_sentence_before():
    text = ("Prime Minister Narendra Modi and President Mohamed bin Zayed Al Nahyan held talks in Abu Dhabi today. "
            "The two leaders witnessed the exchange of the following agreements and MoUs:\n\n"
            "S.No. | Agreement / MoU | Areas of cooperation\n"
            "------|-----------------|---------------------\n"
            "1. | Bilateral Investment Treaty | Promotion and protection of investments.\n"
            "2. | MoU on Electrical Interconnection and Trade | Grid interconnection and trade in renewable power.\n"
            "3. | Cooperation Protocol between the National Archives | Exchange of archival material.\n"
            "4. | Agreement for interlinking the instant payment platforms | Cross-border digital payments.\n")
    found = agreements(text, published="2024-02-13")
    assert sorted((a.instrument, tuple(a.domains), a.signed) for a in found) == [
        ("agreement", ("digital",), "2024-02-13"), ("memorandum_of_understanding", ("clean_energy",), "2024-02-13")]
    assert all(a.parties == ["ARE", "IND"] for a in found)


def test_a_single_party_pairs_with_the_party_the_document_is_about():
    text = ("The United States has signed 5G security declarations with several allies.\n\n"
            "- Poland. A joint declaration on 5G, signed in Warsaw with the United States on 2 September 2019.\n"
            "- Romania. A memorandum of understanding on 5G, signed in Washington on 20 August 2019.\n")
    found = agreements(text, published="2020-01-10")
    assert sorted(a.parties for a in found) == [["POL", "USA"], ["ROU", "USA"]]


def test_neither_government_being_a_party_is_no_accord():
    assert agreements("Neither government is a party to it, and no official document was signed by South Korean "
                      "or U.S. authorities in connection with the chip deal.") == []


def test_a_firm_described_as_the_chipmaker_is_a_company():
    assert agreements("Rapidus, the chipmaker set up to return Japan to the leading edge, said on Tuesday that it had signed "
                      "a partnership with IBM of the United States on 2-nanometre chips.") == []


def test_the_anniversary_of_a_signing_is_not_a_signing():
    assert agreements("Prime Minister Bettel of Luxembourg is in Korea to attend ceremonies marking the 70th anniversary of the "
                      "signing of the Korean War Armistice Agreement.") == []


def test_a_fronted_date_dates_the_main_verb_not_the_relative_clause():
    found = agreements("In May 2023 the energy ministries of Italy, Germany and Austria signed a joint letter of support for "
                       "the hydrogen corridor, which the Commission listed in November 2023.", published="2025-01-22")
    assert [a.signed for a in found] == ["2023-05"]


def test_a_day_without_its_year_takes_the_year_of_the_sentence_before():
    text = ("The Commission listed the hydrogen corridor in November 2023. That same month, on 22 November, "
            "Chancellor Olaf Scholz and Prime Minister Giorgia Meloni signed an action plan on hydrogen in Berlin.")
    found = agreements(text, published="2025-01-22")
    assert [(a.parties, a.signed) for a in found] == [(["DEU", "ITA"], "2023-11-22")]


def test_a_treaty_review_does_not_make_an_agreement_a_treaty():
    text = ("Australia and China signed two nuclear agreements on Monday. "
            "The agreements will now go to the parliamentary treaty review committee before they take effect.")
    found = agreements(text, published="2006-04-03")
    assert {a.instrument for a in found} == {"agreement"}


def test_a_meeting_that_ended_with_a_declaration_adopted_it():
    found = agreements("Sunday's meeting ended with a Franco-German joint declaration on hydrogen, in which the two governments "
                       "promised to work towards a European hydrogen backbone.", published="2023-01-23")
    assert [(a.parties, a.status, a.signed) for a in found] == [(["DEU", "FRA"], "signed", "2023-01-22")]


def test_an_accord_also_agreed_on_the_occasion_takes_its_date():
    text = ("HIROSHIMA, May 18 (Wire) - Britain and Japan signed the Hiroshima Accord on Thursday. "
            "Britain and Japan also agreed a new partnership on cyber security.")
    found = agreements(text, published="2023-05-18")
    assert {a.signed for a in found} == {"2023-05-18"}


def test_people_known_by_surname_sign_under_their_full_names():
    text = ("Vice-Chancellor Robert Habeck of Germany met Prime Minister Jonas Gahr Støre of Norway in Berlin. "
            "In March 2022 Habeck and Støre signed a joint statement on hydrogen in Oslo.")
    found = agreements(text, published="2023-01-05")
    assert {s.name for a in found for s in a.signatories} == {"Robert Habeck", "Jonas Gahr Støre"}


def test_leaders_who_looked_on_did_not_sign():
    found = agreements("In Astana on Wednesday, Yoon and Kazakh President Kassym-Jomart Tokayev looked on as their governments "
                       "signed a memorandum on critical minerals.", published="2024-06-14")
    assert all(s.name != "Kassym-Jomart Tokayev" for a in found for s in a.signatories)


def test_exchanging_the_documents_is_signing():
    text = ("Australia and China signed two nuclear agreements on Monday. Foreign Minister Alexander Downer and his Chinese "
            "counterpart Li Zhaoxing exchanged the documents at a ceremony in Parliament House.")
    found = agreements(text, published="2006-04-05")
    assert {s.name for a in found for s in a.signatories} >= {"Alexander Downer", "Li Zhaoxing"}


def test_concluding_a_meeting_is_not_signing():
    assert agreements("Prime Minister Justin Trudeau today concluded his bilateral meeting with President Yoon Suk Yeol of Korea.") == []


def test_the_memorandum_that_delivers_on_a_joint_statement_does_not_take_its_date():
    text = ("Canada and Korea signed a memorandum of understanding on critical minerals today. The memorandum delivers on "
            "commitments the two leaders made in the joint statement they issued in Ottawa on September 23, 2022.")
    found = agreements(text, published="2023-05-17")
    assert sorted((a.instrument, a.signed) for a in found) == [("joint_statement", "2022-09-23"), ("memorandum_of_understanding", "2023-05-17")]


def test_a_signing_witnessed_after_todays_meeting_is_dated_today():
    text = ("Prime Minister Justin Trudeau today met President Yoon Suk Yeol of Korea in Seoul. "
            "Following their meeting, the two leaders witnessed the signing of a memorandum of understanding on critical minerals.")
    found = agreements(text, published="2023-05-17")
    assert [a.signed for a in found] == ["2023-05-17"]


def test_the_prime_minister_and_the_president_are_the_two_leaders_named_before():
    text = ("Prime Minister Justin Trudeau today concluded his meeting with President Yoon Suk Yeol of the Republic of Korea. "
            "The visit marks 60 years of relations. "
            "Following their meeting, the Prime Minister and the President witnessed the signing of a memorandum of "
            "understanding on critical minerals.")
    found = agreements(text, published="2023-05-17")
    assert [(a.parties, a.signed) for a in found] == [(["CAN", "KOR"], "2023-05-17")]


def test_a_single_party_signing_in_anothers_capital_signs_with_it():
    text = ("Romania and Poland moved first.\n\n"
            "- Romania. A memorandum of understanding on 5G, signed in Washington during President Klaus Iohannis's visit "
            "to the White House on 20 August 2019.")
    found = agreements(text, published="2020-01-10")
    assert [(a.parties, a.signed) for a in found] == [(["ROU", "USA"], "2019-08-20")]


def test_the_six_governments_are_the_parties_of_the_last_sentences_together():
    text = ("Japan, Australia and the United States will fund the cable. Kiribati, Nauru and Micronesia will host it. "
            "The six governments later signed a memorandum of understanding on how the cable project would be governed.")
    found = agreements(text, published="2024-01-10")
    assert [a.parties for a in found] == [["AUS", "FSM", "JPN", "KIR", "NRU", "USA"]]


def test_an_accord_that_dates_back_to_a_year_was_signed_then():
    found = agreements("Egypt's agreement with Russia on the El Dabaa nuclear plant dates back to 2015.", published="2024-05-08")
    assert [(a.parties, a.status, a.signed) for a in found] == [(["EGY", "RUS"], "signed", "2015")]


def test_passive_and_nominal_signings():
    for text, day in (("The signing of the memorandum between Japan and Vietnam on semiconductors took place in Hanoi on Tuesday.", "2024-05-07"),
                      ("A memorandum of understanding on hydrogen was inked by Chile and Germany on Monday.", "2024-05-06"),
                      ("Signed in Nairobi on 5 May, the agreement between Kenya and Japan covers geothermal power.", "2024-05-05")):
        found = agreements(text, published="2024-05-08")
        assert [(a.status, a.signed) for a in found] == [("signed", day)], text


def test_an_agreement_reported_by_people_familiar_with_it_is_not_signed():
    found = agreements("Bloomberg reported on Friday, citing people familiar with the matter, that officials from Japan, the "
                       "Netherlands and the United States had reached an agreement on chip export controls.")
    assert all(a.status != "signed" for a in found)


def test_an_instrument_named_as_what_it_is_not_is_no_accord():
    assert agreements("Any Dutch and Japanese measures on chips would be national export rules issued by each government, "
                      "not a treaty with China.") == []


def test_a_sign_of_something_is_not_a_signing():
    assert agreements("The decision is one more sign of the difficulty of untangling Britain from EU space projects.") == []


def test_a_trade_deal_is_not_a_technology_accord():
    assert agreements("It follows the Economic Prosperity Deal that Britain and the United States agreed in May, a trade "
                      "arrangement that cut tariffs on cars.", published="2025-09-18") == []


def test_a_capital_the_signatory_visits_is_a_partner_only_where_it_signed():
    found = agreements("Theresa May is in Buenos Aires for the G20 meeting, seeking support for the Brexit deal she agreed "
                       "with EU leaders on Sunday.", published="2018-11-30")
    assert found == []


def test_heads_of_state_counted_then_named_sign_a_manifesto():
    text = ("KIGALI, Oct 29 (Wire) - Seven African heads of state on Tuesday signed a manifesto on broadband. "
            "The Smart Africa Manifesto was signed by Rwanda's Paul Kagame, Kenya's Uhuru Kenyatta, Uganda's Yoweri Museveni, "
            "South Sudan's Salva Kiir, Mali's Ibrahim Boubacar Keita, Gabon's Ali Bongo Ondimba and Burkina Faso's Blaise Compaore.")
    found = agreements(text, published="2013-10-29")
    assert [(len(a.parties), a.instrument, a.signed) for a in found] == [(7, "joint_declaration", "2013-10-29")]


def test_a_second_protocol_is_a_second_accord():
    text = ("Iran and Russia signed a nuclear fuel protocol on Sunday. "
            "The two men had also put their names to a second, confidential protocol on fuel deliveries.")
    found = agreements(text, published="2005-02-28")
    assert len(found) == 2 and all(a.parties == ["IRN", "RUS"] for a in found)


def test_countries_that_have_signed_is_no_particular_accord():
    assert agreements("Australia sells uranium only to countries that have signed the Non-Proliferation Treaty and agreed "
                      "a separate bilateral safeguards deal with Canberra.") == []


def test_a_named_partnership_is_not_a_back_reference():
    found = agreements("Its main vehicle is the Partnership to Advance Clean Energy, which Prime Minister Manmohan Singh and "
                       "President Barack Obama launched in Washington in November 2009.", published="2011-07-20")
    assert [(a.parties, a.instrument, a.signed) for a in found] == [(["IND", "USA"], "partnership", "2009-11")]


def test_two_coordinated_accords_of_one_domain_with_their_own_dates():
    found = agreements("Japan and India signed a space agreement in March 2000 and a space memorandum of understanding "
                       "in October 2005.", published="2011-07-20")
    assert sorted((a.instrument, a.signed) for a in found) == [("agreement", "2000-03"), ("memorandum_of_understanding", "2005-10")]


def test_a_story_datelined_in_a_city_that_leads_with_the_signing_places_it_there():
    found = agreements("CANBERRA — Australia and Singapore on Tuesday signed a green economy agreement.", published="2022-10-19")
    assert [a.place for a in found] == ["Canberra"]


def test_signed_in_the_capital_is_the_dateline_city():
    found = agreements("New Delhi – A memorandum of understanding on cyber security signed in the capital on Tuesday links the "
                       "computer emergency teams of India and the United States.", published="2011-07-20")
    assert [a.place for a in found] == ["New Delhi"]


def test_signed_at_a_named_place():
    found = agreements("Iran and Russia signed a fuel protocol on Sunday at Bushehr.", published="2005-02-28")
    assert [a.place for a in found] == ["Bushehr"]


def test_signatories_with_long_posts_on_both_sides():
    found = agreements("Singapore's Minister for Trade and Industry Gan Kim Yong and Australia's Minister for Trade and Tourism "
                       "Don Farrell signed the green economy agreement at Parliament House on Tuesday.", published="2022-10-19")
    assert {s.name for a in found for s in a.signatories} == {"Gan Kim Yong", "Don Farrell"}


def test_a_minister_of_state_for_several_portfolios():
    found = agreements("Denmark and the UK signed a memorandum on quantum this week. The Minister for Higher Education and Science, "
                       "Christina Egelund, and the British Minister of State for Science, Research and Innovation, Andrew Griffith, "
                       "signed the memorandum in Paris.", published="2024-04-25")
    assert {s.name for a in found for s in a.signatories} == {"Christina Egelund", "Andrew Griffith"}


def test_people_who_met_on_the_day_of_the_signing_did_not_sign():
    found = agreements("The MoU on cyber security between India and the US was signed for India by R. Chandrashekhar, Secretary of "
                       "the Department of Information Technology, on the day Secretary of State Hillary Clinton and External Affairs "
                       "Minister S.M. Krishna held talks.", published="2011-07-20")
    assert {s.name for a in found for s in a.signatories} == {"R. Chandrashekhar"}


def test_signing_that_would_amount_to_something_is_hypothetical():
    assert all(a.status != "signed" for a in agreements(
        "For the Israeli government, signing an agreement with the EU with such a clause would amount to accepting its "
        "definition of Israel's borders."))


def test_an_instrument_that_is_itself_off_topic_names_no_technology_accord():
    assert agreements("Beyond cyber security, India and the United States agreed to resume negotiations on a bilateral "
                      "investment treaty in August.") == []


def test_an_ambassador_to_a_country_signs():
    text = ("India has signed the Artemis Accords. India's ambassador to the United States, Taranjit Singh Sandhu, signed "
            "the accords for New Delhi at a ceremony in Washington on Wednesday evening.")
    found = agreements(text, published="2023-06-22")
    assert {s.name for a in found for s in a.signatories} == {"Taranjit Singh Sandhu"}


def test_signatories_with_particles_and_former_posts():
    found = agreements("The memorandum between India and France on the satellite was signed on 12 November 2004 in Bangalore by "
                       "Shri G. Madhavan Nair, then Chairman of ISRO, and Mr. Yannick d'Escatha, President of CNES.",
                       published="2011-10-12")
    assert {s.name for a in found for s in a.signatories} == {"G. Madhavan Nair", "Yannick d'Escatha"}
    found = agreements("It builds on a memorandum on low-emissions solutions that Angus Taylor, then Australia's energy minister, "
                       "and Chan Chun Sing, then Singapore's trade minister, signed in October 2020.", published="2022-10-19")
    assert {s.name for a in found for s in a.signatories} == {"Angus Taylor", "Chan Chun Sing"}


def test_leaders_who_agreed_or_adopted_are_not_signatories():
    found = agreements("President Luiz Inácio Lula da Silva and President Xi Jinping agreed a satellite partnership in Beijing "
                       "on Friday.", published="2023-04-15")
    assert found and all(a.signatories == [] for a in found) and found[0].place == "Beijing"


def test_no_such_agreement_is_no_accord():
    assert agreements("Japan has no such agreement with the United States on critical minerals.") == []


def test_defence_logistics_agreements_are_off_topic():
    assert agreements("India again declined to sign two defence logistics and communications agreements with the United States.") == []


def test_a_cyber_defence_arrangement_stays_an_accord():
    found = agreements("NATO and the EU signed a technical arrangement on cyber defence on Wednesday.", published="2016-02-11")
    assert [a.parties for a in found] == [["EU", "NATO"]]


def test_a_plan_for_a_further_framework_is_not_the_accord_signed():
    text = ("India has signed the Artemis Accords in Washington on Wednesday. NASA and ISRO are drawing up a strategic "
            "framework for human spaceflight cooperation, to be completed by the end of the year.")
    found = agreements(text, published="2023-06-22")
    assert sorted(a.status for a in found) == ["planned", "signed"]


def test_followers_each_sign_with_the_party_the_document_is_about():
    text = ("The United States and Australia signed a technology safeguards agreement on space launches on Thursday. "
            "The United States has such agreements with several partners. "
            "Brazil followed in March 2019 with a safeguards agreement covering the Alcantara launch centre, and the United "
            "Kingdom concluded one on 16 June 2020 to support new spaceports.")
    found = agreements(text, published="2023-10-28")
    assert sorted((tuple(a.parties), a.signed) for a in found if "AUS" not in a.parties) == [
        (("BRA", "USA"), "2019-03"), (("GBR", "USA"), "2020-06-16")]


def test_we_in_a_joint_statement_are_its_parties_and_a_roadmap_is_an_accord():
    text = ("Joint Statement of the EU-US Trade and Technology Council\n\n"
            "The European Union and the United States met in Lulea on 31 May 2023.\n\n"
            "3. We are implementing the Joint Roadmap on Trustworthy AI and Risk Management, which we launched at our third "
            "meeting in College Park, Maryland, on 5 December 2022.")
    found = agreements(text, published="2023-05-31")
    assert [(a.parties, a.instrument, a.signed) for a in found] == [(["EU", "USA"], "unspecified", "2022-12-05")]


def test_a_fact_sheet_of_commitments_under_section_headings():
    text = ("The United States and India are committed to the following:\n\n"
            "**Strengthening our innovation ecosystems**\n\n"
            "- Signing a new Implementation Arrangement for a Research Agency Partnership on artificial intelligence and quantum.\n"
            "- Establishing a joint Quantum Coordination Mechanism to facilitate research.\n"
            "- Promoting a semiconductor ecosystem in India.\n\n"
            "**Next generation telecommunications**\n\n"
            "- Launching a public-private dialogue on telecommunications.\n")
    found = agreements(text, published="2023-01-31")
    assert sorted((a.instrument, a.status, tuple(a.domains)) for a in found) == [
        ("implementing_arrangement", "planned", ("ai", "quantum")), ("unspecified", "planned", ("quantum",)),
        ("unspecified", "planned", ("telecom",))]
    assert all(a.parties == ["IND", "USA"] for a in found)


def test_a_date_in_a_clause_about_someone_else_does_not_date_the_signing():
    text = ("Australia and China signed two nuclear agreements on Monday. Foreign Minister Alexander Downer and his Chinese "
            "counterpart Li Zhaoxing exchanged the documents, watched by Premier Wen Jiabao, who arrived on Sunday.")
    found = agreements(text, published="2006-04-03")
    assert {a.signed for a in found} == {"2006-04-03"}



def test_it_was_signed_refers_to_the_accord_just_named():
    found = agreements("India and the UAE signed an MoU on payments. It was signed in Abu Dhabi on 15 July 2023 by "
                       "Indian Governor Shaktikanta Das and UAE Governor Khaled Mohamed Balama.")
    assert len(found) == 1 and (found[0].signed, found[0].place) == ("2023-07-15", "Abu Dhabi")
    assert {s.name for s in found[0].signatories} == {"Shaktikanta Das", "Khaled Mohamed Balama"}


def test_an_honorific_with_dots_is_not_part_of_the_name():
    found = agreements("The India-UAE MoU on payments was signed in Abu Dhabi by Indian Governor Shri Shaktikanta Das "
                       "and UAE Governor H.E. Khaled Mohamed Balama.")
    assert "Khaled Mohamed Balama" in {s.name for s in found[0].signatories}


def test_put_their_signatures_to_is_a_signing_and_the_indian_capital_is_new_delhi():
    found = agreements("Russia's Minister for Atomic Energy, Yevgeny Adamov, and R. Chidambaram, chairman of India's Atomic Energy "
                       "Commission, put their signatures to the nuclear accord in the Indian capital on Sunday.", published="1998-06-22")
    assert found[0].signed == "1998-06-21" and found[0].place == "New Delhi"
    assert {(s.name, s.party) for s in found[0].signatories} == {("Yevgeny Adamov", "RUS"), ("R. Chidambaram", "IND")}


def test_a_visitor_named_after_visit_by_is_not_a_signatory():
    found = agreements("The space agreement between Brazil and China was one of a dozen documents signed in Beijing "
                       "during a state visit by Brazilian President Luiz Inacio Lula da Silva.")
    assert found[0].signatories == [] and found[0].place == "Beijing"


def test_an_accord_signed_at_the_same_event_takes_its_date_and_place():
    found = agreements("Korea and Poland signed a letter of intent on nuclear power in Seoul on 24 October 2022. "
                       "At the same event, the two governments also signed a memorandum on hydrogen energy.")
    assert [(a.instrument, a.signed, a.place) for a in found] == [
        ("letter_of_intent", "2022-10-24", "Seoul"), ("memorandum_of_understanding", "2022-10-24", "Seoul")]


def test_in_a_city_where_they_signed_places_the_signing():
    found = agreements("Keir Starmer stopped in Ottawa, where he and Mark Carney signed a joint statement on AI between Canada and the UK.")
    assert found[0].place == "Ottawa"


def test_the_accord_another_builds_on_is_a_separate_earlier_accord():
    found = agreements("Britain and Japan signed the Hiroshima Accord on semiconductors in Hiroshima on 18 May 2023. "
                       "The accord builds on a UK-Japan Digital Partnership on semiconductors that the two governments launched in December 2022.")
    assert sorted(a.signed for a in found) == ["2022-12", "2023-05-18"]


def test_struck_down_is_not_a_signing():
    found = agreements("The EU and the US signed the data privacy agreement in 2016. The Court struck the agreement down in July 2020.")
    assert [(a.parties, a.signed) for a in found] == [(["EU", "USA"], "2016")]


def test_a_party_in_a_while_clause_does_not_join_a_led_accord():
    found = agreements("Thailand signed the Artemis Accords on Monday, while staying in China's Moon base project.", published="2024-12-18")
    assert [(a.parties, a.signed) for a in found] == [(["THA", "USA"], "2024-12-16")]


def test_the_signing_took_place_in_places_the_accord_just_told():
    found = agreements("Condoleezza Rice and Brazilian Foreign Minister Celso Amorim signed a memorandum of understanding on biofuels "
                       "for the United States and Brazil. The signing of the memorandum took place in Sao Paulo after a tour.")
    assert found[0].place == "Sao Paulo"


def test_a_wire_leads_weekday_dates_the_signing_told_next():
    found = agreements("SAO PAULO, Brazil, March 9 (Wire) - The United States and Brazil agreed on Friday to work together on biofuels.\n\n"
                       "Secretary of State Condoleezza Rice and Brazilian Foreign Minister Celso Amorim signed a memorandum of understanding "
                       "on biofuels.", published="2007-03-09")
    assert [(a.parties, a.signed) for a in found] == [(["BRA", "USA"], "2007-03-09")]


def test_a_timelines_year_heading_dates_the_days_listed_under_it():
    found = agreements("**1979**\n\n- **31 January** - China and the United States sign the Agreement on Cooperation in Science and Technology.\n",
                       published="2024-12-14")
    assert [a.signed for a in found] == ["1979-01-31"]


def test_entry_into_force_is_not_the_signing_date():
    found = agreements("Nine years after it was adopted, the African Union's treaty on cybersecurity enters into force today. "
                       "It is called the Malabo Convention because the heads of state of the African Union adopted it at their summit "
                       "in Malabo, Equatorial Guinea, on 27 June 2014.", published="2023-06-08")
    assert [(a.parties, a.signed, a.place) for a in found] == [(["AU"], "2014-06-27", "Malabo")]


def test_a_parliaments_approval_year_is_not_the_signing_date():
    found = agreements("A tracking station has run since 2019 under an agreement between Chile and Japan "
                       "that the Chilean Senate approved in 2016.", published="2024-03-01")
    assert [(a.parties, a.signed) for a in found] == [(["CHL", "JPN"], None)]


def test_hosts_who_neither_of_them_signed_are_not_parties():
    found = agreements("President Klaus Iohannis hosted the ceremony, and Commission President Ursula von der Leyen attended it, "
                       "but neither of them signed the text.", published="2022-12-18")
    assert found == []


def test_did_not_sign_a_separate_agreement_is_no_accord_at_all():
    found = agreements("South Korea and the United States held a summit in Seoul. "
                       "The two sides did not sign a separate agreement on semiconductors.", published="2022-05-21")
    assert found == []


def test_a_signing_that_has_yet_to_happen_is_still_negotiating():
    found = agreements("South Korea and the United States have yet to sign the agreement on semiconductors.", published="2022-05-21")
    assert [(a.parties, a.status) for a in found] == [(["KOR", "USA"], "negotiating")]


def test_a_domestic_act_which_a_president_signed_is_not_an_accord():
    found = agreements("The Philippine Space Agency is in talks with Russia. PhilSA was created under the Philippine Space Act, "
                       "which President Rodrigo Duterte signed in August 2019.", published="2020-09-01")
    assert [a.status for a in found if a.status == "signed"] == []


def test_entered_into_force_is_not_entering_into_an_agreement():
    found = agreements("South Africa and Argentina came early. South Africa's came in the first years after apartheid, "
                       "and it entered into force in November 1997.", published="2018-05-14")
    assert found == []


def test_initialled_and_then_signed_is_signed_on_the_later_date():
    found = agreements("Brazil took longer. Its science agreement with the European Union was initialled in Brussels in "
                       "December 2002 and signed in 2004.", published="2018-05-14")
    assert [(a.parties, a.status, a.signed) for a in found] == [(["BRA", "EU"], "signed", "2004")]


def test_respectively_pairs_the_parties_just_named_with_their_dates():
    found = agreements("The EU has science agreements with many countries. South Africa and Argentina came early. "
                       "Their agreements with the European Community were signed in 1996 and 1999 respectively, "
                       "and both are still in use today.", published="2018-05-14")
    assert sorted((a.parties, a.signed) for a in found if len(a.parties) == 2) == [(["ARG", "EU"], "1999"), (["EU", "ZAF"], "1996")]


def test_a_date_in_an_aside_after_the_signing_dates_the_aside():
    found = agreements("RABAT, July 15 (Wire) - Israel and Morocco have signed their first agreement on cybersecurity, "
                       "a sign that ties restored between the two countries last December are moving into technical fields.",
                       published="2021-07-15")
    assert [a.signed for a in found] == [None]


def test_a_signatory_who_heads_a_body_signs_for_that_bodys_state():
    found = agreements("Israel and Morocco signed a cybersecurity accord. The accord was signed in Rabat by Yigal Unna, director "
                       "general of the Israel National Cyber Directorate, and General El Mostafa Rabii, who heads Morocco's "
                       "General Directorate of Information Systems Security.", published="2021-07-15")
    assert {(s.name, s.party) for s in found[0].signatories} == {("Yigal Unna", "INCD"), ("El Mostafa Rabii", "MAR")}


def test_nothing_has_been_signed_yet_is_negotiating():
    found = agreements("MANILA - The Philippine Space Agency (PhilSA) is in talks with Russia's Roscosmos on a cooperation "
                       "agreement, but nothing has been signed yet, its director general has said.", published="2021-06-22")
    assert [a.status for a in found] == ["negotiating"]


def test_a_new_memorandum_that_builds_on_an_older_agreement_is_two_accords():
    found = agreements("ABU DHABI, Jan. 15 (Yonhap) -- South Korea and the United Arab Emirates signed a memorandum on space "
                       "cooperation on Sunday. Another memorandum builds on the nuclear energy cooperation agreement the two "
                       "governments signed in 2009.", published="2023-01-15")
    assert sorted((a.instrument, a.signed) for a in found) == [("agreement", "2009"), ("memorandum_of_understanding", "2023-01-15"),
                                                              ("memorandum_of_understanding", "2023-01-15")]


def test_a_joint_vision_is_an_accord():
    found = agreements("India and France held talks. When President Macron was in New Delhi on 10 March, the two sides "
                       "adopted a Joint Vision for Space Cooperation.", published="2019-08-22")
    assert [(a.parties, a.domains, a.signed) for a in found] == [(["FRA", "IND"], ["space"], "2019-03-10")]


def test_a_live_blogs_timestamped_entries_happen_on_its_day():
    text = ("**11:40** Good morning. Narendra Modi and Scott Morrison meet by video link at noon.\n\n"
            "**12:03** We're under way.\n\n"
            "**13:05** Now the signings. S. Jaishankar and Australian Foreign Minister Marise Payne have signed the "
            "Framework Arrangement on Cyber Technology Cooperation.\n")
    assert [a.signed for a in agreements(text, published="2020-06-04")] == ["2020-06-04"]


def test_an_all_lower_case_dateline_is_not_the_signing_day():
    found = agreements("a coruña, oct 6 -- spain and germany have put their weight behind a hydrogen pipeline, in a joint "
                       "action plan the two governments adopted yesterday.", published="2022-10-06")
    assert [(a.parties, a.signed) for a in found] == [(["DEU", "ESP"], "2022-10-05")]


def test_a_question_whether_an_accord_is_possible_asserts_none():
    found = agreements("Pakistan asked the United States for help on energy. Asked at a joint news conference whether "
                       "Washington was prepared to discuss a civilian nuclear agreement with Pakistan, she said only that talks "
                       "would go on.", published="2010-03-24")
    assert [a for a in found if a.instrument == "agreement"] == []


def test_a_grant_agreement_is_a_funding_contract_not_an_accord():
    found = agreements("The European Union, Italy and Tunisia back the ELMED power link. The grant agreement with the two grid "
                       "operators still has to be signed.", published="2022-12-18")
    assert [a.status for a in found if a.status == "planned"] == []


def test_formed_set_up_and_created_make_an_accord():
    for verb in ("formed", "set up", "created"):
        found = agreements(f"Some background first. Australia and Germany {verb} a hydrogen partnership in 2021.", published="2024-05-01")
        assert [(a.parties, a.status, a.signed) for a in found] == [(["AUS", "DEU"], "signed", "2021")], verb


def test_a_station_built_or_run_under_an_agreement_between_states_makes_that_accord_signed():
    for verb in ("was built", "is operated", "was funded"):
        found = agreements(f"The antenna {verb} under a cooperation agreement between ESA and the Argentine government.", published="2012-12-18")
        assert [(a.parties, a.status) for a in found] == [(["ARG", "ESA"], "signed")], verb


def test_leaders_who_agreed_that_something_would_be_done_reached_an_understanding_but_not_if_only_to_talk():
    found = agreements("In 1974 Japanese Prime Minister Kakuei Tanaka and Brazilian President Ernesto Geisel agreed that Japan "
                       "would help develop satellite technology in Brazil.", published="2015-01-01")
    assert [(a.parties, a.instrument, a.status, a.signed) for a in found] == [(["BRA", "JPN"], "unspecified", "signed", "1974")]
    assert agreements("Biden and Xi agreed that their governments would hold talks on the risks of artificial intelligence.",
                      published="2023-11-16") == []


def test_a_launch_under_a_commercial_arrangement_is_no_accord():
    found = agreements("Three co-passenger satellites were also placed in orbit, among them VesselSat-1, a micro-satellite from "
                       "Luxembourg, launched under a commercial arrangement with India's Antrix Corporation.", published="2011-10-12")
    assert found == []


def test_a_cancelled_deal_is_no_accord_and_nothing_pending():
    found = agreements("NAIROBI, Nov 21 (Wire) - Kenyan President William Ruto said on Thursday he had ordered the cancellation "
                       "of a power transmission contract and a planned airport deal with India.", published="2024-11-21")
    assert found == []


def test_a_sentence_of_people_signing_for_their_capitals_names_the_last_accords_signatories():
    found = agreements("Germany and Chile signed a hydrogen pact. German Economy Minister Robert Habeck signed for Berlin and "
                       "Energy Minister Diego Pardow for Santiago.", published="2024-05-01")
    assert {s.name for s in found[0].signatories} == {"Robert Habeck", "Diego Pardow"}


def test_names_sharing_a_plural_post_both_sign():
    found = agreements("Ministers Piyush Goyal and Don Farrell signed the agreement on critical minerals for India and Australia.",
                       published="2024-05-01")
    assert {s.name for s in found[0].signatories} == {"Piyush Goyal", "Don Farrell"}


def test_a_portfolio_in_the_post_is_not_part_of_the_name():
    found = agreements("The agreement on AI was inked by Vietnam's Minister of Science and Technology Huynh Thanh Dat and Korea's "
                       "Minister of Science and ICT Lee Jong-ho.", published="2024-05-01")
    assert {s.name for s in found[0].signatories} == {"Huynh Thanh Dat", "Lee Jong-ho"}


def test_a_counted_group_listed_line_by_line_is_the_accords_parties():
    text = ("The Declaration on Trusted Data Flows was adopted on 14 December 2022 in Gran Canaria by the following "
            "5 OECD Members and the European Union:\n\n- Australia\n- Austria\n- Canada\n- Japan\n- the United States\n\n"
            "The OECD invites other countries to adhere to it.\n")
    found = agreements(text, published="2022-12-15")
    assert [a.parties for a in found] == [["AUS", "AUT", "CAN", "EU", "JPN", "USA"]]


def test_a_dollar_amount_is_not_the_united_states():
    found = agreements("Malaysia signed a ten-year agreement with the United Kingdom on chip design, paying US$250 million.",
                       published="2025-03-06")
    assert [a.parties for a in found] == [["GBR", "MYS"]]


def test_ministers_also_signed_a_memorandum_beside_an_off_topic_agreement():
    found = agreements("Greece and Saudi Arabia signed the Agreement establishing a Supreme Strategic Cooperation Council. "
                       "In the presence of the two leaders, the competent ministers of the two sides also signed a Memorandum of "
                       "Cooperation in the field of energy and an Agreement on military cooperation.", published="2022-07-26")
    assert sorted(a.instrument for a in found) == ["agreement", "memorandum_of_cooperation"]


def test_counted_accords_signed_respectively_on_their_own_days_and_places():
    found = agreements("Canada and ESA kept cooperating. Two successor agreements kept the arrangement going; they were signed "
                       "at ESTEC in Noordwijk on 9 January 1984 and in Montreal on 31 May 1989 respectively.", published="2025-01-01")
    assert sorted((a.signed, a.place) for a in found) == [("1984-01-09", "Noordwijk"), ("1989-05-31", "Montreal")]


def test_the_signature_of_an_agreement_is_a_signing_but_not_ahead_of_it():
    found = agreements("The visit ended with the signature of a new cooperation agreement on space by ESA and the Canadian Space Agency.",
                       published="2025-01-01")
    assert [(a.parties, a.status) for a in found] == [(["CSA", "ESA"], "signed")]
    found = agreements("Ministers met ahead of the signature of the space agreement between ESA and the Canadian Space Agency.",
                       published="2025-01-01")
    assert [a.status for a in found if a.status == "signed"] == []


def test_an_accord_followed_by_another_in_one_sentence_is_two():
    found = agreements("Some background first. Japan and India signed a memorandum on AI in 2018, followed by a joint statement "
                       "on semiconductors in 2019.", published="2024-01-01")
    assert sorted((a.instrument, a.signed) for a in found) == [("joint_statement", "2019"), ("memorandum_of_understanding", "2018")]


def test_the_subject_of_a_when_clause_signs_not_the_sentences_other_parties():
    found = agreements("Some background first. SUPARCO describes the rover as Pakistan's contribution to the lunar station, the "
                       "project whose foundations were laid when CNSA and Roscosmos signed a memorandum on the station in March 2021.",
                       published="2025-03-01")
    assert [(a.parties, a.signed) for a in found] == [(["CNSA", "Roscosmos"], "2021-03")]


def test_a_reactor_deal_is_clean_energy():
    found = agreements("In June 2023 Pakistan and China signed a memorandum of understanding in Islamabad for Chashma-5, a "
                       "1,200-megawatt reactor.", published="2025-03-01")
    assert [a.domains for a in found] == [["clean_energy"]]


def test_a_state_signing_with_a_foreign_firm_makes_the_firm_its_partner():
    found = agreements("KUALA LUMPUR - Malaysia signed a ten-year agreement with British chip designer Arm on Wednesday, paying "
                       "US$250 million for access to Arm's chip blueprints.", published="2025-03-06")
    assert [(a.parties, a.party_countries) for a in found] == [(["Arm", "MYS"], ["GBR", "MYS"])]
    assert agreements("Samsung signed an agreement with the US chipmaker Intel on foundry work.", published="2025-03-06") == []


def test_a_deal_a_president_directed_ministries_to_cancel_is_no_accord():
    found = agreements("Ruto said he had directed the ministries to cancel the partnership for power transmission lines that the "
                       "state-owned utility signed with India's Adani Group last month.", published="2024-11-21")
    assert found == []


def test_a_possessive_agency_before_a_signatorys_name_is_not_part_of_it():
    found = agreements("The agreement on the lunar rover was signed by NASA's Bill Nelson and JAXA's Hiroshi Yamakawa.",
                       published="2024-04-10")
    assert {s.name for s in found[0].signatories} == {"Bill Nelson", "Hiroshi Yamakawa"}


def test_a_datelined_releases_outcome_list_is_signed_on_its_day_by_its_signers_not_the_leaders_who_met():
    text = ("# List of outcomes\n\nColombo, 5 April 2025\n\nFollowing talks between Prime Minister Narendra Modi and President "
            "Anura Kumara Dissanayake, the following memoranda of understanding were exchanged:\n\n"
            "* MoU between the Government of India and the Government of Sri Lanka on an HVDC interconnection.\n"
            "* MoU between India and Sri Lanka on digital solutions.\n")
    found = agreements(text, published="2025-04-05")
    assert [(a.parties, a.signed) for a in found] == [(["IND", "LKA"], "2025-04-05")] * 2
    assert [s.name for a in found for s in a.signatories] == []
    assert found[0].domains == ["clean_energy"]


def test_a_releases_place_and_date_line_places_the_accords_it_lists():
    text = ("# List of outcomes\n\nAthens, 26 July 2022\n\nFollowing their talks, the following documents were signed:\n\n"
            "* Memorandum of Cooperation between Greece and Saudi Arabia in the field of energy.\n"
            "* Memorandum of Understanding between Greece and Saudi Arabia on digital transformation.\n")
    found = agreements(text, published="2022-07-26")
    assert {(a.signed, a.place) for a in found} == {("2022-07-26", "Athens")}


def test_a_summit_city_places_an_accord_the_leaders_launched_there():
    found = agreements("At their summit in Hiroshima on 20 May, the leaders of Australia, India, Japan and the United States "
                       "launched the Quad Partnership for Cable Connectivity.", published="2023-05-21")
    assert [a.place for a in found] == ["Hiroshima"]


def test_a_question_about_what_was_signed_asserts_no_accord():
    found = agreements("# Q&A: Switzerland's carbon deals with Peru and Ghana\n\n**Q: What exactly has Switzerland signed?**\n\n"
                       "A: On 20 October, Switzerland and Peru signed an agreement on clean energy.", published="2020-12-01")
    assert [(a.parties, a.signed) for a in found] == [(["CHE", "PER"], "2020-10-20")]


def test_a_surname_signs_for_the_person_the_document_named_in_full_with_a_post():
    found = agreements("A DLR delegation led by Pascale Ehrenfreund, chair of the German Aerospace Center's executive board, "
                       "visited Korea. On 23 February, Ehrenfreund and Cho Gwang Rae, president of the Korea Aerospace Research "
                       "Institute (KARI), signed an implementing arrangement on satellite data.", published="2016-02-29")
    assert {s.name for s in found[0].signatories} == {"Pascale Ehrenfreund", "Cho Gwang Rae"}


def test_the_day_within_the_month_the_sentence_opens_with_dates_the_signing():
    found = agreements("The two agencies signed a memorandum in 2024. In early February the two space agencies went further: on "
                       "5 February, during a visit to Beijing, Pakistan's SUPARCO and the China National Space Administration "
                       "signed an agreement on astronaut training.", published="2025-03-04")
    assert "2025-02-05" in [a.signed for a in found]


def test_a_programme_named_with_its_short_form_is_the_accords_programme():
    found = agreements("ESA and the Canadian Space Agency signed an agreement on Canada's participation in the General Support "
                       "Technology Programme (GSTP).", published="1996-07-11")
    assert [a.programmes for a in found] == [["GSTP"]]


def test_put_their_signatures_to_at_the_white_house_is_a_signing_in_washington():
    found = agreements("President Donald Trump and Australian Prime Minister Anthony Albanese put their signatures to the "
                       "United States-Australia Framework on Critical Minerals at the White House.")
    assert found[0].place == "Washington"
    assert {(s.name, s.party) for s in found[0].signatories} == {("Donald Trump", "USA"), ("Anthony Albanese", "AUS")}


def test_the_place_the_signing_names_beats_another_city_in_the_sentence():
    found = agreements("India and Argentina signed the agreement on lithium on 15 January 2024 in Catamarca, in the presence of "
                       "officials of the Embassy of India in Buenos Aires.")
    assert found[0].place == "Catamarca"


def test_counterparts_named_after_signed_with_are_signatories():
    found = agreements("Executive Vice-President Frans Timmermans signed a memorandum on hydrogen for the EU with Egypt's "
                       "Minister of Petroleum Tarek El Molla.")
    assert {(s.name, s.party) for s in found[0].signatories} == {("Frans Timmermans", "EU"), ("Tarek El Molla", "EGY")}


def test_putting_their_names_to_the_text_makes_signatories():
    found = agreements("ESA and the China National Space Administration (CNSA) signed the Double Star agreement in Paris on 9 July 2001, "
                       "with ESA Director General Antonio Rodotà and CNSA Administrator Luan Enjie putting their names to the text.")
    assert {s.name for s in found[0].signatories} == {"Antonio Rodotà", "Luan Enjie"}


def test_government_of_x_after_a_signatorys_post_names_the_party():
    found = agreements("India and Nepal signed the power trade agreement. The Agreement was signed in Kathmandu by Shri Pankaj Agarwal, "
                       "Secretary, Ministry of Power, Government of India, and Mr. Gopal Sigdel, Secretary, Ministry of Energy, "
                       "Government of Nepal.")
    assert {(s.name, s.party) for s in found[0].signatories} == {("Pankaj Agarwal", "IND"), ("Gopal Sigdel", "NPL")}


def test_a_visitor_before_another_subject_that_signs_is_not_a_signatory():
    found = agreements("During the visit of Prime Minister Pushpa Kamal Dahal to India, the two sides finalised the power agreement "
                       "that India and Nepal signed today.")
    assert all(s.name != "Pushpa Kamal Dahal" for a in found for s in a.signatories)


def test_each_document_of_an_exchanged_list_is_its_own_accord():
    found = agreements("India and Nepal today signed the Agreement for Long Term Power Trade.\n\n"
                       "The two Foreign Ministers of India and Nepal witnessed the exchange of the following documents:\n\n"
                       "- a Memorandum of Understanding on renewable energy between India and Nepal;\n"
                       "- a Launch Service Agreement for a satellite between India and Nepal.\n")
    assert sorted(a.instrument for a in found) == ["agreement", "agreement", "memorandum_of_understanding"]


def test_sign_as_a_noun_is_not_a_signing():
    assert agreements("Chinese officials gave no sign that Beijing had shifted its position on India's nuclear bid.") == []


def test_extraction_does_not_depend_on_the_hash_seed():
    import os
    import subprocess
    import sys
    code = ("from accordgraph.extractor import extract_text; print(extract_text('The EU signed a memorandum on raw materials with Argentina "
            "in June. A memorandum with Chile on lithium was signed in July.').model_dump_json())")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(runs) == 1


def test_a_party_signing_alone_in_brussels_signs_with_the_eu():
    found = agreements("Japan signed a digital partnership in Brussels on Monday.")
    assert found[0].parties == ["EU", "JPN"] and found[0].place == "Brussels"


def test_the_accord_named_in_the_signing_phrase_beats_a_later_word_for_it():
    found = agreements("Britain and Japan agreed the UK-Japan Semiconductors Partnership, a deal on chips, in May 2023.")
    assert found[0].instrument == "partnership"


def test_a_year_after_since_is_not_the_signing_date():
    found = agreements("Japan and India, partners on space since 2015, signed a memorandum on lunar exploration.")
    assert found[0].signed is None


def test_a_datelined_lead_that_tells_a_signing_is_dated_by_the_release():
    found = agreements("SAN FRANCISCO - The Philippines and the United States have signed an agreement for cooperation on the "
                       "peaceful uses of nuclear energy.", published="2023-11-16")
    assert found[0].signed == "2023-11-16"


def test_the_same_day_takes_the_last_signings_date():
    found = agreements("On 16 November, the EU and Egypt signed a memorandum on hydrogen. "
                       "The same day, the EU and Morocco signed a memorandum on renewable energy.", published="2022-11-20")
    assert [a.signed for a in found] == ["2022-11-16", "2022-11-16"]


def test_signing_the_accords_told_before_on_a_states_behalf_folds_into_them():
    found = agreements("Thailand joined the Artemis Accords on Monday in Bangkok. Executive director Pakorn Apaphant of GISTDA "
                       "signed the Accords on Thailand's behalf at a ceremony.", published="2024-12-18")
    assert len(found) == 1 and found[0].parties == ["THA", "USA"]
    assert [s.name for s in found[0].signatories] == ["Pakorn Apaphant"]


def test_all_agreements_a_state_has_signed_is_no_accord_in_particular():
    assert agreements("Parliament said it would examine all agreements Jordan has signed with Israel on energy.") == []


def test_a_party_named_alone_signs_with_the_party_the_document_is_about():
    found = agreements("Japan is widening its quantum diplomacy. Japan's science minister met India's minister last year. "
                       "On Monday a memorandum on quantum research was signed with France.")
    assert [a.parties for a in found] == [["FRA", "JPN"]]


def test_a_project_the_text_calls_commercial_is_no_accord():
    assert agreements("A British company is planning a subsea cable to carry Moroccan power to the UK under a memorandum, "
                      "but that is a commercial project.") == []


def test_agreements_with_a_and_b_respectively_are_an_agreement_each():
    found = agreements("Singapore's digital economy agreements with Australia and the United Kingdom were signed in August 2020 "
                       "and February 2022 respectively.")
    assert sorted((a.parties[0], a.instrument, a.signed) for a in found) == [("AUS", "agreement", "2020-08"), ("GBR", "agreement", "2022-02")]


def test_the_main_text_is_a_protocol_gives_the_kind_of_the_deal_just_told():
    found = agreements("Iran and Russia signed a long-delayed deal on nuclear fuel on Sunday. "
                       "The main text is an intergovernmental protocol on the return of spent fuel.")
    assert [a.instrument for a in found] == ["agreement"]


def test_a_joint_mission_named_in_the_signing_is_its_programme():
    found = agreements("ESA and the China National Space Administration signed the Double Star agreement in Paris on 9 July 2001.")
    assert found[0].programmes == ["Double Star"]


def test_a_two_word_post_and_a_name_with_a_particle_make_a_signatory():
    found = agreements("Chile's foreign minister, Alfredo Moreno, and ESO's director general, Tim de Zeeuw, signed an agreement "
                       "in Santiago on Thursday on the telescope site.")
    assert {(s.name, s.party) for s in found[0].signatories} == {("Alfredo Moreno", "CHL"), ("Tim de Zeeuw", "ESO")}


def test_similar_agreements_with_a_b_and_c_are_one_each_with_the_documents_party():
    found = agreements("The EU and the US signed the Galileo agreement on Saturday. The EU hopes Galileo will be used worldwide. "
                       "Negotiations on similar agreements are under way with Israel, India and Ukraine.", published="2004-06-27")
    assert sorted((a.parties, a.status) for a in found) == [(["EU", "IND"], "negotiating"), (["EU", "ISR"], "negotiating"),
                                                            (["EU", "UKR"], "negotiating"), (["EU", "USA"], "signed")]


def test_the_latest_country_to_sign_has_signed():
    found = agreements("Kenya became the latest country to sign the Artemis Accords on Tuesday.", published="2023-11-22")
    assert [(a.parties, a.status, a.signed) for a in found] == [(["KEN", "USA"], "signed", "2023-11-21")]


def test_a_city_whose_name_has_a_particle_is_the_place():
    found = agreements("Egypt and the EU signed a memorandum on renewable hydrogen at COP27 in Sharm el-Sheikh on 16 November 2022.")
    assert found[0].place == "Sharm el-Sheikh"


def test_a_green_economy_agreement_is_clean_energy():
    found = agreements("Singapore and Australia signed the Green Economy Agreement in Canberra on 17 October 2022.")
    assert found[0].domains == ["clean_energy"]


def test_working_with_in_cooperation_with_and_pairing_are_ongoing_collaborations():
    assert [(a.parties, a.status) for a in agreements("The mission pairs NASA with Argentina's space agency, CONAE.")] == [
        (["CONAE", "NASA"], "ongoing")]
    assert [(a.parties, a.status) for a in agreements("CONAE is also working with ASI on a pair of radar satellites.")] == [
        (["ASI", "CONAE"], "ongoing")]
    assert [(a.parties, a.status) for a in agreements("The launch site is run by the Italian Space Agency, ASI, in cooperation "
                                                      "with the Kenyan government.")] == [(["ASI", "KEN"], "ongoing")]


def test_witnessing_the_exchange_of_agreements_is_a_signing():
    found = agreements("The two leaders witnessed the exchange of agreements on space between India and Japan on Monday.",
                       published="2023-12-08")
    assert [(a.parties, a.status, a.signed) for a in found] == [(["IND", "JPN"], "signed", "2023-12-04")]


def test_signed_for_x_by_an_excellency_names_the_signatory_and_the_party():
    found = agreements("New Zealand's association agreement to Horizon Europe was signed in Brussels on 9 July 2023. It was signed for "
                       "New Zealand by His Excellency Carl Reaich, New Zealand's Ambassador to the European Union and NATO, and for the "
                       "European Union by Marc Lemaître, Director-General for Research at the European Commission.")
    assert [a.parties for a in found] == [["EU", "NZL"]]
    assert {(s.name, s.party) for s in found[0].signatories} == {("Carl Reaich", "NZL"), ("Marc Lemaître", "EU")}


def test_no_partner_has_signed_up_in_headline_case_is_no_signing():
    assert agreements("BRUSSELS, March 16 (Wire) - The European Commission On Thursday Floated The Idea Of A Critical Raw Materials "
                      "Club, Though No Partner Has Yet Signed Up.") == []


def test_a_page_that_is_the_declarations_own_text_is_that_declaration():
    text = ("---\ntitle: Joint Declaration on a Strategic Partnership between Egypt and the European Union\npublished: 2024-03-17\n---\n"
            "JOINT DECLARATION ON A STRATEGIC PARTNERSHIP BETWEEN EGYPT AND THE EUROPEAN UNION\n\nCairo, 17 March 2024\n\n"
            "We, the President of Egypt and the President of the European Commission, meeting in Cairo, declare the following.\n\n"
            "1. Egypt and the European Union will expand their cooperation on renewable energy.\n")
    from accordgraph.documents import from_string
    found = extract(from_string(text, doc_id="decl.txt")).agreements
    assert [(a.parties, a.instrument, a.signed, a.place) for a in found][:1] == [(["EGY", "EU"], "joint_declaration", "2024-03-17", "Cairo")]



def test_the_signature_blocks_closing_a_declarations_text_name_its_signatories():
    text = ("---\ntitle: Joint Declaration on a Strategic Partnership between Egypt and the European Union\npublished: 2024-03-17\n---\n"
            "Cairo, 17 March 2024\n\nWe, the President of Egypt and the President of the European Commission, declare the following.\n\n"
            "For the Arab Republic of Egypt\nAbdel Fattah El-Sisi\nPresident of the Arab Republic of Egypt\n\n"
            "For the European Union\nUrsula von der Leyen\nPresident of the European Commission\n")
    from accordgraph.documents import from_string
    found = extract(from_string(text, doc_id="decl.txt")).agreements
    assert {(s.name, s.party) for s in found[0].signatories} == {("Abdel Fattah El-Sisi", "EGY"), ("Ursula von der Leyen", "EU")}


def test_similar_agreements_with_two_partners_are_one_each():
    found = agreements("India signed similar agreements on civil nuclear energy with France and the United States in 2008.")
    assert sorted(a.parties for a in found) == [["FRA", "IND"], ["IND", "USA"]]


def test_also_signed_takes_the_occasion_of_the_same_parties_last_signing():
    found = agreements("TORONTO, June 28 (Wire) - India and Canada signed a nuclear agreement on Sunday. "
                       "India signed similar agreements with France and the United States in 2008. "
                       "The two governments also signed a memorandum of understanding on mining.", published="2010-06-28")
    mou = next(a for a in found if a.instrument == "memorandum_of_understanding")
    assert (mou.parties, mou.place) == (["CAN", "IND"], "Toronto")


def test_partners_joined_by_or_make_no_accord_in_particular():
    assert agreements("Each member state signing its own memorandum with Tokyo, Washington or Seoul weakens the EU.") == []


def test_a_bloc_reaching_agreement_on_its_own_act_is_no_accord():
    assert agreements("The EU Chips Act, on which the bloc's institutions reached agreement in April, covers semiconductors.") == []


def test_a_trackers_date_and_place_heading_dates_and_places_its_entry():
    found = agreements("## 11 February 2025 | Statement on Inclusive AI | Paris\n\n"
                       "- **Who signed:** about 60 signatories, among them France and India.\n", published="2025-02-20")
    assert [(a.parties, a.signed, a.place) for a in found] == [(["FRA", "IND"], "2025-02-11", "Paris")]


def test_an_organisation_never_signs_alone():
    assert agreements("The WHO signed a new framework on vaccine research.") == []


def test_signatures_borne_by_ministers_named_together():
    found = agreements("Australia and Indonesia signed a climate agreement. It bears the signatures of Foreign Ministers "
                       "Marise Payne and Retno Marsudi.")
    assert {s.name for s in found[0].signatories} == {"Marise Payne", "Retno Marsudi"}


def test_leaders_named_by_mr_and_surname_sign_for_their_states():
    found = agreements("Britain and Japan signed the Hiroshima Accord. Mr Sunak and Mr Kishida signed the accord in Hiroshima.",
                       published="2023-05-22")
    assert {(s.name, s.party) for s in found[0].signatories} == {("Rishi Sunak", "GBR"), ("Fumio Kishida", "JPN")}


def test_a_possessive_post_with_lower_case_words_names_the_signatorys_state():
    found = agreements("The fusion deal between the United States and Japan, signed by Energy Secretary Jennifer Granholm and "
                       "Japan's industry minister Ken Saito, covers research.")
    assert {(s.name, s.party) for s in found[0].signatories} == {("Jennifer Granholm", "USA"), ("Ken Saito", "JPN")}


def test_a_signing_told_after_a_dated_visit_takes_its_day():
    found = agreements("Prime Minister Modi arrived in Tokyo on 29 August 2025 for talks with Japan. "
                       "India and Japan signed a memorandum on semiconductors.", published="2025-08-30")
    assert found[0].signed == "2025-08-29"


def test_a_bloc_named_alone_signs_with_the_partner_just_named_with_it():
    found = agreements("Poland and ESA signed an accession agreement. Deputy Prime Minister and Economy Minister Waldemar Pawlak "
                       "and ESA Director General Jean-Jacques Dordain signed the accession agreement at a ceremony in Warsaw.")
    assert [(a.parties, a.place) for a in found] == [(["ESA", "POL"], "Warsaw")]
    assert {(s.name, s.party) for s in found[0].signatories} == {("Waldemar Pawlak", "POL"), ("Jean-Jacques Dordain", "ESA")}


def test_a_place_the_text_ties_to_the_signing_beats_the_datelines_city():
    found = agreements("JAKARTA, Aug 21 (Wire) - Indonesia and China signed a memorandum on vaccines on Thursday.\n\n"
                       "The memorandum was signed on Thursday in Sanya, where Foreign Minister Retno Marsudi held talks with "
                       "Chinese Foreign Minister Wang Yi.", published="2020-08-21")
    assert [(a.parties, a.place) for a in found] == [(["CHN", "IDN"], "Sanya")]
    assert found[0].signatories == []


def test_the_frame_work_runs_under_was_signed_when_the_text_dates_it():
    found = agreements("ESA works with the EU on space under a framework agreement between the two organisations that dates from 2003.")
    assert [(a.parties, a.instrument, a.status, a.signed) for a in found] == [(["ESA", "EU"], "framework_agreement", "signed", "2003")]


def test_it_signed_one_with_x_takes_the_subject_of_the_sentence_before():
    found = agreements("Japan is widening its chip diplomacy with Japan's partners. Washington, for its part, has been collecting "
                       "quantum statements. It signed one with Sweden in Stockholm in April 2022.", published="2023-09-20")
    assert [(a.parties, a.signed, a.place) for a in found] == [(["SWE", "USA"], "2022-04", "Stockholm")]


def test_it_signed_after_a_sentence_opened_by_brussels_is_the_eu():
    found = agreements("Japan is widening its chip diplomacy. Brussels, for its part, has been collecting quantum statements. "
                       "It signed one with Sweden in Stockholm in April 2022.", published="2023-09-20")
    assert [a.parties for a in found] == [["EU", "SWE"]]


def test_talks_on_a_project_without_an_instrument_noun_are_negotiating():
    found = agreements("KUALA LUMPUR - Malaysia and China are in early-stage talks on building a rare earths processing plant in Malaysia. "
                       "Officials did not comment.")
    assert [(a.parties, a.instrument, a.status) for a in found] == [(["CHN", "MYS"], "unspecified", "negotiating")]


def test_close_to_agreeing_but_nothing_signed_is_negotiating():
    found = agreements("Turkey is close to agreeing terms with China for the construction of a nuclear power plant but has not yet signed anything.")
    assert [(a.parties, a.status, a.signed) for a in found] == [(["CHN", "TUR"], "negotiating", None)]


def test_talks_held_on_ways_to_cooperate_are_no_accord():
    assert agreements("In May, Korean and Swiss officials held talks on ways to cooperate in quantum technology.") == []


def test_since_a_year_when_they_signed_dates_that_signing():
    found = agreements("Chile's foreign minister and ESO's director general signed a land agreement in Santiago on 13 October 2011. "
                       "ESO and Chile have worked together since 1963, when they signed the first agreement on the observatory at La Silla.",
                       published="2011-10-14")
    assert sorted(a.signed for a in found) == ["1963", "2011-10-13"]


def test_a_relationship_since_a_year_is_no_signing_date():
    found = agreements("ESO and Chile signed a land agreement for the observatory. The two have cooperated since 1963.", published="2011-10-14")
    assert [a.signed for a in found] == [None]


def test_leaders_due_to_put_their_names_to_an_agreement_plan_it():
    found = agreements("BUCHAREST, Friday (Wire) - The leaders of Azerbaijan, Georgia, Romania and Hungary are due in the Romanian capital "
                       "on Saturday to put their names to an agreement on an undersea power line that would carry electricity across the "
                       "Black Sea and into the European Union.", published="2022-12-16")
    assert [(a.party_countries, a.status, a.signed) for a in found] == [(["AZE", "GEO", "HUN", "ROU"], "planned", None)]


def test_a_text_released_after_the_leaders_sign_it_is_not_yet_signed():
    found = agreements("Georgia and Romania back a green energy cable. Officials said the text of the agreement on green energy "
                       "would be released after the leaders sign it on Saturday.", published="2022-12-16")
    assert [a.status for a in found] == ["planned"]


def test_a_country_that_can_sign_up_to_a_pact_has_not_planned_it():
    assert agreements("DEPA is built in modules that Thailand can sign up to, on digital trade.") == []


def test_an_arrangement_signed_at_the_same_ceremony_by_the_agencies_is_an_accord_of_its_own():
    found = agreements("On 18 March 2019, during a visit to Washington, Brazil and the United States signed a Technology Safeguards "
                       "Agreement on space launches. At the same ceremony, NASA and the Brazilian Space Agency (AEB) signed a "
                       "complementary arrangement on cooperation between the two agencies.", published="2019-03-20")
    assert sorted((a.parties, a.instrument) for a in found) == [(["AEB", "NASA"], "implementing_arrangement"), (["BRA", "USA"], "agreement")]


def test_the_nth_nation_to_sign_in_figures_has_signed():
    found = agreements("Last June Armenia became the 43rd nation to sign the Artemis Accords, the U.S.-led principles for civil "
                       "exploration of the Moon.", published="2025-01-15")
    assert [(a.status, a.signed) for a in found] == [("signed", "2024-06")]


def test_the_accords_a_relative_clause_defines_are_named_not_pointed_back_to():
    found = agreements("The new memoranda follow the strategic partnerships on raw materials that the European Commission concluded "
                       "with Canada and Ukraine in 2021.", published="2022-11-09")
    assert sorted((a.party_countries, a.instrument, a.signed) for a in found) == [
        (["CAN", "EU"], "partnership", "2021"), (["EU", "UKR"], "partnership", "2021")]


def test_associating_to_a_programme_is_an_agreement_not_the_programme():
    found = agreements("Much depends on the outcome of Britain's negotiations with the European Union on associating to Horizon Europe, "
                       "the EU's research programme.", published="2023-05-19")
    assert [(a.party_countries, a.instrument, a.status) for a in found] == [(["EU", "GBR"], "agreement", "negotiating")]


def test_dated_signing_with_no_party_named_takes_the_pair_in_view():
    found = agreements("Russia and Uzbekistan have worked on nuclear power for years. "
                       "A second intergovernmental agreement, signed in September 2018, dealt with building a two-unit plant.",
                       published="2024-05-27")
    assert [(a.party_countries, a.signed) for a in found] == [(["RUS", "UZB"], "2018-09")]


def test_undated_signing_with_no_party_named_is_not_an_accord_of_its_own():
    found = agreements("Russia and Uzbekistan have worked on nuclear power for years. "
                       "An agreement was signed to build a plant.", published="2024-05-27")
    assert found == []


def test_definite_noun_of_a_signed_accord_names_its_kind():
    found = agreements("The partnership between Japan and Britain on semiconductors was signed on Tuesday.", published="2024-05-16")
    assert [(a.party_countries, a.instrument, a.signed) for a in found] == [(["GBR", "JPN"], "partnership", "2024-05-14")]


def test_next_sentence_opening_with_a_definite_noun_names_the_kind_of_the_accord_just_told():
    found = agreements("India and France on Tuesday signed a roadmap on artificial intelligence. "
                       "The memorandum covers research and skills.", published="2024-05-16")
    assert [(a.party_countries, a.instrument) for a in found] == [(["FRA", "IND"], "memorandum_of_understanding")]
    farther = agreements("India and France on Tuesday signed a roadmap on artificial intelligence. " + "They also discussed trade and farming. " * 8 +
                         "The memorandum covers research and skills.", published="2024-05-16")
    assert [a.instrument for a in farther] == ["unspecified"]


def test_a_dateline_in_bold_is_still_a_dateline():
    found = agreements("**TOKYO, Saturday (EAW)** - Japan and India signed a civil nuclear cooperation agreement yesterday.",
                       published="2016-11-12")
    assert [a.signed for a in found] == ["2016-11-11"]


def test_an_accords_bracketed_short_name_is_no_party_and_a_partnership_agreement_is_an_agreement():
    found = agreements("On Friday 12 June, trade ministers from Chile, New Zealand and Singapore signed the Digital Economy "
                       "Partnership Agreement (DEPA) in a virtual ceremony. Other economies can join DEPA later.", published="2020-06-15")
    assert [(a.parties, a.instrument) for a in found] == [(["CHL", "NZL", "SGP"], "agreement")]


def test_an_accord_told_as_signed_in_passing_is_an_accord_of_its_own():
    found = agreements("Negotiations on the Agreement between Japan and Kazakhstan were launched following the Memorandum of "
                       "Cooperation in the field of peaceful uses of nuclear energy signed in Astana on 28 August 2006.",
                       published="2010-03-02")
    assert sorted((a.instrument, a.status, a.signed, a.place) for a in found) == \
        [("agreement", "negotiating", None, None), ("memorandum_of_cooperation", "signed", "2006-08-28", "Astana")]


def test_two_accords_of_one_kind_and_day_with_their_own_names_stay_two():
    found = agreements("Australia and China signed the Nuclear Material Transfer Agreement on Monday. Australia and China also "
                       "signed the Nuclear Cooperation Agreement on Monday.", "2006-04-05")
    assert sorted(a.name for a in found) == ["Nuclear Cooperation Agreement", "Nuclear Material Transfer Agreement"]


def test_a_member_state_working_inside_its_own_bloc_is_no_accord():
    assert agreements("Macron said France is taking part in joint EU projects in batteries, hydrogen and chips.", "2021-10-12") == []
    found = agreements("Poland signed the agreement on its accession to the European Space Agency on Monday.", "2012-09-19")
    assert [sorted(a.party_countries) for a in found] == [["ESA", "POL"]]  # a member's accession is signed between them


def test_a_sentence_opening_with_the_head_noun_of_the_accord_just_named_describes_it():
    found = agreements("The Agreement on the Establishment of a United States-Ukraine Reconstruction Investment Fund was signed in "
                       "Washington on 30 April. The fund is run jointly, with the U.S. side represented by the Development Finance "
                       "Corporation.", "2025-05-12")
    assert [(sorted(a.party_countries), a.status) for a in found] == [(["UKR", "USA"], "signed")]


def test_a_count_of_founding_members_is_named_in_the_next_sentence():
    text = ("Last week in London, ministers from five countries met for two days and signed the D5 Charter on digital government. "
            "The five founding members are Estonia, Israel, New Zealand, South Korea and the United Kingdom.")
    assert [a.party_countries for a in extract(doc(text, "2014-12-17")).agreements] == [["EST", "GBR", "ISR", "KOR", "NZL"]]
