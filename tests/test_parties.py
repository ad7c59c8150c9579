"""Which parties an accord mention binds (parties.py), on tiny inline documents."""

from accordgraph.extractor import extract

from .conftest import doc


def party_sets(text, published="2024-06-05"):
    return sorted(sorted(a.party_countries) for a in extract(doc(text, published)).agreements)


def test_memorandums_with_one_partner_and_with_another_are_one_each():
    assert party_sets("Korea signed memorandums of understanding on critical minerals cooperation with Tanzania and with "
                      "Madagascar on the sidelines of the summit.") == [["KOR", "MDG"], ["KOR", "TZA"]]


def test_one_memorandum_with_two_partners_is_one_accord():
    assert party_sets("The United States signed a memorandum on critical minerals with the Democratic Republic "
                      "of the Congo and Zambia.") == [["COD", "USA", "ZMB"]]


def test_a_state_signing_with_two_foreign_firms_binds_both():
    assert party_sets("On Friday 24 May, Kenya's Ministry of Information signed a letter of intent with Microsoft and the "
                      "Abu Dhabi artificial intelligence company G42 for a digital investment package.", "2024-05-31") == [["ARE", "KEN", "USA"]]


def test_becoming_the_nth_signatory_of_a_led_accord_joins_it():
    found = party_sets("Peru became the 41st country to sign the Artemis Accords on Thursday. Later the same day Slovakia "
                       "became the 42nd signatory, with its minister of education signing at the same venue.", "2024-05-31")
    assert ["SVK", "USA"] in found


def test_a_signing_that_names_only_its_signers_binds_the_parties_in_view():
    found = extract(doc("India and the United Arab Emirates agreed to link their payment systems. In Abu Dhabi, RBI Governor "
                        "Shaktikanta Das and CBUAE Governor Khaled Mohamed Balama signed a memorandum on digital payments.",
                        "2023-07-15")).agreements
    assert [(sorted(a.party_countries), {s.name for s in a.signatories}) for a in found] == \
        [(["ARE", "IND"], {"Shaktikanta Das", "Khaled Mohamed Balama"})]


def test_two_accords_in_one_sentence_each_with_its_own_partner():
    assert party_sets("The EU struck a strategic partnership on raw materials with Canada in 2021 and signed a similar "
                      "memorandum with Chile in 2023.") == [["CAN", "EU"], ["CHL", "EU"]]


def test_countries_that_followed_join_the_accords_leader_not_the_story_subject():
    found = extract(doc("Senegal joined the Artemis Accords yesterday. Nigeria and Rwanda signed the accords in December 2022, on "
                        "the margins of the US-Africa Leaders Summit in Washington, and Angola followed in late 2023.", "2025-07-25")).agreements
    assert sorted(tuple(sorted(a.party_countries)) for a in found) == [("AGO", "USA"), ("NGA", "USA"), ("RWA", "USA"), ("SEN", "USA")]


def test_followers_named_together_share_the_date_told_after_them():
    found = extract(doc("Senegal joined the Artemis Accords yesterday. Chile and Colombia signed the accords in May 2023, and "
                        "Ecuador followed in 2024.", "2025-07-25")).agreements
    assert sorted((a.party_countries[0], a.signed) for a in found if "USA" in a.party_countries and "SEN" not in a.party_countries) == \
        [("CHL", "2023-05"), ("COL", "2023-05"), ("ECU", "2024")]


def test_similar_frameworks_with_one_partner_and_with_another_are_one_each():
    found = extract(doc("The European Union and Singapore signed a Digital Partnership in Brussels yesterday. The EU calls it the "
                        "centre of its digital diplomacy in Asia. The partnership follows similar "
                        "frameworks concluded with Japan, at a summit in Tokyo in May 2022, and with South Korea last November.",
                        "2023-02-02")).agreements
    assert sorted((tuple(sorted(a.party_countries)), a.signed) for a in found) == \
        [(("EU", "JPN"), "2022-05"), (("EU", "KOR"), "2022-11"), (("EU", "SGP"), "2023-02-01")]


