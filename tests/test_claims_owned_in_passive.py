"""A group that owns an act in the passive asserts it as it does in the active (h-tolls4's open question, decided by the
lead): "JNIM claimed the attack" was asserted, "The attack was claimed by JNIM" and "A car bomb attack claimed by JNIM
killed ..." alleged, and French « revendiquée par » asserted. A verb of owning whose passive subject is an act, or a
participle on an act's noun, owns the act (claims._act_owned_in_passive): asserted, in both languages. A denial of a
claim stays no claim ("The attack was not claimed")."""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2025, 1, 20)


@pytest.mark.parametrize("lang,text", [
    pytest.param("en", "Gunmen killed nine villagers in Tin-Akoff on Sunday. The attack was claimed by JNIM.",
                 id="en-was-claimed-by"),
    pytest.param("en", "A car bomb attack claimed by JNIM killed nine soldiers in Tin-Akoff on Sunday.",
                 id="en-participle"),
    # guards: the active, and French
    pytest.param("en", "Gunmen killed nine villagers in Tin-Akoff on Sunday. JNIM claimed the attack.", id="en-active"),
    pytest.param("fr", "Des hommes armés ont tué neuf villageois à Tin-Akoff dimanche. L'attaque a été revendiquée par "
                       "le JNIM.", id="fr-revendiquee-par"),
])
def test_the_group_owning_the_act_asserts_it(lang, text):
    (inc,) = extracting.incidents(text, lang, PUB)
    owned = [c for c in inc.claims if c.organisation == "JNIM"]
    assert owned and all(c.certainty == "asserted" and c.stance == "supports" for c in owned)


def test_an_act_not_claimed_is_no_claim():
    (inc,) = extracting.incidents("Gunmen killed nine villagers in Tin-Akoff on Sunday. The attack was not claimed.", "en",
                                  PUB)
    assert not any(c.organisation for c in inc.claims)
