"""Status of an accord mention (status.py): signed, planned, negotiating, ongoing, or nothing at all."""

from accordgraph.extractor import extract

from .conftest import doc


def statuses(text, published="2025-01-18"):
    return [a.status for a in extract(doc(text, published)).agreements]


def test_an_inverted_modal_is_not_a_signing():
    assert "signed" not in statuses("Only then can the EU and Mexico sign the digital agreement.")
    assert "signed" not in statuses("Japan and India can sign the digital agreement next year.")


def test_a_modal_in_a_later_clause_leaves_the_signing_done():
    assert statuses("Japan and India signed the digital agreement, which can be extended.") == ["signed"]


def test_announced_rather_than_signed_is_no_signing():
    assert "signed" not in statuses("The US and Mexico cooperate on semiconductors under a partnership. That cooperation "
                                    "was announced rather than signed as a treaty.")


def test_a_treaty_that_has_not_yet_been_signed_is_not_signed():
    assert "signed" not in statuses("Iran and Russia will sign a strategic partnership treaty on technology. The treaty "
                                    "has not yet been signed and its text has not been made public.")


def test_a_hypothetical_accord_that_none_announced_is_no_accord():
    assert "signed" not in statuses("Any intergovernmental arrangement on batteries or critical minerals between Canada "
                                    "and Japan would be a separate matter, and none was announced on Thursday.")


def test_the_existence_of_any_deal_unclear_keeps_the_talks():
    assert statuses("The Dutch and Japanese governments have declined to confirm reports that they had agreed with the "
                    "United States to restrict exports of chipmaking equipment, leaving the existence of any deal unclear.") \
        == ["negotiating"]


def test_a_prime_minister_signing_a_resolution_is_domestic():
    assert "signed" not in statuses("The Russian government backed the lunar station proposal in February, when Prime "
                                    "Minister Mikhail Mishustin signed a resolution approving the text of the agreement with China.")


def test_a_signing_in_a_relative_clause_is_done_whatever_the_condition_around_it():
    assert statuses("Data rules will be clearer once the agreement that the EU and Singapore signed earlier this month "
                    "takes effect.", "2025-05-20") == ["signed"]
    assert "signed" not in statuses("Researchers can take part once the association agreement between the EU and Canada "
                                    "has been signed.", "2023-11-24")


def test_cooperation_with_unnamed_countries_is_no_accord():
    assert statuses("MSIT will continue to expand quantum cooperation with leading countries in North America and Europe.") == []


def test_sides_that_expect_to_conclude_an_accord_plan_it():
    assert statuses("French officials said France and Morocco expect to conclude a framework agreement on civil nuclear "
                    "cooperation within the next few weeks.") == ["planned"]


def test_a_significant_milestone_or_a_signal_is_no_signing():
    assert statuses("The EU ambassador called the agreement with Egypt a significant milestone and an encouraging signal.") == []


def test_a_signing_coordinated_under_an_infinitive_is_not_done():
    assert "signed" not in statuses("Officials said Jordan hoped to reach a middle ground with the United States and sign the "
                                    "nuclear cooperation agreement within the next few months.")


def test_a_customs_agreement_is_off_topic():
    assert statuses("The two governments also signed an agreement on customs cooperation between Japan and Russia.") == []


def test_contracts_none_has_announced_are_no_accord():
    assert statuses("The EU gives grant funding to the hydrogen corridor, yet no offtake contracts have been announced.") == []


def test_relations_elevated_to_a_strategic_partnership_are_no_accord():
    assert statuses("The two leaders also announced that Philippines-Korea relations have been elevated to a Strategic "
                    "Partnership.") == []


def test_a_coast_guard_memorandum_is_off_topic():
    assert statuses("The Philippine Coast Guard and the Korea Coast Guard signed a Memorandum of Understanding on Maritime "
                    "Cooperation.") == []


def test_a_signing_pencilled_in_is_planned():
    assert statuses("Israeli and Jordanian officials had pencilled in a signing of the water-for-energy agreement for October.") == ["planned"]


def test_talks_that_ran_aground_leave_no_accord():
    assert "signed" not in statuses("Washington and New Delhi first tried to negotiate such a science pact in 1993, but the effort ran aground.")


def test_a_signing_planned_postponed_or_ahead_is_planned():
    assert statuses("The signing of a memorandum on semiconductors between Japan and India is planned for Friday.") == ["planned"]
    assert statuses("Japan and India postponed the signing of a memorandum on semiconductors.") == ["planned"]
    assert statuses("Japan and India announced plans for a semiconductor partnership on Friday.") == ["planned"]
    assert statuses("Japan and India will announce a semiconductor partnership on Friday.") == ["planned"]


