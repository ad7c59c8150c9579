"""Who signed, with their post and the party they signed for (people.py), on tiny inline documents."""

from accordgraph.extractor import extract

from .conftest import doc


def signers(text, published="2024-05-01"):
    return {(s.name, s.party) for a in extract(doc(text, published)).agreements for s in a.signatories}


def test_signed_between_two_people_with_their_posts_in_apposition():
    found = signers("Ghana and Korea signed a memorandum of understanding on critical minerals in Accra. The memorandum was "
                    "signed between Ghana's Minister of Lands, Samuel Jinapor, and Korea's Ambassador, Kim Young-chae.")
    assert found == {("Samuel Jinapor", "GHA"), ("Kim Young-chae", "KOR")}


def test_a_counterpart_signed_with():
    found = signers("Kenya and Japan signed an agreement on space cooperation. Eliud Owalo, Kenya's Cabinet Secretary for ICT, "
                    "signed the deal with his Japanese counterpart Taro Kono.")
    assert found == {("Eliud Owalo", "KEN"), ("Taro Kono", "JPN")}


def test_an_ambassador_in_a_capital_signs():
    found = signers("In January 2010, US Homeland Security Secretary Janet Napolitano and New Zealand's ambassador in "
                    "Washington, Roy Ferguson, signed the Agreement on Science and Technology Cooperation.")
    assert {n for n, _ in found} == {"Janet Napolitano", "Roy Ferguson"}


def test_a_name_without_a_post_that_signed_for_a_party():
    found = signers("The UAE and France signed a framework agreement on artificial intelligence in Paris, with the two leaders "
                    "looking on. Khaldoon Al Mubarak signed for the UAE and Economy Minister Bruno Le Maire for France.")
    assert found == {("Khaldoon Al Mubarak", "ARE"), ("Bruno Le Maire", "FRA")}


def test_a_title_followed_by_for_is_not_a_name():
    found = signers("India and France signed an agreement on space in New Delhi. The Joint Vision for Space Cooperation "
                    "was adopted by the two leaders.")
    assert all(n != "Joint Vision" for n, _ in found)


def test_a_post_given_by_a_who_runs_clause():
    found = signers("Iran and Russia signed a protocol on nuclear fuel at Bushehr. Alexander Rumyantsev, who runs Russia's "
                    "Federal Atomic Energy Agency, and Gholamreza Aghazadeh, an Iranian vice president, signed the protocol.")
    assert {n for n, _ in found} == {"Alexander Rumyantsev", "Gholamreza Aghazadeh"}


def test_signed_with_a_minister_of_two_portfolios():
    found = signers("India and the US signed a memorandum on semiconductors. Commerce Secretary Gina Raimondo signed the "
                    "memorandum with Commerce and Industry Minister Piyush Goyal in New Delhi.")
    assert {n for n, _ in found} == {"Gina Raimondo", "Piyush Goyal"}


def test_signatories_were_names_the_signers():
    found = signers("Argentina and China signed a memorandum on lithium. Signatories were Argentine Productive Development "
                    "Minister Matias Kulfas and Chinese Commerce Minister Wang Wentao.")
    assert found == {("Matias Kulfas", "ARG"), ("Wang Wentao", "CHN")}


def test_a_representative_in_a_city_signs_but_the_city_is_his_post():
    found = extract(doc("Taiwan and Britain on Wednesday signed a trade arrangement on digital trade. Kelly Hsieh, Taiwan's "
                        "representative in London, signed for the Taipei Representative Office, and John Dennis, who heads the "
                        "British Office Taipei, signed for the British side.", "2023-11-09")).agreements
    assert {s.name for a in found for s in a.signatories} == {"Kelly Hsieh", "John Dennis"}
    assert all(a.place != "London" for a in found)


