/* Shared by the newskg pages. Plain JavaScript, no libraries: the pages must work offline. */
"use strict";

/** Escapes text for HTML. */
function esc(s) {
  return String(s == null ? "" : s).replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"}[c]));
}

/** A link on this server for one of the store's IRIs, else the IRI itself (only http(s) links). */
function localHref(iri, base) {
  if (base && iri.startsWith(base)) return "/id/" + iri.substring(base.length);
  return /^https?:\/\//.test(iri) ? iri : null;
}

/** An article source: a link when it is a URL, plain text when it is a path given to newskg. */
function sourceHtml(src) {
  return /^https?:\/\//.test(src) ? `<a class="source" href="${esc(src)}">${esc(src)}</a>` : `<span class="source">${esc(src)}</span>`;
}

/** The sources of an event or period, each linked to its article's page on this server. */
function sourcesHtml(x, base) {
  const aligned = x.articles && x.articles.length === x.sources.length;
  return x.sources.map((src, i) => {
    const page = aligned ? localHref(x.articles[i], base) : null;
    if (/^https?:\/\//.test(src)) {
      return sourceHtml(src) + (page ? ` <a class="article-page" href="${esc(page)}">(stored)</a>` : "");
    }
    return page ? `<a class="source" href="${esc(page)}">${esc(src)}</a>` : sourceHtml(src);
  });
}

/** The first and last day (UTC Dates) of an ISO 8601 date at its precision: 2023-08-14, 2023-W33, 2023-08, 2023. */
function isoRange(iso) {
  if (!iso) return null;
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso))) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return [d, d];
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(iso))) {
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+m[2] - 1) * 7 * 864e5);
    return [monday, new Date(monday.getTime() + 6 * 864e5)];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(iso))) {
    return [new Date(Date.UTC(+m[1], +m[2] - 1, 1)), new Date(Date.UTC(+m[1], +m[2], 0))];
  }
  if ((m = /^(\d{4})$/.exec(iso))) {
    return [new Date(Date.UTC(+m[1], 0, 1)), new Date(Date.UTC(+m[1], 11, 31))];
  }
  return null;
}

function ymd(d) { return d.toISOString().substring(0, 10); }
