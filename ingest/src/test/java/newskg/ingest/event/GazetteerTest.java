package newskg.ingest.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newskg.ingest.nlp.Token;

class GazetteerTest {
    private static final PlatformGazetteer PLATFORMS = PlatformGazetteer.load();
    private static final CountryGazetteer COUNTRIES = CountryGazetteer.load();

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String w : text.split(" ")) {
            out.add(new Token(out.size(), w, w.toLowerCase(java.util.Locale.ROOT), "NNP", "O", "", offset, offset + w.length()));
            offset += w.length() + 1;
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Iraq blocked Telegram on Sunday | Telegram",
            "the Tik Tok app | TikTok",
            "Douyin is popular | TikTok",
            "Telegram‘s press team | Telegram",
            "the social network X announced | Twitter",
            "access to X was cut | Twitter",
            "Google Play and WhatsApp | Google Play,WhatsApp",
            "Generation X voters | ",
            "Malcolm X said | ",
    })
    void findsPlatformsByAlias(String text, String expected) {
        List<String> found = PLATFORMS.find(tokens(text)).stream().map(PlatformGazetteer.Match::canonical).toList();
        assertThat(found).isEqualTo(expected == null ? List.of() : List.of(expected.split(",")));
    }

    @ParameterizedTest
    @CsvSource({
            "Iraq, IQ, NAME", "Iraqi, IQ, DEMONYM", "Baghdad, IQ, CAPITAL", "Nigerian, NG, DEMONYM",
            "Montana, US-MT, STATE", "Chinese, CN, DEMONYM", "Georgia, GE, NAME", "Britain, GB, ALIAS",
            "Türkiye, TR, NATIVE", "Vietnamese, VN, DEMONYM",
    })
    void mapsNamesDemonymsCapitalsAndStatesToCodes(String alias, String code, String kind) {
        CountryGazetteer.Place p = COUNTRIES.lookup(alias).orElseThrow();
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.kind()).isEqualTo(CountryGazetteer.Kind.valueOf(kind));
    }

    @Test
    void ambiguousOrWrongFormsAreLeftOut() {
        assertThat(COUNTRIES.lookup("Congolese")).isEmpty();
        assertThat(COUNTRIES.lookup("Persian")).isEmpty();
        assertThat(COUNTRIES.lookup("Kingston")).isEmpty();
    }

    @Test
    void findsMultiWordNamesLongestFirst() {
        List<CountryGazetteer.Match> m = COUNTRIES.find(tokens("officials of the United States and South Korea met"));
        assertThat(m).extracting(x -> x.place().code()).containsExactly("US", "KR");
        assertThat(COUNTRIES.lookup("Iraq").orElseThrow().wikidata()).contains("Q796");
        assertThat(COUNTRIES.name("IQ")).isEqualTo("Iraq");
        assertThat(COUNTRIES.name("ES")).isEqualTo("Spain");
    }

    @Test
    void theCountryListShipsWithItsOdblAttribution() throws IOException {
        try (InputStream in = GazetteerTest.class.getResourceAsStream("/newskg/ingest/nlp/countries.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("Data provided by Countries States Cities Database",
                    "https://github.com/dr5hn/countries-states-cities-database", "Licensed under ODbL v1.0");
        }
    }

    @ParameterizedTest
    @CsvSource({"unblocked, unblock", "banned, ban", "restricted, restrict", "throttled, throttle", "telegram, telegram"})
    void unknownParticiplesGetTheirVerbLemma(String word, String lemma) {
        assertThat(Lexicon.load().lemma(new Token(0, word, word, "JJ", "O", "", 0, word.length()))).isEqualTo(lemma);
    }
}
