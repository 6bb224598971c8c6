package newskg.app;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newskg.ingest.ArticleAnalyzer;
import newskg.ingest.crawl.Crawler;
import newskg.ingest.crawl.FetchMemory;
import newskg.ingest.fetch.FetchConfig;
import newskg.ingest.fetch.HttpFetcher;
import newskg.ingest.fetch.Sleeper;
import newskg.ingest.extract.HtmlArticleExtractor;
import newskg.ingest.nlp.NlpAnalyzers;
import newskg.ingest.source.HtmlReader;

/**
 * Builds the expensive components once per process, only for the commands that need them
 * (serve and query never load CoreNLP).
 */
final class Components {
    private static final Logger LOG = LoggerFactory.getLogger("newskg.app");

    private Components() {
    }

    static ArticleAnalyzer nlp() {
        long t0 = System.nanoTime();
        LOG.info("loading the NLP models (CoreNLP) ...");
        ArticleAnalyzer a = NlpAnalyzers.coreNlp();
        LOG.info("NLP models loaded in {} s", Duration.ofNanos(System.nanoTime() - t0).toSeconds());
        return a;
    }

    /** The crawler, with the politeness settings of {@code config}; one per run. */
    static Crawler crawler(FetchConfig config, FetchMemory memory) {
        return Crawler.builder().config(config).client(HttpFetcher.defaultClient(config))
                .clock(Clock.systemUTC()).sleeper(Sleeper.system()).memory(memory).build();
    }

    static HtmlReader html() {
        return HtmlReader.of(HtmlArticleExtractor.create());
    }
}
