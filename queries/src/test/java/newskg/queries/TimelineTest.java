package newskg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
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
    void aReimpositionAfterTheLiftOpensANewPeriod() {
        DatasetGraph dsg = Fixtures.events();
        Txn.executeWrite(dsg, () -> RDFParser.fromString("""
                PREFIX nk: <https://w3id.org/newskg/ns#>
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                PREFIX schema: <https://schema.org/>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <https://w3id.org/newskg/id/graph/article/00000000000000d4> {
                  <https://w3id.org/newskg/id/article/00000000000000d4> a schema:NewsArticle ;
                      nk:source "fixtures/fourth.txt" ; schema:headline "Ruritania blocks Telegram again" .
                  <https://w3id.org/newskg/id/platform/telegram> rdfs:label "Telegram" .
                  <https://w3id.org/newskg/id/event/ban-again> a sem:Event ; sem:eventType nk:ban ;
                      nk:platform <https://w3id.org/newskg/id/platform/telegram> ; nk:country "RU" ;
                      nk:modality "occurred" ; nk:isoDate "2023-10-02" ; nk:datePrecision "day" ;
                      sem:hasTimeStamp "2023-10-02"^^xsd:date ;
                      nk:reportedBy <https://w3id.org/newskg/id/article/00000000000000d4> ;
                      nk:evidence <https://w3id.org/newskg/id/evidence/d4> .
                  <https://w3id.org/newskg/id/evidence/d4> oa:hasTarget <https://w3id.org/newskg/id/evidence/d4-t> .
                  <https://w3id.org/newskg/id/evidence/d4-t> oa:hasSelector <https://w3id.org/newskg/id/evidence/d4-q> .
                  <https://w3id.org/newskg/id/evidence/d4-q> oa:exact "Ruritania blocked Telegram again on Monday." .
                }
                """).lang(Lang.TRIG).parse(dsg));
        Timeline t = Timeline.of(new QueryRunner(dsg).select(query, Map.of("platform", "Telegram")));
        assertThat(t.periods()).extracting(Timeline.Period::status).containsExactly("ended", "ongoing");
        assertThat(t.periods().get(1).start()).contains("2023-10-02");
        assertThat(t.periods().get(1).sources()).containsExactly("fixtures/fourth.txt");
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
        assertThat(json.get("events").get(0).get("confidence").isNumber()).isTrue();
    }

    @Test
    void aMinimumConfidenceKeepsTheConfidentEventsAndBuildsPeriodsFromThemAlone() {
        Timeline all = Timeline.of(runner.select(query, Map.of()));
        Timeline confident = Timeline.of(runner.select(query, Map.of("minConfidence", "0.85")));
        assertThat(confident.events()).isNotEmpty().hasSizeLessThan(all.events().size())
                .allSatisfy(e -> assertThat(e.confidence()).hasValueSatisfying(c -> assertThat(c).isGreaterThanOrEqualTo(0.85)));
        assertThat(all.events()).anySatisfy(e -> assertThat(e.confidence()).hasValueSatisfying(c -> assertThat(c).isLessThan(0.85)));
    }

    @Test
    void aConfidenceOutsideZeroToOneIsABadParameterThatNamesIt() {
        for (String bad : new String[] {"1.5", "-0.1", "high", "NaN"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.select(query, Map.of("minConfidence", bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("minConfidence").hasMessageContaining("from 0 to 1");
        }
    }
}
