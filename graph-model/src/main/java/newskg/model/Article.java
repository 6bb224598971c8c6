package newskg.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as extracted from a page, a file or a record: the input of the NLP stage.
 *
 * <pre>{@code
 * Article a = Article.builder("data/00.txt", "Iraq lifts ban", body)
 *     .published(LocalDate.of(2023, 8, 15)).build();
 * }</pre>
 *
 * @param id        stable identity (from {@code url} when present, else from the body)
 * @param source    the path or URL as the user gave it
 * @param url       the canonical URL, when known
 * @param title     the headline (may be empty, never null)
 * @param published the publication date, when known
 * @param authors   author names, in page order
 * @param publisher the publisher's name, when known
 * @param language  a BCP 47 language tag, when known
 * @param body      the body text; evidence offsets point into it
 * @param contentHash SHA-256 of title, date and body: an unchanged article has the same hash
 */
public record Article(ArticleId id, String source, Optional<String> url, String title,
                      Optional<LocalDate> published, List<String> authors, Optional<String> publisher,
                      Optional<String> language, String body, String contentHash) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        authors = List.copyOf(authors);
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public static Builder builder(String source, String title, String body) {
        return new Builder(source, title, body);
    }

    /** Builds an {@link Article}, deriving its id and content hash. */
    public static final class Builder {
        private final String source;
        private final String title;
        private final String body;
        private String url;
        private LocalDate published;
        private List<String> authors = List.of();
        private String publisher;
        private String language;

        private Builder(String source, String title, String body) {
            this.source = Objects.requireNonNull(source, "source");
            this.title = Objects.requireNonNull(title, "title").strip();
            this.body = Objects.requireNonNull(body, "body");
        }

        public Builder url(String value) { this.url = blankToNull(value); return this; }
        public Builder published(LocalDate value) { this.published = value; return this; }
        public Builder authors(List<String> value) { this.authors = List.copyOf(value); return this; }
        public Builder publisher(String value) { this.publisher = blankToNull(value); return this; }
        public Builder language(String value) { this.language = blankToNull(value); return this; }

        public Article build() {
            ArticleId id = url != null ? ArticleId.ofUrl(url) : ArticleId.ofText(body);
            String hash = ArticleId.sha256(title + "\n" + published + "\n" + body);
            return new Article(id, source, Optional.ofNullable(url), title, Optional.ofNullable(published),
                    authors, Optional.ofNullable(publisher), Optional.ofNullable(language), body, hash);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
