package newskg.model;

import java.util.List;
import java.util.Objects;

/**
 * What the NLP stage found in one article: its only output, and the input of the RDF mapping.
 *
 * <pre>{@code
 * Extraction x = new Extraction(article, entities, events, List.of());
 * x.platformEvents();   // ban, restrict, lift, threaten only
 * }</pre>
 */
public record Extraction(Article article, List<Entity> entities, List<Event> events, List<Problem> problems) {

    public Extraction {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
        for (Event e : events) {
            if (e.evidence().end() > article.body().length()
                    || !article.body().startsWith(e.evidence().text(), e.evidence().start())) {
                throw new IllegalArgumentException("evidence does not round-trip into the body: " + e.evidence());
            }
        }
    }

    /** An extraction with no NLP output: for {@code --no-events} and for articles with nothing to find. */
    public static Extraction withoutEvents(Article article, List<Problem> problems) {
        return new Extraction(article, List.of(), List.of(), problems);
    }

    public List<Event> platformEvents() {
        return events.stream().filter(e -> e.type().isPlatformType()).toList();
    }
}
