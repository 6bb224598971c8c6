package newskg.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the charset of a fetched body, in the order of the WHATWG encoding sniffing algorithm
 * (HTML §13.2.3.2): byte order mark, then the transport's declaration, then a {@code <meta>} or
 * XML declaration in the first 1024 bytes, then strict UTF-8 if it decodes, else windows-1252.
 *
 * <pre>{@code
 * Charset cs = Charsets.detect(bytes, Optional.empty());
 * String text = new String(bytes, cs);
 * }</pre>
 */
public final class Charsets {

    /** How far into the body a {@code <meta charset>} is looked for (WHATWG prescan: 1024 bytes). */
    static final int PRESCAN = 1024;

    private static final Pattern META = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECL = Pattern.compile(
            "^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private Charsets() {
    }

    /** The charset to decode {@code body} with; never null. */
    public static Charset detect(byte[] body, Optional<Charset> declared) {
        Optional<Charset> bom = bom(body);
        if (bom.isPresent()) {
            return bom.get();
        }
        if (declared.isPresent()) {
            return declared.get();
        }
        String head = new String(body, 0, Math.min(body.length, PRESCAN), StandardCharsets.ISO_8859_1);
        for (Pattern p : new Pattern[] {META, XML_DECL}) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                Optional<Charset> cs = forName(m.group(1));
                if (cs.isPresent()) {
                    // A page cannot declare UTF-16 in ASCII-compatible bytes; WHATWG maps that to UTF-8.
                    return cs.get().name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs.get();
                }
            }
        }
        return isUtf8(body) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
    }

    /** A charset by label, with the WHATWG rule that ISO-8859-1 and US-ASCII mean windows-1252. */
    public static Optional<Charset> forName(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii")) {
            l = "windows-1252";
        }
        try {
            return Optional.of(Charset.forName(l));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    static Optional<Charset> bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
