"""The date and place of a signing told by its surroundings (occasion.py)."""

from accordgraph.documents import from_string
from accordgraph.extractor import extract

from .conftest import doc


def test_a_timeline_entry_dates_and_places_the_signing_told_after_its_day():
    text = ("## 2018\n\n- **3 October 2018.** Bremen, 69th International Astronautical Congress. At a press briefing, the "
            "heads of CNES, DLR and JAXA sign a joint statement on a Mars moon rover.\n\n"
            "## 2021\n\n- **2021.** CNES and JAXA sign an implementing arrangement on the rover.\n")
    found = {a.instrument: (a.signed, a.place) for a in extract(doc(text, "2023-06-23")).agreements}
    assert found["joint_statement"] == ("2018-10-03", "Bremen")
    assert found["implementing_arrangement"] == ("2021", None)  # the entry before does not carry over


def test_the_visit_in_the_sentence_before_places_the_exchange():
    text = ("Prime Minister Narendra Modi and the President of the UAE held talks in Abu Dhabi today. The two leaders "
            "witnessed the exchange of a memorandum of understanding on digital payments between India and the UAE.")
    found = extract(doc(text, "2024-02-13")).agreements
    assert [a.place for a in found] == ["Abu Dhabi"]


def test_a_visit_on_another_day_does_not_place_the_signing():
    text = ("Modi held talks in Abu Dhabi on 15 July 2023. India and the UAE signed a memorandum on digital payments "
            "in February 2024.")
    found = extract(doc(text, "2024-02-13")).agreements
    assert all(a.place is None for a in found)


def test_a_short_sentence_before_gives_the_day_of_the_signing_after_it():
    found = extract(doc("Thailand had kept its distance from the accords. That changed on Monday in Bangkok. Pakorn Apaphant, "
                        "executive director of GISTDA, signed the Artemis Accords on Thailand's behalf.", "2024-12-18")).agreements
    assert [a.signed for a in found] == ["2024-12-16"]


def test_a_date_line_with_its_city_in_brackets_dates_and_places_its_entry():
    text = ("EU AND INDIA: A TIMELINE\n\n20 December 1993\nThe European Community and India sign a Cooperation Agreement on trade.\n\n"
            "23 November 2001 (New Delhi)\nAt the second EU-India summit, the two sides sign an Agreement for Scientific and "
            "Technological Cooperation.\n")
    found = [a for a in extract(doc(text, "2021-05-10")).agreements if "science_general" in a.domains]
    assert [(a.signed, a.place) for a in found] == [("2001-11-23", "New Delhi")]


def test_a_wire_lead_that_names_no_one_dates_the_headline_parties_signing():
    text = ("Brazil and Argentina agree to design joint power reactor\n\nBUENOS AIRES, Friday - South America's two nuclear "
            "powers agreed on Friday to design a power reactor together.\n\nPresidents Luiz Inacio Lula da Silva and Cristina "
            "Fernandez de Kirchner signed a joint declaration on nuclear cooperation, the first since Fernandez took office in December.")
    found = extract(from_string(f"---\ntitle: Brazil and Argentina agree to design joint power reactor\npublished: 2008-02-22\n---\n{text}")).agreements
    assert [(sorted(a.party_countries), a.signed) for a in found] == [(["ARG", "BRA"], "2008-02-22")]
    assert sorted(s.name for s in found[0].signatories) == ["Cristina Fernandez de Kirchner", "Luiz Inacio Lula da Silva"]


def test_a_post_named_before_signs_as_its_holder():
    text = ("Greek Prime Minister Kyriakos Mitsotakis received the Crown Prince of Saudi Arabia, His Royal Highness Mohammed "
            "bin Salman bin Abdulaziz Al Saud, in Athens on Tuesday. After their talks, the Prime Minister and the Crown Prince "
            "signed an agreement on a data cable between Greece and Saudi Arabia.")
    found = extract(doc(text, "2022-07-27")).agreements
    assert {(s.name, s.party) for s in found[0].signatories} == {("Kyriakos Mitsotakis", "GRC"), ("Mohammed bin Salman", "SAU")}


