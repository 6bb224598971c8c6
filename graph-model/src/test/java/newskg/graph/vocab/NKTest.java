package newskg.graph.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

import newskg.graph.store.NewsStore;
import newskg.model.EventType;

class NKTest {
    private final Graph ontology = NewsStore.ontology();

    @Test
    void everyTermTheCodeUsesIsDefinedInTheOntology() throws IllegalAccessException {
        List<Node> missing = new ArrayList<>();
        for (Field f : NK.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node term = (Node) f.get(null);
                if (!ontology.contains(term, Vocab.RDF_TYPE, Node.ANY)) {
                    missing.add(term);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEventTypeIsAConceptOfTheSchemeWithALabel() {
        for (EventType t : EventType.values()) {
            Node concept = NK.eventType(t);
            assertThat(ontology.contains(concept, Vocab.RDF_TYPE, NK.EventType)).as(t.key()).isTrue();
            assertThat(ontology.contains(concept, org.apache.jena.vocabulary.SKOS.inScheme.asNode(), NK.eventTypes))
                    .as(t.key()).isTrue();
        }
    }

    @Test
    void platformTypesMapToCameoAndPlover() {
        Node closeMatch = org.apache.jena.vocabulary.SKOS.closeMatch.asNode();
        for (EventType t : List.of(EventType.BAN, EventType.RESTRICT, EventType.LIFT, EventType.THREATEN)) {
            List<String> matches = ontology.find(NK.eventType(t), closeMatch, Node.ANY)
                    .mapWith(tr -> tr.getObject().getURI()).toList();
            assertThat(matches).as(t.key()).anyMatch(u -> u.contains("/cameo#")).anyMatch(u -> u.contains("/plover#"));
        }
    }
}
