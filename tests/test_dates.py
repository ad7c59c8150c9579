from datetime import date

from accordgraph.dates import agrees, day_offset, find_dates, precision_of, refine, shift_day

ANCHOR = date(2025, 5, 13)  # a Tuesday


def values(text, anchor=ANCHOR, future=False):
    return [d.value for d in find_dates(text, anchor, future=future)]


def test_explicit_dates_in_common_orders():
    assert values("on 13 May 2025") == ["2025-05-13"]
    assert values("on May 13, 2025") == ["2025-05-13"]
    assert values("on tuesday, may 13, 2025") == ["2025-05-13"]
    assert values("on 2025-05-13") == ["2025-05-13"]
    assert values("on the 4th of June 2020") == ["2020-06-04"]


def test_month_and_year_precision():
    assert values("in January 2025") == ["2025-01"]
    assert values("in 2019") == ["2019"]
    assert values("by the end of 2025") == ["2025"]
    assert [precision_of(v) for v in ("2025-01-02", "2025-01", "2025", "--05-30")] == ["day", "month", "year", "day"]


def test_weekday_resolves_to_the_most_recent_one_on_or_before_the_dateline():
    assert values("signed on Friday") == ["2025-05-09"]
    assert values("signed on Tuesday") == ["2025-05-13"]


def test_relative_expressions_against_the_dateline():
    assert values("yesterday") == ["2025-05-12"]
    assert values("last month") == ["2025-04"]
    assert values("this week") == ["2025-05"]
    assert values("earlier this year") == ["2025"]
    assert values("last year") == ["2024"]


def test_day_without_year_keeps_no_year_when_nothing_gives_one():
    assert values("signed on 30 May", anchor=None) == ["--05-30"]
    assert values("signed on 30 May") == ["2024-05-30"]  # the most recent 30 May before the dateline


def test_month_without_year_takes_the_dateline_year():
    assert values("signed in January") == ["2025-01"]
    assert values("a workshop in September", future=True) == ["2025-09"]


def test_numbers_are_not_years():
    assert values("a budget of 2,000 million") == []
    assert values("FY2024 funding of $5 million") == []


def test_refine_keeps_the_finer_date_that_agrees():
    assert refine("2019", "2019-12-19") == "2019-12-19"
    assert refine("2019-11", "2019-12-19") is None
    assert agrees("2019", "2019-12") and not agrees("2019-12-21", "2019-12-24")


def test_a_span_of_days_gives_the_month():
    assert [d.value for d in find_dates("during the 12-14 June visit", date(2024, 6, 20))] == ["2024-06"]
    assert [d.value for d in find_dates("on June 12-14, 2023")] == ["2023-06"]


def test_last_weekday_written_on_that_weekday_is_a_week_before():
    assert [d.value for d in find_dates("signed last Thursday", date(2024, 6, 20))] == ["2024-06-13"]
    assert [d.value for d in find_dates("signed on Thursday", date(2024, 6, 20))] == ["2024-06-20"]


def test_time_ago_at_the_precision_of_its_unit():
    a = date(2024, 6, 20)
    assert [d.value for d in find_dates("five days ago", a)] == ["2024-06-15"]
    assert [d.value for d in find_dates("two weeks ago", a)] == ["2024-06"]
    assert [d.value for d in find_dates("three years ago", a)] == ["2021"]


def test_year_with_its_day_in_brackets():
    assert [d.value for d in find_dates("2009 (May 13) - Bangladesh and Russia sign")] == ["2009-05-13"]
    assert [d.value for d in find_dates("2015 (December) - a contract")] == ["2015-12"]


def test_a_weekdays_meeting_is_that_weekday():
    assert [d.value for d in find_dates("Sunday's meeting ended with a joint declaration", date(2023, 1, 23))] == ["2023-01-22"]


def test_numeric_dates_in_european_and_slashed_forms():
    assert [d.value for d in find_dates("| France | 07.06.2022 | Washington |")] == ["2022-06-07"]
    assert [d.value for d in find_dates("signed on 25/12/2023")] == ["2023-12-25"]
    assert [d.value for d in find_dates("signed on 5/6/2023")] == ["2023"]  # day and month cannot be told apart


def test_a_month_of_last_year():
    assert [d.value for d in find_dates("a joint statement issued in February last year", date(2024, 3, 1))] == ["2023-02"]


def test_a_wire_weekday_without_on_is_a_date_but_super_tuesday_is_not():
    from datetime import date
    from accordgraph.dates import find_dates
    anchor = date(2023, 5, 21)
    assert [d.value for d in find_dates("sealed a deal late Tuesday", anchor)] == ["2023-05-16"]
    assert [d.value for d in find_dates("rocketed into orbit Friday from California", anchor)] == ["2023-05-19"]
    assert find_dates("after Super Tuesday", anchor) == []