def test_the_two_leaders_sign_only_when_the_text_says_they_signed():
    intro = "Prime Minister Fumio Kishida and President Joe Biden held talks in Tokyo on Tuesday. "
    signed = extract(doc(intro + "The two leaders signed a joint statement on quantum cooperation.", "2022-07-27")).agreements
    watched = extract(doc(intro + "The two leaders witnessed the signing of a memorandum on quantum cooperation.", "2022-07-27")).agreements
    assert {s.name for s in signed[0].signatories} == {"Fumio Kishida", "Joe Biden"}
    assert watched[0].signatories == []


def test_a_post_two_people_held_names_no_one():
    text = ("President Joe Biden met President Yoon Suk Yeol in Seoul on Saturday. The President signed a memorandum of "
            "understanding on chips between the United States and South Korea.")
    assert extract(doc(text, "2022-05-22")).agreements[0].signatories == []


def test_the_wire_lead_places_the_signing_it_dates():
    text = ("CAIRO, Monday (Wire) - Egypt and Russia's Rosatom on Monday put into force the contracts for a nuclear power "
            "station during a brief visit to Cairo by President Vladimir Putin.\n\nEgypt's Minister of Electricity, Mohamed "
            "Shaker, and Rosatom Director General Alexei Likhachev signed the agreement on nuclear power.")
    found = extract(doc(text, "2017-12-11")).agreements
    assert [(a.signed, a.place) for a in found] == [("2017-12-11", "Cairo")]


def test_a_statement_issued_after_the_talks_is_of_the_wire_day():
    text = ("WASHINGTON, Friday (Desk) - U.S. President Joe Biden and South Korean President Moon Jae-in agreed on Friday to expand "
            "vaccine production. Moon called it a turning point. Biden also pledged vaccines for troops. Officials praised the visit. "
            "In a joint statement issued after the talks, the two leaders pledged to work together on semiconductors and 5G networks.")
    found = extract(doc(text, "2021-05-21")).agreements
    assert [(a.instrument, a.signed) for a in found] == [("joint_statement", "2021-05-21")]


def test_a_section_heading_names_the_parties_of_the_accord_under_it():
    text = ("Korea and the Philippines studied the Bataan plant.\n\n"
            "2.1 The Philippines-United States 123 Agreement\n\n"
            "The resulting agreement on peaceful uses of nuclear energy was signed by the two secretaries on 16 November 2023.")
    found = extract(doc(text, "2025-03-04")).agreements
    assert [(a.party_countries, a.signed) for a in found] == [(["PHL", "USA"], "2023-11-16")]


def test_a_release_recalling_an_older_accord_first_still_dates_its_own_signing():
    text = ("Memorandum On Energy Between Azerbaijan And The European Union Signed\n\n18 July 2022, Baku\n\n"
            "On 18 July, President Ilham Aliyev met President of the European Commission Ursula von der Leyen.\n\n"
            "The sides recalled that the memorandum on energy between the European Union and Azerbaijan, signed in Brussels on "
            "7 November 2006, created a basis for cooperation.\n\n"
            "Then, the new memorandum on energy between the European Union and Azerbaijan was signed.")
    found = extract(doc(text, "2022-07-18")).agreements
    assert sorted((a.signed, a.place) for a in found) == [("2006-11-07", "Brussels"), ("2022-07-18", "Baku")]


