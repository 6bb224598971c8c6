package newskg.ingest.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * A check run before every request of a fetch, the first one and each redirect target, after the
 * scheme and address checks. {@link RobotsPolicy#gate()} is the usual one.
 *
 * <pre>{@code
 * HopGate onlyExampleOrg = hop -> hop.getHost().equals("example.org") ? Optional.empty()
 *         : Optional.of(new FetchResult.Refused(hop, "off site"));
 * }</pre>
 */
@FunctionalInterface
public interface HopGate {

    /** Lets everything through. */
    HopGate ALLOW_ALL = hop -> Optional.empty();

    /** Empty to go on; otherwise the result that ends the fetch, without a request for {@code hop}. */
    Optional<FetchResult> check(URI hop);

    /** This gate, then {@code next}. */
    default HopGate and(HopGate next) {
        return hop -> {
            Optional<FetchResult> first = check(hop);
            return first.isPresent() ? first : next.check(hop);
        };
    }
}
