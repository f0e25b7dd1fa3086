"""The linguistics of who did what to whom: one table of own sentences per mechanism.

Each case gives a sentence and the exact events expected, as (source code, CAMEO code,
target code) of the asserted (not negated) mentions. Sentences are our own writing.
"""

from __future__ import annotations

import pytest

from eventcoder import code_text

PUBLISHED = "2024-05-10"  # a Friday


def events(text: str, *, negated: bool = False) -> set[tuple[str | None, str, str | None]]:
    return {
        (m.source.code if m.source else None, m.cameo, m.target.code if m.target else None)
        for m in code_text(text, published=PUBLISHED)
        if m.negated is negated
    }


def one(text: str):
    mentions = code_text(text, published=PUBLISHED)
    assert len(mentions) == 1, mentions
    return mentions[0]


VOICE = [
    pytest.param("Israeli aircraft bombed Hezbollah positions in southern Lebanon.",
                 {("ISRMIL", "195", "LBNINS")}, id="active"),
    pytest.param("Hezbollah positions in southern Lebanon were bombed by Israeli aircraft.",
                 {("ISRMIL", "195", "LBNINS")}, id="passive-by-agent"),
    pytest.param("Two Kenyan police officers were killed by al-Shabaab militants near the border.",
                 {("SOMINS", "1823", "KENCOP")}, id="passive-killed"),
    pytest.param("The Nigerian army arrested two suspected Boko Haram commanders in Maiduguri.",
                 {("NGAMIL", "173", "NGAINS")}, id="object-with-group-name"),
]

TARGETS = [
    pytest.param("The Indian government lodged a protest with Nepal over the new map.",
                 {("INDGOV", "114", "NPL")}, id="light-verb-prep-target"),
    pytest.param("The Indian foreign minister sent a letter of protest to the Chinese embassy.",
                 {("INDGOV", "114", "CHNGOV")}, id="container-noun-dative"),
    pytest.param("Syria condemned the Israeli airstrikes on Damascus.",
                 {("SYR", "111", "ISRMIL")}, id="agent-of-condemned-act"),
    pytest.param("Pakistani police arrested Pakistani protesters in Lahore.",
                 {("PAKCOP", "173", "PAKCVL")}, id="domestic-dyad-kept"),
]

CONTROL = [
    pytest.param("Iran agreed to meet European Union negotiators in Vienna.",
                 {("IRN", "036", "IGOEUR")}, id="agree-to-meet"),
    pytest.param("The African Union urged Ethiopia to withdraw its forces from the border.",
                 {("IGOAFU", "0256", "ETH")}, id="urge-object-to"),
    pytest.param("China threatened to impose sanctions on Lithuania.",
                 {("CHN", "1312", "LTU")}, id="threaten-to-impose-sanctions"),
    pytest.param("China threatened sanctions against Lithuania.",
                 {("CHN", "1312", "LTU")}, id="threaten-event-noun"),
    pytest.param("Ukraine demanded the withdrawal of Russian troops from Zaporizhzhia.",
                 {("UKR", "106", "RUSMIL")}, id="demand-event-noun"),
    pytest.param("Hungary refused to lift its veto on the EU budget.",
                 {("HUN", "124", "IGOEUR")}, id="refuse-to"),  # lifting a veto yields: 124
]

CONJUNCTS = [
    pytest.param("Kenya and Uganda signed a trade pact in Nairobi.",
                 {("KEN", "057", "UGA"), ("UGA", "057", "KEN")}, id="conjunct-subjects"),
    pytest.param("The Chilean and Peruvian foreign ministers held talks in Lima.",
                 {("CHLGOV", "046", "PERGOV"), ("PERGOV", "046", "CHLGOV")},
                 id="coordinated-demonyms"),
]

