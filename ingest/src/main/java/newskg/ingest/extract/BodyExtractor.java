package newskg.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the article body of a parsed page, as a cascade in trafilatura's manner, each stage run
 * only when the one before under-delivered:
 * <ol>
 *   <li>clean: drop furniture by tag, by hidden state and by class/id hints ({@link FurnitureCleaner});</li>
 *   <li>score: Readability's content score (paragraphs, commas, length, class weight, link
 *       density) picks the best container; a container that names itself as the article body
 *       ({@code itemprop=articleBody}, or a class like {@code article-body}) is preferred when
 *       it holds at least half of that text (a tenth, for itemprop);</li>
 *   <li>render the container to paragraphs, dropping link lists and furniture blocks;</li>
 *   <li>fall back to JSON-LD {@code articleBody}, then to every paragraph of the page.</li>
 * </ol>
 * The document is modified; callers read metadata before.
 */
final class BodyExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(BodyExtractor.class);
    private static final int LEAD_LABEL_CHARS = 40;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SCORE_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> DIV_LIKE = Set.of("div", "section", "article", "main", "span", "font", "center");
    private static final Set<String> CLEAN_TAGS = Set.of("div", "section", "ul", "ol", "table", "dl", "header", "form");
    static final int MIN_BODY_CHARS = 250;
    /** A body this short, when the page's paragraphs hold this many times more, was a wrong pick. */
    private static final int FALLBACK_BELOW_CHARS = 1000;
    private static final int FALLBACK_RATIO = 3;
    /** Enough for any real page; a bound on the work for pages built to be hostile. */
    private static final int MAX_CONTAINER_CANDIDATES = 500;
    private static final Pattern END_PUNCT = Pattern.compile("[.!?:;\"”»)…。！？]\\s*$");

    private final BodyHints hints;
    private final FurnitureCleaner cleaner;

    BodyExtractor(BodyHints hints) {
        this.hints = hints;
        this.cleaner = new FurnitureCleaner(hints);
    }

    /** The body text, paragraphs joined with a blank line; empty when the page has none. */
    String extract(Document doc, String title, Optional<String> jsonLdBody) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        cleaner.clean(body);
        TextStats stats = TextStats.of(body);
        List<Element> roots = chooseRoots(body, stats);
        if (LOG.isDebugEnabled()) {
            LOG.debug("body roots: {}", roots.stream().map(r -> describe(r) + "(" + stats.text(r) + ")").toList());
        }
        String text = roots.isEmpty() ? "" : renderContent(roots, stats, title);
        int chars = TextStats.nonSpace(text);
        if (jsonLdBody.isPresent() && TextStats.nonSpace(jsonLdBody.get()) > Math.max(2 * chars, MIN_BODY_CHARS)) {
            LOG.debug("using JSON-LD articleBody ({} chars against {})", jsonLdBody.get().length(), chars);
            return paragraphsOf(jsonLdBody.get());
        }
        // A short body in a container the page declares is a short article, not a miss.
        boolean declared = !roots.isEmpty() && roots.get(0).attr("itemprop").equalsIgnoreCase("articleBody");
        if (chars < FALLBACK_BELOW_CHARS && !declared) {
            String all = baseline(body, title);
            if (TextStats.nonSpace(all) > chars * FALLBACK_RATIO) {
                return all;
            }
        }
        return text;
    }

    static String describe(Element e) {
        return e.normalName() + (e.className().isEmpty() ? "" : "." + e.className().replace(' ', '.'))
                + (e.id().isEmpty() ? "" : "#" + e.id());
    }

    // ---- stage 2: choosing the container ----

    private List<Element> chooseRoots(Element body, TextStats stats) {
        Map<Element, Double> scores = score(body, stats);
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            double v = s.getValue() * (1 - stats.linkDensity(s.getKey()));
            if (v > bestScore) {
                bestScore = v;
                best = s.getKey();
            }
        }
        List<Element> semantic = semanticContainers(body, stats);
        int semanticText = semantic.stream().mapToInt(stats::text).sum();
        if (best == null) {
            return semantic.isEmpty() ? List.of(body) : semantic;
        }
        best = commonAncestorOfTopCandidates(best, bestScore, scores, stats);
        best = climb(best, scores, bestScore);
        List<Element> scored = withSiblings(best, scores, bestScore, stats);
        int scoredText = scored.stream().mapToInt(stats::text).sum();
        // itemprop=articleBody is the page's own statement of where the body is: trusted even when short.
        boolean declared = !semantic.isEmpty() && semantic.get(0).attr("itemprop").equalsIgnoreCase("articleBody");
        if (!semantic.isEmpty() && semanticText >= (declared ? 0.1 : 0.5) * scoredText) {
            LOG.debug("semantic container ({} chars) over scored one {} ({} chars)", semanticText, describe(best),
                    scoredText);
            return semantic;
        }
        return scored;
    }

    /** Readability's scores: each paragraph feeds its parent fully, its grandparent half, and so on. */
    private Map<Element, Double> score(Element body, TextStats stats) {
        // Jsoup nodes compare by identity; the linked map keeps discovery order, so ties break the same way every run.
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element e : body.getAllElements()) {
            String name = e.normalName();
            int len;
            if (SCORE_TAGS.contains(name)) {
                len = stats.text(e);
            } else if (DIV_LIKE.contains(name) && stats.ownText(e) >= 25) {
                len = stats.ownText(e);
            } else {
                continue;
            }
            if (len < 25) {
                continue;
            }
            double score = 1 + stats.commas(e) + Math.min(len / 100, 3);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 5; level++) {
                if (ancestor.nameIs("html")) {
                    break;
                }
                Double old = scores.get(ancestor);
                if (old == null) {
                    old = initialScore(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.put(ancestor, old + score / divider);
                ancestor = ancestor.parent();
            }
        }
        return scores;
    }

    private double initialScore(Element e) {
        int s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + hints.classWeight(e);
    }

    /**
     * Readability's check for an article split into several containers: when at least three other
     * candidates score close to the best one, their common ancestor is the article.
     */
    private static Element commonAncestorOfTopCandidates(Element best, double bestScore, Map<Element, Double> scores,
                                                         TextStats stats) {
        List<Element> close = new ArrayList<>();
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            double v = s.getValue() * (1 - stats.linkDensity(s.getKey()));
            if (s.getKey() != best && v >= 0.75 * bestScore) {
                close.add(s.getKey());
            }
        }
        if (close.size() < 3) {
            return best;
        }
        int depth = 0;
        for (Element parent = best.parent(); parent != null && !parent.nameIs("body") && depth < 20;
                parent = parent.parent(), depth++) {
            int containing = 0;
            for (Element c : close) {
                if (c == parent || isInside(c, parent)) {
                    containing++;
                }
            }
            if (containing >= 3) {
                return parent;
            }
        }
        return best;
    }

    private static boolean isInside(Element e, Element ancestor) {
        int steps = 0;
        for (Element p = e.parent(); p != null && steps < 64; p = p.parent(), steps++) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Readability's walk up: a parent that scores higher than the candidate holds more of the article. */
    private static Element climb(Element top, Map<Element, Double> scores, double topScore) {
        Element candidate = top;
        double last = topScore;
        double threshold = last / 3;
        Element parent = candidate.parent();
        while (parent != null && !parent.nameIs("body") && !parent.nameIs("html")) {
            Double ps = scores.get(parent);
            if (ps == null) {
                parent = parent.parent();
                continue;
            }
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                candidate = parent;
                break;
            }
            last = ps;
            parent = parent.parent();
        }
        while (candidate.parent() != null && !candidate.parent().nameIs("body")
                && candidate.parent().childrenSize() == 1) {
            candidate = candidate.parent();
        }
        return candidate;
    }

    /** Readability's sibling merge: siblings that score well or read like paragraphs join the top candidate. */
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, double topScore,
                                              TextStats stats) {
        Element parent = top.parent();
        if (parent == null || top.nameIs("body")) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double s = scores.get(sibling);
            if (s != null && s + bonus >= threshold) {
                out.add(sibling);
            } else if (sibling.nameIs("p")) {
                int len = stats.text(sibling);
                double ld = stats.linkDensity(sibling);
                if (len > 80 && ld < 0.25 || len > 0 && len <= 80 && ld == 0 && END_PUNCT.matcher(sibling.text()).find()) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /**
     * Containers that call themselves the article body ({@code itemprop=articleBody}, or class
     * names like {@code article-body}): the largest group of same-named ones, outermost only.
     */
    private List<Element> semanticContainers(Element body, TextStats stats) {
        // The itemprop group goes first and, when present, wins: the page declares it.
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        groups.put("itemprop", new ArrayList<>());
        int candidates = 0;
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String key = null;
            if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                key = "itemprop";
            } else if (BodyHints.anyToken(e, hints.container())) {
                key = e.className() + "#" + e.id();
            }
            if (key != null && stats.text(e) >= 100) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                if (++candidates >= MAX_CONTAINER_CANDIDATES) {
                    break;
                }
            }
        }
        List<Element> best = List.of();
        int bestText = 0;
        for (List<Element> group : groups.values()) {
            if (group.isEmpty()) {
                continue;
            }
            List<Element> outer = outermost(group);
            int text = 0;
            for (Element e : outer) {
                text += (int) (stats.text(e) * (1 - stats.linkDensity(e)));
            }
            if (text > bestText || group == groups.get("itemprop")) {
                bestText = text;
                best = outer;
            }
            if (group == groups.get("itemprop")) {
                break;
            }
        }
        return best;
    }

    /**
     * The elements (in document order) that are not inside another of them. Each walk up stops
     * at an element already classified, so the cost stays linear in the page size.
     */
    static List<Element> outermost(List<Element> inDocumentOrder) {
        Map<Element, Boolean> insideKept = new IdentityHashMap<>();
        List<Element> out = new ArrayList<>();
        List<Element> path = new ArrayList<>();
        for (Element e : inDocumentOrder) {
            path.clear();
            Boolean inside = null;
            for (Element a = e.parent(); a != null; a = a.parent()) {
                inside = insideKept.get(a);
                if (inside != null) {
                    break;
                }
                path.add(a);
            }
            boolean nested = inside != null && inside;
            for (Element a : path) {
                insideKept.put(a, nested);
            }
            if (!nested) {
                out.add(e);
            }
            insideKept.put(e, true);
        }
        return out;
    }

    // ---- stage 3: rendering ----

    private String renderContent(List<Element> roots, TextStats stats, String title) {
        for (Element root : roots) {
            cleanConditionally(root, stats);
        }
        return join(TextRenderer.render(roots), title);
    }

    /** Readability's conditional cleaning: link lists and furniture-like boxes inside the container go. */
    private void cleanConditionally(Element root, TextStats stats) {
        for (Element e : root.getAllElements()) {
            if (e == root || e.parent() == null || !CLEAN_TAGS.contains(e.normalName())) {
                continue;
            }
            int len = stats.text(e);
            double ld = stats.linkDensity(e);
            int weight = hints.classWeight(e);
            boolean list = e.nameIs("ul") || e.nameIs("ol");
            if (ld > 0.5 && len < 2000 || weight < 0 && ld > 0.2 && len < 1000) {
                e.remove();
            } else if (!list && stats.commas(e) < 10 && ld > 0.25 && len < 500) {
                e.remove();
            }
        }
        for (Element h : root.select("h1")) {
            h.remove();
        }
    }

    private String join(List<TextRenderer.Block> blocks, String title) {
        List<TextRenderer.Block> kept = new ArrayList<>();
        String normTitle = title.strip();
        for (TextRenderer.Block b : blocks) {
            String t = b.text();
            boolean linkList = b.chars() < 200 && b.linkDensity() > 0.5;
            boolean furniture = t.length() < 160 && hints.furnitureBlock().matcher(t).matches();
            boolean headline = !normTitle.isEmpty() && t.equals(normTitle);
            if (!linkList && !furniture && !headline) {
                kept.add(b);
            }
        }
        // Short labels before the first paragraph (kicker, date, reading time) are not the article.
        while (kept.size() > 1 && kept.get(0).chars() < LEAD_LABEL_CHARS
                && !END_PUNCT.matcher(kept.get(0).text()).find()) {
            kept.remove(0);
        }
        // A heading with nothing after it introduces something that was removed (related links, comments).
        while (kept.size() > 1 && (HEADINGS.contains(kept.get(kept.size() - 1).tag())
                || kept.get(kept.size() - 1).chars() < LEAD_LABEL_CHARS
                && !END_PUNCT.matcher(kept.get(kept.size() - 1).text()).find())) {
            kept.remove(kept.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (TextRenderer.Block b : kept) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(b.text());
        }
        return out.toString();
    }

    // ---- stage 4: fallbacks ----

    /** Every paragraph of the page that is not mostly links: the baseline when nothing scored. */
    private String baseline(Element body, String title) {
        List<Element> ps = outermost(body.select("p, pre, blockquote"));
        String text = join(TextRenderer.render(ps), title);
        return TextStats.nonSpace(text) > 0 ? text : join(TextRenderer.render(List.of(body)), title);
    }

    /** JSON-LD text as paragraphs; some sites put HTML in {@code articleBody}, which is rendered. */
    static String paragraphsOf(String text) {
        if (text.indexOf('<') >= 0 && text.indexOf('>') > 0) {
            Document fragment = org.jsoup.Jsoup.parseBodyFragment(text);
            StringBuilder out = new StringBuilder();
            for (TextRenderer.Block b : TextRenderer.render(List.of(fragment.body()))) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(b.text());
            }
            return out.toString();
        }
        StringBuilder out = new StringBuilder();
        for (String p : text.replace("\r", "").split("\n")) {
            String t = p.strip();
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(t);
            }
        }
        return out.toString();
    }
}
