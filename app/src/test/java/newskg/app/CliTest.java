package newskg.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CliTest {

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "extract", "serve", "query", "timeline", "export", "validate", "demo"})
    void everyCommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: newskg " + command);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Cli.run("extract", "--no-such-option", "x").code()).isEqualTo(2);
        assertThat(Cli.run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void theNamedQueriesAreListed() {
        Cli.Result r = Cli.run("query", "--list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("timeline", "events-of-article", "--param platform=<string>");
    }
}