def test_a_state_signing_with_an_unknown_organisation_has_no_second_state():
    found = extract(doc("Japan and Kenya held talks on space. Kenya later signed an agreement with Orbital Ground Networks to "
                        "build a satellite ground station near Malindi.", "2024-05-01")).agreements
    assert all(sorted(a.party_countries) != ["JPN", "KEN"] or a.status != "signed" for a in found)


def test_a_short_name_is_the_state_the_document_named_in_full():
    found = extract(doc("The United States signed a memorandum with the Democratic Republic of Congo and Zambia on Tuesday on "
                        "battery supply chains. Blinken signed it with Congo's foreign minister Christophe Lutundula and "
                        "Zambia's foreign minister Stanley Kakubo.", "2022-12-14")).agreements
    assert [sorted(a.party_countries) for a in found] == [["COD", "USA", "ZMB"]]


def test_two_states_each_with_one_partner_respectively():
    text = ("Romania and Poland concluded comparable texts on 5G security with Washington in August and September last "
            "year respectively.")
    found = {(tuple(a.party_countries), a.signed) for a in extract(doc(text, "2020-08-14")).agreements}
    assert found == {(("ROU", "USA"), "2019-08"), (("POL", "USA"), "2019-09")}


def test_a_leaders_title_alone_is_no_one():
    text = ("Kazakhstan will supply India with uranium under a contract signed in Astana on Wednesday. It was signed after "
            "talks between Mr. Modi and President Nursultan Nazarbayev, who did not themselves sign it.")
    assert all("CHN" not in a.party_countries for a in extract(doc(text, "2015-07-08")).agreements)


def test_it_stands_for_the_state_acting_in_the_sentence_before():
    text = ("Canada and South Korea signed a memorandum on critical minerals in Ottawa on Friday. Friday's memorandum is the "
            "latest of several energy accords Ottawa has struck with allies. It concluded a critical minerals action plan "
            "with the United States and a hydrogen declaration of intent with Germany in January 2020 and August 2022 "
            "respectively.")
    found = {(tuple(a.party_countries), a.signed) for a in extract(doc(text, "2022-09-24")).agreements}
    assert found == {(("CAN", "KOR"), "2022-09-23"), (("CAN", "USA"), "2020-01"), (("CAN", "DEU"), "2022-08")}


def test_each_accord_with_its_own_partner_after_with():
    text = ("Canada concluded a critical minerals action plan with the United States and a hydrogen declaration of intent "
            "with Germany in January 2020 and August 2022 respectively.")
    found = {(tuple(a.party_countries), a.signed) for a in extract(doc(text, "2022-09-24")).agreements}
    assert found == {(("CAN", "USA"), "2020-01"), (("CAN", "DEU"), "2022-08")}


def test_euratom_signs_for_the_european_union():
    text = "Euratom and Japan signed an agreement in Tokyo on 5 February 2007 on the broader approach to fusion research."
    found = extract(doc(text, "2007-02-06")).agreements
    assert [(a.parties, a.party_countries) for a in found] == [(["EURATOM", "JPN"], ["EU", "JPN"])]


def test_partnerships_in_the_plural_with_two_partners_are_one_each():
    found = party_sets("The Commission has recently concluded strategic partnerships on raw materials with Argentina and Chile.", "2023-10-23")
    assert found == [["ARG", "EU"], ["CHL", "EU"]]


def test_a_pair_of_partners_shares_the_date_written_after_it():
    found = extract(doc("The partnerships complement those the Commission concluded on raw materials with Canada and Ukraine in 2021 "
                        "and with Kazakhstan and Namibia in November 2022.", "2023-10-23")).agreements
    assert sorted((a.party_countries, a.signed) for a in found) == [
        (["CAN", "EU"], "2021"), (["EU", "KAZ"], "2022-11"), (["EU", "NAM"], "2022-11"), (["EU", "UKR"], "2021")]


def test_it_signing_with_one_partner_then_another_is_the_state_named_before():
    text = ("Spain and France signed a treaty on energy in Barcelona on Thursday. Spain and France also met Portugal.\n\n"
            "France now has bilateral treaties of this kind with its three largest neighbours. It signed the Treaty of Aachen with "
            "Germany in 2019 and the Quirinal Treaty with Italy in November 2021, both of which include research cooperation.")
    assert party_sets(text, "2023-01-20") == [["DEU", "FRA"], ["ESP", "FRA"], ["FRA", "ITA"]]