APPOSITION_RELATIVE = [
    pytest.param("Abdel Fattah el-Sisi, Egypt's president, met the Jordanian king in Cairo.",
                 {("EGYGOV", "040", "JORGOV")}, id="appositive-title"),
    pytest.param("Pakistani police arrested the militants who had attacked a checkpoint.",
                 {("PAKCOP", "173", "PAKINS"), ("PAKINS", "190", None)},
                 id="relative-clause-subject"),
]

REPORTED = [
    pytest.param("The French foreign minister said Russian troops had shelled a Ukrainian village.",
                 {("FRAGOV", "112", "RUSMIL")}, id="third-party-act-is-accusation"),
    # an act its own side says it will do is its intent (a loan → 0331)
    pytest.param("The Kenyan president said his government would lend Somalia 50 million dollars.",
                 {("KENGOV", "0331", "SOM")}, id="own-side-future-act-is-intent"),
    pytest.param("The Kenyan president said Ethiopia would lend Somalia 50 million dollars.",
                 {("ETH", "071", "SOM")}, id="third-party-future-act-is-not-an-intent"),
    pytest.param("Meanwhile, the Indian army chief told a conference in Delhi on Saturday that "
                 "his country is seeking to expand its relations with Paris.",
                 {("INDMIL", "032", "FRAGOV")}, id="speaker-is-source-of-intent"),
]

NOMINAL = [
    pytest.param("The Brazilian president's visit to Beijing last month ended with a trade deal.",
                 {("BRAGOV", "042", "CHNGOV")}, id="possessive-visit"),
]

# Where the event happened decides whose unnamed people, police and sites these are; the
# state's central roles (government, army) are not re-homed.
LOCAL_PARTICIPANTS = [
    pytest.param("Protesters gathered outside the French embassy in Dakar to denounce the raids.",
                 {("SENCVL", "141", "FRAGOV")}, id="protesters-of-the-place"),
    pytest.param("Police in Lagos arrested dozens of protesters on Monday.",
                 {("NGACOP", "173", "NGACVL")}, id="police-and-victims-of-the-place"),
    pytest.param("Unidentified gunmen attacked a market in Kano on Sunday.",
                 {("NGAINS", "180", "NGACVL")}, id="civilian-site-is-civilians"),
    pytest.param("Militants abducted 40 villagers in northern Nigeria.",
                 {("NGAINS", "181", "NGACVL")}, id="counted-victims-of-the-place"),
]

# A target deeper in the object's complements, the agent of a nominal act hung on its patient,
# claims of acts, result adjectives.
DEEPER_ARGUMENTS = [
    pytest.param("Tokyo is considering a ban on imports of Chinese seafood.",
                 {("JPNGOV", "014", "CHN")}, id="target-nested-in-object"),
    pytest.param("The detention of the journalist by Turkish police drew criticism.",
                 {("TURCOP", "173", "TURMED")}, id="by-agent-under-the-patient"),
    pytest.param("Al-Shabaab claimed the bombing of a police station in Baidoa.",
                 {("SOMINS", "015", None), ("SOMINS", "1834", "SOMCOP")},
                 id="claiming-an-act-is-claiming-responsibility"),
    pytest.param("The former Kenyan finance minister was shot dead outside his home.",
                 {(None, "186", "KENELI")}, id="shot-dead-politician-is-assassination"),
    pytest.param("Russian troops violated the truce by shelling villages near Kherson.",
                 {("RUSMIL", "196", None), ("RUSMIL", "194", "UKRCVL")},
                 id="gerund-under-preposition-shares-subject"),
    pytest.param("Egypt asked Qatar to help mediate between the two factions.",
                 {("EGY", "028", "QAT")}, id="transparent-help-passes-the-frame-on"),
]