def test_the_same_day_is_the_day_named_before_it():
    assert values("on January 21, 2019, a grant and, on the same day, an implementation agreement") == ["2019-01-21", "2019-01-21"]
    assert values("signed on the same day") == []  # no day before it: the sentences around it tell which


def test_the_same_day_as_another_event_is_not_today():
    found = find_dates("France also signed a memorandum with Qatar in Doha, on the same day that Areva booked an order.", date(2008, 5, 19))
    assert [d.value for d in found] == []


def test_two_months_share_a_relative_year():
    found = [(d.text, d.value) for d in find_dates("in August and September last year respectively", date(2020, 8, 14))]
    assert found == [("August", "2019-08"), ("September last year", "2019-09")]


def test_a_year_inside_a_name_is_not_a_date():
    assert [d.value for d in find_dates("signed at the Expo 2020 Dubai world fair under Vision 2030")] == []
    assert [d.value for d in find_dates("signed in 2020, and in early 2021")] == ["2020", "2021"]


def test_two_months_joined_by_and_are_two_dates_of_the_anchor_year():
    found = find_dates("signed in Buenos Aires and Brussels in June and July respectively", date(2023, 7, 19))
    assert [(d.value, d.text) for d in found] == [("2023-06", "June"), ("2023-07", "July")]


def test_more_written_forms_of_a_day():
    anchor = date(2023, 5, 17)  # a Wednesday
    for text, value in [("on 14-Mar-2023", "2023-03-14"), ("on 2023.03.14", "2023-03-14"),
                        ("on Tuesday last week", "2023-05-09"), ("the day before yesterday", "2023-05-15")]:
        assert [d.value for d in find_dates(text, anchor)] == [value], text


def test_years_ago_this_month_gives_that_month():
    assert values("a price struck two years ago this month", date(2015, 10, 21)) == ["2013-10"]


def test_two_days_of_one_month_written_once_are_two_dates():
    assert values("launched on 1 and 4 November 2024 respectively", date(2025, 1, 20)) == ["2024-11-01", "2024-11-04"]
    assert values("on November 1 and 4, 2024", date(2025, 1, 20)) == ["2024-11-01", "2024-11-04"]
    assert values("between 3 and 5 May 2021", date(2025, 1, 20)) == ["2021-05-05"]


def test_last_and_a_month_written_in_that_month_is_a_year_before():
    from accordgraph.dates import find_dates, parse_anchor
    anchor = parse_anchor("2009-12-07")
    assert [d.value for d in find_dates("during his visit last December", anchor)] == ["2008-12"]
    assert [d.value for d in find_dates("signed in December", anchor)] == ["2009-12"]
    assert [d.value for d in find_dates("last November", anchor)] == ["2009-11"]


def test_a_day_of_a_month_of_a_year_as_translations_write_it():
    from accordgraph.dates import find_dates
    assert [d.value for d in find_dates("the agreement signed on 6 of July of 1988")] == ["1988-07-06"]


def test_a_quarter_dates_to_the_year():
    from accordgraph.dates import find_dates
    assert [d.value for d in find_dates("signed in Q3 2023")] == ["2023"]
    assert [d.value for d in find_dates("in the first quarter of 2021")] == ["2021"]


def test_a_day_offset_counts_days_from_the_day_told_before():
    assert day_offset("A similar memorandum was signed a day later.") == 1
    assert day_offset("Two days later, Germany signed with Egypt.") == 2
    assert day_offset("The next day, India and Australia signed.") == 1
    assert day_offset("The accord had been initialled the previous day.") == -1
    assert day_offset("They signed three days earlier.") == -3
    assert day_offset("It was signed two days after the summit opened.") is None  # from the summit, not from the day told
    assert day_offset("They will meet in the coming days.") is None
    assert shift_day("2022-12-31", 1) == "2023-01-01"
    assert shift_day("2022-11", 1) is None


def test_years_ago_today_is_that_day_and_years_ago_this_week_that_month():
    assert values("Two years ago today, the UAE and Israel signed the accords.", date(2022, 9, 15)) == ["2020-09-15"]
    assert values("a year ago this week", date(2022, 9, 15)) == ["2021-09"]


def test_twenty_years_ago_today_is_that_day():
    assert values("Twenty years ago today, Lithuania signed the Treaty of Accession.") == ["2005-05-13"]


def test_this_afternoon_is_the_days_own_date():
    assert values("The agreement was signed by the two prime ministers this afternoon.") == ["2025-05-13"]
    assert values("The memorandum was signed yesterday evening.") == ["2025-05-12"]
