package newskg.queries;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Small helpers shared by the servlets: content negotiation and plain-text errors. */
final class Http {
    private Http() {
    }

    /**
     * The media type to answer with: {@code ?format=} wins (a short name from {@code shortNames},
     * so links and scripts need no headers), then the Accept header against {@code offers} (the
     * first offer is the default for a missing or {@code *}{@code /*} Accept).
     */
    static Optional<String> negotiate(HttpServletRequest req, String[] offers, String[][] shortNames) {
        String format = req.getParameter("format");
        if (format != null && !format.isBlank()) {
            for (String[] pair : shortNames) {
                if (pair[0].equals(format.toLowerCase(Locale.ROOT))) {
                    return Optional.of(pair[1]);
                }
            }
            return Optional.empty();
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(offers[0]);
        }
        MediaType m = AcceptList.match(new AcceptList(accept), AcceptList.create(offers));
        return Optional.ofNullable(m).map(MediaType::getContentTypeStr);
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Escapes text for HTML element content and attribute values. */
    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