# Targets the words give only indirectly: the subject of a comment's or an inquiry's content
# clause, who must meet a threat's condition, a passive addressee, an armed group's victims.
INDIRECT_TARGETS = [
    # (the hoped-for return is kept too, as a hypothetical mention)
    pytest.param("The Kenyan foreign ministry expressed hope that Ethiopia would return to the "
                 "talks.", {("KENGOV", "013", "ETH"), ("ETH", "046", None)},
                 id="subject-of-hoped-content"),
    pytest.param("Kenyan police are investigating claims that the governor took bribes.",
                 {("KENCOP", "091", "KENGOV")}, id="subject-of-investigated-claim"),
    pytest.param("Nigerian teachers threatened to go on strike unless the government raised "
                 "their pay.", {("NGAEDU", "133", "NGAGOV")}, id="threat-condition-subject"),
    pytest.param("Malian junta leaders were urged by ECOWAS to release political prisoners.",
                 {("IGOECW", "0253", "MLIMIL")}, id="passive-addressee"),
    pytest.param("Al-Shabaab killed at least 30 people in an attack on a market.",
                 {("SOMINS", "1823", "SOMCVL")}, id="armed-group-victims-of-its-country"),
    pytest.param("The Chilean president laid a wreath in Lima during his visit to Peru.",
                 {("CHLGOV", "017", None), ("CHLGOV", "042", "PER")},
                 id="visit-during-which-is-current"),
]

# Where parties meet is not whom they meet; who is put on alert shows force; plural "they"
# after a coordinated subject is both; a gerund after "on" is a topic, not an act.
MORE_ARGUMENTS = [
    pytest.param("The Greek and Turkish foreign ministers met on the sidelines of the UN "
                 "General Assembly in New York.",
                 {("GRCGOV", "044", "TURGOV"), ("TURGOV", "044", "GRCGOV")},
                 id="venue-complement-is-not-a-party"),
    pytest.param("Additional Indian troops were deployed to the border with China.",
                 {("INDMIL", "154", "CHN")}, id="passive-posture-subject-shows-force"),
    pytest.param("Kenya and Uganda held talks in Nairobi, where they agreed to extend the railway.",
                 {("KEN", "046", "UGA"), ("UGA", "046", "KEN"), ("KEN", "030", "UGA"),
                  ("UGA", "030", "KEN")}, id="they-after-coordinated-subject"),
    pytest.param("Ghana reached a deal with the IMF on restructuring its debt.",
                 {("GHA", "057", "IGOIMF"), ("IGOIMF", "057", "GHA")},
                 id="gerund-after-on-is-a-topic"),
]

# Dyads within one country: a state coercing its own people is one; a protest with no named
# addressee is addressed to the government where it is held; a community in several countries
# takes the country of the place named with it.
WITHIN_A_COUNTRY = [
    pytest.param("China detained hundreds of Uyghurs in Xinjiang.",
                 {("CHN", "173", "CHNCVL")}, id="state-against-its-own-people"),
    pytest.param("Rohingya refugees in Bangladesh protested against the relocation plan.",
                 {("MMRREF", "1412", "BGDGOV")}, id="protest-addressed-to-the-host-government"),
    pytest.param("The Islamic State attacked Kurdish fighters near Mosul.",
                 {("IMGISL", "190", "IRQINS")}, id="community-of-the-place-named"),
]

# Reports: all of a coordinated subject speak; a denial negates only what follows it; a noun
# a relative clause is about is that clause's object; a modal of possibility inside a warning
# is the threat itself.
REPORTS_AND_WARNINGS = [
    pytest.param("Mali, Niger and Burkina Faso announced their withdrawal from the regional "
                 "bloc ECOWAS.",
                 {("MLI", "160", "IGOECW"), ("NER", "160", "IGOECW"), ("BFA", "160", "IGOECW")},
                 id="coordinated-speakers-are-no-third-party"),
    pytest.param("Gunmen killed 12 villagers in Zamfara state; the bandit group denied involvement.",
                 {("NGAINS", "1823", "NGACVL")}, id="denial-after-the-act-does-not-undo-it"),
    pytest.param("Kabul said its forces had shot down a Pakistani drone, a claim Islamabad rejected.",
                 {("AFGMIL", "190", "PAKMIL"), ("PAKGOV", "016", "AFGGOV")},
                 id="relative-clause-object-is-its-noun"),
    pytest.param("Iran warned that it could strike American bases in the Gulf.",
                 {("IRN", "138", "USAMIL")}, id="could-inside-a-warning-is-the-threat"),
    pytest.param("China held large-scale drills around Taiwan on Saturday.",
                 {("CHN", "150", "TWN")}, id="show-of-force-around-a-place"),
    pytest.param("Brazil, Chile and Mexico formally recognised the State of Palestine on Monday.",
                 {("BRA", "054", "PSE"), ("CHL", "054", "PSE"), ("MEX", "054", "PSE")},
                 id="a-land-named-as-object-is-its-state"),
]

