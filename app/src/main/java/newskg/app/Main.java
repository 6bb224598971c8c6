package newskg.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

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
        System.exit(run(System.out, System.err, args));
    }

    /**
     * Runs the command line with data going to {@code out} and messages to {@code err}, and returns
     * its exit code (0 ok, 1 fatal, 2 usage, 3 completed with problems).
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new NewsKgCommand(out, err));
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
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