def test_a_capital_opening_a_sentence_as_its_subject_acts():
    text = ("South Africa and Russia signed a nuclear agreement in Vienna. Pretoria hurriedly insisted that no vendor had been chosen, "
            "and it signed comparable nuclear framework agreements with France and China soon afterwards.")
    assert party_sets(text, "2016-05-01") == [["CHN", "ZAF"], ["FRA", "ZAF"], ["RUS", "ZAF"]]


def test_the_topic_of_the_sentence_before_is_the_partner_of_an_accord_with_one_named_party():
    text = ("Egypt and Russia signed a nuclear agreement in November 2015.\n\nSouth Africa is the cautionary tale. The nuclear agreement "
            "that its energy minister signed with Rosatom in Vienna, on the fringes of the IAEA General Conference, was announced by Rosatom as the basis for eight reactors.")
    assert party_sets(text, "2022-10-01") == [["EGY", "RUS"], ["RUS", "ZAF"]]


def test_a_state_named_twice_still_takes_the_topic_before_as_its_partner():
    text = ("France and India will co-chair the AI Action Summit in Paris.\n\nThe UAE has made artificial intelligence a pillar of its "
            "strategy. Its energy ties with France are long-standing: during a state visit to France in July 2022 the two countries "
            "signed a comprehensive strategic energy partnership.")
    assert ["ARE", "FRA"] in party_sets(text, "2025-02-07")


def test_accords_signed_by_two_states_respectively_are_each_with_the_party_in_view():
    from accordgraph.extractor import extract
    text = ("Chile is the second South American partner to sign a raw materials memorandum with the European Union. "
            "With the two memoranda, signed by Argentina and Chile in Buenos Aires and Brussels in June and July respectively, "
            "Brussels now has raw materials partnerships with the two biggest lithium producers in the region.")
    found = extract(doc(text, "2023-07-19")).agreements
    assert sorted((a.party_countries, a.instrument, a.signed) for a in found if a.signed) == \
        [(["ARG", "EU"], "memorandum_of_understanding", "2023-06"), (["CHL", "EU"], "memorandum_of_understanding", "2023-07")]


def test_a_firm_that_signs_with_a_government_makes_a_state_firm_accord_but_firms_alone_none():
    from accordgraph.extractor import extract
    found = extract(doc("Moderna signed the agreement with Kenya's government in March 2022, promising to invest in a vaccine plant.",
                        "2024-04-12")).agreements
    assert [(a.parties, a.party_countries, a.signed) for a in found] == [(["KEN", "Moderna"], ["KEN", "USA"], "2022-03")]
    assert extract(doc("Samsung signed a supply agreement with Vietnam's state utility EVN on Friday.", "2024-04-12")).agreements == []


def test_a_counted_group_listed_after_with_is_one_accord_not_pairs():
    from accordgraph.extractor import extract
    found = extract(doc("South Africa is also working with eight African partner countries - Botswana, Ghana, Kenya, Madagascar, "
                        "Mauritius, Mozambique, Namibia and Zambia - which could host outstations of the array.", "2022-12-01")).agreements
    assert [(a.parties, a.status) for a in found] == [(["BWA", "GHA", "KEN", "MDG", "MOZ", "MUS", "NAM", "ZAF", "ZMB"], "ongoing")]


def test_states_that_each_signed_with_one_partner_make_one_accord_each():
    assert party_sets("Saudi Arabia and the UAE each signed memoranda with Japan on hydrogen on Monday.") == [["ARE", "JPN"], ["JPN", "SAU"]]
    assert party_sets("Saudi Arabia and the UAE signed separate hydrogen memoranda with Japan on Monday.") == [["ARE", "JPN"], ["JPN", "SAU"]]


def test_the_two_sides_signing_in_a_capital_are_the_visitor_and_the_host():
    assert party_sets("Indian Prime Minister Narendra Modi visited Tokyo and Washington this week. In Tokyo on Monday, the two sides "
                      "signed a memorandum on semiconductors.", "2023-05-20") == [["IND", "JPN"]]


