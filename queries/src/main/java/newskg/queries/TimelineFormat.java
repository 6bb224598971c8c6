package newskg.queries;

import java.io.PrintStream;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Timeline} as JSON ({@code {"periods": [...], "events": [...]}}), CSV (one
 * row per period, for spreadsheets) or a table for people.
 *
 * <pre>{@code
 * TimelineFormat.json(timeline, System.out);
 * }</pre>
 */
public final class TimelineFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TimelineFormat() {
    }

    public static ObjectNode toJson(Timeline t) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode periods = root.putArray("periods");
        for (Timeline.Period p : t.periods()) {
            ObjectNode o = periods.addObject();
            o.put("platform", p.platform());
            o.put("country", p.country());
            o.put("type", p.type());
            put(o, "start", p.start());
            put(o, "end", p.end());
            o.put("status", p.status());
            p.imposedBy().ifPresentOrElse(e -> o.set("imposed_by", event(e)), () -> o.putNull("imposed_by"));
            p.liftedBy().ifPresentOrElse(e -> o.set("lifted_by", event(e)), () -> o.putNull("lifted_by"));
            ArrayNode sources = o.putArray("sources");
            p.sources().forEach(sources::add);
            ArrayNode articles = o.putArray("articles");
            p.articles().forEach(articles::add);
        }
        ArrayNode events = root.putArray("events");
        t.events().forEach(e -> events.add(event(e)));
        return root;
    }

    public static void json(Timeline t, PrintStream out) {
        try {
            out.println(MAPPER.writeValueAsString(toJson(t)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serialises", e);
        }
    }

    public static void csv(Timeline t, PrintStream out) {
        out.println("platform,country,type,start,end,status,imposed_by,lifted_by,sources");
        for (Timeline.Period p : t.periods()) {
            out.println(String.join(",", csv(p.platform()), csv(p.country()), csv(p.type()),
                    csv(p.start().orElse("")), csv(p.end().orElse("")), csv(p.status()),
                    csv(p.imposedBy().map(e -> String.join("; ", e.agents())).orElse("")),
                    csv(p.liftedBy().map(e -> String.join("; ", e.agents())).orElse("")),
                    csv(String.join(" ", p.sources()))));
        }
    }

    public static void table(Timeline t, PrintStream out) {
        out.printf("%-14s %-7s %-9s %-11s %-11s %-8s %s%n", "platform", "country", "type", "start", "end", "status",
                "sources");
        for (Timeline.Period p : t.periods()) {
            out.printf("%-14s %-7s %-9s %-11s %-11s %-8s %d%n", p.platform(), p.country(), p.type(),
                    p.start().orElse("?"), p.end().orElse(""), p.status(), p.sources().size());
        }
        out.println();
        out.printf("%-11s %-9s %-14s %-7s %-11s %-10s %s%n", "date", "type", "platform", "country", "modality",
                "confidence", "agent");
        for (Timeline.MergedEvent e : t.events()) {
            out.printf("%-11s %-9s %-14s %-7s %-11s %-10s %s%n", e.date().orElse("?"), e.type(), e.platform(),
                    e.country().isEmpty() ? "-" : e.country(), String.join("/", e.modalities()),
                    e.confidence().map(c -> String.format(java.util.Locale.ROOT, "%.2f", c)).orElse("-"),
                    String.join("; ", e.agents()));
        }
    }

    private static ObjectNode event(Timeline.MergedEvent e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", e.type());
        o.put("platform", e.platform());
        o.put("country", e.country().isEmpty() ? null : e.country());
        put(o, "date", e.date());
        e.confidence().ifPresentOrElse(c -> o.put("confidence", Math.round(c * 1000) / 1000.0), () -> o.putNull("confidence"));
        ArrayNode modality = o.putArray("modality");
        e.modalities().forEach(modality::add);
        ArrayNode agents = o.putArray("agents");
        e.agents().forEach(agents::add);
        ArrayNode sources = o.putArray("sources");
        e.sources().forEach(sources::add);
        ArrayNode evidence = o.putArray("evidence");
        e.evidence().forEach(evidence::add);
        ArrayNode iris = o.putArray("iris");
        e.iris().forEach(iris::add);
        // The articles' IRIs, in the order of "sources": one article per source.
        ArrayNode articles = o.putArray("articles");
        e.articles().forEach(articles::add);
        return o;
    }

    private static void put(ObjectNode o, String k, Optional<String> v) {
        if (v.isPresent()) {
            o.put(k, v.get());
        } else {
            o.putNull(k);
        }
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
