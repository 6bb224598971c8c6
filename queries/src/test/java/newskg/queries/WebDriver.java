package newskg.queries;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A minimal W3C WebDriver client for Debian's {@code chromedriver} (package chromium-driver):
 * enough to open a page, click and read the DOM, without pulling Selenium into the build.
 */
final class WebDriver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private final Process driver;
    private final String session;
    private final HttpClient http = HttpClient.newHttpClient();

    private WebDriver(Process driver, String session) {
        this.driver = driver;
        this.session = session;
    }

    static Optional<Path> findDriver() {
        for (String p : new String[] {"/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"}) {
            if (Files.isExecutable(Path.of(p))) {
                return Optional.of(Path.of(p));
            }
        }
        return Optional.empty();
    }

    static WebDriver start(Path chromedriver, Path browser, Path profile) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(chromedriver.toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        ObjectNode caps = JSON.createObjectNode();
        ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
        ObjectNode chrome = always.putObject("goog:chromeOptions");
        chrome.put("binary", browser.toString());
        List<String> args = new java.util.ArrayList<>(Chromium.flags(profile));
        args.add("--window-size=1400,900");
        args.forEach(chrome.putArray("args")::add);
        JsonNode created = call(http, "POST", base + "/session", caps);
        return new WebDriver(p, base + "/session/" + created.at("/value/sessionId").asText());
    }

    void open(String url) throws IOException, InterruptedException {
        call(http, "POST", session + "/url", JSON.createObjectNode().put("url", url));
    }

    /** Runs a script in the page and returns its result. */
    JsonNode script(String js) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("script", js);
        body.putArray("args");
        return call(http, "POST", session + "/execute/sync", body).get("value");
    }

    /** Waits until the script returns true. */
    void waitFor(String js) throws IOException, InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            if (script(js).asBoolean(false)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out waiting for: " + js);
    }

    void click(String css) throws IOException, InterruptedException {
        JsonNode el = call(http, "POST", session + "/element",
                JSON.createObjectNode().put("using", "css selector").put("value", css));
        String id = el.at("/value/" + ELEMENT).asText();
        call(http, "POST", session + "/element/" + id + "/click", JSON.createObjectNode());
    }

    private static JsonNode call(HttpClient http, String method, String url, JsonNode body)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("webdriver " + url + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        try {
            http.send(HttpRequest.newBuilder(URI.create(session)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // The browser may already be gone; the driver process is ended below either way.
            driver.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        driver.destroy();
    }
}
