package newskg.queries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium}) run as a process. The flags keep it off the
 * network beyond the page under test (TECH-NOTES §G); a fresh profile per run.
 */
final class Chromium {
    private Chromium() {
    }

    /** The browser, or empty when it is not installed (the tests then skip). */
    static Optional<Path> find() {
        for (String name : new String[] {"chromium", "chromium-browser", "google-chrome"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    static List<String> flags(Path profile) {
        return List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    }

    /** The DOM after the page's scripts ran (fetches included). */
    static String dumpDom(Path browser, Path profile, String url) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(browser.toString());
        cmd.addAll(flags(profile));
        cmd.add("--virtual-time-budget=15000");
        cmd.add("--dump-dom");
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish: " + url);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    static void screenshot(Path browser, Path profile, String url, Path png) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(browser.toString());
        cmd.addAll(flags(profile));
        cmd.add("--virtual-time-budget=15000");
        cmd.add("--hide-scrollbars");
        cmd.add("--window-size=1400,900");
        cmd.add("--screenshot=" + png.toAbsolutePath());
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish: " + url);
        }
    }
}