def test_signed_at_an_embassy_in_a_city_is_signed_there():
    found = extract(doc("On 25 February, DLR chief Pascale Ehrenfreund and JAXA President Naoki Okumura signed a framework "
                        "arrangement on space at the German Embassy in Tokyo.", "2016-02-26")).agreements
    assert [a.place for a in found] == ["Tokyo"]


def test_the_person_signed_with_has_the_post_after_the_name():
    found = signers("Indonesia and Australia signed a memorandum on electric vehicle batteries. Erick Thohir, the state-owned "
                    "enterprises minister, signed the document with Ed Husic, Australia's Minister for Industry and Science, in Jakarta.")
    assert {n for n, _ in found} == {"Erick Thohir", "Ed Husic"}


def test_a_company_signed_with_is_no_signatory():
    found = signers("Indonesia signed a memorandum on batteries with Australia. Erick Thohir, the state-owned enterprises "
                    "minister, signed the document with Samsung Electronics in Jakarta.")
    assert {n for n, _ in found} == {"Erick Thohir"}


def test_the_leader_whose_visit_it_was_did_not_sign():
    found = signers("In March 2013, during the visit of the then President of Egypt, Dr. Mohamed Morsy, to New Delhi, memoranda "
                    "on cyber security were signed between the two ministries.")
    assert found == set()


def test_a_building_named_after_a_city_is_not_the_city():
    found = extract(doc("During the visit, five memoranda on cyber security between India and Egypt were exchanged at Hyderabad "
                        "House on 25 January 2023.", "2023-02-08")).agreements
    assert found and all(a.place != "Hyderabad" for a in found)


def test_a_portfolio_of_trade_relations_is_part_of_the_post():
    found = signers("The EU and Singapore signed a digital trade agreement. The agreement was signed by Singapore's "
                    "Minister-in-charge of Trade Relations Grace Fu and Maros Sefcovic, the European Commissioner for Trade.")
    assert {n for n, _ in found} == {"Grace Fu", "Maros Sefcovic"}


def test_a_persons_name_without_honorifics_and_what_is_no_name():
    from accordgraph.names import person_name

    assert person_name("Mr. Gobind Singh Deo") == "Gobind Singh Deo"
    assert person_name("Dato' Seri Anwar Ibrahim") == "Anwar Ibrahim"
    assert person_name("Grid interconnection between the two countries") is None


def test_a_surname_named_in_full_before_signs_as_that_person():
    found = signers("Jutta Urpilainen, the European Commissioner for International Partnerships, arrived in Kigali on "
                    "Wednesday. On Thursday, Urpilainen and Rwanda's foreign minister Vincent Biruta signed a memorandum of "
                    "understanding between the EU and Rwanda on critical raw materials.")
    assert {n for n, _ in found} == {"Jutta Urpilainen", "Vincent Biruta"}


def test_a_surname_after_a_title_signs_as_the_person_named_before():
    found = signers("Science Minister Lee Jong-ho visited Washington in April. On April 25, Minister Lee and Arati Prabhakar, "
                    "Director of the White House Office of Science and Technology Policy, signed the Korea-US Joint Statement "
                    "on quantum cooperation.")
    assert {n for n, _ in found} == {"Lee Jong-ho", "Arati Prabhakar"}


def test_a_surname_in_a_when_clause_does_not_sign():
    found = signers("President Emmanuel Macron went to Beijing in November 2019. When Macron returned the visit, CNES "
                    "President Jean-Yves Le Gall and CNSA Administrator Zhang Kejian signed a joint declaration on space.")
    assert "Emmanuel Macron" not in {n for n, _ in found}


def test_a_surname_two_people_share_is_not_resolved():
    found = signers("Ministers Anna Berg and Lars Berg met the press. On Monday Berg and Japan's Minister of State for "
                    "Science, Taro Aso, signed a memorandum on quantum cooperation between Sweden and Japan.")
    assert {n for n, _ in found} == {"Taro Aso"}


