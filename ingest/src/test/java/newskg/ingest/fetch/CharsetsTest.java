package newskg.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharsetsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<meta charset=\"shift_jis\"><p>x</p>                                   | Shift_JIS",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"> | KOI8-R",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><rss/>                   | ISO-8859-2",
        "<meta charset=latin1>                                                    | windows-1252",
        "<meta charset=\"utf-16\">                                                | UTF-8",
        "<p>plain ascii</p>                                                       | UTF-8"})
    void detectsFromMarkup(String head, String expected) {
        assertThat(Charsets.detect(head.getBytes(StandardCharsets.US_ASCII), Optional.empty()).name()).isEqualTo(expected);
    }

    @Test
    void bomWinsOverHeaderAndHeaderOverMeta() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(Charsets.detect(bom, Optional.of(Charset.forName("windows-1252")))).isEqualTo(StandardCharsets.UTF_8);
        byte[] meta = "<meta charset=koi8-r>".getBytes(StandardCharsets.US_ASCII);
        assertThat(Charsets.detect(meta, Optional.of(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void sniffsUtf8ElseWindows1252() {
        assertThat(Charsets.detect("caf\u00e9 \u20ac".getBytes(StandardCharsets.UTF_8), Optional.empty()))
                .isEqualTo(StandardCharsets.UTF_8);
        byte[] latin = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Charsets.detect(latin, Optional.empty()).name()).isEqualTo("windows-1252");
    }

    @Test
    void invalidUtf8DecodesWithoutException() {
        byte[] broken = {'<', 'p', '>', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '<', '/', 'p', '>'};
        FetchedPage p = FetchedPage.of(URI.create("http://x.test/"), 200,
                Map.of("Content-Type", List.of("text/html; charset=utf-8")), broken, Instant.EPOCH);
        assertThat(p.text()).startsWith("<p>").endsWith("</p>");
    }

    @Test
    void unknownDeclaredCharsetIsIgnored() {
        FetchedPage p = FetchedPage.of(URI.create("http://x.test/"), 200,
                Map.of("Content-Type", List.of("text/html; charset=\"no-such-charset\"")),
                "caf\u00e9".getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        assertThat(p.charset()).isEmpty();
        assertThat(p.text()).isEqualTo("caf\u00e9");
    }

    @Test
    void fetchedPageCopiesItsBodyAndComparesByContent() {
        byte[] body = "<p>a</p>".getBytes(StandardCharsets.UTF_8);
        FetchedPage p = FetchedPage.of(URI.create("http://x.test/"), 200, Map.of(), body, Instant.EPOCH);
        body[0] = 'X';
        assertThat(p.body()[0]).isEqualTo((byte) '<');
        p.body()[1] = 'Y';
        assertThat(p.body()[1]).isEqualTo((byte) 'p');
        FetchedPage q = FetchedPage.of(URI.create("http://x.test/"), 200, Map.of(),
                "<p>a</p>".getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        assertThat(p).isEqualTo(q).hasSameHashCodeAs(q);
    }
}
