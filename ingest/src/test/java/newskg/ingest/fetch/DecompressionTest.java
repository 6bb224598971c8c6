package newskg.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecompressionTest {

    @Test
    void gunzipWithinTheCap() {
        byte[] gz = TestServer.gzip("hello".getBytes(StandardCharsets.UTF_8));
        assertThat(Decompression.isGzip(gz)).isTrue();
        assertThat(Decompression.gunzip(gz, 100)).isInstanceOfSatisfying(Decompression.Result.Ok.class,
                ok -> assertThat(new String(ok.bytes(), StandardCharsets.UTF_8)).isEqualTo("hello"));
    }

    @Test
    void bombTruncationAndGarbageAreErrors() {
        assertThat(Decompression.gunzip(TestServer.gzipZeros(4L << 20), 1 << 20)).isInstanceOf(Decompression.Result.Error.class);
        byte[] gz = TestServer.gzip("hello hello hello".getBytes(StandardCharsets.UTF_8));
        assertThat(Decompression.gunzip(java.util.Arrays.copyOf(gz, 10), 100)).isInstanceOf(Decompression.Result.Error.class);
        assertThat(Decompression.gunzip(new byte[] {1, 2, 3}, 100)).isInstanceOf(Decompression.Result.Error.class);
        assertThat(Decompression.inflate(new byte[] {1, 2, 3}, 100)).isInstanceOf(Decompression.Result.Error.class);
    }

    @Test
    void rawDeflateIsAcceptedToo() {
        java.util.zip.Deflater d = new java.util.zip.Deflater(6, true);
        d.setInput("raw deflate".getBytes(StandardCharsets.UTF_8));
        d.finish();
        byte[] buf = new byte[100];
        int n = d.deflate(buf);
        d.end();
        assertThat(Decompression.inflate(java.util.Arrays.copyOf(buf, n), 100))
                .isInstanceOfSatisfying(Decompression.Result.Ok.class,
                        ok -> assertThat(new String(ok.bytes(), StandardCharsets.UTF_8)).isEqualTo("raw deflate"));
    }
}
