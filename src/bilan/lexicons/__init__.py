"""Per-language lexicons: one module per component and language, ``<component>_<lang>.py``.

Adding a language means adding its lexicon modules (and a spaCy model); the core code
never contains language-specific words.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType


class LexiconMissing(LookupError):
    pass


@cache
def load(component: str, lang: str) -> ModuleType:
    try:
        return importlib.import_module(f"{__name__}.{component}_{lang}")
    except ModuleNotFoundError as exc:
        raise LexiconMissing(f"no {component} lexicon for language {lang!r}") from exc


@cache
def words(component: str, lang: str, name: str) -> frozenset[str]:
    """The word list ``name`` of a language's ``component`` lexicon as a set, read once: empty when
    the language has no such lexicon or the lexicon no such list (a rule then finds nothing)."""
    try:
        return frozenset(getattr(load(component, lang), name, ()))
    except LexiconMissing:
        return frozenset()
