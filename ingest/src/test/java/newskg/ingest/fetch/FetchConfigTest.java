package newskg.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FetchConfigTest {

    @Test
    void defaultsArePoliteAndSafe() {
        FetchConfig c = FetchConfig.defaults();
        assertThat(c.allowPrivate()).isFalse();
        assertThat(c.hostDelay()).isPositive();
        assertThat(c.userAgent()).startsWith("newskg/");
        assertThat(c.robotsName()).isEqualTo("newskg");
        assertThat(c.maxRedirects()).isGreaterThanOrEqualTo(5); // RFC 9309 §2.3.1.2
    }

    @Test
    void propertiesApplyUnderTheirNamespace() {
        FetchConfig c = FetchConfig.defaults().withProperties(Map.of(
                "ingest.fetch.delay", "PT2S",
                "ingest.fetch.userAgent", "MyBot/2.0 (+https://example.org)",
                "ingest.fetch.maxBodyBytes", "1000",
                "ingest.fetch.allowPrivate", "true",
                "store.location", "/elsewhere"));
        assertThat(c.hostDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.robotsName()).isEqualTo("mybot");
        assertThat(c.maxBodyBytes()).isEqualTo(1000);
        assertThat(c.allowPrivate()).isTrue();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"ingest.fetch.delay, 2 seconds", "ingest.fetch.nosuch, 1", "ingest.fetch.maxRedirects, -1",
        "ingest.fetch.allowPrivate, yes", "ingest.fetch.readTimeout, PT0S", "ingest.fetch.hostConcurrency, 0"})
    void badKeysAndValuesFailFast(String key, String value) {
        assertThatThrownBy(() -> FetchConfig.defaults().withProperties(Map.of(key, value)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