def test_documents_exchanged_after_the_same_meeting_share_the_releases_own_signing():
    text = ("Press Release\n4 January 2024\n\nKathmandu and New Delhi today signed the Agreement between the Government of India and "
            "the Government of Nepal for Long Term Power Trade.\n\nThe Agreement was signed in Kathmandu by the two energy secretaries.\n\n"
            "After the Joint Commission meeting, the two Foreign Ministers witnessed the exchange of the following documents:\n\n"
            "- a Memorandum of Understanding for Cooperation in Renewable Energy Development between NTPC Limited and the Nepal "
            "Electricity Authority;\n")
    found = extract(doc(text, "2024-01-04")).agreements
    assert {(a.instrument, a.signed, a.place) for a in found} == {
        ("agreement", "2024-01-04", "Kathmandu"), ("memorandum_of_understanding", "2024-01-04", "Kathmandu")}


def test_memoranda_signed_alongside_the_accord_share_its_day_and_place():
    text = ("WASHINGTON, Thursday (Wire) - Fifteen governments signed the Space Station Intergovernmental Agreement in Washington "
            "on Thursday.\n\nAlongside the intergovernmental accord, NASA Administrator Daniel S. Goldin signed a memorandum of "
            "understanding with the Canadian Space Agency on the space station.")
    found = {tuple(a.parties): (a.signed, a.place) for a in extract(doc(text, "1998-01-30")).agreements}
    assert found[("CSA", "NASA")] == ("1998-01-29", "Washington")


def test_a_signing_of_the_datelines_day_placed_nowhere_took_place_in_the_dateline_city():
    text = ("ABU DHABI, Jan. 15 (Wire) -- South Korea and the United Arab Emirates signed 13 memorandums on Sunday. "
            "The two sides also put their names to a memorandum on the production and use of hydrogen.")
    found = extract(doc(text, "2023-01-15")).agreements
    assert {(a.signed, a.place) for a in found} == {("2023-01-15", "Abu Dhabi")}
    older = extract(doc("ABU DHABI, Jan. 15 (Wire) -- South Korea's president arrived on Sunday. The two countries signed a "
                        "memorandum on hydrogen in 2019, South Korea and the United Arab Emirates said.", "2023-01-15")).agreements
    assert [(a.signed, a.place) for a in older] == [("2019", None)]


def test_a_chronology_entry_with_a_bold_date_and_its_city_in_square_brackets():
    text = ("**Dec. 2019** [Tokyo] - The two governments sign the Tokyo Statement on Quantum Cooperation.\n\n"
            "**16 April 2021** [Washington] - Japan and the United States launch the Competitiveness and Resilience Partnership.\n")
    found = sorted((a.signed, a.place, a.status) for a in extract(doc("Japan and the United States: a chronology.\n\n" + text, "2024-04-30")).agreements)
    assert found == [("2019-12", "Tokyo", "signed"), ("2021-04-16", "Washington", "signed")]


def test_the_agreement_signed_during_a_state_visit_is_the_one_just_told_not_one_with_the_host():
    text = ("France's utility EDF and China General Nuclear Power Corporation signed a nuclear investment agreement on Wednesday. "
            "The agreement was signed in London on the second day of President Xi Jinping's state visit to Britain.")
    found = extract(doc(text, "2015-10-21")).agreements
    assert [(sorted(a.party_countries), a.place) for a in found] == [(["CHN", "FRA"], "London")]


def test_the_memorandum_signed_before_foreign_leaders_who_looked_on_is_the_one_just_told():
    text = ("The European Union and Tunisia signed a memorandum of understanding on a strategic partnership on Sunday. The "
            "memorandum was signed at the presidential palace by a European commissioner and a Tunisian official, in the presence "
            "of Italian Prime Minister Giorgia Meloni and Dutch Prime Minister Mark Rutte.")
    found = extract(doc(text, "2023-07-16")).agreements
    assert [sorted(a.party_countries) for a in found] == [["EU", "TUN"]]


