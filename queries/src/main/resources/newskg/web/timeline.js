/* The timeline page: one row per country and platform, a bar per restriction period, a marker
   per platform event. Data: GET /newskg/timeline (the JSON of `newskg timeline --format json`). */
"use strict";

const FILTERS = ["platform", "country", "from", "to", "minConfidence"];
/** The least distance between two markers of a row, in percent of the track. */
const NUDGE = 1.2;
let data = null;

function params() {
  const q = new URLSearchParams(location.search);
  const out = {};
  FILTERS.forEach(k => { if (q.get(k)) out[k] = q.get(k); });
  return out;
}

async function fillOptions() {
  try {
    const r = await fetch("/newskg/named/platforms?format=json");
    const rows = (await r.json()).results.bindings;
    const platforms = [...new Set(rows.map(b => b.platformName.value))].sort();
    const countries = [...new Set(rows.map(b => b.countryCode.value).filter(c => c))].sort();
    const p = params();
    const add = (sel, values, chosen) => values.forEach(v => {
      const o = document.createElement("option");
      o.value = v; o.textContent = v;
      if (chosen && chosen.toLowerCase() === v.toLowerCase()) o.setAttribute("selected", "");
      sel.appendChild(o);
    });
    add(document.getElementById("f-platform"), platforms, p.platform);
    add(document.getElementById("f-country"), countries, p.country);
  } catch (e) {
    console.warn("cannot list platforms", e);
  }
}

async function load() {
  const p = params();
  // defaultValue too, so that the value shows in the markup (and in a dumped DOM).
  ["from", "to", "minConfidence"].forEach(k => {
    const input = document.getElementById("f-" + k);
    input.defaultValue = p[k] || "";
    input.value = p[k] || "";
  });
  const r = await fetch("/newskg/timeline?" + new URLSearchParams(p));
  if (!r.ok) {
    document.getElementById("chart").innerHTML = `<div class="empty">${esc(await r.text())}</div>`;
    document.body.dataset.ready = "error";
    return;
  }
  data = await r.json();
  render();
}

function render() {
  const base = data.iri_base;
  const rows = new Map();
  const row = (country, platform) => {
    const key = (country || "—") + "|" + platform;
    if (!rows.has(key)) rows.set(key, {country: country || "—", platform, periods: [], events: []});
    return rows.get(key);
  };
  let min = null, max = null;
  const see = d => { if (!d) return; if (!min || d < min) min = d; if (!max || d > max) max = d; };
  data.periods.forEach((p, i) => {
    p.index = i;
    p.range = [isoRange(p.start), isoRange(p.end)];
    if (p.range[0]) see(p.range[0][0]);
    if (p.range[1]) see(p.range[1][1]);
    row(p.country, p.platform).periods.push(p);
  });
  data.events.forEach((e, i) => {
    e.index = i;
    e.range = isoRange(e.date);
    if (e.range) { see(e.range[0]); see(e.range[1]); }
    row(e.country, e.platform).events.push(e);
  });
  const chart = document.getElementById("chart");
  document.getElementById("summary").textContent =
    `${data.periods.length} periods · ${data.events.length} events · ${rows.size} rows`;
  if (!min) {
    chart.innerHTML = '<div class="empty">No platform events match these filters.</div>';
    fillTable(base);
    document.body.dataset.ready = "true";
    return;
  }
  let span = Math.max(max - min, 30 * 864e5);
  const lo = new Date(min.getTime() - span * 0.04), hi = new Date(min.getTime() + span * 1.06);
  span = hi - lo;
  const x = d => (100 * (d - lo) / span).toFixed(3) + "%";
  const ticks = axisTicks(lo, hi);
  let html = '<div class="axis"><div class="label muted">country · platform</div><div class="track">'
    + ticks.map(t => `<span class="tick" style="left:${x(t.d)}">${esc(t.label)}</span>`).join("") + "</div></div>";
  const grid = ticks.map(t => `<span class="gridline" style="left:${x(t.d)}"></span>`).join("");
  [...rows.values()].sort((a, b) => (a.country + a.platform).localeCompare(b.country + b.platform)).forEach(r => {
    html += `<div class="row" data-country="${esc(r.country)}" data-platform="${esc(r.platform)}">`
      + `<div class="label" title="${esc(r.platform)} in ${esc(r.country)}">${esc(r.country)}<small>${esc(r.platform)}</small></div><div class="track">${grid}`;
    r.periods.forEach(p => {
      const from = p.range[0] ? p.range[0][0] : lo;
      const to = p.range[1] ? p.range[1][0] : hi;
      // A period of a few days would vanish under its markers: give it at least the markers' spacing.
      const width = Math.max(NUDGE, 100 * (to - from) / span).toFixed(3) + "%";
      html += `<a href="#" class="bar ${esc(p.type)} ${esc(p.status)}" data-period="${p.index}" style="left:${x(from)};width:${width}"`
        + ` title="${esc(p.platform)} ${esc(p.type)} in ${esc(p.country)}: ${esc(p.start || "?")} to ${esc(p.end || "now (ongoing)")}"></a>`;
    });
    // Markers closer than NUDGE percent are moved apart, in time order, so each stays clickable.
    let last = -Infinity;
    r.events.filter(e => e.range).map(e => ({e, at: 100 * (e.range[0] - lo) / span}))
      .sort((a, b) => a.at - b.at).forEach(({e, at}) => {
        const pos = Math.max(at, last + NUDGE);
        last = pos;
        html += `<a href="#" class="marker ${esc(e.type)}" data-event="${e.index}" style="left:${pos.toFixed(3)}%"`
          + ` title="${esc(e.type)} · ${esc(e.date)} · ${esc((e.evidence[0] || "").substring(0, 160))}"></a>`;
      });
    html += "</div></div>";
  });
  chart.innerHTML = html;
  chart.querySelectorAll(".marker").forEach(m => m.addEventListener("click", ev => {
    ev.preventDefault(); showEvent(data.events[+m.dataset.event]);
  }));
  chart.querySelectorAll(".bar").forEach(b => b.addEventListener("click", ev => {
    ev.preventDefault(); showPeriod(data.periods[+b.dataset.period]);
  }));
  fillTable(base);
  document.body.dataset.ready = "true";
}

