"""The review page end to end in a real browser: Debian's chromium driven by Playwright, against a real
uvicorn server on loopback serving ``create_app`` over a real DuckDB store built by the pipeline from
examples/articles plus one crafted article full of HTML/script injection attempts.

One server and one browser for the whole module. Every request the page makes goes through a route
handler that lets loopback through and aborts (and records) anything else: the page must work offline.
A screenshot goes to $BILAN_TEST_ARTIFACTS (default: test-artifacts/, git-ignored).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from apiserver import build_store, serve

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"

CHROMIUM = Path("/usr/bin/chromium")
NO_CHROMIUM = "Debian's chromium is not installed at /usr/bin/chromium (`make test` installs it: apt-get install chromium)"
STATIC = ROOT / "src" / "bilan" / "web" / "static"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TIMEOUT_MS = 20_000

# An article whose text and metadata try every way of getting markup into the page.
CRAFTED_TEXT = (
    "GAO, Mali — Five soldiers were killed on Monday when gunmen attacked an army checkpoint near Gao, "
    "the army said in a statement.\n\n"
    "A message posted online by the attackers read <script>window.__pwned=1</script> and another carried "
    "<img src=x onerror=\"window.__pwned=2\"> with a link <a href=\"javascript:window.__pwned=3\">here</a>.\n\n"
    "Residents said the gunmen fled north after the attack. <iframe src=\"https://example.com/evil\"></iframe> "
    "<b>bold</b> &amp; &lt;escaped&gt;\n"
)
CRAFTED_META = {
    "published": "2021-02-16",
    "language": "en",
    "outlet": "<b>Crafted</b> wire",
    "title": "Gao attack <img src=x onerror=\"window.__pwned=4\"> <script>window.__pwned=5</script>",
    "url": "javascript:window.__pwned=6",
}


def artifacts_dir() -> Path:
    path = Path(os.environ.get("BILAN_TEST_ARTIFACTS") or ROOT / "test-artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


# ---------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("browser")
    crafted = base / "crafted"
    crafted.mkdir()
    (crafted / "gao-attack-crafted.txt").write_text(CRAFTED_TEXT, encoding="utf-8")
    (crafted / "gao-attack-crafted.txt.meta.json").write_text(json.dumps(CRAFTED_META), encoding="utf-8")
    return build_store(base / "bilan.duckdb", [EXAMPLES, crafted])


@pytest.fixture(scope="module")
def token(store_path) -> str:
    """A review token made through the library, before the server holds the store."""
    from bilan import review
    from bilan.store import Store

    with Store.open(store_path) as store:
        _, secret = review.create_token(store.con, "browser-test")
    return secret


@pytest.fixture(scope="module")
def base_url(store_path, token):
    from bilan.web.app import create_app

    with serve(create_app(store_path)) as url:
        yield url


@pytest.fixture(scope="module")
def protected_url(store_path, base_url):
    """A second app on the same store whose reads need a token too."""
    from bilan.web.app import create_app

    with serve(create_app(store_path, public_reads=False)) as url:
        yield url


def get_json(base_url: str, path: str, **params) -> dict:
    qs = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
    with urllib.request.urlopen(f"{base_url}{path}{'?' + qs if qs else ''}", timeout=30) as res:
        return json.loads(res.read().decode("utf-8"))


@pytest.fixture(scope="module")
def browser_context():
    if not CHROMIUM.exists():
        pytest.skip(NO_CHROMIUM)
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="bilan-chromium-")
    try:
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(
                profile, executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
                viewport={"width": 1440, "height": 960}, accept_downloads=True,
            )
            context.set_default_timeout(TIMEOUT_MS)
            context.outside = []  # every URL the page tried that is not on loopback

            def guard(route):
                host = urllib.parse.urlsplit(route.request.url).hostname
                if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost", "::1"):
                    route.continue_()
                else:
                    context.outside.append(route.request.url)
                    route.abort()

            context.route("**/*", guard)
            yield context
            context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture()
def page(browser_context, base_url):
    page = browser_context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.goto(base_url + "/")
    page.wait_for_selector("body[data-ready='1']")
    yield page
    page.close()


# ---------------------------------------------------------------------------------------- helpers


def table_ids(page) -> list[str]:
    return page.eval_on_selector_all("#incidents tbody tr[data-id]", "rows => rows.map(r => r.dataset.id)")


def wait_table(page, expected_ids: list[str]) -> None:
    """Wait until the table shows exactly ``expected_ids`` (in any order)."""
    page.wait_for_function(
        "ids => { const got = [...document.querySelectorAll('#incidents tbody tr[data-id]')].map(r => r.dataset.id);"
        " return got.length === ids.length && ids.every(i => got.includes(i)); }",
        arg=expected_ids,
    )


def open_incident(page, incident_id: str) -> None:
    page.click(f"#incidents tbody tr[data-id='{incident_id}']")
    page.wait_for_selector(f"#panel[data-id='{incident_id}'] table.fields")


def set_token(page, token: str) -> None:
    page.fill("#token", token)
    page.press("#token", "Enter")
    page.wait_for_function("t => sessionStorage.getItem('bilan.token') === t", arg=token)


def incident_with(base_url: str, field: str, also: str = "location") -> tuple[dict, dict]:
    """The first incident (newest first) with evidence for ``field`` and ``also``; returns (detail, evidence)."""
    for item in get_json(base_url, "/api/incidents", limit=1000)["items"]:
        detail = get_json(base_url, f"/api/incidents/{item['id']}")
        evs = [e for e in detail["evidence"] if e["field"] == field]
        if evs and any(e["field"] == also for e in detail["evidence"]):
            return detail, evs[0]
    raise AssertionError(f"no incident with {field} and {also} evidence in the example store")


# ---------------------------------------------------------------------------------------- tests


def test_static_files_name_no_other_host():
    """Offline by construction: the page's own files and the vendored CSS load nothing from elsewhere."""
    import re

    for path in (STATIC / "index.html", STATIC / "app.js", STATIC / "app.css"):
        text = path.read_text(encoding="utf-8")
        urls = set(re.findall(r"(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s\"')]*", text))
        assert urls <= {"http://www.w3.org/2000/svg"}, (path.name, urls)
        # the page builds its DOM from text nodes: no HTML-string sinks at all
        assert not re.search(r"\.(?:inner|outer)HTML\s*[+]?=|insertAdjacentHTML|document\.write|\beval\(", text), path.name
    for css in STATIC.glob("vendor/**/*.css"):
        refs = re.findall(r"url\(([^)]*)\)", css.read_text(encoding="utf-8"))
        assert all(not re.match(r"['\"]?(?:https?:)?//", r) for r in refs), (css.name, refs)
    assert (STATIC / "vendor" / "countries.geojson").stat().st_size > 100_000


