"""Date expressions: find them in plain text and resolve them against the publication date.

``find_dates(text, lang, published)`` returns :class:`DateMention` records, sorted by start, never
overlapping (the longest candidate wins), each with ``text == source[start:end]`` and a
:class:`bilan.model.DateValue` (``basis="text"``).

This module holds no words of any language. It reads ``bilan.lexicons.dates_<lang>`` (month and
weekday names, number words, modifiers, and ``PATTERNS``: regex templates with slots and a resolver
name, see ``dates_fr``'s docstring), compiles each language once (French and English at import), and
matches on a same-length folded copy of the text (accents removed, curly apostrophes and dashes made
ASCII), so offsets are the caller's offsets.

Spans: cue prepositions are context, not evidence ("en 2016" -> "2016", "on Tuesday" -> "Tuesday",
"dans la nuit de mardi à mercredi" -> "la nuit de mardi à mercredi"); articles and determiners are
kept ("le 17 mars", "les 17 et 18 mars", "the same day", "cette semaine").

Kinds: ``absolute`` for calendar expressions (a named month, a year, a numeric date), even when the
year comes from the publication date ("le 17 mars"); ``relative`` for deictic ones (hier, mardi, last
week, il y a trois jours) and for part-of-month expressions without a year ("mi-février");
``present`` (désormais, now: the publication date, precision "week"); ``anaphoric`` (ce jour-là, the
same day, le lendemain): empty value, the caller takes the date of the incident mentioned before and
adds ``offset_days``.

Resolution rules (``pub`` = publication date):

- day and month without a year: the reading nearest the publication date, the past preferred: any
  date up to :data:`FUTURE_WINDOW` (7 days) after ``pub`` counts as near as ``pub`` itself, beyond it a
  day ahead weighs :data:`FUTURE_COST` (3) days back, so a date less than about three months ahead
  beats the same date almost a year back ("le 17 mars" published 2017-03-29 -> 2017-03-17; "le 28
  décembre" published 2017-01-03 -> 2016-12-28; "le 30 juin" published 1999-05-21 -> 1999-06-30).
  On French and English TimeBank dev documents, 9 of the 10 year-less dates that could be read
  either as more than 7 days ahead or as about a year back were announced events (deadlines,
  meetings), hence this rule rather than a flat 7-day allowance. An explicit weekday that fits
  exactly one of the years around ``pub`` picks that year ("samedi 5 juin"). "dernier"/"last"
  forces strictly before ``pub``, "prochain"/"next" strictly after.
- month without a year, part of month (début/early 1-10, mi/mid 11-20, fin/late 21-end, precision
  "week"): the same nearest-reading rule, applied to the month or part.
- a day of the month without its month (« tués le 12 dans une embuscade », « mardi 2 », "on the 12th"; the
  lexicon asks for a mark or a word of place or time after it): the latest such day on or before ``pub``
  ("dernier"/"last": strictly before), one that falls on the weekday told with it; « le 12 courant »: of
  ``pub``'s month; « la nuit du 11 au 12 »: the night, the 11th to the 12th. Kind ``relative``. A number inside a date
  is no count (``incidents``: the quantities inside a date mention are dropped).
- bare weekday ("mardi", "on Tuesday"): the most recent such day on or before ``pub`` (``pub`` itself
  when it is that weekday); with "dernier"/"last": strictly before; "prochain"/"next": strictly after.
- nights: "cette nuit", "last night" -> the day before ``pub`` (the night that just ended, news
  reports the past); "tonight" -> ``pub``, precision "day". A night told by the two days it spans
  ("la nuit de mardi à mercredi", "the night of Tuesday to Wednesday", "overnight Tuesday into
  Wednesday", « la nuit du 11 au 12 ») -> both days, the Tuesday before the most recent Wednesday on
  or before ``pub`` to that Wednesday, precision "day" as a two-day range ("les 17 et 18 mars"): the
  words do not say which side of midnight the act was.
- weeks are Monday..Sunday: "la semaine dernière" = the previous week; "cette semaine" = Monday of
  ``pub``'s week .. ``pub``; likewise "ce mois-ci" = 1st .. ``pub``, "cette année" = 1 Jan .. ``pub``.
- weekend (Saturday..Sunday, precision "week"): "ce week-end" published Monday or Tuesday is the one
  just past, otherwise the one of ``pub``'s week; "last weekend" the one before ``pub``'s week;
  "over the weekend" the most recent one that has started.
- rolling windows end on ``pub``: "the past two weeks" -> ``pub`` - 14 .. ``pub``, "ces derniers jours"
  -> ``pub`` - 6 .. ``pub`` (precision week up to 7 days, month up to 62, else year).
- "il y a trois jours" -> ``pub`` - 3 (day); weeks -> ``pub`` - 7n ± 3 days (week); months -> that
  calendar month; years -> that calendar year. Vague counts ("quelques", "a few") give a range and
  one precision coarser.
- year parts: early = January-April, mid = May-August, late = September-December (precision "month").
- two-digit years: the century that puts the year at most one year after ``pub`` (98 -> 1998 in 1999,
  03 -> 2003 in 2002); without ``pub``, 00-49 -> 20xx, 50-99 -> 19xx.
- numeric dates: ISO ``2017-03-17``; ``17/03/2017``, ``17.03.2017``, ``17-03-2017`` read in the
  lexicon's ``NUMERIC_ORDERS`` (French: day-first only; English: day-first, month-first when
  day-first is impossible, and when both are possible the first reading not more than 7 days after
  ``pub``).

Without a publication date, everything that needs it gets an empty value (start/end None), kind
unchanged: nothing is guessed. Years need a cue ("en 2016", "in 2016", "mars 2016", an ISO date):
"2000 combattants" or "100 000" are never dates, nor are durations ("depuis trois ans", "for two
weeks") or recurring days ("chaque lundi", "every Monday").

Resolver names used by lexicon templates (``op``): ``dmy``, ``range``, ``my``, ``mrange``, ``y``,
``yrange``, ``decade``, ``part_month``, ``part_year``, ``rel_day`` (offset), ``night`` (offset),
``night_pair``, ``weekday_pair``, ``weekday`` (mod), ``day_only`` (this_month, night), ``rel_week``/``rel_month``/``rel_year``
(offset or mod, optional part), ``weekend`` (mod or mode), ``ago``, ``window`` (num or n), ``present``,
``anaphoric`` (offset, or sign with num/unit), ``block`` (a non-date that hides shorter candidates; produces nothing).
``dmy``/``my``/``range``/``mrange`` accept ``year_offset`` (the year is the publication year plus it:
"May 26 last year"). Numeric dates and year ranges ("1982-1990", "2002/2003", "1957-58") are
language-neutral and built in.

Speed: each template is one compiled regex (word lists become prefix trees); a template is skipped
when a word it cannot match without is absent from the text, or a slot it cannot match without has
no match there (as a whole word where the template needs it to end one: "dec" inside "declared"
does not run the day-month templates). A slot of case-free words is searched with case in the
lower-case text, a digit slot only where its cheap pattern is; a template (or numeric pattern) that
opens with a literal or a word list is first looked for without its opening look-behind, where
``re`` skips fast to the positions it may start at, and scanned from that first match (see
:func:`_lead`). About 0.4-0.7 µs per character of text (generated articles, MUC-4 texts).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
import re._compiler as _sre_compile
import re._constants as _sre
import re._parser as _sre_parse
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from bilan.lexicons import load as load_lexicon
from bilan.model import DateValue

__all__ = ["DateMention", "find_dates", "year_back", "FUTURE_COST", "FUTURE_WINDOW", "KINDS"]

KINDS = ("absolute", "relative", "anaphoric", "present")
# how far after the publication date a year-less date may fall (announced events)
FUTURE_WINDOW = dt.timedelta(days=7)
# beyond that window, a day into the future counts as much as FUTURE_COST days into the past: a
# year-less "le 30 juin" in an article of 21 May is next June 30 (40 days ahead) rather than last
# year's (325 days back); break-even is about three months ahead.
FUTURE_COST = 3
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class DateMention:
    """One date expression: ``text == source_text[start:end]``.

    ``offset_days`` is only meaningful for ``kind == "anaphoric"``: days to add to the antecedent's
    date ("le lendemain" = 1, "la veille" = -1, "ce jour-là" = 0).
    """

    start: int
    end: int
    text: str
    value: DateValue
    kind: str  # "absolute" | "relative" | "anaphoric" | "present"
    offset_days: int = 0
    # a calendar date the text gives without its year and without "last"/"next" (« en janvier », "on 20 December"):
    # its year is the nearest reading's (see the module's rules), which the tense of the act it dates may overrule
    yearless: bool = False


# --- text folding (same length, so offsets survive) -------------------------------------------

def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base
    for ch in "\u2019\u2018\u02bc\u00b4\u2032`":
        table[ord(ch)] = "'"
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2212":
        table[ord(ch)] = "-"
    # letters that ``re`` takes for an ASCII one when ignoring case (dotless i, long s, Kelvin sign): a
    # word the patterns match with one ("mardı", "ſeptembre") must find its lexicon entry
    for ch, base in (("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k")):
        table[ord(ch)] = base
    return table


_FOLD = _fold_table()


def _fold(s: str) -> str:
    return s.translate(_FOLD)


def _key(s: str) -> str:
    """Lookup key of a matched word or a lexicon entry: folded, lower case, hyphens as spaces."""
    return " ".join(_fold(s).lower().replace("-", " ").split())


# --- slots ------------------------------------------------------------------------------------

_SLOT_RE = re.compile(r"\{([a-z]+)(\d?)\}")
_YEAR_RE = r"(?<![\d.,])(?:1[6-9]\d\d|20\d\d)(?![\d%])(?! %)(?![.,]\d)(?![-/]\d)"
_YY_RE = r"(?<![\d.,])(?:'\d\d|\d\d(?=\s*(?:[,.;:!?)\]\"»]|$)))(?!\d)(?![.,]\d)"
_DECADE_RE = r"(?:1[6-9]|20)?\d0"
_DIGITS_NUM_RE = r"(?<![\d.,])\d{1,3}(?![\d])(?![.,]\d)"
# what each digit slot cannot match without, as a pattern that opens with a set of characters (``re``
# skips fast to where it can start; a pattern that opens with a look-behind is tried at every position)
_SLOT_PRE = {"year": r"(?:1[6-9]|20)\d\d", "yy": r"\d\d", "decade": r"\d0"}
_ESCAPE_OR_NAME = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")


def _case_free(body: str) -> bool:
    """Whether ``body`` matches the same without case in a folded text as with case in its lower-case
    copy: no part held to its case ("(?-i:"), no capital nor other cased letter but a lower-case ASCII
    one outside escapes and group names. (The letters ``re`` would take for an ASCII one without
    case, dotless i, long s, Kelvin sign, are ASCII in a folded text, see :func:`_fold`.)"""
    if "(?-i:" in body:
        return False
    return all(c.isascii() and not c.isupper() or c.lower() == c.upper() for c in _ESCAPE_OR_NAME.sub("", body))


def _lead(pattern: re.Pattern) -> tuple[re.Pattern, bool] | None:
    """A template's pattern without its opening look-behind, and whether it runs with case in the
    lower-case text: its leftmost match is at or before the template's first (a scan may start
    there) and none means the template has none. Only when ``re`` can skip fast to where it may
    start (a literal or a set of characters opens it): a pattern that opens with an optional group
    or a look-behind is tried at every position, and would cost as much as the template itself."""
    body = pattern.pattern.removeprefix(r"(?<!\w)")
    if body == pattern.pattern:
        return None
    lower = _case_free(body)
    flags = 0 if lower else re.IGNORECASE
    parsed = _sre_parse.parse(body, flags)
    try:
        opens_fast = bool(_sre_compile._get_literal_prefix(parsed, flags)[0]) or \
            _sre_compile._get_charset_prefix(parsed, flags) is not None
    except (AttributeError, TypeError, IndexError):
        return None  # ``re``'s private helpers changed (another Python): no lead, the template runs in full
    if not opens_fast:
        return None
    return re.compile(body, flags), lower


_SEP = "\x00"  # a word boundary inside a multi-word entry: whitespace or a hyphen


def trie(forms: list[str]) -> str:
    """A regex matching exactly ``forms``, as a prefix tree: ``re`` tries alternatives one by one, so
    a trie fails at the first character instead of once per word (several times faster)."""
    root: dict = {}
    for f in forms:
        node = root
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(r"(?:-|\s+)" if ch == _SEP else re.escape(ch)) + emit(child)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:  # a word may end here: the rest is optional (greedy, so the longest wins)
            return f"(?:{body})?"
        return body

    return emit(root)


def _forms(words, cased: bool = False) -> set[str]:
    """The forms :func:`_alternation` matches, folded, each word boundary inside one as ``_SEP``."""
    forms = set()
    for w in words:
        f = _fold(w).strip()
        if not cased:
            f = f.lower()
        forms.add(f)
        if cased:
            forms.add(f.upper())
    return {_SEP.join(re.split(r"[\s-]+", f)) for f in forms if f}


def _alternation(words, cased: bool = False) -> str:
    """A regex matching any lexicon word; spaces/hyphens inside an entry match whitespace or '-'.
    ``cased``: match the word as written or in capitals only (English "May", "MAY", not "may")."""
    forms = _forms(words, cased)
    if not forms:
        return r"(?!x)x"  # matches nothing
    body = trie(sorted(forms))
    return f"(?-i:{body})" if cased else f"(?:{body})"


def _first_words(words) -> frozenset[str] | None:
    """The lower-case first words of the forms of ``words`` (an empty one when a form starts with
    a boundary): a text whose lower-case form contains none of them has no match of their
    alternation. ``re`` matches without case an ASCII character only to its own two cases and to
    the dotless i, the long s and the Kelvin sign, which :func:`_fold` turns into them. None when a
    first word is not ASCII (the regex then always runs)."""
    first = {f.split(_SEP)[0].lower() for f in _forms(words)}
    if not all(w.isascii() for w in first):
        return None
    # a word that contains another is in the text only where that one is: "avr" stands for "avril"
    return frozenset(w for w in first if not any(v != w and v in w for v in first))


_GATE_WORD = re.compile(r"[a-z][a-z'-]{2,}")


def _gates(template: str) -> list[frozenset[str]]:
    """Words a template cannot match without, as clauses (one word of each clause must occur).

    A cheap pre-check: a pattern whose words are absent from the text is not run. Only the
    template's top level is read: literal words, and non-optional groups of plain alternatives
    such as ``(?:plus tard|après)``. Anything unclear yields no clause (the pattern always runs).
    """
    t = _fold(template).lower().replace("[[", "").replace("]]", "")
    if "|" in _top_level(t):
        return []
    gates: list[frozenset[str]] = []
    i, n = 0, len(t)
    literal = []
    while i < n:
        c = t[i]
        if c == "(":
            j = _group_end(t, i)
            inner, quantified = t[i + 1:j - 1], j < n and t[j] in "?*{"
            if inner.startswith("?:") and not quantified:
                alts = inner[2:].split("|")
                words = [_GATE_WORD.findall(a) for a in alts]
                if all(re.fullmatch(r"[a-z' -]+", a) for a in alts) and all(words):
                    gates.append(frozenset(max(w, key=len) for w in words))
            literal.append(" ")
            i = j
        elif c == "\\" or c in "[{":
            close = {"\\": None, "[": "]", "{": "}"}[c]
            i = i + 2 if close is None else t.index(close, i) + 1
            literal.append(" ")
        elif c in "?*+" and literal:
            literal[-1] = " "  # the quantified character is optional
            literal.append(" ")
            i += 1
        else:
            literal.append(c)
            i += 1
    gates.extend(frozenset([w]) for w in _GATE_WORD.findall("".join(literal)))
    return gates


_WORD_CHAR = re.compile(r"\w")


def _can_be_word(item: tuple) -> bool:
    """Whether the one-character item ``(op, arg)`` of a parsed regex may match a word character
    (anything but a literal, a class of literals and ranges, or whitespace: yes)."""
    op, arg = item
    if op is _sre.LITERAL:
        return _WORD_CHAR.match(chr(arg)) is not None
    if op is _sre.IN:
        for sub_op, sub in arg:
            if sub_op is _sre.LITERAL and _WORD_CHAR.match(chr(sub)) is None:
                continue
            if sub_op is _sre.RANGE and sub[1] - sub[0] < 4096 and not any(
                    _WORD_CHAR.match(chr(c)) for c in range(sub[0], sub[1] + 1)):
                continue
            if sub_op is _sre.CATEGORY and sub is _sre.CATEGORY_SPACE:
                continue
            return True
        return False
    return True


def _may_start_word(items: list, i: int, tail: bool) -> bool:
    """Whether what ``items[i:]`` of a parsed regex match, followed by what comes after them
    (which may start with a word character when ``tail``), may start with a word character."""
    if i == len(items):
        return tail
    op, arg = items[i]
    if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
        return _can_be_word(items[i])
    rest = _may_start_word(items, i + 1, tail)
    if op is _sre.AT:
        return rest
    if op is _sre.ASSERT_NOT and arg[0] == 1 and list(arg[1]) == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)])]:
        return False  # (?!\w): a non-word character or the end follows
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return rest  # a look-around matches nothing
    if op is _sre.BRANCH:
        return any(_may_start_word(list(alt), 0, rest) for alt in arg[1])
    if op is _sre.SUBPATTERN:
        return _may_start_word(list(arg[-1]), 0, rest)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        lo, _, body = arg
        return _may_start_word(list(body), 0, rest) or (lo == 0 and rest)
    return True


def _word_end_slots(pattern: re.Pattern) -> frozenset[str]:
    """The slots a compiled template cannot match without, each at the end of a word: a slot group
    on the pattern's top level (in no alternative, repetition or optional group) after which
    nothing but a non-word character or the end of the text can follow. A slot found in the text
    only inside longer words ("dec" in "declare", "mar" in "Mark") cannot make the pattern match."""
    names = {v: k.rstrip("0123456789") for k, v in pattern.groupindex.items() if k != "s"}  # s: the span
    ends: dict[str, bool] = {}  # slot -> whether each of its top-level groups ends a word

    def walk(items: list, tail: bool) -> None:
        for i, (op, arg) in enumerate(items):
            if op is _sre.SUBPATTERN:
                after = _may_start_word(items, i + 1, tail)
                if arg[0] in names:
                    ends[names[arg[0]]] = ends.get(names[arg[0]], True) and not after
                walk(list(arg[-1]), after)

    walk(list(_sre_parse.parse(pattern.pattern, pattern.flags)), True)
    # every top-level group of the slot, so whichever the template requires (two groups of a slot,
    # "{month} ... {month2}", are told apart by their start only)
    return frozenset(name for name, end in ends.items() if end)


def _group_end(t: str, i: int) -> int:
    """The index just past the group that opens at ``t[i]`` ("("), escaped parentheses aside."""
    depth, j = 1, i + 1
    while j < len(t) and depth:
        depth += {"(": 1, ")": -1}.get(t[j], 0) if t[j - 1] != "\\" else 0
        j += 1
    return j


def _required_slots(template: str) -> frozenset[tuple[str, bool]]:
    """The slots a template cannot match without: those written at its top level, outside any
    group, class or alternative, and not quantified (``{day} {month}`` in "[[le {day} {month}]]"),
    each with whether it starts a word there (first in the template, or after a space, which
    matches whitespace). A pattern whose required slot has no match anywhere in the text (at a
    word start, for those) cannot match it either, so one search for the slot stands for the scans
    of every pattern that needs it. Anything unclear yields no slot (the pattern always runs)."""
    t = template.replace("[[", "").replace("]]", "")
    if "|" in _top_level(t):
        return frozenset()
    out: set[tuple[str, bool]] = set()
    i, n = 0, len(t)
    while i < n:
        c = t[i]
        if c == "(":
            i = _group_end(t, i)
        elif c == "\\":
            i += 2
        elif c == "[":
            i = t.index("]", i + 2) + 1
        elif c == "{":
            m = _SLOT_RE.match(t, i)
            if m is None:
                i = t.index("}", i) + 1
                continue
            start, i = i, m.end()
            if i >= n or t[i] not in "?*{":
                out.add((m.group(1), start == 0 or t[start - 1] == " "))
        else:
            i += 1
    return frozenset(out)


def _top_level(t: str) -> str:
    depth, out, prev = 0, [], ""
    for c in t:
        if prev != "\\":
            depth += {"(": 1, ")": -1}.get(c, 0)
        if depth == 0:
            out.append(c)
        prev = c
    return "".join(out)


class _Lexicon:
    """One language's compiled patterns and word tables."""

    def __init__(self, lang: str, mod: ModuleType):
        self.lang = lang
        g = lambda name, default=None: getattr(mod, name, default)  # noqa: E731
        self.months = {_key(k): v for k, v in mod.MONTHS.items()}
        self.weekdays = {_key(k): v for k, v in mod.WEEKDAYS.items()}
        self.day_words = {_key(k): v for k, v in (g("DAY_WORDS") or {}).items()}
        self.ordinal_days = {_key(k): v for k, v in (g("ORDINAL_DAY_WORDS") or {}).items()}
        self.numbers = {_key(k): (v, v) for k, v in (g("NUMBER_WORDS") or {}).items()}
        self.numbers.update({_key(k): tuple(v) for k, v in (g("VAGUE_NUMBERS") or {}).items()})
        self.units = {_key(k): v for k, v in (g("UNITS") or {}).items()}
        self.modifiers = {_key(k): v for k, v in (g("MODIFIERS") or {}).items()}
        self.parts = {_key(k): v for k, v in (g("PARTS") or {}).items()}
        self.numeric_orders = tuple(g("NUMERIC_ORDERS") or ("dmy",))
        suffix = g("DAY_SUFFIX") or ""
        day_num = r"(?<![\d.,])(?:3[01]|[12]\d|0?[1-9])" + (f"(?:{suffix})?" if suffix else "") + r"(?![\d])"
        day_words = _alternation(mod.DAY_WORDS) if g("DAY_WORDS") else None
        # the slots that are word lists alone: (words, cased)
        lists = {
            "weekday": (mod.WEEKDAYS, g("WEEKDAYS_CASED", False)),
            "month": (mod.MONTHS, g("MONTHS_CASED", False)),
            "dayword": (g("ORDINAL_DAY_WORDS") or {}, False),
            "unit": (g("UNITS") or {}, False),
            "daypart": (g("DAYPARTS") or [], False),
            "mod": (g("MODIFIERS") or {}, False),
            "part": (g("PARTS") or {}, False),
        }
        self.slots = {name: _alternation(words, cased) for name, (words, cased) in lists.items()}
        self.slots.update({
            "day": f"(?:{day_words}|{day_num})" if day_words else day_num,
            "year": _YEAR_RE,
            "yy": _YY_RE,
            "decade": _DECADE_RE,
            "num": f"(?:{_DIGITS_NUM_RE}|{_alternation(list(self.numbers))})",
        })
        # a word-list slot none of whose first words is in the text is not searched for
        self.slot_words = {name: first for name, (words, _) in lists.items()
                           if (first := _first_words(words)) is not None}
        self.patterns: list[tuple[re.Pattern, str, dict, list[frozenset[str]], frozenset[tuple[str, bool]]]] = []
        for i, entry in enumerate(mod.PATTERNS):
            template, op, params = entry
            if op not in _RESOLVERS:
                raise ValueError(f"dates_{lang}.PATTERNS[{i}]: unknown op {op!r}")
            self.patterns.append((self._compile(template, f"dates_{lang}.PATTERNS[{i}]"), op, dict(params),
                                  _gates(template), _required_slots(template)))
        # a required slot that the pattern needs at the end of a word is searched for there
        self.patterns = [(pattern, op, params, gates,
                          frozenset((name, start, name in ends) for name, start in slots))
                         for pattern, op, params, gates, slots in self.patterns
                         for ends in [_word_end_slots(pattern)]]
        # each slot on its own, searched once per text for the patterns that require it
        self.slot_res = {(name, start, end): re.compile(
                             (r"(?<!\w)" if start else "") + f"(?:{body})" + (r"(?!\w)" if end else ""), re.IGNORECASE)
                         for name, body in self.slots.items() for start in (False, True) for end in (False, True)}
        # the same searches as run: a slot of lower-case ASCII words (no cased list, no capital
        # outside an escape) in the lower-case folded text with case, since ``re`` skips fast to the
        # positions where such a pattern can start only when it matches with case (the French month
        # at a word end: 65 -> 9 µs on a 1,000-character text without one)
        self.slot_lower = frozenset(name for name, body in self.slots.items() if _case_free(body))
        self.slot_fast = {key: re.compile(rx.pattern, 0) if key[0] in self.slot_lower else rx
                          for key, rx in self.slot_res.items()}
        # each template's lead (see :func:`_lead`), where it has one
        self.leads = {pattern: lead for pattern, *_ in self.patterns if (lead := _lead(pattern)) is not None}
        # a slot of digits whose cheap pattern is nowhere in the text is nowhere at all
        self.slot_pre = {name: re.compile(pre) for name, pre in _SLOT_PRE.items() if name in self.slots}

    def _compile(self, template: str, where: str) -> re.Pattern:
        body = _fold(template).replace("[[", "(?P<s>").replace("]]", ")")
        body = body.replace(" ?", r"\s*").replace(" ", r"\s+")

        def slot(m: re.Match) -> str:
            name, n = m.groups()
            if name not in self.slots:
                raise ValueError(f"{where}: unknown slot {{{name}}}")
            return f"(?P<{name}{n}>{self.slots[name]})"

        body = _SLOT_RE.sub(slot, body)
        try:
            return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"{where}: bad template {template!r}: {exc}") from exc

    # group text -> value
    def parse(self, name: str, raw: str):
        k = _key(raw)
        if name == "month":
            return self.months[k]
        if name == "weekday":
            return self.weekdays[k]
        if name == "day":
            if k in self.day_words:
                return self.day_words[k]
            return int(re.match(r"\d+", k).group())
        if name == "dayword":
            return self.ordinal_days[k]
        if name in ("year", "decade"):
            return int(k)
        if name == "yy":
            return int(k.lstrip("'"))
        if name == "num":
            return (int(k), int(k)) if k.isdigit() else self.numbers[k]
        if name == "unit":
            return self.units[k]
        if name == "mod":
            return self.modifiers[k]
        if name == "part":
            return self.parts[k]
        return raw  # daypart: no meaning needed


