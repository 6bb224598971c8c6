package newskg.ingest.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
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

    /**
     * A sentence SUTime can find a time expression in: a digit or a time word. The others (most
     * of a news article) skip SUTime, which costs more than the rest of NER.
     */
    private static final Pattern TIME_CUE = Pattern.compile("(?i)\\d|\\b(mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|today|tonight|tomorrow|yesterday|week"
            + "|month|year|decade|centur|\\bday|\\bago\\b|\\bnow\\b|morning|afternoon|evening|night|noon"
            + "|spring|summer|autumn|\\bfall\\b|winter|quarter|recent|current|earlier|later|season|holiday"
            + "|christmas|easter|ramadan|eid\\b|new year");

    private final StanfordCoreNLP pipeline;
    private final Annotator depparse;
    private final TimeAnnotator sutime;

    CoreNlpAnnotator(NlpOptions options) {
        Properties props = new Properties();
        options.corenlp().forEach(props::setProperty);
        long t0 = System.nanoTime();
        // The parser, SUTime and the rest load on their own threads: loading is most of a short
        // run's time, and each model reads and unpacks its own file (a third less wall time on 2 cores).
        List<String> annotators = new ArrayList<>(List.of(props.getProperty("annotators").split("\\s*,\\s*")));
        boolean parse = annotators.remove("depparse");
        Properties rest = new Properties();
        rest.putAll(props);
        rest.setProperty("annotators", String.join(",", annotators));
        ExecutorService loaders = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "corenlp-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Annotator> parser = parse ? loaders.submit(() -> (Annotator) new DependencyParseAnnotator(
                    PropertiesUtils.extractPrefixedProperties(props, "depparse."))) : null;
            Future<TimeAnnotator> time = options.timeOnCues()
                    ? loaders.submit(() -> new TimeAnnotator("sutime", props)) : null;
            this.pipeline = new StanfordCoreNLP(rest);
            this.depparse = parser == null ? null : parser.get();
            this.sutime = time == null ? null : time.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NlpException("interrupted while loading CoreNLP models", e);
        } catch (ExecutionException e) {
            throw new NlpException("cannot load CoreNLP models: " + e.getCause(), e.getCause());
        } finally {
            loaders.shutdown();
        }
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
            if (depparse != null) {
                depparse.annotate(ann);
            }
        } catch (RuntimeException e) {
            throw new NlpException("CoreNLP failed: " + e, e);
        }
        List<Sentence> sentences = new ArrayList<>();
        List<CoreMap> maps = ann.get(CoreAnnotations.SentencesAnnotation.class);
        if (maps != null && sutime != null) {
            times(maps, article.published().map(Object::toString).orElse(null), body);
        }
        if (maps != null) {
            for (CoreMap s : maps) {
                sentences.add(sentence(sentences.size(), s, body));
            }
        }
        return new AnnotatedDocument(article, sentences);
    }

    /**
     * SUTime on the stretches of text around time cues, against the document date ({@code null}:
     * none). SUTime matches its rules at every token it is given, so it gets the few tokens on either
     * side of each cue ("on Monday, August 14, 2023", "earlier this week", "two months ago"), not the
     * whole sentence: the rest of a sentence holds no time expression it could find.
     */
    private void times(List<CoreMap> sentences, String docDate, String body) {
        SUTime.TimeIndex index = new SUTime.TimeIndex();
        for (CoreMap s : sentences) {
            String text = s.get(CoreAnnotations.TextAnnotation.class);
            if (text == null || !TIME_CUE.matcher(text).find()) {
                continue;
            }
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreMap> found = new ArrayList<>();
            for (int[] w : windows(tokens)) {
                try {
                    List<CoreMap> part = sutime.annotateSingleSentence(stretch(s, tokens, w, body), docDate, index);
                    if (part != null) {
                        found.addAll(part);
                    }
                } catch (RuntimeException e) {
                    // SUTime fails on odd inputs now and then; the sentence keeps its other annotations
                    LOG.debug("SUTime failed on a sentence: {}", e.toString());
                }
            }
            if (!found.isEmpty()) {
                s.set(TimeAnnotations.TimexAnnotations.class, found);
            }
        }
    }

    /** Tokens either side of a cue that a time expression can reach ("the second Monday of August 2023"). */
    private static final int REACH = 6;

    /** Token ranges [from, to) around the tokens with a time cue, merged where they touch. */
    private static List<int[]> windows(List<CoreLabel> tokens) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!TIME_CUE.matcher(tokens.get(i).word()).find()) {
                continue;
            }
            int from = Math.max(0, i - REACH);
            int to = Math.min(tokens.size(), i + REACH + 1);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    /** A stretch of a sentence as SUTime takes a sentence: its tokens, text and offsets. */
    private static CoreMap stretch(CoreMap sentence, List<CoreLabel> tokens, int[] w, String body) {
        if (w[0] == 0 && w[1] == tokens.size()) {
            return NumberSequenceClassifier.alignSentence(sentence);
        }
        List<CoreLabel> part = tokens.subList(w[0], w[1]);
        int begin = part.get(0).beginPosition();
        int end = part.get(part.size() - 1).endPosition();
        CoreMap m = new ArrayCoreMap();
        m.set(CoreAnnotations.TextAnnotation.class, body.substring(begin, end));
        m.set(CoreAnnotations.TokensAnnotation.class, part);
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (first != null) {
            m.set(CoreAnnotations.TokenBeginAnnotation.class, first + w[0]);
            m.set(CoreAnnotations.TokenEndAnnotation.class, first + w[1]);
        }
        return m;
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
        List<CoreMap> timexes = s.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            for (CoreMap tm : timexes) {
                Timex tx = tm.get(TimeAnnotations.TimexAnnotation.class);
                Integer cb = tm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                Integer ce = tm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (tx == null || cb == null || ce == null) {
                    continue;
                }
                int first = -1;
                int last = -1;
                for (Token t : tokens) {
                    if (t.begin() >= cb && t.end() <= ce) {
                        first = first < 0 ? t.index() : first;
                        last = t.index();
                    }
                }
                if (first < 0) {
                    continue;
                }
                String value = tx.value() != null ? tx.value() : nz(tx.altVal());
                String type = nz(tx.timexType());
                for (int i = first; i <= last; i++) {
                    Token t = tokens.get(i);
                    tokens.set(i, new Token(t.index(), t.word(), t.lemma(), t.pos(), type, value, t.begin(), t.end()));
                }
                int b = tokens.get(first).begin();
                int e = tokens.get(last).end();
                mentions.add(new NerMention(first, last + 1, body.substring(b, e), type, value, b, e));
            }
            mentions.sort(java.util.Comparator.comparingInt(NerMention::firstToken));
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
