package newskg.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes article files for tests from the samples newskg ships (our own text). */
final class Samples {
    private Samples() {
    }

    static List<String> texts() throws IOException {
        try (InputStream idx = Samples.class.getResourceAsStream("/newskg/samples/index.txt")) {
            List<String> names = new String(idx.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            List<String> out = new java.util.ArrayList<>();
            for (String n : names) {
                try (InputStream in = Samples.class.getResourceAsStream("/newskg/samples/" + n.strip())) {
                    out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return out;
        }
    }

    /**
     * Writes {@code copies} variants of every sample into {@code dir}: each variant gets its own
     * headline, so each is a distinct article.
     */
    static int write(Path dir, int copies) throws IOException {
        Files.createDirectories(dir);
        List<String> texts = texts();
        int n = 0;
        for (int c = 0; c < copies; c++) {
            for (int i = 0; i < texts.size(); i++) {
                String t = texts.get(i);
                int nl = t.indexOf('\n');
                // An article without a URL is identified by its body, so each variant gets its own last line.
                String variant = t.substring(0, nl) + (c == 0 ? "" : " (part " + c + ")") + t.substring(nl).stripTrailing()
                        + (c == 0 ? "" : "\n\nThis is copy " + c + " of the report.") + "\n";
                Files.writeString(dir.resolve(String.format("%02d-%02d.txt", c, i)), variant);
                n++;
            }
        }
        return n;
    }
}
