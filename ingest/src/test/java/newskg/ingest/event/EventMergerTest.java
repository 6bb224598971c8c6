package newskg.ingest.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import newskg.model.EventType;
import newskg.model.Modality;
import newskg.model.TimeValue;

class EventMergerTest {

    private static Candidate c(int sentence, EventType type, String platform, String country, String date,
                               Dates.Basis basis, double confidence) {
        Optional<Dates.Dated> d = TimeValue.parse(date, "words").map(v -> new Dates.Dated(v, basis));
        return new Candidate(sentence, 0, type, type.key(), Optional.empty(), Optional.empty(), Optional.of(platform),
                Optional.of(country), d, Modality.OCCURRED, Optional.empty(), confidence, basis == Dates.Basis.PUBLICATION);
    }

    @Test
    void oneEventPerTypePlatformAndCountryWithTheBestDate() {
        List<Candidate> merged = EventMerger.merge(List.of(
                c(0, EventType.BAN, "Telegram", "IQ", "2023-W33", Dates.Basis.PUBLICATION, 0.9),
                c(3, EventType.BAN, "Telegram", "IQ", "2023-08-06", Dates.Basis.CLAUSE, 0.6),
                c(5, EventType.BAN, "Telegram", "IQ", "2023-08-13", Dates.Basis.SENTENCE, 0.9),
                c(6, EventType.LIFT, "Telegram", "IQ", "2023-08-13", Dates.Basis.CLAUSE, 0.8)));
        assertThat(merged).hasSize(2);
        Candidate ban = merged.stream().filter(m -> m.type() == EventType.BAN).findFirst().orElseThrow();
        assertThat(ban.date().orElseThrow().value().iso()).isEqualTo("2023-08-06");
        assertThat(ban.confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aTakeEffectDateBeatsAClauseDate() {
        List<Candidate> merged = EventMerger.merge(List.of(
                c(0, EventType.BAN, "TikTok", "US-MT", "2023-05-17", Dates.Basis.CLAUSE, 0.9),
                c(4, EventType.BAN, "TikTok", "US-MT", "2024-01-01", Dates.Basis.EFFECTIVE, 0.6)));
        assertThat(merged).singleElement().satisfies(m ->
                assertThat(m.date().orElseThrow().value().iso()).isEqualTo("2024-01-01"));
    }

    @Test
    void aReferenceDatedOnlyByPublicationBorrowsTheDateOfItsSiblings() {
        List<Candidate> merged = EventMerger.merge(List.of(
                c(0, EventType.LIFT, "Facebook", "BD", "2024-07-31", Dates.Basis.CLAUSE, 0.9),
                c(3, EventType.LIFT, "YouTube", "BD", "2024-W31", Dates.Basis.PUBLICATION, 0.6),
                c(4, EventType.BAN, "Telegram", "BD", "2024-W31", Dates.Basis.PUBLICATION, 0.6)));
        assertThat(merged).extracting(m -> m.platform().orElseThrow() + " " + m.date().orElseThrow().value().iso())
                .containsExactlyInAnyOrder("Facebook 2024-07-31", "YouTube 2024-07-31", "Telegram 2024-W31");
    }

    @Test
    void aBackgroundEventYearsEarlierStaysAnEventOfItsOwn() {
        List<Candidate> merged = EventMerger.merge(List.of(
                c(0, EventType.BAN, "WhatsApp", "BR", "2024-W35", Dates.Basis.PUBLICATION, 0.9),
                c(2, EventType.BAN, "WhatsApp", "BR", "2024-08-30", Dates.Basis.CLAUSE, 0.8),
                c(7, EventType.BAN, "WhatsApp", "BR", "2015", Dates.Basis.SENTENCE, 0.7)));
        assertThat(merged).extracting(m -> m.date().orElseThrow().value().iso())
                .containsExactlyInAnyOrder("2024-08-30", "2015");
    }

    @Test
    void otherActionsAreNotMerged() {
        Candidate say = new Candidate(1, 2, EventType.STATEMENT, "say", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(new Dates.Dated(TimeValue.weekOf(LocalDate.of(2023, 8, 15), ""),
                Dates.Basis.PUBLICATION)), Modality.OCCURRED, Optional.empty(), 0.6, false);
        assertThat(EventMerger.merge(List.of(say, say))).hasSize(2);
    }
}