# What an actor says it will not do is its refusal; what someone is warned they will face is
# the threat; people attacking people of their own country are a dyad.
REFUSALS_AND_THREATS = [
    pytest.param("Turkey said it would not approve Finland's membership of NATO.",
                 {("TUR", "120", "FIN")}, id="will-not-is-a-refusal"),
    pytest.param("The Kenyan foreign ministry said it would not comment on the arrests.",
                 {("KENGOV", "011", None)}, id="will-not-comment-is-declining-comment"),
    pytest.param("Brussels warned that Minsk would face new sanctions.",
                 {("IGOEUR", "1312", "BLRGOV")}, id="warned-would-face-sanctions"),
    pytest.param("The Nigerian army warned Boko Haram that it would face a massive offensive.",
                 {("NGAMIL", "138", "NGAINS")}, id="warned-addressee-would-face-offensive"),
    pytest.param("A mob lynched a man in Pakistan's Sindh province.",
                 {("PAKCVL", "1823", "PAKCVL")}, id="people-against-people-is-a-dyad"),
    pytest.param("Pakistan called up reserve soldiers as tensions rose with India.",
                 {("PAK", "154", "IND")}, id="show-of-force-aimed-at-what-prompted-it"),
    pytest.param("Taiwan deployed warships near the strait after China's drills.",
                 {("TWN", "154", "CHN")}, id="show-of-force-after-an-adversarys-act"),
    pytest.param("Sudan allowed UN monitors to visit the camps in Darfur.",
                 {("SDN", "0862", "IGOUNO")}, id="the-permitted-party-is-the-object"),
    pytest.param("The Japanese foreign minister laid a wreath in Hanoi during a visit to Vietnam.",
                 {("JPNGOV", "017", None), ("JPNGOV", "042", "VNM")},
                 id="a-visit-during-which-is-the-subjects"),
    pytest.param("The visit of the Chinese defence minister to Moscow angered Kyiv.",
                 {("CHNGOV", "042", "RUSGOV")}, id="the-visit-of-someone-is-theirs"),
    pytest.param("Manila is considering a ban on Chinese-made drones.",
                 {("PHLGOV", "014", "CHN")}, id="x-made-things-are-xs"),
]

# Predicative adjectives, feelings told in the passive, disowned acts, attempted
# assassinations, the subject's role (aircraft bomb from the air), adverbs as particles.
ADJECTIVES_AND_ROLES = [
    pytest.param("The Chilean foreign minister said he was optimistic about the talks with Peru.",
                 {("CHLGOV", "013", "PER")}, id="optimistic-adjective"),
    pytest.param("The rebels said they were open to talks with the government of Mali.",
                 {("MLIREB", "036", "MLIGOV")}, id="open-to-talks"),
    pytest.param("The Syrian government said it was not responsible for the blast in Aleppo.",
                 {("SYRGOV", "016", None)}, id="not-responsible-is-a-denial"),
    pytest.param("The Kenyan president said he was shocked by the deaths in the fire.",
                 {("KENGOV", "018", None)}, id="passive-feeling-is-the-speakers"),
    pytest.param("Armed men tried to kill the Peruvian interior minister.",
                 {(None, "185", "PERGOV")}, id="tried-to-kill-is-an-attempt"),
    pytest.param("Russian aircraft bombed Idlib.", {("RUSMIL", "195", "SYR")},
                 id="military-bombing-is-from-the-air"),
    pytest.param("Ethiopian troops pulled back from the Sudanese border.",
                 {("ETHMIL", "0874", "SDN")}, id="adverb-as-particle"),
]