def test_page_loads_map_timeline_and_table(page, base_url):
    listed = get_json(base_url, "/api/incidents", limit=1000)
    wait_table(page, [i["id"] for i in listed["items"]][:100])
    assert page.text_content("#count").startswith(f"{listed['total']} matching")
    # the vendored Natural Earth basemap is drawn: one SVG path per country
    page.wait_for_function("() => document.querySelectorAll('#map .leaflet-overlay-pane path').length > 150")
    # clustered markers: one marker per incident with coordinates, shown as clusters or dots
    page.wait_for_selector("#map .leaflet-marker-icon")
    on_map = page.evaluate("() => window.bilan.cluster.getLayers().length")
    assert on_map == sum(1 for i in listed["items"] if i["lat"] is not None)
    # the timeline has bars whose counts add up to the incidents with a start date
    bars = page.eval_on_selector_all("#timeline rect.bar", "rs => rs.map(r => +r.dataset.count)")
    assert sum(bars) == sum(1 for i in listed["items"] if i["date_start"])
    # export links carry the filters (none yet) and download directly without a token
    assert page.get_attribute("#export-acled", "href") == "/api/export/acled"
    with page.expect_download() as dl:
        page.click("#export-acled")
    assert dl.value.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8"))))
    assert {r["event_id_cnty"] for r in rows} <= {i["id"] for i in listed["items"]} and rows
    assert page.errors == []


def test_date_inputs_filter_the_table(page, base_url):
    everything = get_json(base_url, "/api/incidents", limit=1000)["items"]
    page.fill("#f-date_from", "2019-01-01")
    page.fill("#f-date_to", "2019-12-31")
    page.dispatch_event("#f-date_to", "change")
    expected = get_json(base_url, "/api/incidents", limit=1000, date_from="2019-01-01", date_to="2019-12-31")
    assert 0 < expected["total"] < len(everything)
    wait_table(page, [i["id"] for i in expected["items"]])
    assert all(i["date_start"] <= "2019-12-31" and (i["date_end"] or i["date_start"]) >= "2019-01-01"
               for i in expected["items"])
    # the filters travel to the exports and to the page's own URL
    href = page.get_attribute("#export-jsonl", "href")
    assert "date_from=2019-01-01" in href and "date_to=2019-12-31" in href
    assert "date_from=2019-01-01" in page.url