def test_people_who_exchanged_the_documents_signed_every_accord_counted():
    found = extract(doc("Australia and China signed two nuclear agreements on Monday.\n\nForeign Minister Alexander Downer and his "
                        "Chinese counterpart Li Zhaoxing exchanged the documents at Parliament House.", "2006-04-05")).agreements
    assert [sorted(s.name for s in a.signatories) for a in found] == [["Alexander Downer", "Li Zhaoxing"]] * 2
    found = extract(doc("Australia and China signed a nuclear agreement and a memorandum on uranium on Monday.\n\nForeign Minister "
                        "Alexander Downer signed the memorandum.", "2006-04-05")).agreements
    assert sum(bool(a.signatories) for a in found) == 1  # one of them named: that one alone


def test_a_signing_after_the_talks_takes_the_day_and_city_of_the_talks_told_before():
    found = extract(doc("On January 26 in Moscow took place the talks of the foreign ministers of Russia and Iran.\n\nThe ministers "
                        "discussed trade. They also discussed the pandemic.\n\nFollowing the results of the talks, the ministers signed "
                        "an agreement on information security.", "2021-01-27")).agreements
    assert [(a.party_countries, a.signed, a.place) for a in found] == [(["IRN", "RUS"], "2021-01-26", "Moscow")]


def test_a_page_whose_ministers_issued_this_joint_statement_is_the_statement():
    found = extract(from_string("---\ntitle: Joint Statement on Supply Chains by Australian, Indian and Japanese Trade Ministers\n"
                                "published: 2021-04-27\n---\n27 April 2021\n\n- The trade ministers of Australia, India and Japan met "
                                "by videoconference on 27 April 2021 and issued this joint statement.\n- The Ministers launched the "
                                "initiative.")).agreements
    assert [(a.party_countries, a.instrument, a.signed) for a in found][:1] == [(["AUS", "IND", "JPN"], "joint_statement", "2021-04-27")]


def test_a_statement_also_adopted_ahead_of_a_summit_is_of_the_days_signing():
    found = extract(doc("The United Arab Emirates and Britain yesterday launched an investment partnership on clean energy. It builds "
                        "on a partnership on clean energy research the two governments agreed in March. The two leaders also adopted a "
                        "joint statement on clean energy ahead of the COP26 summit in Glasgow in November.", "2021-09-17")).agreements
    assert [a.signed for a in found if a.instrument == "joint_statement"] == ["2021-09-16"]


def test_a_heading_closed_by_its_day_dates_the_entry_under_it_until_the_next_heading():
    found = extract(doc("# 2021 in review\n\n### 1. Merkel's farewell visit (15 July)\n\nAngela Merkel signed the Washington "
                        "Declaration with Joe Biden at the White House.\n\n### 2. Two summits in Brussels\n\nThe EU and Canada "
                        "launched a strategic partnership on raw materials.", "2021-12-28")).agreements
    assert sorted((a.party_countries, a.signed) for a in found) == [(["CAN", "EU"], None), (["DEU", "USA"], "2021-07-15")]


def test_a_memorandum_signed_on_the_same_occasion_takes_the_day_and_city_of_the_meeting_told_before():
    found = extract(doc("On October 23, METI held the Hydrogen Energy Ministerial Meeting in Tokyo. This was the first meeting at "
                        "the ministerial level on hydrogen. On the same occasion, Japan's METI and New Zealand's Ministry of "
                        "Business, Innovation and Employment signed a Memorandum of Cooperation on hydrogen.", "2018-10-24")).agreements
    assert [(a.signed, a.place) for a in found] == [("2018-10-23", "Tokyo")]


def test_a_heading_naming_an_accord_and_a_bullet_saying_when_it_was_signed():
    text = ("# Fact sheet: Chile-Korea cooperation\n\n## Chile-Korea Green Hydrogen Partnership\n\n- Signed in **March 2023**.\n"
            "- Covers production and export of clean hydrogen.\n\n## Trade\n\n- Korea is a large buyer of Chilean copper.\n")
    found = extract(doc(text, "2024-02-01")).agreements
    assert [(sorted(a.party_countries), a.instrument, a.status, a.signed) for a in found] == [(["CHL", "KOR"], "partnership", "signed", "2023-03")]