def test_a_list_of_leaders_each_after_their_country_signs():
    found = signers("KIGALI - Four African leaders signed a manifesto on broadband. The manifesto was signed by Rwanda's "
                    "Paul Kagame, Kenya's Uhuru Kenyatta, Uganda's Yoweri Museveni and South Sudan's Salva Kiir Mayardit "
                    "at the Transform Africa summit.")
    assert {n for n, _ in found} == {"Paul Kagame", "Uhuru Kenyatta", "Yoweri Museveni", "Salva Kiir Mayardit"}


def test_a_long_portfolio_is_the_post_not_the_name():
    found = signers("Germany and Australia signed a declaration of intent on hydrogen. Economy Minister Peter Altmaier signed "
                    "for Berlin, and Australia's Minister for Energy and Emissions Reduction Angus Taylor for Canberra.")
    assert {n for n, _ in found} == {"Peter Altmaier", "Angus Taylor"}


def test_a_mountain_named_in_passing_is_not_a_person_to_resolve_later():
    found = signers("ESO chose Cerro Armazones for the telescope. Brazil's science minister Sergio Rezende and ESO's "
                    "director general Tim de Zeeuw met in Brasilia. Brazil signs the accession agreement on astronomy, and Armazones "
                    "hosts the telescope.")
    assert "Cerro Armazones" not in {n for n, _ in found}


def test_a_signing_in_the_present_tense_names_its_signatories():
    found = signers("On the day of the tenth summit, Euratom and India sign an agreement on cooperation in fusion energy research. "
                    "Benita Ferrero-Waldner, the Commissioner for External Relations, signs for Euratom and Anil Kakodkar, "
                    "Chairman of India's Atomic Energy Commission, for India.")
    assert {n for n, _ in found} >= {"Benita Ferrero-Waldner"}


def test_two_leaders_named_together_by_surname_stand_for_their_states():
    found = extract(doc("On 14 March 2000, Clinton and Blair issued a joint statement declaring that raw data on the human DNA "
                        "sequence should be made freely available.", "2000-03-20")).agreements
    assert [(sorted(a.party_countries), a.signed, a.domains) for a in found] == [(["GBR", "USA"], "2000-03-14", ["biotech"])]


def test_a_leader_who_met_before_the_signing_did_not_sign():
    found = signers("After President Moon Jae-in met Crown Prince Mohammed bin Salman in Riyadh, the Korean and Saudi "
                    "governments signed memorandums of understanding on green hydrogen.")
    assert "Moon Jae-in" not in {n for n, _ in found}


def test_words_of_an_accords_name_are_not_a_signatory():
    found = signers("The Agreement on Technology Safeguards Associated with United States Participation in Space Launches "
                    "from the United Kingdom was signed in Washington by the UK Ambassador, Dame Karen Pierce, and the US "
                    "Assistant Secretary of State, Christopher Ford.")
    assert {n for n, _ in found} == {"Karen Pierce", "Christopher Ford"}


def test_a_past_leader_named_in_full_stands_for_the_state_and_the_surname_then_too():
    found = extract(doc("The new accord replaces one from an earlier era. In 2000 Bill Clinton and Tony Blair issued a joint "
                        "statement on human genome data. Clinton said the data belonged to everyone.", "2025-03-01")).agreements
    assert [(sorted(a.party_countries), a.signed) for a in found] == [(["GBR", "USA"], "2000")]


def test_leaders_standing_behind_the_signers_did_not_sign():
    found = signers("Australia and Russia signed a nuclear agreement in Sydney. It was signed by Foreign Minister Alexander "
                    "Downer and Sergei Kiriyenko, the head of Russia's Federal Atomic Energy Agency, with John Howard and "
                    "Vladimir Putin standing behind them.", "2007-09-08")
    assert {n for n, _ in found} == {"Alexander Downer", "Sergei Kiriyenko"}


