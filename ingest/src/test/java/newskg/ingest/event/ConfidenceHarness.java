package newskg.ingest.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import newskg.ingest.nlp.AnnotatedDocument;
import newskg.ingest.nlp.Sentence;
import newskg.ingest.source.SeedFormat;
import newskg.model.Article;

/**
 * Calibration aid (not a test): writes every platform event of the given corpora with the
 * features the confidence model reads, one JSON object per article, from the annotation cache of
 * {@code newskg.ingest.nlp.DevHarness}. {@code bench/calibrate-confidence.py} fits the weights of
 * {@code confidence.tsv} on it.
 *
 * <pre>
 * java -cp ... newskg.ingest.event.ConfidenceHarness CACHE_DIR features.jsonl ../shared/corpus/bans-dev ...
 * </pre>
 */
public final class ConfidenceHarness {
    private ConfidenceHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path cache = Path.of(args[0]);
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        EventExtractor extractor = EventExtractor.create();
        List<String> lines = new ArrayList<>();
        for (int ci = 2; ci < args.length; ci++) {
            Path corpus = Path.of(args[ci]);
            List<Path> files;
            try (Stream<Path> s = Files.list(corpus)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                Path c = cache.resolve(corpus.getFileName().toString()).resolve(f.getFileName() + ".json");
                List<Sentence> sentences = json.readValue(c.toFile(),
                        json.getTypeFactory().constructCollectionType(List.class, Sentence.class));
                Article a = SeedFormat.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
                EventExtractor.Trace trace = extractor.trace(new AnnotatedDocument(a, sentences));
                List<Map<String, Object>> events = new ArrayList<>();
                for (int i = 0; i < trace.events().size(); i++) {
                    Candidate e = trace.events().get(i);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("type", e.type().key());
                    m.put("platform", e.platform().orElse(""));
                    m.put("country", e.country().orElse(""));
                    m.put("date", e.date().map(d -> d.value().iso()).orElse(null));
                    m.put("confidence", e.confidence());
                    m.put("features", trace.features().get(i));
                    events.add(m);
                }
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("source", f.toString());
                doc.put("events", events);
                lines.add(json.writeValueAsString(doc));
            }
        }
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    }
}
