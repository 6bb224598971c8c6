package newskg.queries;

import static newskg.queries.Web.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline page and the query page in headless Chromium, against a real server on port 0.
 * Skips when Chromium is not installed (Debian: {@code apt-get install chromium chromium-driver}).
 */
class PagesIT {
    private static NewsEndpoint endpoint;
    private Path browser;
    @TempDir
    Path profile;

    @BeforeAll
    static void start() {
        endpoint = NewsEndpoint.builder(Fixtures.events()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    @BeforeEach
    void needsChromium() {
        browser = Chromium.find().orElse(null);
        assumeTrue(browser != null, "chromium is not installed");
    }

    private String dom(String path) throws IOException, InterruptedException {
        String dom = Chromium.dumpDom(browser, profile, endpoint.baseUrl() + path);
        assertThat(dom).as("page %s finished its scripts", path).contains("data-ready=\"true\"");
        return dom;
    }

    private static int count(String dom, String regex) {
        Matcher m = Pattern.compile(regex).matcher(dom);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theTimelineHasARowPerCountryAndPlatformBarsForPeriodsAndMarkersForEvents() throws IOException, InterruptedException {
        String dom = dom("/");
        assertThat(count(dom, "class=\"row\" data-country")).isEqualTo(3);
        assertThat(dom).contains("data-country=\"RU\" data-platform=\"Telegram\"")
                .contains("data-country=\"XB\" data-platform=\"TikTok\"").contains("data-country=\"XB\" data-platform=\"X\"");
        assertThat(count(dom, "class=\"bar ban ended\"")).isEqualTo(1);
        assertThat(count(dom, "class=\"bar ban ongoing\"")).isEqualTo(1);
        assertThat(count(dom, "class=\"marker (ban|lift|threaten)\"")).isEqualTo(4);
        assertThat(count(dom, "<tr class=\"period\">")).isEqualTo(2);
        // the periods table links its sources
        assertThat(dom).contains("href=\"https://news.example.org/2023/08/15/ruritania-telegram\"")
                // a source given as a path links to the stored article's page
                .contains("<a class=\"source\" href=\"/id/article/00000000000000b2\">fixtures/second.txt</a>");
        // the filter lists come from the data
        assertThat(dom).contains("<option value=\"TikTok\">TikTok</option>").contains("<option value=\"XB\">XB</option>");
    }

    @Test
    void filtersInTheAddressNarrowTheTimeline() throws IOException, InterruptedException {
        String tiktok = dom("/?platform=TikTok");
        assertThat(count(tiktok, "class=\"row\" data-country")).isEqualTo(1);
        assertThat(count(tiktok, "class=\"bar ban ongoing\"")).isEqualTo(1);
        assertThat(tiktok).contains("<option value=\"TikTok\" selected=\"\">");
        String ru = dom("/?country=RU&from=2023-08-10&to=2023-08-31");
        assertThat(count(ru, "class=\"row\" data-country")).isEqualTo(1);
        assertThat(count(ru, "class=\"marker (ban|lift|threaten)\"")).isEqualTo(2);
        assertThat(ru).contains("value=\"2023-08-10\"");
        String none = dom("/?from=2030-01-01");
        assertThat(none).contains("No platform events match these filters.");
        // a minimum confidence drops the doubtful threat of X (0.6) and keeps the rest
        String confident = dom("/?minConfidence=0.85");
        assertThat(count(confident, "class=\"marker (ban|lift|threaten)\"")).isLessThan(4);
        assertThat(confident).doesNotContain("data-platform=\"X\"").contains("value=\"0.85\"");
    }

    @Test
    void theQueryPageListsTheNamedQueriesAndRunsOneWithItsParameters() throws IOException, InterruptedException {
        String dom = dom("/query.html?name=bans&run=1&country=XB");
        assertThat(count(dom, "<li data-i=")).isEqualTo(QueryCatalog.shipped().all().size());
        assertThat(dom).contains("Bans by platform, country and period").contains("<table class=\"grid results\">");
        assertThat(dom).contains("TikTok").contains("href=\"/id/event/ban-third\"");
        assertThat(dom).contains("1 rows in");
    }

    @Test
    void theSparqlEditorRunsAQuery() throws IOException, InterruptedException {
        String q = "SELECT ?h { ?a <https://schema.org/headline> ?h } ORDER BY ?h";
        String dom = dom("/query.html?run=1&sparql=" + enc(q));
        assertThat(dom).contains("<th>h</th>").contains("Borduria blocks TikTok and warns X").contains("3 rows in");
    }

    @Test
    void aResourcePageRenders() throws IOException, InterruptedException {
        String dom = Chromium.dumpDom(browser, profile, endpoint.baseUrl() + "/id/event/ban-third");
        assertThat(dom).contains("<h2>Evidence</h2>").contains("citing the safety of children");
    }

    @Test
    void clickingAMarkerShowsTheEvidenceAndTheFormFilters() throws IOException, InterruptedException {
        var driver = WebDriver.findDriver();
        assumeTrue(driver.isPresent(), "chromedriver (chromium-driver) is not installed");
        try (WebDriver web = WebDriver.start(driver.get(), browser, profile)) {
            web.open(endpoint.baseUrl() + "/");
            web.waitFor("return document.body.dataset.ready === 'true'");
            web.click(".row[data-platform='TikTok'] .marker.ban");
            String details = web.script("return document.getElementById('details').innerHTML").asText();
            assertThat(details).contains("<blockquote class=\"evidence\">Borduria's telecom regulator blocked TikTok on Sunday")
                    .contains("confidence 0.90")
                    .contains("href=\"/id/event/ban-third\"")
                    .contains("href=\"https://news.example.org/2024/03/04/borduria-tiktok\"");
            web.click(".row[data-platform='Telegram'] .bar");
            assertThat(web.script("return document.getElementById('details').textContent").asText())
                    .contains("Telegram ban in RU: 2023-08-14 to 2023-08-18").contains("Lifted by");
            // Pick a platform in the form and apply: one row is left, and the address says why.
            web.script("document.getElementById('f-platform').value = 'X'; return true");
            web.script("document.body.dataset.ready = 'no'; return true");
            web.click("#filters button[type=submit]");
            web.waitFor("return document.body.dataset.ready === 'true'");
            assertThat(web.script("return document.querySelectorAll('.row').length").asInt()).isEqualTo(1);
            assertThat(web.script("return location.search").asText()).isEqualTo("?platform=X");
            assertThat(web.script("return document.querySelector('.marker').className").asText()).isEqualTo("marker threaten");
        }
    }

    /** Writes a screenshot when asked to ({@code -Dnewskg.screenshot=FILE}), for the README. */
    @Test
    void screenshotOnRequest() throws IOException, InterruptedException {
        String target = System.getProperty("newskg.screenshot", "");
        assumeTrue(!target.isEmpty(), "no screenshot requested");
        Path png = Path.of(target);
        Chromium.screenshot(browser, profile, endpoint.baseUrl() + "/", png);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
