package newskg.model;

import java.util.Objects;

/**
 * Why one document (page, feed, file, record) could not be handled fully: a value, not an exception.
 *
 * <pre>{@code
 * Problem p = Problem.error(Problem.Stage.FETCH, "https://example.org/x", "HTTP 503 after 3 tries");
 * }</pre>
 */
public record Problem(Severity severity, Stage stage, String source, String message) {

    /** An error means the document was not stored; a warning means it was, with less in it. */
    public enum Severity { WARNING, ERROR }

    /** Where in the flow the problem arose. */
    public enum Stage { SOURCE, FETCH, ROBOTS, EXTRACT, NLP, STORE }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(Stage stage, String source, String message) {
        return new Problem(Severity.ERROR, stage, source, message);
    }

    public static Problem warning(Stage stage, String source, String message) {
        return new Problem(Severity.WARNING, stage, source, message);
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + " [" + stage.name().toLowerCase(java.util.Locale.ROOT)
                + "] " + source + ": " + message;
    }
}
