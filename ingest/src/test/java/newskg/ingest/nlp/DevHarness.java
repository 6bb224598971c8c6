package newskg.ingest.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;

import newskg.ingest.ExtractionJson;
import newskg.ingest.event.EventExtractor;
import newskg.ingest.source.SeedFormat;
import newskg.model.Article;
import newskg.model.Extraction;

/**
 * Iteration harness for rule work (not a test): annotates a corpus once, caches the annotated
 * sentences as JSON, and re-runs only event extraction on later runs.
 *
 * <pre>
 * java -cp ... newskg.ingest.nlp.DevHarness ../shared/corpus/bans-dev target/nlp-cache target/bans-dev.jsonl
 * </pre>
 */
public final class DevHarness {
    private DevHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(cache);
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        CollectionType listOfSentences = json.getTypeFactory().constructCollectionType(List.class, Sentence.class);
        DocumentAnnotator annotator = null;
        EventExtractor extractor = EventExtractor.create();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        long nlpNanos = 0;
        for (Path f : files) {
            Article a = SeedFormat.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
            Path c = cache.resolve(f.getFileName() + ".json");
            List<Sentence> sentences;
            if (Files.exists(c)) {
                sentences = json.readValue(c.toFile(), listOfSentences);
            } else {
                if (annotator == null) {
                    annotator = NlpAnalyzers.coreNlpAnnotator(NlpOptions.defaults());
                }
                long t0 = System.nanoTime();
                sentences = annotator.annotate(a).sentences();
                nlpNanos += System.nanoTime() - t0;
                json.writeValue(c.toFile(), sentences);
            }
            Extraction x = extractor.extract(new AnnotatedDocument(a, sentences), List.of());
            lines.add(ExtractionJson.line(x));
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.err.printf("annotated in %.1f s%n", nlpNanos / 1e9);
    }
}
