"""Per-language lexicons: one module per component and language, ``<component>_<lang>.py``.

Adding a language means adding its lexicon modules (and a spaCy model); the core code
never contains language-specific words.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
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
def languages(component: str) -> tuple[str, ...]:
    """The languages (ISO 639 codes) that have a ``component`` lexicon module, sorted; other modules
    of the component (``places_us_counties``) are no language's."""
    prefix = f"{component}_"
    codes = (m.name[len(prefix):] for m in pkgutil.iter_modules(__path__) if m.name.startswith(prefix))
    return tuple(sorted(c for c in codes if re.fullmatch(r"[a-z]{2,3}", c)))


@cache
def words(component: str, lang: str, name: str) -> frozenset[str]:
    """The word list ``name`` of a language's ``component`` lexicon as a set, read once: empty when
    the language has no such lexicon or the lexicon no such list (a rule then finds nothing)."""
    try:
        return frozenset(getattr(load(component, lang), name, ()))
    except LexiconMissing:
        return frozenset()