# --- calendar helpers ----------------------------------------------------------------------------

def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month_span(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, _last_day(y, m))


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _part_of_month(y: int, m: int, part: str) -> tuple[dt.date, dt.date]:
    a, b = _MONTH_PARTS[part]
    return dt.date(y, m, a), dt.date(y, m, min(b, _last_day(y, m)))


def _part_of_year(y: int, part: str) -> tuple[dt.date, dt.date]:
    a, b = _YEAR_PARTS[part]
    return dt.date(y, a, 1), dt.date(y, b, _last_day(y, b))


def _century(yy: int, pub: dt.date | None) -> int:
    if pub is None:
        return 2000 + yy if yy < 50 else 1900 + yy
    y = (pub.year // 100) * 100 + yy
    while y > pub.year + 1:
        y -= 100
    while y + 100 <= pub.year + 1:
        y += 100
    return y


def _year_of(g: dict, pub: dt.date | None, p: dict | None = None) -> int | None:
    if "year" in g:
        return g["year"]
    if "yy" in g:
        return _century(g["yy"], pub)
    if p and "year_offset" in p and pub is not None:  # "May 26 last year", "en mars l'an dernier"
        return pub.year + p["year_offset"]
    return None


def _cost(start: dt.date, end: dt.date, pub: dt.date) -> float:
    """How unlikely a year-less reading is: days into the past, FUTURE_COST x days into the future
    (no penalty inside FUTURE_WINDOW)."""
    if end < pub:
        return (pub - end).days
    if start <= pub + FUTURE_WINDOW:
        return max(0, (start - pub).days)
    return FUTURE_COST * (start - pub).days


def _nearest(spans: list[tuple[dt.date, dt.date]], pub: dt.date) -> tuple[dt.date, dt.date]:
    """The reading nearest the publication date, the past preferred (ties go to the earlier one)."""
    return min(spans, key=lambda s: (_cost(s[0], s[1], pub), s[0]))


def _day_year(month: int, day: int, pub: dt.date, mod: str | None, weekday: int | None) -> dt.date | None:
    cands = []
    for y in range(pub.year - 4, pub.year + 2):  # wide enough for 29 February
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            pass
    if not cands:
        return None
    if weekday is not None:
        near = [c for c in cands if abs((c - pub).days) <= 366 and c.weekday() == weekday]
        if len(near) == 1:
            return near[0]
    if mod == "last":
        past = [c for c in cands if c < pub]
        return max(past) if past else None
    if mod == "next":
        fut = [c for c in cands if c > pub]
        return min(fut) if fut else None
    return _nearest([(c, c) for c in cands], pub)[0]


def _month_year(month: int, pub: dt.date, mod: str | None, part: str | None = None) -> int:
    if mod == "last":
        return pub.year if month < pub.month else pub.year - 1
    if mod == "past":  # where a count starts ("since January", « depuis janvier »): this month at the latest
        return pub.year if month <= pub.month else pub.year - 1
    if mod == "next":
        return pub.year if month > pub.month else pub.year + 1
    spans = {y: (_part_of_month(y, month, part) if part else _month_span(y, month))
             for y in (pub.year - 1, pub.year, pub.year + 1)}
    best = _nearest(list(spans.values()), pub)
    return best[0].year


def _weekday_date(wd: int, pub: dt.date, mod: str | None) -> dt.date:
    if mod == "next":
        return pub + dt.timedelta(days=((wd - pub.weekday()) % 7) or 7)
    back = (pub.weekday() - wd) % 7
    if mod == "last":
        back = back or 7
    return pub - dt.timedelta(days=back)


def month_back(day: dt.date, months: int) -> tuple[dt.date, dt.date]:
    """The first and last days of the month ``months`` months before ``day``'s ("a year after the massacre", told on
    a day: the massacre's month, twelve back)."""
    return _month_span(*_shift_month(day.year, day.month, -months))


def year_back(value: DateValue) -> DateValue | None:
    """The same calendar reading one year earlier ("January" read as next January -> last January): a day, a part
    of a month or a month; a span that ends on its month's last day ends on that month's last day a year back
    (29 February). ``None`` for a reading with no start, or a 29 February with no such day a year back."""
    start, end = value.start, value.end or value.start
    if start is None:
        return None
    try:
        new_start = start.replace(year=start.year - 1)
    except ValueError:
        return None
    ey = end.year - 1
    new_end = dt.date(ey, end.month, _last_day(ey, end.month)) if end.day == _last_day(end.year, end.month) \
        else end.replace(year=ey)
    return value.model_copy(update={"start": new_start, "end": new_end})


def _value(start: dt.date | None, end: dt.date | None, precision: str | None) -> DateValue:
    if start is None:
        return DateValue()
    return DateValue(start=start, end=end, precision=precision, basis="text")


_MOD_OFFSET = {"last": -1, "next": 1, "this": 0}

# A resolver: (groups, params, pub) -> (value, kind) | (value, kind, offset_days) | None (drop); _thunk makes it
# (value, kind, offset_days, yearless).


def _r_dmy(g, p, pub):
    month, day = g["month"], g.get("day", g.get("dayword"))
    year = _year_of(g, pub, p)
    if year is not None:
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        return _value(d, d, "day"), "absolute"
    try:
        dt.date(2000, month, day)  # 29 February is possible
    except ValueError:
        return None
    if pub is None:
        return DateValue(), "absolute"
    d = _day_year(month, day, pub, g.get("mod"), g.get("weekday"))
    return (_value(d, d, "day"), "absolute") if d else None


def _r_range(g, p, pub):
    month, d1, d2 = g["month"], g["day"], g["day2"]
    if d2 <= d1:
        return None
    year = _year_of(g, pub, p)
    if year is None:
        if pub is None:
            return DateValue(), "absolute"
        end = _day_year(month, d2, pub, None, None)
        if end is None:
            return None
        year = end.year
    try:
        return _value(dt.date(year, month, d1), dt.date(year, month, d2), "day"), "absolute"
    except ValueError:
        return None


def _r_my(g, p, pub):
    month = g["month"]
    year = _year_of(g, pub, p)
    if year is None:
        if pub is None:
            return DateValue(), "absolute"
        year = _month_year(month, pub, g.get("mod") or p.get("mod"))
    return _value(*_month_span(year, month), "month"), "absolute"


def _r_mrange(g, p, pub):
    m1, m2 = g["month"], g["month2"]
    if m1 == m2:
        return None
    year = _year_of(g, pub, p)
    if year is None:
        if pub is None:
            return DateValue(), "absolute"
        year = _month_year(m2, pub, g.get("mod"))
    y1 = year if m1 < m2 else year - 1  # décembre-janvier
    return _value(_month_span(y1, m1)[0], _month_span(year, m2)[1], "month"), "absolute"


def _r_y(g, p, pub):
    y = g["year"]
    return _value(dt.date(y, 1, 1), dt.date(y, 12, 31), "year"), "absolute"


def _r_yrange(g, p, pub):
    a, b = g["year"], g["year2"]
    if b <= a:
        return None
    return _value(dt.date(a, 1, 1), dt.date(b, 12, 31), "year"), "absolute"


def _r_decade(g, p, pub):
    d = g["decade"]
    if d < 100:
        limit = pub.year if pub else 2049
        d = 2000 + d if 2000 + d <= limit else 1900 + d
    return _value(dt.date(d, 1, 1), dt.date(d + 9, 12, 31), "year"), "absolute"


def _r_part_month(g, p, pub):
    month, part = g["month"], g["part"]
    year = _year_of(g, pub, p)
    kind = "absolute" if year is not None else "relative"
    if year is None:
        if pub is None:
            return DateValue(), kind
        year = _month_year(month, pub, None, part)
    return _value(*_part_of_month(year, month, part), "week"), kind


def _r_part_year(g, p, pub):
    return _value(*_part_of_year(g["year"], g["part"]), "month"), "absolute"


def _offset(g, p) -> int:
    if "offset" in p:
        return p["offset"]
    return _MOD_OFFSET.get(g.get("mod"), 0)


def _r_rel_day(g, p, pub):
    if pub is None:
        return DateValue(), "relative"
    d = pub + dt.timedelta(days=p["offset"])
    return _value(d, d, "day"), "relative"


def _r_night(g, p, pub):
    return _r_rel_day(g, p, pub)


def _r_night_pair(g, p, pub):
    if pub is None:
        return DateValue(), "relative"
    a, b = g["weekday"], g["weekday2"]
    if (a + 1) % 7 == b:
        d = _weekday_date(b, pub, None) - _DAY
    else:
        d = _weekday_date(a, pub, None)
    # (the night spans the two days it is told by: which side of midnight the act was the words do not say)
    return _value(d, d + _DAY if (a + 1) % 7 == b else d, "day"), "relative"


def _r_weekday_pair(g, p, pub):
    """ "on Thursday and Friday", « mardi et mercredi »: from the first day to the second, the second the latest such
    day on or before publication, the first the one before it (a range of days, as "les 17 et 18 mars")."""
    if pub is None:
        return DateValue(), "relative"
    b = _weekday_date(g["weekday2"], pub, None)
    a = b - dt.timedelta(days=(g["weekday2"] - g["weekday"]) % 7)
    return (_value(a, b, "day"), "relative") if a < b else None


def _r_weekday(g, p, pub):
    if pub is None:
        return DateValue(), "relative"
    d = _weekday_date(g["weekday"], pub, g.get("mod"))
    return _value(d, d, "day"), "relative"


def _r_rel_week(g, p, pub):
    if pub is None:
        return DateValue(), "relative"
    k = _offset(g, p)
    week_start = pub - dt.timedelta(days=pub.weekday())
    if k == 0:
        return _value(week_start, pub, "week"), "relative"
    start = week_start + dt.timedelta(weeks=k)
    return _value(start, start + dt.timedelta(days=6), "week"), "relative"


def _r_weekend(g, p, pub):
    if pub is None:
        return DateValue(), "relative"
    weekend_start = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=5)
    mode = p.get("mode") or g.get("mod") or "this"
    if mode == "last":
        sat = weekend_start - dt.timedelta(weeks=1)
    elif mode == "next":
        sat = weekend_start + dt.timedelta(weeks=1) if pub.weekday() >= 5 else weekend_start
    elif mode == "recent":
        sat = weekend_start if pub.weekday() >= 5 else weekend_start - dt.timedelta(weeks=1)
    else:  # this: just past when published Monday/Tuesday, else the one of the publication week
        sat = weekend_start - dt.timedelta(weeks=1) if pub.weekday() <= 1 else weekend_start
    return _value(sat, sat + _DAY, "week"), "relative"


