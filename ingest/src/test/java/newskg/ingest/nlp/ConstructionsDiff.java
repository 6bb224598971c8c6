package newskg.ingest.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import newskg.ingest.event.EventExtractor;
import newskg.model.Article;
import newskg.model.Extraction;

/**
 * Iteration aid (not a test): the cases of {@code constructions.tsv} that differ from what is
 * expected, with the annotations cached in a directory so that rule changes re-run in a second.
 *
 * <pre>
 * java -cp ... newskg.ingest.nlp.ConstructionsDiff target/constructions-cache
 * </pre>
 */
public final class ConstructionsDiff {
    private ConstructionsDiff() {
    }

    public static void main(String[] args) throws IOException {
        Path cache = Path.of(args[0]);
        Files.createDirectories(cache);
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        DocumentAnnotator annotator = null;
        EventExtractor extractor = EventExtractor.create();
        List<ConstructionsIT.Case> all = ConstructionsIT.cases().toList();
        int ok = 0;
        for (ConstructionsIT.Case c : all) {
            Article a = Article.builder("constructions.tsv:" + c.line(), "", c.text()).published(c.published()).build();
            Path f = cache.resolve(Integer.toHexString(c.text().hashCode()) + "-" + c.published() + ".json");
            List<Sentence> sentences;
            if (Files.exists(f)) {
                sentences = json.readValue(f.toFile(), json.getTypeFactory().constructCollectionType(List.class, Sentence.class));
            } else {
                if (annotator == null) {
                    annotator = NlpAnalyzers.coreNlpAnnotator(NlpOptions.defaults());
                }
                sentences = annotator.annotate(a).sentences();
                json.writeValue(f.toFile(), sentences);
            }
            Extraction x = extractor.extract(new AnnotatedDocument(a, sentences), List.of());
            List<String> got = x.platformEvents().stream().map(ConstructionsIT::describe).sorted().toList();
            if (got.equals(c.expected())) {
                ok++;
            } else {
                System.out.println("line " + c.line() + ": " + c.text() + "\n   want " + c.expected() + "\n   got  " + got);
            }
        }
        System.out.println(ok + "/" + all.size() + " cases");
    }
}
