package newskg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TimelineTest {
    private final QueryRunner runner = new QueryRunner(Fixtures.events());
    private final NamedQuery query = QueryCatalog.shipped().get("timeline").orElseThrow();

    @Test
    void twoArticlesReportingOneBanAndOneLiftMakeOneEndedPeriodWithBothSources() {
        Timeline t = Timeline.of(runner.select(query, Map.of("platform", "telegram")));
        assertThat(t.periods()).hasSize(1);
        Timeline.Period p = t.periods().get(0);
        assertThat(p.platform()).isEqualTo("Telegram");
        assertThat(p.country()).isEqualTo("RU");
        assertThat(p.status()).isEqualTo("ended");
        // the day beats the week that another article gave for the same ban
        assertThat(p.start()).contains("2023-08-14");
        assertThat(p.end()).contains("2023-08-18");
        assertThat(p.sources()).containsExactlyInAnyOrder("fixtures/second.txt",
                "https://news.example.org/2023/08/15/ruritania-telegram");
        assertThat(t.events()).extracting(Timeline.MergedEvent::type).containsExactly("ban", "lift");
        assertThat(t.events().get(0).sources()).hasSize(2);
    }

    @Test
    void aBanWithNoLiftIsOngoing() {
        Timeline t = Timeline.of(runner.select(query, Map.of("to", "2023-08-15")));
        assertThat(Timeline.of(runner.select(query, Map.of())).periods()).filteredOn(p -> p.country().equals("XB"))
                .singleElement().satisfies(p -> assertThat(p.status()).isEqualTo("ongoing"));
        assertThat(t.periods()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo("ongoing");
            assertThat(p.end()).isEmpty();
        });
    }

    @Test
    void theJsonHasThePeriodsAndEvents() {
        var json = TimelineFormat.toJson(Timeline.of(runner.select(query, Map.of())));
        assertThat(json.get("periods")).hasSize(2);
        assertThat(json.get("periods").get(0).get("status").asText()).isEqualTo("ended");
        assertThat(json.get("periods").get(0).get("sources")).hasSize(2);
        assertThat(json.get("periods").get(1).get("end").isNull()).isTrue();
        assertThat(json.get("periods").get(1).get("lifted_by").isNull()).isTrue();
        // the threat is an event but opens no period
        assertThat(json.get("events")).hasSize(4);
    }
}