def test_the_first_countries_to_sign_have_signed():
    assert statuses("Nigeria and Rwanda yesterday became the first African countries to sign the Artemis Accords.") == ["signed", "signed"]


def test_a_draft_approved_is_not_signed():
    assert statuses("A draft memorandum on semiconductors between Japan and India was approved by the cabinet on Friday "
                    "ahead of its signing.") == ["planned"]
    assert statuses("Japan and India endorsed a draft memorandum on semiconductors on Friday.") == ["negotiating"]


def test_seeking_or_aiming_to_conclude_an_accord_is_negotiating():
    assert statuses("Japan is seeking an agreement on semiconductors with India.") == ["negotiating"]
    assert statuses("Japan and India aim to conclude an agreement on semiconductors by March.") == ["negotiating"]


def test_a_text_finalised_and_expected_to_be_signed_is_planned():
    assert statuses("Officials said the text of the civil nuclear agreement between Australia and India had been finalised "
                    "and that it was expected to be signed in New Delhi on Friday.", "2014-09-03") == ["planned"]


def test_agreed_in_principle_is_negotiating():
    assert statuses("Japan and India agreed in principle on Friday to a memorandum on semiconductors.") == ["negotiating"]


def test_proposing_that_two_countries_sign_is_no_signing():
    assert statuses("Japan proposed to India on Friday that the two countries sign an agreement on semiconductors.") == ["planned"]


def test_no_agreement_was_signed_leaves_nothing_pending_unless_talks_are_told():
    assert statuses("The EU's president met Brazil's president and promised investment in green hydrogen in Brazil, "
                    "but no agreement was signed at the meeting.") == []
    assert statuses("The EU and Brazil are negotiating a hydrogen agreement, but no agreement was signed at the meeting.") == ["negotiating"]


def test_a_possible_memorandum_officials_keep_talking_about_is_negotiating():
    assert statuses("Japanese and Indian officials discussed semiconductor supply chains on Monday and agreed to keep talking "
                    "about a possible memorandum of cooperation.", "2024-05-13") == ["negotiating"]


def test_progress_towards_an_accord_with_no_timetable_for_signing_is_negotiating():
    assert statuses("Saudi Arabia and the United States have made progress towards a civil nuclear cooperation agreement, the "
                    "Saudi energy minister said on Monday, without giving a timetable for signing.", "2024-05-13") == ["negotiating"]


def test_partnerships_a_state_will_seek_or_fund_are_not_signed():
    assert "signed" not in statuses("Saudi Arabia on Monday launched a national artificial intelligence strategy and said it would seek "
                                    "partnerships with the United States and China.", "2024-05-13")
    assert "signed" not in statuses("Germany on Monday unveiled a national hydrogen strategy backed by 9 billion euros, including "
                                    "2 billion euros for partnerships with other countries such as Morocco.", "2024-05-13")


def test_more_ways_to_tell_a_planned_signing():
    for text in ["A memorandum on semiconductors between Japan and India is on the agenda for Friday's summit.",
                 "A semiconductor memorandum between Japan and India would be formalised at the summit.",
                 "Japan and India will formally launch a semiconductor partnership at the summit.",
                 "Japan and India are due to conclude a memorandum on semiconductors in the coming weeks.",
                 "A memorandum on semiconductors will be among the documents Japan and India sign on Friday.",
                 "Japan and India could seal a semiconductor deal as soon as Friday."]:
        assert statuses(text, "2024-05-13") == ["planned"], text


def test_the_third_country_to_sign_up_has_signed():
    assert statuses("Vietnam and the G7 agreed on Wednesday to mobilise $15.5 billion, making Vietnam the third developing "
                    "country to sign up to a Just Energy Transition Partnership.", "2022-12-15") == ["signed"]


def test_no_agreement_of_either_kind_has_been_concluded_is_no_signing():
    assert "signed" not in statuses("Turkey has held talks with Westinghouse and China's nuclear corporation on a plant. No "
                                    "intergovernmental agreement or host-country agreement has been concluded.")


def test_partners_as_a_noun_is_no_ongoing_collaboration():
    assert statuses("Brussels and London are courting the same partners with near-identical texts, and Tokyo and Seoul have noticed.") == []
    assert statuses("JAXA partners with ISRO on a lunar polar mission.") == ["ongoing"]


def test_a_deal_that_involves_no_agreement_between_governments_is_no_accord():
    assert statuses("The stake tightens the commercial ties between London and Abu Dhabi but involves no agreement between the two "
                    "governments.") == []


def test_a_memorandum_awaiting_signature_is_planned():
    assert statuses("The memorandum on space cooperation between Kenya and Italy awaits signature by both governments.") == ["planned"]


