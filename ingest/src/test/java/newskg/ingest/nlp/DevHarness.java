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
 * Iteration harness for rule work (not a test): annotates corpora once, caches the annotated
 * sentences as JSON, and re-runs only event extraction on later runs.
 *
 * <pre>
 * java -cp ... newskg.ingest.nlp.DevHarness target/nlp-cache target/out.jsonl ../shared/corpus/bans-dev ../shared/corpus/bans-dev3 ...
 * </pre>
 * With {@code -Dnewskg.harness.baseline=corenlp-defaults} it annotates with CoreNLP's default
 * pipeline instead (the speed baseline of issue 6). The cache is keyed by corpus and file name:
 * delete it after changing the annotator.
 */
public final class DevHarness {
    private DevHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path cache = Path.of(args[0]);
        Path out = Path.of(args[1]);
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        CollectionType listOfSentences = json.getTypeFactory().constructCollectionType(List.class, Sentence.class);
        DocumentAnnotator annotator = null;
        EventExtractor extractor = EventExtractor.create();
        List<String> lines = new ArrayList<>();
        long nlpNanos = 0;
        long ruleNanos = 0;
        long tokens = 0;
        for (int ci = 2; ci < args.length; ci++) {
            Path corpus = Path.of(args[ci]);
            Path dir = cache.resolve(corpus.getFileName().toString());
            Files.createDirectories(dir);
            List<Path> files;
            try (Stream<Path> s = Files.list(corpus)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                Article a = SeedFormat.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
                Path c = dir.resolve(f.getFileName() + ".json");
                List<Sentence> sentences;
                if (Files.exists(c)) {
                    sentences = json.readValue(c.toFile(), listOfSentences);
                } else {
                    if (annotator == null) {
                        long t0 = System.nanoTime();
                        annotator = NlpAnalyzers.coreNlpAnnotator(
                                "corenlp-defaults".equals(System.getProperty("newskg.harness.baseline"))
                                        ? NlpOptions.coreNlpDefaults() : NlpOptions.defaults());
                        System.err.printf("pipeline loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                    }
                    long t0 = System.nanoTime();
                    sentences = annotator.annotate(a).sentences();
                    tokens += sentences.stream().mapToInt(x -> x.tokens().size()).sum();
                    nlpNanos += System.nanoTime() - t0;
                    json.writeValue(c.toFile(), sentences);
                }
                long t0 = System.nanoTime();
                Extraction x = extractor.extract(new AnnotatedDocument(a, sentences), List.of());
                ruleNanos += System.nanoTime() - t0;
                lines.add(ExtractionJson.line(x));
            }
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.err.printf("annotated %d tokens in %.1f s; rules %.2f s%n", tokens, nlpNanos / 1e9, ruleNanos / 1e9);
    }
}
