package newskg.app;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Mixin;

import newskg.graph.store.NewsStore;
import newskg.graph.store.StoreValidator;

/** {@code newskg validate}: SHACL report on the store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every article graph against the SHACL shapes. Exit 0 when the store conforms,"
                + " 3 when it does not (the violations go to stdout).")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    NewsKgCommand parent;

    @Mixin
    StoreOptions store;

    @Mixin
    LogOptions log;

    @Override
    public Integer call() {
        log.apply();
        try (NewsStore s = store.open()) {
            StoreValidator.Result r = StoreValidator.withShippedShapes().validate(s);
            r.violations().forEach(v -> parent.out().println(v));
            parent.out().printf("%d graphs checked, %d violations: %s%n", r.graphsChecked(), r.violations().size(),
                    r.conforms() ? "conforms" : "does not conform");
            return r.conforms() ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }
}
