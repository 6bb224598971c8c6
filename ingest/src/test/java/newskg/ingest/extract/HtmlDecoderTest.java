package newskg.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlDecoderTest {
    private static final String TEXT = "<p>Caf\u00e9 \u201cquoted\u201d</p>";

    @ParameterizedTest(name = "{0} declared={1} meta={2} -> {3} ({4})")
    @CsvSource(nullValues = "-", value = {
        // bytes encoded in, HTTP header charset, <meta charset>, expected charset, origin
        "UTF-8,        utf-8,        -,            UTF-8,        declared",
        "windows-1252, iso-8859-1,   -,            windows-1252, declared",
        "windows-1252, -,            windows-1252, windows-1252, meta",
        "windows-1252, -,            latin1,       windows-1252, meta",
        "UTF-8,        -,            utf-8,        UTF-8,        meta",
        "UTF-8,        -,            utf-16,       UTF-8,        meta",
        "UTF-8,        -,            -,            UTF-8,        sniffed",
        "windows-1252, -,            -,            windows-1252, sniffed",
        "windows-1252, no-such-cs,   -,            windows-1252, sniffed",
    })
    void choosesTheCharsetInOrderOfPrecedence(String encodeIn, String declared, String meta, String expected,
                                              String origin) {
        String html = (meta == null ? "" : "<meta charset=\"" + meta + "\">") + TEXT;
        byte[] bytes = html.getBytes(Charset.forName(encodeIn));
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, Optional.ofNullable(declared));
        assertThat(d.charset().name()).isEqualTo(expected);
        assertThat(d.origin()).isEqualTo(origin);
        assertThat(d.text()).contains(TEXT);
    }

    @Test
    void byteOrderMarkBeatsMeta() {
        byte[] body = ("<meta charset=windows-1252>" + TEXT).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, Optional.empty());
        assertThat(d.origin()).isEqualTo("bom");
        assertThat(d.text()).startsWith("<meta").contains(TEXT);
    }

    @Test
    void httpEquivDeclarationIsRead() {
        byte[] bytes = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">" + TEXT)
                .getBytes(Charset.forName("ISO-8859-15"));
        assertThat(HtmlDecoder.decode(bytes, Optional.empty()).charset().name()).isEqualTo("ISO-8859-15");
    }

    @Test
    void utf8CutInTheMiddleOfACharacterIsStillUtf8() {
        byte[] full = "<p>\u00e9t\u00e9 \u20ac</p>".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(full, full.length - 6);
        assertThat(HtmlDecoder.isValidUtf8(cut)).isTrue();
        assertThat(HtmlDecoder.isValidUtf8(new byte[] {'a', (byte) 0xC3, 'b'})).isFalse();
    }

    @Test
    void invalidBytesAreReplacedNotThrown() {
        byte[] bytes = {'<', 'p', '>', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, '<', '/', 'p', '>'};
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, Optional.of("utf-8"));
        assertThat(d.text()).startsWith("<p>").endsWith("</p>");
    }
}
