/**
 * Event extraction over annotated documents: platforms and countries from gazetteers, actors with
 * head-noun coreference, platform ban/restrict/lift/threaten events, other actions, dates, modality,
 * merging. No CoreNLP type is used here; {@link newskg.ingest.event.EventExtractor} is the entry.
 */
package newskg.ingest.event;
