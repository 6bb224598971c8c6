package newskg.graph.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

import newskg.graph.vocab.NK;
import newskg.graph.vocab.Vocab;
import newskg.graph.vocab.Vocab.Nif;
import newskg.graph.vocab.Vocab.Oa;
import newskg.graph.vocab.Vocab.Prov;
import newskg.graph.vocab.Vocab.Schema;
import newskg.graph.vocab.Vocab.Sem;
import newskg.model.Article;
import newskg.model.Entity;
import newskg.model.EntityType;
import newskg.model.Event;
import newskg.model.Extraction;

/**
 * Maps one {@link Extraction} to the triples of its article's named graph (DESIGN §4).
 *
 * <p>The result is a pure function of the extraction: no run id, no clock, no software
 * version. Run provenance (which run of which newskg version wrote the graph, and when) is
 * written by the store into its own graph, so re-ingesting an unchanged article yields an
 * identical article graph, whichever machine or version writes it.
 *
 * <pre>{@code
 * ExtractionMapper mapper = new ExtractionMapper(IriMinter.standard());
 * Graph g = mapper.toGraph(extraction);   // store it under minter.articleGraph(article.id())
 * }</pre>
 */
public final class ExtractionMapper {
    private final IriMinter iri;

    public ExtractionMapper(IriMinter iri) {
        this.iri = Objects.requireNonNull(iri, "iri");
    }

    public IriMinter minter() {
        return iri;
    }

    public Graph toGraph(Extraction x) {
        Graph g = GraphFactory.createDefaultGraph();
        Article a = x.article();
        Node art = iri.article(a.id());
        article(g, a, art);
        Map<Node, Entity> entities = new LinkedHashMap<>();
        x.entities().forEach(e -> entities.putIfAbsent(iri.entity(e), e));
        for (Event e : x.events()) {
            for (Entity role : List.of(e.agent(), e.target(), e.platform(), e.attributedTo()).stream()
                    .flatMap(java.util.Optional::stream).toList()) {
                entities.putIfAbsent(iri.entity(role), role);
            }
        }
        entities.forEach((node, e) -> {
            entity(g, node, e);
            g.add(art, NK.mentions, node);
        });
        // The same platform event stated twice in one article is one node with two pieces of evidence;
        // its properties come from its first statement.
        Map<Node, Event> firstStatement = new LinkedHashMap<>();
        for (Event e : x.events()) {
            Node ev = iri.event(a.id(), e);
            if (firstStatement.putIfAbsent(ev, e) == null) {
                event(g, ev, e, art);
            }
            evidence(g, a, art, ev, e);
        }
        return g;
    }

    private void article(Graph g, Article a, Node art) {
        g.add(art, Vocab.RDF_TYPE, Schema.NewsArticle);
        a.url().ifPresent(u -> g.add(art, Schema.url, urlNode(u)));
        g.add(art, NK.source, str(a.source()));
        g.add(art, Schema.headline, str(a.title()));
        a.published().ifPresent(d -> g.add(art, Schema.datePublished, date(d.toString())));
        for (String author : a.authors()) {
            Node person = iri.entity(Entity.of(author, EntityType.PERSON));
            g.add(art, Schema.author, person);
            g.add(person, Vocab.RDF_TYPE, Schema.Person);
            g.add(person, Vocab.RDFS_LABEL, str(author));
        }
        a.publisher().ifPresent(p -> g.add(art, Schema.publisher, str(p)));
        a.language().ifPresent(l -> g.add(art, Schema.inLanguage, str(l)));
        g.add(art, Schema.articleBody, str(a.body()));
        g.add(art, NK.contentHash, str(a.contentHash()));
    }