def test_the_end_of_a_long_portfolio_is_not_a_name():
    found = signers("Ghana and the United States signed a memorandum on civil nuclear cooperation. It was signed for Ghana by "
                    "Kwaku Ampratwum-Sarpong, Deputy Minister for Foreign Affairs and Regional Integration, and for the United "
                    "States by Eliot Kang, the State Department's senior official for nonproliferation.", "2021-07-20")
    assert "Regional Integration" not in {n for n, _ in found}


def test_a_long_arabic_name_with_its_honorific_signs():
    found = signers("The United States and Bahrain signed a memorandum of understanding on civil nuclear energy on 24 March 2008. "
                    "US Secretary of State Condoleezza Rice signed the memorandum with Sheikh Khalid bin Ahmed Al Khalifa, "
                    "Bahrain's foreign minister.", "2008-03-25")
    assert found == {("Condoleezza Rice", "USA"), ("Sheikh Khalid bin Ahmed Al Khalifa", "BHR")}


def test_the_second_signer_of_an_elliptical_for_clause():
    found = signers("Euratom and India sign an agreement on fusion energy research in New Delhi. Benita Ferrero-Waldner, the "
                    "Commissioner for External Relations, signs for Euratom and Anil Kakodkar, Chairman of India's Atomic "
                    "Energy Commission, for India.", "2009-11-06")
    assert found == {("Benita Ferrero-Waldner", "EURATOM"), ("Anil Kakodkar", "IND")}


def test_a_leader_whose_visit_produced_memoranda_did_not_sign_them():
    found = signers("President Yoon Suk Yeol's state visit to the United Arab Emirates in mid-January produced a batch of "
                    "memoranda, including on cooperation in nuclear power, signed in Abu Dhabi after his talks with President "
                    "Mohamed bin Zayed Al Nahyan.", "2023-01-20")
    assert found == set()


def test_a_leader_in_a_when_clause_did_not_sign():
    found = signers("India and Kazakhstan signed a uranium contract in Astana on Wednesday after talks between Mr. Modi and "
                    "President Nursultan Nazarbayev. In January 2009, when Mr. Nazarbayev "
                    "was chief guest at India's Republic Day, Kazatomprom and the Nuclear Power Corporation of India signed a "
                    "memorandum on uranium supply.", "2015-07-08")
    assert found == set()


def test_honours_after_a_name_are_not_part_of_it():
    found = signers("Australia today signed a strategic partnership with the European Southern Observatory. The partnership was "
                    "signed by the Minister for Industry, Senator the Hon. Arthur Sinodinos AO, and the Director General of ESO, "
                    "Prof. Tim de Zeeuw.", "2017-07-11")
    assert {name for name, _ in found} == {"Arthur Sinodinos", "Tim de Zeeuw"}


def test_a_leader_who_held_talks_before_the_signing_did_not_sign():
    found = signers("Vietnam and Russia signed an intergovernmental agreement on a nuclear power plant in Hanoi on Sunday. The "
                    "agreement was signed after talks between President Dmitry Medvedev, who is on an official visit, and "
                    "Vietnamese President Nguyen Minh Triet.", "2010-10-31")
    assert found == set()


def test_a_company_is_no_signatory():
    found = signers("Bangladesh and India signed a memorandum on vaccine supply in Dhaka on Thursday, with local drugmaker "
                    "Beximco Pharmaceuticals acting as importer, and it was signed by Health Secretary Abdul Mannan.", "2020-11-05")
    assert "Beximco Pharmaceuticals" not in {name for name, _ in found}


def test_a_name_spread_over_several_spaces_is_found_where_it_stands():
    found = signers("The Agreement for Cooperation Concerning   Peaceful Uses of Nuclear Energy between the Philippines and the United States "
                    "was signed by Secretary of State Antony J. Blinken and Secretary of Energy Raphael P. M. Lotilla.")
    assert {name for name, _ in found} == {"Antony J. Blinken", "Raphael P. M. Lotilla"}


