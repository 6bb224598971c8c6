package newskg.app;

/** Entry point placeholder until the CLI lands. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(NewsKg.run(args));
    }
}
