package newskg.ingest.nlp;

/**
 * The NLP library failed on one document; callers turn it into a {@link newskg.model.Problem}.
 *
 * <pre>{@code
 * try { doc = annotator.annotate(a); } catch (NlpException e) { problems.add(...); }
 * }</pre>
 */
public final class NlpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NlpException(String message, Throwable cause) {
        super(message, cause);
    }
}
