from accordgraph.mentions import analyse
from accordgraph.text import Span


def facts(text):
    return analyse(Span(0, len(text), text))


def test_lower_case_country_names_match():
    assert facts("japan and the eu are joining forces").codes() == ["JPN", "EU"]


def test_pronoun_us_is_not_the_united_states():
    assert facts("it helps us all").codes() == []
    assert facts("the US and Japan signed").codes() == ["USA", "JPN"]


def test_demonym_counts_only_as_a_side():
    assert facts("the Japanese side committed funds").codes() == ["JPN"]
    assert facts("Japanese companies may benefit").codes() == []


def test_capital_as_metonym_only_when_acting():
    assert set(facts("Tokyo and Washington signed a pact").codes()) == {"JPN", "USA"}
    assert facts("The pact was signed in Tokyo by Japan and India").codes() == ["JPN", "IND"]


def test_agency_acting_for_its_country_replaces_it():
    f = facts("Japan's JST and Singapore's A*STAR signed a memorandum")
    assert f.codes() == ["JST", "A*STAR"]
    assert {p.country for p in f.parties} == {"JPN", "SGP"}


def test_companies_are_not_parties():
    f = facts("TSMC and Sony signed a deal")
    assert f.codes() == [] and {c.code for c in f.companies} == {"TSMC", "Sony"}


def test_domain_words_inside_a_post_do_not_count():
    assert facts("Japan's Science and Technology Minister spoke").domains == []
    assert facts("cooperation in science and technology").domains == ["science_general"]


def test_demonyms_paired_before_a_shared_head():
    assert facts("The Korean and U.S. sides exchanged a memorandum").codes() == ["KOR", "USA"]


def test_combining_form_names_a_country_only_in_a_pair():
    from accordgraph.mentions import analyse
    from accordgraph.text import Span

    def codes(t):
        return analyse(Span(0, len(t), t)).codes()
    assert sorted(codes("the Indo-US nuclear deal")) == ["IND", "USA"]
    assert sorted(codes("the Sino-Brazilian satellite programme")) == ["BRA", "CHN"]
    assert codes("the Indo-Pacific region") == []


def test_a_state_a_partnership_counters_is_not_a_party():
    from accordgraph.mentions import analyse
    from accordgraph.text import Span
    t = "Japan and India signed the partnership as a counterweight to China's growing influence."
    assert sorted(analyse(Span(0, len(t), t)).codes()) == ["IND", "JPN"]


def test_dateline_country_is_where_not_who():
    f = facts("DROMOLAND CASTLE, Ireland, June 26 (Wire) - The European Union and the United States signed an accord")
    assert f.codes() == ["EU", "USA"]


def test_country_where_an_accord_was_signed_is_not_a_party():
    assert facts("France and India signed a space pact in Germany on Monday").codes() == ["FRA", "IND"]
    assert facts("France signed a pact in Germany's capital").codes() == ["FRA", "DEU"]


def test_an_organisation_that_signs_is_a_party():
    assert facts("CERN and the United States signed an agreement on the Large Hadron Collider").codes() == ["CERN", "USA"]


def test_an_organisation_as_frame_forum_or_funder_is_not_a_party():
    assert "COE" not in facts("The Council of Europe Framework Convention on AI was signed by the US and the UK").codes()
    assert facts("Kenya and Uganda signed a power-line deal financed by the World Bank").codes() == ["KEN", "UGA"]
    assert facts("India satisfied the board of the IAEA and signed with the US").codes() == ["IND", "USA"]


def test_a_grouping_named_with_all_its_members_gives_the_members():
    assert facts("AUKUS, the partnership that Australia, Britain and the United States announced").codes() == ["AUS", "GBR", "USA"]
    assert facts("AUKUS partners signed").codes() == ["AUS", "GBR", "USA"]  # an informal grouping acts as its members


def test_a_firms_nationality_is_not_a_party_unless_the_firm_is_the_states():
    assert facts("Germany agreed a subsidy deal with the US chipmaker Intel").codes() == ["DEU"]
    assert facts("Russia's state nuclear company Rosatom will build a plant in Uzbekistan").codes() == ["RUS", "UZB"]
    assert facts("A Japanese consortium signed an agreement with the Indian government").codes() == ["IND"]


def test_brussels_acting_stands_for_the_eu():
    assert facts("Rabat and Brussels signed a green partnership").codes() == ["MAR", "EU"]
    assert facts("The memorandum was signed in Brussels by Japan and India").codes() == ["JPN", "IND"]


