package newskg.ingest;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import newskg.model.Article;
import newskg.model.Entity;
import newskg.model.Event;
import newskg.model.Extraction;
import newskg.model.Problem;

/**
 * The JSON form of an {@link Extraction}: the {@code newskg extract --format jsonl} contract
 * of DESIGN §6, which the scorers in {@code ../shared/tools} read.
 *
 * <pre>{@code
 * String line = ExtractionJson.line(extraction);   // one JSON object, no newline
 * }</pre>
 */
public final class ExtractionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExtractionJson() {
    }

    /** One extraction as a single-line JSON object. */
    public static String line(Extraction x) {
        try {
            return MAPPER.writeValueAsString(toJson(x));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serialises", e);
        }
    }

    public static ObjectNode toJson(Extraction x) {
        Article a = x.article();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("source", a.source());
        o.put("id", a.id().value());
        put(o, "url", a.url());
        o.put("title", a.title());
        put(o, "published", a.published().map(Object::toString));
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        put(o, "publisher", a.publisher());
        put(o, "language", a.language());
        o.put("body", a.body());
        ArrayNode entities = o.putArray("entities");
        for (Entity e : x.entities()) {
            entities.add(entity(e));
        }
        ArrayNode events = o.putArray("events");
        for (Event e : x.events()) {
            events.add(event(e));
        }
        ArrayNode problems = o.putArray("problems");
        for (Problem p : x.problems()) {
            ObjectNode po = problems.addObject();
            po.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
            po.put("stage", p.stage().name().toLowerCase(java.util.Locale.ROOT));
            po.put("source", p.source());
            po.put("message", p.message());
        }
        return o;
    }

    static ObjectNode entity(Entity e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", e.name());
        o.put("type", e.type().key());
        put(o, "country", e.country());
        put(o, "wikidata", e.wikidata());
        if (!e.altNames().isEmpty()) {
            ArrayNode alt = o.putArray("alt_names");
            e.altNames().forEach(alt::add);
        }
        return o;
    }

    static ObjectNode event(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", e.type().key());
        o.put("action", e.action());
        put(o, "agent", e.agent().map(Entity::name));
        put(o, "target", e.target().map(Entity::name));
        put(o, "platform", e.platform().map(Entity::name));
        put(o, "country", e.country());
        put(o, "date", e.date().map(t -> t.iso()));
        put(o, "date_text", e.date().map(t -> t.text()));
        o.put("modality", e.modality().key());
        put(o, "attributed_to", e.attributedTo().map(Entity::name));
        ObjectNode ev = o.putObject("evidence");
        ev.put("text", e.evidence().text());
        ev.put("start", e.evidence().start());
        ev.put("end", e.evidence().end());
        o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
        return o;
    }

    private static void put(ObjectNode o, String field, Optional<String> value) {
        if (value.isPresent()) {
            o.put(field, value.get());
        } else {
            o.putNull(field);
        }
    }
}
