package newskg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class QueryRunnerTest {

    @Test
    void limitAndOffsetPageWithinTheQuerysOwnLimit() {
        Query q = QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 100");
        QueryRunner.page(q, 10, 95);
        assertThat(q.getOffset()).isEqualTo(95);
        assertThat(q.getLimit()).isEqualTo(5);
        Query unbounded = QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?s");
        QueryRunner.page(unbounded, Query.NOLIMIT, 20);
        assertThat(unbounded.getOffset()).isEqualTo(20);
        assertThat(unbounded.hasLimit()).isFalse();
        Query untouched = QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 7");
        QueryRunner.page(untouched, Query.NOLIMIT, 0);
        assertThat(untouched.getLimit()).isEqualTo(7);
        assertThat(untouched.hasOffset()).isFalse();
    }
}