def test_a_leader_in_attendance_after_his_suffix_is_a_witness():
    found = signers("The agreement between the Philippines and the United States on nuclear energy was signed by Antony J. Blinken and "
                    "Raphael P. M. Lotilla, with President Ferdinand R. Marcos Jr. in attendance.")
    assert {name for name, _ in found} == {"Antony J. Blinken", "Raphael P. M. Lotilla"}


def test_the_state_ending_a_post_before_a_name_is_not_part_of_it():
    found = signers("Azerbaijan and the European Union signed a memorandum on energy. The document was signed by President of the "
                    "Republic of Azerbaijan Ilham Aliyev and President of the European Commission Ursula von der Leyen.")
    assert found == {("Ilham Aliyev", "AZE"), ("Ursula von der Leyen", "EU")}


SIGNED = "Japan and India signed a memorandum on semiconductors on Tuesday. "


def test_one_signed_for_a_party_and_the_other_for_the_other():
    assert signers(SIGNED + "Yoko Kamikawa signed for Japan and Subrahmanyam Jaishankar for India.") == \
        {("Yoko Kamikawa", "JPN"), ("Subrahmanyam Jaishankar", "IND")}


def test_the_signatories_were_names_the_signers_of_the_accord_just_told():
    assert signers(SIGNED + "The signatories were Yoko Kamikawa and Subrahmanyam Jaishankar.") == \
        {("Yoko Kamikawa", "JPN"), ("Subrahmanyam Jaishankar", "IND")}


def test_names_putting_pen_to_paper_sign_without_a_post():
    assert signers("Japan and India signed a memorandum on semiconductors on Tuesday, with Yoko Kamikawa and "
                   "Subrahmanyam Jaishankar putting pen to paper in Tokyo.") == {("Yoko Kamikawa", "JPN"), ("Subrahmanyam Jaishankar", "IND")}


def test_two_signers_without_posts_take_the_parties_in_the_order_named():
    assert signers("The memorandum on semiconductors between Japan and India was inked on Tuesday by Yoko Kamikawa and "
                   "Subrahmanyam Jaishankar.") == {("Yoko Kamikawa", "JPN"), ("Subrahmanyam Jaishankar", "IND")}


def test_a_plural_post_is_no_part_of_the_name():
    assert {n for n, _ in signers("Argentina and Brazil signed a joint declaration on nuclear energy on Friday. "
                                  "Presidents Luiz Inacio Lula da Silva and Cristina Fernandez de Kirchner signed it in Buenos Aires.")} == \
        {"Luiz Inacio Lula da Silva", "Cristina Fernandez de Kirchner"}


def posts(text, published="2024-05-01"):
    return {s.name: s.post for a in extract(doc(text, published)).agreements for s in a.signatories}


def test_the_second_of_two_posted_signers_has_only_their_own_post():
    found = posts("Japan and India signed a memorandum on semiconductors on Monday. Japanese trade minister Yasutoshi Nishimura "
                  "and Indian IT minister Ashwini Vaishnaw inked the document in New Delhi.")
    assert found == {"Yasutoshi Nishimura": "Japanese trade minister", "Ashwini Vaishnaw": "Indian IT minister"}


def test_signed_on_behalf_of_each_party_by_each_signer():
    found = signers("Japan and India signed a memorandum on semiconductors on Monday. It was signed on behalf of the Indian government "
                    "by Secretary Alkesh Sharma and on behalf of Japan by Vice-Minister Masato Kanda.")
    assert found == {("Alkesh Sharma", "IND"), ("Masato Kanda", "JPN")}


def test_signers_with_their_party_in_brackets():
    found = signers("Japan and India signed a memorandum on semiconductors on Monday. Ministers Yasutoshi Nishimura (Japan) and "
                    "Ashwini Vaishnaw (India) signed the memorandum.")
    assert found == {("Yasutoshi Nishimura", "JPN"), ("Ashwini Vaishnaw", "IND")}


