package newskg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every named query, with every parameter set listed under {@code src/test/resources/queries/NAME/},
 * on the fixture graph, against its golden result ({@code CASE.srj}). Regenerate the goldens with
 * {@code -Dnewskg.golden.update=true} and review the diff.
 */
class NamedQueriesTest {
    private static final Path DIR = Path.of("src/test/resources/queries");
    private final DatasetGraph dsg = Fixtures.events();

    @TestFactory
    Stream<DynamicTest> everyNamedQueryMatchesItsGolden() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (NamedQuery q : QueryCatalog.shipped().all()) {
            Path cases = DIR.resolve(q.name()).resolve("cases.properties");
            assertThat(cases).as("golden cases for query " + q.name()).exists();
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(cases)) {
                props.load(in);
            }
            for (String caseName : props.stringPropertyNames().stream().sorted().toList()) {
                Map<String, String> params = parse(props.getProperty(caseName));
                Path golden = DIR.resolve(q.name()).resolve(caseName + ".srj");
                tests.add(DynamicTest.dynamicTest(q.name() + " " + caseName, () -> check(q, params, golden)));
            }
        }
        return tests.stream();
    }

    private void check(NamedQuery q, Map<String, String> params, Path golden) throws IOException {
        ResultSetRewindable actual = new QueryRunner(dsg).select(q, params);
        if (Boolean.getBoolean("newskg.golden.update")) {
            try (OutputStream out = Files.newOutputStream(golden)) {
                ResultSetFormatter.outputAsJSON(out, actual);
            }
        }
        ResultSetRewindable exp;
        // Read the golden fully while the file is open: the JSON reader streams.
        try (InputStream in = Files.newInputStream(golden)) {
            ResultSet expected = ResultSetMgr.read(in, ResultSetLang.RS_JSON);
            exp = ResultSetFactory.makeRewindable(expected);
        }
        actual.reset();
        assertThat(actual.size()).as("rows of %s", golden).isEqualTo(exp.size());
        actual.reset();
        exp.reset();
        assertThat(ResultSetCompare.equalsByTerm(exp, actual)).as("result of %s equals %s", q.name(), golden).isTrue();
    }

    private static Map<String, String> parse(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : spec.split("&")) {
            if (!kv.isBlank()) {
                String[] p = kv.split("=", 2);
                out.put(p[0].strip(), p[1].strip());
            }
        }
        return out;
    }
}