def test_a_council_presidency_hosting_is_not_a_party():
    assert facts("It was signed by EU Commissioner Jourova and US Attorney General Lynch, at a ceremony hosted by the "
                 "Dutch Council presidency.").codes() == ["EU", "USA"]


def test_an_organisations_acronym_in_brackets_follows_its_name():
    assert facts("The summit is co-organised by Rwanda and the International Telecommunication Union (ITU).").codes() == ["RWA"]


def test_a_domain_word_in_an_organisations_name_is_not_the_accords_domain():
    assert facts("The Director-General of CERN, the European Organization for Nuclear Research, signed the agreement.").domains == []


def test_an_acronym_spelling_a_word_in_an_all_capitals_line_is_the_word():
    assert facts("WHO WILL BUILD THE PLANT").codes() == []
    assert facts("The WHO and Rwanda signed an agreement").codes() == ["WHO", "RWA"]


def test_the_commission_in_lower_case_is_not_the_european_commission():
    assert "EU" not in facts("Its chairman signed for the commission, and the president of CNNC for the Chinese side.").codes()
    assert facts("The Commission signed a memorandum with Chile.").codes() == ["EU", "CHL"]


def test_a_bracketed_short_form_names_the_party_before_it():
    f = facts("The Kenya Space Agency (KSA) and the Egyptian Space Agency (EgSA) signed a memorandum.")
    assert "SAU" not in f.codes() and {p.country for p in f.parties} == {"KEN", "EGY"}


def test_the_european_community_and_the_community_are_the_eu():
    assert facts("Its agreement with the European Community was signed in 1999.").codes() == ["EU"]
    assert facts("Its S&T agreement with the Community was signed in 2004.").codes() == ["EU"]
    assert facts("The international community welcomed it.").codes() == []


def test_a_state_firm_signs_for_its_state_unless_the_state_is_named():
    assert {p.country for p in facts("EDF and NPCIL signed the Industrial Way Forward Agreement.").parties} == {"FRA", "IND"}
    assert facts("Russia and Turkey signed an agreement under which Rosatom will build the plant.").codes() == ["RUS", "TUR"]
    assert facts("Samsung and ASML signed a memorandum.").codes() == []


def test_coordinated_states_act_and_an_agency_in_a_later_clause_does_not_replace_them():
    assert facts("Canada and the United States have concluded the treaty on the Gateway, the station NASA plans to build.").codes() == ["CAN", "USA"]
    assert facts("Japan's JST and Germany's DFG signed a memorandum.").codes() == ["JST", "DFG"]


def test_the_owner_of_a_programme_named_in_possessive_is_not_a_party():
    assert facts("The UK was Switzerland's third partner, by joint projects, under the EU's Horizon 2020 programme.").codes() == ["GBR", "CHE"]
    assert facts("Switzerland asked to join the EU's Horizon Europe programme.").codes() == ["CHE", "EU"]


def test_an_instrument_word_in_a_post_title_is_no_instrument():
    from accordgraph.mentions import analyse
    from accordgraph.text import Span

    text = "It was signed by Jutta Urpilainen, the European commissioner for international partnerships."
    assert analyse(Span(0, len(text), text)).instruments == []
    text = "The Ministry of Energy signed the agreement."
    assert [code for code, _, _ in analyse(Span(0, len(text), text)).instruments] == ["agreement"]


def test_the_state_of_a_blocs_chair_is_not_a_party():
    from accordgraph.mentions import analyse
    from accordgraph.text import Span

    text = ("President Yoon Suk Yeol and Mauritanian President Mohamed Ould Ghazouani, who chairs the African Union this year, "
            "adopted a joint declaration on critical minerals.")
    assert "MRT" not in analyse(Span(0, len(text), text)).codes()
    text = "Irish Foreign Minister Brian Cowen, whose country holds the rotating EU presidency, signed for the Union."
    assert analyse(Span(0, len(text), text)).codes() == ["EU"]


def test_a_portfolio_in_lower_case_is_a_weak_domain():
    f = facts("The agreement was signed in Cairo by the AU Commissioner for education, science, technology and innovation.")
    assert f.domains == [] and f.weak_domains == ["science_general"]


def test_a_continent_is_not_the_united_states():
    assert facts("South America's two nuclear powers agreed on Friday to design a reactor.").codes() == []


