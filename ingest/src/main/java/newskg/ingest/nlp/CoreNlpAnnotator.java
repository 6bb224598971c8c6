package newskg.ingest.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import newskg.model.Article;

/**
 * The only class that talks to Stanford CoreNLP: runs the pipeline on an article body and copies
 * what event extraction needs into our own records.
 *
 * <p>Thread-safe: the pipeline is built once in the constructor (20-60 s) and shared; every call
 * works on its own {@link Annotation} (TECH-NOTES §D5).
 */
final class CoreNlpAnnotator implements DocumentAnnotator {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);

    private final StanfordCoreNLP pipeline;

    CoreNlpAnnotator(NlpOptions options) {
        Properties props = new Properties();
        options.corenlp().forEach(props::setProperty);
        long t0 = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(props);
        LOG.info("CoreNLP pipeline {} loaded in {} ms", options.corenlp().get("annotators"),
                (System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    public AnnotatedDocument annotate(Article article) {
        String body = article.body();
        Annotation ann = new Annotation(body);
        // SUTime resolves "on Sunday", "earlier this week" against this date; it must be YYYY-MM-DD.
        article.published().ifPresent(d -> ann.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        try {
            pipeline.annotate(ann);
        } catch (RuntimeException e) {
            throw new NlpException("CoreNLP failed: " + e, e);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> maps = ann.get(CoreAnnotations.SentencesAnnotation.class);
        if (maps != null) {
            for (CoreMap s : maps) {
                sentences.add(sentence(sentences.size(), s, body));
            }
        }
        return new AnnotatedDocument(article, sentences);
    }

    private static Sentence sentence(int index, CoreMap s, String body) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            int b = l.beginPosition();
            int e = l.endPosition();
            tokens.add(new Token(i, body.substring(b, e), nz(l.lemma()), nz(l.tag()), nz(l.ner()),
                    nz(l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)), b, e));
        }
        List<Dependency> enhanced = edges(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        List<Dependency> basic = edges(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
        List<NerMention> mentions = new ArrayList<>();
        List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
        if (ms != null) {
            for (CoreMap m : ms) {
                List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                if (mt == null || mt.isEmpty()) {
                    continue;
                }
                int first = mt.get(0).index() - 1;
                int last = mt.get(mt.size() - 1).index();
                int b = mt.get(0).beginPosition();
                int e = mt.get(mt.size() - 1).endPosition();
                mentions.add(new NerMention(first, last, body.substring(b, e),
                        nz(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)),
                        nz(m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)), b, e));
            }
        }
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, tokens, enhanced, basic, mentions);
    }

    private static List<Dependency> edges(SemanticGraph g) {
        List<Dependency> out = new ArrayList<>();
        if (g == null) {
            return out;
        }
        for (IndexedWord root : g.getRoots()) {
            out.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                    e.getRelation().toString()));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
