package newskg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryFactory;

/**
 * The named queries newskg ships: {@code .rq} resources under {@code /newskg/queries/}, listed
 * in {@code catalog.txt}, each with a header:
 *
 * <pre>
 * # title: Platform ban timeline
 * # description: Ban, restrict, lift and threaten events ...
 * # param: platform (string) Platform name, e.g. Telegram.
 * # param: limit (integer, default 100) At most this many rows.
 * # example: platform=Telegram&amp;country=IQ
 * </pre>
 *
 * <pre>{@code
 * QueryCatalog catalog = QueryCatalog.shipped();
 * for (NamedQuery q : catalog.all()) System.out.println(q.name() + ": " + q.title());
 * }</pre>
 */
public final class QueryCatalog {
    private static final String BASE = "/newskg/queries/";
    private static final Pattern FIELD = Pattern.compile("^#\\s*(title|description|example):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*param:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\((\\w+)(?:\\s*,\\s*default\\s+([^)]*))?\\)\\s*(.*)$");

    private final Map<String, NamedQuery> queries;
    private final List<String> order;

    private QueryCatalog(Map<String, NamedQuery> queries) {
        this.queries = Map.copyOf(queries);
        this.order = List.copyOf(queries.keySet());
    }

    /** The queries shipped in this jar; each is parsed, so a broken one fails here, not at run time. */
    public static QueryCatalog shipped() {
        Map<String, NamedQuery> out = new LinkedHashMap<>();
        for (String line : read(BASE + "catalog.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            NamedQuery q = parse(name, read(BASE + name + ".rq"));
            QueryFactory.create(q.sparql());
            out.put(name, q);
        }
        return new QueryCatalog(out);
    }

    /** A query the server uses itself (under {@code internal/}), not listed in the catalogue. */
    static NamedQuery internal(String name) {
        return parse(name, read(BASE + "internal/" + name + ".rq"));
    }

    public List<NamedQuery> all() {
        return order.stream().map(queries::get).toList();
    }

    public Optional<NamedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /**
     * The catalogue as Markdown, one section per query with its parameters and example calls:
     * the README's query library is generated from the {@code .rq} headers with
     * {@code newskg query --list --format markdown}.
     */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        for (NamedQuery q : all()) {
            b.append("### `").append(q.name()).append("`: ").append(q.title()).append("\n\n")
                    .append(q.description()).append("\n\n");
            if (q.params().isEmpty()) {
                b.append("No parameters.\n\n");
            } else {
                b.append("| parameter | type | default | meaning |\n|---|---|---|---|\n");
                for (NamedQuery.Param p : q.params()) {
                    b.append("| `").append(p.name()).append("` | ").append(p.type().name().toLowerCase(Locale.ROOT))
                            .append(" | ").append(p.defaultValue().orElse("")).append(" | ")
                            .append(p.description().replace("|", "\\|")).append(" |\n");
                }
                b.append('\n');
            }
            StringBuilder cli = new StringBuilder();
            StringBuilder http = new StringBuilder();
            for (String kv : q.example().map(e -> e.split("&")).orElse(new String[0])) {
                String[] p = kv.split("=", 2);
                cli.append(kv.contains(" ") ? " --param '" + kv + "'" : " --param " + kv);
                http.append(http.length() == 0 ? '?' : '&').append(p[0]).append('=')
                        .append(URLEncoder.encode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8));
            }
            b.append("```\nnewskg query ").append(q.name()).append(cli).append("\ncurl -s 'http://127.0.0.1:3330/newskg/named/")
                    .append(q.name()).append(http).append("' -H 'Accept: text/csv'\n```\n\n");
        }
        return b.toString();
    }

    /** Parses a query file's header; exposed for queries given as files by the user. */
    public static NamedQuery parse(String name, String text) {
        String title = name;
        String example = null;
        StringBuilder description = new StringBuilder();
        List<NamedQuery.Param> params = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                if (!line.isBlank()) {
                    break;
                }
                continue;
            }
            Matcher f = FIELD.matcher(line.strip());
            Matcher p = PARAM.matcher(line.strip());
            if (f.matches()) {
                if (f.group(1).equals("title")) {
                    title = f.group(2).strip();
                } else if (f.group(1).equals("example")) {
                    example = f.group(2).strip();
                } else {
                    description.append(f.group(2).strip());
                }
            } else if (p.matches()) {
                NamedQuery.ParamType type;
                try {
                    type = NamedQuery.ParamType.valueOf(p.group(2).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("query " + name + ": unknown parameter type " + p.group(2), e);
                }
                params.add(new NamedQuery.Param(p.group(1), type,
                        Optional.ofNullable(p.group(3)).map(String::strip), p.group(4).strip()));
            }
        }
        return new NamedQuery(name, title, description.toString(), params, text, Optional.ofNullable(example));
    }

    private static String read(String resource) {
        try (InputStream in = QueryCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
