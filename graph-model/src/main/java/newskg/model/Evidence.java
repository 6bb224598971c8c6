package newskg.model;

import java.util.Objects;

/**
 * The sentence that states an event, with its character offsets into {@link Article#body()}.
 *
 * <pre>{@code
 * Evidence e = Evidence.of(body, 321, 420);   // e.text().equals(body.substring(321, 420))
 * }</pre>
 */
public record Evidence(String text, int start, int end) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length " + text.length() + " does not match span ["
                    + start + "," + end + ")");
        }
    }

    /** The evidence for {@code body[start, end)}; the offsets round-trip by construction. */
    public static Evidence of(String body, int start, int end) {
        return new Evidence(body.substring(start, end), start, end);
    }
}