def test_timeline_bar_click_filters_by_its_dates(page, base_url):
    bar = page.eval_on_selector_all(
        "#timeline rect.bar", "rs => rs.filter(r => +r.dataset.count > 0).map(r => ({...r.dataset}))[0]")
    page.click(f"#timeline rect.hit[data-idx='{bar['idx']}']")
    page.wait_for_function("s => document.querySelector('#f-date_from').value === s", arg=bar["start"])
    assert page.input_value("#f-date_to") == bar["end"]
    expected = get_json(base_url, "/api/incidents", limit=1000, date_from=bar["start"], date_to=bar["end"])
    assert expected["total"] >= int(bar["count"])
    wait_table(page, [i["id"] for i in expected["items"]])


def test_timeline_drag_across_bars_filters_by_their_span(page, base_url):
    bars = page.eval_on_selector_all("#timeline rect.hit", "rs => rs.map(r => { const b = r.getBoundingClientRect();"
                                     " return {idx: r.dataset.idx, x: b.x + b.width / 2, y: b.y + b.height / 2}; })")
    first, last = bars[1], bars[-2]
    spans = page.eval_on_selector_all("#timeline rect.bar", "rs => rs.map(r => ({...r.dataset}))")
    start = next(b["start"] for b in spans if b["idx"] == first["idx"])
    end = next(b["end"] for b in spans if b["idx"] == last["idx"])
    page.mouse.move(last["x"], last["y"])  # dragging right to left works too
    page.mouse.down()
    page.mouse.move((first["x"] + last["x"]) / 2, first["y"], steps=4)
    page.mouse.move(first["x"], first["y"], steps=4)
    page.mouse.up()
    page.wait_for_function("s => document.querySelector('#f-date_from').value === s", arg=start)
    assert page.input_value("#f-date_to") == end
    expected = get_json(base_url, "/api/incidents", limit=1000, date_from=start, date_to=end)
    wait_table(page, [i["id"] for i in expected["items"]])
    # the bars inside the chosen span are drawn as selected
    inside = page.eval_on_selector_all("#timeline rect.bar.in", "rs => rs.map(r => r.dataset.idx)")
    assert inside and all(int(first["idx"]) <= int(i) <= int(last["idx"]) for i in inside)


def test_filter_to_map_view_uses_the_visible_bbox(page, base_url):
    everything = get_json(base_url, "/api/incidents", limit=1000)
    page.evaluate("() => { window.bilan.map.fitBounds([[10, -6], [21, 4]], {animate: false}); }")  # northern Mali
    page.click("#bbox-btn")
    page.wait_for_function("() => document.querySelector('#f-bbox').value !== ''")
    bbox = page.input_value("#f-bbox")
    w, s, e, n = (float(x) for x in bbox.split(","))
    # the view the map was set to, not the world view it started with (a zoom animation left running
    # makes Leaflet ignore fitBounds: the filter would then hold everything)
    assert -40 < w < -6 and 4 < e < 40 and 0 < s <= 10 and 21 <= n < 30, bbox
    expected = get_json(base_url, "/api/incidents", limit=1000, bbox=bbox)
    assert 0 < expected["total"] < everything["total"]
    assert all(w <= i["lon"] <= e and s <= i["lat"] <= n for i in expected["items"])
    wait_table(page, [i["id"] for i in expected["items"]])
    assert "bbox=" in page.get_attribute("#export-geojson", "href")


def test_table_sorts_by_deaths(page, base_url):
    expected = get_json(base_url, "/api/incidents", limit=100, sort="-fatalities")
    page.click("#incidents th[data-sort='fatalities']")
    page.wait_for_function(
        "id => document.querySelector('#incidents tbody tr[data-id]').dataset.id === id", arg=expected["items"][0]["id"])
    assert table_ids(page) == [i["id"] for i in expected["items"]]