def test_a_region_named_as_a_place_is_not_its_government():
    f = facts("The United Kingdom concluded one on 16 June 2020 to support launches from spaceports in Scotland and Cornwall.")
    assert f.codes() == ["GBR"]


def test_a_capital_that_signs_acts_for_its_state():
    f = facts("The deal comes after the safeguards agreements Canberra signed with Beijing in April last year.")
    assert f.codes() == ["AUS", "CHN"]


def test_the_source_of_a_figure_is_not_a_party():
    assert facts("The Philippines produces nickel, according to the United States Geological Survey.").codes() == ["PHL"]


def test_a_committee_on_treaties_names_no_treaty():
    assert facts("The agreement must now be examined by the Joint Standing Committee on Treaties.").instruments == [("agreement", 4, 13)]


def test_a_bloc_named_as_one_side_of_a_summit_is_where_not_who():
    f = facts("Chile signed the raw materials accord in January 2013, when the chancellor came for a summit between the "
              "European Union and Latin American states.")
    assert "EU" not in f.codes()


def test_who_developed_the_thing_bought_is_no_party():
    text = ("Bangladesh signed a memorandum to buy doses of the vaccine developed by the University of Oxford from the Serum "
            "Institute of India.")
    assert {p.country for p in analyse(Span(0, len(text), text)).parties} == {"BGD", "IND"}


def test_the_organisation_an_agreement_establishes_is_no_party():
    text = ("The Agreement on the Establishment of the ITER International Fusion Energy Organization was signed in Paris by "
            "Euratom, China, India, Japan, South Korea, Russia and the United States.")
    assert "ITER-IO" not in facts(text).codes()


def test_a_capital_after_another_place_is_where_not_who():
    f = facts("The memoranda with Argentina and Chile were signed in Buenos Aires and Brussels on 13 June and 18 July respectively.")
    assert f.codes() == ["ARG", "CHL"]


def test_an_informal_grouping_stands_for_its_members():
    assert sorted(facts("The Quad Vaccine Partnership was launched in March 2021.").codes()) == ["AUS", "IND", "JPN", "USA"]


def test_the_owner_of_a_centre_others_set_up_is_not_a_party():
    f = facts("NATO's Cooperative Cyber Defence Centre of Excellence in Tallinn was established under a memorandum signed in 2008 "
              "by seven allies - Estonia, Germany and Spain.")
    assert f.codes() == ["EST", "DEU", "ESP"]


def test_leaders_travelling_with_someone_to_a_signing_are_company_not_parties():
    f = facts("Ursula von der Leyen will travel to Cairo on Sunday with the leaders of Italy, Greece, Belgium, Austria and Cyprus "
              "to sign a joint declaration raising the European Union's relations with Egypt.")
    assert f.codes() == ["EU", "EGY"]


def test_the_body_whose_member_states_are_listed_is_not_a_party_beside_them():
    f = facts("The agreement was signed by the United States, Japan and eleven member states of the European Space Agency: "
              "Belgium, Denmark and France.")
    assert "ESA" not in f.codes() and {"BEL", "DNK", "FRA"} <= set(f.codes())


def test_capitals_visited_one_after_another_are_places_not_parties():
    assert facts("Indian Prime Minister Narendra Modi visited Tokyo and Washington this week.").codes() == ["IND"]


def test_demonyms_before_a_post_with_a_modifier_are_sides():
    assert sorted(facts("The agreement was signed by the Japanese and American trade ministers.").codes()) == ["JPN", "USA"]
    assert facts("A Japanese energy ministry official said so.").codes() == ["JPN"]
    assert facts("Japanese car makers said so.").codes() == []


def test_a_bloc_paired_with_a_state_by_a_hyphen_is_a_side_of_the_summit():
    assert facts("India-EU summit").codes() == ["IND", "EU"]
    assert facts("the APEC summit").codes() == []


def test_a_state_that_talks_were_disputed_over_is_a_topic_not_a_party():
    assert facts("Leaders adopted a strategy, though disputes over trade and Zimbabwe dominated the talks.").codes() == []


def test_an_alliance_the_leaders_launch_is_the_accord_not_a_party():
    assert facts("Modi and President Francois Hollande launch the International Solar Alliance.").codes() == []


def test_an_agency_of_another_state_named_with_it_is_that_states_own():
    assert facts("The Pasteur Institute of Iran signed an agreement with Cuba's Finlay Vaccine Institute").codes() == ["IRN", "CUB"]


