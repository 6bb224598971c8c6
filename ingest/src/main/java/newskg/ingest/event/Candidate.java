package newskg.ingest.event;

import java.util.Optional;

import newskg.model.Entity;
import newskg.model.EventType;
import newskg.model.Modality;

/**
 * An event found in one sentence, before merging: what the finders hand to {@link EventMerger}.
 *
 * @param sentence   index of the sentence that states it
 * @param anchor     index of the token the event's clause hangs on
 * @param type       taxonomy type
 * @param action     the lemma of the word that states it
 * @param agent      who acts
 * @param target     on what
 * @param platform   the platform's canonical name, for platform events
 * @param country    the acting authority's code, for platform events
 * @param date       the date and how it was found
 * @param modality   occurred, announced, ...
 * @param speaker    who said it, for reported speech
 * @param confidence in [0, 1]
 * @param referring  found through "the ban", "the platforms", "it": a reference to an act named before
 * @param cues       how a platform event was found, for its confidence
 */
record Candidate(int sentence, int anchor, EventType type, String action, Optional<Entity> agent, Optional<Entity> target,
                 Optional<String> platform, Optional<String> country, Optional<Dates.Dated> date,
                 Modality modality, Optional<Entity> speaker, double confidence,
                 boolean referring, Cues cues) {

    /** Where a platform event's country came from. */
    enum CountrySource { AGENT, PLACE, COORDINATED, ARTICLE, NONE }

    /**
     * How a platform event was found: what the confidence model reads.
     *
     * @param route     how the trigger reached the platform
     * @param nominal   stated by a noun ("the ban on X") rather than a verb
     * @param weak      a restriction word news also uses loosely for a ban
     * @param discovered a platform the gazetteer does not know
     * @param country   where the country came from
     * @param support   how many statements of the article the merged event stands on
     * @param undone    for a lift, what the text says was lifted
     * @param earlier   told as before the news ("had blocked", "earlier"): no narrative time for it
     */
    record Cues(Patients.Route route, boolean nominal, boolean weak, boolean discovered, CountrySource country,
                int support, Optional<EventType> undone, boolean earlier) {
        static final Cues NONE = new Cues(Patients.Route.DIRECT, false, false, false, CountrySource.NONE, 1,
                Optional.empty(), false);

        Cues withSupport(int n) {
            return new Cues(route, nominal, weak, discovered, country, n, undone, earlier);
        }
    }

    Candidate withType(EventType t) {
        return new Candidate(sentence, anchor, t, action, agent, target, platform, country, date, modality, speaker,
                confidence, referring, cues);
    }

    Candidate withDate(Optional<Dates.Dated> d) {
        return new Candidate(sentence, anchor, type, action, agent, target, platform, country, d, modality, speaker,
                confidence, referring, cues);
    }

    Candidate withConfidence(double c) {
        return new Candidate(sentence, anchor, type, action, agent, target, platform, country, date, modality, speaker,
                c, referring, cues);
    }
}