def test_what_the_same_ceremony_produced_is_of_its_day_and_city():
    text = ("The bigger headline came last Saturday, when India's Ministry of Education and IIT Delhi signed a memorandum of "
            "understanding with the UAE in Abu Dhabi. The same ceremony produced two memoranda between the Reserve Bank of India and "
            "the Central Bank of the UAE: one on settling trade in rupees and dirhams, the other on linking fast payment systems.")
    found = extract(doc(text, "2023-07-20")).agreements
    assert [(a.signed, a.place) for a in found] == [("2023-07-15", "Abu Dhabi")] * 3


def test_a_visits_heading_dates_the_instruments_listed_under_its_subheading():
    text = ("# Press statement\n\n## State Visit of the President of Kenya to Japan, 5-7 March 2024\n\n"
            "The two leaders held talks in Tokyo.\n\n### Instruments exchanged\n\n"
            "Following the talks, the leaders witnessed the exchange of the following instruments:\n\n"
            "1. Memorandum of Understanding between Kenya and Japan on space cooperation.\n"
            "2. Memorandum of Understanding between Kenya and Japan on digital infrastructure.\n")
    found = extract(doc(text, "2024-03-08")).agreements
    assert [a.signed for a in found] == ["2024-03", "2024-03"]


def test_the_two_men_who_signed_before_sign_the_second_protocol_too():
    text = ("Alexander Petrov, who runs Russia's atomic energy agency, and Reza Karimi, head of the Atomic Energy Organisation of Iran, "
            "signed a fuel protocol in Tehran on Sunday. Petrov told reporters the two men had also put their names to a second, "
            "confidential protocol on fuel deliveries.")
    found = extract(doc(text, "2005-02-28")).agreements
    assert [sorted(s.name for s in a.signatories) for a in found] == [["Alexander Petrov", "Reza Karimi"]] * 2


def test_a_signing_a_day_later_at_the_same_conference_takes_the_day_after_and_the_place():
    text = ("The EU and Kazakhstan signed a memorandum on raw materials in Sharm el-Sheikh on 7 November 2022. "
            "Earlier, in 2015, they had signed a partnership agreement in Astana. "
            "A similar memorandum on raw materials with Namibia was signed at the same conference a day later.")
    found = {tuple(a.party_countries): (a.signed, a.place) for a in extract(doc(text, "2022-11-20")).agreements}
    assert found[("EU", "NAM")] == ("2022-11-08", "Sharm el-Sheikh")


def test_days_later_count_from_the_signing_told_last():
    text = ("Japan and India signed a memorandum on semiconductors in Tokyo on 20 July 2023. The next day, India and "
            "Australia signed an agreement on critical minerals. Two days later, India signed a memorandum on "
            "critical minerals with Chile.")
    found = {tuple(a.party_countries): a.signed for a in extract(doc(text, "2023-07-30")).agreements}
    assert found[("AUS", "IND")] == "2023-07-21" and found[("CHL", "IND")] == "2023-07-23"


def test_a_signing_on_the_sidelines_of_an_event_the_document_dates_takes_its_date():
    text = ("Leaders from 48 African countries gathered in Seoul on 4-5 June 2024 for the first Korea-Africa Summit. "
            "Bilaterally, Korea signed memorandums of understanding on critical minerals with Tanzania and with "
            "Madagascar on the sidelines of the summit.")
    found = {tuple(a.party_countries): a.signed for a in extract(doc(text, "2024-06-30")).agreements}
    assert found[("KOR", "TZA")] == "2024-06" and found[("KOR", "MDG")] == "2024-06"  # a two-day summit: its month


def test_an_event_named_with_its_own_parties_takes_only_the_date_of_that_event():
    text = ("The first partnership was agreed with South Africa at the G20 summit in Bali in November 2022. "
            "The EU and ASEAN adopted a joint declaration on clean energy on the sidelines of the first summit "
            "between the European Union and ASEAN.")
    found = {tuple(a.party_countries): a.signed for a in extract(doc(text, "2022-12-20")).agreements}
    assert found[("ASEAN", "EU")] is None