def test_demonyms_listed_before_ministers_each_name_a_side():
    assert facts("They met Australian, Indian and Japanese ministers in Tokyo").codes() == ["AUS", "IND", "JPN"]
    assert facts("A statement by Australian, Indian and Japanese Trade Ministers").codes() == ["AUS", "IND", "JPN"]


def test_the_plural_demonym_as_a_noun_names_its_state():
    assert facts("A decade after Israel, Jordan and the Palestinians signed up to share water").codes() == ["ISR", "JOR", "PSE"]
    assert facts("He spoke to the Chinese press").codes() == []


def test_an_instrument_an_accord_is_compared_with_is_not_its_own():
    assert [k for k, _, _ in facts("It was the most important regional agreement since the peace treaties").instruments] == ["agreement"]


def test_a_bloc_naming_its_members_kind_is_not_a_party():
    assert facts("Hungary, the first EU country to do so, signed a contract with China").codes() == ["HUN", "CHN"]


def test_the_government_of_one_and_the_government_of_another_act_over_their_agencies_signing():
    f = facts("The memorandum between the Government of Canada and the Government of the United States of America was signed "
              "by Canadian Space Agency President Ann Roy and NASA Administrator Tom Hall.")
    assert sorted(f.codes()) == ["CAN", "USA"]


def test_a_region_named_as_where_something_is_built_is_a_place():
    assert facts("Russia is building two reactors at Kudankulam in the southern state of Tamil Nadu.").codes() == ["RUS"]


def test_a_capitals_own_department_acts_for_its_state():
    assert "ARE" in facts("India's Ministry of Education and the Abu Dhabi Department of Education and Knowledge signed a memorandum.").codes()
    assert "ARE" not in facts("The memorandum was signed in Abu Dhabi on Saturday.").codes()


def test_a_person_named_moon_is_not_the_moon():
    assert facts("President Joe Biden and President Moon Jae-in agreed to launch a global vaccine partnership.").domains == ["biotech"]
    assert facts("President Moon signed a deal on vaccines.").domains == ["biotech"]
    assert facts("Japan and the US signed an accord on Moon and Mars exploration.").domains == ["space"]


def test_regions_that_sign_for_themselves():
    found = facts("India's Ministry of Education and the Zanzibar Ministry of Education signed a memorandum.")
    assert [(p.code, p.country) for p in found.parties if p.code == "Zanzibar"] == [("Zanzibar", "TZA")]
    assert facts("The Tokyo Metropolitan Government and New South Wales signed a memorandum on hydrogen.").codes() == ["Tokyo Metropolitan Government", "New South Wales"]


def test_a_rival_named_is_not_a_party():
    assert facts("The conference Tokyo hopes will help it hold its own against China's presence in Africa.").codes() == []
    assert facts("India wants to compete with China in chip packaging.").codes() == ["IND"]


def test_the_counted_members_of_a_grouping_are_its_member_states():
    assert sorted(facts("The four members of the Quad signed a statement.").codes()) == ["AUS", "IND", "JPN", "USA"]
    assert "IPEF" not in facts("The 14 members of the Indo-Pacific Economic Framework for Prosperity signed the agreement.").codes()
    assert facts("Japan signed an agreement with ASEAN.").codes() == ["JPN", "ASEAN"]


def test_the_state_an_accord_is_named_after_is_not_its_party():
    assert facts("The European Union and the members of the Organisation of African, Caribbean and Pacific States "
                 "signed the Samoa Agreement.").codes() == ["EU", "OACPS"]
    assert facts("Samoa signed the agreement with the EU.").codes() == ["WSM", "EU"]


def test_the_community_of_latin_american_states_is_celac_and_thirty_three_is_not_three():
    text = "Envoys from the thirty-three members of the Community of Latin American and Caribbean States (CELAC) met in Beijing."
    assert set(analyse(Span(0, len(text), text)).codes()) == {"CELAC"}


def test_a_joint_presidential_statement_is_a_joint_statement_on_its_subject():
    f = facts("The two leaders issued a U.S.-China Joint Presidential Statement on Climate Change.")
    assert [i[0] for i in f.instruments] == ["joint_statement"] and "clean_energy" in f.domains


def test_the_three_baltic_states_are_estonia_latvia_and_lithuania():
    assert sorted(facts("the leaders of the three Baltic states and Poland signed the roadmap").codes()) == ["EST", "LTU", "LVA", "POL"]
