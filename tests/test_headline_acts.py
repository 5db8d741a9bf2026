"""Headlines that tell an act of violence by a form bilan read as no act (h-ucdp2), English and French.

On the UCDP CAR dev headlines that built no incident, almost all are titles that tell no act (monthly reports,
incident-report numbers, situation reports, statements, « la mort d'un musicien »: no incident by
docs/conventions.md); the few that tell one fall in three forms, each a general rule here:

- violence told by the verb it breaks out or grows by ("Violence erupts in Bria", "violence flared again",
  « les violences reprennent à Bria », « la violence éclate »: ``events_<lang>.RISING_VERBS``, the trigger
  "violence" flagged ``needs_rising``, ``events._breaks_out``), the verb the nouns "surge in violence" and
  « regain de violences » already name; also when the headline parser reads the verb as the noun the violence
  qualifies ("Violence Surges", "violence flares": a compound, no title's kind of thing);
- violence "there has been" ("There has been more violence in Bambari", « il y a eu des violences à Bria »:
  ``events_<lang>.EXISTENTIAL_VERBS``);
- « bavure » (forces that strike civilians by abuse or by mistake), an attack when nothing else types it.

Not acts: violence told as possible, feared or to come ("Violence could erupt", "will spread", « pourraient
reprendre », « Craintes de nouvelles violences »: « crainte » added to ``events_fr.IRREALIS`` beside « craindre »),
denied ("There has been no violence", « il n'y a pas eu de violences »), falling, a report's title on violence, a
threat, a flood that spreads.

Rows are our own headlines (CAR-like towns), written after the dev misses were read and the rules drafted.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest
from extracting import ATT, VAC, found, incidents

PUBLISHED = dt.date(2021, 3, 8)  # a Monday


class A(NamedTuple):
    types: tuple[str, ...] | str  # an event type or sub-event type of the incident
    act: str  # a word of the incident's event_type evidence
    place: str | None = None  # the location's mention or name (None: unchecked)
    dead: int | None = None  # the fatalities' best (None: unchecked)


ROWS = [
    # --- violence that breaks out or grows, told by its verb
    ("Violence erupts in Bambari after disputed vote", "en", A((VAC, ATT), "Violence", "Bambari")),
    ("Violence flares again in Bambari", "en", A((VAC, ATT), "Violence", "Bambari")),
    ("Violence broke out in Bambari on Sunday", "en", A((VAC, ATT), "Violence", "Bambari")),
    ("Civilians targeted as violence surges in Bambari", "en", A((VAC, ATT), "violence", "Bambari")),
    ("Civilians Targeted As Violence Surges In Bambari", "en", A((VAC, ATT), "Violence")),
    ("Violence has escalated in Bambari, leaving four dead", "en", A((VAC, ATT), "Violence", "Bambari", 4)),
    ("Bria : les violences reprennent entre groupes armés", "fr", A(None, "violences", "Bria")),
    ("Centrafrique : la violence éclate à Bria", "fr", A((VAC, ATT), "violence", "Bria")),
    ("Les violences s'intensifient à Kaga-Bandoro", "fr", A((VAC, ATT), "violences", "Kaga-Bandoro")),
    # (a hyphenated town the French model's entity cut after its hyphen, « Kaga- »: the name runs on, nlp.entity_edges)
    ("Les combats s'intensifient à Kaga-Bandoro", "fr", A("Armed clash", "combats", "Kaga-Bandoro")),
    ("Les violences ont éclaté dimanche à Bria, faisant trois morts", "fr", A((VAC, ATT), "violences", "Bria", 3)),
    # --- violence there has been
    ("There has been more violence in Bambari, a day before the vote", "en", A((VAC, ATT), "violence", "Bambari")),
    ("Il y a eu des violences à Bria dimanche", "fr", A((VAC, ATT), "violences", "Bria")),
    # --- a « bavure »
    ("Centrafrique : nouvelles bavures des soldats à Bouar", "fr", A((VAC, ATT), "bavures", "Bouar")),
    ("Bouar : une bavure des gendarmes fait deux morts", "fr", A((VAC, ATT), "bavure", "Bouar", 2)),
]

NONE_ROWS = [
    # possible, to come, denied, falling
    ("Violence could erupt in Bambari, UN warns", "en"),
    ("Fears that violence will spread to Bambari", "en"),
    ("Violence may flare again in Bambari after the vote", "en"),
    ("There will be more violence in Bambari, the governor warns", "en"),
    ("There has been no violence in Bambari since May", "en"),
    ("Violence in Bambari declines", "en"),
    ("Les violences pourraient reprendre à Bria", "fr"),
    ("Il n'y a pas eu de violences à Bria", "fr"),
    ("Il pourrait y avoir des violences à Bria", "fr"),
    ("Il y aura des violences à Bria", "fr"),
    ("Les violences vont reprendre à Bria, craint l'ONU", "fr"),
    ("Le maire de Bria met en garde contre une reprise des violences", "fr"),
    # (« crainte », the noun of « craindre », is irrealis as "fear" is: events_fr.IRREALIS)
    ("Craintes de nouvelles violences à Bria", "fr"),
    ("Fears of fresh violence in Bambari", "en"),
    # report titles, a trial, a threat, a death with no act, a disaster, prices
    ("UN report on violence in Bambari", "en"),
    ("Monthly report: human rights situation, May 2021", "en"),
    ("Rapport mensuel sur les violences à Bria", "fr"),
    ("Trial opens for rebels accused of attacks in Bambari", "en"),
    ("Rebels threaten to attack Bambari", "en"),
    ("Les rebelles menacent de reprendre Bria", "fr"),
    ("Inquiétude à Bria après la mort d'un musicien", "fr"),
    ("Flooding spreads in Bambari", "en"),
    ("Prices surge in Bambari", "en"),
]


def _misses(inc, exp: A) -> list[str]:
    types = (exp.types,) if isinstance(exp.types, str) else exp.types
    errs = []
    if types is not None and inc.event_type not in types and inc.sub_event_type not in types:
        errs.append(f"type {inc.event_type}/{inc.sub_event_type}")
    if not found(exp.act, [e.text for e in inc.evidence if e.field == "event_type"]):
        errs.append(f"act {[e.text for e in inc.evidence if e.field == 'event_type']}")
    if exp.place is not None and not found(exp.place, [inc.location.mention, inc.location.name]):
        errs.append(f"place {inc.location.mention!r}")
    if exp.dead is not None and (inc.fatalities is None or inc.fatalities.best != exp.dead):
        errs.append(f"dead {inc.fatalities}")
    return errs


@pytest.mark.parametrize("text, lang, exp", [pytest.param(*r, id=f"{r[1]}-{r[0][:50]}") for r in ROWS])
def test_a_headline_act_builds_its_incident(text, lang, exp):
    incs = [i for i in incidents(text, lang, PUBLISHED) if i.stage == "accomplished"]
    assert incs, "no incident"
    misses = [_misses(i, exp) for i in incs]
    assert any(not m for m in misses), min(misses, key=len)
    for inc in incs:  # evidence first: the act's words are the text's at their offsets
        for e in inc.evidence:
            assert text[e.start:e.end] == e.text


@pytest.mark.parametrize("text, lang", [pytest.param(*r, id=f"{r[1]}-{r[0][:50]}") for r in NONE_ROWS])
def test_a_headline_that_tells_no_act_builds_none(text, lang):
    got = [f"{i.event_type}/{i.sub_event_type}" for i in incidents(text, lang, PUBLISHED) if i.stage == "accomplished"]
    assert got == []


@pytest.mark.parametrize("text, lang", [("Violence broke out in Bambari on Sunday", "en"),
                                        ("Il y a eu des violences à Bria dimanche", "fr")])
def test_violence_told_on_a_day_is_dated_by_it(text, lang):
    incs = incidents(text, lang, PUBLISHED)
    assert incs and incs[0].date.start == dt.date(2021, 3, 7) and incs[0].date.basis == "text"
