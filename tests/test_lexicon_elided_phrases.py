"""A phrase of a lexicon whose tokens (as the matchers make them, ``nlp.make_doc``) cannot be found in a text never
matches. The case found first: a French phrase with an elided article or preposition written before a space
(« hélicoptère d' attaque », « raid de l' aviation »): the tokenizer keeps « d' » / « l' » whole in the text
(« d'attaque »: two tokens, « d' » and « attaque »), the space splits the phrase's « d' » into « d » and « ' »
(found by tests/test_air_forces_and_aircraft.py, whose four aircraft phrases of that kind were written as the text
is). Ten more event triggers, six context phrases of events_fr and the attribution « d' après » of claims_fr were
written so; each is now written as the text is (tests/test_elided_phrases_sentences.py shows what each now does).

Every string of every lexicon module of every language (word lists, tables, the first word of a trigger tuple, the
keys and values of a dict), French and English, is checked: its tokens must be found, in that order, among the
tokens of a sentence that holds it as a writer would write it (an elided word glued to the next one; the rest as
the lexicon writes it). A regular expression or a word set read one token at a time passes too (its tokens are in
the sentence), so the check only finds phrases that no text can hold. The phrases that are left so on purpose are
listed with the reason: the reflexive « s' » of a two-word verb (« s' affronter ») is matched another way (the
phrasal verbs of matching.LanguageMatchers: the verb's lemma, « se » among its children, « ils se sont
affrontés »)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import bilan.lexicons as lexicons
from bilan import nlp

# a writer glues an elided word to the next one: « d' artillerie » is written « d'artillerie »
_ELIDED = re.compile(r"(?i)\b(d|l|qu|j|n|m|t|s|c|jusqu|lorsqu|puisqu|quoiqu)(['’]) +")
_CONTEXT = {"fr": ("Selon lui, ", " hier soir."), "en": ("He said ", " last night.")}

# phrases whose tokens are not the text's on purpose: (module, phrase) -> reason
KEPT = {
    ("events_fr", "s' affronter"): "a phrasal verb: « affronter » with « se » among its children",
    ("events_fr", "s' emparer"): "a phrasal verb: « emparer » with « se » among its children",
    ("events_fr", "s' enchaîner"): "a phrasal verb: « enchaîner » with « se » among its children",
}


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            yield from _strings(v)


def _modules() -> list[tuple[str, str]]:
    out = []
    for m in pkgutil.iter_modules(lexicons.__path__):
        lang = m.name.rsplit("_", 1)[-1]
        if lang in _CONTEXT:
            out.append((m.name, lang))
    return sorted(out)


def _unfindable(module: str, lang: str) -> set[str]:
    mod = importlib.import_module(f"bilan.lexicons.{module}")
    make_doc = nlp.get(lang).make_doc
    before, after = _CONTEXT[lang]
    bad = set()
    for name in dir(mod):
        obj = getattr(mod, name)
        if name.startswith("_") or not isinstance(obj, (list, tuple, set, frozenset, dict)):
            continue
        for phrase in _strings(obj):
            if not re.search(r"\w", phrase):
                continue
            words = [t.lower_ for t in make_doc(phrase) if not t.is_space]
            text = _ELIDED.sub(r"\1\2", phrase) if lang == "fr" else phrase
            sent = [t.lower_ for t in make_doc(before + text + after) if not t.is_space]
            n = len(words)
            if not any(sent[i:i + n] == words for i in range(len(sent) - n + 1)):
                bad.add(phrase)
    return bad


def test_lexicons_are_found():
    assert len(_modules()) >= 20, _modules()


@pytest.mark.parametrize("module,lang", _modules())
def test_every_phrase_can_be_found_in_a_text(module, lang):
    bad = _unfindable(module, lang) - {p for (m, p) in KEPT if m == module}
    assert not bad, sorted(bad)


@pytest.mark.parametrize("module,phrase", sorted(KEPT))
def test_kept_phrases_are_in_their_lexicon_and_unfindable(module, phrase):
    """A listed phrase is still written so (else it leaves the list)."""
    assert phrase in _unfindable(module, module.rsplit("_", 1)[-1])
