package newskg.ingest.event;

import static newskg.ingest.event.Docs.doc;
import static newskg.ingest.event.Docs.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import newskg.model.Event;
import newskg.model.EventType;
import newskg.model.Extraction;
import newskg.model.Modality;

/** Event extraction on hand-made parses: the rules without CoreNLP. */
class EventExtractorTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 8, 15);
    private static final EventExtractor X = EventExtractor.create();

    private static List<Event> platformEvents(Docs.Spec... sentences) {
        Extraction x = X.extract(doc(PUBLISHED, sentences), List.of());
        return x.platformEvents();
    }

    @Test
    void activeBanWithItsOwnDate() {
        List<Event> es = platformEvents(s("Iraq/Iraq/NNP/LOCATION blocked/block/VBD/O Telegram/Telegram/NNP/O "
                        + "on/on/IN/O Sunday/Sunday/NNP/DATE/2023-08-13 ./././O",
                "root 0 2", "nsubj 2 1", "obj 2 3", "obl 2 5", "case 5 4", "punct 2 6"));
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.BAN);
            assertThat(e.platform().orElseThrow().name()).isEqualTo("Telegram");
            assertThat(e.platform().orElseThrow().wikidata()).contains("Q15616276");
            assertThat(e.country()).contains("IQ");
            assertThat(e.date().orElseThrow().iso()).isEqualTo("2023-08-13");
            assertThat(e.agent().orElseThrow().name()).isEqualTo("Iraq");
            assertThat(e.modality()).isEqualTo(Modality.OCCURRED);
        });
    }

    @Test
    void withoutADateTheEventFallsBackToThePublicationWeek() {
        List<Event> es = platformEvents(s("Nigeria/Nigeria/NNP/LOCATION suspended/suspend/VBD/O Twitter/Twitter/NNP/O ./././O",
                "root 0 2", "nsubj 2 1", "obj 2 3", "punct 2 4"));
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.country()).contains("NG");
            assertThat(e.date().orElseThrow().iso()).isEqualTo("2023-W33");
            assertThat(e.date().orElseThrow().text()).isEmpty();
        });
    }

    @Test
    void liftingTheBanIsALiftNotABan() {
        List<Event> es = platformEvents(s("Kenya/Kenya/NNP/LOCATION lifted/lift/VBD/O the/the/DT/O ban/ban/NN/O "
                        + "on/on/IN/O TikTok/TikTok/NNP/O ./././O",
                "root 0 2", "nsubj 2 1", "det 4 3", "obj 2 4", "case 6 5", "nmod:on 4 6", "punct 2 7"));
        assertThat(es).extracting(e -> e.type() + " " + e.platform().orElseThrow().name() + " " + e.country().orElseThrow())
                .containsExactly("LIFT TikTok KE");
    }

    @Test
    void aPlatformActingOnItsUsersIsNoPlatformEvent() {
        List<Event> es = platformEvents(s("Facebook/Facebook/NNP/ORGANIZATION blocked/block/VBD/O posts/post/NNS/O ./././O",
                "root 0 2", "nsubj 2 1", "obj 2 3", "punct 2 4"));
        assertThat(es).isEmpty();
    }

    @Test
    void anAccountSuspensionIsNoPlatformEvent() {
        List<Event> es = platformEvents(s("His/his/PRP$/O Twitter/Twitter/NNP/O account/account/NN/O was/be/VBD/O "
                        + "suspended/suspend/VBN/O ./././O",
                "root 0 5", "nmod:poss 3 1", "compound 3 2", "nsubj:pass 5 3", "aux:pass 5 4", "punct 5 6"));
        assertThat(es).isEmpty();
    }

    @Test
    void aNegatedBanIsDeniedAndLeavesTheTimeline() {
        Extraction x = X.extract(doc(PUBLISHED, s("Iraq/Iraq/NNP/LOCATION did/do/VBD/O not/not/RB/O block/block/VB/O "
                        + "Telegram/Telegram/NNP/O ./././O",
                "root 0 4", "nsubj 4 1", "aux 4 2", "advmod 4 3", "obj 4 5", "punct 4 6")), List.of());
        assertThat(x.platformEvents()).isEmpty();
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.modality()).isEqualTo(Modality.DENIED);
            assertThat(e.platform().orElseThrow().name()).isEqualTo("Telegram");
        });
    }

    @Test
    void theBanRefersBackToTheLastPlatformEvent() {
        List<Event> es = platformEvents(
                s("Iraq/Iraq/NNP/LOCATION blocked/block/VBD/O Telegram/Telegram/NNP/O ./././O",
                        "root 0 2", "nsubj 2 1", "obj 2 3", "punct 2 4"),
                s("The/the/DT/O ban/ban/NN/O was/be/VBD/O lifted/lift/VBN/O yesterday/yesterday/NN/DATE/2023-08-14 ./././O",
                        "root 0 4", "det 2 1", "nsubj:pass 4 2", "aux:pass 4 3", "obl:tmod 4 5", "punct 4 6"));
        assertThat(es).extracting(e -> e.type() + " " + e.country().orElseThrow() + " " + e.date().orElseThrow().iso())
                .containsExactly("BAN IQ 2023-W33", "LIFT IQ 2023-08-14");
    }

    @Test
    void evidenceRoundTripsIntoTheBody() {
        Extraction x = X.extract(doc(PUBLISHED,
                s("Hello/hello/UH/O ./././O", "root 0 1", "punct 1 2"),
                s("Iraq/Iraq/NNP/LOCATION blocked/block/VBD/O Telegram/Telegram/NNP/O ./././O",
                        "root 0 2", "nsubj 2 1", "obj 2 3", "punct 2 4")), List.of());
        Event e = x.platformEvents().get(0);
        assertThat(x.article().body().substring(e.evidence().start(), e.evidence().end()))
                .isEqualTo(e.evidence().text()).isEqualTo("Iraq blocked Telegram .");
    }
}
