"""Counts as ranges: "12", "douze", "environ 2000", "au moins 14", "des dizaines", "une vingtaine",
"moins d'un millier", "between 5 and 8", "l'un d'entre eux".

Plain text in, offsets out. The caller decides what is counted (the dead, the injured, fighters):
this module gives the range and the noun written after the number.

Conventions are shared by every language (``CONVENTIONS``, ``APPROX``; documented in
docs/conventions.md); each language only says how it writes numbers and modifiers
(``bilan/lexicons/quantities_<lang>.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from bilan.extract.dates import trie
from bilan.lexicons import load
from bilan.lexicons import words as lexicon_words
from bilan.model import Range

# vague quantities: (low, best, high) — the same numbers in every language
CONVENTIONS: dict[str, tuple[int | None, int | None, int | None]] = {
    "dozens": (12, 24, 99),  # ACLED codes "dozens" as 12: the conservative low
    "tens_of_thousands": (20_000, None, 99_999),
    "hundreds": (100, None, 999),
    "hundreds_of_thousands": (100_000, None, 999_999),
    "thousands": (1000, None, 9999),
    "several": (3, None, 9),  # "several": more than two
    # « plusieurs »: more than one (TLFi: « un nombre indéterminé, supérieur à un »): two is not ruled out
    "more_than_one": (2, None, 9),
    "few": (2, None, 9),
    "many": (3, None, None),
}
# ACLED's single-number conventions for vague reports, by Range.basis (used by the ACLED export)
ACLED_SINGLE: dict[str, int] = {
    "vague:dozens": 12, "vague:hundreds": 100, "vague:thousands": 1000, "vague:tens_of_thousands": 10_000,
    "vague:hundreds_of_thousands": 100_000, "vague:several": 10, "vague:many": 10, "vague:few": 10,
    "vague:more_than_one": 10,
}
CURRENCY_SIGNS = frozenset("$€£¥₦")
APPROX = 0.10  # "environ N" / "about N": N ± 10 %
COLLECTIVE_SPREAD = 0.15  # "une vingtaine": 20 ± 15 %


@dataclass(frozen=True)
class QuantityMention:
    start: int
    end: int
    text: str
    value: Range
    head: str | None = None
    head_start: int | None = None
    head_end: int | None = None


def _alt(words) -> str:
    """The words as one alternation, as a prefix tree (:func:`dates.trie`: ``re`` tries the
    alternatives one by one, a tree fails at the first letter); where several words match, the
    longest wins."""
    return trie(sorted(set(words)))


class _Grammar:
    def __init__(self, lang: str):
        lx = load("quantities", lang)
        self.lx = lx
        self.lang = lang
        sep = r"[ \u00a0\u202f]" if lx.DECIMAL_COMMA else r"[,\u00a0\u202f ]"
        dec = "," if lx.DECIMAL_COMMA else r"\."
        digits = rf"\d{{1,3}}(?:{sep}\d{{3}})+|\d+(?:{dec}\d+)?"
        leading = [w for w in lx.NUMBER_WORDS if w not in lx.CONNECTORS]
        words = rf"(?:{_alt(leading)})(?:[\s-]+(?:{_alt(lx.NUMBER_WORDS)}))*"
        scale = rf"(?:\s+(?:{_alt(lx.SCALE_WORDS)}))?"
        self.number = rf"(?:(?:{digits}){scale}|\b{words}\b{scale})"
        mods = _alt(lx.MODIFIERS)
        coll = _alt(lx.COLLECTIVES)
        arts = _alt(lx.COLLECTIVE_ARTICLES)
        ranges = "|".join(p.format(n=f"(?P<n{i}>{self.number})", m=f"(?P<m{i}>{self.number})")
                          for i, p in enumerate(lx.RANGE_PATTERNS))
        self.range_re = re.compile(rf"(?<![\w-])(?:{ranges})(?![\w-])", re.I)
        self.vague_re = re.compile(rf"(?<![\w'-])(?P<vague>{_alt(lx.VAGUE)})(?![\w-])", re.I)
        # (a word elided onto the article, « qu'une vingtaine »: ``quantities_<lang>.ELIDED_BEFORE_ARTICLE``, left out
        # of the figure's span)
        elided = getattr(lx, "ELIDED_BEFORE_ARTICLE", ())
        elided = rf"(?:{_alt(elided)})?" if elided else ""
        self.collective_re = re.compile(
            rf"(?<![\w'-])(?:(?P<mod>{mods})\s*)?{elided}(?P<art>{arts})\s+(?P<coll>{coll})s?(?![\w-])", re.I)
        # a vague or collective quantity names one of its words: the longest word of each entry,
        # looked for in the lower-case text (:func:`_absent`) before its pattern scans every position
        self.vague_gate = _gate(lx.VAGUE)
        self.collective_gate = _gate(lx.COLLECTIVES)
        self.number_re = re.compile(rf"(?<![\w'.,-])(?:(?P<mod>{mods})\s*)?(?P<num>{self.number})(?![\w-])", re.I)
        self.one_of_re = re.compile(rf"(?<![\w-])(?:{'|'.join(lx.ONE_OF_THEM)})(?![\w-])", re.I)
        self.one_of_the_re = re.compile(rf"(?<![\w-])(?:{'|'.join(lx.ONE_OF_THE)})(?![\w-])", re.I)
        self.one_of_the_not = {w.lower() for w in lx.ONE_OF_THE_NOT}
        # "three of his escorts": the determiner of the part after OF, before the counted noun
        dets = getattr(lx, "PARTITIVE_DETERMINERS", ())
        part = rf"(?:(?:{_alt(dets)})\s+)?" if dets else ""
        # "TWO OF THE FIVE MEN", « deux des quatre hommes »: the noun after the group's own figure
        whole = rf"(?:{self.number}\s+)?" if dets else ""
        # the words that may stand between a figure or an article and the person it counts ("a two-week-old baby",
        # "a young woman", « une petite fille »): regular expressions, one word each
        mods = getattr(lx, "PERSON_PRE_MODIFIERS", ())
        self.person_mods_re = re.compile(rf"(?:\s+(?:{'|'.join(mods)})(?![\w-]))*", re.I) if mods else None
        self.head_re = re.compile(
            rf"\s*(?:(?:{_alt(lx.OF)})(?:(?<=['’])|\s+){part}{whole})?"
            rf"(?:(?:{_alt(lx.HEAD_SKIP)})\s+)*(?P<head>[^\W\d_][\w'-]*)", re.I)
        self.scale_re = re.compile(rf"(.*?)\s+({_alt(lx.SCALE_WORDS)})$", re.I)  # "2 millions"
        self.not_counts = {w.lower() for w in lx.NOT_COUNTS}
        self.places_counted = {w.lower() for w in getattr(lx, "PLACES_COUNTED", ())}
        self.groups_counted = {w.lower() for w in getattr(lx, "GROUPS_COUNTED", ())}
        # the things an attack hits are not counted people either ("leaving 17 guerrillas and 2
        # soldiers dead and 3 bridges partially destroyed", "46 towers")
        targets = load("targets", lang).PHYSICAL_TARGETS
        self.not_counts |= {w.lower() for words in targets.values() for w in words if " " not in w}
        # (an adjective of the unit between: « trois dernières semaines », "two full days")
        unit_adjs = getattr(lx, "UNIT_ADJECTIVES", ())
        between = rf"(?:(?:{_alt(unit_adjs)})\s+)?" if unit_adjs else ""
        self.not_count_re = re.compile(rf"\s*{between}(?:{_alt(lx.NOT_COUNTS)})(?![\w])", re.I)
        self.year_cues = {w.lower() for w in lx.YEAR_CUES}
        self.age_re = re.compile("|".join(lx.AGE_CUES), re.I)
        self.time_cues = {w.lower() for w in getattr(lx, "TIME_CUES", ())}
        self.singular = {w.lower() for w in lx.SINGULAR_ARTICLES}
        # "a couple", « un couple »: the singular article before a noun of two people counts two
        self.pairs = {w.lower() for w in getattr(lx, "PAIR_NOUNS", ())}
        self.pair_not_before = {w.lower() for w in getattr(lx, "PAIR_NOT_BEFORE", ())}
        # "no one", « pas un soldat »: the word before a singular number word that makes it nobody
        self.none_before_one = {w.lower() for w in getattr(lx, "NONE_BEFORE_ONE", ())}
        self.one_words = {w.lower() for w in getattr(lx, "ONE_WORDS", ())}
        # "how many": a word before a vague quantity that makes it a question
        self.vague_not_after = {w.lower() for w in getattr(lx, "VAGUE_NOT_AFTER", ())}
        self.word_numbers = {w.lower() for w in lx.NUMBER_WORDS}
        self.elided = {w.lower() for w in lx.ELIDED_HEADS}
        self.partitive_pronouns = tuple(w.lower() for w in getattr(lx, "PARTITIVE_PRONOUNS", ()))
        self.months = {w.lower() for w in lx.MONTHS}
        self.connectors = {w.lower() for w in lx.CONNECTORS}
        ev = load("events", lang)  # who can be counted one at a time ("un civil", "a soldier")
        self.person_nouns = {w.lower() for w in (*ev.CIVILIAN_NOUNS, *ev.COMBATANT_NOUNS, *ev.PERSON_NOUNS)}
        # "un mort", "un tué et un blessé": a casualty word that names a person (not "a murder")
        self.person_nouns |= {w.lower() for w in getattr(lx, "CASUALTY_PERSONS", ())}
        # the people named by their trade after a thing's noun ("FOUR TAXI DRIVERS", "TWO BUS CONDUCTORS")
        self.trade_nouns = self.person_nouns | {w.lower() for w in lexicon_words("victims", lang, "ROLE_NOUNS")}
        # people who are also the act's word ("two young protesters", « deux jeunes manifestants »): counted after the
        # words that describe them as any person is
        self.trade_nouns |= {w.lower() for w in getattr(lx, "PEOPLE_TRIGGER_NOUNS", ())}

    def to_int(self, s: str) -> int | None:
        s = s.strip()
        m = self.scale_re.match(s)
        mult = 1
        if m:
            s, mult = m.group(1), self.lx.SCALE_WORDS[_key(m.group(2))]
        if s[:1].isdigit():
            clean = re.sub(r"[ \u00a0\u202f]", "", s)
            if self.lx.DECIMAL_COMMA:
                clean = clean.replace(",", ".")
            else:
                clean = clean.replace(",", "")
            try:
                return round(float(clean) * mult)
            except ValueError:
                return None
        low = s.lower()
        if low in self.singular:
            return mult if mult > 1 else 1
        try:
            return text2num(low, self.lang) * mult
        except (ValueError, TypeError):
            return None


def _gate(entries) -> tuple[str, ...]:
    """The longest word of each entry, lower case: a match of the entry holds it."""
    return tuple(sorted({max(re.split(r"[\s-]+", e.strip().lower()), key=len) for e in entries}))


# letters that ``re`` matches to another without case although ``str.lower`` does not make them
# that letter ("ſ" to "s", "ı" and "İ" to "i"): a text that holds one is scanned whatever the gates say
_CASE_ODD = re.compile("[\u0130\u0131\u017f]")


# the letters ``re`` takes for an ASCII one when ignoring case: a word matched with one finds its entry
_ODD_LOWER = {0x131: "i", 0x17F: "s"}


def _key(word: str) -> str:
    """The lexicon key of a word a case-blind pattern matched ("ſeveral", "DOZENS", "İki")."""
    return word.lower().replace("i\u0307", "i").translate(_ODD_LOWER)


def _absent(gate: tuple[str, ...], lowered: str | None) -> bool:
    """None of ``gate``'s words is in ``lowered`` (the text in lower case, None when a gate cannot
    tell), so the pattern it guards cannot match."""
    return lowered is not None and not any(w in lowered for w in gate)


@lru_cache(maxsize=16)
def _grammar(lang: str) -> _Grammar:
    return _Grammar(lang)


def _apply(mod: str | None, n: int) -> Range:
    if mod is None:
        return Range.exact(n)
    if mod == "approx":
        return Range(low=round(n * (1 - APPROX)), best=n, high=round(n * (1 + APPROX)), basis="approx")
    if mod == "nearly":
        return Range(low=round(n * (1 - APPROX)), best=n, high=n, basis="nearly")
    if mod == "at_least":
        return Range(low=n, best=n, high=None, basis="at_least")
    if mod == "more_than":
        return Range(low=n + 1, best=n + 1, high=None, basis="more_than")
    if mod == "less_than":
        return Range(low=None, best=None, high=max(n - 1, 0), basis="less_than")
    if mod == "up_to":
        return Range(low=None, best=None, high=n, basis="up_to")
    return Range.exact(n)


def find_quantities(text: str, lang: str) -> list[QuantityMention]:
    g = _grammar(lang)
    found: list[tuple[int, int, Range]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _ in found)

    one_of: set[int] = set()  # "l'un d'entre eux": no head noun read after it
    for m in g.one_of_re.finditer(text):
        one_of.add(m.start())
        found.append((m.start(), m.end(), Range.exact(1)))
    for m in g.one_of_the_re.finditer(text):
        # "one of the Italians": one, the noun after it its head; not one of the people already hit
        head = g.head_re.match(text, m.end())
        if free(m.start(), m.end()) and head and head.group("head").lower() not in g.one_of_the_not:
            found.append((m.start(), m.end(), Range.exact(1)))
    for m in g.range_re.finditer(text):
        nums = [v for k, v in m.groupdict().items() if v]
        lo, hi = (g.to_int(nums[0]), g.to_int(nums[1])) if len(nums) == 2 else (None, None)
        if lo is None or hi is None or lo >= hi or not free(m.start(), m.end()):
            continue
        if _is_date_or_measure(g, text, m.end()) or (lo >= 1900 and hi <= 2100):
            continue
        found.append((m.start(), m.end(), Range(low=lo, best=None, high=hi, basis="between")))
    lowered = None if _CASE_ODD.search(text) else text.lower()
    for m in () if _absent(g.collective_gate, lowered) else g.collective_re.finditer(text):
        start = m.start() if m.group("mod") else m.start("art")
        if not free(start, m.end()):
            continue
        coll = _key(m.group("coll"))
        n = g.lx.COLLECTIVES[coll.rstrip("s")] if coll.rstrip("s") in g.lx.COLLECTIVES else g.lx.COLLECTIVES[coll]
        mod = g.lx.MODIFIERS.get((m.group("mod") or "").lower())
        if mod in ("less_than", "more_than", "at_least", "up_to", "nearly"):
            value = _apply(mod, n)
        else:
            spread = round(n * COLLECTIVE_SPREAD)
            value = Range(low=n - spread, best=n, high=n + spread, basis="approx")
        found.append((start, m.end(), value))
    numbers = list(g.number_re.finditer(text))
    things: list[int] = []  # where figures of things end (NOT_COUNTS: "48 drones", "15 head of cattle")
    # "as many as 20", "no fewer than ten": a modifier's words before a number are no vague quantity of their own
    modded = [(m.start(), m.start("num")) for m in numbers if m.group("mod")]
    for m in () if _absent(g.vague_gate, lowered) else g.vague_re.finditer(text):
        if not free(m.start(), m.end()) or any(a <= m.start() < b for a, b in modded):
            continue
        before = text[max(0, m.start() - 12):m.start()].split()[-1:]
        if before and before[0].lower() in g.vague_not_after:
            continue  # "nobody knows how many were killed": a question, no figure
        key = g.lx.VAGUE[_key(m.group("vague"))]
        lo, best, hi = CONVENTIONS[key]
        found.append((m.start(), m.end(), Range(low=lo, best=best, high=hi, basis=f"vague:{key}")))
    for m in numbers:
        if not free(m.start(), m.end()):
            continue
        num = m.group("num")
        n = g.to_int(num)
        end = m.end()
        if n is None and not num[:1].isdigit():
            # "put the toll at nine and said ...", "killing nine and wounding 20": the connector after a
            # figure in words joins no number to it; the figure is the words before it
            for cut in sorted((k for k, ch in enumerate(num) if ch.isspace()), reverse=True):
                n = g.to_int(num[:cut])
                if n is not None:
                    num = num[:cut].rstrip()
                    end = m.start("num") + len(num)
                    break
        if n is None:
            continue
        low_num = num.strip().lower()
        is_word = not num[:1].isdigit()
        prev_word = text[max(0, m.start() - 15):m.start()].split()[-1:] if m.group("mod") is None else []
        if is_word and n == 1 and prev_word and prev_word[0].lower() in g.none_before_one:
            continue  # "killed no one", « pas un civil n'a été tué »: nobody, no figure of one
        if is_word and low_num in g.singular | g.connectors:
            # "un civil", "a soldier": one, only before a person noun; "killed at least one", « au moins un »: a
            # modifier makes the word for one a figure alone
            if low_num in g.singular and _pair_follows(g, text, end):
                n = 2  # "killed a couple", « un couple »: two people
            elif not _person_follows(g, text, end) and not (m.group("mod") and low_num in g.one_words
                                                             and _stands_alone(g, text, end)):
                continue
        elif is_word and not any(w in g.word_numbers for w in re.split(r"[\s-]+", low_num)):
            continue
        if _is_date_or_measure(g, text, end):
            things.append(end)
            continue
        if prev_word and prev_word[0].lower().strip(".,") in g.months and not prev_word[0].endswith(","):
            continue  # "June 16, 2014": a day of the month (« le 2 mars, huit paysans »: the comma closes the date)
        if text[max(0, m.start() - 1):m.start()] in CURRENCY_SIGNS:
            continue  # "$5 million"
        if not num.strip()[:1].isdigit() and low_num in g.connectors:
            continue
        if num.strip().isdigit() and 1900 <= n <= 2100 and m.group("mod") is None:
            before = text[max(0, m.start() - 20):m.start()].split()
            after = text[end:end + 2]
            if (before and before[-1].lower().strip("(,") in g.year_cues) or not after[:1].strip() or after[:1] in ",.;)":
                continue
        if g.age_re.search(text[max(0, m.start() - 12):m.start()]):
            continue
        if m.group("mod") is None and _age_apposed(text, m.start(), m.end(), n):
            continue  # "THE VICTIM, MARIA LOPEZ, 34, WAS SHOT DEAD": her age, no toll
        if _clock_time(g, text, m.start(), num.strip()) and (m.group("mod") is None or num.strip()[0] == "0"):
            continue  # "at 0745"; "approximately 0400": a leading zero is a time after a modifier too
        mod = g.lx.MODIFIERS.get((m.group("mod") or "").lower())
        start = m.start()
        found.append((start, end, _apply(mod, n)))

    out = []
    for s, e, value in sorted(found):
        # the figure just before, if it counted things (NOT_COUNTS): a part of it picked out is things too
        last = max((x for x in [*things, *(q.end for q in out)] if x <= s), default=None)
        if last in things and _part_of_the_last(g, text, last, s, e):
            continue  # "launched 48 drones, of which 35 were shot down", « dont 35 ont été abattus »: no one
        head = g.head_re.match(text, e)
        if g.person_mods_re is not None and (skipped := g.person_mods_re.match(text, e).end()) > e:
            # "a two-week-old baby", "a 10-year-old boy": the person after the words that describe them (not « deux
            # jeunes ont été tués », where the word is the person)
            person = g.head_re.match(text, skipped)
            if person is not None and person.group("head").lower() in g.trade_nouns:
                head = person
        h, hs, he = None, None, None
        if head:
            word = head.group("head").lower()
            if word not in g.not_counts:
                # groups counted after an adjective ("two armed groups", "two rival factions"): who fought; places
                # counted after an adjective of nationality ("over several Russian regions", "three Kenyan villages";
                # not "TWO JUSTICE MINISTRY EMPLOYEES"): where; no one hit
                after = g.head_re.match(text, head.end())
                if after is not None and after.start("head") == head.end() + 1 and (
                        after.group("head").lower() in g.groups_counted
                        or head.group("head").istitle() and after.group("head").lower() in g.places_counted):
                    continue
            if word in g.not_counts:
                # a thing before a person noun names the person ("TWO BUS PASSENGERS"): the person is counted
                after = g.head_re.match(text, head.end()) if head.start("head") == e + 1 else None
                if after is not None and after.start("head") == head.end() + 1 \
                        and after.group("head").lower() in g.trade_nouns:
                    head, word = after, after.group("head").lower()
                else:
                    things.append(e)
                    continue  # "une trentaine de kilomètres": a distance, not people
            if word not in g.elided and s not in one_of:
                h, hs, he = head.group("head"), head.start("head"), head.end("head")
        out.append(QuantityMention(s, e, text[s:e], value, h, hs, he))
    return out


def _part_of_the_last(g: _Grammar, text: str, last_end: int, start: int, end: int) -> bool:
    """The figure at ``start``..``end`` picks out a part of the figure before it in the same sentence, which ends at
    ``last_end``, by a partitive pronoun (``quantities_<lang>.PARTITIVE_PRONOUNS``) right before it ("of which 35",
    « dont 35 ») or right after it ("35 of them", « 35 d'entre eux »): it counts what that figure counted."""
    if re.search(r"[.!?](?:\s|$)", text[last_end:start]):
        return False
    pronouns = g.partitive_pronouns
    before = " ".join(text[max(0, start - 25):start].lower().split()).rstrip(" ,")
    after = " ".join(text[end:end + 25].lower().split())
    return any(before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
               or after.startswith(w) and not after[len(w):len(w) + 1].isalnum() for w in pronouns)


# A person's age set between commas after the name ("MARIA LOPEZ, 34, A NURSE", "Jean Kossi, 34, a été
# tué", "... AND LUCIA MENJIVAR, 19."): digits only, a name's word (capitalised) right before the comma
_AGE_APPOSED_BEFORE = re.compile(r"(?:^|[\s(])[^\W\d_][\w'’-]*[^\W\d_],\s+$")
_AGE_APPOSED_AFTER = re.compile(r"\s*(?:,|[.;]\s|[.;]$)")
AGE_MAX = 110


def _age_apposed(text: str, start: int, end: int, n: int) -> bool:
    num = text[start:end].strip()
    if not num.isdigit() or not 1 <= n <= AGE_MAX or not _AGE_APPOSED_AFTER.match(text, end):
        return False
    before = _AGE_APPOSED_BEFORE.search(text[max(0, start - 40):start])
    return before is not None and before.group(0).strip(" (")[:1].isupper()


def _stands_alone(g: _Grammar, text: str, end: int) -> bool:
    """Nothing is counted after the figure: punctuation, the text's end or a connector follows it ("killed at
    least one, the army said", "killing at least one and wounding five"; not "on more than one occasion")."""
    m = re.match(r"\s*(?:[,.;:)!?]|$|([^\W\d_]+)(?![\w'-]))", text[end:end + 20])
    return m is not None and (m.group(1) is None or m.group(1).lower() in g.connectors)


def _pair_follows(g: _Grammar, text: str, end: int) -> bool:
    """A noun of two people (``quantities_<lang>.PAIR_NOUNS``: "couple") follows the figure, with no word after it
    that makes it a vague few (``PAIR_NOT_BEFORE``: "a couple of days")."""
    m = re.match(r"\s+([^\W\d_][\w'-]*)(?:\s+([^\W\d_][\w'-]*))?", text[end:end + 40])
    return m is not None and m.group(1).lower() in g.pairs and (m.group(2) or "").lower() not in g.pair_not_before


def _person_follows(g: _Grammar, text: str, end: int) -> bool:
    if g.person_mods_re is not None and (skipped := g.person_mods_re.match(text, end).end()) > end \
            and _person_follows_at(g, text, skipped):
        return True  # ("a two-week-old baby", "a young woman"; « un jeune a été tué »: the word itself below)
    return _person_follows_at(g, text, end)


def _person_follows_at(g: _Grammar, text: str, end: int) -> bool:
    m = re.match(r"\s+([^\W\d_][\w'-]*)", text[end:end + 40])
    if not m:
        return False
    if m.group(1).lower() in g.person_nouns:
        return True
    # a person noun of several words ("a security guard", "a night watchman")
    after = " ".join(text[end + m.start(1):end + m.start(1) + 40].lower().split())
    return any(" " in w and (after == w or after.startswith(w) and not after[len(w):len(w) + 1].isalnum())
               for w in g.person_nouns)


def _clock_time(g: _Grammar, text: str, start: int, num: str) -> bool:
    """A four-digit clock time of the military and wire style ("at 0745", "AT 2000 ON 11
    NOVEMBER"): written with a leading zero, or a valid hhmm after a time word ("at", "à")."""
    if not (len(num) == 4 and num.isdigit() and int(num[:2]) <= 23 and int(num[2:]) <= 59):
        return False
    if num[0] == "0":
        return True
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in g.time_cues


def _is_date_or_measure(g: _Grammar, text: str, end: int) -> bool:
    return bool(g.not_count_re.match(text, end))


def parse_quantity(phrase: str, lang: str) -> Range | None:
    found = find_quantities(phrase, lang)
    return found[0].value if found else None
