package newskg.ingest;

/**
 * A sink could not take one extraction (a remote server refused it, say). The pipeline reports
 * it as that document's problem and goes on with the others.
 */
public class SinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
