package newskg.queries;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Runs named queries on a dataset with their parameters bound (never spliced into the text).
 * Besides its own parameters every query takes {@code limit} and {@code offset}, for paging
 * through its ordered rows.
 *
 * <pre>{@code
 * QueryRunner runner = new QueryRunner(store.dataset());
 * ResultSetRewindable rows = runner.select(catalog.get("timeline").orElseThrow(), Map.of("country", "IQ"));
 * runner.write(rows, ResultFormat.CSV, System.out);
 * }</pre>
 */
public final class QueryRunner {
    /** Reserved parameter names: every query takes them (see {@link #page}). */
    public static final String LIMIT = "limit";
    public static final String OFFSET = "offset";

    private final DatasetGraph dsg;
    private final boolean timed;

    public QueryRunner(DatasetGraph dsg) {
        this(dsg, true);
    }

    private QueryRunner(DatasetGraph dsg, boolean timed) {
        this.dsg = Objects.requireNonNull(dsg, "dsg");
        this.timed = timed;
    }

    /**
     * A runner whose queries ignore the dataset's time limit: for the store's own work (the
     * derived graph reads every event), which must not stop at the limit set for clients.
     */
    static QueryRunner untimed(DatasetGraph dsg) {
        return new QueryRunner(dsg, false);
    }

    private QueryExec exec(Query query, Binding binding) {
        var b = QueryExec.dataset(dsg).query(query).substitution(binding);
        if (!timed) {
            b.set(ARQ.queryTimeout, "-1");
        }
        return b.build();
    }

    /** Output formats of {@code newskg query}. */
    public enum ResultFormat {
        TABLE, CSV, TSV, JSON;

        public static ResultFormat parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * Runs a SELECT query with the given parameter values (strings as the user typed them) and
     * returns all rows, read inside one read transaction.
     *
     * @throws IllegalArgumentException for an unknown parameter, a value of the wrong type or a
     *         full-text query Lucene cannot parse
     */
    public ResultSetRewindable select(NamedQuery q, Map<String, String> params) {
        Map<String, String> own = new HashMap<>(params);
        long limit = paging(q, q.param(LIMIT).isPresent() ? null : own.remove(LIMIT), Query.NOLIMIT);
        long offset = paging(q, q.param(OFFSET).isPresent() ? null : own.remove(OFFSET), 0);
        Binding binding = bind(q, own);
        Query query = QueryFactory.create(q.sparql());
        page(query, limit, offset);
        try {
            return Txn.calculateRead(dsg, () -> {
                try (QueryExec exec = exec(query, binding)) {
                    RowSet rows = exec.select();
                    return ResultSetFactory.makeRewindable(org.apache.jena.query.ResultSet.adapt(rows));
                }
            });
        } catch (TextIndexParseException e) {
            // A full-text query the user typed that Lucene cannot parse is a bad parameter, not a failure.
            throw new IllegalArgumentException("query " + q.name() + ": " + e.getMessage(), e);
        }
    }

    /** Runs a CONSTRUCT query with the given parameter values; returns the graph it builds. */
    Graph construct(NamedQuery q, Map<String, String> params) {
        Binding binding = bind(q, params);
        Query query = QueryFactory.create(q.sparql());
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = exec(query, binding)) {
                Graph out = GraphFactory.createDefaultGraph();
                exec.construct().find().forEachRemaining(out::add);
                return out;
            }
        });
    }

    public static void write(ResultSetRewindable rows, ResultFormat format, OutputStream out) {
        rows.reset();
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rows);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rows);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
        }
    }

    private static long paging(NamedQuery q, String value, long absent) {
        if (value == null) {
            return absent;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("limit and offset of query " + q.name()
                + " must be non-negative integers, not '" + value + "'");
    }

    /**
     * Rows {@code offset} to {@code offset + limit} of what the query returns, within its own
     * {@code OFFSET} and {@code LIMIT}.
     */
    static void page(Query query, long limit, long offset) {
        if (limit == Query.NOLIMIT && offset == 0) {
            return;
        }
        long ownOffset = query.hasOffset() ? query.getOffset() : 0;
        query.setOffset(ownOffset + offset);
        if (query.hasLimit() || limit != Query.NOLIMIT) {
            long left = query.hasLimit() ? Math.max(0, query.getLimit() - offset) : Long.MAX_VALUE;
            query.setLimit(limit == Query.NOLIMIT ? left : Math.min(left, limit));
        }
    }

    static Binding bind(NamedQuery q, Map<String, String> params) {
        Map<String, String> values = new HashMap<>();
        q.params().forEach(p -> p.defaultValue().ifPresent(d -> values.put(p.name(), d)));
        params.forEach((k, v) -> {
            if (q.param(k).isEmpty()) {
                throw new IllegalArgumentException("query " + q.name() + " has no parameter '" + k + "'"
                        + (q.params().isEmpty() ? "" : "; it takes: "
                        + String.join(", ", q.params().stream().map(NamedQuery.Param::name).toList())));
            }
            values.put(k, v);
        });
        BindingBuilder b = BindingBuilder.create();
        values.forEach((k, v) -> b.add(Var.alloc(k), node(q, q.param(k).orElseThrow(), v)));
        return b.build();
    }

    private static Node node(NamedQuery q, NamedQuery.Param p, String v) {
        String where = "parameter '" + p.name() + "' of query " + q.name();
        return switch (p.type()) {
            case STRING -> NodeFactory.createLiteralString(v);
            case DATE -> {
                try {
                    yield NodeFactory.createLiteralDT(LocalDate.parse(v).toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(where + " must be a date YYYY-MM-DD, not '" + v + "'", e);
                }
            }
            case INTEGER -> {
                try {
                    yield NodeFactory.createLiteralDT(Long.toString(Long.parseLong(v.strip())), XSDDatatype.XSDinteger);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + " must be an integer, not '" + v + "'", e);
                }
            }
            case CONFIDENCE -> {
                double c;
                try {
                    c = Double.parseDouble(v.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + " must be a number from 0 to 1, not '" + v + "'", e);
                }
                if (!(c >= 0.0 && c <= 1.0)) {
                    throw new IllegalArgumentException(where + " must be a number from 0 to 1, not '" + v + "'");
                }
                yield NodeFactory.createLiteralDT(Double.toString(c), XSDDatatype.XSDdouble);
            }
            case IRI -> {
                IRIx iri = IRIx.create(v);
                if (!iri.isAbsolute()) {
                    throw new IllegalArgumentException(where + " must be an absolute IRI, not '" + v + "'");
                }
                yield NodeFactory.createURI(iri.str());
            }
        };
    }
}
