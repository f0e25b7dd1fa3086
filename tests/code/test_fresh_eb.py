"""Over-coding in fresh sentences: coercion and agreement words that tell no act (#12, fresh-eb).

Sentences from the fresh-eb batch (precision stressed: arrests, bans, sanctions, deals and
accords in tallies, habits, expectations, descriptions and denials, among real events of those
families) and variants written for this project, coded by hand before the coder was run on
them. The mechanisms they guard:

- a tally or a habit is no act of a day: a perfect that looks back over months or years ("has
  banned dozens of outlets over the past two years", "in recent years", "for months"), a
  perfect passive since a clause ("2,000 people have been detained since the protests
  began"), and an act told with an adverb of custom or habit in any clause ("have routinely
  arrested", "regularly patrol": word class ``custom_adverb``). A perfect since a day and an
  act repeated on a day stay events ("have shelled Kharkiv since Monday", "repeatedly
  shelled Kharkiv on Monday").
- an agreement, measure or sanction standing as a thing made: its noun the active subject of
  a verb of lasting or failing (word class ``enduring``: "the truce has largely held", "was
  holding", "appeared to be holding", "the deal collapsed", "the sanctions have remained in
  place") is no act (roots 01-09, 16, 172), nor is the participle that tells how it was made
  ("the truce [agreed] in Jeddah was holding", "the deal [signed] by Mexico and the United
  States in 2019 has collapsed"). The parse repair that reads "the ceasefire agreed between
  Israel and Hezbollah in November has largely held" with "held" as the verb (the parser's
  "agreed" as the root) now takes an active perfect or progressive as it took a passive.
  Fighting or protests that lasted still happened; a truce that "took effect" or "began", and
  talks that "were held", are acts.
- what is awaited is no act: a clause that is the content of a noun of expecting, hoping or
  fearing (word class ``expectation``: "growing expectations that Israel and Saudi Arabia
  would agree to normalise relations", "hopes that Serbia and Kosovo will agree", "fears that
  China would ban exports"), on the noun or extraposed after the verb it is subject of
  ("expectations are rising that Iran will resume talks", "speculation grew that Turkey would
  impose sanctions"), stays hypothetical, and a reported "would" does not make it a future
  intent. A hope voiced ("expressed hope that North Korea would respond") is still 013.
- a prospect told of talks or a deal is a comment: adjective rows (013: close, near,
  imminent, achievable, attainable; 012: elusive, remote) whose copula's subject is an event
  noun ("a deal to release the hostages is close, Qatar's prime minister said", "said an
  agreement with Ethiopia on the dam was close") are the speaker's optimistic or pessimistic
  comment about the partner; said of anything else ("Russia is close to China", word class
  ``prospect``) they are none. A meeting or deal called only possible or likely stays no
  event, as human coders of real news left it (test_real_news_mechanisms).
- a past plan is no act: an infinitive on a past "was"/"were" ("under the 2019 agreement,
  Turkey was to withdraw its troops", "Taliban fighters were to stop attacking US troops",
  "the two leaders were to sign the accord in Cairo") tells what was planned or owed. A
  present "is to" stays the announced act it was.
- a power granted is no act: what a verb of licensing (word class ``licensing``: allow,
  permit, authorise, empower, enable …) lets someone do, when the licensor is a text or rule
  (word class ``rule_text``: law, decree, rules, resolution …), directly or through "which"
  or a participle ("Sri Lanka's new law, which allows police to detain suspects …", "new
  rules empower police to arrest protesters", "the UN resolution authorises member states to
  use force"), is hypothetical. A state that lets aid in ("Egypt allowed 200 aid trucks to
  enter Gaza") still acts.
- a call framing a telling: "X told Y in a phone call that …" (and inform, assure, brief …:
  word class ``addressing``) is a call with Y (041 X -> Y), as a call framing an act of the
  clause was already with whom that act addresses; the telling is no event of its own.
- people described by their captivity: an undated participle of keeping people captive
  (word class ``captivity``: held, detained, jailed, imprisoned, interned) with its agent, on
  a noun naming people ("families of hostages held by Hamas", "relatives of Americans
  detained by Venezuela"), tells their state: neither the participle (173) nor the noun
  ("hostages", 181) is an act of the story. Dated ("detained by police on Monday") it stays
  an act; a demand for their release is still made of the holder.
- "have/be yet to" is not done so far, and no obligation: "Kenya and Ethiopia have yet to
  reach a deal, Kenyan officials said" is neither a deal nor the officials' demand (the
  "has to" of obligation read it as one, a 107); "Israel has to stop the bombing" stays one.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- tallies and habits (guards: acts of a day)
    case("Russian forces have shelled Kharkiv since Monday.", "2024-05-10",
         ("RUSMIL", "19", "UKR"), id="perfect-since-a-day-guard"),
    case("Russian forces repeatedly shelled Kharkiv on Monday.", "2024-05-10",
         ("RUSMIL", "19", "UKR"), id="repeatedly-on-a-day-guard"),
    case("Turkey deported 200 Syrian refugees on Monday.", "2024-05-10",
         ("TUR", "174", "SYRREF"), id="deported-on-a-day-guard"),
    case("Police have arrested 40 people since the clashes erupted in Leicester, the force "
         "said.", "2024-05-10", ("---COP", "173", None), id="active-people-since-guard"),
    # -- agreements and measures that stand (guards: acts that happened or began)
    case("Fighting between the army and the RSF lasted into the night.", "2024-05-10",
         ("SDNMIL", "19", "SDNREB"), id="fighting-lasted-guard"),
    case("The ceasefire between India and Pakistan took effect at midnight.", "2024-05-10",
         ("IND", "0871", "PAK"), id="ceasefire-took-effect-guard"),
    case("The ceasefire between Israel and Hamas began on Sunday morning.", "2024-05-10",
         ("PSEINS", "0871", "ISR"), id="ceasefire-began-guard"),
    case("Talks between Serbia and Kosovo were held in Brussels on Monday.", "2024-05-10",
         ("SRB", "04", "XKX"), id="talks-were-held-guard"),
    case("Serbian troops deployed to the border were ordered back to their barracks.",
         "2024-05-10", ("SRBMIL", "08", None), id="participle-before-passive-guard"),
    # -- what is awaited (guards: a hope voiced, an intent told)
    case("South Korea's unification ministry expressed hope on Monday that North Korea would "
         "respond to its offer of talks.", "2018-01-01", ("KORGOV", "013", "PRK"),
         id="expressed-hope-guard"),
    case("The Indonesian foreign minister said Jakarta would resume talks with Canberra.",
         "2024-05-10", ("IDNGOV", "036", None), id="said-would-resume-guard"),
    # -- prospects of talks or a deal
    case("A deal to release the hostages held by Hamas is close, Qatar's prime minister said on "
         "Sunday.", "2023-11-19", ("QATGOV", "013", None), id="deal-close-batch"),
    case("Egypt's foreign minister said an agreement with Ethiopia on the dam was close.",
         "2024-05-10", ("EGYGOV", "013", "ETH"), id="agreement-close"),
    case("Colombia's negotiator said a deal with the ELN was near.", "2024-05-10",
         ("COLGOV", "013", "COLREB"), id="deal-near"),
    case("The Hungarian foreign minister said a settlement with Ukraine over minority rights "
         "remained elusive.", "2024-05-10", ("HUNGOV", "012", "UKR"), id="settlement-elusive"),
    case("The Turkish president said a ceasefire in Gaza was imminent.", "2024-05-10",
         ("TURGOV", "013", None), id="ceasefire-imminent"),
    case("A senior Pakistani finance official told Reuters that talks with the IMF on a new loan "
         "were progressing well.", "2023-06-10", ("PAKGOV", "013", "IGOIMF"),
         id="talks-progressing-well-batch", xfail="a verb of progress with 'well' has no row"),
    case("The Armenian prime minister said a peace treaty with Azerbaijan was within reach.",
         "2024-05-10", ("ARMGOV", "013", "AZE"), id="within-reach",
         xfail="'within reach' is a phrase, not an adjective row"),
    # -- past plans (guard: a present "is to")
    case("Turkey is to withdraw its troops from the border strip.", "2024-05-10",
         ("TUR", "08", None), id="is-to-withdraw-guard"),
    # -- powers granted (guard: a state that lets aid in)
    case("Egypt allowed 200 aid trucks to enter Gaza on Sunday.", "2024-05-10",
         ("EGY", "08", None), id="allowed-aid-guard"),
    # -- a call framing a telling
    case("Qatar's prime minister told his Iranian counterpart in a phone call on Sunday that "
         "Doha opposed any escalation in the Gulf.", "2024-04-14", ("QATGOV", "041", "IRNGOV"),
         id="told-in-phone-call-batch"),
    case("Erdogan told Putin in a phone call on Monday that Turkey was ready to host talks.",
         "2024-05-10", ("TURGOV", "041", "RUSGOV"), id="told-putin-phone-call"),
    case("The German chancellor informed Erdogan in a telephone call that Berlin would send "
         "more aid.", "2024-05-10", ("DEUGOV", "041", "TURGOV"), id="informed-in-call"),
    case("The French president told Zelensky during a phone call that Paris would keep up its "
         "support.", "2024-05-10", ("FRAGOV", "041", "UKRGOV"), id="told-during-call-that",
         xfail="the parser reads the that-clause as a relative clause of 'call'"),
    # -- people described by their captivity (guards: dated, a demand of the holder)
    case("Two journalists detained by police on Monday were released on Wednesday.",
         "2024-05-10", ("---COP", "173", None), id="detained-dated-guard"),
    case("Biden demanded the release of hostages held by Hamas.", "2024-05-10",
         ("USAGOV", "1053", "PSEINS"), id="demand-release-holder-guard"),
    case("A deal to release the hostages held by Hamas is close, Qatar's prime minister said "
         "on Sunday.", "2023-11-19", ("QATGOV", "013", None), id="hostages-held-batch"),
    # -- yet to (guard: an obligation)
    case("The French president said Israel has to stop the bombing of Gaza.", "2024-05-10",
         ("FRAGOV", "10", "ISR"), id="has-to-guard"),
]

NO_EVENT = [
    # -- tallies and habits
    case("Police in Lagos have routinely arrested street traders for hawking on highways, a "
         "local rights group said on Tuesday.", "2022-06-14", id="routinely-batch"),
    case("More than 2,000 people have been detained in Iran since the protests began in "
         "September, according to a rights group's tally.", "2022-11-20",
         id="passive-since-clause-batch"),
    case("Russia has banned dozens of Western media outlets over the past two years, a study "
         "by a monitoring group found.", "2024-03-01", id="over-past-years-batch"),
    case("Chinese police have detained hundreds of Uyghur activists in recent years.",
         "2024-05-10", id="in-recent-years"),
    case("Egyptian authorities have jailed dozens of bloggers in the past 12 months, Amnesty "
         "said.", "2024-05-10", id="in-past-months"),
    case("Hungary has vetoed EU statements on China several times over the past year.",
         "2024-05-10", id="over-past-year-veto"),
    case("Dozens of journalists have been expelled from Burundi since the crisis started.",
         "2024-05-10", id="passive-since-clause-expelled"),
    case("Russian forces have shelled Kharkiv for months.", "2024-05-10", id="for-months"),
    case("Indian troops regularly patrol the Line of Control.", "2024-05-10",
         id="regularly-patrol"),
    # -- agreements and measures that stand
    case("The ceasefire agreed between Israel and Hezbollah in November has largely held, UN "
         "peacekeepers said.", "2025-01-10", id="ceasefire-has-held-batch"),
    case("The truce between Armenia and Azerbaijan has largely held since September.",
         "2024-05-10", id="truce-has-held"),
    case("The ceasefire between the army and the rebels was holding on Sunday.", "2024-05-10",
         id="ceasefire-was-holding"),
    case("The ceasefire between Thailand and Cambodia appeared to be holding on Tuesday.",
         "2024-05-10", id="appeared-to-be-holding"),
    case("The truce between Sudan's army and the RSF broke down within hours.", "2024-05-10",
         id="truce-broke-down"),
    case("The truce agreed between the army and the RSF in Jeddah was holding on Sunday.",
         "2024-05-10", id="truce-agreed-was-holding"),
    case("The deal signed by Mexico and the United States in 2019 has collapsed.",
         "2024-05-10", id="deal-signed-collapsed"),
    case("The ceasefire brokered by Egypt between Israel and Hamas has largely held.",
         "2024-05-10", id="ceasefire-brokered-held"),
    case("The sanctions imposed by Washington on Caracas in 2019 have remained in place.",
         "2024-05-10", id="sanctions-remained"),
    # -- what is awaited
    case("Regional media reported growing expectations that Israel and Saudi Arabia would "
         "agree to normalise relations next year.", "2023-09-20",
         id="expectations-agree-batch"),
    case("There are growing hopes that Serbia and Kosovo will agree on a deal this year.",
         "2024-05-10", id="hopes-will-agree"),
    case("Expectations are rising that Iran and the United States will resume talks.",
         "2024-05-10", id="expectations-rising-extraposed"),
    case("Speculation grew on Monday that Turkey would impose sanctions on Israel.",
         "2024-05-10", id="speculation-sanctions"),
    case("Markets fell on fears that China would ban rare earth exports to Japan.",
         "2024-05-10", id="fears-ban"),
    # -- prospect words said of no act
    case("Russia is close to China, the minister said.", "2024-05-10", id="close-to-guard"),
    case("The Kremlin said a meeting between Putin and Zelensky was possible.", "2024-05-10",
         id="meeting-possible-guard"),
    # -- powers granted
    case("Sri Lanka's new counter-terrorism law, which allows police to detain suspects for up "
         "to a year without charge, took effect on Monday.", "2023-09-11",
         id="law-which-allows-batch"),
    case("New rules empower Egyptian police to arrest protesters without a warrant.",
         "2024-05-10", id="rules-empower"),
    case("A decree that permits the army to seize private land took effect in Myanmar on "
         "Friday.", "2024-05-10", id="decree-that-permits"),
    case("The UN resolution authorises member states to use force against the pirates.",
         "2024-05-10", id="resolution-authorises"),
    # -- people described by their captivity
    case("A list of hostages held by Hamas was published on Sunday.", "2024-05-10",
         id="list-of-hostages"),
    case("Photos of soldiers detained by Russia circulated online.", "2024-05-10",
         id="photos-of-detained"),
    case("Relatives of activists jailed by the Iranian authorities wrote to the UN.",
         "2024-05-10", id="relatives-of-jailed"),
    # -- yet to
    case("Kenya and Ethiopia have yet to reach a deal on sharing water from the Omo river, Kenyan "
         "officials said.", "2021-05-03", id="yet-to-reach-batch"),
    case("Egypt and Sudan have yet to reach an agreement with Ethiopia on the dam, Egyptian "
         "officials said.", "2024-05-10", id="yet-to-reach-agreement"),
    case("The rebels have yet to release the hostages, the Qatari mediator said.", "2024-05-10",
         id="yet-to-release"),
    case("The rebels are yet to release the hostages.", "2024-05-10", id="are-yet-to"),
    # -- past plans
    case("Under the accord signed in Doha in 2020, Taliban fighters were to stop attacking US "
         "troops.", "2021-07-02", id="were-to-stop-batch"),
    case("Under the 2019 agreement, Turkey was to withdraw its troops from the border strip.",
         "2024-05-10", id="was-to-withdraw"),
    case("The junta was to hand over power to civilians by March under the transition deal.",
         "2024-05-10", id="was-to-hand-over"),
    case("Russia's foreign minister was to meet his Chinese counterpart in Beijing on Friday.",
         "2024-05-10", id="was-to-meet"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_eb_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize(("sentence", "published"), NO_EVENT)
def test_fresh_eb_no_event(sentence: str, published: str) -> None:
    assert scored_triples(sentence, published) == [], sentence
