package newskg.ingest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tue, 15 Aug 2023 09:30:00 GMT     | 2023-08-15T09:30:00Z",
        "Tue, 15 Aug 2023 09:30:00 +0200   | 2023-08-15T07:30:00Z",
        "15 Aug 2023 09:30 GMT             | 2023-08-15T09:30:00Z",
        "2023-08-15T09:30:00Z              | 2023-08-15T09:30:00Z",
        "2023-08-15T09:30:00.123+02:00     | 2023-08-15T07:30:00.123Z",
        "2023-08-15 09:30:00               | 2023-08-15T09:30:00Z",
        "2023-08-15                        | 2023-08-15T00:00:00Z"})
    void parses(String raw, String expected) {
        assertThat(Dates.parse(raw)).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"2099-13-45", "yesterday", "'   '", "Tue, 45 Foo 2023"})
    void rejects(String raw) {
        assertThat(Dates.parse(raw)).isEmpty();
    }
}
