package newskg.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.ingest.ExtractionJson;
import newskg.ingest.QualityGateRecorder;
import newskg.model.Extraction;

/**
 * The extraction quality gate (DESIGN §7): runs the extractor over the benchmarks in
 * {@code ../shared/benchmarks}, writes JSONL to {@code target/extract-eval/}, scores it with the
 * python scorers in {@code ../shared/tools} and fails when a figure drops more than the
 * tolerance below the one pinned in {@code eval-baseline.properties}. Skips when the shared
 * folder or python3 is absent, and says so through {@link QualityGateRecorder}. No benchmark text is
 * copied into the project.
 */
@ExtendWith(QualityGateRecorder.class)
class ExtractionBenchmarksIT {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionBenchmarksIT.class);
    private static final Path OUT = Path.of("target", "extract-eval");

    private static Path shared;
    private static Properties baseline;
    private final HtmlArticleExtractor extractor = HtmlArticleExtractor.create();

    @BeforeAll
    static void setUp() throws IOException {
        String prop = System.getProperty("newskg.shared", "../../shared");
        shared = Path.of(prop);
        baseline = new Properties();
        try (InputStream in = ExtractionBenchmarksIT.class.getResourceAsStream("eval-baseline.properties")) {
            baseline.load(in);
        }
        Files.createDirectories(OUT);
    }

    @Test
    void zyteArticleBodies() throws IOException, InterruptedException {
        Path bench = requireDir("benchmarks/article-extraction");
        Path jsonl = extractAll("articles", List.of(bench.resolve("html")));
        String summary = score("score_articles.py", bench.resolve("ground-truth.json").toString(), jsonl.toString());
        assertFigure(summary, "articles", "F1");
    }

    @Test
    void htmldatePublicationDates() throws IOException, InterruptedException {
        Path bench = requireDir("benchmarks/date-extraction");
        Path jsonl = extractAll("dates", List.of(bench.resolve("bbaw"), bench.resolve("mediacloud")));
        String summary = score("score_dates.py", bench.resolve("eval_default.json").toString(),
                bench.resolve("eval_mediacloud_2020.json").toString(), "--", jsonl.toString());
        assertFigure(summary, "dates", "F");
    }

    @Test
    void trafilaturaSnippets() throws IOException, InterruptedException {
        Path bench = requireDir("benchmarks/trafilatura-eval");
        Path jsonl = extractAll("snippets", List.of(bench.resolve("pages")));
        String summary = score("score_snippets.py", bench.resolve("evaldata.json").toString(), jsonl.toString());
        assertFigure(summary, "snippets", "F");
    }

    private static Path requireDir(String relative) {
        Path p = shared.resolve(relative);
        assumeTrue(Files.isDirectory(p), () -> "benchmark absent: " + p);
        assumeTrue(python3Available(), "python3 is not available");
        return p;
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Extracts every page below the folders (plain or gzipped HTML) into one JSONL file. */
    private Path extractAll(String name, List<Path> dirs) throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().matches(".*\\.html?(\\.gz)?$")
                        || p.getFileName().toString().endsWith(".gz")).sorted().forEach(pages::add);
            }
        }
        Path jsonl = OUT.resolve(name + ".jsonl");
        long nanos = 0;
        try (Writer w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            for (Path page : pages) {
                byte[] bytes = read(page);
                long t0 = System.nanoTime();
                ArticleResult r = extractor.extract(page.toString(), Optional.empty(), bytes, Optional.empty());
                nanos += System.nanoTime() - t0;
                if (r instanceof ArticleResult.Ok ok) {
                    w.write(ExtractionJson.line(Extraction.withoutEvents(ok.article(), ok.warnings())));
                    w.write('\n');
                }
            }
        }
        double perSecond = pages.size() / (nanos / 1e9);
        String speed = String.format(java.util.Locale.ROOT, "%s: %d pages, %.1f pages/s (extraction only)%n",
                name, pages.size(), perSecond);
        Files.writeString(OUT.resolve(name + ".speed.txt"), speed);
        LOG.info(speed.strip());
        return jsonl;
    }

    private static byte[] read(Path page) {
        try {
            byte[] raw = Files.readAllBytes(page);
            if (page.toString().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                    return in.readAllBytes();
                }
            }
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }

    /** Runs a scorer and returns its last line, the summary. */
    private static String score(String scorer, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", shared.resolve("tools").resolve(scorer).toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("scorer finished").isTrue();
        assertThat(p.exitValue()).as("scorer exit status; output:%n%s", out).isZero();
        String[] lines = out.strip().split("\n");
        String summary = lines[lines.length - 1];
        LOG.info(summary);
        return summary;
    }

    private static void assertFigure(String summary, String name, String figure) throws IOException {
        Files.writeString(OUT.resolve(name + ".score.txt"), summary + "\n");
        Matcher m = Pattern.compile("\\b" + figure + "=([0-9.]+)").matcher(summary);
        assertThat(m.find()).as("figure %s in '%s'", figure, summary).isTrue();
        double reached = Double.parseDouble(m.group(1));
        double pinned = Double.parseDouble(baseline.getProperty(name + "." + figure));
        double tolerance = Double.parseDouble(baseline.getProperty("tolerance"));
        assertThat(reached).as("%s %s (pinned %s): %s", name, figure, pinned, summary)
                .isGreaterThanOrEqualTo(pinned - tolerance - 1e-9);
    }
}
