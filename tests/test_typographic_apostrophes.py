"""Typographic apostrophes and single quotes: a text typed with ’ (U+2019), ‘ (U+2018) or ʼ (U+02BC) reads exactly
like the same text typed with ' — the same incidents (types, dates, places, actors, counts, claims' speakers and
certainty) and evidence at the same offsets, whose text is the original's (with its ’), never rewritten.

Rows written for this file, EN and FR, covering each stage: dates (« aujourd’hui », "today’s"), claims (« d’après »,
« selon l’armée », "the army’s spokesman said"), events (« tirs d’artillerie », « prise d’otages », « l’attaque »),
places (« à l’est de », « d’Arauca »), quantities (« plus d’une centaine »), actors (« l’armée malienne », « l’EI »)
and victims. Each row is extracted once with ' and once with the typographic mark; the two must agree.
"""

from __future__ import annotations

import pytest

from extracting import extract

TYPO = "\u2019"  # ’
MODIFIER = "\u02bc"  # ʼ

ROWS = [
    # French
    ("Des tirs d'artillerie ont tué trois civils lundi à l'est de Kidal, selon l'armée malienne.", "fr"),
    ("Aujourd'hui, une prise d'otages a fait deux morts dans une banque d'Arauca.", "fr"),
    ("D'après la police, plus d'une centaine de manifestants ont été arrêtés samedi à Lyon.", "fr"),
    ("L'attaque, revendiquée par l'EI, a coûté la vie à cinq soldats jeudi près d'Ansongo.", "fr"),
    ("Selon l'armée, l'explosion d'un engin piégé a tué quatre soldats mardi à l'ouest d'Ansongo.", "fr"),
    ("Au moins sept personnes ont été tuées dans l'attaque d'un village de l'Ituri, a indiqué l'administrateur "
     "du territoire.", "fr"),
    ("Les rebelles ont pris d'assaut le camp militaire d'Aguelhok dimanche, d'après une source sécuritaire.", "fr"),
    ("Un kamikaze s'est fait exploser jeudi devant l'hôtel de ville de Mogadiscio, tuant six personnes.", "fr"),
    ("L'aviation nigériane a bombardé hier un camp d'entraînement de l'ISWAP près de Maiduguri.", "fr"),
    ("Des hommes armés ont enlevé l'instituteur d'un village à l'est de Beni dans la nuit de mardi.", "fr"),
    ("Des manifestants ont incendié l'hôtel de ville d'Arauca mercredi, selon la police.", "fr"),
    ("L'ONU a dénombré plus d'une vingtaine de morts depuis l'attaque de vendredi contre le camp de déplacés "
     "de Bunia.", "fr"),
    ("L'explosion d'une mine artisanale a tué deux soldats ce matin sur l'axe reliant Gao à Ansongo.", "fr"),
    ("Jusqu'à présent, l'attaque a fait neuf morts parmi les villageois de Solhan, selon un élu local.", "fr"),
    ("Des jihadistes présumés ont attaqué lundi un poste de l'armée à l'ouest d'Ansongo, tuant deux militaires.",
     "fr"),
    ("Il y a eu aujourd'hui des affrontements entre l'armée et des rebelles près de Goma, d'après l'ONU.", "fr"),
    ("Un policier a été tué à l'arme blanche mercredi à Bamako, a annoncé la police, qui n'exclut pas "
     "d'autres victimes.", "fr"),
    ("L'armée a affirmé jeudi avoir tué une trentaine de jihadistes lors d'une opération près d'Ansongo.", "fr"),
    ("Deux casques bleus ont été blessés par l'explosion d'une mine au passage de leur convoi, d'après la "
     "mission de l'ONU.", "fr"),
    # English
    ("The army's artillery shelled rebel positions near Goma on Monday, killing four civilians, officials said.",
     "en"),
    ("Gunmen stormed the governor's office in Maiduguri on Tuesday and killed three guards, police said.", "en"),
    ("Today's suicide bombing at a market in Mogadishu killed at least 12 people, according to the city's mayor.",
     "en"),
    ("Militants attacked an army post in the country's north on Friday, killing two soldiers, the military's "
     "spokesman said.", "en"),
    ("Police fired tear gas at protesters outside parliament in Nairobi on Sunday, the interior ministry's "
     "statement said.", "en"),
    ("Two soldiers were killed when their vehicle hit a roadside bomb near Gao, the UN's mission said.", "en"),
    ("Islamic State's fighters abducted 14 villagers in Borno state on Wednesday, residents said.", "en"),
    ("An airstrike hit a rebels' camp in Idlib on Thursday, killing seven fighters, the observatory said.", "en"),
    ("Gunmen killed a village chief in Zamfara state on Monday, the governor's spokesman said. The chief's "
     "son was wounded.", "en"),
    ("Rebels didn't spare the town: they killed eight civilians in Beni on Saturday, the army's spokesman "
     "said.", "en"),
]