def _r_rel_month(g, p, pub):
    if pub is None:
        return DateValue(), "relative"
    k = _offset(g, p)
    y, m = _shift_month(pub.year, pub.month, k)
    if "part" in g:
        return _value(*_part_of_month(y, m, g["part"]), "week"), "relative"
    if k == 0:
        return _value(dt.date(y, m, 1), pub, "month"), "relative"
    return _value(*_month_span(y, m), "month"), "relative"


def _r_rel_year(g, p, pub):
    if pub is None:
        return DateValue(), "relative"
    k = _offset(g, p)
    y = pub.year + k
    if "part" in g:
        return _value(*_part_of_year(y, g["part"]), "month"), "relative"
    if k == 0:
        return _value(dt.date(y, 1, 1), pub, "year"), "relative"
    return _value(dt.date(y, 1, 1), dt.date(y, 12, 31), "year"), "relative"


_COARSER = {"day": "week", "week": "month", "month": "year", "year": "year"}


def _r_ago(g, p, pub):
    if pub is None:
        return DateValue(), "relative"
    (lo, hi), unit = g["num"], g["unit"]
    if hi <= 0:
        return None
    if unit == "decade":  # "two decades ago", "il y a deux décennies": a round figure, give or take two years
        lo, hi, unit = 10 * lo - 2, 10 * hi + 2, "year"
    exact = lo == hi
    if unit == "day":
        start, end = pub - dt.timedelta(days=hi), pub - dt.timedelta(days=lo)
    elif unit == "week":
        start, end = pub - dt.timedelta(days=7 * hi + 3), pub - dt.timedelta(days=7 * lo - 3)
    elif unit == "month":
        start = _month_span(*_shift_month(pub.year, pub.month, -hi))[0]
        end = _month_span(*_shift_month(pub.year, pub.month, -lo))[1]
    else:
        start, end = dt.date(pub.year - hi, 1, 1), dt.date(pub.year - lo, 12, 31)
    precision = unit if exact else _COARSER[unit]
    return _value(start, end, precision), "relative"


