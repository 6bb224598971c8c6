package newskg.ingest.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import newskg.ingest.ArticleAnalyzer;
import newskg.ingest.ExtractionJson;
import newskg.ingest.source.SeedFormat;
import newskg.model.Article;
import newskg.model.Event;
import newskg.model.Extraction;

/**
 * Quality gate on ../shared/corpus/bans-dev: runs the NLP stage on every article, writes
 * {@code target/bans-dev.jsonl} in the {@code extract --format jsonl} contract and scores it with
 * ../shared/tools/score_bans.py and score_actions.py. Fails when a figure drops below its floor.
 * Skips when ../shared or python3 is absent (a user's clone has neither corpus nor scorer).
 */
class BansDevCorpusIT {
    /** Floors: the figures reached when this gate was set, minus 0.005. */
    private static final double BANS_F1_FLOOR = 0.995;
    private static final double BANS_DATE_FLOOR = 0.963;
    private static final double ACTIONS_F1_FLOOR = 0.657;

    private static final Pattern BANS = Pattern.compile("bans: P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+) date=([0-9.]+)");
    private static final Pattern ACTIONS = Pattern.compile("actions: P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+)");

    @Test
    void meetsTheQualityFloorsOnTheDevCorpus() throws IOException, InterruptedException {
        Path shared = Path.of(System.getProperty("newskg.shared", "../../shared"));
        Path corpus = shared.resolve("corpus/bans-dev");
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus/bans-dev is absent: gate skipped");
        assumeTrue(python() != null, "python3 is absent: gate skipped");

        ArticleAnalyzer nlp = SharedAnalyzer.get();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        for (Path f : files) {
            Article a = SeedFormat.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
            Extraction x = nlp.analyze(a);
            assertThat(x.problems()).as(f.toString()).isEmpty();
            for (Event e : x.events()) {
                assertThat(a.body().substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
            }
            lines.add(ExtractionJson.line(x));
        }
        Path out = Path.of("target", "bans-dev.jsonl");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);

        String bans = score(shared.resolve("tools/score_bans.py"), corpus.resolve("gold.json"), out);
        Matcher b = BANS.matcher(bans);
        assertThat(b.find()).as(bans).isTrue();
        assertThat(Double.parseDouble(b.group(3))).as(bans).isGreaterThanOrEqualTo(BANS_F1_FLOOR);
        assertThat(Double.parseDouble(b.group(4))).as(bans).isGreaterThanOrEqualTo(BANS_DATE_FLOOR);

        String actions = score(shared.resolve("tools/score_actions.py"), corpus.resolve("actions-gold.json"), out);
        Matcher a = ACTIONS.matcher(actions);
        assertThat(a.find()).as(actions).isTrue();
        assertThat(Double.parseDouble(a.group(3))).as(actions).isGreaterThanOrEqualTo(ACTIONS_F1_FLOOR);
    }

    private static String score(Path scorer, Path gold, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python(), scorer.toString(), gold.toString(), out.toString())
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "python3");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
