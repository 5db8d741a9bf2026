"""The attackers' dead told by the same source after its toll of the soldiers, in a sentence of its own.

Stories written for this file (EN and FR). A coder expects (docs/conventions.md, Counts, "The tolls of the two
sides": only one telling of both sides' dead sums; one side's word of the other side's losses never widens a toll
and is kept apart):

- « Douze soldats ont été tués ..., a annoncé le ministère. Le ministère a ajouté qu'une vingtaine d'assaillants
  avaient été neutralisés »: the toll stays 12 (low, best, high), the twenty are an ``armed men killed`` quantity
  of the incident credited to the ministry, never summed into the toll nor widening it;
- « qu'une vingtaine » is a collective figure (17-23 around 20), not « une » (one): before, the toll was read
  1-12 (``basis: merged``), the elided article after « que » hiding the collective;
- a sentence about the zone at large (« La zone est régulièrement le théâtre d'attaques attribuées à l'EIS »)
  lays no claim on the act.

Before the change every row failed but ``en-guard-one-telling`` and ``fr-guard-one-telling`` (a single telling of
both sides' dead sums: guards): fr-vague read 1-12, the exact and the English rows 12-20 / 12-22 (``merged``) with the quantity's
speaker empty, the zone rows held an ``attribute`` claim of the text.
"""

from __future__ import annotations

import pytest

from extracting import incidents

AMK = "armed men killed"

MIN_FR = "Douze soldats ont été tués mercredi dans une embuscade près de Tillabéri, a annoncé le ministère."
MIN_EN = "Twelve soldiers were killed on Wednesday in an ambush near Tillaberi, the ministry said."

# (id, lang, story, (low, best, high), armed men killed (low, best, high, speaker) or None, claims' speakers)
ROWS = [
    ("fr-vague", "fr", MIN_FR + "\n\nLe ministère a ajouté qu'une vingtaine d'assaillants avaient été neutralisés "
     "lors de la riposte.", (12, 12, 12), (17, 20, 23, "ministère"), {"ministère"}),
    ("fr-exact", "fr", MIN_FR + "\n\nLe ministère a ajouté que vingt assaillants avaient été neutralisés lors de "
     "la riposte.", (12, 12, 12), (20, 20, 20, "ministère"), {"ministère"}),
    ("en-vague", "en", MIN_EN + "\n\nThe ministry added that about 20 attackers were neutralised during the "
     "counter-attack.", (12, 12, 12), (18, 20, 22, "ministry"), {"ministry"}),
    ("en-exact", "en", MIN_EN + "\n\nThe ministry added that 20 attackers were neutralised during the "
     "counter-attack.", (12, 12, 12), (20, 20, 20, "ministry"), {"ministry"}),
    # (the story's own telling, no speaker in the sentence: no other source either; failed before the lead's mend
    # after h-neutral, 12-20 / 12-22 merged)
    ("fr-no-speaker", "fr", MIN_FR + "\n\nUne vingtaine d'assaillants ont été neutralisés lors de la riposte.",
     (12, 12, 12), (17, 20, 23, None), {"ministère"}),
    ("en-no-speaker", "en", MIN_EN + "\n\nAbout 20 attackers were killed in the counter-attack.",
     (12, 12, 12), (18, 20, 22, None), {"ministry"}),
    ("fr-zone", "fr", MIN_FR + "\n\nLa zone des trois frontières est régulièrement le théâtre d'attaques "
     "attribuées à l'EIS et au JNIM.", (12, 12, 12), None, {"ministère"}),
    ("en-zone", "en", MIN_EN + "\n\nThe tri-border area is regularly the scene of attacks attributed to the Islamic "
     "State in the Sahel and JNIM.", (12, 12, 12), None, {"ministry"}),
]

# guards that passed before: one telling of both sides' dead sums
GUARDS = [
    ("fr-guard-one-telling", "fr", "Douze soldats et vingt assaillants ont été tués mercredi dans des combats près "
     "de Tillabéri, a annoncé le ministère.", (32, 32, 32)),
    ("en-guard-one-telling", "en", "Twelve soldiers and 20 attackers were killed on Wednesday in fighting near "
     "Tillaberi, the ministry said.", (32, 32, 32)),
]


def _only(text: str, lang: str):
    found = incidents(text, lang)
    assert len(found) == 1, [(i.sub_event_type, i.fatalities) for i in found]
    return found[0]


@pytest.mark.parametrize("rid,lang,text,toll,amk,speakers", ROWS, ids=[r[0] for r in ROWS])
def test_doers_dead_same_source(rid, lang, text, toll, amk, speakers):
    inc = _only(text, lang)
    f = inc.fatalities
    assert (f.low, f.best, f.high) == toll
    killed = [q for q in inc.quantities if q.what == AMK]
    if amk is None:
        assert not killed
    else:
        assert len(killed) == 1
        q = killed[0]
        assert (q.value.low, q.value.best, q.value.high, q.speaker) == amk
        assert q.certainty == "asserted"
        assert text[q.start:q.end].lower() in ("une vingtaine", "vingt", "about 20", "20")
    assert {c.speaker for c in inc.claims} == speakers
    assert all(c.verb != "attribute" for c in inc.claims)
    assert all(c.stance == "supports" for c in inc.claims)
    ev = [e.text for e in inc.evidence if e.field == "fatalities"]
    assert ev == [text.split()[0]]


@pytest.mark.parametrize("rid,lang,text,toll", GUARDS, ids=[r[0] for r in GUARDS])
def test_one_telling_sums(rid, lang, text, toll):
    inc = _only(text, lang)
    f = inc.fatalities
    assert (f.low, f.best, f.high) == toll