_UNIT_SPAN = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}


def _r_window(g, p, pub):
    """A rolling window ending on the publication date: "the past two weeks", "ces derniers jours"."""
    if pub is None:
        return DateValue(), "relative"
    lo, hi = g.get("num") or tuple(p.get("n", (1, 1)))
    unit = g["unit"]
    if hi <= 0:
        return None
    days = hi * _UNIT_SPAN[unit]
    precision = "week" if days <= 7 else "month" if days <= 62 else "year"
    return _value(pub - dt.timedelta(days=days), pub, precision), "relative"


def _r_present(g, p, pub):
    if pub is None:
        return DateValue(), "present"
    return _value(pub, pub, "week"), "present"


_UNIT_DAYS = {"day": 1, "week": 7}


def _r_anaphoric(g, p, pub):
    if "num" in g:
        lo, hi = g["num"]
        if lo != hi or g["unit"] not in _UNIT_DAYS:
            return None
        return DateValue(), "anaphoric", p.get("sign", 1) * lo * _UNIT_DAYS[g["unit"]]
    return DateValue(), "anaphoric", p.get("offset", 0)


def _day_of_month(day: int, pub: dt.date, mod: str | None, weekday: int | None) -> dt.date | None:
    """A day number told with no month ("le 12", "on the 12th"): the latest such day on or before
    ``pub`` (strictly before with "dernier"/"last"; the next after it with "prochain"/"next"); with a
    weekday ("mardi 2"), the latest of the months around ``pub`` whose day falls on it."""
    cands = []
    for k in range(-3, 2):
        y, m = _shift_month(pub.year, pub.month, k)
        if day <= _last_day(y, m):
            cands.append(dt.date(y, m, day))
    if weekday is not None:
        cands = [c for c in cands if c.weekday() == weekday]
    if mod == "next":
        fut = [c for c in cands if c > pub]
        return min(fut) if fut else None
    past = [c for c in cands if (c < pub if mod == "last" else c <= pub)]
    return max(past) if past else None