def test_signing_for_one_party_was_and_for_the_other():
    found = signers("Japan and India signed a memorandum on semiconductors on Monday. Signing for Japan was Foreign Minister "
                    "Yoko Kamikawa; for India, External Affairs Minister S. Jaishankar.")
    assert found == {("Yoko Kamikawa", "JPN"), ("S. Jaishankar", "IND")}


def test_the_signatures_were_those_of_a_list_split_by_semicolons():
    found = signers("The space agencies of Japan, Germany and France signed a memorandum on a rover. The signatures were those of "
                    "Hiroshi Yamakawa for JAXA; Walther Pelzer for DLR; and Philippe Baptiste for CNES.")
    assert found == {("Hiroshi Yamakawa", "JAXA"), ("Walther Pelzer", "DLR"), ("Philippe Baptiste", "CNES")}


def test_the_wire_named_in_the_dateline_is_no_signatory():
    assert signers("LONDON, Wednesday (Energy Wire City) - Britain and France signed a nuclear agreement on Wednesday.", "2015-10-21") == set()


def test_signers_with_honorifics_and_their_agency_after_of():
    found = signers("India and France signed a memorandum on space on Monday. The document was inked by Dr. S. Somanath of ISRO "
                    "and Mr. Philippe Baptiste of CNES.")
    assert {name for name, _ in found} == {"S. Somanath", "Philippe Baptiste"}


def test_signers_putting_their_signatures_to_the_text_with_agencies_in_brackets():
    found = signers("India and France signed a memorandum on space on Monday. S. Somanath (ISRO) and Philippe Baptiste (CNES) "
                    "put their signatures to the text.")
    assert found == {("S. Somanath", "ISRO"), ("Philippe Baptiste", "CNES")}


def test_signers_signing_for_their_agencies_in_the_accords_own_sentence():
    found = signers("India and France signed a memorandum on space on Monday, with ISRO's S. Somanath and CNES's Philippe "
                    "Baptiste signing for their agencies.")
    assert {name for name, _ in found} == {"S. Somanath", "Philippe Baptiste"}


def test_a_second_signer_on_behalf_of_a_party_after_a_gap_signs_too():
    found = extract(doc("The EU and Chile signed a raw materials memorandum in Brussels on Tuesday. Commissioner Thierry Breton signed "
                        "on behalf of the European Commission, and Foreign Minister Alberto van Klaveren on behalf of Chile.",
                        "2023-07-20")).agreements
    assert sorted(s.name for s in found[0].signatories) == ["Alberto van Klaveren", "Thierry Breton"]


def test_signers_after_a_fronted_presence_of_leaders_are_not_witnesses():
    found = extract(doc("In the presence of Prime Minister Narendra Modi and President Emmanuel Macron, ISRO chairman S. Somanath "
                        "and CNES president Philippe Baptiste exchanged a memorandum on space on Monday.", "2023-05-16")).agreements
    assert sorted(s.name for s in found[0].signatories) == ["Philippe Baptiste", "S. Somanath"]


def test_a_signatories_label_names_the_signers():
    found = extract(doc("Brazil and China signed a satellite agreement on Tuesday.\n\nSignatories: Marcos Pontes (Brazil), "
                        "Wang Zhigang (China).", "2019-05-22")).agreements
    assert sorted((s.name, s.party) for s in found[0].signatories) == [("Marcos Pontes", "BRA"), ("Wang Zhigang", "CHN")]


def test_an_abbreviated_title_and_a_suffix_are_read_around_the_name():
    found = signers("Gov. Edmund G. Brown Jr. and Israeli Prime Minister Benjamin Netanyahu signed a memorandum on cybersecurity "
                    "between California and Israel on Wednesday.", "2014-03-06")
    assert {name for name, _ in found} == {"Edmund G. Brown Jr.", "Benjamin Netanyahu"}


