"""Dates in text, kept at the precision the text gives.

`find_dates` returns every date expression of a sentence as ISO 8601 at its
own precision: `2025-05-13` (day), `2025-01` (month), `2019` (year), or
`--05-30` (a day whose year is never given). Relative expressions ("on
Tuesday", "yesterday", "last month") are resolved against an anchor, the
document's dateline or publication day; a news article's weekday means the
most recent such day on or before the anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Optional

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_M = r"(?P<{n}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WD = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_D = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<{n}>(?:19|20)\d\d)"

PATTERNS: list[tuple[str, re.Pattern]] = [
    # "June and July 2021", "20 August and 2 September 2019": the year is written once for both
    ("pair_my", re.compile(r"\b" + _M.format(n="m1") + r"\s+and\s+" + _M.format(n="m") + r",?\s+" + _Y.format(n="y") + r"\b", re.I)),
    # "on 1 and 4 November 2024", "November 1 and 4, 2024": two days of one month
    ("pair_days", re.compile(r"(?<!between )\b" + _D.format(n="d1") + r"\s+and\s+" + _D.format(n="d") + r"\s+" + _M.format(n="m") + r",?\s+" + _Y.format(n="y") + r"\b"
                             r"|\b" + _M.format(n="mm") + r"\s+(?P<dd1>[0-3]?\d)\s+and\s+(?P<dd>[0-3]?\d),?\s+(?P<yy>(?:19|20)\d\d)\b", re.I)),
    ("pair_dmy", re.compile(r"\b" + _D.format(n="d1") + r"\s+" + _M.format(n="m1") + r"\s+and\s+" + _D.format(n="d") + r"\s+" + _M.format(n="m") + r",?\s+" + _Y.format(n="y") + r"\b", re.I)),
    # "in August and September last year"
    ("pair_mrel", re.compile(r"\b" + _M.format(n="m1") + r"\s+and\s+" + _M.format(n="m") + r"\s+(?:of\s+)?(?P<rel>last|this|next|the previous|the following)\s+year\b", re.I)),
    # "in June and July": two months, each of the year the document's day gives them
    ("pair_month", re.compile(r"\b(?:in|between)\s+" + _M.format(n="m1") + r"\s+and\s+" + _M.format(n="m") + r"\b(?![\w-]|\s+[0-3]?\d\b|,?\s+(?:of\s+)?(?:19|20)\d\d|\s+(?:of\s+)?(?:last|this|next|the)\b)", re.I)),
    # "in February last year", "in March this year"
    ("month_rel_year", re.compile(r"\b" + _M.format(n="m") + r"\s+(?:of\s+)?(?P<rel>last|this|next|the previous|the following)\s+year\b", re.I)),
    # "2009 (May 13)", "2015 (December)": a timeline's year with its day or month in brackets
    ("y_paren", re.compile(r"\b" + _Y.format(n="y") + r"\s*\(\s*(?:" + _M.format(n="m") + r"(?:\s+" + _D.format(n="d") + r")?|" + _D.format(n="d2") + r"\s+" + _M.format(n="m2") + r")\s*\)", re.I)),
    # "the 12-14 June visit", "June 12-14, 2023": a span of days dates a signing to the month only
    ("range_dm", re.compile(r"\b[0-3]?\d\s*[-–]\s*[0-3]?\d\s+" + _M.format(n="m") + r"(?:,?\s+" + _Y.format(n="y") + r")?(?![\w-])", re.I)),
    ("range_md", re.compile(r"\b" + _M.format(n="m") + r"\s+[0-3]?\d\s*[-–]\s*[0-3]?\d\b(?:,?\s+" + _Y.format(n="y") + r"\b)?", re.I)),
    # "07.06.2022" (day.month.year, as European releases write it), "2022/06/07", "7/6/2022"
    ("dotted", re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b")),
    ("ymd_slash", re.compile(r"\b(?P<y>(?:19|20)\d\d)[/.](?P<m>[01]?\d)[/.](?P<d>[0-3]?\d)\b")),  # "2022/06/07", "2023.03.14"
    ("dmy", re.compile(r"\b" + _D.format(n="d") + r"-" + _M.format(n="m") + r"-" + _Y.format(n="y") + r"\b", re.I)),  # "14-Mar-2023"
    ("slashed", re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b")),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("dmy", re.compile(r"\b" + _WD + _D.format(n="d") + r"(?:\s+of)?\s+" + _M.format(n="m") + r",?\s+(?:of\s+)?" + _Y.format(n="y") + r"\b", re.I)),  # "6 of July of 1988", as translations write it
    ("mdy", re.compile(r"\b" + _WD + _M.format(n="m") + r"\s+" + _D.format(n="d") + r"(?:,\s*|\s+)" + _Y.format(n="y") + r"\b", re.I)),
    ("dm", re.compile(r"\b" + _WD + _D.format(n="d") + r"(?:\s+of)?\s+" + _M.format(n="m") + r"(?![\w-])", re.I)),
    ("md", re.compile(r"\b" + _WD + _M.format(n="m") + r"\s+" + _D.format(n="d") + r"\b(?!\s*(?:,\s*)?(?:19|20)\d\d)(?![\d.,]*\s*(?:million|billion|percent|%))", re.I)),
    ("my", re.compile(r"\b(?:(?:early|mid|late|end of|beginning of|the end of)[\s-]+)?" + _M.format(n="m") + r",?\s+(?:of\s+)?" + _Y.format(n="y") + r"\b", re.I)),
    ("y", re.compile(r"(?<![\w$€£¥-])(?:(?:early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|fiscal|FY|Q[1-4]|(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter\s+of)[\s-]+)?" + _Y.format(n="y") + r"(?![\w%-]|\s*(?:million|billion|percent))", re.I)),
    # "on Tuesday last week": that weekday of the week before the document's
    ("weekday_last_week", re.compile(r"\b(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:of\s+)?last\s+week\b", re.I)),
    ("weekday", re.compile(r"\b(?:on|(?P<last>last|this past))\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    # "Sunday's meeting ended with a joint declaration"
    ("weekday", re.compile(r"\b(?P<last>)(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)[’']s(?=\s+[a-z])", re.I)),
    ("ago", re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty-five|twenty|thirty|forty|fifty|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+ago\b(?:(?P<month>\s+this\s+(?:month|week)\b)|(?P<today>\s+today\b))?", re.I)),
    ("rel_day", re.compile(r"\b(?P<rel>the day before yesterday|today|yesterday|on the same day|this morning|this afternoon|this evening|earlier today|yesterday (?:morning|afternoon|evening)|last night)\b", re.I)),
    ("rel_month", re.compile(r"\b(?P<rel>last month|this month|earlier this month|this week|last week|earlier this week|(?:in|by) the past week)\b", re.I)),
    ("rel_year", re.compile(r"\b(?P<rel>last year|this year|earlier this year|later this year|next year|the previous year|the following year)\b", re.I)),
    ("month", re.compile(r"\b(?P<pre>in|on|since|during|by|until|from|of|early|late|mid|earlier in|later in|last|this past)[\s-]+" + _M.format(n="m") + r"\b(?![\w-]|\s+[0-3]?\d\b|\s+(?:19|20)\d\d)", re.I)),
    # wire style without "on": "signed an agreement Tuesday", "sealed a deal late Tuesday"; not "Super Tuesday"
    ("weekday", re.compile(r"(?<![\w-])(?<!Super )(?<!Black )(?<!Cyber )(?<!Good )(?<!Ash )(?<!Holy )(?<!Easter )(?<!Palm )(?P<last>)"
                           r"(?:(?:late|early)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![’'-])")),
]


_MAYBE_DATE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|days?\b|\b(?:week|month|year)s?\b|\b(?:morning|afternoon|evening|night)\b", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date expression: where it stands and what it means."""

    start: int
    end: int
    text: str
    value: str  # ISO 8601 at its precision, or --MM-DD
    relative: bool = False

    @property
    def precision(self) -> str:
        return precision_of(self.value)


