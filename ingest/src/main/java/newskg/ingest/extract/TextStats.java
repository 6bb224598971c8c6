package newskg.ingest.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text counts for every element below a root, computed in one bottom-up pass over a flat list
 * (no recursion, so 100,000-deep pages are fine). Lengths count non-whitespace characters.
 */
final class TextStats {
    private static final int TEXT = 0;
    private static final int LINK = 1;
    private static final int COMMAS = 2;
    private static final int OWN = 3;
    private static final int PARAGRAPH = 4;

    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats s = new TextStats();
        List<Element> all = root.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            int[] c = new int[5];
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    String text = t.getWholeText();
                    int n = nonSpace(text);
                    c[TEXT] += n;
                    c[OWN] += n;
                    c[COMMAS] += commas(text);
                } else if (child instanceof Element ce) {
                    int[] cc = s.counts.get(ce);
                    if (cc != null) {
                        c[TEXT] += cc[TEXT];
                        c[LINK] += cc[LINK];
                        c[COMMAS] += cc[COMMAS];
                        c[PARAGRAPH] += cc[PARAGRAPH];
                    }
                }
            }
            if (e.nameIs("a")) {
                c[LINK] = c[TEXT];
            }
            if (e.nameIs("p")) {
                c[PARAGRAPH] = c[TEXT] - c[LINK];
            }
            s.counts.put(e, c);
        }
        return s;
    }

    int text(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[TEXT];
    }

    int ownText(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[OWN];
    }

    /** Non-link text inside {@code <p>} elements: prose, as opposed to menus and link lists. */
    int paragraphText(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[PARAGRAPH];
    }

    int commas(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[COMMAS];
    }

    double linkDensity(Element e) {
        int[] c = counts.get(e);
        return c == null || c[TEXT] == 0 ? 0 : (double) c[LINK] / c[TEXT];
    }

    static int nonSpace(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '\u00A0') {
                n++;
            }
        }
        return n;
    }

    static int commas(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch == '\uFF0C' || ch == '\u3001' || ch == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