def _r_day_only(g, p, pub):
    if pub is None:
        return DateValue(), "relative"
    if p.get("this_month"):  # « le 12 courant »: of the month of publication
        d = dt.date(pub.year, pub.month, g["day"]) if g["day"] <= _last_day(pub.year, pub.month) else None
    else:
        d = _day_of_month(g["day"], pub, g.get("mod"), g.get("weekday"))
    if d is None:
        return None
    if "day2" not in g:
        return _value(d, d, "day"), "relative"
    # "la nuit du 11 au 12": the night starts on the first day, the day before the second, and spans both
    end = _day_of_month(g["day2"], pub, g.get("mod"), None)
    if end is None or g["day2"] != g["day"] + 1:
        return None
    return _value(end - _DAY, end, "day"), "relative"


def _r_block(g, p, pub):
    return None


_RESOLVERS: dict[str, Callable] = {
    "dmy": _r_dmy, "range": _r_range, "my": _r_my, "mrange": _r_mrange, "y": _r_y, "yrange": _r_yrange,
    "decade": _r_decade,
    "part_month": _r_part_month, "part_year": _r_part_year, "rel_day": _r_rel_day, "night": _r_night,
    "night_pair": _r_night_pair, "weekday_pair": _r_weekday_pair, "weekday": _r_weekday, "rel_week": _r_rel_week, "weekend": _r_weekend,
    "rel_month": _r_rel_month, "rel_year": _r_rel_year, "ago": _r_ago, "window": _r_window, "present": _r_present,
    "anaphoric": _r_anaphoric, "block": _r_block, "day_only": _r_day_only,
}


