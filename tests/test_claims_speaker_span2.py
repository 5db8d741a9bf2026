"""More of a speaker's own words: a named speaker followed by an apposition with a relative clause ("The El
Fasher Resistance Committee, a volunteer group that documents abuses, put the death toll at 41"), a
speaker brought in by a possessive ("his family told reporters", « a indiqué sa famille »), and a
hyphenated French noun (« l'état-major »). Sentences written for this file (EN and FR), before bilan was
run on them.

First run, before the rules: 1 of 8 rows; with them 7 of 8 (claims._np_tokens leaves out an apposition that
describes with a relative clause, and a complement with no preposition the French parse tags so;
claims._subject reads past a parse that hangs the verb on the apposition; a possessive is no pronoun
speaker; a name a complement of the speaker's noun holds is not the speaker; « état-major » is one word).
The French possessive row stays a strict xfail: its sentence makes no incident. With « toucher à la poitrine » a
trigger of its own (events_fr: a person hit by a bullet or in a part of the body): 8 of 8.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilan.model import Document
from bilan.pipeline import extract_many


def speakers(text: str, lang: str) -> list[str]:
    ex = list(extract_many([Document(doc_id="d", text=text, language=lang, published=dt.date(2025, 3, 10))]))[0]
    return [c.speaker or "" for i in ex.incidents for c in i.claims]


# (text, language, words one speaker holds, words no speaker may be)
ROWS = [
    ("Shells hit a market in the city on Friday, killing 30 people. The El Fasher Resistance Committee, a volunteer "
     "group that documents abuses, put the death toll at 41 and blamed the RSF.", "en", "Resistance Committee",
     "documents abuses"),
    ("Gunmen killed four farmers near the river on Monday. The Kivu Security Tracker, a project that maps attacks "
     "in the region, said the gunmen were ADF rebels.", "en", "Kivu Security Tracker", "maps attacks"),
    ("Des obus ont frappé vendredi un marché de la ville, tuant 30 personnes. Le Comité de résistance d'El Facher, "
     "un groupe de bénévoles qui documente les exactions, a fait état de 41 morts et accusé les FSR.", "fr",
     "Comité de résistance", "documente les exactions"),
    ("Des hommes armés ont tué lundi quatre agriculteurs près de la rivière. Le Baromètre sécuritaire du Kivu, un "
     "projet qui recense les attaques dans la région, a affirmé que les assaillants étaient des rebelles ADF.",
     "fr", "Baromètre sécuritaire du Kivu", "recense les attaques"),
    ("A student was shot in the chest near the market on Tuesday and died on the way to hospital, his family told "
     "reporters.", "en", "his family", "his"),
    ("Un étudiant a été touché à la poitrine mardi près du marché et est mort en route vers l'hôpital, "
     "a indiqué sa famille à la presse.", "fr", "sa famille", "sa"),
    ("Des jihadistes ont attaqué samedi un poste militaire près de la frontière. Dans un communiqué, l'état-major "
     "a fait état de lourdes pertes dans les rangs ennemis.", "fr", "état-major", "major"),
    ("Jihadists attacked a military post near the border on Saturday. In a statement, the general staff reported "
     "heavy losses among the enemy.", "en", "general staff", "staff"),
]


@pytest.mark.parametrize("text,lang,who,never", ROWS, ids=[f"{(r.values if hasattr(r, 'values') else r)[1]}-{i}" for i, r in enumerate(ROWS)])
def test_the_speaker_is_its_words(text, lang, who, never):
    got = speakers(text, lang)
    assert any(who.lower() in s.lower() and len(s.split()) <= len(who.split()) + 5 for s in got), got
    assert not any(s.lower() == never.lower() or never.lower() in s.lower() and who.lower() not in s.lower()
                   for s in got), got
