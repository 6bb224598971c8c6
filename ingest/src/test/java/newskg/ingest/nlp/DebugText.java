package newskg.ingest.nlp;

import java.time.LocalDate;

import newskg.ingest.ArticleAnalyzer;
import newskg.model.Article;
import newskg.model.Event;

/** Iteration aid: prints the events found in a text; args: published date, then texts. */
public final class DebugText {
    private DebugText() {
    }

    public static void main(String[] args) {
        ArticleAnalyzer nlp = NlpAnalyzers.coreNlp();
        for (int i = 1; i < args.length; i++) {
            Article a = Article.builder("debug", "", args[i]).published(LocalDate.parse(args[0])).build();
            for (Event e : nlp.analyze(a).events()) {
                System.out.println(e.type() + " " + e.action() + " " + e.platform().map(p -> p.name()).orElse("-") + " "
                        + e.country().orElse("-") + " " + e.date().map(d -> d.iso() + " '" + d.text() + "'").orElse("-")
                        + " " + e.modality() + " agent=" + e.agent().map(x -> x.name()).orElse("-"));
            }
        }
    }
}