def precision_of(value: str) -> str:
    """`day`, `month` or `year` for an ISO partial date (`--MM-DD` is a day)."""
    if value.startswith("--"):
        return "day" if value.count("-") == 3 else "month"
    return {4: "year", 7: "month"}.get(len(value), "day")


def parse_anchor(value: Optional[str]) -> Optional[date]:
    """A full date from an ISO string, or None when the value is coarser."""
    if not value:
        return None
    m = re.match(r"^((?:19|20)\d\d)-(\d\d)-(\d\d)", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _day(y: int, m: int, d: int) -> Optional[str]:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _month_year(m: int, anchor: Optional[date], future: bool) -> Optional[int]:
    if anchor is None:
        return None
    if future:
        return anchor.year if m >= anchor.month else anchor.year + 1
    return anchor.year if m <= anchor.month else anchor.year - 1


def _resolve(kind: str, g: dict, anchor: Optional[date], future: bool) -> Optional[str]:
    if kind in ("dotted", "ymd_slash"):
        return _day(int(g["y"]), int(g["m"]), int(g["d"]))
    if kind == "slashed":  # 25/12/2023 or 12/25/2023 decide themselves; 5/6/2023 gives only the year
        a, b = int(g["a"]), int(g["b"])
        if a > 12 >= b:
            return _day(int(g["y"]), b, a)
        if b > 12 >= a:
            return _day(int(g["y"]), a, b)
        return g["y"] if a != b else _day(int(g["y"]), a, b)
    if kind == "pair_days":
        return _day(int(g["y"] or g["yy"]), MONTHS[(g["m"] or g["mm"]).lower().rstrip(".")], int(g["d"] or g["dd"]))
    if kind in ("iso", "dmy", "mdy", "pair_dmy"):
        m = int(g["m"]) if g["m"].isdigit() else MONTHS[g["m"].lower().rstrip(".")]
        return _day(int(g["y"]), m, int(g["d"]))
    if kind in ("dm", "md"):
        m, d = MONTHS[g["m"].lower().rstrip(".")], int(g["d"])
        if not 1 <= d <= 31:
            return None
        y = _month_year(m, anchor, future)
        if y and anchor and not future and _day(y, m, d) and _day(y, m, d) > anchor.isoformat():
            y -= 1
        return _day(y, m, d) if y else f"--{m:02d}-{d:02d}"
    if kind in ("month_rel_year", "pair_mrel"):
        if anchor is None:
            return None
        shift = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(g["rel"].lower(), 0)
        return f"{anchor.year + shift:04d}-{MONTHS[g['m'].lower().rstrip('.')]:02d}"
    if kind == "y_paren":
        month, day = (g["m"], g["d"]) if g.get("m") else (g["m2"], g["d2"])
        m = MONTHS[month.lower().rstrip(".")]
        return _day(int(g["y"]), m, int(day)) if day else f"{int(g['y']):04d}-{m:02d}"
    if kind in ("range_dm", "range_md"):
        m = MONTHS[g["m"].lower().rstrip(".")]
        y = int(g["y"]) if g.get("y") else _month_year(m, anchor, future)
        return f"{y:04d}-{m:02d}" if y else None
    if kind in ("my", "pair_my"):
        return f"{int(g['y']):04d}-{MONTHS[g['m'].lower().rstrip('.')]:02d}"
    if kind == "y":
        return g["y"]
    if kind in ("month", "pair_month"):
        m = MONTHS[g["m"].lower().rstrip(".")]
        y = _month_year(m, anchor, future)
        if y and anchor and m == anchor.month and (g.get("pre") or "").lower() in ("last", "this past"):
            y -= 1  # "last December", written in December: a year before
        return f"{y:04d}-{m:02d}" if y else None
    if anchor is None:
        return None
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _COUNT[g["n"].lower()]
        unit = g["unit"].lower()
        if unit == "year":  # "two years ago this month": that month; "two years ago today": that day
            if g.get("today"):
                return _day(anchor.year - n, anchor.month, anchor.day) or f"{anchor.year - n:04d}-{anchor.month:02d}"
            return f"{anchor.year - n:04d}" + (f"-{anchor.month:02d}" if g.get("month") else "")
        if unit == "month":
            y, m = divmod(anchor.year * 12 + anchor.month - 1 - n, 12)
            return f"{y:04d}-{m + 1:02d}"
        then = anchor - timedelta(days=n * (7 if unit == "week" else 1))
        return then.isoformat() if unit == "day" else f"{then.year:04d}-{then.month:02d}"
    if kind == "weekday":
        back = (anchor.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        if not back and g["last"]:  # "last Thursday" written on a Thursday is a week before
            back = 7
        if future and back:
            return (anchor + timedelta(days=7 - back)).isoformat()
        return (anchor - timedelta(days=back)).isoformat()
    if kind == "weekday_last_week":
        monday = anchor - timedelta(days=anchor.weekday() + 7)
        return (monday + timedelta(days=WEEKDAYS[g["wd"].lower()])).isoformat()
    rel = g["rel"].lower()
    if kind == "rel_day":
        back = 2 if rel == "the day before yesterday" else 1 if rel.startswith("yesterday") or rel == "last night" else 0
        return (anchor - timedelta(days=back)).isoformat()
    if kind == "rel_month":
        if rel == "last month":
            first = anchor.replace(day=1) - timedelta(days=1)
            return f"{first.year:04d}-{first.month:02d}"
        if "week" in rel:
            return None if (anchor - timedelta(days=6)).month != anchor.month and "last" in rel else f"{anchor.year:04d}-{anchor.month:02d}"
        return f"{anchor.year:04d}-{anchor.month:02d}"
    if kind == "rel_year":
        delta = -1 if rel in ("last year", "the previous year") else 1 if rel in ("next year", "the following year") else 0
        return f"{anchor.year + delta:04d}"
    return None


def find_dates(text: str, anchor: Optional[date] = None, offset: int = 0, future: bool = False) -> list[DateMention]:
    """All date expressions in `text`, longest first where they overlap.

    >>> [d.value for d in find_dates("signed on Tuesday, May 13, 2025 and in April 2025")]
    ['2025-05-13', '2025-04']
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    if not _MAYBE_DATE.search(text):  # most sentences hold no date: one cheap scan decides
        return found
    for kind, rx in PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            value = _resolve(kind, m.groupdict(), anchor, future)
            if value is None:
                continue
            if kind == "y" and _looks_like_quantity(text, s, e):
                continue
            taken.append((s, e))
            if kind == "pair_days":  # the first day, then the second with its month and year
                g = m.groupdict()
                d1 = "d1" if g["d1"] else "dd1"
                first = _day(int(value[:4]), int(value[5:7]), int(g[d1]))
                if first:
                    found.append(DateMention(m.start(d1) + offset, m.end(d1) + offset, g[d1], first, False))
                found.append(DateMention(m.start("d" if g["d"] else "dd") + offset, e + offset, text[m.start("d" if g["d"] else "dd"):e], value, False))
                continue
            if kind.startswith("pair_"):
                g = m.groupdict()
                year = int(value[:4])  # written once for both, or "last year"
                first = f"{year:04d}-{MONTHS[g['m1'].lower().rstrip('.')]:02d}"
                if kind == "pair_dmy":
                    first = _day(year, MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"])) or first
                mid = m.start("d1") if kind == "pair_dmy" else m.start("m1")
                end1 = m.end("m1")
                found.append(DateMention(mid + offset, end1 + offset, text[mid:end1], first, kind == "pair_month"))
                s = m.start("d") if kind == "pair_dmy" else m.start("m")
                found.append(DateMention(s + offset, e + offset, text[s:e], value, kind == "pair_month"))
                continue
            found.append(DateMention(s + offset, e + offset, m.group(), value, kind.startswith(("rel", "weekday", "month", "dm", "md", "ago", "range"))))
    found.sort(key=lambda d: d.start)
    for i, d in enumerate(found):  # "on January 21, 2019, ... and, on the same day, ...": that day, not today
        days = [x for x in found[:i] if len(x.value) == 10 or x.value.startswith("--")]
        if days and d.text.lower().endswith("same day"):
            found[i] = replace(d, value=days[-1].value)
    return [d for i, d in enumerate(found) if not d.text.lower().endswith("same day") or any(  # "on the same day that Areva booked an order": not today
        len(x.value) == 10 or x.value.startswith("--") for x in found[:i])]


_NOT_NAMES = {"in", "on", "since", "by", "until", "from", "of", "and", "or", "the", "early", "late", "mid", "spring", "summer", "autumn",
              "fall", "winter", "end", "before", "after", "during", "through", "to", "between", "year", "fiscal", "fy", "circa", "around", "about"}


def _looks_like_quantity(text: str, s: int, e: int) -> bool:
    """A figure, or a year inside a name ("Expo 2020 Dubai", "Vision 2030", "Horizon 2020"): not a date."""
    before = text[max(0, s - 3):s]
    name = re.search(r"\b([A-Z][a-z]+|[A-Z]{2,})\s$", text[max(0, s - 20):s])
    return bool(re.search(r"[\d.,]\s?$", before)) or bool(name and name.group(1).lower() not in _NOT_NAMES and name.group(1).lower()[:3] not in MONTHS)


def refine(a: Optional[str], b: Optional[str]) -> Optional[str]:
    """The finer of two dates that agree at their common precision, else None.

    >>> refine("2019", "2019-12-19")
    '2019-12-19'
    """
    if not a or not b:
        return a or b
    if not agrees(a, b):
        return None
    return a if len(a) >= len(b) else b


_DAY_OFFSET = re.compile(r"\b(?:(?P<n>a|one|two|three|four|five|six)\s+days?\s+(?P<dir>later|afterwards|earlier|after(?=\s*[,.;])|before(?=\s*[,.;]))"
                         r"|the\s+(?P<rel>next|following|previous|preceding)\s+day\b|the\s+day\s+(?P<ab>after|before)(?=\s*[,.;]))", re.I)


def day_offset(text: str) -> Optional[int]:
    """How many days "a day later", "two days earlier", "the next day" or "the previous day" move from the day told before.

    >>> day_offset("A similar memorandum was signed two days later.")
    2
    """
    m = _DAY_OFFSET.search(text)
    if not m:
        return None
    if m.group("n"):
        return _COUNT[m.group("n").lower()] * (-1 if m.group("dir").lower() in ("earlier", "before") else 1)
    return -1 if (m.group("rel") or "").lower() in ("previous", "preceding") or (m.group("ab") or "").lower() == "before" else 1


def shift_day(value: Optional[str], days: int) -> Optional[str]:
    """A day-precision date moved by `days`; None for a coarser one."""
    day = parse_anchor(value) if value and len(value) == 10 else None
    return (day + timedelta(days=days)).isoformat() if day else None


def agrees(a: str, b: str) -> bool:
    """True when two partial dates are equal at their common precision."""
    if a.startswith("--") or b.startswith("--"):
        return a[-5:] == b[-5:] if len(a) >= 7 and len(b) >= 7 else True
    n = min(len(a), len(b))
    return a[:n] == b[:n]