def test_incident_panel_highlights_evidence(page, base_url):
    detail, ev = incident_with(base_url, "fatalities")
    incident_id = detail["incident"]["id"]
    open_incident(page, incident_id)
    doc = get_json(base_url, f"/api/documents/{ev['doc_id']}")
    box = f"#panel .doc[data-doc-id='{ev['doc_id']}']"
    # the document is shown exactly as stored, as text
    assert page.text_content(f"{box} .text") == doc["text"]
    assert doc["text"][ev["start"]:ev["end"]] == ev["text"]
    # clicking the field selects its evidence: one <mark> whose text is the evidence text
    page.click("#panel table.fields tr[data-field='fatalities'] th")
    page.wait_for_selector(f"{box} mark.sel")
    assert page.text_content(f"{box} mark.sel") == ev["text"]
    # hovering another field lights every mark of that field
    loc = next(e for e in detail["evidence"] if e["field"] == "location")
    page.hover("#panel table.fields tr[data-field='location'] th")
    lit = page.eval_on_selector_all("#panel mark.ev.hl", "ms => ms.map(m => m.textContent)")
    assert loc["text"] in "".join(lit)
    # claims side by side, with speaker and certainty
    claims = detail["claims"]
    assert page.eval_on_selector_all("#panel .claim", "cs => cs.length") == len(claims)
    if claims:
        assert page.text_content("#panel .claim .cert") == claims[0]["certainty"]
    page.evaluate("() => { document.querySelector('#left').scrollTop = 0; }")
    shot = artifacts_dir() / "review-incident-panel.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.is_file() and shot.stat().st_size > 10_000
    assert page.errors == []


def test_incident_panel_shows_the_people_taken(page, base_url):
    """The people an abduction took are a row of the panel, each figure with its words as evidence
    (docs/conventions.md, Counts: fr-mali-tombouctou-enlevement)."""
    detail, ev = incident_with(base_url, "quantities", also="quantities")
    taken = [q for q in detail["incident"]["quantities"] if q["what"] == "abducted"]
    assert taken
    open_incident(page, detail["incident"]["id"])
    row = "#panel table.fields tr[data-field='quantities']"
    assert f"abducted: {taken[0]['value']['best']}" in page.text_content(f"{row} .value")
    page.click(f"{row} th")
    box = f"#panel .doc[data-doc-id='{ev['doc_id']}']"
    page.wait_for_selector(f"{box} mark.sel")
    assert page.text_content(f"{box} mark.sel") == ev["text"]
    assert page.errors == []


def test_edit_fatalities_with_a_token_then_export_shows_it(page, base_url, token):
    detail, _ = incident_with(base_url, "fatalities")
    incident_id = detail["incident"]["id"]
    open_incident(page, incident_id)

    # a bad token is refused, nothing is written
    set_token(page, "bilan_not-a-token")
    editor = "#panel [data-edit='fatalities']"
    page.fill(f"{editor} input[name='fatalities-low']", "31")
    page.fill(f"{editor} input[name='fatalities-best']", "33")
    page.fill(f"{editor} input[name='fatalities-high']", "40")
    page.click(f"{editor} button.save")
    page.wait_for_function("() => document.querySelector('#review-msg').textContent.includes('valid token')")
    assert get_json(base_url, f"/api/incidents/{incident_id}/audit") == []

    # an impossible range is refused by the API and the page says why
    set_token(page, token)
    page.fill(f"{editor} input[name='fatalities-low']", "50")
    page.click(f"{editor} button.save")
    page.wait_for_function("() => document.querySelector('#review-msg').textContent.startsWith('Invalid value')")
    assert get_json(base_url, f"/api/incidents/{incident_id}/audit") == []

    # the real edit
    page.fill(f"{editor} input[name='fatalities-low']", "31")
    page.fill("#review-comment", "checked against the hospital count")
    page.click(f"{editor} button.save")
    page.wait_for_selector("#panel table#audit tbody tr")
    assert page.text_content("#review-status") == "edited"
    assert page.text_content("#panel table.fields tr[data-field='fatalities'] .badge") == "edited"
    audit = page.eval_on_selector_all("#audit tbody tr td", "tds => tds.map(t => t.textContent)")
    assert "browser-test" in audit and "fatalities" in audit and "checked against the hospital count" in audit
    assert page.text_content("#panel table.fields tr[data-field='fatalities'] .value") == "33 (31–40)"
    row = f"#incidents tbody tr[data-id='{incident_id}']"
    page.wait_for_function("sel => document.querySelector(sel).textContent === '33 (31–40)'", arg=f"{row} td.num")
    assert page.text_content(f"{row} .badge") == "edited"

    # the export links download the reviewed figure
    with page.expect_download() as dl:
        page.click("#export-jsonl")
    records = [json.loads(line) for line in Path(dl.value.path()).read_text(encoding="utf-8").splitlines() if line]
    mine = next(r for r in records if r["id"] == incident_id)
    assert (mine["fatalities"]["low"], mine["fatalities"]["best"], mine["fatalities"]["high"]) == (31, 33, 40)
    with page.expect_download() as dl:
        page.click("#export-geojson")
    fc = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    props = next(f["properties"] for f in fc["features"] if f["properties"]["id"] == incident_id)
    assert (props["fatalities_low"], props["fatalities_best"], props["fatalities_high"]) == (31, 33, 40)
    with page.expect_download() as dl:
        page.click("#export-ucdp")
    rows = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8"))))
    ucdp = next(r for r in rows if r["id"] == incident_id)
    assert (ucdp["low"], ucdp["best"], ucdp["high"]) == ("31", "33", "40")
    with page.expect_download() as dl:
        page.click("#export-acled")
    rows = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8"))))
    assert next(r for r in rows if r["event_id_cnty"] == incident_id)["fatalities"] == "33"
    assert page.errors == []


