/* The query page: the named queries (GET /newskg/named) with a form per query, and a SPARQL
   editor that POSTs to /newskg/sparql. URL parameters: ?name=NAME&run=1&PARAM=VALUE runs a named
   query on load; ?sparql=TEXT&run=1 runs SPARQL. */
"use strict";

let catalog = [], base = "", current = null;
const status = t => { document.getElementById("status").textContent = t; };

async function init() {
  const r = await fetch("/newskg/named");
  const body = await r.json();
  catalog = body.queries; base = body.iri_base;
  document.getElementById("queries").innerHTML = catalog.map((q, i) =>
    `<li data-i="${i}" data-name="${esc(q.name)}"><b>${esc(q.title)}</b><code>${esc(q.name)}</code></li>`).join("");
  document.querySelectorAll("#queries li").forEach(li => li.addEventListener("click", () => select(catalog[+li.dataset.i])));
  const u = new URLSearchParams(location.search);
  if (u.get("sparql")) document.getElementById("sparql").value = u.get("sparql");
  const named = u.get("name") && catalog.find(q => q.name === u.get("name"));
  if (named) {
    select(named, u);
    if (u.get("run")) runNamed();
  } else if (u.get("sparql") && u.get("run")) {
    runSparql();
  }
  document.body.dataset.ready = "true";
}

function select(q, values) {
  current = q;
  document.querySelectorAll("#queries li").forEach(li => li.classList.toggle("selected", li.dataset.name === q.name));
  document.getElementById("q-title").textContent = q.title;
  document.getElementById("q-description").textContent = q.description;
  document.getElementById("params").innerHTML = q.params.map(p =>
    `<label title="${esc(p.description)}">${esc(p.name)} (${esc(p.type)})`
    + `<input name="${esc(p.name)}" type="${p.type === "date" ? "date" : "text"}" placeholder="${esc(p.default || "")}"`
    + ` value="${esc(values && values.get(p.name) || "")}"><span>${esc(p.description)}</span></label>`).join("")
    || '<span class="muted">No parameters.</span>';
  document.getElementById("run-named").disabled = false;
  document.getElementById("edit-named").disabled = false;
  namedLink();
}

function namedUrl(format) {
  const q = new URLSearchParams();
  document.querySelectorAll("#params input").forEach(i => { if (i.value) q.set(i.name, i.value); });
  if (format) q.set("format", format);
  return `/newskg/named/${encodeURIComponent(current.name)}?${q}`;
}

function namedLink() {
  const a = document.getElementById("named-link");
  a.href = namedUrl("csv"); a.textContent = "CSV link";
}

async function runNamed() {
  namedLink();
  status("running " + current.name + "…");
  const t0 = performance.now();
  const r = await fetch(namedUrl(), {headers: {Accept: "application/sparql-results+json"}});
  await show(r, "application/sparql-results+json", t0);
}

async function runSparql() {
  const accept = document.getElementById("accept").value;
  status("running…");
  const t0 = performance.now();
  const r = await fetch("/newskg/sparql", {method: "POST",
    headers: {"Content-Type": "application/sparql-query", Accept: accept + ", text/plain;q=0.1"},
    body: document.getElementById("sparql").value});
  await show(r, accept, t0);
}

async function show(r, accept, t0) {
  const out = document.getElementById("results");
  const ms = Math.round(performance.now() - t0);
  if (!r.ok) {
    status(`error ${r.status} after ${ms} ms`);
    out.innerHTML = `<pre class="rdf error">${esc(await r.text())}</pre>`;
    return;
  }
  const type = r.headers.get("Content-Type") || "";
  if (type.includes("sparql-results+json")) {
    const j = await r.json();
    if ("boolean" in j) {
      out.innerHTML = `<p class="panel">ASK: <b>${j.boolean}</b></p>`;
      status(`done in ${ms} ms`);
      return;
    }
    const vars = j.head.vars, rows = j.results.bindings;
    out.innerHTML = `<table class="grid results"><thead><tr>${vars.map(v => `<th>${esc(v)}</th>`).join("")}</tr></thead><tbody>`
      + rows.map(b => "<tr>" + vars.map(v => `<td>${cell(b[v])}</td>`).join("") + "</tr>").join("")
      + "</tbody></table>";
    status(`${rows.length} rows in ${ms} ms`);
  } else {
    out.innerHTML = `<pre class="rdf">${esc(await r.text())}</pre>`;
    status(`done in ${ms} ms (${type})`);
  }
}

function cell(t) {
  if (!t) return "";
  if (t.type === "uri") {
    const href = localHref(t.value, base);
    const text = base && t.value.startsWith(base) ? t.value.substring(base.length) : t.value;
    return href ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(t.value);
  }
  return esc(t.value);
}

document.getElementById("params-form").addEventListener("submit", ev => { ev.preventDefault(); runNamed(); });
document.getElementById("edit-named").addEventListener("click", () => {
  // The catalogue's SPARQL with the parameters left as variables: bind them with VALUES to try it here.
  document.getElementById("sparql").value = current.sparql;
});
document.getElementById("run-sparql").addEventListener("click", runSparql);
init();
