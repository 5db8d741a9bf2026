"""Blame told in a relative clause or a participle on the speaker (h-relblame).

- "..., said the army, which attributed the attack to ADF rebels", « ..., a annoncé mardi l'armée, qui a attribué
  l'attentat aux rebelles ADF »: a relative clause on the speaker, its relative pronoun the subject, an act its object,
  lays the act at the group's door (claims._lays_an_act); the speaker is the noun the pronoun reads back to, also
  where the parse hung the clause on the verb (« a annoncé l'armée, qui a attribué ... »: claims._before_relative).
  That clause is no aside that tells who the speaker is: the group it names stays a side of the act
  (incidents._speaker_relatives). The act may be a personal pronoun in the clause ("which blamed it on ADF rebels",
  « qui l'a attribué aux rebelles ADF »): it stands for the act the sentence told before it (incidents._laid_at).
- "..., the army said on Tuesday, blaming the attack on ADF rebels": a participle said in passing takes its speaker
  from the verb it hangs on, never the words after it (claims.find_claims: the inverted subject of that verb, not of
  the participle).

Rows written for this file (our own stories). Guards that passed before: the text's own hedge (« une attaque attribuée
aux ADF »), a relative clause on the act's noun with a subject of its own, the blame in the main clause.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 12, 2)
ADF = "Allied Democratic Forces"
GROUPS = {"ADF": ADF, "FMLN": "FMLN: Farabundo Marti National Liberation Front"}  # the group's mention -> its name

FR_HEAD = ("KINSHASA, 2 déc 2026 (AFP) - Deux personnes ont été tuées par l'explosion d'un engin explosif dans un "
           "marché de Beni, dans l'est de la RDC, ")
EN_HEAD = ("KINSHASA, Dec 2, 2026 (AFP) - Two people were killed by the explosion of a bomb at a market in Beni, in "
           "eastern Congo, ")

# (text, lang, the speaker of the blame, its verb)
RELATIVE = [
    (FR_HEAD + "a annoncé mardi l'armée, qui a attribué l'attentat aux rebelles ADF.", "fr", "armée", "attribuer"),
    # (the parse hangs the relative clause on the verb, not on « armée »)
    (FR_HEAD + "a annoncé l'armée, qui a attribué l'attentat aux rebelles ADF.", "fr", "armée", "attribuer"),
    (EN_HEAD + "said the army, which attributed the attack to ADF rebels.", "en", "army", "attribute"),
    (EN_HEAD + "the army said on Tuesday, blaming the attack on ADF rebels.", "en", "army", "blame"),
    (EN_HEAD + "said the army, which blamed the attack on ADF rebels.", "en", "army", "blame"),
    (EN_HEAD + "said the army, which blamed ADF rebels for the attack.", "en", "army", "blame"),
    (EN_HEAD + "the army said, attributing the attack to ADF rebels.", "en", "army", "attribute"),
    (FR_HEAD + "a annoncé mardi l'armée congolaise, qui a imputé l'attentat aux rebelles ADF.", "fr", "armée congolaise",
     "imputer"),
    (FR_HEAD + "a annoncé l'armée, qui a accusé les rebelles ADF d'avoir commis l'attentat.", "fr", "armée", "accuser"),
    # the relative clause on a subject before its verb
    ("KINSHASA, Dec 2, 2026 (AFP) - The army, which blamed the attack on ADF rebels, said two people were killed by the "
     "explosion of a bomb at a market in Beni.", "en", "army", "blame"),
    ("KINSHASA, 2 déc 2026 (AFP) - L'armée, qui a attribué l'attentat aux rebelles ADF, a annoncé mardi que deux "
     "personnes avaient été tuées par l'explosion d'un engin explosif dans un marché de Beni.", "fr", "armée",
     "attribuer"),
    # the act a personal pronoun in the clause (incidents._laid_at)
    (EN_HEAD + "said the army, which blamed it on ADF rebels.", "en", "army", "blame"),
    (FR_HEAD + "a indiqué mardi l'armée, qui l'a attribué aux rebelles ADF.", "fr", "armée", "attribuer"),
    # in capitals (MUC-4 style)
    ("SAN SALVADOR, 3 NOV 89 (AFP) -- TWO PEOPLE WERE KILLED BY THE EXPLOSION OF A BOMB AT A MARKET IN USULUTAN, SAID "
     "THE ARMY, WHICH ATTRIBUTED THE ATTACK TO THE FMLN.", "en", "ARMY", "attribute"),
    # a participle said in passing, French
    (FR_HEAD + "a annoncé mardi l'armée, attribuant l'attentat aux rebelles ADF.", "fr", "armée", "attribuer"),
]


def _ids(rows):
    return [f"{r[1]}-{k}" for k, r in enumerate(rows)]


def _one(text, lang):
    got = [i for i in extracting.incidents(text, lang, PUB) if i.event_type == "Explosions/Remote violence"]
    assert len(got) == 1, [(i.sub_event_type, [(a.role, a.mention) for a in i.actors]) for i in got]
    return got[0]


@pytest.mark.parametrize("text,lang,speaker,verb", RELATIVE, ids=_ids(RELATIVE))
def test_blame_in_a_clause_on_the_speaker_is_the_speakers(text, lang, speaker, verb):
    inc = _one(text, lang)
    group = next(w for w in GROUPS if w in text)
    assert [(a.name, a.mention) for a in inc.actors if a.role == "actor1"] == [(GROUPS[group], group)]
    blame = [c for c in inc.claims if c.verb == verb]
    assert [(c.speaker, c.certainty, c.stance) for c in blame] == [(speaker, "alleged", "supports")]
    # (the act reported by the same speaker, as it stated it)
    assert all(c.speaker == speaker for c in inc.claims)
    assert all(c.start < c.end for c in blame)


# guards (passed before): the text's own hedge, said by no one; the blame in the main clause; a relative clause on the
# act's noun with a subject of its own; a pronoun laid at no armed group
GUARDS = [
    ("Des hommes armés ont tué six civils samedi dans le village de Beni, une attaque attribuée aux ADF.", "fr",
     [(None, "attribute", "alleged")]),
    ("Gunmen killed six civilians in the village of Beni on Saturday, in an attack attributed to the ADF.", "en",
     [(None, "attribute", "alleged")]),
    ("Gunmen killed six civilians in the village of Beni on Saturday, an attack the minister attributed to the ADF.",
     "en", [("minister", "attribute", "alleged")]),
    ("Des hommes armés ont tué six civils samedi dans le village de Beni. L'armée a attribué l'attentat aux ADF.",
     "fr", [("armée", "attribuer", "alleged")]),
]


NOT_A_GROUP = [
    (EN_HEAD + "said the army, which blamed it on a gas leak.", "en"),
    (FR_HEAD + "a indiqué l'armée, qui l'a attribué à une fuite de gaz.", "fr"),
]


@pytest.mark.parametrize("text,lang", NOT_A_GROUP, ids=_ids(NOT_A_GROUP))
def test_a_pronoun_laid_at_no_group_names_no_doer(text, lang):
    got = extracting.incidents(text, lang, PUB)
    assert got
    for inc in got:
        assert all(a.kind == "unidentified" for a in inc.actors if a.role == "actor1")


@pytest.mark.parametrize("text,lang,claims", GUARDS, ids=_ids(GUARDS))
def test_guards_blame_elsewhere(text, lang, claims):
    got = [i for i in extracting.incidents(text, lang, PUB) if i.event_type in extracting.VIOLENT]
    assert len(got) == 1
    assert [a.name for a in got[0].actors if a.role == "actor1"] == [ADF]
    if claims is not None:
        assert [(c.speaker, c.verb, c.certainty) for c in got[0].claims] == claims


# guards: a relative clause with a pronoun object on a noun that speaks no words of the act (threats to the army, which
# blames them on ...: IEDs in general) lays nothing at anyone's door; the French one was a claim with the pronoun
# accepted on any noun (the golden fr-mali-gao-embuscade-kidal-engin has that shape)
GENERAL = [
    ("Two soldiers were wounded on Saturday when their vehicle hit a roadside bomb near Gao, the army said. Roadside "
     "bombs have become one of the main threats to the army and its allies, which blame them on jihadist groups.", "en",
     None),
    ("Deux soldats ont été blessés samedi lorsque leur véhicule a sauté sur un engin explosif près de Gao, a indiqué "
     "l'armée. Les engins explosifs sont devenus l'une des principales menaces pour l'armée et ses alliés, qui les "
     "attribuent aux groupes jihadistes.", "fr", [("armée", "indiquer")]),
]


@pytest.mark.parametrize("text,lang,claims", GENERAL, ids=_ids(GENERAL))
def test_a_pronoun_in_a_clause_on_no_speaker_lays_nothing(text, lang, claims):
    got = extracting.incidents(text, lang, PUB)
    assert len(got) == 1
    assert all(a.kind == "unidentified" for a in got[0].actors if a.role == "actor1")
    if claims is not None:
        assert [(c.speaker, c.verb) for c in got[0].claims] == claims
