package newskg.ingest.nlp;

import java.time.LocalDate;

import newskg.model.Article;

/** Iteration aid: prints tokens and dependencies of the sentences given as arguments. */
public final class ParseDump {
    private ParseDump() {
    }

    public static void main(String[] args) {
        DocumentAnnotator nlp = NlpAnalyzers.coreNlpAnnotator(NlpOptions.defaults());
        for (String text : args) {
            Article a = Article.builder("dump", "", text).published(LocalDate.of(2023, 8, 15)).build();
            for (Sentence s : nlp.annotate(a).sentences()) {
                for (Token t : s.tokens()) {
                    System.out.printf("%d %s/%s/%s/%s/%s%n", t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.normalizedNer());
                }
                for (Dependency d : s.basic()) {
                    System.out.printf("  %s(%s, %s)%n", d.relation(), d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word(),
                            s.tokens().get(d.dependent()).word());
                }
            }
        }
    }
}
