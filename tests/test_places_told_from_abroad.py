"""Acts told from a dateline abroad (h-jesuits). Rows of our own, in wire capitals in the MUC-4 style and in mixed-case
English and French.

- a story filed from a town abroad ("HAVANA (CUBA), 10 FEB 90 -- ...", « PARIS, 3 mars (AFP) - ... ») whose body names
  places of another country twice at least (sure readings, not names read by context alone) and none of the
  dateline's, nor its country by name, nor its people ("CUBAN OFFICIALS", "COLOMBIANS"), tells no act at the
  dateline's town: an act with no place of its own is placed in the body's country, at its main place, when all the
  body's places lie in one country, else nowhere (incidents._dateline_abroad, _focus_at_home); never at the dateline,
  nor in a country its sentence names of something else ("AS HE FLEW TO THE UNITED STATES");
- guards (passed before; a story filed from Managua that names "THEIR CAMPS IN HONDURAS" once is
  test_muc_dev_leftovers's): a dateline at home ("LIMA, 12 JAN 90 (EFE) -- A BOMB EXPLODED TODAY AT A BANK ...") keeps
  placing the story's acts there, and so does a dateline whose country the body names again ("Cuban officials").
- left (xfail): an act told as what protesters abroad denounced ("PLACARDS DENOUNCING THE KILLING OF SIX PRIESTS"), in
  a story whose focus is the protest's town abroad, still borrows that town.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(1990, 2, 10)


def _killing(text: str, lang: str):
    acts = [i for i in extracting.incidents(text, lang, PUB)
            if i.event_type == extracting.VAC or (i.fatalities or 0) > 0]
    assert acts, [(i.event_type, i.location.name) for i in extracting.incidents(text, lang, PUB)]
    return acts[0]


# (text, lang, the country the act must be placed in or None for nowhere, a country it must never be placed in)
FROM_ABROAD = [
    ("HAVANA (CUBA), 10 FEB 90 (RADIO REBELDE) -- [TEXT] THE SALVADORAN PRESIDENT HAS AGAIN VISITED THE UNITED "
     "STATES, WHERE HE SPOKE AT THE CONGRESS.\n\n   ALTHOUGH THE GHOSTS OF THE MURDERED PRIESTS FOLLOWED HIM ALL "
     "DURING HIS TOUR, THE PRESIDENT FLEW TO THE UNITED STATES TO ASK FOR MORE AID.\n\n   THE WAR GOES ON IN EL "
     "SALVADOR.", "en", None, "CU"),
    ("HAVANA (CUBA), 3 MAR 90 (PRENSA LATINA) -- [TEXT] THE WAR IN PERU HAS ENTERED A NEW PHASE, ACCORDING TO "
     "OBSERVERS IN LIMA AND AYACUCHO.\n\n   SIX PEASANTS WERE MURDERED BY SOLDIERS YESTERDAY.", "en", "PE", "CU"),
    ("PARIS, Feb 10 (Wire) - Six aid workers were shot dead on Friday, their charity said.\n\nThe charity works in "
     "Mali and in Niger, where it runs clinics.", "en", None, "FR"),
    ("PARIS, Feb 10 (Wire) - Gunmen killed six aid workers on Friday, their charity said.\n\nThe charity has long "
     "worked around Gao and Mopti.", "en", "ML", "FR"),
    ("PARIS, 10 février (AFP) - Six humanitaires ont été tués par balle vendredi, a annoncé leur ONG.\n\nL'ONG "
     "travaille au Mali et au Niger, où elle gère des dispensaires.", "fr", None, "FR"),
    ("PARIS, 10 février (AFP) - Des hommes armés ont tué six humanitaires vendredi, a annoncé leur ONG.\n\nL'ONG "
     "travaille depuis longtemps autour de Gao et de Mopti.", "fr", "ML", "FR"),
]


@pytest.mark.parametrize("text,lang,country,never", FROM_ABROAD)
def test_act_told_from_a_dateline_abroad(text, lang, country, never):
    inc = _killing(text, lang)
    assert inc.location.country != never
    if country is None:
        assert inc.location.name is None and inc.location.country is None
    else:
        assert inc.location.country == country


# guards, passed before: a dateline at home, and one whose country the body names again by its people
AT_HOME = [
    ("LIMA, 12 JAN 90 (EFE) -- [TEXT] SIX PEASANTS WERE MURDERED YESTERDAY BY UNIDENTIFIED MEN. THE UNITED STATES "
     "EMBASSY CONDEMNED THE CRIME.", "en", "Lima"),
    ("HAVANA (CUBA), 3 MAR 90 (PRENSA LATINA) -- [TEXT] SIX PEASANTS WERE MURDERED BY UNIDENTIFIED MEN YESTERDAY, "
     "CUBAN POLICE SAID. THE UNITED STATES DENIED ANY ROLE.", "en", "Havana"),
]


@pytest.mark.parametrize("text,lang,town", AT_HOME)
def test_dateline_at_home_keeps_its_acts(text, lang, town):
    assert _killing(text, lang).location.name == town


@pytest.mark.xfail(strict=True, reason="an act told as what protesters abroad denounced still borrows the story's "
                                       "focus, the protest's town abroad")
def test_act_denounced_by_protesters_abroad():
    text = ("MADRID (SPAIN), 19 NOV 89 (EFE) -- [TEXT] ABOUT 500 PEOPLE DEMONSTRATED TODAY IN MADRID TO ASK THE "
            "GOVERNMENT TO MEDIATE IN THE SALVADORAN CONFLICT.\n\n   SOME OF THE DEMONSTRATORS CARRIED PLACARDS "
            "DENOUNCING THE KILLING OF SIX JESUIT PRIESTS AND TWO SALVADORAN WOMEN.\n\n   ANOTHER DEMONSTRATION WILL "
            "BE HELD IN MADRID ON 22 NOVEMBER. THE COMMITTEE ASKED FOR AN END TO U.S. INTERVENTION IN EL SALVADOR.")
    inc = _killing(text, "en")
    assert inc.location.country != "ES"