def test_states_a_leader_travelled_from_are_not_the_parties_in_view():
    assert party_sets("The United States and Saudi Arabia signed an agreement on clean energy on Friday as President Joe Biden met "
                      "King Salman. Biden flew to Jeddah "
                      "directly from Israel. Officials from the two governments also signed a memorandum of cooperation on 5G.",
                      "2022-07-15") == [["SAU", "USA"], ["SAU", "USA"]]


def test_a_state_that_joined_with_no_object_joined_the_led_accord_in_view():
    found = party_sets("Armenia signed the Artemis Accords on Tuesday. Peru joined last month, the latest Latin American country to "
                       "back the framework.", "2024-06-12")
    assert found == [["ARM", "USA"], ["PER", "USA"]]
    assert party_sets("Armenia signed the Artemis Accords on Tuesday. Peru joined the talks last month.", "2024-06-12") == [["ARM", "USA"]]


def test_a_foreign_firm_signing_beside_a_state_agency_makes_a_state_firm_accord():
    assert party_sets("On 15 April 2015, in Ottawa, Cameco Corporation of Saskatoon and India's Department of Atomic Energy signed "
                      "a contract for the supply of uranium concentrate.", "2015-05-20") == [["CAN", "IND"]]


def test_an_accord_told_after_with_a_partner_up_front_is_with_the_party_that_has_the_partners():
    text = ("# The EU's security partnerships with Japan and Korea\n\nThe EU's Security and Defence Partnerships with Japan and with "
            "the Republic of Korea were launched on 1 and 4 November 2024 respectively. The partnerships build on the legal "
            "frameworks the EU has with both countries. With Japan, the basis is the Strategic Partnership Agreement signed in "
            "2018. With the Republic of Korea, it is the Framework Agreement signed in 2010.")
    assert ["EU", "KOR"] in party_sets(text, "2025-02-20") and ["JPN", "KOR"] not in party_sets(text, "2025-02-20")


def test_companies_a_wire_dateline_leads_to_sign_alone():
    assert party_sets("HANOI, Sept 11 - American and Vietnamese companies signed a string of chip deals on Monday.", "2023-09-11") == []


def test_a_states_firm_named_with_its_state_signs_for_itself():
    assert party_sets("South Korea's Samsung Electronics and Vietnam's FPT Semiconductor signed a memorandum on chip packaging "
                      "on Tuesday.", "2024-03-12") == []


def test_a_private_deal_between_companies_binds_no_state():
    assert party_sets("Korea Hydro & Nuclear Power and Poland's PGE signed a letter of intent on Monday to study a nuclear "
                      "plant, a private deal between companies.", "2022-10-28") == []


def test_a_date_in_a_since_clause_dates_none_of_the_accords_listed():
    found = extract(doc("India has concluded similar nuclear agreements with the United States, France and Russia since the "
                        "Nuclear Suppliers Group decided in September 2008 to allow civil nuclear trade with India.", "2011-07-26")).agreements
    assert sorted((a.party_countries, a.signed) for a in found) == [(["FRA", "IND"], None), (["IND", "RUS"], None), (["IND", "USA"], None)]


def test_one_signer_of_accords_one_each_with_several_partners_signs_each():
    text = ("NASA Administrator Tom Hall signed four memorandums of understanding on Thursday, one each with the European Space "
            "Agency, the Canadian Space Agency, the Russian Space Agency and the Government of Japan.")
    found = extract(doc(text, "1998-01-30")).agreements
    assert sorted(sorted(a.party_countries) for a in found) == [["CAN", "USA"], ["ESA", "USA"], ["JPN", "USA"], ["RUS", "USA"]]
    assert all([s.name for s in a.signatories] == ["Tom Hall"] for a in found)


def test_a_signer_named_in_one_partners_clause_signs_only_there():
    text = ("Romania and Poland concluded comparable texts with Washington in August and September respectively: Romania's was "
            "signed at the White House, while Poland's was signed in Warsaw by US Vice President John Reed and Prime Minister Jan Nowak.")
    found = extract(doc(text, "2020-05-10")).agreements
    assert all(not a.signatories for a in found if "ROU" in a.party_countries)


def test_it_and_the_partners_it_signed_one_accord_with():
    text = ("Singapore and Korea signed a digital partnership agreement on Tuesday. The city-state signed the Digital Economy "
            "Partnership Agreement with Chile and New Zealand in 2020.")
    assert party_sets(text, "2023-11-17") == [["CHL", "NZL", "SGP"], ["KOR", "SGP"]]


