/**
 * Fetching the web like a good citizen.
 *
 * <ul>
 *   <li>{@link newskg.ingest.fetch.HttpFetcher}: one URI to one {@link newskg.ingest.fetch.FetchResult}
 *       ({@code Fetched}, {@code NotModified}, {@code Disallowed}, {@code Refused}, {@code Failed}),
 *       on an injected {@link java.net.http.HttpClient}, {@link java.time.Clock} and
 *       {@link newskg.ingest.fetch.Sleeper}; redirects followed by hand so every hop is checked.</li>
 *   <li>{@link newskg.ingest.fetch.RobotsPolicy}: RFC 9309 through crawler-commons, as a
 *       {@link newskg.ingest.fetch.HopGate}.</li>
 *   <li>{@link newskg.ingest.fetch.FetchConfig}: timeouts, caps, retries, politeness, allowPrivate.</li>
 *   <li>{@link newskg.ingest.fetch.FetchedPage}: the immutable page handed to extraction.</li>
 * </ul>
 *
 * <pre>{@code
 * FetchConfig config = FetchConfig.defaults();
 * HttpFetcher fetcher = HttpFetcher.builder().config(config).client(HttpFetcher.defaultClient(config)).build();
 * RobotsPolicy robots = new RobotsPolicy(fetcher);
 * FetchResult r = fetcher.fetch(uri, Validators.NONE, robots.gate());
 * }</pre>
 */
package newskg.ingest.fetch;
