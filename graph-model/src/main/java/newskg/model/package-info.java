/**
 * The immutable records that cross module boundaries:
 * {@code Source -> FetchedPage -> Article -> Extraction -> RDF}.
 *
 * <p>Nothing here imports Jena, Jsoup or CoreNLP; every record checks its
 * invariants in its compact constructor and uses {@code java.time} for time.
 */
package newskg.model;