# The toll of an attack told in a participle or a relative clause is that attack's.
TOLLS = [
    pytest.param("A car bomb exploded outside a police station in Kirkuk, killing six officers.",
                 {("IRQUAF", "1832", "IRQCOP")}, id="participle-toll"),
    pytest.param("The PKK claimed responsibility for the bombing in Ankara that wounded two "
                 "police officers.",
                 {("TURREB", "015", None), ("TURREB", "183", "TURCOP")}, id="relative-clause-toll"),
    pytest.param("A roadside bomb hit an army patrol near Kandahar, killing four soldiers.",
                 {("AFGUAF", "1833", "AFGMIL")}, id="weapon-subject-names-the-attack"),
    pytest.param("Protesters marched through Accra to demand the release of the detained activists.",
                 {("GHACVL", "141", "GHAGOV")}, id="what-a-protest-demands-is-its-content"),
]


@pytest.mark.parametrize(("text", "expected"),
                         VOICE + TARGETS + CONTROL + CONJUNCTS + APPOSITION_RELATIVE + REPORTED
                         + NOMINAL + LOCAL_PARTICIPANTS + DEEPER_ARGUMENTS + INDIRECT_TARGETS
                         + MORE_ARGUMENTS + WITHIN_A_COUNTRY + REPORTS_AND_WARNINGS
                         + REFUSALS_AND_THREATS + ADJECTIVES_AND_ROLES + TOLLS)
def test_mechanism_events(coder, text, expected):
    assert events(text) == expected


NEGATION = [
    pytest.param("Russian forces did not attack the convoy, Ukrainian officials said.", "190",
                 id="did-not"),
    pytest.param("Neither Ethiopia nor Egypt attended the meeting in Khartoum.", None,
                 id="neither-nor"),
    pytest.param("Moscow did not send troops to help Armenia.", None, id="purpose-clause"),
]


@pytest.mark.parametrize(("text", "negated_code"), NEGATION)
def test_mechanism_negation_is_not_an_asserted_event(coder, text, negated_code):
    assert events(text) == set()
    if negated_code:
        assert negated_code in {code for _, code, _ in events(text, negated=True)}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Russian forces did not attack the convoy, the Kremlin said.",
                 {("RUSGOV", "016", None)}, id="own-side-says-its-forces-did-not"),
    pytest.param("Nigerian troops did not fire on protesters at the toll gate, the army said.",
                 {("NGAMIL", "016", "NGACVL")}, id="the-army-says-its-troops-did-not"),
    pytest.param("Russian troops did not attack the city overnight, local officials said.",
                 set(), id="a-guessed-side-is-no-denial"),
])
def test_mechanism_an_act_denied_by_its_own_side_is_a_denial(coder, text, expected):
    assert events(text) == expected


def test_mechanism_denial_negates_its_content(coder):
    mentions = code_text("Moscow denied that its troops had shelled the Zaporizhzhia plant.",
                         published=PUBLISHED)
    asserted = {(m.source and m.source.code, m.cameo) for m in mentions if not m.negated}
    denied = [m for m in mentions if m.negated]
    assert asserted == {("RUSGOV", "016")}
    assert [(m.source.code, m.root) for m in denied] == [("RUSMIL", "19")]
    assert denied[0].attributed_to.code == "RUSGOV"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        pytest.param("The Polish prime minister will visit Kyiv next week.", "intent", id="will"),
        pytest.param("Iran could strike Israeli bases if Israel attacks its nuclear sites.",
                     "hypothetical", id="could-if"),
        pytest.param("China threatened to impose sanctions on Lithuania.", "threat", id="threat"),
        pytest.param("Iran agreed to meet European Union negotiators in Vienna.", "intent",
                     id="intent"),
        pytest.param("The African Union urged Ethiopia to withdraw its forces.", "appeal",
                     id="appeal"),
    ],
)
def test_mechanism_modality(coder, text, modality):
    assert {m.modality for m in code_text(text, published=PUBLISHED)} == {modality}


