package newskg.ingest.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import newskg.ingest.ArticleAnalyzer;
import newskg.model.Article;
import newskg.model.Event;
import newskg.model.Extraction;

/**
 * The platform-event constructions of issue 4, each on a sentence written for this test, through
 * the real CoreNLP pipeline: passive, nominalisation, orders, several platforms, lifts, threats,
 * denials, background events, bans of other things, companies acting on content.
 */
class ConstructionsIT {

    record Case(int line, LocalDate published, String text, List<String> expected) {
        @Override
        public String toString() {
            return "line " + line + ": " + text;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = ConstructionsIT.class.getResourceAsStream("/newskg/ingest/nlp/constructions.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int n = 0; n < lines.length; n++) {
                if (lines[n].isBlank() || lines[n].startsWith("#")) {
                    continue;
                }
                String[] f = lines[n].split("\t");
                List<String> expected = f[2].strip().equals("-") ? List.of()
                        : Arrays.stream(f[2].split(";")).map(String::strip).sorted().toList();
                out.add(new Case(n + 1, LocalDate.parse(f[0]), f[1], expected));
            }
        }
        return out.stream();
    }

    static List<String> platformEvents(ArticleAnalyzer nlp, Case c) {
        Article a = Article.builder("constructions.tsv:" + c.line(), "", c.text()).published(c.published()).build();
        Extraction x = nlp.analyze(a);
        assertThat(x.problems()).isEmpty();
        return x.platformEvents().stream().map(ConstructionsIT::describe).sorted().toList();
    }

    static String describe(Event e) {
        return e.type().key() + " " + e.platform().map(p -> p.name()).orElse("?") + " " + e.country().orElse("?") + " "
                + e.date().map(d -> d.iso()).orElse("?") + " " + e.modality().key();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsThePlatformEventsOfEachConstruction(Case c) {
        assertThat(platformEvents(SharedAnalyzer.get(), c)).as(c.text()).isEqualTo(c.expected());
    }

    @Test
    void everyEventHasEvidenceThatRoundTripsAndAConfidence() throws IOException {
        for (Case c : cases().toList()) {
            Article a = Article.builder("x", "", c.text()).published(c.published()).build();
            for (Event e : SharedAnalyzer.get().analyze(a).events()) {
                assertThat(a.body().substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
                assertThat(e.confidence()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void oneAnalyzerSharedByTwoThreadsGivesTheSameResults() throws Exception {
        List<Case> all = cases().toList();
        List<List<String>> sequential = all.stream().map(c -> platformEvents(SharedAnalyzer.get(), c)).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<String>>> futures = new ArrayList<>();
            for (Case c : all) {
                futures.add(pool.submit(() -> platformEvents(SharedAnalyzer.get(), c)));
            }
            for (int i = 0; i < all.size(); i++) {
                assertThat(futures.get(i).get()).as(all.get(i).text()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aBadArticleIsAProblemNotAnException() {
        Article empty = Article.builder("empty.txt", "", "   ").published(LocalDate.of(2023, 8, 15)).build();
        Extraction x = SharedAnalyzer.get().analyze(empty);
        assertThat(x.events()).isEmpty();
        assertThat(x.problems()).isNotEmpty();
        Article undated = Article.builder("undated.txt", "", "Iraq blocked Telegram.").build();
        Extraction y = SharedAnalyzer.get().analyze(undated);
        assertThat(y.platformEvents()).singleElement().satisfies(e -> assertThat(e.date()).isEmpty());
        assertThat(y.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("publication date"));
    }

    @Test
    void oddInputGivesAnExtractionNotAnException() {
        String german = "Die Regierung hat Telegram am Sonntag gesperrt, teilte das Ministerium mit.";
        String noise = "| 2023 | 45 % | --- | *** | 12:30 | ##### | 2024-01-01 | 3.5 |";
        String longSentence = String.join(", ", java.util.Collections.nCopies(150, "Telegram and Facebook"));
        for (String body : List.of(german, noise, longSentence, "Telegram.", "‘’“”…")) {
            Article a = Article.builder("odd", "", body).published(LocalDate.of(2023, 8, 15)).build();
            Extraction x = SharedAnalyzer.get().analyze(a);
            assertThat(x.article()).isSameAs(a);
            assertThat(x.platformEvents()).as(body).isEmpty();
        }
    }

    /** Iteration aid: prints every case that differs. */
    public static void main(String[] args) throws IOException {
        ArticleAnalyzer nlp = NlpAnalyzers.coreNlp();
        int ok = 0;
        List<Case> all = cases().toList();
        for (Case c : all) {
            List<String> got = platformEvents(nlp, c);
            if (got.equals(c.expected())) {
                ok++;
            } else {
                System.out.println("line " + c.line() + ": " + c.text() + "\n   want " + c.expected() + "\n   got  " + got);
            }
        }
        System.out.println(ok + "/" + all.size() + " cases");
    }
}