    private void entity(Graph g, Node node, Entity e) {
        g.add(node, Vocab.RDF_TYPE, Sem.Actor);
        g.add(node, Vocab.RDF_TYPE, switch (e.type()) {
            case PERSON -> Schema.Person;
            case ORGANIZATION -> Schema.Organization;
            case COUNTRY -> Schema.Country;
            case PLACE -> NK.Place;
            case PLATFORM -> NK.Platform;
            case OTHER -> Schema.Thing;
        });
        g.add(node, Vocab.RDFS_LABEL, str(e.name()));
        e.altNames().stream().filter(n -> !n.equals(e.name()))
                .forEach(n -> g.add(node, Vocab.SKOS_ALT_LABEL, str(n)));
        e.country().ifPresent(c -> g.add(node, NK.country, str(c)));
        e.wikidata().ifPresent(q -> g.add(node, Vocab.OWL_SAME_AS, NodeFactory.createURI(Vocab.WD + q)));
    }

    private void event(Graph g, Node ev, Event e, Node art) {
        g.add(ev, Vocab.RDF_TYPE, Sem.Event);
        g.add(ev, Sem.eventType, NK.eventType(e.type()));
        g.add(ev, NK.action, str(e.action()));
        e.agent().ifPresent(x -> g.add(ev, NK.agent, iri.entity(x)));
        e.target().ifPresent(x -> g.add(ev, NK.target, iri.entity(x)));
        e.platform().ifPresent(x -> g.add(ev, NK.platform, iri.entity(x)));
        e.attributedTo().ifPresent(x -> g.add(ev, NK.attributedTo, iri.entity(x)));
        e.country().ifPresent(c -> {
            g.add(ev, NK.country, str(c));
            if (c.length() == 2) {
                g.add(ev, Sem.hasPlace, iri.entity(Entity.country(c, c, null)));
            }
        });
        e.date().ifPresent(t -> {
            g.add(ev, Sem.hasTimeStamp, date(t.start().toString()));
            g.add(ev, NK.datePrecision, str(t.precision().key()));
            g.add(ev, NK.isoDate, str(t.iso()));
            g.add(ev, NK.dateText, str(t.text()));
        });
        g.add(ev, NK.modality, str(e.modality().key()));
        // Canonical lexical form, as TDB2 hands back inlined doubles: stored and mapped graphs stay identical.
        g.add(ev, Nif.confidence, org.apache.jena.sparql.expr.NodeValue.makeDouble(e.confidence()).asNode());
        g.add(ev, NK.reportedBy, art);
        g.add(ev, Prov.wasDerivedFrom, art);
    }

    private void evidence(Graph g, Article a, Node art, Node ev, Event e) {
        int start = e.evidence().start();
        int end = e.evidence().end();
        Node ann = iri.evidence(a.id(), ev, start, end);
        Node target = iri.part(ann, "target");
        Node quote = iri.part(ann, "quote");
        Node position = iri.part(ann, "position");
        g.add(ev, NK.evidence, ann);
        g.add(ann, Vocab.RDF_TYPE, Oa.Annotation);
        g.add(ann, Oa.motivatedBy, Oa.describing);
        g.add(ann, Oa.hasBody, ev);
        g.add(ann, Oa.hasTarget, target);
        g.add(target, Vocab.RDF_TYPE, Oa.SpecificResource);
        g.add(target, Oa.hasSource, art);
        g.add(target, Oa.hasSelector, quote);
        g.add(target, Oa.hasSelector, position);
        g.add(quote, Vocab.RDF_TYPE, Oa.TextQuoteSelector);
        g.add(quote, Oa.exact, str(e.evidence().text()));
        g.add(position, Vocab.RDF_TYPE, Oa.TextPositionSelector);
        g.add(position, Oa.start, integer(start));
        g.add(position, Oa.end, integer(end));
    }

    private static Node urlNode(String url) {
        // A URL that is not a valid IRI (spaces, odd characters) is kept as a literal rather than dropped.
        try {
            org.apache.jena.irix.IRIx iri = org.apache.jena.irix.IRIx.create(url);
            if (iri.isAbsolute()) {
                return NodeFactory.createURI(iri.str());
            }
        } catch (org.apache.jena.irix.IRIException e) {
            // fall through to the literal form
        }
        return str(url);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node date(String isoDate) {
        return NodeFactory.createLiteralDT(isoDate, XSDDatatype.XSDdate);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }
}
