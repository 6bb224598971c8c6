package newskg.queries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

import newskg.graph.vocab.NK;
import newskg.graph.vocab.Vocab;

/**
 * The HTML view of one resource: its label, its statements (links to our own resources stay on
 * this server), for an event the evidence sentences with their articles, and what points to it.
 * Every value from the store is escaped.
 */
final class ResourcePage {
    private final String base;
    private final String localBase;
    private final PrefixMapping prefixes;

    ResourcePage(String base, String localBase) {
        this.base = base;
        this.localBase = localBase;
        this.prefixes = Vocab.prefixes(base);
    }

    String render(String iri, Graph g) {
        Node s = NodeFactory.createURI(iri);
        String title = label(g, s).or(() -> eventTitle(g, s)).orElse(iri);
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Http.html(title)).append(" · newskg</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/web/style.css\">\n")
                .append("<link rel=\"alternate\" type=\"text/turtle\" href=\"?format=ttl\">\n")
                .append("<link rel=\"alternate\" type=\"application/ld+json\" href=\"?format=jsonld\">\n")
                .append("</head><body class=\"resource\">\n")
                .append("<nav><a href=\"/\">Timeline</a> · <a href=\"/query.html\">Queries</a></nav>\n")
                .append("<h1>").append(Http.html(title)).append("</h1>\n")
                .append("<p class=\"iri\"><code>").append(Http.html(iri)).append("</code> · as <a href=\"?format=ttl\">Turtle</a>,")
                .append(" <a href=\"?format=jsonld\">JSON-LD</a>, <a href=\"?format=nt\">N-Triples</a></p>\n");
        evidence(g, s, b);
        b.append("<h2>Statements</h2>\n<table class=\"props\"><tbody>\n");
        List<Triple> own = sorted(g.find(s, Node.ANY, Node.ANY).toList());
        for (Triple t : own) {
            if (t.getPredicate().equals(Vocab.Schema.articleBody)) {
                continue;
            }
            b.append("<tr><th>").append(link(t.getPredicate(), g)).append("</th><td>").append(value(t.getObject(), g))
                    .append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        g.find(s, Vocab.Schema.articleBody, Node.ANY).nextOptional().ifPresent(t -> b.append("<h2>Text</h2>\n<div class=\"body\">")
                .append(Http.html(t.getObject().getLiteralLexicalForm()).replace("\n\n", "</p><p>"))
                .append("</div>\n"));
        List<Triple> incoming = sorted(g.find(Node.ANY, Node.ANY, s).toList());
        if (!incoming.isEmpty()) {
            b.append("<h2>Referenced by</h2>\n<table class=\"props\"><tbody>\n");
            for (Triple t : incoming) {
                b.append("<tr><td>").append(value(t.getSubject(), g)).append("</td><th>").append(link(t.getPredicate(), g))
                        .append("</th></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    /** For an event: each evidence sentence, quoted, with its offsets and a link to its article. */
    private void evidence(Graph g, Node event, StringBuilder b) {
        List<Node> anns = g.find(event, NK.evidence, Node.ANY).mapWith(Triple::getObject).toList();
        if (anns.isEmpty()) {
            return;
        }
        b.append("<h2>Evidence</h2>\n");
        for (Node ann : anns) {
            for (Node target : g.find(ann, Vocab.Oa.hasTarget, Node.ANY).mapWith(Triple::getObject).toList()) {
                Optional<Node> article = object(g, target, Vocab.Oa.hasSource);
                String quote = "";
                String offsets = "";
                for (Node sel : g.find(target, Vocab.Oa.hasSelector, Node.ANY).mapWith(Triple::getObject).toList()) {
                    quote = object(g, sel, Vocab.Oa.exact).map(Node::getLiteralLexicalForm).orElse(quote);
                    Optional<Node> start = object(g, sel, Vocab.Oa.start);
                    if (start.isPresent()) {
                        offsets = start.get().getLiteralLexicalForm() + "–"
                                + object(g, sel, Vocab.Oa.end).map(Node::getLiteralLexicalForm).orElse("?");
                    }
                }
                b.append("<blockquote class=\"evidence\">").append(Http.html(quote)).append("</blockquote>\n<p class=\"cite\">");
                if (article.isPresent()) {
                    b.append("— ").append(value(article.get(), g));
                    object(g, article.get(), Vocab.Schema.url).ifPresent(u -> b.append(" · <a class=\"source\" href=\"")
                            .append(Http.html(u.getURI())).append("\">").append(Http.html(u.getURI())).append("</a>"));
                }
                if (!offsets.isEmpty()) {
                    b.append(" · characters ").append(offsets);
                }
                b.append("</p>\n");
            }
        }
    }

    private String value(Node o, Graph g) {
        if (o.isURI()) {
            return link(o, g);
        }
        if (o.isLiteral()) {
            String dt = o.getLiteralLanguage().isEmpty() && !o.getLiteralDatatypeURI().endsWith("#string")
                    ? " <span class=\"dt\">" + Http.html(prefixes.shortForm(o.getLiteralDatatypeURI())) + "</span>" : "";
            return Http.html(o.getLiteralLexicalForm()) + dt;
        }
        return Http.html(o.toString());
    }

    private String link(Node n, Graph g) {
        String iri = n.getURI();
        String href = iri.startsWith(base) ? localBase + iri.substring(base.length()) : iri;
        String text = label(g, n).orElse(prefixes.shortForm(iri));
        return "<a href=\"" + Http.html(href) + "\" title=\"" + Http.html(iri) + "\">" + Http.html(text) + "</a>";
    }

    /** "ban of Telegram in IQ, 2023-W33": events have no label of their own. */
    private static Optional<String> eventTitle(Graph g, Node e) {
        Optional<Node> type = object(g, e, Vocab.Sem.eventType);
        if (type.isEmpty() || !type.get().isURI()) {
            return Optional.empty();
        }
        String t = type.get().getLocalName();
        Optional<String> what = object(g, e, NK.platform).or(() -> object(g, e, NK.target)).flatMap(n -> label(g, n));
        Optional<String> country = object(g, e, NK.country).map(Node::getLiteralLexicalForm);
        Optional<String> date = object(g, e, NK.isoDate).map(Node::getLiteralLexicalForm);
        return Optional.of(t + what.map(w -> " of " + w).orElse("") + country.map(c -> " in " + c).orElse("")
                + date.map(d -> ", " + d).orElse(""));
    }

    private static Optional<String> label(Graph g, Node n) {
        return object(g, n, Vocab.RDFS_LABEL).or(() -> object(g, n, Vocab.Schema.headline))
                .map(Node::getLiteralLexicalForm);
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject);
    }

    private List<Triple> sorted(List<Triple> ts) {
        List<Triple> out = new ArrayList<>(ts);
        out.sort(Comparator.comparing((Triple t) -> prefixes.shortForm(t.getPredicate().getURI()))
                .thenComparing(t -> t.getObject().toString()).thenComparing(t -> t.getSubject().toString()));
        return out;
    }
}