def test_events_of_one_word_with_different_dates_date_no_signing():
    text = ("The G7 summit met on 19 May 2023. The Quad summit met on 24 May 2023. Trade was high on the agenda. "
            "Japan and Australia signed a memorandum on critical minerals on the sidelines of the summit.")
    found = {tuple(a.party_countries): a.signed for a in extract(doc(text, "2023-06-01")).agreements}
    assert found[("AUS", "JPN")] is None


def test_an_event_the_signing_sentence_itself_dates_lends_it_no_date():
    text = ("KIGALI, Oct 29 - The heads of state met in Kigali. The Smart Africa Manifesto on broadband was signed by "
            "Rwanda and Kenya at the Transform Africa summit, which runs until Thursday.")
    found = extract(doc(text, "2013-10-29")).agreements
    assert [a.signed for a in found] != ["2013-10-24"]


def test_the_date_nearest_an_event_name_dates_it_not_the_datelines():
    text = ("SANTIAGO, Oct 20 - Energy ministers met in Santiago on 14-16 October 2024 for the Green Hydrogen Forum. "
            "Trade was also discussed. Chile and Japan signed a memorandum on critical minerals on the sidelines of the forum.")
    found = extract(doc(text, "2024-10-20")).agreements
    assert [a.signed for a in found] == ["2024-10"]


def test_a_statements_own_text_closed_by_signed_in_and_side_by_side_signature_blocks_is_that_statement():
    text = ("---\ntitle: Joint Statement by the Prime Minister of Japan and the Prime Minister of Viet Nam\npublished: 2010-11-02\n---\n"
            "1. The two Prime Ministers held talks in Hanoi.\n\n"
            "2. The two Prime Ministers confirmed their intention to sign the Agreement between Japan and Viet Nam for "
            "Cooperation in the Peaceful Uses of Nuclear Energy at an early date.\n\n"
            "Signed in Hanoi on 31 October 2010.\n\n"
            "For Japan                                For the Socialist Republic of Viet Nam\n"
            "Naoto Kan                                Nguyen Tan Dung\n"
            "Prime Minister                           Prime Minister\n")
    found = extract(from_string(text, doc_id="js.txt")).agreements
    statement = next(a for a in found if a.instrument == "joint_statement")
    assert (statement.status, statement.signed, statement.place) == ("signed", "2010-10-31", "Hanoi")
    assert {(s.name, s.party, s.post) for s in statement.signatories} == {("Naoto Kan", "JPN", "Prime Minister"), ("Nguyen Tan Dung", "VNM", "Prime Minister")}
    assert [a.status for a in found if a.instrument == "agreement"] == ["planned"]  # the Agreement it names is another accord


def test_a_headline_that_puts_a_signing_in_a_city_places_the_signings_of_those_weeks():
    text = ("---\ntitle: \"Orbit Weekly: the deals signed in Adelaide\"\npublished: 2017-10-02\n---\n"
            "Germany and South Africa signed a memorandum on space science on 27 September 2017. "
            "Back in 2005, Germany and Australia had signed a space agreement.")
    found = {tuple(a.party_countries): a.place for a in extract(from_string(text, doc_id="w.md")).agreements}
    assert found == {("DEU", "ZAF"): "Adelaide", ("AUS", "DEU"): None}  # not the old accord told in passing


def test_a_headline_listing_several_items_places_none_of_them():
    from accordgraph.occasion import title_place

    assert title_place("Digest: A Cable To Brazil, A Space Deal In Brussels, Minerals With Canada") is None
    assert title_place("Brazil, Turkey And Iran Sign Nuclear Fuel Swap Declaration In Tehran") == "Tehran"
    assert title_place("Modi arrives in Tokyo for talks") is None  # tells no signing
