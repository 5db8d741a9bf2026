"""Who says it: a statement read out, its relative pronoun, a statement's owner (h-sources2). Stories written for this
file, wire style, EN and FR; each row tells the rule that serves it. Before the rules (run on 21e934d4): 6 of 12
failed (the four read-out rows and the two statement's-owner rows; the guards passed); the two rows of a
statement's complement before the participle were added after (on 384f8c72: both failed, 'statement from the army
read on state television' with a second claim by 'which', « télévision publique »).

- a statement read out: "..., said the statement read on state television, which added that about 20 assailants were
  killed", « ..., indique le communiqué lu à la télévision publique, qui ajoute qu'une vingtaine d'assaillants ont été
  neutralisés »: a participle of reading out or broadcasting right after a statement's noun (claims_<lang>.
  READ_OUT_PARTICIPLES, STATEMENT_NOUNS: "read on", "broadcast on", « lu à », « diffusé par ») names where the words
  were given out, no part of the speaker: the speaker is the statement (claims._read_out, in claims._speaker_from).
  Before: "statement read on state television", « télévision publique ».
- its relative pronoun: the "which" / « qui » after where it was read reads back to the statement, not to the
  television (claims._statement_read_out, in claims._subject), and the statement's second verb of saying, as sure, is
  the same speaker going on: one claim (claims._relative_going_on). Before: a second claim by "which" (EN). The one
  sentence's toll sums both sides' dead, as one telling does (30/32/None EN "about 20", 29/32/None FR « une
  vingtaine »): unchanged.
- a statement's owner: a definite statement's noun alone as the speaker ("The statement added that ...", « Le
  communiqué précise que ... ») after a sentence whose speaker spoke ("..., the defence ministry said", « a annoncé le
  ministère de la Défense ») is that speaker's statement: its claims and figures that source's, organisation included
  (claims._statement_of_the_speaker_before, in claims._resolve_speakers). So the doers' dead it tells are the same
  source's second telling (incidents._doers_dead_by_the_same_source): the toll stays 12/12/None, the assailants an
  `armed men killed` quantity credited to the ministry, as "The ministry added that ..." already did. Before: the
  statement a speaker of its own, with no organisation; its twenty widened the toll's high end (12/12/22, FR 12/12/23)
  and the quantity had no speaker.
- guards (passed before): "The ministry added that ..."; a statement that opens the story stays the statement's; who
  gave it out named after the participle ("a statement read by army spokesman Colonel ...", « un communiqué diffusé
  par l'état-major ») keeps them: the participle cuts the speaker only before a broadcaster's noun
  (claims_<lang>.BROADCAST_NOUNS).
- "a statement broadcast on national radio", « selon un communiqué diffusé par la radio nationale »: before, the
  speaker was "statement broadcast on national radio" and « radio nationale » (read as the report's maker,
  claims._report_maker).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extracting import incidents

PUB = dt.date(2026, 5, 13)  # a Wednesday: "on Monday" is May 11
AMK = "armed men killed"


def _only(text: str, lang: str):
    found = incidents(text, lang, PUB)
    assert len(found) == 1, [(i.sub_event_type, i.fatalities) for i in found]
    return found[0]


def _toll(inc):
    f = inc.fatalities
    return None if f is None else (f.low, f.best, f.high)


# (id, lang, story, claims' speakers, toll)
READ_OUT = [
    ("en-read-which", "en", "At least 15 soldiers were killed when gunmen ambushed a patrol near Ayorou on Monday, "
     "said the statement read on state television, which added that about 30 assailants were killed.",
     ["statement"], (42, 45, None)),
    ("fr-lu-qui", "fr", "Au moins quinze soldats ont été tués lundi lorsque des hommes armés ont tendu une embuscade à "
     "une patrouille près d'Ayorou, indique le communiqué lu à la télévision publique, qui ajoute qu'une trentaine "
     "d'assaillants ont été neutralisés.", ["communiqué"], (41, 45, None)),
    # (the statement's complement before the participle: "a statement from the army read on", « un communiqué de
    # l'armée lu à »; the French report's maker, « de l'armée », speaks, as it did before)
    ("en-from-the-army-read-which", "en", "At least 15 soldiers were killed when gunmen ambushed a patrol near Ayorou "
     "on Monday, said a statement from the army read on state television, which added that about 30 assailants were "
     "killed.", ["statement from the army"], (42, 45, None)),
    ("fr-de-l-armee-lu-qui", "fr", "Au moins quinze soldats ont été tués lundi lorsque des hommes armés ont tendu une "
     "embuscade à une patrouille près d'Ayorou, indique un communiqué de l'armée lu à la télévision publique, qui "
     "ajoute qu'une trentaine d'assaillants ont été neutralisés.", ["armée"], (41, 45, None)),
    ("en-broadcast", "en", "Gunmen killed at least 15 soldiers in an ambush near Ayorou on Monday, said a statement "
     "broadcast on national radio.", ["statement"], (15, 15, None)),
    ("fr-diffuse", "fr", "Des hommes armés ont tué au moins quinze soldats lundi dans une embuscade près d'Ayorou, "
     "selon un communiqué diffusé par la radio nationale.", ["communiqué"], (15, 15, None)),
]


@pytest.mark.parametrize("rid,lang,text,speakers,toll", READ_OUT, ids=[r[0] for r in READ_OUT])
def test_statement_read_out_is_the_speaker(rid, lang, text, speakers, toll):
    inc = _only(text, lang)
    assert [c.speaker for c in inc.claims] == speakers
    assert _toll(inc) == toll


FIRST_EN = ("At least nine soldiers were killed when gunmen attacked an army post near Gotheye on Monday, the defence "
            "ministry said.")
FIRST_FR = ("Au moins neuf soldats ont été tués lundi lorsque des hommes armés ont attaqué un poste de l'armée près "
            "de Gothèye, a annoncé le ministère de la Défense.")

# (id, lang, story, speaker of every claim, toll, armed men killed (low, best, high, speaker))
OWNER = [
    ("en-statement", "en", FIRST_EN + " The statement added that about 25 assailants were killed in the "
     "counter-attack.", "defence ministry", (9, 9, None), (22, 25, 28, "defence ministry")),
    ("fr-communique", "fr", FIRST_FR + " Le communiqué précise qu'une vingtaine d'assaillants ont été neutralisés "
     "lors de la riposte.", "ministère de la Défense", (9, 9, None), (17, 20, 23, "ministère de la Défense")),
    # guards: the ministry named again (passed before)
    ("en-ministry-guard", "en", FIRST_EN + " The ministry added that about 25 assailants were killed in the "
     "counter-attack.", "defence ministry", (9, 9, None), (22, 25, 28, "defence ministry")),
    ("fr-ministere-guard", "fr", FIRST_FR + " Le ministère a ajouté qu'une vingtaine d'assaillants avaient été "
     "neutralisés lors de la riposte.", "ministère de la Défense", (9, 9, None), (17, 20, 23, "ministère de la Défense")),
]


@pytest.mark.parametrize("rid,lang,text,speaker,toll,amk", OWNER, ids=[r[0] for r in OWNER])
def test_definite_statement_is_the_speaker_before(rid, lang, text, speaker, toll, amk):
    inc = _only(text, lang)
    assert {c.speaker for c in inc.claims} == {speaker}
    assert len({c.organisation for c in inc.claims}) == 1 and inc.claims[0].organisation
    assert all(c.stance == "supports" for c in inc.claims)
    assert _toll(inc) == toll
    killed = [q for q in inc.quantities if q.what == AMK]
    assert len(killed) == 1
    q = killed[0]
    assert (q.value.low, q.value.best, q.value.high, q.speaker) == amk


# guards: who gave it out, named after the participle, is no place it was read (passed before)
GIVEN_OUT_BY = [
    ("fr-diffuse-par-etat-major", "fr", "Des hommes armés ont tué au moins quinze soldats lundi dans une embuscade près "
     "d'Ayorou, selon un communiqué diffusé par l'état-major des armées.", "état-major des armées"),
    ("en-read-by-spokesman", "en", "Gunmen killed at least 15 soldiers in an ambush near Ayorou on Monday, said a "
     "statement read by army spokesman Colonel Amadou Abdramane.", "Amadou Abdramane"),
]


@pytest.mark.parametrize("rid,lang,text,speaker", GIVEN_OUT_BY, ids=[r[0] for r in GIVEN_OUT_BY])
def test_statement_given_out_by_someone_keeps_them(rid, lang, text, speaker):
    inc = _only(text, lang)
    assert [c.speaker for c in inc.claims] == [speaker]


# a statement that opens the story has no speaker before it: it stays the statement's
OPENING = [
    ("en-opening", "en", "The statement said at least nine soldiers were killed when gunmen attacked an army post near "
     "Gotheye on Monday.", "statement"),
    ("fr-opening", "fr", "Le communiqué précise qu'au moins neuf soldats ont été tués lundi lorsque des hommes armés ont "
     "attaqué un poste de l'armée près de Gothèye.", "communiqué"),
]


@pytest.mark.parametrize("rid,lang,text,speaker", OPENING, ids=[r[0] for r in OPENING])
def test_opening_statement_stays_its_own(rid, lang, text, speaker):
    inc = _only(text, lang)
    assert [c.speaker for c in inc.claims] == [speaker]
