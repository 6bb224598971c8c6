package newskg.graph.store;

/** The store cannot be opened, read or written: broken infrastructure, not a bad document. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
