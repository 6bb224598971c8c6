package newskg.app;

import java.io.PrintStream;

import picocli.CommandLine.Command;

/** The root command: only holds the subcommands. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a knowledge graph of news events (who did what to whom, when, and which"
                + " articles say so) and serves it over SPARQL.",
        subcommands = {IngestCommand.class, ExtractCommand.class, LoadCommand.class, ServeCommand.class,
                QueryCommand.class, TimelineCommand.class, ExportCommand.class, ValidateCommand.class,
                DemoCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:fatal error", "2:usage error",
                "3:completed with problems (some documents failed, the rest stored)"})
final class NewsKgCommand {
    private final PrintStream out;
    private final PrintStream err;

    NewsKgCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Where data goes. */
    PrintStream out() {
        return out;
    }

    /** Where logs, progress and summaries go. */
    PrintStream err() {
        return err;
    }

    /** Whether a person watches stderr (then a progress bar is drawn). */
    boolean interactive() {
        return err == System.err && System.console() != null;
    }
}
