package newskg.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class QueryCatalogTest {
    private final QueryCatalog catalog = QueryCatalog.shipped();

    @Test
    void everyShippedQueryIsDocumented() {
        assertThat(catalog.all()).isNotEmpty();
        for (NamedQuery q : catalog.all()) {
            assertThat(q.title()).as(q.name()).isNotBlank().isNotEqualTo(q.name());
            assertThat(q.description()).as(q.name()).isNotBlank();
            q.params().forEach(p -> assertThat(p.description()).as(q.name() + " " + p.name()).isNotBlank());
            // Parameters are bound by substitution, so a query may not test them with BOUND().
            q.params().forEach(p -> assertThat(q.sparql()).as(q.name() + " uses ?" + p.name())
                    .containsPattern("\\?" + p.name() + "\\b").doesNotContainPattern("BOUND\\(\\?" + p.name() + "\\b"));
        }
    }

    @Test
    void theMarkdownDocumentsEveryQueryAndParameter() {
        String md = catalog.markdown();
        assertThat(catalog.all()).hasSizeGreaterThanOrEqualTo(12);
        for (NamedQuery q : catalog.all()) {
            assertThat(md).contains("### `" + q.name() + "`: " + q.title(), "newskg query " + q.name(),
                    "/newskg/named/" + q.name());
            if (!q.params().isEmpty()) {
                assertThat(q.example()).as("example of %s", q.name()).isPresent();
                // the example only names parameters the query has
                for (String kv : q.example().orElseThrow().split("&")) {
                    assertThat(q.param(kv.split("=")[0])).as("%s in the example of %s", kv, q.name()).isPresent();
                }
            }
            q.params().forEach(p -> assertThat(md).contains("| `" + p.name() + "` | "));
        }
    }

    @Test
    void theHeaderIsParsed() {
        NamedQuery q = QueryCatalog.parse("x", """
                # title: A title
                # description: What it answers.
                # param: country (string) ISO code.
                # param: n (integer, default 10) How many.
                SELECT * { ?s ?p ?o }
                """);
        assertThat(q.title()).isEqualTo("A title");
        assertThat(q.params()).extracting(NamedQuery.Param::name).containsExactly("country", "n");
        assertThat(q.param("n").orElseThrow().defaultValue()).contains("10");
        assertThat(q.param("n").orElseThrow().type()).isEqualTo(NamedQuery.ParamType.INTEGER);
    }

    @Test
    void badParametersAreRefusedWithAReason() {
        NamedQuery timeline = catalog.get("timeline").orElseThrow();
        assertThatThrownBy(() -> QueryRunner.bind(timeline, Map.of("colour", "red")))
                .hasMessageContaining("no parameter 'colour'").hasMessageContaining("platform");
        assertThatThrownBy(() -> QueryRunner.bind(timeline, Map.of("from", "last week")))
                .hasMessageContaining("YYYY-MM-DD");
    }
}
