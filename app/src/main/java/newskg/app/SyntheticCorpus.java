package newskg.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import newskg.model.Article;
import newskg.model.Entity;
import newskg.model.EntityType;
import newskg.model.Event;
import newskg.model.EventType;
import newskg.model.Evidence;
import newskg.model.Extraction;
import newskg.model.Modality;
import newskg.model.TimeValue;

/**
 * Deterministic synthetic extractions for benchmarks and load tests: articles whose sentences
 * each state one event, with the mix of platform events and other actions that news has.
 * Article {@code i} is always the same, so runs are comparable.
 */
final class SyntheticCorpus {
    private static final String[] PLATFORMS = {"Telegram", "X", "TikTok", "WhatsApp", "Facebook", "YouTube",
        "Instagram", "Signal", "Wikipedia", "Discord"};
    private static final String[][] COUNTRIES = {{"IQ", "Iraq"}, {"NG", "Nigeria"}, {"BR", "Brazil"}, {"TR", "Turkey"},
        {"PK", "Pakistan"}, {"IN", "India"}, {"IR", "Iran"}, {"BD", "Bangladesh"}, {"VN", "Vietnam"}, {"ES", "Spain"},
        {"KE", "Kenya"}, {"UG", "Uganda"}, {"RU", "Russia"}, {"CN", "China"}, {"ET", "Ethiopia"}};
    private static final String[] AUTHORITIES = {"Ministry of Communications", "telecoms regulator", "Supreme Court",
        "Interior Ministry", "government"};
    private static final String[][] ACTIONS = {{"say", "statement"}, {"demand", "request"}, {"agree", "comply"},
        {"refuse", "reject"}, {"meet", "other"}};

    private SyntheticCorpus() {
    }

    /** The ISO codes of the countries the synthetic articles are about. */
    static List<String> countryCodes() {
        return java.util.Arrays.stream(COUNTRIES).map(c -> c[0]).toList();
    }

    /** The platforms the synthetic articles are about. */
    static List<String> platformNames() {
        return List.of(PLATFORMS);
    }

    static Extraction article(int i, int eventsPerArticle) {
        Random r = new Random(31L * i + 7);
        String[] country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        Entity platform = new Entity(PLATFORMS[r.nextInt(PLATFORMS.length)], EntityType.PLATFORM, Optional.empty(),
                List.of(), Optional.empty());
        Entity authority = new Entity(country[1] + "'s " + AUTHORITIES[r.nextInt(AUTHORITIES.length)],
                EntityType.ORGANIZATION, Optional.of(country[0]), List.of(), Optional.empty());
        LocalDate published = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3650));
        StringBuilder body = new StringBuilder();
        List<Event> events = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (int k = 0; k < eventsPerArticle; k++) {
            LocalDate day = published.minusDays(r.nextInt(30));
            String sentence;
            EventType type;
            String lemma;
            if (k == 0 || r.nextInt(4) == 0) {
                type = new EventType[] {EventType.BAN, EventType.RESTRICT, EventType.LIFT, EventType.THREATEN}[r.nextInt(4)];
                lemma = type.key();
                sentence = authority.name() + " moved to " + lemma + " " + platform.name() + " on " + day
                        + " in synthetic report " + i + "-" + k + ".";
            } else {
                String[] action = ACTIONS[r.nextInt(ACTIONS.length)];
                type = EventType.fromKey(action[1]).orElseThrow();
                lemma = action[0];
                sentence = authority.name() + " chose to " + lemma + " on " + day + " about " + platform.name()
                        + " in synthetic report " + i + "-" + k + ".";
            }
            int start = body.length();
            body.append(sentence);
            spans.add(new int[] {start, body.length()});
            sentences.add(type.key() + "|" + lemma + "|" + day);
            body.append(' ');
        }
        String text = body.toString().strip();
        Article a = Article.builder("synthetic", "Synthetic report " + i, text)
                .url("https://synthetic.example.org/" + published.getYear() + "/report-" + i)
                .published(published).language("en").build();
        for (int k = 0; k < spans.size(); k++) {
            String[] parts = sentences.get(k).split("\\|");
            EventType type = EventType.fromKey(parts[0]).orElseThrow();
            Event.Builder b = Event.builder(type, parts[1], Evidence.of(text, spans.get(k)[0], spans.get(k)[1]))
                    .agent(authority).date(TimeValue.day(LocalDate.parse(parts[2]), "on " + parts[2]))
                    .modality(Modality.OCCURRED).confidence(0.9);
            if (type.isPlatformType()) {
                b.platform(platform).target(platform).country(country[0]);
            } else {
                b.target(platform);
            }
            events.add(b.build());
        }
        return new Extraction(a, List.of(authority, platform), events, List.of());
    }
}