def test_mechanism_disapproval_of_an_act_is_criticism(coder):
    text = ("The Turkish president said Greece's naval manoeuvres could not be accepted.")
    assert events(text) == {("TURGOV", "111", "GRC")}


def test_mechanism_both_countries_refers_back(coder):
    text = ("The Indian minister discussed trade with Japan and with Australia, and stressed "
            "his aim to expand relations with both countries.")
    found = {(s, c[:2], t) for s, c, t in events(text)}
    assert ("INDGOV", "03", "JPN") in found
    assert ("INDGOV", "03", "AUS") in found


def test_mechanism_several_events_in_one_sentence(coder):
    text = ("Brazil and Argentina agreed to build a gas pipeline and pledged to hold joint naval "
            "exercises.")
    found = events(text)
    assert {("BRA", "0311", "ARG"), ("ARG", "0311", "BRA")} <= found
    assert {("BRA", "0312", "ARG"), ("ARG", "0312", "BRA")} <= found


def test_mechanism_first_person_in_quote_is_the_speaker(coder):
    text = '"We have given a formal protest to the Chinese embassy," the Indian minister said.'
    assert events(text) == {("INDGOV", "114", "CHNGOV")}


def test_mechanism_reported_date_and_place_come_from_the_report(coder):
    text = ("The Indian army chief told a conference in Delhi on Thursday that his country is "
            "seeking to expand its relations with Paris.")
    [m] = code_text(text, published=PUBLISHED)
    assert (m.date, m.date_precision) == ("2024-05-09", "day")
    assert m.location is not None and m.location.name.startswith(("Delhi", "New Delhi"))


