package newskg.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Refuses URIs a crawler must not be turned against: schemes other than http and https, and hosts
 * that resolve to loopback, private (RFC 1918), shared (RFC 6598), link-local, unique-local
 * (RFC 4193), unspecified, multicast or reserved addresses, unless private addresses are allowed.
 * Every resolved address must be public, so a name with one public and one private record is refused.
 *
 * <p>Limit: {@link java.net.http.HttpClient} resolves the name again when it connects, so a DNS
 * server answering differently the second time (DNS rebinding) is not caught here.
 *
 * <pre>{@code
 * AddressPolicy policy = new AddressPolicy(false, InetAddress::getAllByName);
 * Optional<FetchResult> refusal = policy.check(URI.create("http://127.0.0.1/")); // Refused
 * }</pre>
 */
public final class AddressPolicy {

    /** Name resolution, injected so tests can map names to chosen addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public AddressPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = java.util.Objects.requireNonNull(resolver, "resolver");
    }

    /** Empty when {@code uri} may be requested; otherwise a Refused (or Failed for an unknown host). */
    public Optional<FetchResult> check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(new FetchResult.Refused(uri, "scheme not allowed: " + (scheme.isEmpty() ? "none" : scheme)));
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of(new FetchResult.Refused(uri, "no host"));
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of(new FetchResult.Failed(uri, FetchResult.Failed.NO_RESPONSE, "unknown host " + host));
        }
        if (addresses.length == 0) {
            return Optional.of(new FetchResult.Failed(uri, FetchResult.Failed.NO_RESPONSE, "unknown host " + host));
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                if (isNonPublic(a)) {
                    return Optional.of(new FetchResult.Refused(uri,
                            "non-public address " + a.getHostAddress() + " (allowPrivate is off)"));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code a} is anything but a public unicast address. */
    static boolean isNonPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xff;
            int b1 = b[1] & 0xff;
            return b0 == 0                                  // "this network" (RFC 791)
                    || (b0 == 100 && (b1 & 0xc0) == 64)     // shared address space (RFC 6598)
                    || (b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments (RFC 6890)
                    || (b0 == 198 && (b1 == 18 || b1 == 19)) // benchmarking (RFC 2544)
                    || b0 >= 240;                           // reserved and broadcast (RFC 1112)
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true;                                // unique local fc00::/7 (RFC 4193)
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return true;                                // deprecated site-local fec0::/10 (RFC 3879)
            }
            boolean v4Compatible = true;                    // ::a.b.c.d and ::ffff:a.b.c.d embed IPv4
            for (int i = 0; i < 10; i++) {
                v4Compatible &= b[i] == 0;
            }
            boolean mapped = v4Compatible && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            boolean compat = v4Compatible && b[10] == 0 && b[11] == 0;
            if (mapped || compat) {
                try {
                    return isNonPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("4 bytes are always an address", e);
                }
            }
        }
        return false;
    }
}