def test_crafted_article_renders_as_text_and_runs_nothing(page, base_url):
    docs = get_json(base_url, "/api/documents", limit=1000)["items"]
    crafted = next(d for d in docs if d["title"] and "Gao attack" in d["title"])
    everything = get_json(base_url, "/api/incidents", limit=1000)["items"]
    mine = [i for i in everything
            if crafted["doc_id"] in {d["doc_id"] for d in get_json(base_url, f"/api/incidents/{i['id']}")["documents"]}]
    assert mine, "the crafted article gave no incident"
    if mine[0]["date_start"]:  # narrow the table to its dates, as a coder would
        page.fill("#f-date_from", mine[0]["date_start"])
        page.fill("#f-date_to", mine[0]["date_end"] or mine[0]["date_start"])
        page.dispatch_event("#f-date_to", "change")
        expected = get_json(base_url, "/api/incidents", limit=1000, date_from=mine[0]["date_start"],
                            date_to=mine[0]["date_end"] or mine[0]["date_start"])
        wait_table(page, [i["id"] for i in expected["items"]])
    open_incident(page, mine[0]["id"])
    box = f"#panel .doc[data-doc-id='{crafted['doc_id']}']"
    text = page.text_content(f"{box} .text")
    assert "<script>window.__pwned=1</script>" in text
    assert "<img src=x onerror=\"window.__pwned=2\">" in text
    assert "&amp; &lt;escaped&gt;" in text
    assert page.text_content(f"{box} summary").startswith(CRAFTED_META["title"])
    assert CRAFTED_META["url"] in page.text_content(box)
    # nothing of it became markup, and nothing ran
    injected = page.eval_on_selector_all("#panel script, #panel img, #panel iframe, #panel a, #panel b",
                                         "els => els.length")
    assert injected == 0
    page.click(f"{box} .text")
    page.wait_for_timeout(300)  # give any injected handler a chance to fire (it must not)
    assert page.evaluate("() => window.__pwned") is None
    assert page.errors == []


def test_token_protected_reads(browser_context, protected_url, base_url, token):
    page = browser_context.new_page()
    try:
        page.goto(protected_url + "/")
        page.wait_for_selector("body[data-ready='1']")
        assert "valid token" in page.text_content("#incidents tbody")
        set_token(page, token)
        listed = get_json(base_url, "/api/incidents", limit=1000)
        wait_table(page, [i["id"] for i in listed["items"]][:100])
        page.wait_for_function("() => document.querySelectorAll('#map .leaflet-overlay-pane path').length > 150")
        # with a token the export is fetched with the Authorization header and saved from a blob
        with page.expect_download() as dl:
            page.click("#export-jsonl")
        assert dl.value.suggested_filename.endswith(".jsonl")
        ids = {json.loads(line)["id"] for line in Path(dl.value.path()).read_text(encoding="utf-8").splitlines() if line}
        assert ids and ids <= {i["id"] for i in listed["items"]}
    finally:
        page.close()


def test_no_request_left_loopback(browser_context, page):
    open_incident(page, table_ids(page)[0])
    assert browser_context.outside == []
