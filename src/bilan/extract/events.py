"""Event triggers: lexicon matches, their factuality, and their ACLED/PLOVER type.

A trigger counts as an event only when it is factual: not governed by an intention, threat or
suspicion verb ("tenter d'attirer des frappes", "threatened to attack"), not negated, and, for
ambiguous words, supported by its context (an armed actor for "strike", a casualty for
"explosion", protest words for "rassemblement").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from bilan.extract.actors import ActorMention
from bilan.extract.matching import LanguageMatchers, longest_matches


@dataclass
class Trigger:
    start: int
    end: int
    text: str
    tok_start: int
    tok_end: int
    event_type: str
    sub_event_type: str
    plover: str
    priority: int
    flags: tuple[str, ...]
    sent_index: int

    @property
    def generic(self) -> bool:
        return "generic" in self.flags


def _governors(tok: Token, depth: int = 4) -> list[Token]:
    out, cur = [], tok
    for _ in range(depth):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        out.append(cur)
    return out


def is_factual(span: Span, m: LanguageMatchers) -> bool:
    root = span.root
    chain = [root, *_governors(root)]
    for t in chain[1:]:
        if t.lemma_.lower() in m.irrealis or t.lower_ in m.irrealis:
            return False
    # modal auxiliaries or irrealis words attached to the trigger itself ("could strike", "va attaquer")
    for t in chain[:2]:
        for c in t.children:
            if c.dep_ in ("aux", "aux:tense", "xcomp", "mark") and c.lemma_.lower() in m.irrealis:
                return False
            if c.dep_ in ("advmod", "neg") and c.lower_ in m.negations and c.lower_ not in ("ne", "n'"):
                return False
    return True


def _temporal_reference(span: Span, m: LanguageMatchers) -> bool:
    """ "before the strike", "après l'attaque": the event is a time reference, not a new report."""
    temporal = m.temporal_preps
    root = span.root
    if any(c.dep_ in ("case", "prep", "mark") and c.lower_ in temporal for c in root.children):
        return True
    return root.head.lower_ in temporal and root.dep_ in ("pobj", "obl", "nmod")


def _in_relative_clause(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("acl:relcl", "relcl") or (root.head.dep_ in ("acl:relcl", "relcl") and root.dep_ == "xcomp")


def find_triggers(doc: Doc, m: LanguageMatchers, sents: list[Span], actors: list[ActorMention],
                  cues: list[tuple[str, int, int]]) -> list[Trigger]:
    """Factual triggers; ``cues`` are the document's casualty/person cue matches (label, start, end)."""
    sent_starts = [s.start for s in sents]
    import bisect

    out: list[Trigger] = []
    for sp in longest_matches(doc, m.triggers):
        phrase, etype, sub, plover, prio, flags = m.trigger_info[doc.vocab.strings[sp.label]]
        si = bisect.bisect_right(sent_starts, sp.start) - 1
        sent = sents[si]
        if not is_factual(sp, m) or _temporal_reference(sp, m):
            continue
        if "needs_armed_actor" in flags and _in_relative_clause(sp):
            continue  # "les forces irakiennes qui avancent dans le secteur": background, not news
        if "needs_armed_actor" in flags and not any(
            a.armed and sent.start <= a.tok_start < sent.end for a in actors
        ):
            continue
        if "needs_casualty" in flags and not any(
            label in ("DEATH", "INJURY") and sent.start <= s < sent.end for label, s, _ in cues
        ):
            continue
        if "needs_protest_context" in flags and not m.protest_context(sent):
            continue
        out.append(Trigger(sp.start_char, sp.end_char, sp.text, sp.start, sp.end, etype, sub, plover, prio,
                           tuple(flags), si))
    return out


def refine_type(trigger: Trigger, sent: Span, m: LanguageMatchers, victims_civilian: bool,
                victims_combatant: bool, armed_in_sentence: int) -> tuple[str, str, str] | None:
    """Event type for generic triggers (typed by victims/targets) and protest refinements.
    Returns None when a generic trigger cannot be typed (not enough in the text)."""
    etype, sub, plover = trigger.event_type, trigger.sub_event_type, trigger.plover
    if trigger.generic:
        if victims_civilian:
            return "Violence against civilians", "Attack", "ASSAULT"
        if victims_combatant or armed_in_sentence >= 2 or m.military_targets(sent):
            return "Battles", "Armed clash", "ASSAULT"
        return None
    if etype == "Battles" and armed_in_sentence < 2 and m.riot_participants(sent):
        # "affrontements entre des jeunes en colère et la police": one armed side facing a crowd
        return "Riots", "Violent demonstration", "PROTEST"
    if etype == "Protests":
        if m.protest_lethal(sent):
            return "Protests", "Excessive force against protesters", "PROTEST"
        if m.riot(sent):
            return "Riots", "Violent demonstration", "PROTEST"
        if m.protest_intervention(sent):
            return "Protests", "Protest with intervention", "PROTEST"
    return etype, sub, plover
