package newskg.queries;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A SPARQL query shipped as a {@code .rq} resource, with the header that documents it.
 *
 * <pre>{@code
 * NamedQuery q = QueryCatalog.shipped().get("timeline").orElseThrow();
 * q.params();   // platform (string), country (string), from (date), to (date)
 * }</pre>
 *
 * @param name        the file name without {@code .rq}
 * @param title       one line
 * @param description what it answers
 * @param params      the parameters it accepts, bound as variables of the same name
 * @param sparql      the query text
 * @param example     parameter values for the documentation ({@code # example: country=IQ&from=2023-01-01})
 */
public record NamedQuery(String name, String title, String description, List<Param> params, String sparql,
                         Optional<String> example) {

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        params = List.copyOf(params);
        Objects.requireNonNull(sparql, "sparql");
        Objects.requireNonNull(example, "example");
    }

    public NamedQuery(String name, String title, String description, List<Param> params, String sparql) {
        this(name, title, description, params, sparql, Optional.empty());
    }

    public Optional<Param> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** The type a parameter value is bound as; a CONFIDENCE is a number from 0 to 1 (an xsd:double). */
    public enum ParamType { STRING, DATE, INTEGER, IRI, CONFIDENCE }

    /** One parameter: a variable of the query bound before it runs; unbound when absent and no default. */
    public record Param(String name, ParamType type, Optional<String> defaultValue, String description) {
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(defaultValue, "defaultValue");
            Objects.requireNonNull(description, "description");
        }
    }
}
