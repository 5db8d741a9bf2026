"""CASE 2021 task 2 adapter (``case2021``): ACLED sub-event type of English snippets.

Each snippet goes through the extraction pipeline (no publication date); the prediction is the
sub-event type of the snippet's lead incident (the first in the text: news puts its event first, later
sentences give background — "agreed a ceasefire ... the coalition has been bombing since March"; an
older event the snippet recalls before its news, ``Incident.recalled``, is background wherever it is told),
mapped to the CASE code; no incident predicts ``NONE``. A lead attack or clash whose weapon a later
incident names ("gunmen attacked a mosque ... the attack was carried out with grenades") takes the
weapon's type, the one of highest trigger priority in the language's event lexicon (``TRIGGERS``).

- ``event_type.macro_f1``: mean F1 over the 25 ACLED classes present in gold or predictions.
- ``event_type.acc``: accuracy on snippets whose gold is one of the 25 ACLED classes.
- ``event_type.acc_all``: accuracy on all snippets (the 5 non-ACLED labels are never predicted).
"""

from __future__ import annotations

import csv
import importlib
from functools import cache
from pathlib import Path

from bilan.evaluate import Adapter, Report, in_split, macro_f1, register
from bilan.model import Document

ACLED_TO_CASE = {
    "Armed clash": "ARMED_CLASH",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Air/drone strike": "AIR_STRIKE",
    "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Grenade": "GRENADE",
    "Chemical weapon": "CHEM_WEAP",
    "Sexual violence": "SEX_VIOL",
    "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR",
    "Mob violence": "MOB_VIOL",
    "Agreement": "AGREEMENT",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
}
ACLED_CODES = frozenset(ACLED_TO_CASE.values())
NONE = "NONE"


@cache
def sub_event_priority(lang: str) -> dict[str, int]:
    """Highest trigger priority of each sub-event type in ``bilan.lexicons.events_<lang>``."""
    mod = importlib.import_module(f"bilan.lexicons.events_{lang}")
    out: dict[str, int] = {}
    for trig in mod.TRIGGERS:
        sub, prio = trig[2], trig[4]
        out[sub] = max(out.get(sub, prio), prio)
    return out


# a lead incident of these types says what happened, not with what: a later weapon specifies it
UNSPECIFIED_WEAPON = frozenset({"Armed clash", "Attack"})
WEAPON_EVENT_TYPE = "Explosions/Remote violence"


def _position(inc) -> int:
    return min((e.start for e in inc.evidence if e.field == "sub_event_type"), default=0)


def classify(incidents, lang: str = "en") -> str:
    if not incidents:
        return NONE
    # an older event the snippet recalls (``Incident.recalled``) is background to the news it reports
    # a threat (``Incident.stage`` "threatened") is no event ACLED codes: never the lead
    incidents = [i for i in incidents if i.stage != "threatened"]
    if not incidents:
        return NONE
    # a snippet that only recalls older events (a trial over an attack, an anniversary of a massacre) reports
    # no event of its own: ACLED codes an event at the date it happened, not its commemoration
    ordered = sorted([i for i in incidents if not i.recalled], key=_position)
    if not ordered:
        return NONE
    lead = ordered[0]
    if lead.sub_event_type in UNSPECIFIED_WEAPON:
        weapons = [i for i in ordered[1:] if i.event_type == WEAPON_EVENT_TYPE]
        if weapons:
            prio = sub_event_priority(lang)
            lead = max(weapons, key=lambda i: prio.get(i.sub_event_type, -1))
    return ACLED_TO_CASE.get(lead.sub_event_type, NONE)


def read_tsv(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["id"], r["EventSnippet"], r["SubType"]) for r in rows]


def _run(folder: Path, split: str, limit: int | None) -> Report:
    from bilan.pipeline import extract_many

    rows = [r for r in read_tsv(folder / "test_set_final_release_with_labels.tsv") if in_split(r[0], split)]
    if limit is not None:
        rows = rows[:limit]
    docs = [Document(doc_id=f"case2021-{i}", text=t, language="en") for i, t, _ in rows]
    results = {ex.document.doc_id: ex for ex in extract_many(docs)}  # batches regroup by language
    preds = [classify(results[d.doc_id].incidents) for d in docs]
    golds = [g for _, _, g in rows]
    rep = Report("case2021", split, len(rows))
    rep.count_errors(results.values())
    acled = [(g, p) for g, p in zip(golds, preds) if g in ACLED_CODES]
    rep.put("event_type.macro_f1", macro_f1([g for g, _ in acled], [p for _, p in acled], ACLED_CODES), len(acled))
    rep.put("event_type.acc", sum(g == p for g, p in acled) / len(acled) if acled else None, len(acled))
    # the same macro-F1 with every snippet in: an ACLED type we give a snippet whose gold is no ACLED
    # event (a disaster, a diplomatic act, a crime) is a false positive of that type
    rep.put("event_type.macro_f1_all", macro_f1(golds, preds, ACLED_CODES), len(golds))
    rep.put("event_type.acc_all", sum(g == p for g, p in zip(golds, preds)) / len(golds) if golds else None,
            len(golds))
    return rep


register(Adapter("case2021", "case2021-task2", "CASE 2021 task 2: ACLED sub-event type of snippets", _run),
         "case2021-task2")
