package newskg.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders elements to text blocks, one per paragraph-like element, the way a browser lays them
 * out: block elements start a new block, {@code <br>} a new line, two {@code <br>} a new block.
 * The walk is Jsoup's iterative {@link NodeTraversor}, so nesting depth costs no stack.
 */
final class TextRenderer {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
            "tr", "thead", "tbody", "tfoot", "caption", "hr", "address", "figure", "figcaption", "center", "form",
            "fieldset", "details", "summary", "aside", "nav", "body", "html", "hgroup", "dialog", "menu", "legend");
    private static final Set<String> CELL_TAGS = Set.of("td", "th");

    /** One rendered block: its text, the tag that opened it, and how much of it is link text. */
    record Block(String text, String tag, int chars, int linkChars) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private TextRenderer() {
    }

    static List<Block> render(List<Element> roots) {
        Visitor v = new Visitor();
        for (Element root : roots) {
            v.tag = root.normalName();
            NodeTraversor.traverse(v, root);
            v.flush();
        }
        return v.blocks;
    }

    private static final class Visitor implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        String tag = "p";
        int anchorDepth;
        int preDepth;
        int linkChars;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                if (preDepth == 0) {
                    text = collapse(text);
                }
                current.append(text);
                if (anchorDepth > 0) {
                    linkChars += TextStats.nonSpace(text);
                }
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("br")) {
                    current.append('\n');
                } else if (BLOCK_TAGS.contains(name)) {
                    flush();
                    tag = name;
                } else if (CELL_TAGS.contains(name)) {
                    current.append(' ');
                } else if (name.equals("a")) {
                    anchorDepth++;
                }
                if (name.equals("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (BLOCK_TAGS.contains(name)) {
                    flush();
                    // Text after a closed block belongs to an anonymous block of the parent.
                    tag = "div";
                } else if (CELL_TAGS.contains(name)) {
                    current.append(' ');
                } else if (name.equals("a")) {
                    anchorDepth--;
                } else if (name.equals("img")) {
                    current.append(' ');
                }
                if (name.equals("pre")) {
                    preDepth--;
                }
            }
        }

        void flush() {
            if (current.length() > 0) {
                String[] paragraphs = current.toString().split("\\n[ \\t\\u00A0]*\\n");
                int totalChars = TextStats.nonSpace(current);
                for (String p : paragraphs) {
                    String text = tidy(p);
                    if (!text.isEmpty()) {
                        int chars = TextStats.nonSpace(text);
                        // Link characters are spread over the paragraphs of one block in proportion.
                        int links = totalChars == 0 ? 0 : (int) Math.round((double) linkChars * chars / totalChars);
                        blocks.add(new Block(text, tag, chars, Math.min(links, chars)));
                    }
                }
                current.setLength(0);
            }
            linkChars = 0;
        }
    }

    /** Collapses runs of whitespace (but not line breaks from {@code <br>}) to one space. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00A0') {
                space = true;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(ch);
            }
        }
        if (space) {
            b.append(' ');
        }
        return b.toString();
    }

    /** Trims each line of a paragraph and drops empty lines. */
    static String tidy(String p) {
        StringBuilder b = new StringBuilder();
        for (String line : p.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(l);
            }
        }
        return b.toString();
    }
}
