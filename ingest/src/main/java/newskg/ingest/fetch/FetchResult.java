package newskg.ingest.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * The outcome of fetching one URI: a value, never an exception.
 *
 * <pre>{@code
 * FetchResult r = fetcher.fetch(uri);
 * if (r instanceof FetchResult.Fetched f) {
 *     extract(f.page());
 * } else if (r instanceof FetchResult.Failed x) {
 *     report(x.status() + " " + x.reason());
 * }
 * }</pre>
 */
public sealed interface FetchResult {

    /** The URI this outcome is about (the one requested). */
    URI uri();

    /** A 2xx response with its body. */
    record Fetched(FetchedPage page) implements FetchResult {
        public Fetched {
            Objects.requireNonNull(page, "page");
        }

        @Override
        public URI uri() {
            return page.requested();
        }
    }

    /** 304 to a conditional GET, or a body whose hash equals the remembered one. */
    record NotModified(URI uri) implements FetchResult {
        public NotModified {
            Objects.requireNonNull(uri, "uri");
        }
    }

    /** robots.txt (RFC 9309) forbids the URI or a redirect target; no request was sent for it. */
    record Disallowed(URI uri, String reason) implements FetchResult {
        public Disallowed {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Refused before sending: scheme other than http(s), or a non-public address without allowPrivate. */
    record Refused(URI uri, String reason) implements FetchResult {
        public Refused {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Anything else that went wrong.
     *
     * @param status the last HTTP status seen, or {@link #NO_RESPONSE} when no response arrived
     *               (timeout, connection refused, unknown host)
     */
    record Failed(URI uri, int status, String reason) implements FetchResult {
        /** The status of a failure without any HTTP response. */
        public static final int NO_RESPONSE = 0;

        public Failed {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(reason, "reason");
        }

        public boolean hasResponse() {
            return status != NO_RESPONSE;
        }
    }
}
