package newskg.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * gzip and deflate decoding with a cap on the decoded size, so that a small compressed body that
 * inflates to gigabytes (a gzip bomb) costs at most {@code cap + 1} bytes of memory.
 *
 * <pre>{@code
 * Decompression.Result r = Decompression.gunzip(bytes, 50L << 20);
 * if (r instanceof Decompression.Result.Ok ok) parse(ok.bytes());
 * }</pre>
 */
public final class Decompression {

    private Decompression() {
    }

    /** The decoded bytes, or why not. */
    public sealed interface Result {
        /** Decoded within the cap. */
        record Ok(byte[] bytes) implements Result {
            public Ok {
                bytes = bytes.clone();
            }

            @Override
            public byte[] bytes() {
                return bytes.clone();
            }
        }

        /** Broken data, or more than the cap once decoded. */
        record Error(String reason) implements Result {
        }
    }

    /** Whether {@code bytes} starts with the gzip magic number (RFC 1952 §2.3.1). */
    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /** Decodes gzip (all members, RFC 1952) up to {@code cap} bytes. */
    public static Result gunzip(byte[] compressed, long cap) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 8192)) {
            return copyCapped(in, cap, "gzip");
        } catch (EOFException e) {
            return new Result.Error("truncated gzip data");
        } catch (ZipException e) {
            return new Result.Error("bad gzip data: " + e.getMessage());
        } catch (IOException e) {
            return new Result.Error("bad gzip data: " + e);
        }
    }

    /**
     * Decodes HTTP "deflate" (RFC 9110 §8.4.1.2: a zlib stream, RFC 1950), falling back to raw
     * deflate because many servers send that instead.
     */
    public static Result inflate(byte[] compressed, long cap) {
        Result zlib = inflate(compressed, cap, false);
        if (zlib instanceof Result.Ok) {
            return zlib;
        }
        Result raw = inflate(compressed, cap, true);
        return raw instanceof Result.Ok ? raw : zlib;
    }

    private static Result inflate(byte[] compressed, long cap, boolean raw) {
        Inflater inflater = new Inflater(raw);
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return new Result.Error("truncated deflate data");
                }
                out.write(buf, 0, n);
                if (out.size() > cap) {
                    return new Result.Error("deflate body inflates past " + cap + " bytes");
                }
            }
            return new Result.Ok(out.toByteArray());
        } catch (DataFormatException e) {
            return new Result.Error("bad deflate data: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private static Result copyCapped(InputStream in, long cap, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > cap) {
                return new Result.Error(what + " body inflates past " + cap + " bytes");
            }
        }
        return new Result.Ok(out.toByteArray());
    }
}