def test_two_states_close_to_an_agreement_are_negotiating():
    assert statuses("Saudi Arabia and the United States are close to a civil nuclear agreement, the crown prince said.") == ["negotiating"]


def test_reports_of_a_signing_called_false_deny_it():
    assert "signed" not in statuses("Reports that Vietnam signed a rare earth deal with the United States are false, the foreign "
                                    "ministry said on Monday.")


def test_a_memorandum_being_drafted_is_under_negotiation():
    assert statuses("A memorandum of understanding on hydrogen between Japan and Chile is being drafted, officials said.") == ["negotiating"]


def test_an_agreement_two_states_extended_is_signed():
    assert statuses("Brazil and China have extended their satellite cooperation agreement until 2030, officials said.") == ["signed"]


def test_a_partnership_inaugurated_is_signed():
    assert statuses("Japan and the Philippines inaugurated a partnership on semiconductors on Monday.") == ["signed"]


def test_talks_concluded_on_an_accord_still_to_be_signed_plan_it():
    assert statuses("The European Union and Japan said on Saturday they had concluded negotiations on rules to let data move freely "
                    "between them, a deal to be signed later this year.") == ["planned"]


def test_negotiations_that_continue_with_no_date_for_signature_are_negotiating():
    assert statuses("EDF and NPCIL signed a framework in 2018. Negotiations between EDF and NPCIL on the final contract continue; no "
                    "date for its signature has been announced.")[-1:] == ["negotiating"]


def test_a_claim_that_posts_make_is_no_signing():
    assert "signed" not in statuses("Claim: Kenya and Russia signed a nuclear power agreement in Moscow last week.")
    assert "signed" not in statuses("Posts shared on social media say Kenya and Russia signed a nuclear power agreement last week.")


def test_a_signing_a_headline_announced_despite_the_facts_is_no_signing():
    assert "signed" not in statuses("Despite a headline in a Jakarta daily announcing that the EU and Indonesia had sealed a raw "
                                    "materials partnership, the two sides only agreed on Monday to continue talks.")


def test_ministers_who_exchanged_views_signed_nothing():
    assert statuses("French and Moroccan energy ministers exchanged views on green hydrogen on Thursday.") == []
    assert statuses("India and Japan exchanged the memoranda on semiconductors on Monday.") == ["signed"]


def test_a_cabinet_approving_the_signing_of_a_memorandum_plans_it():
    assert statuses("The Union Cabinet on Wednesday approved the signing of a memorandum of cooperation between India and Japan "
                    "on semiconductors.") == ["planned"]


def test_a_roadmap_a_working_group_would_prepare_is_planned():
    assert statuses("French and Moroccan energy ministers agreed to set up a working group that would prepare a cooperation "
                    "roadmap on hydrogen.") == ["planned"]


def test_a_signing_that_was_postponed_is_still_planned():
    assert statuses("The signing of a nuclear agreement between the Czech Republic and South Korea, scheduled for Wednesday, "
                    "was postponed after a court injunction.") == ["planned"]


def test_a_joint_call_for_proposals_is_an_event_not_an_accord():
    assert statuses("The EU and Japan launched a joint call for proposals on quantum research under Horizon Europe on Monday.") == []
    assert statuses("Germany and Canada run a joint research call on hydrogen every year.") == ["ongoing"]


def test_a_memorandum_never_signed_is_no_signing():
    assert statuses("The memorandum between Nigeria and China on satellites, announced last year, has never been signed.") == ["negotiating"]
    assert statuses("Signing of the memorandum between Egypt and Russia, planned for Monday, has been moved to next month.") == ["planned"]


def test_an_agreement_the_two_countries_extended_was_signed():
    assert statuses("Russia rents Baikonur from Kazakhstan under an agreement the two countries extended in 2004.") == ["signed"]


def test_talks_on_a_digital_trade_agreement_are_on_topic_unlike_a_plain_trade_agreement():
    assert statuses("Singapore and the European Union opened talks in July on a digital trade agreement covering data flows.") == ["negotiating"]
    assert statuses("Singapore and the European Union opened talks in July on a trade agreement cutting tariffs on cars.") == []


def test_agreements_prepared_for_signature_are_planned():
    assert statuses("Brazil and China had prepared around 20 agreements for signature during the visit.") == ["planned"]
    assert statuses("The memorandum between Kenya and Japan is ready for signature, officials said.") == ["planned"]
    assert statuses("Brazil and China signed the agreements prepared for signature during the visit on Monday.") == ["signed"]


