package newskg.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 1 of the body cascade: drops page furniture before scoring, by tag (scripts, navigation,
 * figures), by hidden state and by class/id hints ({@link BodyHints}). A furniture-like name is
 * overruled when the element evidently holds the article: it wraps the page's declared article
 * body, holds a large share of the page's text or prose, or is one of several same-named
 * sections that together do.
 */
final class FurnitureCleaner {
    private static final Logger LOG = LoggerFactory.getLogger(FurnitureCleaner.class);
    /** An element holding this share of the page's text (or prose) is never dropped by a class hint. */
    private static final double PROTECT_SHARE = 0.4;

    private final BodyHints hints;

    FurnitureCleaner(BodyHints hints) {
        this.hints = hints;
    }

    void clean(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && (hints.dropTags().contains(e.normalName()) || isHidden(e) || isFurniture(e))) {
                drop.add(e);
            }
        }
        TextStats stats = TextStats.of(body);
        // A wrapper with a furniture-like name around the page's declared article body, or around
        // most of its text, is mislabelled, not furniture: it survives.
        Set<Element> holdsContent = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        mainDeclaredContent(body, stats).ifPresent(main -> {
            for (Element a = main; a != null; a = a.parent()) {
                holdsContent.add(a);
            }
        });
        int total = Math.max(1, stats.text(body));
        int prose = stats.paragraphText(body);
        protectRepeatedBlocks(drop, stats, total, prose, holdsContent);
        for (Element e : drop) {
            if (e.parent() == null) {
                continue;
            }
            // Footers, asides, navs and noscript blocks are sometimes (mis)used to wrap the article.
            boolean byTag = hints.dropTags().contains(e.normalName()) && !e.nameIs("footer")
                    && !e.nameIs("aside") && !e.nameIs("nav") && !e.nameIs("noscript");
            boolean content = holdsContent.contains(e) || stats.text(e) >= PROTECT_SHARE * total
                    || prose > 0 && stats.paragraphText(e) >= PROTECT_SHARE * prose;
            if (byTag || !content) {
                if (LOG.isTraceEnabled() && stats.text(e) > 200) {
                    LOG.trace("dropped {} ({} of {} chars)", BodyExtractor.describe(e), stats.text(e), total);
                }
                e.remove();
            }
        }
    }

    /**
     * Siblings with the same furniture-like class that together carry most of the page's text
     * (an article cut into "gallery" or "ad" sections) are the content.
     */
    private void protectRepeatedBlocks(List<Element> drop, TextStats stats, int total, int prose,
                                              Set<Element> holdsContent) {
        Map<Element, Map<String, List<Element>>> byParent = new IdentityHashMap<>();
        for (Element e : drop) {
            // Sidebars, related links and comments repeat too: their names say so.
            String c = e.className();
            if (e.parent() != null && !c.isEmpty() && !hints.unlikely().matcher(c).find()
                    && !hints.negative().matcher(c).find()) {
                byParent.computeIfAbsent(e.parent(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(e.className(), k -> new ArrayList<>()).add(e);
            }
        }
        for (Map<String, List<Element>> groups : byParent.values()) {
            for (List<Element> group : groups.values()) {
                if (group.size() < 3) {
                    continue;
                }
                int text = group.stream().mapToInt(stats::text).sum();
                int groupProse = group.stream().mapToInt(stats::paragraphText).sum();
                if (text >= PROTECT_SHARE * total || prose > 0 && groupProse >= PROTECT_SHARE * prose) {
                    holdsContent.addAll(group);
                }
            }
        }
    }

    /**
     * The largest element that declares itself the article body: {@code itemprop=articleBody},
     * else a body-like class name. ({@code itemprop=text} is left out: comments use it too.)
     */
    private Optional<Element> mainDeclaredContent(Element body, TextStats stats) {
        Element best = null;
        Element bestNamed = null;
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                if (best == null || stats.text(e) > stats.text(best)) {
                    best = e;
                }
            } else if (BodyHints.anyToken(e, hints.container())
                    && (bestNamed == null || stats.text(e) > stats.text(bestNamed))) {
                bestNamed = e;
            }
        }
        Element main = best != null ? best : bestNamed;
        return main != null && stats.text(main) >= BodyExtractor.MIN_BODY_CHARS ? Optional.of(main) : Optional.empty();
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        return false;
    }

    private boolean isFurniture(Element e) {
        String name = e.normalName();
        if (name.equals("body") || name.equals("html") || name.equals("main") || name.equals("a")) {
            return false;
        }
        String ci = BodyHints.classAndId(e);
        if (ci.isEmpty()) {
            return false;
        }
        if (BodyHints.anyToken(e, hints.container())) {
            return false;
        }
        if (BodyHints.anyToken(e, hints.boilerplate())) {
            return true;
        }
        return !name.equals("article") && hints.unlikely().matcher(ci).find() && !hints.maybe().matcher(ci).find();
    }
}
