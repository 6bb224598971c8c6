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
 */
record Candidate(int sentence, int anchor, EventType type, String action, Optional<Entity> agent, Optional<Entity> target,
                 Optional<String> platform, Optional<String> country, Optional<Dates.Dated> date,
                 Modality modality, Optional<Entity> speaker, double confidence,
                 boolean referring) {
}

