package newskg.ingest.crawl;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import newskg.ingest.fetch.Charsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the entries of an RSS 2.0, RSS 1.0 (RDF) or Atom (RFC 4287) feed from its bytes, with a
 * hardened StAX parser: no DTD processing, no external entities, and any DOCTYPE rejected outright,
 * so neither XXE nor entity-expansion bombs (billion laughs) can do anything (OWASP XXE cheat sheet).
 *
 * <pre>{@code
 * FeedParser.Result r = FeedParser.parse(bytes, URI.create("https://example.org/feed.xml"));
 * if (r instanceof FeedParser.Result.Ok ok) ok.entries().forEach(e -> queue(e.link()));
 * }</pre>
 */
public final class FeedParser {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FeedParser.class);

    /** Most entries taken from one feed; the rest are ignored (a feed is a short list of news). */
    static final int MAX_ENTRIES = 10_000;

    private FeedParser() {
    }

    /** The entries, or why the feed could not be read. */
    public sealed interface Result {
        /** Entries in document order, with links resolved against the feed's URL. */
        record Ok(List<FeedEntry> entries) implements Result {
            public Ok {
                entries = List.copyOf(entries);
            }
        }

        /** Not a well-formed, safe feed. */
        record Error(String reason) implements Result {
            public Error {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    public static Result parse(byte[] xml, URI base) {
        XMLStreamReader r = null;
        try {
            // Decode ourselves (BOM, XML declaration, else UTF-8/windows-1252 sniffing, bad bytes
            // replaced): the JDK parser would print "[Fatal Error]" to stderr on invalid bytes.
            java.nio.charset.Charset cs = Charsets.detect(xml, java.util.Optional.empty());
            r = factory().createXMLStreamReader(new java.io.InputStreamReader(new ByteArrayInputStream(xml),
                    cs.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)));
            return read(r, base);
        } catch (XMLStreamException e) {
            return new Result.Error("malformed feed: " + firstLine(e.getMessage()));
        } finally {
            close(r);
        }
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLReporter((message, type, info, location) -> LOG.debug("feed XML {}: {}", type, message));
        return f;
    }

    private static Result read(XMLStreamReader r, URI base) throws XMLStreamException {
        List<FeedEntry> entries = new ArrayList<>();
        Entry current = null;
        String field = null;
        StringBuilder text = new StringBuilder();
        boolean sawRoot = false;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD:
                    return new Result.Error("DOCTYPE not allowed in a feed (XXE and entity expansion guard)");
                case XMLStreamConstants.ENTITY_REFERENCE:
                    return new Result.Error("undeclared entity &" + r.getLocalName() + "; in feed");
                case XMLStreamConstants.START_ELEMENT: {
                    String name = r.getLocalName();
                    if (!sawRoot) {
                        sawRoot = true;
                        if (!name.equals("rss") && !name.equals("feed") && !name.equals("RDF")) {
                            return new Result.Error("not a feed: root element <" + name + ">");
                        }
                    }
                    if (name.equals("item") || name.equals("entry")) {
                        current = new Entry();
                    } else if (current != null) {
                        if (name.equals("link") && r.getAttributeValue(null, "href") != null) {
                            String rel = r.getAttributeValue(null, "rel");
                            if (rel == null || rel.equals("alternate")) {
                                current.atomLink = current.atomLink == null ? r.getAttributeValue(null, "href") : current.atomLink;
                            }
                        }
                        field = name;
                        text.setLength(0);
                        if (name.equals("guid")) {
                            current.guidIsLink = !"false".equalsIgnoreCase(r.getAttributeValue(null, "isPermaLink"));
                        }
                    }
                    break;
                }
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                    if (current != null && field != null && text.length() < 4096) {
                        text.append(r.getText());
                    }
                    break;
                case XMLStreamConstants.END_ELEMENT: {
                    String name = r.getLocalName();
                    if (current != null && (name.equals("item") || name.equals("entry"))) {
                        current.toEntry(base).ifPresent(entries::add);
                        current = null;
                        if (entries.size() >= MAX_ENTRIES) {
                            return new Result.Ok(entries);
                        }
                    } else if (current != null && name.equals(field)) {
                        current.set(name, text.toString().strip());
                        field = null;
                    }
                    break;
                }
                default:
                    break;
            }
        }
        return sawRoot ? new Result.Ok(entries) : new Result.Error("empty feed");
    }

    /** The fields of one item as they are read. */
    private static final class Entry {
        String link;
        String atomLink;
        String guid;
        boolean guidIsLink;
        String title = "";
        String date;
        String fallbackDate;

        void set(String name, String value) {
            switch (name) {
                case "link" -> link = link == null && !value.isEmpty() ? value : link;
                case "guid", "id" -> guid = value;
                case "title" -> title = value;
                case "pubDate", "published", "date" -> date = date == null ? value : date;
                case "updated", "modified", "issued" -> fallbackDate = value;
                default -> { }
            }
        }

        Optional<FeedEntry> toEntry(URI base) {
            String href = atomLink != null ? atomLink : link != null ? link
                    : guid != null && guidIsLink && guid.startsWith("http") ? guid : null;
            if (href == null) {
                return Optional.empty();
            }
            try {
                URI uri = base.resolve(new URI(href.strip().replace(" ", "%20")));
                return Optional.of(new FeedEntry(uri, Dates.parse(date != null ? date : fallbackDate), title));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.empty(); // an unusable link drops the item, not the feed
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        String line = s.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(s);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    private static void close(XMLStreamReader r) {
        if (r == null) {
            return;
        }
        try {
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("closing an in-memory StAX reader cannot fail", e);
        }
    }
}