function axisTicks(lo, hi) {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const days = (hi - lo) / 864e5;
  const out = [];
  if (days < 120) {
    // Weeks: a tick every Monday (every day under three weeks).
    const stepDays = days < 21 ? 1 : 7;
    let d = new Date(Date.UTC(lo.getUTCFullYear(), lo.getUTCMonth(), lo.getUTCDate() + 1));
    if (stepDays === 7) d = new Date(d.getTime() + ((8 - d.getUTCDay()) % 7) * 864e5);
    for (; d < hi; d = new Date(d.getTime() + stepDays * 864e5)) {
      out.push({d, label: d.getUTCDate() + " " + months[d.getUTCMonth()] + (out.length === 0 ? " " + d.getUTCFullYear() : "")});
    }
    return out;
  }
  const years = days / 365;
  const step = years > 4 ? 12 : years > 1.5 ? 3 : 1;
  let d = new Date(Date.UTC(lo.getUTCFullYear(), lo.getUTCMonth() - (lo.getUTCMonth() % step) + step, 1));
  while (d < hi) {
    out.push({d, label: step === 12 || d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : months[d.getUTCMonth()] + " " + d.getUTCFullYear()});
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1));
  }
  return out;
}

function eventHtml(e, heading) {
  const base = data.iri_base;
  const pages = e.iris.map(i => localHref(i, base)).filter(h => h)
    .map(h => `<a class="evidence-link" href="${esc(h)}">${esc(h.replace(/^\/id\//, ""))}</a>`).join(", ");
  return `<h3>${esc(heading)}</h3>`
    + `<p><b>${esc(e.type)}</b> of ${esc(e.platform)}${e.country ? " in " + esc(e.country) : ""}, ${esc(e.date || "date unknown")}`
    + ` · ${esc(e.modality.join(", "))}${e.agents.length ? " · by " + esc(e.agents.join("; ")) : ""}`
    + ` · <span class="confidence" title="how likely the extraction is right">confidence ${e.confidence == null ? "—" : esc(e.confidence.toFixed(2))}</span></p>`
    + e.evidence.map(s => `<blockquote class="evidence">${esc(s)}</blockquote>`).join("")
    + `<p>Evidence pages: ${pages || "—"}</p><p>Articles: ${sourcesHtml(e, base).join(" · ")}</p>`;
}

function showEvent(e) {
  document.getElementById("details").innerHTML = eventHtml(e, "Event");
}

function showPeriod(p) {
  let html = `<h3>${esc(p.platform)} ${esc(p.type)} in ${esc(p.country)}: ${esc(p.start || "?")} to ${esc(p.end || "now")}`
    + ` <span class="status-${esc(p.status)}">(${esc(p.status)})</span></h3>`;
  if (p.imposed_by) html += eventHtml(p.imposed_by, "Imposed by");
  if (p.lifted_by) html += eventHtml(p.lifted_by, "Lifted by");
  html += `<p>All sources: ${sourcesHtml(p, data.iri_base).join(" · ")}</p>`;
  document.getElementById("details").innerHTML = html;
}

function fillTable(base) {
  const agents = e => e ? esc(e.agents.join("; ") || "—") : "—";
  document.querySelector("#periods tbody").innerHTML = data.periods.map(p => `<tr class="period">`
    + `<td>${esc(p.platform)}</td><td>${esc(p.country)}</td><td>${esc(p.type)}</td><td>${esc(p.start || "?")}</td>`
    + `<td>${esc(p.end || "")}</td><td class="status-${esc(p.status)}">${esc(p.status)}</td>`
    + `<td>${agents(p.imposed_by)}</td><td>${agents(p.lifted_by)}</td><td>${sourcesHtml(p, base).join("<br>")}</td></tr>`).join("")
    || '<tr><td colspan="9" class="muted">No restriction periods match these filters.</td></tr>';
}

document.getElementById("filters").addEventListener("submit", ev => {
  ev.preventDefault();
  const q = new URLSearchParams();
  new FormData(ev.target).forEach((v, k) => { if (v) q.set(k, v); });
  history.pushState(null, "", "?" + q);
  load();
});
document.getElementById("f-reset").addEventListener("click", () => { history.pushState(null, "", location.pathname); location.reload(); });
window.addEventListener("popstate", load);
fillOptions();
load();
