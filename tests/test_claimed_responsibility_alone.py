"""A group that owns up to an act in a sentence of its own with nothing after the responsibility noun ("The Pakistani
Taliban claimed responsibility.", « Le JNIM a revendiqué la responsabilité. ») did the act told before: it is its doer
where no one was named (docs/conventions.md, Claims of responsibility; incidents._owned_in_follow_up). The doer stayed
unidentified, only "claimed responsibility for the attack" named it. A group that did not claim it, or no group, names
no one; a claim of another act told in its own words is that act's.
"""

from __future__ import annotations

import datetime as dt

import pytest

import extracting

PUB = dt.date(2026, 12, 5)


def _doers(inc):
    return [a.name for a in inc.actors if a.role == "actor1"]


@pytest.mark.parametrize("text,lang,group", [
    pytest.param("A bomb attack killed four soldiers in Bannu on Friday. The Pakistani Taliban claimed responsibility.",
                 "en", "TTP: Tehreek-e-Taliban Pakistan", id="en-ttp"),
    pytest.param("A roadside bomb killed four soldiers near Gao on Friday. JNIM claimed responsibility.", "en", "JNIM",
                 id="en-jnim"),
    pytest.param("Une bombe a tué quatre soldats vendredi près de Djibo. Le JNIM a revendiqué la responsabilité.", "fr",
                 "JNIM", id="fr-jnim"),
    # guards (passed before): the act named after the noun; no group; a group that did not claim it
    pytest.param("A bomb attack killed four soldiers in Bannu on Friday. The Pakistani Taliban claimed responsibility "
                 "for the attack.", "en", "TTP: Tehreek-e-Taliban Pakistan", id="en-for-the-attack"),
    pytest.param("A roadside bomb killed four soldiers near Gao on Friday. No group claimed responsibility.", "en",
                 "unidentified armed group", id="en-no-group"),
    pytest.param("Une bombe a tué quatre soldats vendredi près de Djibo. Le JNIM n'a pas revendiqué la responsabilité.",
                 "fr", "unidentified armed group", id="fr-not-claimed"),
])
def test_a_group_owning_up_alone_did_the_act_told_before(text, lang, group):
    got = extracting.incidents(text, lang, PUB)
    assert len(got) == 1
    assert _doers(got[0]) == [group]
    assert got[0].fatalities.best == 4