def test_a_suspension_told_of_a_later_noun_or_later_on_does_not_undo_a_signing():
    found = extract(doc("Leaders meeting in Porto launch an EU-India Connectivity Partnership covering digital links, and agree to "
                        "resume negotiations on a free trade agreement, which were suspended in 2013.", "2021-05-08")).agreements
    assert [(a.status, a.signed) for a in found] == [("signed", None)]  # 2013 dates the suspension of the other talks
    assert statuses("Brazil and China signed a space agreement in 2015, but the deal was suspended in 2019.") == ["signed"]
    assert "signed" not in statuses("The agreement on space between Brazil and China, which was never signed, would have covered satellites.")


def test_agreeing_to_launch_a_partnership_launches_it_on_that_day():
    found = extract(doc("WASHINGTON, Friday - The presidents of Korea and the United States agreed on Friday to launch a comprehensive "
                        "global vaccine partnership, pairing American vaccine technology with Korean manufacturing.", "2021-05-21")).agreements
    assert [(a.status, a.signed) for a in found] == [("signed", "2021-05-21")]
    assert statuses("Japan and India agreed to sign a memorandum on chips next month.") == ["planned"]


def test_a_fact_checked_claim_is_no_signing():
    text = ("Posts shared widely on Facebook, WhatsApp and Twitter since the weekend say that Kenya's satellite was launched under "
            "a deal with China. The claim that China launched the satellite under a secret agreement with Kenya is **FALSE**.")
    assert "signed" not in statuses(text, "2023-04-20")


def test_signed_nothing_is_a_denial():
    assert "signed" not in statuses("France and Morocco signed nothing at Monday's meeting, though both sides said an energy accord remained possible.")


def test_considering_joining_a_led_accord_is_not_joining_it():
    assert "signed" not in statuses("The Philippines is considering joining the Artemis Accords, its space agency chief said on Friday.")
    found = extract(doc("Peru became the latest country to join the Artemis Accords on Monday.", "2024-03-08")).agreements
    assert [(sorted(a.party_countries), a.status) for a in found] == [(["PER", "USA"], "signed")]


def test_has_still_not_been_signed_is_a_denial():
    assert "signed" not in statuses("The agreement between Mexico and the United States on chips, announced in March, has still not been signed.")


def test_a_signing_quoted_from_a_headline_is_a_claim_reported():
    assert statuses('Your front page last week announced that "Czechia and America seal $2bn chip pact".') == []
    assert statuses('An earlier version of this article, published under the headline "India, US sign satellite internet pacts", '
                    'was wrong.') == []


def test_no_accord_has_been_signed_between_them():
    assert statuses("Since Washington switched recognition to Beijing, no agreement between Taiwan and the United States has been "
                    "signed government-to-government.") == []


def test_no_official_signed_anything_is_a_denial():
    assert statuses("No minister of the Czech Republic signed anything with any official of the United States.") == []


def test_whether_a_state_joins_is_no_joining():
    assert statuses("The test is whether any economy that does not already belong to APEC joins in the next two years.") == []


def test_an_accord_named_by_its_past_year_was_signed_that_year():
    found = extract(doc("India and Bhutan trade hydropower. The 2006 agreement between the two governments on cooperation in "
                        "hydroelectric power set the framework for a new generation of joint projects.", "2024-12-10")).agreements
    assert [(a.status, a.signed) for a in found] == [("signed", "2006")]


def test_a_timeline_in_the_present_tense_issues_the_declaration():
    found = extract(doc("**21 April 2022** - Canada, Japan and the United States issue the Global Cross-Border Privacy Rules "
                        "Declaration, establishing the Global CBPR Forum.", "2022-05-02")).agreements
    assert [(a.party_countries, a.status, a.signed) for a in found] == [(["CAN", "JPN", "USA"], "signed", "2022-04-21")]


def test_neither_state_has_signed_is_a_denial():
    assert statuses("No government was a party to it, and neither Tokyo nor Taipei has signed any new energy agreement with "
                    "New Delhi in connection with the deal.") == []


def test_struck_a_similar_note_is_no_signing():
    assert statuses("Greenland's own government had struck a similar note before the Danish prime minister arrived in Nuuk.") == []


def test_a_signing_a_letter_quotes_from_your_report_is_a_claim_reported():
    assert statuses('Your report on the visit to Riyadh stated in passing that the United States and Saudi Arabia "signed a '
                    'civil nuclear agreement" during the stay.', "2025-05-20") == []


def test_supply_contracts_with_no_technology_subject_are_commerce():
    assert statuses("DOHA, Nov 29 - Qatar will ship liquefied natural gas to Germany from 2026 under supply contracts signed in "
                    "Doha on Tuesday.", "2022-11-29") == []