# --- numeric dates (language-neutral) --------------------------------------------------------------

_ISO_RE = re.compile(r"(?<![\w/.,-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d]|-\d|[.,]\d)")
# 1982-1990, 2002/2003, 1957-58 (not "1800-2000 fighters": no lower-case word may follow)
_YEAR_RANGE_RE = re.compile(
    r"(?<![\w/.,-])((?:1[6-9]|20)\d\d)[-/]((?:1[6-9]|20)\d\d|\d\d)(?![\w/-]|[.,]\d)(?!\s+[a-z])")
_MAX_YEAR_RANGE = 30
_NUMERIC_RE = re.compile(
    r"(?<![\w/.,-])(\d{1,2})(?:/(\d{1,2})/(\d{4}|\d{2})|([.-])(\d{1,2})\4(\d{4}))(?![\w/-]|[.,]\d)")

# what each of them opens with, without the look-behind: ``re`` skips fast to where a digit starts
# (a pattern that opens with a look-behind is tried at every position); the leftmost match of a
# lead is at or before the first of its pattern, whose scan starts there
_NUMERIC_LEADS = {_ISO_RE: re.compile(r"\d\d\d\d-\d"), _YEAR_RANGE_RE: re.compile(r"(?:1[6-9]|20)\d\d[-/]\d\d"),
                  _NUMERIC_RE: re.compile(r"\d\d?[/.-]\d")}


