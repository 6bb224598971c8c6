package newskg.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user names of a password file in Jetty's {@code HashLoginService} format, one
 * {@code user: password} (or {@code user:password}) per line, {@code #} comments. Fuseki reads
 * the passwords itself; we need the names for the per-endpoint policy, because a password file
 * without any policy would make Fuseki require a login for every request, queries included.
 */
final class PasswordFile {
    private PasswordFile() {
    }

    static List<String> users(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + file, e);
        }
        List<String> users = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon <= 0 || colon == l.length() - 1) {
                throw new IllegalArgumentException("password file " + file + ": a line is not 'user:password'");
            }
            users.add(l.substring(0, colon).strip());
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException("password file " + file + " names no user");
        }
        return users;
    }
}
