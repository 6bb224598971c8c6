package newskg.ingest.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import newskg.ingest.ExtractionJson;
import newskg.ingest.QualityGateRecorder;
import newskg.ingest.source.SeedFormat;
import newskg.model.Article;
import newskg.model.Event;
import newskg.model.Extraction;

/**
 * The event quality gate over every development corpus in ../shared/corpus: runs the NLP stage
 * (real CoreNLP) on each article, writes {@code target/quality/CORPUS.jsonl} in the
 * {@code extract --format jsonl} contract, scores it with ../shared/tools/score_bans.py,
 * score_actions.py and score_confidence.py, and fails when a figure falls below its floor in
 * {@code quality-floors.properties} (or, for ECE, rises above its ceiling). Skips, and says so
 * through {@link QualityGateRecorder}, when ../shared or python3 is absent.
 */
@ExtendWith(QualityGateRecorder.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevCorporaQualityIT {
    private static final Path OUT = Path.of("target", "quality");
    private static final Pattern FIGURE = Pattern.compile("\\b([A-Za-z@0-9.]+)=([0-9.]+)");

    private static Path shared;
    private static Properties floors;

    @BeforeAll
    static void setUp() throws IOException {
        shared = Path.of(System.getProperty("newskg.shared", "../../shared"));
        floors = new Properties();
        try (InputStream in = DevCorporaQualityIT.class.getResourceAsStream("quality-floors.properties")) {
            floors.load(in);
        }
        Files.createDirectories(OUT);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bans-dev", "bans-dev2", "bans-dev3", "actions-dev"})
    void meetsTheFloorsOfEachCorpus(String corpus) throws IOException, InterruptedException {
        Path dir = shared.resolve("corpus").resolve(corpus);
        assumeTrue(Files.isDirectory(dir), () -> "../shared/corpus/" + corpus + " is absent: gate skipped");
        assumeTrue(python() != null, "python3 is absent: gate skipped");
        Path out = extract(corpus, dir);
        if (Files.exists(dir.resolve("gold.json"))) {
            String bans = score("score_bans.py", dir.resolve("gold.json").toString(), out.toString());
            assertFloors(corpus + ".bans", bans, "F1", "date", "strictF1");
        }
        if (Files.exists(dir.resolve("actions-gold.json"))) {
            String actions = score("score_actions.py", dir.resolve("actions-gold.json").toString(), out.toString());
            assertFloors(corpus + ".actions", actions, "F1", "agent", "target", "fullF1");
        }
    }

    @Order(2)
    @Test
    void confidenceMeansWhatItSays() throws IOException, InterruptedException {
        List<String> args = new ArrayList<>();
        for (String corpus : List.of("bans-dev", "bans-dev2", "bans-dev3")) {
            Path gold = shared.resolve("corpus").resolve(corpus).resolve("gold.json");
            assumeTrue(Files.exists(gold), () -> gold + " is absent: gate skipped");
            assumeTrue(python() != null, "python3 is absent: gate skipped");
            Path out = OUT.resolve(corpus + ".jsonl");
            assertThat(out).as("written by meetsTheFloorsOfEachCorpus").exists();
            args.add(shared.resolve("corpus").resolve(corpus).resolve("gold.json").toString());
            args.add(out.toString());
        }
        String summary = score("score_confidence.py", args.toArray(String[]::new));
        assertThat(figure(summary, "ECE")).as(summary)
                .isLessThanOrEqualTo(Double.parseDouble(floors.getProperty("confidence.ECE.max")));
        assertThat(figure(summary, "P@0.7")).as(summary)
                .isGreaterThanOrEqualTo(Double.parseDouble(floors.getProperty("confidence.P@0.7")));
    }

    private static Path extract(String corpus, Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        for (Path f : files) {
            Article a = SeedFormat.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
            Extraction x = SharedAnalyzer.get().analyze(a);
            assertThat(x.problems()).as(f.toString()).isEmpty();
            for (Event e : x.events()) {
                assertThat(a.body().substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
            }
            lines.add(ExtractionJson.line(x));
        }
        Path out = OUT.resolve(corpus + ".jsonl");
        Files.write(out, lines, StandardCharsets.UTF_8);
        return out;
    }

    private static void assertFloors(String prefix, String summary, String... names) throws IOException {
        Files.writeString(OUT.resolve(prefix + ".score.txt"), summary + "\n");
        for (String name : names) {
            String floor = floors.getProperty(prefix + "." + name);
            assertThat(floor).as("floor %s.%s in quality-floors.properties", prefix, name).isNotNull();
            assertThat(figure(summary, name)).as("%s %s (floor %s): %s", prefix, name, floor, summary)
                    .isGreaterThanOrEqualTo(Double.parseDouble(floor));
        }
    }

    private static double figure(String summary, String name) {
        Matcher m = FIGURE.matcher(summary);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError("no " + name + " in '" + summary + "'");
    }

    /** Runs a scorer of ../shared/tools and returns its last line, the summary. */
    private static String score(String scorer, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(python(), shared.resolve("tools").resolve(scorer).toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(text).isZero();
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static String python() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, "python3");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
