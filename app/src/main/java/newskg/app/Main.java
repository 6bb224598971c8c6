package newskg.app;

import picocli.CommandLine;

/**
 * The {@code newskg} command line.
 *
 * <pre>
 * newskg ingest corpus/ &amp;&amp; newskg serve
 * </pre>
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 fatal, 2 usage, 3 completed with problems). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new NewsKgCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                cmd.getErr().println("newskg: " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            cmd.getErr().println("newskg: " + ex.getMessage());
            org.slf4j.LoggerFactory.getLogger("newskg.app").debug("fatal error", ex);
            return ExitCodes.FATAL;
        });
        return cl.execute(args);
    }
}