def test_two_states_firms_named_by_possessive_sign_no_accord_of_their_states():
    assert party_sets("Saudi Arabia's ACWA Power and China's Sungrow signed a battery storage contract in Riyadh on Thursday.") == []


def test_the_two_governments_are_the_visitor_and_the_host_of_the_visited_capital():
    assert party_sets("Korea's science minister visited Stockholm on Wednesday, where the two governments signed an agreement "
                      "on quantum research.") == [["KOR", "SWE"]]


def test_talks_with_firms_prepare_no_accord_between_states():
    text = ("SEOUL, May 21 (Wire) - South Korea and the United States signed a vaccine partnership on Friday. "
            "Officials said Korean drugmakers were in talks with U.S. vaccine developers about contract manufacturing.")
    got = [(a.party_countries, a.status) for a in extract(doc(text, "2021-05-22")).agreements]
    assert got == [(["KOR", "USA"], "signed")]


def test_memoranda_of_understanding_with_two_partners_are_one_each():
    assert party_sets("In Kuala Lumpur on Sunday, U.S. President Donald Trump signed memoranda of understanding on critical "
                      "minerals with Malaysia and Thailand.", "2025-10-31") == [["MYS", "USA"], ["THA", "USA"]]


def test_a_follower_joins_the_partner_the_first_signer_signed_with():
    text = ("Romania passed its 5G vetting law this week. Poland signed a joint declaration on 5G security with the United States "
            "in Warsaw in September 2019, and Slovenia followed with a similar declaration in August 2020.")
    got = sorted((a.party_countries, a.signed, a.place) for a in extract(doc(text, "2021-09-15")).agreements)
    assert got == [(["POL", "USA"], "2019-09", "Warsaw"), (["SVN", "USA"], "2020-08", None)]


def test_countries_that_followed_earlier_this_year_join_the_accords_leader():
    text = ("Poland signed the Artemis Accords in Dubai yesterday. Ukraine, which signed in November 2020, was the first country "
            "from Central and Eastern Europe to join. South Korea, New Zealand and Brazil followed earlier this year.")
    got = sorted((a.party_countries, a.signed) for a in extract(doc(text, "2021-10-27")).agreements)
    assert (["BRA", "USA"], "2021") in got and (["KOR", "USA"], "2021") in got and (["NZL", "USA"], "2021") in got


def test_a_blocs_leaders_who_adopt_a_declaration_are_the_bloc():
    found = extract(doc("At alliance level, the London Declaration adopted by NATO leaders in December 2019 committed the allies "
                        "to secure 5G networks.", "2021-09-15")).agreements
    assert [(a.party_countries, a.signed) for a in found] == [(["NATO"], "2019-12")]


def test_an_agreement_said_to_be_between_two_companies_binds_no_state():
    assert party_sets("China buys most of Chile's lithium. The agreement signed last Friday is between the "
                      "Chilean state copper company Codelco and the Chilean lithium producer SQM.", "2024-06-03") == []


def test_the_state_whose_ministry_hosts_a_signing_is_not_a_party():
    assert party_sets("On Friday, the foreign ministers of Rwanda and the Democratic Republic of Congo signed a peace agreement "
                      "on critical minerals at the US State Department in Washington.", "2025-06-30") == [["COD", "RWA"]]


def test_states_a_signer_joins_are_earlier_signers_not_parties():
    assert party_sets("Argentina signed the Artemis Accords in Washington last Thursday, joining Brazil and Colombia among the "
                      "South American countries that subscribe to the US-drafted principles.", "2023-08-02") == [["ARG", "USA"]]


def test_states_where_mines_lie_are_not_parties():
    assert party_sets("The state of Morocco signed a cobalt supply agreement with Japan in 2020 to source cobalt from mines in "
                      "Morocco and Australia.", "2024-07-15") == [["JPN", "MAR"]]


def test_a_state_inside_a_whose_clause_is_not_the_signer():
    found = party_sets("Bahrain, whose decision to follow the Emirates was announced only on Friday, signed a shorter "
                       "Declaration of Peace and Cooperation on science and space with Israel.", "2020-09-15")
    assert found == [["BHR", "ISR"]]
