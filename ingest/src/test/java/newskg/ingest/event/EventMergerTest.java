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
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2024, 8, 1));

    private static Candidate c(int sentence, EventType type, String platform, String country, String date,
                               Dates.Basis basis) {
        return c(sentence, type, Optional.of(platform), country, date, basis, false, Optional.empty());
    }

    private static Candidate c(int sentence, EventType type, Optional<String> platform, String country, String date,
                               Dates.Basis basis, boolean weak, Optional<EventType> undone) {
        Optional<Dates.Dated> d = TimeValue.parse(date, "words").map(v -> new Dates.Dated(v, basis));
        Candidate.Cues cues = new Candidate.Cues(Patients.Route.DIRECT, false, weak, false,
                Candidate.CountrySource.AGENT, 1, undone, false);
        return new Candidate(sentence, 0, type, type.key(), Optional.empty(), Optional.empty(), platform,
                Optional.of(country), d, Modality.OCCURRED, Optional.empty(), 0.5, false,
                cues);
    }

    @Test
    void oneEventPerTypePlatformAndCountryWithTheBestDate() {
        List<Candidate> merged = EventMerger.merge(List.of(
                c(0, EventType.BAN, "Telegram", "IQ", "2023-W33", Dates.Basis.PUBLICATION),
                c(3, EventType.BAN, "Telegram", "IQ", "2023-08-06", Dates.Basis.CLAUSE),
                c(5, EventType.BAN, "Telegram", "IQ", "2023-08-13", Dates.Basis.SENTENCE),
                c(6, EventType.LIFT, "Telegram", "IQ", "2023-08-13", Dates.Basis.CLAUSE)), PUBLISHED);
        assertThat(merged).hasSize(2);
        Candidate ban = merged.stream().filter(m -> m.type() == EventType.BAN).findFirst().orElseThrow();
        assertThat(ban.date().orElseThrow().value().iso()).isEqualTo("2023-08-06");
        assertThat(ban.cues().support()).isEqualTo(3);
    }

    @Test
    void aTakeEffectDateBeatsAClauseDate() {
        List<Candidate> merged = EventMerger.merge(List.of(
                c(0, EventType.BAN, "TikTok", "US-MT", "2023-05-17", Dates.Basis.CLAUSE),
                c(4, EventType.BAN, "TikTok", "US-MT", "2024-01-01", Dates.Basis.EFFECTIVE)), PUBLISHED);
        assertThat(merged).singleElement().satisfies(m ->
                assertThat(m.date().orElseThrow().value().iso()).isEqualTo("2024-01-01"));
    }

    @Test
    void anUndatedEventTakesTheNarrativeTimeOfTheSameActInTheArticle() {
        List<Candidate> merged = EventMerger.merge(List.of(
                c(0, EventType.LIFT, "Facebook", "BD", "2024-07-31", Dates.Basis.CLAUSE),
                c(3, EventType.LIFT, "YouTube", "BD", "2024-W31", Dates.Basis.PUBLICATION),
                c(4, EventType.BAN, "Telegram", "BD", "2024-W31", Dates.Basis.PUBLICATION)), PUBLISHED);
        assertThat(merged).extracting(m -> m.platform().orElseThrow() + " " + m.date().orElseThrow().value().iso())
                .containsExactlyInAnyOrder("Facebook 2024-07-31", "YouTube 2024-07-31", "Telegram 2024-W31");
    }

    @Test
    void anActOnPlatformsInGeneralLendsItsDateAndIsNoEventItself() {
        List<Candidate> merged = EventMerger.merge(List.of(
                c(0, EventType.BAN, Optional.empty(), "NP", "2024-07-30", Dates.Basis.CLAUSE, false, Optional.empty()),
                c(2, EventType.BAN, "Reddit", "NP", "2024-W31", Dates.Basis.PUBLICATION)), PUBLISHED);
        assertThat(merged).singleElement().satisfies(m -> {
            assertThat(m.platform()).contains("Reddit");
            assertThat(m.date().orElseThrow().value().iso()).isEqualTo("2024-07-30");
        });
    }

    @Test
    void aNarrativeDateMustBeRecent() {
        List<Candidate> merged = EventMerger.merge(List.of(
                c(0, EventType.BAN, "TikTok", "NP", "2023-11", Dates.Basis.CLAUSE),
                c(2, EventType.BAN, "Reddit", "NP", "2024-W31", Dates.Basis.PUBLICATION)), PUBLISHED);
        assertThat(merged).extracting(m -> m.platform().orElseThrow() + " " + m.date().orElseThrow().value().iso())
                .containsExactlyInAnyOrder("TikTok 2023-11", "Reddit 2024-W31");
    }

    @Test
    void aLooseRestrictionOfABannedPlatformIsThatBan() {
        List<Candidate> merged = EventMerger.merge(List.of(
                c(0, EventType.BAN, "Telegram", "RU", "2024-07-30", Dates.Basis.CLAUSE),
                c(2, EventType.RESTRICT, Optional.of("Telegram"), "RU", "2024-W31", Dates.Basis.PUBLICATION, true,
                        Optional.empty()),
                c(3, EventType.RESTRICT, Optional.of("YouTube"), "RU", "2024-W31", Dates.Basis.PUBLICATION, true,
                        Optional.empty()),
                c(4, EventType.LIFT, Optional.of("X"), "RU", "2024-W31", Dates.Basis.PUBLICATION, false,
                        Optional.of(EventType.BAN)),
                c(5, EventType.RESTRICT, Optional.of("X"), "RU", "2023", Dates.Basis.CLAUSE, true, Optional.empty())),
                PUBLISHED);
        assertThat(merged).extracting(m -> m.type().key() + " " + m.platform().orElseThrow())
                .containsExactlyInAnyOrder("ban Telegram", "restrict YouTube", "lift X", "ban X");
    }

    @Test
    void aBackgroundEventYearsEarlierStaysAnEventOfItsOwn() {
        List<Candidate> merged = EventMerger.merge(List.of(
                c(0, EventType.BAN, "WhatsApp", "BR", "2024-W35", Dates.Basis.PUBLICATION),
                c(2, EventType.BAN, "WhatsApp", "BR", "2024-08-30", Dates.Basis.CLAUSE),
                c(7, EventType.BAN, "WhatsApp", "BR", "2015", Dates.Basis.SENTENCE)), PUBLISHED);
        assertThat(merged).extracting(m -> m.date().orElseThrow().value().iso())
                .containsExactlyInAnyOrder("2024-08-30", "2015");
    }

    @Test
    void otherActionsAreNotMerged() {
        Candidate say = new Candidate(1, 2, EventType.STATEMENT, "say", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(new Dates.Dated(TimeValue.weekOf(LocalDate.of(2023, 8, 15), ""),
                Dates.Basis.PUBLICATION)), Modality.OCCURRED, Optional.empty(), 0.6, false, Candidate.Cues.NONE);
        assertThat(EventMerger.merge(List.of(say, say), PUBLISHED)).hasSize(2);
    }
}
