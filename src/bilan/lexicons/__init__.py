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
