package newskg.app;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import newskg.graph.mapping.ExtractionMapper;
import newskg.graph.mapping.IriMinter;
import newskg.graph.store.NewsStore;

/** {@code --store DIR}, shared by every command that uses the store. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:NEWSKG_STORE:-newskg-data/store}",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}; env NEWSKG_STORE).")
    Path store;

    NewsStore open() {
        return NewsStore.open(store, mapper());
    }

    static ExtractionMapper mapper() {
        return new ExtractionMapper(IriMinter.standard());
    }
}
