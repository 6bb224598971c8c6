package newskg.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import newskg.model.Problem;

/** Pages built to break parsers: none may throw, hang or exhaust the stack. */
class HostileInputTest {
    private final HtmlArticleExtractor extractor = HtmlArticleExtractor.builder().maxBytes(2 * 1024 * 1024).build();

    private ArticleResult run(byte[] bytes) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> extractor.extract("hostile.html", Optional.empty(), bytes, Optional.empty()));
    }

    @Test
    void emptyPageFails() {
        ArticleResult r = run(new byte[0]);
        assertThat(r).isInstanceOf(ArticleResult.Failed.class);
        assertThat(r.problems()).extracting(Problem::stage).containsExactly(Problem.Stage.EXTRACT);
    }

    @Test
    void binaryBytesFail() {
        byte[] bytes = new byte[100_000];
        new Random(42).nextBytes(bytes);
        assertThat(run(bytes)).isInstanceOf(ArticleResult.Failed.class);
    }

    @Test
    void invalidUtf8DoesNotThrow() {
        byte[] bytes = new byte[20_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + i % 60);
        }
        byte[] html = ("<html><body><p>" + new String(bytes, StandardCharsets.ISO_8859_1) + "</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(run(html)).isNotNull();
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        int depth = 100_000;
        StringBuilder b = new StringBuilder("<html><body>");
        b.append("<div>".repeat(depth)).append("<p>Deep text, with a comma, and more words to score.</p>")
                .append("</div>".repeat(depth)).append("</body></html>");
        ArticleResult r = run(b.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(r).isNotNull();
        b.setLength(0);
        b.append("<html><body>").append("<span><b><i>".repeat(depth / 3)).append("x");
        assertThat(run(b.toString().getBytes(StandardCharsets.UTF_8))).isNotNull();
    }

    @Test
    void deeplyNestedContainersAndQuotesStayLinear() {
        int depth = 30_000;
        String para = "<p>Some text, with commas, long enough to be scored as a paragraph of prose.</p>";
        String html = "<html><body>" + "<div class=\"article-body\" itemprop=\"articleBody\">".repeat(depth) + para
                + "</div>".repeat(depth) + "<blockquote>".repeat(depth) + para + "</blockquote>".repeat(depth)
                + "<div class=\"share\">".repeat(depth) + para + "</div>".repeat(depth) + "</body></html>";
        assertThat(run(html.getBytes(StandardCharsets.UTF_8))).isNotNull();
    }

    @Test
    void hugePageIsCutWithAWarning() {
        byte[] para = "<p>All work and no play makes a page very long indeed, over and over again.</p>\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[50 * 1024 * 1024];
        for (int i = 0; i + para.length <= bytes.length; i += para.length) {
            System.arraycopy(para, 0, bytes, i, para.length);
        }
        Arrays.fill(bytes, bytes.length - bytes.length % para.length, bytes.length, (byte) ' ');
        ArticleResult r = run(bytes);
        assertThat(r).isInstanceOf(ArticleResult.Ok.class);
        assertThat(r.problems()).extracting(Problem::message).anyMatch(m -> m.contains("cut to"));
    }

    @Test
    void unclosedAndGarbledMarkupIsTolerated() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": [\"NewsArticle\", {\"x\": "
                + "</script><meta property=article:published_time content=><body><p>Text <b>bold <i>both</p>"
                + "<table><tr><td><p>cell text</td></tr>" + "<<<>>>&&&;;".repeat(1000);
        assertThat(run(html.getBytes(StandardCharsets.UTF_8))).isNotNull();
    }
}
