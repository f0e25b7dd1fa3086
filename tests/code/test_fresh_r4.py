"""Residual wrong roots, false events and events on no-event records (#12, fresh-r4).

Sentences from the fresh pool and variants written for this project, coded by hand before the
coder was run on them. The mechanisms they guard:

- an attack's victims settle its root: rebels, insurgents and militant groups who kill
  soldiers (the verb "kill", its subject the killers) fight them (190, as an army that kills
  fighters does), and irregular armed men (also gunmen, criminals) whose attack (190) falls on
  people of no armed role (civilians, journalists, worshippers, pupils) assault them (180).
  Ambushes of soldiers and attacks on aid bodies stay as they were: the pool codes them 19 and
  18, earlier tables (test_fresh_p, test_fresh_x, test_fresh_f) 18 and 19.
- an object the verb has none of negates it: "had made no arrests", "has held no contested
  election", "has sent no troops" (the determiner "no" on the direct object, as "not" on the
  verb).
- a pattern row: a junta or government that suspends the activities of parties, movements,
  associations or unions imposes an administrative sanction (172), as the row for "the
  activities of three charities" (1663) reads "of".
- a verb conjoined (with no subject of its own) to the act a control frame embeds is content
  of the same frame, not an act done: "agreed to restore relations and reopen their
  embassies", "urged Israel to halt its strikes and allow aid in".
- a role refinement: police who fire water cannon (with or without tear gas) at people
  repress them (175); the row for ships firing water cannon at boats (150) stays theirs.

The rest passed before and guard against drift.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- an attack's victims settle its root
    case("The Pakistani Taliban said they had killed five soldiers in an ambush in Khyber, a "
         "claim the army did not confirm.", "2024-05-10", ("PAKINS", "19", "PAKMIL"),
         id="victims-insurgents-kill-soldiers"),
    case("Arakan Army fighters ambushed a Myanmar army convoy in Paletwa township, killing 11 "
         "soldiers.", "2024-05-10", ("MMRREB", "19", "MMRMIL"), id="victims-ambush-army-convoy",
         xfail="an ambush of soldiers: the pool codes 19, test_fresh_p/x 18 (left at 180)"),
    case("Seven soldiers were killed when their convoy was ambushed by al-Shabaab fighters in "
         "Lower Shabelle.", "2024-05-10", ("SOMINS", "19", "SOMMIL"),
         id="victims-passive-ambush",
         xfail="an ambush of soldiers: the pool codes 19, test_fresh_p/x 18 (left at 180)"),
    case("Boko Haram militants killed twelve soldiers in an attack on a base in Borno.",
         "2021-03-02", ("NGAINS", "19", "NGAMIL"), id="victims-variant-boko-haram"),
    case("Insurgents killed three soldiers at a checkpoint in Cabo Delgado.", "2022-06-01",
         ("MOZINS", "19", "MOZMIL"), id="victims-variant-checkpoint"),
    case("Armed men attacked a Red Cross convoy in North Darfur, killing two drivers.",
         "2024-05-10", (None, "18", "NGOICR"), id="victims-attack-aid-convoy",
         xfail="an aid body attacked: the pool codes 18, test_fresh_f 19 (left as it was)"),
    case("Gunmen stormed the offices of the satirical weekly Charlie Hebdo in Paris on "
         "Wednesday, killing 12 people.", "2015-01-08", (None, "18", None),
         id="victims-storm-weekly"),
    case("The attack, which was claimed by the Islamic State, killed at least 14 worshippers at "
         "a mosque in Herat.", "2024-05-10", ("IMGISL", "18", "AFGREL"),
         id="victims-is-attack-worshippers"),
    case("Separatist fighters attacked a school in Cameroon's Anglophone region, killing six "
         "pupils.", "2020-10-25", ("CMRSEP", "18", None), id="victims-variant-school"),
    # -- suspending the activities of parties
    case("The junta in Niamey suspended the activities of all political parties.", "2023-08-01",
         ("NERMIL", "172", None), id="suspend-activities-of-parties"),
    case("The military government suspended the activities of opposition parties and trade "
         "unions.", "2024-05-10", (None, "172", None), id="suspend-activities-variant-unions"),
    # -- a conjoined complement of a control frame
    case("Kenya and Somalia agreed to restore diplomatic relations and reopen their embassies.",
         "2024-05-10", ("KEN", "03", "SOM"), id="frame-conjunct-agreed"),
    # -- police firing water cannon
    case("Chilean riot police fired tear gas and water cannon at thousands of protesters who "
         "marched in Santiago to demand a new constitution.", "2019-10-25",
         ("CHLCOP", "175", "CHLCVL"), id="police-water-cannon-and-gas"),
    case("Police fired water cannon at students outside parliament in Jakarta.", "2024-05-10",
         (None, "175", None), id="police-water-cannon-variant"),
    case("Chinese coast guard ships fired water cannon at Philippine supply boats.",
         "2023-08-05", ("CHNMIL", "150", None), id="water-cannon-guard-ships"),
    # (guards: an army killing fighters fights; soldiers killing civilians stay 18)
    case("Troops killed four militants in a raid near the border.", "2024-05-10",
         (None, "19", None), id="victims-guard-army-kills-militants"),
    case("Soldiers killed six villagers in a raid on a market in Mopti.", "2024-05-10",
         (None, "18", "MLICVL"), id="victims-guard-soldiers-kill-villagers"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_r4_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


NO_EVENT = [
    pytest.param("Police said they had made no arrests after the rally in Kampala.", "2024-05-10",
                 id="no-object-arrests"),
    pytest.param("Turkmenistan has held no contested presidential election since independence.",
                 "2024-05-10", id="no-object-election"),
    pytest.param("The army has sent no troops to the border.", "2024-05-10",
                 id="no-object-variant-troops"),
    pytest.param("Hamas has released no hostages since the truce collapsed.", "2024-02-10",
                 id="no-object-variant-hostages"),
]


@pytest.mark.parametrize(("sentence", "published"), NO_EVENT)
def test_fresh_r4_no_event(sentence: str, published: str) -> None:
    assert scored_triples(sentence, published) == [], sentence


@pytest.mark.parametrize(("sentence", "published", "content"), [
    pytest.param("Kenya and Somalia agreed to restore diplomatic relations and reopen their "
                 "embassies.", "2024-05-10", "05", id="frame-conjunct-not-done"),
    pytest.param("The UN urged Israel to halt its strikes and allow aid into Gaza.", "2024-05-10",
                 "08", id="frame-conjunct-variant-urged"),
    pytest.param("Hamas threatened to kill hostages and abandon the talks.", "2024-05-10", "16",
                 id="frame-conjunct-variant-threatened"),
])
def test_fresh_r4_frame_conjunct_is_content(sentence: str, published: str,
                                            content: str) -> None:
    got = scored_triples(sentence, published)
    assert got and not any(code.startswith(content) for _, code, _ in got), got
