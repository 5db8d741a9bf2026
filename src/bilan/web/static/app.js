// bilan review page. Plain ES module, no build step, no third-party request: Leaflet and
// leaflet.markercluster are vendored under /static/vendor/ and loaded as classic scripts (global L).
//
// Security rule for this file: article text, titles, names and every other value that comes from
// the API is untrusted. The DOM is built with createElement / textContent / createTextNode only;
// innerHTML is never used with data.

const L = window.L;
const PAGE = 100;
const MAP_LIMIT = 1000;
const TOKEN_KEY = "bilan.token";
const FILTERS = ["date_from", "date_to", "country", "event_type", "actor", "grade", "min_fatalities",
  "review_status", "q", "bbox"];
const EVENT_TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
  "Strategic developments"];
const TYPE_COLOURS = {
  "Battles": "#c0392b", "Explosions/Remote violence": "#8e44ad", "Violence against civilians": "#d35400",
  "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d",
};

const $ = (sel, root = document) => root.querySelector(sel);

// Filters can change faster than the server answers: each loader numbers its requests and drops an
// answer that a newer request has made stale.
const latest = { table: 0, map: 0, timeline: 0 };
const ticket = (kind) => ++latest[kind];
const stale = (kind, n) => latest[kind] !== n;

const state = {
  offset: 0,
  sort: "-date",           // server-side sort (date | -date | fatalities | -fatalities)
  clientKey: null,         // client-side sort of the current page on another column
  clientDir: 1,
  rows: [],
  total: 0,
  current: null,           // the incident shown in the panel (API response)
  docs: new Map(),         // doc_id -> document with text
  selected: null,          // {doc_id, start, end} of the highlighted evidence
  cycle: new Map(),        // field -> index of the evidence shown last
  fitted: false,
};

// --- small DOM helpers ---------------------------------------------------------------------------