def party_and_post(text, published="2024-05-01"):
    return {s.name: (s.party, s.post) for a in extract(doc(text, published)).agreements for s in a.signatories}


def test_names_each_followed_by_their_country_after_a_shared_post():
    found = party_and_post("The trade ministers of the two countries, Anne Tremblay of Canada and Kenji Sato of Japan, signed the "
                  "critical minerals memorandum in Ottawa on Tuesday.")
    assert found == {"Anne Tremblay": ("CAN", "trade minister"), "Kenji Sato": ("JPN", "trade minister")}


def test_a_second_signer_after_with_and_a_lower_case_post():
    found = party_and_post("Chile's Energy Minister Ana Rojas signed the hydrogen memorandum with Germany's economy minister, "
                  "Klaus Weber, in Santiago on Thursday.")
    assert {n: p for n, (p, _) in found.items()} == {"Ana Rojas": "CHL", "Klaus Weber": "DEU"}


def test_a_portfolio_between_minister_of_and_the_name_is_the_posts():
    found = party_and_post("NASA Administrator Jane Miller and Bahrain's Minister of Transportation Khalid bin Ali Al Said signed "
                  "the space cooperation agreement in Washington on Friday.")
    assert found["Khalid bin Ali Al Said"][0] == "BHR"


def test_a_post_keeps_every_head_word_after_the_name():
    found = party_and_post("The memorandum on nuclear cooperation was signed for Ghana by Kofi Mensah, Deputy Minister for Energy, "
                  "and for the United States by John Carter, Assistant Secretary of State.")
    assert found["Kofi Mensah"] == ("GHA", "Deputy Minister for Energy")
    assert found["John Carter"] == ("USA", "Assistant Secretary of State")


def test_the_full_stop_that_ends_the_sentence_is_not_the_posts():
    found = party_and_post("The EU and Korea signed a digital partnership in Seoul on Monday. It was signed by Maria Berg, "
                  "Commissioner for the Internal Market, and Park Min-jun, Minister of Science and ICT.")
    assert found["Park Min-jun"][1] == "Minister of Science and ICT"


def test_a_signer_after_a_long_first_signer_and_by():
    found = party_and_post("Germany and Australia signed a memorandum on space research on Wednesday. It was signed by Anna Kerr, dean of the "
                           "university's Faculty of Engineering and Information Technology, and by Jonas Weber, DLR executive board member for "
                           "space research, together with DLR programme director Lena Brandt.")
    assert set(found) == {"Anna Kerr", "Jonas Weber", "Lena Brandt"}


def test_signed_at_a_named_summit_by_is_signed_by():
    found = party_and_post("The second was signed on the margins of the EU-CELAC Summit by Commissioner Paul Martin and the Minister of "
                           "Foreign Affairs of Chile, Jorge Rojas, in the presence of the two presidents.")
    assert found["Paul Martin"][1] == "Commissioner" and found["Jorge Rojas"] == ("CHL", "Minister of Foreign Affairs of Chile")


def test_a_second_partner_minister_after_with_and_its():
    found = party_and_post("EU commissioners Eva Lind and Karl Berg signed a memorandum on renewable hydrogen with Egypt's Minister of "
                           "Petroleum, Omar Said, and its Minister of Electricity and Renewable Energy, Hany Fouad.")
    assert found["Hany Fouad"] == ("EGY", "Minister of Electricity and Renewable Energy")


def test_the_rest_of_a_ministrys_portfolio_is_no_name():
    found = party_and_post("India and Tanzania signed a memorandum on Wednesday. Rahul Iyer, dean of global engagement at IIT Madras, "
                           "signed for the institute, and Ali Omar, principal secretary of the Zanzibar Ministry of Education and "
                           "Vocational Training, signed for Zanzibar.")
    assert "Vocational Training" not in found and "Rahul Iyer" in found
