package newskg.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
    private final DateParser parser = new DateParser(LocalDate.of(1995, 1, 1), LocalDate.of(2030, 1, 1));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2023-08-15T10:22:00+02:00 | 2023-08-15",
        "2023-08-15 | 2023-08-15",
        "2023/8/5 | 2023-08-05",
        "20230815 | 2023-08-15",
        "15.08.2023 | 2023-08-15",
        "15.8.2023, 10:00 Uhr | 2023-08-15",
        "15 August 2023 | 2023-08-15",
        "Tuesday, 15 August 2023 | 2023-08-15",
        "15th August 2023 | 2023-08-15",
        "August 15, 2023 | 2023-08-15",
        "Aug. 15, 2023 | 2023-08-15",
        "Aug 15 2023 | 2023-08-15",
        "Sept. 3, 2021 | 2021-09-03",
        "Tue, 15 Aug 2023 08:00:00 GMT | 2023-08-15",
        "15. März 2023 | 2023-03-15",
        "3. Dezember 2019 | 2019-12-03",
        "1er août 2023 | 2023-08-01",
        "15 décembre 2022 | 2022-12-15",
        "15 de agosto de 2023 | 2023-08-15",
        "15 agosto 2023 | 2023-08-15",
        "15 августа 2023 | 2023-08-15",
        "2023年8月15日 | 2023-08-15",
        "13/08/2023 | 2023-08-13",
        "08/13/2023 | 2023-08-13",
        "15-Aug-2023 | 2023-08-15",
    })
    void readsCommonFormats(String text, String expected) {
        assertThat(parser.parseValue(text, false)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0} month-first={1}")
    @CsvSource({
        "05/06/2020, false, 2020-06-05",
        "05/06/2020, true, 2020-05-06",
        "05.06.2020, true, 2020-06-05",
    })
    void ambiguousNumericDatesFollowTheLanguage(String text, boolean monthFirst, String expected) {
        assertThat(parser.parseValue(text, monthFirst)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1994-12-31",
        "2031-01-01",
        "2023-02-30",
        "31.31.2023",
        "no date here",
        "version 1.2.3",
        "call 555-1234",
    })
    void rejectsImpossibleAndOutOfWindowDays(String text) {
        assertThat(parser.parseValue(text, false)).isEqualTo(Optional.empty());
    }

    @Test
    void findsEveryDayInTextOrder() {
        var found = parser.findAll("Posted 2021-01-02, updated on 3 March 2021.", false);
        assertThat(found).extracting(DateParser.Found::date)
                .containsExactly(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 3, 3));
    }
}
