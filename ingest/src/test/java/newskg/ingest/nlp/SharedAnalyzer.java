package newskg.ingest.nlp;

import newskg.ingest.ArticleAnalyzer;

/**
 * One CoreNLP analyzer per test JVM: loading the models takes tens of seconds, so the integration
 * tests share it (test code only; main code has no static state).
 */
final class SharedAnalyzer {
    private SharedAnalyzer() {
    }

    private static final class Holder {
        static final ArticleAnalyzer INSTANCE = NlpAnalyzers.coreNlp();
    }

    static ArticleAnalyzer get() {
        return Holder.INSTANCE;
    }
}