# the ASCII text and its typed form, where the typed form is not a plain swap of ' for ’
QUOTED = [
    ("'We lost five men,' an officer told reporters after Saturday's clash with rebels near Beni.",
     "\u2018We lost five men,\u2019 an officer told reporters after Saturday\u2019s clash with rebels near Beni.",
     "en"),
    ("Le porte-parole de l'armée a déclaré : 'nous avons perdu deux hommes' lors de l'embuscade de mardi près "
     "de Gao.",
     "Le porte-parole de l\u2019armée a déclaré : \u2018nous avons perdu deux hommes\u2019 lors de l\u2019embuscade "
     "de mardi près de Gao.", "fr"),
]


def _reading(inc) -> tuple:
    """What an incident says, with its evidence's offsets (not its text: the text is each document's own)."""
    loc = inc.location
    return (
        inc.event_type, inc.sub_event_type, inc.stage, inc.recalled,
        (inc.date.start, inc.date.end, inc.date.precision),
        (loc.name, loc.country, loc.admin1, loc.precision),
        tuple((a.name, a.role) for a in inc.actors),
        tuple(None if r is None else (r.low, r.best, r.high)
              for r in (inc.fatalities, inc.injured, inc.civilian_fatalities)),
        tuple((c.speaker, c.speaker_role, c.organisation, c.verb, c.certainty, c.stance, c.start, c.end)
              for c in inc.claims),
        tuple((t.name, t.kind, t.start, t.end) for t in inc.targets),
        tuple((q.what, q.value.low, q.value.high, q.start, q.end) for q in inc.quantities),
        tuple(sorted((e.field, e.start, e.end) for e in inc.evidence)),
    )


def _same(plain: str, typed: str, lang: str) -> None:
    assert len(plain) == len(typed)
    _, apos = extract(plain, lang)
    _, curly = extract(typed, lang)
    assert apos, "the row tells an incident"
    assert [_reading(i) for i in curly] == [_reading(i) for i in apos]
    for inc in curly:  # evidence, claims and targets quote the text as typed, at their offsets
        assert all(e.text == typed[e.start:e.end] for e in inc.evidence)
        assert all(c.text == typed[c.start:c.end] for c in inc.claims)
        assert all(t.mention == typed[t.start:t.end] for t in inc.targets)
        assert all(q.text == typed[q.start:q.end] for q in inc.quantities)


@pytest.mark.parametrize("text,lang", ROWS)
def test_typographic_apostrophe_reads_as_ascii(text: str, lang: str) -> None:
    _same(text, text.replace("'", TYPO), lang)


@pytest.mark.parametrize("text,lang", [r for r in ROWS if r[1] == "en"][:3] + [r for r in ROWS if r[1] == "fr"][:3])
def test_modifier_letter_apostrophe_reads_as_ascii(text: str, lang: str) -> None:
    _same(text, text.replace("'", MODIFIER), lang)


@pytest.mark.parametrize("plain,typed,lang", QUOTED)
def test_typographic_single_quotes_read_as_ascii(plain: str, typed: str, lang: str) -> None:
    _same(plain, typed, lang)
