package newskg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Records how each quality-gate test ended in {@code target/quality-gates/CLASS.METHOD.txt}:
 * {@code passed}, {@code failed: ...} or {@code skipped: REASON}. A gate skips cleanly where
 * ../shared is absent (a user's clone); {@code .ci/run} reads these files and fails when a gate
 * skipped although ../shared is there, so that a gate can never be silently off in CI.
 *
 * <pre>{@code
 * @ExtendWith(QualityGateRecorder.class)
 * class ExtractionBenchmarksIT { ... }
 * }</pre>
 */
public final class QualityGateRecorder implements TestWatcher {
    static final Path DIR = Path.of("target", "quality-gates");

    @Override
    public void testSuccessful(ExtensionContext context) {
        write(context, "passed");
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        write(context, "skipped: " + firstLine(cause));
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        write(context, "failed: " + firstLine(cause));
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        write(context, "skipped: disabled " + reason.orElse(""));
    }

    private static String firstLine(Throwable t) {
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static void write(ExtensionContext context, String status) {
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
                .replaceAll("[^A-Za-z0-9._-]+", "_");
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(name + ".txt"), status + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record quality gate " + name, e);
        }
    }
}
