package newskg.app;

/** The exit codes of every command. */
final class ExitCodes {
    static final int OK = 0;
    static final int FATAL = 1;
    static final int USAGE = 2;
    static final int PROBLEMS = 3;

    private ExitCodes() {
    }
}