def _scan(pattern: re.Pattern, text: str):
    first = _NUMERIC_LEADS[pattern].search(text)
    return () if first is None else pattern.finditer(text, first.start())


def _numeric_candidates(text: str, lex: _Lexicon, pub: dt.date | None):
    for m in _scan(_ISO_RE, text):
        y, mo, d = (int(x) for x in m.groups())
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            continue
        yield m.start(), m.end(), (_value(day, day, "day"), "absolute")
    for m in _scan(_YEAR_RANGE_RE, text):
        a, b = int(m.group(1)), m.group(2)
        end = int(b) if len(b) == 4 else a // 100 * 100 + int(b)
        if a < end <= a + _MAX_YEAR_RANGE:
            yield m.start(), m.end(), (_value(dt.date(a, 1, 1), dt.date(end, 12, 31), "year"), "absolute")
    for m in _scan(_NUMERIC_RE, text):
        a = int(m.group(1))
        if m.group(2) is not None:
            b, ys = int(m.group(2)), m.group(3)
        else:
            b, ys = int(m.group(5)), m.group(6)
        y = int(ys) if len(ys) == 4 else _century(int(ys), pub)
        readings = []
        for order in lex.numeric_orders:
            d, mo = (a, b) if order == "dmy" else (b, a)
            try:
                readings.append(dt.date(y, mo, d))
            except ValueError:
                pass
        if not readings:
            continue
        if pub is not None and len(readings) > 1:
            readings = [r for r in readings if r <= pub + FUTURE_WINDOW] or readings
        day = readings[0]
        yield m.start(), m.end(), (_value(day, day, "day"), "absolute")


# --- driver ----------------------------------------------------------------------------------------

@cache
def _lexicon(lang: str) -> _Lexicon:
    return _Lexicon(lang, load_lexicon("dates", lang))


