package newskg.app;

import picocli.CommandLine.Command;

/** The root command: only holds the subcommands. */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a knowledge graph of news events (who did what to whom, when, and which"
                + " articles say so) and serves it over SPARQL.",
        subcommands = {IngestCommand.class, ExtractCommand.class, ServeCommand.class, QueryCommand.class,
                TimelineCommand.class, ExportCommand.class, ValidateCommand.class, DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:fatal error", "2:usage error",
                "3:completed with problems (some documents failed, the rest stored)"})
final class NewsKgCommand {
}
