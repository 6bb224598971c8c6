/**
 * The CoreNLP adapter and the public entry of the NLP stage.
 *
 * <p>{@code CoreNlpAnnotator} is the only class of newskg that imports {@code edu.stanford.nlp};
 * it copies CoreNLP's output into the records of this package ({@link newskg.ingest.nlp.AnnotatedDocument},
 * {@link newskg.ingest.nlp.Sentence}, {@link newskg.ingest.nlp.Token}, ...), which
 * {@link newskg.ingest.event} reads. {@link newskg.ingest.nlp.NlpAnalyzers} builds the whole stage.
 */
package newskg.ingest.nlp;