def _norm_lang(lang: str) -> str:
    if not isinstance(lang, str) or not lang.strip():
        raise ValueError(f"find_dates: lang must be a language code such as 'fr' or 'en', got {lang!r}")
    return re.split(r"[-_]", lang.strip().lower())[0]


def _norm_pub(published) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    raise TypeError(f"find_dates: published must be a datetime.date or None, got {type(published).__name__}")


def find_dates(text: str, lang: str, published: dt.date | None = None) -> list[DateMention]:
    """Date expressions of ``text`` (language ``lang``), resolved against ``published``.

    Sorted by start, non-overlapping (longest wins). Raises ``TypeError`` for a non-str text or a
    ``published`` that is not a date, ``ValueError`` for an empty ``lang`` and
    ``bilan.lexicons.LexiconMissing`` for a language without a ``dates_<lang>`` lexicon.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates: text must be str, got {type(text).__name__}")
    lex = _lexicon(_norm_lang(lang))
    pub = _norm_pub(published)
    if not text:
        return []
    folded, matches = _pattern_matches(text, lex.lang)

    # candidates: (start, end, order, resolve-thunk: (value, kind, offset in days, yearless) or None)
    cands: list[tuple[int, int, int, Callable[[], tuple | None]]] = []
    order = 0
    for start, end, (value, kind) in _numeric_candidates(folded, lex, pub):
        cands.append((start, end, order, (lambda r=(value, kind, 0, False): r)))
        order += 1
    for start, end, pattern_order, op, params, m in matches:
        cands.append((start, end, order + pattern_order, _thunk(lex, _RESOLVERS[op], op, m, params, pub)))

    # longest wins, then earliest, then pattern order
    cands.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for start, end, _, thunk in cands:
        i = bisect.bisect_right(starts, start)
        if i > 0 and ends[i - 1] > start:
            continue
        if i < len(starts) and starts[i] < end:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.append((start, end, thunk))

    out = []
    for start, end, thunk in sorted(chosen, key=lambda c: c[0]):
        res = thunk()
        if res is None:
            continue
        value, kind, offset, yearless = res
        out.append(DateMention(start=start, end=end, text=text[start:end], value=value, kind=kind,
                               offset_days=offset, yearless=yearless))
    return out


@lru_cache(maxsize=2)
def _pattern_matches(text: str, lang: str) -> tuple[str, list[tuple[int, int, int, str, dict, re.Match]]]:
    """The folded text and the lexicon patterns' matches in it: (start, end, order among them, op,
    params, match). They do not depend on the publication date, so a second :func:`find_dates` of
    the same text (the incident rules read an undated document's date expressions again against a
    reference date) resolves the same matches instead of scanning again."""
    lex = _lexicon(lang)
    folded = _fold(text)
    lowered = folded.lower()
    same_length = len(lowered) == len(folded)  # offsets in one are offsets in the other
    out = []
    order = 0
    present: dict[tuple[str, bool, bool], bool] = {}  # (slot, at a word start, at a word end) -> whether it matches

    def known(slot: tuple[str, bool, bool]) -> bool | None:
        found = present.get(slot)
        if found is not None:
            return found
        name, start, end = slot
        for (n, s, e), found in present.items():
            # a match held to a word start or end is a match without; none without is none held
            if n == name and (found and s >= start and e >= end or not found and s <= start and e <= end):
                present[slot] = found
                return found
        return None

    def has(slot: tuple[str, bool, bool]) -> bool:
        found = known(slot)
        if found is not None:
            return found
        name, start, end = slot
        words = lex.slot_words.get(name)
        if words is not None and not any(w in lowered for w in words):
            present[slot] = False
            return False
        pre = lex.slot_pre.get(name)
        if pre is not None and pre.search(folded) is None:
            present[(name, False, False)] = present[slot] = False
            return False
        if start:  # a slot nowhere is nowhere at a word start; its first match may be at one
            if not has((name, False, end)):
                present[slot] = False
                return False
            found = known(slot)
            if found is not None:
                return found
        if same_length and name in lex.slot_lower:
            m = lex.slot_fast[slot].search(lowered)
        else:
            m = lex.slot_res[slot].search(folded)
        present[slot] = m is not None
        if m is not None:  # what the match found shows of the stronger conditions
            at_start = m.start() == 0 or not folded[m.start() - 1].isalnum() and folded[m.start() - 1] != "_"
            at_end = m.end() == len(folded) or not folded[m.end()].isalnum() and folded[m.end()] != "_"
            present[(name, start or at_start, end or at_end)] = True
        return m is not None

    gate_in: dict[frozenset[str], bool] = {}  # a word list (several templates share one) -> one of its words is in the text

    def opens(gate: frozenset[str]) -> bool:
        found = gate_in.get(gate)
        if found is None:
            found = gate_in[gate] = any(w in lowered for w in gate)
        return found

    for pattern, op, params, gates, slots in lex.patterns:
        if not all(opens(g) for g in gates) or not all(has(s) for s in slots):
            order += 1
            continue  # a word or a slot the template cannot match without is not in the text
        pos = 0
        lead = lex.leads.get(pattern)
        if lead is not None and (same_length or not lead[1]):
            first = lead[0].search(lowered if lead[1] else folded)
            if first is None:
                order += 1
                continue  # the template is nowhere
            pos = first.start()  # its look-behind still reads the text before pos
        for m in pattern.finditer(folded, pos):
            start, end = m.span("s") if m.group("s") is not None else m.span()
            if start == end:
                continue
            out.append((start, end, order, op, params, m))
            order += 1
        order += 1
    return folded, out


def _thunk(lex: _Lexicon, resolver: Callable, op: str, m: re.Match, params: dict, pub: dt.date | None):
    def run():
        if op == "block":
            return None
        groups = {}
        for name, raw in m.groupdict().items():
            if raw is None or name == "s":
                continue
            groups[name] = lex.parse(name.rstrip("0123456789"), raw)
        try:
            res = resolver(groups, params, pub)
        except (ValueError, OverflowError):  # date arithmetic past year 1 or 9999: no usable value
            return None
        if res is None:
            return None
        # (yearless: a calendar date the text gives without a year, DateMention.yearless)
        yearless = op in _YEARLESS_OPS and not {"year", "yy"} & groups.keys() and "year_offset" not in params \
            and not groups.get("mod") and not params.get("mod") and res[0].start is not None
        return res[0], res[1], res[2] if len(res) > 2 else 0, yearless
    return run


# the resolvers that give a calendar date a year of their own choosing when the text gives none
_YEARLESS_OPS = frozenset({"dmy", "range", "my", "mrange", "part_month"})


# Compile the shipped languages once, at import.
for _lang in ("fr", "en"):
    _lexicon(_lang)
