package newskg.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per RFC 9309, parsed by crawler-commons' {@link SimpleRobotRulesParser}, fetched
 * through the same {@link HttpFetcher} (same address checks, redirect limit, caps) and cached per
 * scheme, host and port for {@link FetchConfig#robotsCacheTtl()}.
 *
 * <p>Status mapping (RFC 9309 §2.3.1): 2xx parse; 4xx "unavailable", everything allowed; 5xx and
 * unreachable (no response, timeout) "unreachable", everything disallowed (crawler-commons also
 * treats 429 so). A Crawl-delay is passed to the fetcher, which cuts it to its cap.
 *
 * <pre>{@code
 * RobotsPolicy robots = new RobotsPolicy(fetcher);
 * FetchResult r = fetcher.fetch(uri, Validators.NONE, robots.gate());   // Disallowed without a request
 * }</pre>
 *
 * <p>Thread-safe; concurrent first lookups for one site may both fetch robots.txt, the last wins.
 */
public final class RobotsPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(RobotsPolicy.class);

    private final HttpFetcher fetcher;
    /**
     * crawler-commons treats a Crawl-delay above its maximum as "disallow all"; we honour any
     * delay up to {@link FetchConfig#maxCrawlDelay()} instead, so its maximum is lifted here.
     */
    private final SimpleRobotRulesParser parser =
            new SimpleRobotRulesParser(Long.MAX_VALUE, SimpleRobotRulesParser.DEFAULT_MAX_WARNINGS);
    private final List<String> names;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public RobotsPolicy(HttpFetcher fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.names = List.of(fetcher.config().robotsName());
    }

    /** A gate for {@link HttpFetcher#fetch(URI, Validators, HopGate)}: Disallowed when robots.txt says so. */
    public HopGate gate() {
        return hop -> isAllowed(hop) ? Optional.empty()
                : Optional.of(new FetchResult.Disallowed(hop, reason(hop)));
    }

    /** Why {@code uri} is disallowed: a rule of robots.txt, or robots.txt being unreachable. */
    private String reason(URI uri) {
        Cached c = cache.get(siteKey(uri));
        return c != null && !c.why.isEmpty() ? c.why : "disallowed by " + robotsUri(uri);
    }

    /** Whether robots.txt of {@code uri}'s site lets our User-Agent fetch it; /robots.txt itself always may. */
    public boolean isAllowed(URI uri) {
        if ("/robots.txt".equals(uri.getRawPath())) {
            return true;
        }
        return rules(uri).isAllowed(uri.toString());
    }

    /** The rules for {@code uri}'s site, fetched once per cache period. */
    public BaseRobotRules rules(URI uri) {
        String key = siteKey(uri);
        Instant now = fetcher.clock().instant();
        Cached c = cache.get(key);
        if (c != null && now.isBefore(c.expires)) {
            return c.rules;
        }
        Cached loaded = load(uri, now.plus(fetcher.config().robotsCacheTtl()));
        cache.put(key, loaded);
        BaseRobotRules rules = loaded.rules;
        if (rules.getCrawlDelay() > 0) {
            fetcher.crawlDelay(uri, Duration.ofMillis(rules.getCrawlDelay()));
        }
        return rules;
    }

    /** The Sitemap: lines of {@code uri}'s robots.txt. */
    public List<String> sitemaps(URI uri) {
        return List.copyOf(rules(uri).getSitemaps());
    }

    private Cached load(URI site, Instant expires) {
        URI robots = robotsUri(site);
        FetchResult r = fetcher.fetch(robots);
        if (r instanceof FetchResult.Fetched f) {
            String type = f.page().header("content-type").orElse("text/plain");
            return new Cached(parser.parseContent(robots.toString(), f.page().body(), type, names), expires, "");
        }
        if (r instanceof FetchResult.Failed f && f.hasResponse() && f.status() >= 400 && f.status() < 500) {
            // RFC 9309 §2.3.1.3 "unavailable": crawl as if there were no robots.txt (crawler-commons
            // keeps 429 as a reason to hold off).
            return new Cached(parser.failedFetch(f.status()), expires,
                    robots + " answered HTTP " + f.status() + ": site disallowed for now");
        }
        if (r instanceof FetchResult.Failed f && f.hasResponse() && f.status() >= 300 && f.status() < 400) {
            // RFC 9309 §2.3.1.2: after too many redirects a crawler may take robots.txt as unavailable.
            return new Cached(parser.failedFetch(404), expires, "");
        }
        // 5xx, no response, refused, or a 304 we never asked for: RFC 9309 §2.3.1.4 "unreachable",
        // assume complete disallow.
        String why = r instanceof FetchResult.Failed f ? f.reason() : r.getClass().getSimpleName();
        LOG.debug("robots.txt {} unreachable ({}): disallowing the site", robots, why);
        return new Cached(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), expires,
                "robots.txt unreachable (" + why + "): site disallowed (RFC 9309 §2.3.1.4)");
    }

    static URI robotsUri(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        String port = uri.getPort() >= 0 ? ":" + uri.getPort() : "";
        return URI.create(scheme + "://" + uri.getHost() + port + "/robots.txt");
    }

    /** RFC 9309 §2.4: rules apply to one scheme, host and port. */
    static String siteKey(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + port;
    }

    /** Rules, until when they hold, and why the site is closed when it is not robots.txt's own rules. */
    private record Cached(BaseRobotRules rules, Instant expires, String why) {
    }
}
