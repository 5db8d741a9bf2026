"""A hedged perpetrator: the text lays the act at someone's door without vouching for it
("apparently by members of the FMLN", "presumed rebels", "attributed to the death squads",
"par des djihadistes présumés"). The incident carries a claim of the text itself (verb
"attribute", no speaker) with the hedge's certainty and the hedge word as evidence (FR and EN)."""

import pytest
from extracting import extract

from bilan.extract.claims import ATTRIBUTION_VERB


def attributions(text: str, lang: str) -> list[tuple[str, str]]:
    doc, incs = extract(text, lang)
    out = []
    for inc in incs:
        for c in inc.claims:
            if c.verb != ATTRIBUTION_VERB:
                continue
            assert c.speaker is None and doc.text[c.start:c.end] == c.text
            ev = [e for e in inc.evidence if e.field == "claims" and c.start <= e.start < c.end]
            assert ev and all(doc.text[e.start:e.end] == e.text for e in ev)
            out.append((c.certainty, ev[-1].text.lower()))
    return out


@pytest.mark.parametrize("text,lang,certainty,word", [
    ("SIX ENGINEERS HAVE BEEN MURDERED THIS WEEK APPARENTLY BY MEMBERS OF THE FMLN.", "en", "probable", "apparently"),
    ("Suspected FARC rebels kidnapped a mayor near Cali on Monday.", "en", "alleged", "suspected"),
    ("PRESUMED FMLN REBELS AMBUSHED AND KILLED 12 PEASANTS NEAR SAN MIGUEL.", "en", "alleged", "presumed"),
    ("The bombing of the bank was blamed on the ELN.", "en", "alleged", "blamed"),
    ("The explosion was attributed to the death squads.", "en", "alleged", "attributed"),
    ("The assassins, who are presumably members of the ELN, killed the minister on Monday.", "en", "probable",
     "presumably"),
    ("Un maire a été enlevé lundi par des djihadistes présumés près de Gao.", "fr", "alleged", "présumés"),
    ("L'attentat contre la banque a été attribué au JNIM.", "fr", "alleged", "attribué"),
])
def test_a_hedged_perpetrator_is_a_claim_with_the_hedge_certainty(text, lang, certainty, word):
    assert (certainty, word) in attributions(text, lang), attributions(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("FARC rebels kidnapped a mayor near Cali on Monday.", "en"),
    ("Suspected of nothing, the mayor was kidnapped by FARC rebels near Cali on Monday.", "en"),
    ("Des djihadistes ont enlevé un maire près de Gao lundi.", "fr"),
])
def test_a_perpetrator_the_text_vouches_for_has_no_attribution_claim(text, lang):
    assert attributions(text, lang) == []


def test_muc4_a_hedged_perpetrator_is_suspected_or_accused():
    from bilan.evaluate.muc4 import _confidence
    from bilan.model import Actor, Claim, Incident

    fmln = Actor(role="actor1", name="FMLN", mention="FMLN", kind="rebel")
    text = "SIX ENGINEERS HAVE BEEN MURDERED APPARENTLY BY MEMBERS OF THE FMLN."
    inc = Incident(id="i", event_type="Violence against civilians", sub_event_type="Attack", actors=[fmln])
    assert _confidence(inc, [fmln]) == "REPORTED AS FACT"
    hedged = Claim(text=text, verb=ATTRIBUTION_VERB, certainty="probable", doc_id="d", start=0, end=len(text))
    assert _confidence(inc.model_copy(update={"claims": [hedged]}), [fmln]) == "SUSPECTED OR ACCUSED"
