package newskg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeValueTest {

    @ParameterizedTest
    @CsvSource({
        "2023-08-06, 2023-08-06, DAY,   2023-08-06",
        "2023-W33,   2023-08-14, WEEK,  2023-08-20",
        "2020-W53,   2020-12-28, WEEK,  2021-01-03",
        "2023-08,    2023-08-01, MONTH, 2023-08-31",
        "2024-02,    2024-02-01, MONTH, 2024-02-29",
        "2018,       2018-01-01, YEAR,  2018-12-31",
    })
    void parsesEachPrecisionAndPrintsItBack(String iso, LocalDate start, Precision p, LocalDate end) {
        TimeValue t = TimeValue.parse(iso, "").orElseThrow();
        assertThat(t.start()).isEqualTo(start);
        assertThat(t.precision()).isEqualTo(p);
        assertThat(t.end()).isEqualTo(end);
        assertThat(t.iso()).isEqualTo(iso);
    }

    @ParameterizedTest
    @CsvSource({"2099-13-45", "2023-W54", "2023-00", "yesterday", "PRESENT_REF", "2023-08-15TMO", "''"})
    void rejectsWhatIsNotADateAtAKnownPrecision(String iso) {
        assertThat(TimeValue.parse(iso, "")).isEmpty();
    }

    @Test
    void weekOfADayIsItsIsoWeek() {
        assertThat(TimeValue.weekOf(LocalDate.of(2023, 8, 15), "").iso()).isEqualTo("2023-W33");
        assertThat(TimeValue.weekOf(LocalDate.of(2021, 1, 1), "").iso()).isEqualTo("2020-W53");
    }
}
