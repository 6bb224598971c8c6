package newskg.graph.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import newskg.model.Article;
import newskg.model.Entity;
import newskg.model.EntityType;
import newskg.model.Event;
import newskg.model.EventType;
import newskg.model.Evidence;
import newskg.model.Extraction;
import newskg.model.Modality;
import newskg.model.TimeValue;

/** A small extraction written for the tests: a regulator blocks and later unblocks a messaging app. */
public final class SampleExtraction {
    public static final String BODY = """
            Ruritania's Ministry of Communications said on Monday it had blocked Telegram nationwide.

            The ministry will lift the block on Friday, an official told reporters.""";

    private SampleExtraction() {
    }

    public static Extraction build() {
        return build(BODY);
    }

    public static Extraction build(String body) {
        Article a = Article.builder("samples/ruritania.txt", "Ruritania blocks Telegram", body)
                .url("https://news.example.org/2023/08/15/ruritania-telegram")
                .published(LocalDate.of(2023, 8, 15)).authors(List.of("Ann Writer"))
                .publisher("Example News").language("en").build();
        Entity ministry = new Entity("Ruritania's Ministry of Communications", EntityType.ORGANIZATION,
                Optional.of("RU"), List.of("the ministry"), Optional.empty());
        Entity telegram = new Entity("Telegram", EntityType.PLATFORM, Optional.empty(), List.of(),
                Optional.of("Q15616276"));
        Entity country = Entity.country("Russia", "RU", "Q159");
        int s1 = body.indexOf("Ruritania's");
        int e1 = body.indexOf("nationwide.") + "nationwide.".length();
        int s2 = body.indexOf("The ministry");
        int e2 = body.length();
        Event ban = Event.builder(EventType.BAN, "block", Evidence.of(body, s1, e1))
                .agent(ministry).target(telegram).platform(telegram).country("RU")
                .date(TimeValue.parse("2023-08-14", "on Monday").orElseThrow())
                .modality(Modality.OCCURRED).confidence(0.9).build();
        Event lift = Event.builder(EventType.LIFT, "lift", Evidence.of(body, s2, e2))
                .agent(ministry).target(telegram).platform(telegram).country("RU")
                .date(TimeValue.parse("2023-08-18", "on Friday").orElseThrow())
                .modality(Modality.ANNOUNCED).confidence(0.8).build();
        Event said = Event.builder(EventType.STATEMENT, "say", Evidence.of(body, s1, e1))
                .agent(ministry).date(TimeValue.parse("2023-08-14", "on Monday").orElseThrow())
                .confidence(0.7).build();
        return new Extraction(a, List.of(ministry, telegram, country), List.of(ban, lift, said), List.of());
    }
}
