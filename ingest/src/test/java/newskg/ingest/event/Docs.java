package newskg.ingest.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import newskg.ingest.nlp.AnnotatedDocument;
import newskg.ingest.nlp.Dependency;
import newskg.ingest.nlp.NerMention;
import newskg.ingest.nlp.Sentence;
import newskg.ingest.nlp.Token;
import newskg.model.Article;

/**
 * Hand-made annotated documents for tests that need no CoreNLP: one sentence per call, tokens as
 * {@code word/lemma/POS/NER[/normalized]} and dependencies as {@code rel head dependent} (1-based,
 * 0 for the root).
 */
final class Docs {
    private Docs() {
    }

    record Spec(String[] tokens, String[] deps) {
    }

    static Spec s(String tokens, String... deps) {
        return new Spec(tokens.split(" "), deps);
    }

    static AnnotatedDocument doc(LocalDate published, Spec... specs) {
        StringBuilder body = new StringBuilder();
        for (Spec sp : specs) {
            if (body.length() > 0) {
                body.append(' ');
            }
            List<String> words = new ArrayList<>();
            for (String t : sp.tokens()) {
                words.add(t.split("/")[0]);
            }
            body.append(String.join(" ", words));
        }
        Article a = Article.builder("test", "", body.toString()).published(published).build();
        List<Sentence> sentences = new ArrayList<>();
        int offset = 0;
        for (Spec sp : specs) {
            List<Token> tokens = new ArrayList<>();
            List<NerMention> mentions = new ArrayList<>();
            for (int i = 0; i < sp.tokens().length; i++) {
                String[] f = sp.tokens()[i].split("/");
                String norm = f.length > 4 ? f[4] : "";
                Token t = new Token(i, f[0], f[1], f[2], f[3], norm, offset, offset + f[0].length());
                tokens.add(t);
                offset += f[0].length() + 1;
                if (!f[3].equals("O")) {
                    NerMention last = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
                    if (last != null && last.endToken() == i && last.type().equals(f[3])) {
                        mentions.set(mentions.size() - 1, new NerMention(last.firstToken(), i + 1,
                                last.text() + " " + f[0], f[3], last.normalized(), last.begin(), t.end()));
                    } else {
                        mentions.add(new NerMention(i, i + 1, f[0], f[3], norm, t.begin(), t.end()));
                    }
                }
            }
            List<Dependency> deps = new ArrayList<>();
            for (String d : sp.deps()) {
                String[] f = d.split(" ");
                deps.add(new Dependency(Integer.parseInt(f[1]) - 1, Integer.parseInt(f[2]) - 1, f[0]));
            }
            sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(),
                    tokens, deps, deps, mentions));
        }
        return new AnnotatedDocument(a, sentences);
    }
}
