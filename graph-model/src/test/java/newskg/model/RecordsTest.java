package newskg.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecordsTest {
    private static final String BODY = "The regulator blocked the app on Monday. It was restored later.";

    @Test
    void articleIdComesFromTheUrlWhenThereIsOneElseFromTheBody() {
        Article withUrl = Article.builder("a.html", "T", BODY).url("https://example.org/a").build();
        Article copy = Article.builder("elsewhere/b.html", "T", BODY).url("https://example.org/a").build();
        Article noUrl = Article.builder("a.txt", "T", BODY).build();
        assertThat(withUrl.id()).isEqualTo(copy.id());
        assertThat(noUrl.id()).isEqualTo(ArticleId.ofText(BODY)).isNotEqualTo(withUrl.id());
    }

    @Test
    void contentHashChangesWithTheTextAndTheDate() {
        Article a = Article.builder("a.txt", "T", BODY).published(LocalDate.of(2023, 8, 15)).build();
        Article b = Article.builder("a.txt", "T", BODY).published(LocalDate.of(2023, 8, 16)).build();
        Article c = Article.builder("a.txt", "T", BODY + " More.").published(LocalDate.of(2023, 8, 15)).build();
        assertThat(a.contentHash()).isNotEqualTo(b.contentHash()).isNotEqualTo(c.contentHash());
    }

    @Test
    void evidenceMustRoundTripIntoTheBody() {
        Article a = Article.builder("a.txt", "T", BODY).build();
        Evidence good = Evidence.of(BODY, 0, 40);
        Event e = Event.builder(EventType.OTHER, "block", good).build();
        assertThat(new Extraction(a, List.of(), List.of(e), List.of()).events()).hasSize(1);

        Evidence elsewhere = new Evidence("x".repeat(40), 0, 40);
        Event bad = Event.builder(EventType.OTHER, "block", elsewhere).build();
        assertThatThrownBy(() -> new Extraction(a, List.of(), List.of(bad), List.of()))
                .hasMessageContaining("round-trip");
    }

    @Test
    void entityAndEventCheckTheirCodes() {
        assertThatThrownBy(() -> Entity.country("Iraq", "Iraq", null)).hasMessageContaining("ISO 3166");
        assertThat(Entity.of("Montana", EntityType.PLACE).withCountry("US-MT").country()).contains("US-MT");
        Evidence ev = Evidence.of(BODY, 0, 5);
        assertThatThrownBy(() -> Event.builder(EventType.BAN, "block", ev).confidence(1.5).build())
                .hasMessageContaining("confidence");
        assertThatThrownBy(() -> Event.builder(EventType.BAN, "block", ev)
                .platform(Entity.of("Telegram", EntityType.ORGANIZATION)).build())
                .hasMessageContaining("platform");
    }
}
