package newskg.app;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import picocli.CommandLine.Option;

/** {@code -v} / {@code -vv}: more detail on stderr. The app is the only place that configures logging. */
final class LogOptions {
    @Option(names = "-v", description = "More log output on stderr (-vv for debug detail).")
    boolean[] verbose = new boolean[0];

    @Option(names = "-q", description = "Only errors on stderr.")
    boolean quiet;

    void apply() {
        Logger newskg = (Logger) LoggerFactory.getLogger("newskg");
        if (quiet) {
            newskg.setLevel(Level.ERROR);
        } else if (verbose.length >= 2) {
            newskg.setLevel(Level.DEBUG);
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        } else if (verbose.length == 1) {
            newskg.setLevel(Level.DEBUG);
        }
    }
}
