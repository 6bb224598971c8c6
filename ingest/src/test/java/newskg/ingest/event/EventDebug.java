package newskg.ingest.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import newskg.ingest.nlp.AnnotatedDocument;
import newskg.ingest.nlp.Sentence;
import newskg.ingest.source.SeedFormat;
import newskg.model.Article;

/**
 * Iteration aid for rule work (not a test): prints every platform statement of one article before
 * merging, then the merged events with their confidence features, from the annotation cache that
 * {@code newskg.ingest.nlp.DevHarness} writes.
 *
 * <pre>
 * java -cp ... newskg.ingest.event.EventDebug CACHE_DIR ../shared/corpus/bans-dev/03-iraq-lifts-ban-on-telegram-app.txt
 * java -cp ... newskg.ingest.event.EventDebug --text 2024-05-10 "Egypt's top court ordered YouTube blocked."
 * </pre>
 */
public final class EventDebug {
    private EventDebug() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--text")) {
            // --text PUBLISHED TEXT: annotates with CoreNLP first
            Article a = Article.builder("text", "", args[2]).published(java.time.LocalDate.parse(args[1])).build();
            print(EventExtractor.create().trace(newskg.ingest.nlp.NlpAnalyzers.coreNlpAnnotator(
                    newskg.ingest.nlp.NlpOptions.defaults()).annotate(a)));
            return;
        }
        Path file = Path.of(args[1]);
        Path cached = Path.of(args[0]).resolve(file.getParent().getFileName().toString())
                .resolve(file.getFileName() + ".json");
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Sentence> sentences = json.readValue(cached.toFile(),
                json.getTypeFactory().constructCollectionType(List.class, Sentence.class));
        Article a = SeedFormat.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        print(EventExtractor.create().trace(new AnnotatedDocument(a, sentences)));
    }

    private static void print(EventExtractor.Trace trace) {
        for (Candidate c : trace.statements()) {
            System.out.println("STATEMENT s" + c.sentence() + "@" + c.anchor() + " " + describe(c));
        }
        for (int i = 0; i < trace.events().size(); i++) {
            Candidate c = trace.events().get(i);
            System.out.printf("EVENT s%d %s conf=%.2f %s%n", c.sentence(), describe(c), c.confidence(), trace.features().get(i));
        }
    }

    private static String describe(Candidate c) {
        return c.type().key() + " " + c.action() + " " + c.platform().orElse("-") + " " + c.country().orElse("-") + " "
                + c.date().map(d -> d.value().iso() + "/" + d.basis() + " '" + d.value().text() + "'").orElse("-")
                + " " + c.modality().key() + " agent=" + c.agent().map(e -> e.name()).orElse("-") + " " + c.cues();
    }
}
