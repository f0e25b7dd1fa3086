"""Word classes the coding rules read, from ``data/lexicon.tsv``.

The rules of :mod:`eventcoder.code` are grammar; the words they apply to are data. A rule asks
for a class by name (``word_class("civilian_site")``) and gets a frozenset of lower-case
lemmas. Every class a rule may ask for is declared in :data:`CLASSES` with what it is for, and
the table may hold no other class, so a typo in either place fails loudly.
"""

from __future__ import annotations

import functools
from importlib import resources

from eventcoder.errors import DataTableError

__all__ = ["CLASSES", "word_class"]

#: class name -> what the rules do with its words.
CLASSES: dict[str, str] = {
    "natural_cause": "agents that are nature or accident: no actor, no event",
    "quantity": "counting nouns: 'thousands of people' -> the counted noun is the actor",
    "measure": "measure and holding nouns whose of-complement names what an act is about",
    "container": "nouns that carry a message: 'a letter of protest' -> the protest",
    "report_noun": "nouns that report speech; the clause they introduce is their content",
    "causative": "verbs by which an actor has its agencies do an act: 'ordered an inquiry'",
    "group_noun": "nouns that, with 'both'/'two', refer back to two countries",
    "homeland": "nouns that, with a possessive, name the possessor's country: 'his country'; "
                "bare ('the kingdom', 'the island'), the speaker's or the last country named",
    "place_noun": "nouns for settlements and areas: a target named through them is a place",
    "civilian_site": "places where civilians are: an attack on one is an attack on civilians",
    "central_state": "adjectives for a country's central power: 'the federal government' of "
                     "no named country, addressed by a side of one, is that country's",
    "gathering": "nouns for people gathered: acted on in a located act, the place's civilians, "
                 "unless a modifier says whose: 'dispersed a rally in Tbilisi'",
    "venue": "occasions and their edges where parties meet: their complements say where, not whom",
    "undergo": "verbs whose subject suffers the act their object names: 'would face sanctions'",
    "compel": "verbs that make someone do something: 'ordered the envoy to leave' = expelled",
    "departure": "verbs of leaving: 'ordered the envoy to [leave]' = expelled",
    "wield": "verbs of using a weapon: in 'used drones in an attack on X' the manner phrase is the act",
    "departure_noun": "nouns of leaving: 'ordered the [withdrawal] of the UN mission' = expelled it",
    "refrain": "verbs whose from-complement is an act not done: 'refrained from attacking'",
    "exclude": "verbs whose gerund object is an act not done: 'ruled out sending troops', "
               "'avoided meeting the envoy'",
    "possibility": "adjectives that call an event only possible: 'a meeting between the two "
                   "leaders was possible', 'a deal is unlikely' (no event)",
    "answer": "words of answering an act in kind: 'vowed to retaliate', 'promised a response', "
              "'swore revenge': with no one named, aimed at whoever did the act the sentence "
              "told against the answering side",
    "countermove": "a speaker's own answer of no named kind: 'warned Manila it would [take "
                   "all necessary measures]', 'that it would [act]' (a threat, 130)",
    "munition": "what is fired, dropped or thrown: 'fired missiles at X' targets X, not missiles",
    "person": "nouns for a person or people of no role: victims of the place's country",
    "transparent": "verbs that pass a frame on to the act they govern: 'urged X to help mediate'",
    "effort": "nouns for an undertaking whose modifier names the act: 'a mediation effort'",
    "resort": "verbs whose 'to'-gerund is their subject's own act: 'resorted to throwing stones'",
    "coerce": "verbs that make someone stop by authority: 'ordered the paper to [suspend] …'",
    "forecast": "passive verbs and adjectives that foresee an act: 'is expected to visit' = no act yet",
    "cessation": "verbs of stopping: 'ordered the paper to suspend publication' = banned it",
    "shouted_word": "table acronyms that in capitals-only text are more often words: 'A CAR BOMB'",
    "confinement": "nouns of being held: after 'in' a state ('died in police custody'), no arrest",
    "seat": "participles of where a body sits: 'a newspaper based in Beirut' is of that country",
    "onlooker": "role words for watchers that, with no country or body named, are no actor",
    "launch": "verbs of sending a munition off: in 'rockets fired from Lebanon hit Haifa', which "
              "the parser reads with 'fired' as the main verb, what the rockets hit is the act",
    "burst": "nouns of something bursting or catching fire: with a mishap_source before them "
             "('a gas explosion', 'a boiler blast') an accident, no attack",
    "mishap_source": "things that explode or leak by accident: 'a gas explosion at a coal mine "
                     "killed 19 miners' is no attack",
    "pundit": "role words for those who pass judgement (critics, reviewers): with no country of "
              "their own named and no one judged, their verdict is no event",
    "session": "verbs of a body sitting: with no one named, 'the cabinet met' is no interaction",
    "charge_noun": "nouns of what someone is held on: 'on charges of treason' names the crime",
    "decision": "nouns of decisions and proposals: 'will not accept the ruling' rejects it (12), "
                "where 'will not accept their attacks' criticises (111)",
    "result_adjective": "adjectives of a verdict's small clause: 'found a leader guilty of …' is "
                        "'found guilty' done to the leader",
    "plight": "participles of what befell people where they are: 'children trapped in Gaza "
              "City', 'families displaced by fighting in Khartoum' are of that place's country",
    "own_side": "nouns a possessive pronoun makes the warner's own side, besides its homeland "
                "and forces: 'warned that [his government] would punish anyone who ...' threatens",
    "ultimatum_verb": "verbs of granting a party time: 'gave the rebels 48 hours to disarm' "
                      "sets an ultimatum (139)",
    "time_span": "units of time granted for an act: 'gave the rebels 48 [hours] to disarm' is "
                 "an ultimatum (139)",
    "mineral": "what is dug from a mine: 'the Escondida copper mine' is a pit, no explosive (1833)",
    "commanded": "bodies under a leader's command: an order to them, named bare, is the act "
                 "ordered: 'ordered police to release the protesters' releases them",
    "flight": "verbs of fleeing: 'families fleeing the fighting in Darfur' are Sudan's",
    "help": "verbs of helping: whom 'to help X' names is the beneficiary of the act it serves",
    "preparation": "verbs of getting ready: 'preparing to storm the town' is a show of force",
    "intent_passive": "frame verbs whose passive states the subject's intent: 'is committed to'",
    "characterise": "verbs that name something as what it is: 'described the move as interference'",
    "scheme": "nouns of a scheme to do something: 'an attempt to change the regime' accuses",
    "prevention": "verbs of stopping an act beforehand: what is told of a prevented rally did not happen",
    "afflicted": "words for people by what befell them, used as nouns: 'evacuated the wounded'",
    "perish": "verbs of dying: 'soldiers died in a bomb attack' are the attack's victims",
    "exposed": "verbs whose subject undergoes the act after 'under': 'Kyiv came under attack'",
    "accusing": "report words whose content is a charge: 'accusations that Havana hosts a base' = 112",
    "wishing": "intent verbs whose that-clause on another party is a hope: 'hoped Japan would invest'",
    "disavowed_intent": "intent frames whose negation is a refusal: 'has no intention of negotiating'",
    "diplomatic_post": "nouns of a diplomatic post abroad: 'reopened its embassy in Tehran' deals with Iran",
    "meeting": "verbs and nouns of meeting and talks: 'talks with the rebels in Nairobi' are held there",
    "enduring": "verbs of lasting or failing: an agreement or measure their subject ('the "
                "truce has held', 'the deal collapsed') is a thing made, no act of the story",
    "expectation": "nouns of expecting, hoping or fearing: their that-clause ('growing hopes "
                   "that Serbia and Kosovo will agree') tells what is awaited, not an act",
    "prospect": "adjectives that comment on a prospect only when said of an act: 'said a deal "
                "was close' (013), 'Russia is close to China' no comment",
    "licensing": "verbs of letting or empowering: what a text or rule lets someone do ('the "
                 "law allows police to detain …') is a power granted, not an act",
    "rule_text": "nouns of laws, decrees and rules: what they let or empower someone to do is "
                 "no act ('new rules empower police to arrest …')",
    "addressing": "verbs of telling someone: a call framing one ('told Putin in a phone call "
                  "that …') is with whom it tells",
    "captivity": "verbs of keeping people captive: their participle with an agent on people "
                 "('families of hostages held by Hamas') tells a state, not an act",
    "custom_adverb": "adverbs of custom: 'the summit is usually held in …' tells a rule, not an act",
    "copular_prep": "prepositions whose phrase after 'be' is the predicate: 'was behind the attack'",
    "pressure": "nouns of pressing someone: 'refused despite pressure from X' is aimed at X",
    "holding": "participles of holding ground: 'rebel-held villages' stand for their holders",
    "adverbial_noun": "nouns used as adverbs right after a verb: 'returned home', 'left "
                      "today' (no object; 'dropped sarin on the town' has one)",
    "status_participle": "participles that describe a person by what befell them: 'met "
                         "deposed President X', 'visited jailed activist Y' (no act of the story)",
    "home_force": "modifiers of armed forces that serve the state at home: 'government forces' "
                  "with no country named are of the country where the event happened",
    "relation": "nouns of one party's ties to another: 'Israel's ally' is not Israel",
    "exchange": "verbs of exchanging: 'X and Y traded accusations' is each side's act to the other",
    "awaiting": "clause marks of an act still awaited when the head is negated or to come: "
                "'will not approve it until Oslo acts'",
    "protect": "verbs of protecting: forces sent to another country 'to protect' it provide protection (074)",
    "disapproving": "words of disapproval: 'called the remarks irresponsible' criticises (111)",
    "circumstance": "nouns for a state of affairs: 'called the situation dangerous' disapproves of no one",
    "penalty": "nouns of a penalty of no named kind: 'warned that X would face consequences' threatens X",
    "state_carrier": "verbs of being in a state: 'has been on hunger strike' -> the subject strikes",
    "address": "occasions of speaking: 'attacked his critics in a speech' is a verbal attack",
    "sending": "verbs of sending or appointing people: a role word's participle of theirs "
               "with a by-phrase ('the envoy sent by Beijing', 'troops deployed by Russia') "
               "makes them the sender's",
    "captor": "verbs of holding people captive: in an agentless passive of their release, a "
               "participle of theirs on the people ('soldiers who had been held by Cambodian "
               "forces were freed') names who frees them",
    "reaction": "verbs of answering an act: a participle of theirs with a by-phrase on an "
                "event noun ('an operation condemned by the Palestinian Authority') names who "
                "answered the act, not who did it",
    "habit_adverb": "adverbs of doing again and again: a relative clause they qualify ('who "
                    "has clashed repeatedly with Madrid') describes its noun",
    "mishap": "verbs of accidents: the toll told after one ('a bus crashed, killing 14') is no attack",
    "pierced_prep": "prepositions by which a weapon reaches what it struck: 'a bomb tore through a market'",
    "mutual": "reciprocal pronoun words: 'accused each other', 'blamed one another': each to the other",
    "drawn_out": "verbs whose passive after a refusal is one to comment: 'refused to be drawn on X' (011)",
    "withheld": "verbs of telling whose refusal is one to comment: 'declined to say whether …' (011)",
    "circumstance_mark": "subordinators of time or cause: 'denied it after Congo accused Kigali' "
                         "tells when, not what was denied",
    "anaphoric_act": "nouns for any act: 'protested the decision' answers an act the sentence told",
    "fail": "verbs of failing: 'failed to defend it': the act in their complement did not happen",
    "provoke": "participles by which an act draws others' reaction: ', drawing condemnation from X' "
               "(X reacts to the act's doer); ', prompting Japan to protest' (Japan acts)",
    "weigh": "verbs of weighing an option: 'is considering sending jets', 'weighing whether "
             "to ban …' considers the act (014); the act itself is not done",
    "offered_intent": "intent frames that offer or accept: forces 'agreed to send' into another "
                      "country are protection promised (0334)",
    "assisting_verb": "verbs of helping: troops pledged 'to help X' are protection promised",
    "frontier": "nouns of borders and front lines: troops pledged to one show force",
    "joint_manner": "words of doing together: 'jointly patrol', 'sent troops for joint drills' "
                    "is military cooperation, not a show of force",
    "combat": "verbs of fighting a foe: forces sent abroad 'to help fight the insurgents' fight on "
              "the host's side and provide protection (074)",
    "placement": "verbs of putting money in: what it is put 'in' receives it: 'invested $1 "
                 "billion in an Egyptian company', 'deposited $3 billion in Turkey's central bank'",
    "carrier": "vehicles that carry goods: what 'a ship loaded with relief supplies' or 'planes "
               "carrying aid' carry is what is sent",
    "symmetric": "acts both sides do when one is named with 'with': 'clashed with the army' is "
                 "fought each way ('fought the rebels' stays one way); verbs of exchanging "
                 "count too ('exchanged fire with'), and verbs of concluding a deal: 'signed a pact with "
                 "Kenya' is signed by Kenya too",
    "body_anaphor": "nouns that, as a bare 'the X', stand for the international organisation "
                    "named last: 'the bloc', 'the alliance'",
    "group_anaphor": "nouns that, as a bare 'the X', stand for the non-state group named last: "
                     "'a Taliban spokesman said the group would …', 'Amnesty said the group …'",
    "negative_pronoun": "pronouns that, as a subject, deny the act: 'nobody has offered to mediate'",
    "auspices": "nouns of a third party's help, which 'under' makes an act of its own: "
                "'held talks under Egyptian mediation'",
    "ties": "nouns of the ties between two parties: 'warned Madrid that relations would suffer "
            "if Spain …' threatens them (13), as a warning about a party under a condition does",
    "local_office": "heads of local government offices: 'the governor', 'the mayor', of no named "
                    "country, are of the one country the sentence places its story in",
    "likelihood": "adverbs of likelihood: 'would probably reject' guesses at a refusal (hypothetical)",
    "freeing": "nouns of freeing people: 'demanded the return of children deported to Russia' "
               "is made of whoever holds them (the participle's place or agent)",
    "stance_prefix": "prefixes hyphened to a country's name that say whose side one takes, not "
                     "whose one is: 'pro-Russian politicians' are no Russian actor",
    "person_head": "heads that name a person when a people or role word is their compound: "
                   "'an opposition figure'",
    "owner_office": "offices that act for whose they are: 'the prosecutor's office', 'the "
                    "president's press office' are the prosecutor's, the president's",
    "author_participle": "participles whose hyphened modifier names who made or leads a thing "
                         "(not people): 'a Cairo-brokered plan', 'a Russian-led alliance'",
    "person_group_noun": "group nouns ('the two leaders', 'both presidents') that refer back to the "
                         "last two people named, else to the last two countries",
    "receipt": "verbs of receiving: what is received from X is X's act aimed at the receiver: "
               "'Kenya received vehicles from Britain' is Britain's aid, 'received a phone call "
               "from X' is X's call (but to receive a person is to host them)",
    "receipt_converse": "giving verbs whose rows read a receiving: 'received tanks' as 'give tanks'",
    "protective_mission": "nouns of a protective mission: forces sent abroad 'as part of the "
                          "security mission' provide protection (074)",
    "companion_prep": "prepositions of company: where a row names one ('trained alongside X') "
                      "its object is the partner; elsewhere no target ('fought alongside X')",
    "occurrence": "verbs by which unrest happens with no one named: 'protests broke out in Tehran' "
                  "(the protesters are people of the place)",
    "recall": "verbs of calling one's own people back: in 'X's envoy was recalled' X recalls",
    "utterance": "nouns of words said: their by-phrase is who said them, not the agent of a "
                 "passive they follow: 'was summoned over comments by the foreign secretary'",
    "summon": "verbs of making people come to one: in 'X's envoy was summoned to the foreign "
              "ministry in Y' the ministry summons",
    "accord_noun": "nouns of a signed text: a participle after it, past a date, says what it "
                   "does: 'signed a treaty on Friday granting Tuvaluans the right to settle'",
    "over_particle": "verbs whose 'over' right before a number is their particle, not 'more "
                     "than': 'handed over 5,000 tonnes of rice' (hand over)",
    "force_unit": "armed forces, their units and craft: a row's '@force' object ('rushed "
                  "troops to the border', 'ordered a carrier strike group to the Gulf')",
    "visiting_role": "role words for people sent to deal with others abroad: 'negotiators "
                       "in Havana', 'diplomats in Kabul' say where they are, not whose they are",
    "force_site": "places and columns an armed force holds or moves in: a row's '@site' object "
                  "('struck an army outpost', 'ambushed a police convoy')",
    "authored_from": "nouns of a charge whose from-phrase names its author, as a by-phrase "
                     "would: 'accusations from Lithuania' (Lithuania accuses)",
    "belonging": "participles whose to-phrase names a thing's owner: 'land belonging to the "
                 "former minister', 'assets pertaining to the company'",
    "deed": "verbs of doing or issuing an act whose passive relative clause names its agent: "
            "'the expulsion, which was carried out by Dominican authorities', 'a proposal, "
            "which had been put forward by the US' (the by-phrase is the act's agent)",
    "ascribed": "participles that pin an act on its agent: 'an attack blamed on the ADF', "
                "'a bombing attributed to the group' (the on- or to-phrase is the act's agent)",
    "narrative_work": "works that tell or show events (films, novels, exhibitions, games): an "
                      "act told inside one ('a film about the genocide', 'the novel tells of a "
                      "girl kidnapped by pirates') is its content, not news",
    "happening": "verbs by which an event takes place or is set to: an event noun whose verb is "
                 "negated did not happen ('the talks have not been scheduled', 'the summit "
                 "did not materialise')",
    "sponsor": "participles of brokering or backing: their modifier on an event noun ('a "
               "Russian-brokered ceasefire', 'a UN-backed deal') names a third party, not the "
               "act's other side",
    "arrival": "verbs of arriving: with no object, their subject is what is delivered, as the "
               "object of 'sent' ('Rwandan peacekeepers arrived in Bangui' -> 074, 'a shipment "
               "of vaccines landed in Lima' -> 073)",
    "onset": "verbs by which an act begins or starts again: an act of any root named with its "
             "agent as their subject happens ('joint patrols by Malian and Burkinabe soldiers "
             "resumed', 'the handover of the prisoners began')",
    "rite": "nouns and verbs of rites, remembrance and celebration: crowds that gather or march "
            "for one ('gathered for the anniversary of the genocide', 'marched to mark the "
            "holiday') do not protest",
    "bidding": "reporting verbs that, with an object and its to-infinitive, bid the object do "
               "the act: 'Beijing told Manila to remove the warship' demands it (as 'ordered')",
    "protest_purpose": "verbs of a purpose that makes a rite's crowd a protest: 'marched to "
                       "mark the anniversary and demand justice' protests",
    "perceive": "verbs of seeing and showing whose object a gerund after it shows in the act: "
                "'saw soldiers shooting' (the parse of such a clause is kept)",
    "result_word": "result words the parser calls an adverb or a clause: 'set the station "
                   "ablaze' plays the particle's part, as 'shot dead' does",
    "announce": "verbs of making an act known: the act is the announcer's own ('announced "
                "sanctions on X', 'unveiled an inquiry': carried as by a light verb) unless its "
                "noun names another agent ('announced Sweden's entry') or the parties it is "
                "between ('Egypt announced a ceasefire between Israel and Hamas': theirs)",
    "reaction_noun": "nouns of an answer that a word of anger makes disapproval: 'drew an angry "
                     "response from Moscow', 'a furious reaction' (111)",
    "coup": "words of taking a state's rule: 'seized power', 'staged a coup': with no one "
            "else named, done to the government of the place or of the plotters' country",
    "anger": "words of anger or scorn that make a reaction noun disapproval: 'an angry response', "
             "'a scornful reply', 'a furious reaction'",
    "stance": "participles of speech that, after a comma, tell where their speaker stands: hung "
              "by the parser on a demanded or foreseen clause ('demanded that Hamas free the "
              "hostages, rejecting a proposal'), they are the main speaker's",
    "attribution_verb": "verbs of a trailing attribution ('…, a spokesman for the group said'): "
                        "the parser may read their teller as an apposition of the last noun "
                        "before the comma and the report as a clause under the act",
    "follower": "nouns of people who follow a leader or a party: of an opposition figure or "
                "party they are the opposition ('supporters of opposition leader X' -> OPP)",
    "state_body": "nouns of a state's bodies, services and units: after 'of' with a state's "
                  "possessive they give a role word that state ('soldiers of Niger's "
                  "presidential guard', 'officers of Kenya's police service')",
    "region_word": "capitalised words that, before a country's demonym, name a part of a "
                   "continent, not the country: 'Latin American governments', 'South American "
                   "leaders' (no country)",
    "referring": "participles that say whom a quote is about ('…,' the army chief said, "
                 "'referring to Chinese troops'): the to-phrase is the target of what the quote "
                 "tells when it names none",
}


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    path = resources.files("eventcoder") / "data" / "lexicon.tsv"
    found: dict[str, set[str]] = {name: set() for name in CLASSES}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "class":
            continue  # header
        if len(cols) < 2 or not cols[1].strip():
            raise DataTableError(f"lexicon.tsv:{lineno}: expected 'class<TAB>word'")
        name, word = cols[0].strip(), cols[1].strip()
        if name not in CLASSES:
            raise DataTableError(f"lexicon.tsv:{lineno}: unknown word class {name!r}")
        if word != word.lower():
            raise DataTableError(f"lexicon.tsv:{lineno}: words are lower-case lemmas: {word!r}")
        found[name].add(word)
    return {name: frozenset(words) for name, words in found.items()}


def word_class(name: str) -> frozenset[str]:
    """The lower-case words of class ``name`` (one of :data:`CLASSES`)."""
    if name not in CLASSES:
        raise KeyError(f"unknown word class {name!r}; known: {', '.join(sorted(CLASSES))}")
    return _table()[name]