/** el("td", {class: "num", dataset: {id: "x"}}, "text", childNode) — text children become text nodes. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k in node && typeof v !== "string") node[k] = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function toast(message, isError = false) {
  const t = $("#toast");
  t.textContent = message;
  t.classList.toggle("error", isError);
  t.classList.add("show");
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => t.classList.remove("show"), isError ? 6000 : 2500);
}

function fmtRange(r) {
  if (!r || (r.low == null && r.best == null && r.high == null)) return "—";
  const { low, best, high } = r;
  if (low != null && low === best && best === high) return String(best);
  return `${best ?? "?"} (${low ?? "?"}–${high ?? "?"})`;
}

function deaths(item) {
  return item.fatalities_best ?? item.fatalities_high ?? item.fatalities_low ?? null;
}

// --- API ------------------------------------------------------------------------------------------

function token() { return sessionStorage.getItem(TOKEN_KEY) || ""; }

class ApiError extends Error {
  constructor(status, detail) {
    super(typeof detail === "string" ? detail : JSON.stringify(detail));
    this.status = status;
    this.detail = detail;
  }
}

async function api(path, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers || {}) };
  const tok = token();
  if (tok) headers.Authorization = `Bearer ${tok}`;
  const res = await fetch(path, { ...options, headers, credentials: "same-origin" });
  const type = res.headers.get("content-type") || "";
  const body = type.includes("json") ? await res.json().catch(() => null) : await res.text();
  if (!res.ok) {
    const detail = body && typeof body === "object" ? (body.detail ?? body.error ?? body) : body;
    throw new ApiError(res.status, detail || res.statusText);
  }
  return body;
}

function explain(err) {
  if (err instanceof ApiError) {
    if (err.status === 401 || err.status === 403) return "A valid token is needed: paste one from 'bilan token create'.";
    if (err.status === 413) return "The request is too large.";
    if (err.status === 422) {
      const d = err.detail;
      if (Array.isArray(d)) return "Invalid value: " + d.map((x) => x.msg || JSON.stringify(x)).join("; ");
      return "Invalid value: " + (typeof d === "string" ? d : JSON.stringify(d));
    }
    return `Error ${err.status}: ${err.message}`;
  }
  return String(err && err.message ? err.message : err);
}

// --- filters --------------------------------------------------------------------------------------

function filterParams(omit = []) {
  const form = $("#filters");
  const p = new URLSearchParams();
  for (const name of FILTERS) {
    if (omit.includes(name)) continue;
    const input = form.elements[name];
    const v = input ? String(input.value).trim() : "";
    if (v !== "") p.set(name, name === "country" ? v.toUpperCase() : v);
  }
  return p;
}

function setFilter(name, value) {
  const input = $("#filters").elements[name];
  if (input) input.value = value ?? "";
}

function readFiltersFromUrl() {
  const p = new URLSearchParams(location.search);
  for (const name of FILTERS) if (p.has(name)) setFilter(name, p.get(name));
  if (p.has("sort")) state.sort = p.get("sort");
}

function writeFiltersToUrl() {
  const p = filterParams();
  if (state.sort !== "-date") p.set("sort", state.sort);
  const qs = p.toString();
  history.replaceState(null, "", qs ? `?${qs}` : location.pathname);
}

function updateExportLinks() {
  const qs = filterParams().toString();
  for (const a of document.querySelectorAll("#exports a")) {
    a.href = `/api/export/${a.dataset.fmt}${qs ? "?" + qs : ""}`;
  }
}

// With a token, an export is fetched with the Authorization header (reads may be token-protected)
// and saved from a blob; without one the link downloads directly.
async function downloadExport(event) {
  const tok = token();
  if (!tok) return;
  event.preventDefault();
  const a = event.currentTarget;
  try {
    const res = await fetch(a.href, { headers: { Authorization: `Bearer ${tok}` }, credentials: "same-origin" });
    if (!res.ok) throw new ApiError(res.status, (await res.json().catch(() => null))?.detail || res.statusText);
    const disposition = res.headers.get("content-disposition") || "";
    const name = (/filename="?([^";]+)"?/.exec(disposition) || [])[1] || `bilan-${a.dataset.fmt}`;
    const url = URL.createObjectURL(await res.blob());
    const save = el("a", { href: url, download: name });
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (err) {
    toast(explain(err), true);
  }
}

function updateBboxButton() {
  const active = $("#f-bbox").value !== "";
  $("#bbox-btn").textContent = active ? "Map view filter: on (clear)" : "Filter to map view";
}

async function applyFilters({ keepOffset = false } = {}) {
  if (!keepOffset) state.offset = 0;
  writeFiltersToUrl();
  updateExportLinks();
  updateBboxButton();
  await Promise.all([loadTable(), loadMap(), loadTimeline(), loadStats()]);
}

// --- stats ----------------------------------------------------------------------------------------

async function loadStats() {
  try {
    const s = await api("/api/stats");
    const parts = [];
    const docs = s.documents?.total ?? sum(s.documents?.by_status ?? s.documents);
    const incs = s.incidents?.total ?? sum(s.incidents?.by_event_type ?? s.incidents);
    if (docs != null) parts.push(`${docs} documents`);
    if (incs != null) parts.push(`${incs} incidents`);
    $("#stats").textContent = parts.join(" · ");
  } catch (err) {
    $("#stats").textContent = explain(err);
  }
}

function sum(obj) {
  if (typeof obj === "number") return obj;
  if (!obj || typeof obj !== "object") return null;
  let n = 0;
  for (const v of Object.values(obj)) if (typeof v === "number") n += v;
  return n;
}

// --- table ----------------------------------------------------------------------------------------

async function loadTable() {
  const p = filterParams();
  p.set("limit", PAGE);
  p.set("offset", state.offset);
  p.set("sort", state.sort);
  const tbody = $("#incidents tbody");
  const n = ticket("table");
  try {
    const data = await api(`/api/incidents?${p}`);
    if (stale("table", n)) return;
    state.rows = data.items || [];
    state.total = data.total ?? state.rows.length;
  } catch (err) {
    if (stale("table", n)) return;
    state.rows = [];
    state.total = 0;
    tbody.replaceChildren(el("tr", {}, el("td", { colspan: 9, class: "error" }, explain(err))));
    $("#count").textContent = "";
    return;
  }
  renderTable();
}

function renderTable() {
  const rows = [...state.rows];
  if (state.clientKey) {
    const k = state.clientKey;
    rows.sort((a, b) => {
      const x = a[k] ?? "", y = b[k] ?? "";
      return (typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y))) * state.clientDir;
    });
  }
  const tbody = $("#incidents tbody");
  tbody.replaceChildren(...rows.map((r) => el("tr", {
    dataset: { id: r.id },
    tabindex: 0,
    onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); openIncident(r.id); } },
    class: [`status-${r.review_status || "unreviewed"}`, state.current?.incident?.id === r.id ? "current" : ""].join(" "),
    onclick: () => openIncident(r.id),
  },
  el("td", {}, r.date_start === r.date_end || !r.date_end ? r.date_start : `${r.date_start} … ${r.date_end}`),
  el("td", {}, r.event_type ?? ""),
  el("td", {}, r.sub_event_type ?? ""),
  el("td", {}, r.location_name ?? ""),
  el("td", {}, r.country ?? ""),
  el("td", { class: "num" }, fmtRange({ low: r.fatalities_low, best: r.fatalities_best, high: r.fatalities_high })),
  el("td", {}, r.grade ?? ""),
  el("td", {}, el("span", { class: `badge ${r.review_status || ""}` }, r.review_status || "unreviewed")),
  el("td", { class: "num" }, r.n_sources ?? ""),
  )));
  if (!rows.length) tbody.replaceChildren(el("tr", {}, el("td", { colspan: 9, class: "note" }, "No incident matches these filters.")));
  $("#count").textContent = `${state.total} matching`;
  const last = Math.min(state.offset + PAGE, state.total);
  $("#page").textContent = state.total ? `${state.offset + 1}–${last}` : "";
  $("#prev").disabled = state.offset === 0;
  $("#next").disabled = last >= state.total;
  for (const th of document.querySelectorAll("#incidents th")) {
    th.classList.remove("sorted-asc", "sorted-desc");
    if (th.dataset.sort && !state.clientKey && state.sort.replace("-", "") === th.dataset.sort) {
      th.classList.add(state.sort.startsWith("-") ? "sorted-desc" : "sorted-asc");
    }
    if (th.dataset.key && state.clientKey === th.dataset.key) th.classList.add(state.clientDir > 0 ? "sorted-asc" : "sorted-desc");
  }
}

function onHeaderClick(th) {
  if (th.dataset.sort) {
    const key = th.dataset.sort;
    state.sort = state.sort === `-${key}` ? key : `-${key}`;
    state.clientKey = null;
    state.offset = 0;
    writeFiltersToUrl();
    loadTable();
  } else if (th.dataset.key) {
    state.clientDir = state.clientKey === th.dataset.key ? -state.clientDir : 1;
    state.clientKey = th.dataset.key;
    renderTable();
  }
}

// --- map ------------------------------------------------------------------------------------------

let map = null;
let cluster = null;

async function initMap() {
  map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }).setView([15, 20], 2);
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution("Boundaries: Natural Earth");
  try {
    let fc;
    try {
      fc = await api("/api/basemap");
    } catch (err) {
      fc = await api("/static/vendor/countries.geojson");
    }
    L.geoJSON(fc, {
      interactive: false,
      style: { color: "#8f949c", weight: 0.6, fillColor: "#f3f0e7", fillOpacity: 1 },
    }).addTo(map);
  } catch (err) {
    $("#map-note").textContent = "Basemap unavailable: " + explain(err);
  }
  cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, chunkedLoading: true });
  map.addLayer(cluster);
  window.bilan = { map, cluster };  // for the browser tests and the console
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => el("div", { class: "legend" },
    EVENT_TYPES.map((t) => el("div", {}, el("span", { class: "swatch", style: `background:${TYPE_COLOURS[t]}` }), t)),
    el("div", { class: "note" }, "size: deaths"));
  legend.addTo(map);
}

function markerIcon(item) {
  const d = deaths(item);
  const size = Math.round(Math.min(40, 10 + 4 * Math.sqrt(d || 0)));
  const dot = el("div", { class: "inc-icon" });
  dot.style.width = dot.style.height = `${size}px`;
  dot.style.background = TYPE_COLOURS[item.event_type] || "#555";
  return L.divIcon({ html: dot, className: "inc-marker", iconSize: [size, size] });
}

async function loadMap() {
  if (!cluster) return;
  const p = filterParams();
  p.set("limit", MAP_LIMIT);
  p.set("sort", "-fatalities");
  let data;
  const n = ticket("map");
  try {
    data = await api(`/api/incidents?${p}`);
  } catch (err) {
    if (!stale("map", n)) $("#map-note").textContent = explain(err);
    return;
  }
  if (stale("map", n)) return;
  const items = (data.items || []).filter((i) => i.lat != null && i.lon != null);
  cluster.clearLayers();
  cluster.addLayers(items.map((i) => {
    const m = L.marker([i.lat, i.lon], {
      icon: markerIcon(i),
      title: `${i.date_start ?? ""} ${i.event_type ?? ""} — ${i.location_name ?? ""} (${fmtRange({ low: i.fatalities_low, best: i.fatalities_best, high: i.fatalities_high })} deaths)`,
      alt: i.location_name ?? "",
    });
    m.on("click", () => openIncident(i.id));
    return m;
  }));
  const total = data.total ?? items.length;
  const shown = items.length;
  $("#map-note").textContent = total > (data.items || []).length
    ? `Map: the ${shown} incidents with the most deaths of ${total} (with coordinates).`
    : `Map: ${shown} incidents with coordinates. Colour: event type; size: deaths.`;
  if (!state.fitted && items.length) {
    // not animated: a zoom animation still running (a hidden tab, a headless browser) makes Leaflet
    // ignore every later setView or fitBounds until it ends
    map.fitBounds(L.latLngBounds(items.map((i) => [i.lat, i.lon])).pad(0.3), { maxZoom: 6, animate: false });
    state.fitted = true;
  }
}

function mapViewBbox() {
  const b = map.getBounds();
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  const r = (v) => Math.round(v * 1000) / 1000;
  const w = clamp(b.getWest(), -180, 180), e = clamp(b.getEast(), -180, 180);
  const s = clamp(b.getSouth(), -90, 90), n = clamp(b.getNorth(), -90, 90);
  return [r(w), r(s), r(e), r(n)].join(",");
}

// --- timeline -------------------------------------------------------------------------------------

const DAY = 86400000;
const parseDay = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
const fmtDay = (t) => new Date(t).toISOString().slice(0, 10);

function bucketEnd(start, bucket) {
  const t = parseDay(start);
  if (bucket === "day") return start;
  if (bucket === "week") return fmtDay(t + 6 * DAY);
  const d = new Date(t);
  return fmtDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
}

function nextBucket(start, bucket) {
  const t = parseDay(start);
  if (bucket === "day") return fmtDay(t + DAY);
  if (bucket === "week") return fmtDay(t + 7 * DAY);
  const d = new Date(t);
  return fmtDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

async function fetchTimeline(bucket) {
  const p = filterParams(["date_from", "date_to"]);
  p.set("bucket", bucket);
  const data = await api(`/api/timeline?${p}`);
  return (data.items || []).filter((i) => i.start).sort((a, b) => a.start.localeCompare(b.start));
}

async function loadTimeline() {
  const svg = $("#timeline");
  let bucket = $("#bucket").value;
  let items;
  const n = ticket("timeline");
  try {
    if (bucket === "auto") {
      bucket = "month";
      items = await fetchTimeline(bucket);
      if (items.length) {
        const span = (parseDay(items[items.length - 1].start) - parseDay(items[0].start)) / DAY;
        const finer = span < 45 ? "day" : span < 240 ? "week" : null;
        if (finer) { bucket = finer; items = await fetchTimeline(bucket); }
      }
    } else {
      items = await fetchTimeline(bucket);
    }
  } catch (err) {
    if (stale("timeline", n)) return;
    svg.replaceChildren();
    svg.dataset.error = explain(err);
    return;
  }
  if (stale("timeline", n)) return;
  drawTimeline(items, bucket);
}

function svgEl(tag, attrs = {}, text = null) {
  const n = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== null) n.textContent = text;
  return n;
}

function drawTimeline(items, bucket) {
  const svg = $("#timeline");
  svg.replaceChildren();
  svg.dataset.bucket = bucket;
  if (!items.length) {
    svg.append(svgEl("text", { x: 8, y: 20 }, "no dated incident"));
    return;
  }
  // a continuous axis: empty buckets between the first and the last one are drawn as gaps
  const counts = new Map(items.map((i) => [i.start, i.count]));
  const buckets = [];
  for (let s = items[0].start; s <= items[items.length - 1].start && buckets.length < 5000; s = nextBucket(s, bucket)) {
    buckets.push({ start: s, end: bucketEnd(s, bucket), count: counts.get(s) || 0 });
  }
  // the server's buckets may not start where ours do (week starts): keep its counts anyway
  for (const i of items) if (!buckets.some((b) => b.start === i.start)) buckets.push({ start: i.start, end: bucketEnd(i.start, bucket), count: i.count });
  buckets.sort((a, b) => a.start.localeCompare(b.start));

  const width = svg.clientWidth || 600, height = svg.clientHeight || 110;
  const top = 6, bottom = 18, left = 4;
  const bw = (width - 2 * left) / buckets.length;
  const max = Math.max(...buckets.map((b) => b.count), 1);
  const from = $("#f-date_from").value, to = $("#f-date_to").value;
  buckets.forEach((b, idx) => {
    const h = b.count ? Math.max(2, (height - top - bottom) * (b.count / max)) : 0;
    const inside = (from || to) && (!from || b.end >= from) && (!to || b.start <= to);
    const rect = svgEl("rect", {
      class: `bar${inside ? " in" : ""}`, x: left + idx * bw, y: height - bottom - h, width: Math.max(1, bw - 1),
      height: Math.max(h, 0), "data-start": b.start, "data-end": b.end, "data-count": b.count, "data-idx": idx,
    });
    // a transparent full-height hit area so empty and short buckets can be clicked too
    const hit = svgEl("rect", {
      class: "hit", x: left + idx * bw, y: top, width: Math.max(1, bw), height: height - top - bottom,
      fill: "transparent", "data-idx": idx,
    });
    hit.append(svgEl("title", {}, `${b.start}${b.end !== b.start ? " … " + b.end : ""}: ${b.count}`));
    svg.append(rect, hit);
  });
  const label = (idx, anchor) => svg.append(svgEl("text", { x: left + idx * bw + (anchor === "end" ? bw : 0), y: height - 5, "text-anchor": anchor }, buckets[idx].start));
  label(0, "start");
  if (buckets.length > 1) label(buckets.length - 1, "end");
  svg.append(svgEl("text", { x: width - 4, y: 14, "text-anchor": "end" }, `max ${max} / ${bucket}`));
  svg._buckets = buckets;
}

function initTimelineBrush() {
  const svg = $("#timeline");
  let anchor = null;
  const idxOf = (e) => {
    const t = e.target.closest ? e.target.closest("[data-idx]") : null;
    return t ? +t.getAttribute("data-idx") : null;
  };
  const paint = (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    for (const r of svg.querySelectorAll("rect.bar")) {
      const i = +r.getAttribute("data-idx");
      r.classList.toggle("in", i >= lo && i <= hi);
    }
  };
  svg.addEventListener("pointerdown", (e) => {
    const i = idxOf(e);
    if (i === null) return;
    anchor = i;
    paint(i, i);
    e.preventDefault();
  });
  svg.addEventListener("pointermove", (e) => {
    if (anchor === null) return;
    const i = idxOf(e);
    if (i !== null) paint(anchor, i);
  });
  const finish = (e) => {
    if (anchor === null) return;
    const i = idxOf(e) ?? anchor;
    const [lo, hi] = anchor <= i ? [anchor, i] : [i, anchor];
    anchor = null;
    const b = svg._buckets || [];
    if (!b[lo] || !b[hi]) return;
    setFilter("date_from", b[lo].start);
    setFilter("date_to", b[hi].end);
    applyFilters();
  };
  svg.addEventListener("pointerup", finish);
  svg.addEventListener("pointerleave", (e) => { if (anchor !== null) finish(e); });
}

// --- incident panel -------------------------------------------------------------------------------

const FIELD_ROWS = [
  ["event_type", "Event type", (r) => r.event_type],
  ["sub_event_type", "Sub-event type", (r) => r.sub_event_type],
  ["plover", "PLOVER", (r) => r.plover],
  ["date", "Date", (r) => r.date && `${r.date.start ?? "?"}${r.date.end && r.date.end !== r.date.start ? " … " + r.date.end : ""} (${r.date.precision ?? "?"})`],
  ["location", "Place", (r) => r.location && [r.location.name, r.location.mention && r.location.mention !== r.location.name ? `“${r.location.mention}”` : null,
    r.location.country, r.location.admin1, r.location.lat != null ? `${r.location.lat}, ${r.location.lon}` : null,
    r.location.precision].filter((x) => x != null && x !== "").join(" · ")],
  ["actors", "Actors", (r) => (r.actors || []).map((a) => `${a.role}: ${a.name}${a.mention && a.mention !== a.name ? ` (“${a.mention}”)` : ""}${a.kind ? ` [${a.kind}]` : ""}`).join("; ")],
  ["fatalities", "Deaths", (r) => fmtRange(r.fatalities)],
  ["civilian_fatalities", "Civilian deaths", (r) => fmtRange(r.civilian_fatalities)],
  ["injured", "Injured", (r) => fmtRange(r.injured)],
  ["quantities", "Abducted, arrested, missing, released", (r) => takenFigures(r)],
  ["grade", "Grade", (r) => r.grade],
  ["summary", "Summary", (r) => r.summary],
];

// the people an incident says were taken, held, missing or freed (docs/conventions.md, Counts): each source's figure
const TAKEN_KINDS = ["abducted", "arrested", "missing", "released"];

function takenFigures(r) {
  const figs = (r.quantities || []).filter((q) => TAKEN_KINDS.includes(q.what))
    .map((q) => `${q.what}: ${fmtRange(q.value)}${q.speaker ? ` (${q.speaker})` : ""}`);
  return [...new Set(figs)].join("; ");
}

function evidenceOf(data) {
  const ev = data.evidence || data.incident?.evidence || [];
  const seen = new Set();
  return ev.filter((e) => {
    const k = `${e.field}|${e.doc_id}|${e.start}|${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

async function openIncident(id) {
  let data;
  try {
    data = await api(`/api/incidents/${encodeURIComponent(id)}`);
  } catch (err) {
    toast(explain(err), true);
    return;
  }
  await loadDocuments(data);
  state.selected = null;
  state.cycle = new Map();
  renderPanel(data);
  for (const tr of document.querySelectorAll("#incidents tbody tr")) tr.classList.toggle("current", tr.dataset.id === id);
}

async function loadDocuments(data) {
  const ids = new Set((data.documents || []).map((d) => d.doc_id));
  for (const e of evidenceOf(data)) ids.add(e.doc_id);
  await Promise.all([...ids].filter((d) => d && !state.docs.has(d)).map(async (docId) => {
    try {
      state.docs.set(docId, await api(`/api/documents/${encodeURIComponent(docId)}`));
    } catch (err) {
      state.docs.set(docId, { doc_id: docId, text: null, error: explain(err) });
    }
  }));
}

function renderPanel(data) {
  state.current = data;
  const inc = data.incident || {};
  const status = data.review_status || inc.review_status || "unreviewed";
  const panel = $("#panel");
  const wasHidden = panel.hidden;
  panel.hidden = false;
  if (wasHidden && map) setTimeout(() => map.invalidateSize(), 0);
  panel.dataset.id = inc.id || "";
  $("#panel-title").replaceChildren(
    `${inc.event_type ?? "Incident"} — ${inc.location?.name ?? "?"}, ${inc.date?.start ?? "?"} `,
    el("span", { class: `badge ${status}`, id: "review-status" }, status),
  );
  const evidence = evidenceOf(data);
  const body = $("#panel-body");
  body.replaceChildren(
    el("div", { class: "note" }, "id ", el("code", {}, inc.id ?? "")),
    el("h2", {}, "Fields"),
    fieldsTable(inc, evidence, data.reviews),
    el("h2", {}, `Claims (${(data.claims || inc.claims || []).length})`),
    claimsView(data, evidence),
    el("h2", {}, "Sources"),
    documentsView(data, evidence),
    el("h2", {}, "Review"),
    reviewView(data),
    el("h2", {}, "Audit history"),
    auditView(data.audit || []),
  );
}

// review fields (the API's) -> the panel row they change
const REVIEW_ROW = { date_start: "date", date_end: "date", date_precision: "date", location_name: "location",
  country: "location", admin1: "location", lat: "location", lon: "location" };

function fieldsTable(inc, evidence, reviews = {}) {
  const verdicts = {};
  for (const [f, r] of Object.entries(reviews || {})) {
    if (f === "*" || !r || !r.action) continue;
    const row = REVIEW_ROW[f] || f;
    (verdicts[row] ||= new Set()).add(r.action === "edit" ? "edited" : r.action === "reject" ? "rejected" : "accepted");
  }
  const rows = FIELD_ROWS.map(([field, label, get]) => {
    const evs = evidence.filter((e) => e.field === field);
    const value = get(inc);
    const marks = [...(verdicts[field] || [])].map((v) => el("span", { class: `badge ${v}`, title: "human review" }, v));
    const tr = el("tr", { dataset: { field }, class: evs.length ? "has-ev" : "" },
      el("th", { title: evs.length ? "hover to highlight its evidence, click to jump to it" : "" }, label),
      el("td", {}, el("span", { class: "value" }, value == null || value === "" ? "—" : value), marks.length ? " " : null, marks,
        evs.length ? el("span", { class: "evn" }, `${evs.length} span${evs.length > 1 ? "s" : ""}`) : null));
    if (evs.length) {
      tr.addEventListener("mouseenter", () => highlightField(field, true));
      tr.addEventListener("mouseleave", () => highlightField(field, false));
      tr.addEventListener("click", () => {
        const k = ((state.cycle.get(field) ?? -1) + 1) % evs.length;
        state.cycle.set(field, k);
        for (const r of document.querySelectorAll("table.fields tr")) r.classList.toggle("selected", r === tr);
        selectEvidence(evs[k]);
      });
    }
    return tr;
  });
  return el("table", { class: "fields" }, el("tbody", {}, rows));
}

function highlightField(field, on) {
  for (const m of document.querySelectorAll("#panel mark.ev")) {
    if (m.dataset.fields.split(" ").includes(field)) m.classList.toggle("hl", on);
  }
}

function selectEvidence(ev) {
  state.selected = { doc_id: ev.doc_id, start: ev.start, end: ev.end, field: ev.field };
  const box = document.querySelector(`#panel .doc[data-doc-id="${CSS.escape(ev.doc_id)}"]`);
  if (!box) return;
  box.open = true;
  renderDocText(box.querySelector(".text"), ev.doc_id, evidenceOf(state.current));
  const mark = box.querySelector("mark.sel");
  if (mark) mark.scrollIntoView({ block: "center", behavior: "instant" });
}

/** Append text[a:b] to parent, each stretch covered by evidence spans wrapped in a <mark>. */
function appendSegments(parent, text, a, b, spans) {
  const cuts = new Set([a, b]);
  for (const s of spans) {
    if (s.start > a && s.start < b) cuts.add(s.start);
    if (s.end > a && s.end < b) cuts.add(s.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  for (let i = 0; i < points.length - 1; i++) {
    const x = points[i], y = points[i + 1];
    if (y <= x) continue;
    const piece = text.slice(x, y);
    const covering = spans.filter((s) => s.start <= x && s.end >= y);
    if (!covering.length) {
      parent.append(document.createTextNode(piece));
      continue;
    }
    const fields = [...new Set(covering.map((s) => s.field))];
    parent.append(el("mark", {
      class: ["ev", ...fields.map((f) => `f-${f}`)].join(" "),
      dataset: { fields: fields.join(" ") },
      title: fields.join(", "),
    }, piece));
  }
}

function renderDocText(container, docId, evidence) {
  const doc = state.docs.get(docId);
  const text = doc?.text;
  if (typeof text !== "string") {
    container.replaceChildren(el("span", { class: "error" }, doc?.error || "text unavailable"));
    return;
  }
  const spans = evidence.filter((e) => e.doc_id === docId && Number.isInteger(e.start) && Number.isInteger(e.end)
    && e.start >= 0 && e.end <= text.length && e.start < e.end);
  container.replaceChildren();
  const sel = state.selected && state.selected.doc_id === docId ? state.selected : null;
  if (!sel) {
    appendSegments(container, text, 0, text.length, spans);
    return;
  }
  // the selected span is one <mark class="sel"> whose text is exactly the evidence; spans that
  // overlap it are cut at its edges (inside it they nest as inner marks)
  const inner = spans.filter((s) => !(s.start === sel.start && s.end === sel.end && s.field === sel.field));
  appendSegments(container, text, 0, sel.start, inner);
  const selFields = [...new Set(spans.filter((s) => s.start === sel.start && s.end === sel.end).map((s) => s.field))];
  const mark = el("mark", {
    class: ["ev", "sel", ...selFields.map((f) => `f-${f}`)].join(" "),
    dataset: { fields: selFields.join(" "), start: sel.start, end: sel.end },
    title: selFields.join(", "),
  });
  appendSegments(mark, text, sel.start, sel.end, inner.filter((s) => !(s.start <= sel.start && s.end >= sel.end)));
  container.append(mark);
  appendSegments(container, text, sel.end, text.length, inner);
}

function documentsView(data, evidence) {
  const docs = [...(data.documents || [])];
  for (const e of evidence) if (!docs.some((d) => d.doc_id === e.doc_id)) docs.push({ doc_id: e.doc_id });
  return el("div", {}, docs.map((d, i) => {
    const full = { ...d, ...(state.docs.get(d.doc_id) || {}) };
    const n = evidence.filter((e) => e.doc_id === d.doc_id).length;
    const text = el("div", { class: "text", lang: full.language || "" });
    const box = el("details", { class: "doc", dataset: { docId: d.doc_id }, open: i < 2 },
      el("summary", {}, full.title || d.doc_id, el("span", { class: "evn" }, `${n} evidence span${n === 1 ? "" : "s"}`)),
      el("div", { class: "meta" }, [full.outlet, full.published, full.language, full.doc_id].filter(Boolean).join(" · ")),
      full.url ? el("div", { class: "meta" }, "URL: ", el("span", { class: "url" }, full.url)) : null,
      text);
    renderDocText(text, d.doc_id, evidence);
    return box;
  }));
}

function claimFigures(claim, data) {
  const inc = data.incident || {};
  const within = (x) => x.doc_id === claim.doc_id && x.start >= claim.start && x.end <= claim.end;
  const figs = [];
  for (const q of inc.quantities || []) {
    if (within(q)) figs.push(`${q.what ?? "count"}: ${fmtRange(q.value)} (“${q.text}”)`);
  }
  for (const e of evidenceOf(data)) {
    if (["fatalities", "injured", "civilian_fatalities"].includes(e.field) && within(e)) figs.push(`${e.field}: “${e.text}”`);
  }
  for (const k of ["fatalities", "injured", "figures"]) {
    if (claim[k] && typeof claim[k] === "object") figs.push(`${k}: ${fmtRange(claim[k])}`);
  }
  return [...new Set(figs)];
}

function claimsView(data, evidence) {
  const claims = data.claims || data.incident?.claims || [];
  if (!claims.length) return el("div", { class: "note" }, "No reported speech attached to this incident.");
  return el("div", { class: "claims" }, claims.map((c) => {
    const doc = state.docs.get(c.doc_id) || (data.documents || []).find((d) => d.doc_id === c.doc_id) || {};
    const figs = claimFigures(c, data);
    return el("div", { class: "claim", dataset: { docId: c.doc_id ?? "", start: c.start ?? "", end: c.end ?? "" } },
      el("div", { class: "who" }, c.speaker || "unnamed source"),
      c.speaker_role || c.organisation ? el("div", { class: "note" }, [c.speaker_role, c.organisation].filter(Boolean).join(" · ")) : null,
      el("div", {}, el("span", { class: `cert ${c.certainty || ""}` }, c.certainty || "?"), c.verb ? ` ${c.verb}` : "", c.stance ? ` · ${c.stance}` : ""),
      figs.length ? el("div", { class: "figs" }, figs.join("; ")) : null,
      el("div", { class: "src" }, [doc.outlet, doc.published, doc.language].filter(Boolean).join(" · ") || c.doc_id),
      el("div", {
        class: "ev-text", title: "show in the source text",
        onclick: () => selectEvidence({ doc_id: c.doc_id, start: c.start, end: c.end, field: "claims" }),
      }, c.text ?? ""));
  }));
}

// --- review ---------------------------------------------------------------------------------------

async function review(body) {
  const id = state.current?.incident?.id;
  if (!id) return;
  if (!token()) {
    toast("Paste a review token first (bilan token create).", true);
    return;
  }
  try {
    const data = await api(`/api/incidents/${encodeURIComponent(id)}/review`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    await loadDocuments(data);
    renderPanel(data.incident ? data : await api(`/api/incidents/${encodeURIComponent(id)}`));
    toast(`${body.action}${body.field ? " " + body.field : ""}: saved`);
    await Promise.all([loadTable(), loadMap(), loadTimeline()]);
  } catch (err) {
    toast(explain(err), true);
    const msg = $("#review-msg");
    if (msg) msg.textContent = explain(err);
  }
}

function numOrNull(input) {
  const v = input.value.trim();
  return v === "" ? null : Number(v);
}

function fieldVerdicts(field) {
  return [
    el("button", { type: "button", class: "accept-field", title: `accept the ${field} value`,
      onclick: () => review({ action: "accept", field, comment: comment() }) }, "✓"),
    el("button", { type: "button", class: "reject-field", title: `reject the ${field} value (clears it)`,
      onclick: () => review({ action: "reject", field, comment: comment() }) }, "✗"),
  ];
}

function countEditor(field, label, range) {
  const r = range || {};
  const low = el("input", { type: "number", min: 0, step: 1, name: `${field}-low`, value: r.low ?? "" });
  const best = el("input", { type: "number", min: 0, step: 1, name: `${field}-best`, value: r.best ?? "" });
  const high = el("input", { type: "number", min: 0, step: 1, name: `${field}-high`, value: r.high ?? "" });
  return el("div", { class: "row", dataset: { edit: field } }, el("strong", {}, label),
    "low", low, "best", best, "high", high,
    el("button", {
      type: "button", class: "save",
      onclick: () => review({ action: "edit", field, value: { low: numOrNull(low), best: numOrNull(best), high: numOrNull(high) }, comment: comment() }),
    }, "Save"), fieldVerdicts(field));
}

function scalarEditor(field, label, value, kind = "text") {
  let input;
  if (kind === "event_type") {
    input = el("select", { name: field }, EVENT_TYPES.map((t) => el("option", { value: t, selected: t === value }, t)));
  } else {
    input = el("input", { type: kind, name: field, value: value ?? "", step: kind === "number" ? "any" : null });
  }
  return el("div", { class: "row", dataset: { edit: field } }, el("strong", {}, label), input,
    el("button", {
      type: "button", class: "save",
      onclick: () => {
        const raw = input.value.trim();
        const value = raw === "" ? null : kind === "number" ? Number(raw) : raw;
        review({ action: "edit", field, value, comment: comment() });
      },
    }, "Save"), fieldVerdicts(field));
}

function comment() {
  const c = $("#review-comment");
  return c ? c.value.trim() : "";
}

function reviewView(data) {
  const inc = data.incident || {};
  const loc = inc.location || {};
  return el("div", { class: "review" },
    el("div", { class: "row" },
      el("button", { type: "button", id: "accept-btn", onclick: () => review({ action: "accept", comment: comment() }) }, "Accept"),
      el("button", { type: "button", id: "reject-btn", onclick: () => review({ action: "reject", comment: comment() }) }, "Reject"),
      el("input", { id: "review-comment", placeholder: "comment (kept in the audit log)", size: 30, maxlength: 2000 })),
    el("div", { id: "review-msg", class: "error" }),
    el("fieldset", {}, el("legend", {}, "Edit figures"),
      countEditor("fatalities", "Deaths", inc.fatalities),
      countEditor("injured", "Injured", inc.injured),
      countEditor("civilian_fatalities", "Civilian deaths", inc.civilian_fatalities)),
    el("fieldset", {}, el("legend", {}, "Edit fields"),
      scalarEditor("event_type", "Event type", inc.event_type, "event_type"),
      scalarEditor("sub_event_type", "Sub-event type", inc.sub_event_type),
      scalarEditor("date_start", "Start date", inc.date?.start, "date"),
      scalarEditor("date_end", "End date", inc.date?.end, "date"),
      scalarEditor("location_name", "Place name", loc.name),
      scalarEditor("country", "Country (ISO2)", loc.country),
      scalarEditor("lat", "Latitude", loc.lat, "number"),
      scalarEditor("lon", "Longitude", loc.lon, "number")));
}

function show(v) {
  if (v === null || v === undefined) return "—";
  return typeof v === "string" ? v : JSON.stringify(v);
}

function auditView(rows) {
  if (!rows.length) return el("div", { class: "note", id: "audit" }, "No review yet.");
  return el("table", { class: "audit", id: "audit" },
    el("thead", {}, el("tr", {}, ["when", "who", "action", "field", "before", "after", "comment"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((r) => el("tr", {},
      el("td", {}, String(r.at ?? "").replace("T", " ").slice(0, 19)),
      el("td", {}, r.who ?? ""),
      el("td", {}, r.action ?? ""),
      el("td", {}, r.field ?? ""),
      el("td", {}, show(r.before)),
      el("td", {}, show(r.after)),
      el("td", {}, r.comment ?? "")))));
}

// --- wiring ---------------------------------------------------------------------------------------

function initToken() {
  const input = $("#token");
  input.value = token();
  $("#token-form").addEventListener("submit", (e) => { e.preventDefault(); input.dispatchEvent(new Event("change")); });
  input.addEventListener("change", () => {
    const v = input.value.trim();
    if (v) sessionStorage.setItem(TOKEN_KEY, v); else sessionStorage.removeItem(TOKEN_KEY);
    toast(v ? "Token kept for this tab." : "Token forgotten.");
    applyFilters({ keepOffset: true });
  });
  $("#token-clear").addEventListener("click", () => {
    sessionStorage.removeItem(TOKEN_KEY);
    input.value = "";
    toast("Token forgotten.");
  });
}

function initControls() {
  const form = $("#filters");
  form.addEventListener("submit", (e) => { e.preventDefault(); applyFilters(); });
  for (const name of ["date_from", "date_to", "event_type", "grade", "review_status"]) {
    form.elements[name].addEventListener("change", () => applyFilters());
  }
  $("#reset").addEventListener("click", () => {
    for (const name of FILTERS) setFilter(name, "");
    applyFilters();
  });
  $("#bbox-btn").addEventListener("click", () => {
    setFilter("bbox", $("#f-bbox").value ? "" : mapViewBbox());
    applyFilters();
  });
  $("#timeline-clear").addEventListener("click", () => {
    setFilter("date_from", "");
    setFilter("date_to", "");
    applyFilters();
  });
  $("#bucket").addEventListener("change", () => loadTimeline());
  for (const a of document.querySelectorAll("#exports a")) a.addEventListener("click", downloadExport);
  $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadTable(); });
  $("#next").addEventListener("click", () => { state.offset += PAGE; loadTable(); });
  for (const th of document.querySelectorAll("#incidents th")) th.addEventListener("click", () => onHeaderClick(th));
  $("#panel-close").addEventListener("click", () => { $("#panel").hidden = true; state.current = null; map && map.invalidateSize(); });
  let resize;
  window.addEventListener("resize", () => { clearTimeout(resize); resize = setTimeout(loadTimeline, 200); });
}

async function main() {
  readFiltersFromUrl();
  initToken();
  initControls();
  initTimelineBrush();
  await initMap();
  await applyFilters({ keepOffset: true });
  document.body.dataset.ready = "1";
}

main().catch((err) => toast(explain(err), true));