def test_mechanism_a_repeated_event_keeps_the_date_given_earlier(coder):
    text = ("The Kenyan foreign minister said on Monday that his government had lodged a formal "
            'protest with the Ugandan embassy. "We have lodged a protest with the Ugandan '
            'embassy," the minister told a local radio station.')
    mentions = code_text(text, published=PUBLISHED)
    assert [(m.sentence_index, m.cameo, m.date, m.date_precision) for m in mentions] == [
        (0, "114", "2024-05-06", "day"), (1, "114", "2024-05-06", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Indian foreign ministry called in the Canadian envoy.",
                     {("INDGOV", "114", "CANGOV")}, id="particle-parsed-as-preposition"),
        pytest.param("Israeli tanks shelled Khan Younis on Monday.",
                     {("ISRMIL", "194", "PSE")}, id="town-named-like-a-person"),
        pytest.param("Pakistani Prime Minister Imran Khan met Putin. Khan later visited Beijing.",
                     {("PAKGOV", "040", "RUSGOV"), ("PAKGOV", "042", "CHNGOV")},
                     id="article-description-beats-dated-table"),
        pytest.param("An Israeli strike killed the Iranian general in Damascus.",
                     {("ISR", "186", "IRNMIL")},
                     id="event-noun-subject-lends-its-agent"),
        pytest.param("Turkish drone strikes killed four militants in northern Iraq.",
                     {("TURMIL", "1952", "IRQINS")}, id="the-strikes-that-killed-are-one-act"),
        pytest.param("Thousands of people marched in Belgrade on Saturday to protest against "
                     "the government.", {("SRBCVL", "141", "SRBGOV")}, id="counted-crowd"),
    ],
)
def test_mechanism_actor_repairs(coder, text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Poland summoned the Russian ambassador to protest the incursion.",
                     {("POL", "114", "RUSGOV")}, id="a-state-protests-officially"),
        pytest.param("Turkish police opened an investigation into the mayor.",
                     {("TURCOP", "091", "TURGOV")}, id="police-investigate-crime"),
        pytest.param("Armed men killed more than 100 villagers in northern Burkina Faso.",
                     {("BFAUAF", "202", "BFACVL")}, id="a-toll-of-hundreds-is-mass-killing"),
        pytest.param("Soldiers killed three Burkinabe villagers in the north.",
                     {("---MIL", "1823", "BFACVL")}, id="a-small-toll-is-not"),
    ],
)
def test_mechanism_code_refined_by_actor_or_toll(coder, text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Serbian protesters blocked the main bridge in Novi Sad for a day.",
                     {("SRBCVL", "144", "SRBGOV")}, id="protest-addressed-to-own-government"),
        pytest.param("A jailed Bahraini activist began a hunger strike to protest prison rules.",
                     {("BHRNGO", "142", "BHRGOV")}, id="purpose-clause-is-the-same-protest"),
        pytest.param("Kenyan students marched against the Ugandan embassy.",
                     {("KENEDU", "141", "UGAGOV")}, id="named-addressee-kept"),
    ],
)
def test_mechanism_protest_targets(coder, text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Thai and Cambodian troops fought with heavy artillery along the border.",
                     {("THAMIL", "194", "KHMMIL"), ("KHMMIL", "194", "THAMIL")},
                     id="weapon-sharpens-the-act"),
        pytest.param("Sudan's army and the Rapid Support Forces clashed in Khartoum.",
                     {("SDNMIL", "193", "SDNREB"), ("SDNREB", "193", "SDNMIL")},
                     id="a-capital-after-in-is-a-place"),
        pytest.param("The Iranian foreign minister arrived in Riyadh on Thursday.",
                     {("IRNGOV", "042", "SAUGOV")}, id="a-visited-capital-is-its-government"),
    ],
)
def test_mechanism_places_and_weapons(coder, text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Spain, Ireland and Norway recognised Kosovo on Tuesday.",
                     {("ESP", "054", "XKX"), ("IRL", "054", "XKX"), ("NOR", "054", "XKX")},
                     id="parties-of-a-one-way-act-share-its-target"),
        pytest.param("Spain and Norway praised the agreement.",
                     {("ESP", "051", None), ("NOR", "051", None)},
                     id="one-way-act-is-not-done-to-each-other"),
        pytest.param("The leaders of Armenia and Azerbaijan signed a declaration at the White House.",
                     {("ARMGOV", "057", "AZEGOV"), ("AZEGOV", "057", "ARMGOV")},
                     id="a-venue-is-not-a-party"),
    ],
)
def test_mechanism_reciprocal_acts(coder, text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The Afghan government handed over two Islamic State commanders to Pakistan.",
                     {("AFGGOV", "063", "PAK")}, id="extradited-to-the-recipient"),
        pytest.param("Britain handed Kenya 40 armoured vehicles.", {("GBR", "072", "KEN")},
                     id="dative-recipient-of-military-aid"),
    ],
)
def test_mechanism_transfers_target_the_recipient(coder, text, expected):
    assert events(text) == expected


@pytest.mark.parametrize(
    ("text", "code", "modality"),
    [
        pytest.param("Japan's prime minister warned that relations with China had worsened.",
                     "012", "asserted", id="warning-without-a-threatened-act"),
        pytest.param("Iran warned that it would retaliate against any Israeli attack.",
                     "138", "threat", id="warning-of-force-is-a-threat"),
    ],
)
def test_mechanism_warnings(coder, text, code, modality):
    assert [(m.cameo, m.modality) for m in code_text(text, published=PUBLISHED)] == [(code, modality)]


def test_mechanism_the_act_of_an_accusation_is_its_content(coder):
    text = "Kenya's president accused Rwanda of conspiring to topple his government."
    found = events(text)
    assert found, "the accusation itself is an event"
    assert {code[:2] for _, code, _ in found} == {"11"}  # the plot is not coded as a coup
