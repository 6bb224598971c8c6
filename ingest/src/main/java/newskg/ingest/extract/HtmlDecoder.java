package newskg.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text. The order follows the HTML encoding-sniffing algorithm
 * (WHATWG HTML §13.2.3.2) in simplified form: the transport-layer charset (HTTP header) wins,
 * then a byte-order mark, then a {@code <meta charset>} or {@code http-equiv} declaration in
 * the first bytes, then sniffing: bytes that are valid UTF-8 are UTF-8, anything else is
 * windows-1252 (what browsers assume for legacy Western pages).
 */
final class HtmlDecoder {
    /** How far a meta declaration is looked for; the spec's pre-scan looks at 1024 bytes, pages in the wild need more. */
    private static final int META_SCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,400}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the charset that was used, with where it came from. */
    record Decoded(String text, Charset charset, String origin) {
    }

    private HtmlDecoder() {
    }

    static Decoded decode(byte[] bytes, Optional<String> declared) {
        Optional<Charset> fromHeader = declared.flatMap(HtmlDecoder::lookup);
        if (fromHeader.isPresent()) {
            return new Decoded(decodeWith(bytes, 0, fromHeader.get()), fromHeader.get(), "declared");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(decodeWith(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(decodeWith(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(decodeWith(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
        }
        Optional<Charset> fromMeta = metaCharset(bytes);
        if (fromMeta.isPresent()) {
            return new Decoded(decodeWith(bytes, 0, fromMeta.get()), fromMeta.get(), "meta");
        }
        Charset sniffed = isValidUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new Decoded(decodeWith(bytes, 0, sniffed), sniffed, "sniffed");
    }

    static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Optional<Charset> cs = lookup(m.group(1));
            if (cs.isPresent()) {
                // A page that is already bytes cannot be UTF-16 in the way its meta claims (spec: treat as UTF-8).
                String name = cs.get().name();
                return Optional.of(name.startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs.get());
            }
        }
        return Optional.empty();
    }

    /**
     * Maps a label to a charset. As the WHATWG Encoding Standard does, the Latin-1 and ASCII labels
     * mean windows-1252, whose extra characters (curly quotes, dashes) legacy pages rely on.
     */
    static Optional<Charset> lookup(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.isEmpty()) {
            return Optional.empty();
        }
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii")
                || l.equals("iso8859-1") || l.equals("l1")) {
            return Optional.of(WINDOWS_1252);
        }
        if (l.equals("utf8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(l));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the bytes are UTF-8. An incomplete sequence at the very end is allowed, because
     * capped pages are cut at an arbitrary byte.
     */
    static boolean isValidUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, false);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return in.remaining() < 4;
            }
            out.clear();
        }
    }

    private static String decodeWith(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            // Unreachable with REPLACE, kept so that a broken charset provider degrades to Latin-1 text.
            return new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
