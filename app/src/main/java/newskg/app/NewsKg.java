package newskg.app;

final class NewsKg {
    private NewsKg() {
    }

    static int run(String[] args) {
        return 0;
    }
}
