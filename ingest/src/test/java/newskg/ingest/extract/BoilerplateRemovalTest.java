package newskg.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import newskg.model.Article;

/** Each row puts one kind of page furniture inside an article; the body must keep the prose and lose the furniture. */
class BoilerplateRemovalTest {
    private static final String PROSE = "<p>The regional parliament approved the new water plan on Monday, after a debate "
            + "that lasted most of the afternoon and ended with a narrow majority in favour.</p>"
            + "<p>Farmers' associations, which had asked for lower tariffs, said they would study the text "
            + "carefully before deciding whether to challenge it, according to a spokesperson.</p>"
            + "<p>The plan foresees investments in reservoirs, pipes and metering over the next ten years, "
            + "with most of the money coming from the regional budget and European funds.</p>";

    private final HtmlArticleExtractor extractor = HtmlArticleExtractor.create();

    private Article extract(String html) {
        ArticleResult r = extractor.extract("t.html", Optional.empty(), html.getBytes(StandardCharsets.UTF_8),
                Optional.empty());
        return ((ArticleResult.Ok) r).article();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "share bar | <div class=\"social-share\"><a href=\"#\">Facebook</a><a href=\"#\">Twitter</a> Share this story</div> | Share this story",
        "related links | <ul class=\"related-articles\"><li><a href=\"/1\">Another story about the budget vote</a></li><li><a href=\"/2\">Drought hits the south</a></li></ul> | Drought hits the south",
        "newsletter box | <div class=\"newsletter-signup\">Get our daily newsletter with the best stories of the day</div> | daily newsletter",
        "cookie notice | <div id=\"cookie-consent\">This site uses cookies to give you the best experience possible</div> | uses cookies",
        "caption | <figure><img src=\"a.jpg\"><figcaption>The reservoir near the capital in August</figcaption></figure> | reservoir near the capital",
        "byline block | <p>By Maria Example</p> | Maria Example",
        "copyright line | <p>Copyright 2024 Example Media Group. All rights reserved.</p> | Example Media Group",
        "comments | <section id=\"comments\"><p>What a terrible decision, the tariffs are far too high for anyone.</p></section> | terrible decision",
        "advert label | <div class=\"ad-slot\">Advertisement</div><p>Advertisement</p> | Advertisement",
        "hidden text | <div style=\"display: none\">This text is hidden from readers of the page entirely</div> | hidden from readers",
        "link list | <div class=\"more\"><a href=\"/a\">First other headline of the day</a> <a href=\"/b\">Second other headline of the day</a></div> | other headline",
    })
    void furnitureIsRemoved(String name, String furniture, String mustNotAppear) {
        String html = "<html><body><article><h1>Water plan approved</h1>" + PROSE.replace("</p><p>Farmers",
                "</p>" + furniture + "<p>Farmers") + "</article></body></html>";
        Article a = extract(html);
        assertThat(a.body()).doesNotContain(mustNotAppear).contains("narrow majority", "spokesperson", "European funds");
    }

    @Test
    void labelsBeforeAndHeadingsAfterTheProseGo() {
        String html = "<html><body><article><div>Politics</div><div>5 min read</div>" + PROSE
                + "<h3>More on this topic</h3></article></body></html>";
        assertThat(extract(html).body()).startsWith("The regional parliament").endsWith("European funds.");
    }

    @Test
    void aWrapperWithAFurnitureNameAroundTheArticleIsKept() {
        String html = "<html><body><div class=\"sidebar-left\">" + "<a href=\"/x\">Menu entry</a> ".repeat(40)
                + "</div><div id=\"sticky-social-icons\"><div class=\"entry-content\">" + PROSE
                + "</div></div></body></html>";
        assertThat(extract(html).body()).contains("narrow majority", "European funds").doesNotContain("Menu entry");
    }

    @Test
    void repeatedSectionsWithAFurnitureNameThatCarryTheTextAreKept() {
        String section = "<section class=\"report-section--ads\"><p>Section text that is part of a long review, "
                + "with details, measurements and opinions about the product under test.</p></section>";
        String html = "<html><body><nav>" + "<a href=\"/n\">Nav</a> ".repeat(30) + "</nav><main>"
                + section.repeat(5) + "</main></body></html>";
        assertThat(extract(html).body()).contains("Section text that is part of a long review");
    }

    @Test
    void declaredArticleBodyWinsOverALongerFooter() {
        String footer = "<div class=\"site-info\"><p>" + "Contact our customer service centre by phone, fax or e-mail, "
                .repeat(20) + "</p></div>";
        String html = "<html><body><div itemprop=\"articleBody\">The short article, with a single paragraph of news, "
                + "stands here on its own and is what the page is about. A second sentence adds the reaction of the "
                + "mayor, who welcomed the decision.</div>" + footer + "</body></html>";
        assertThat(extract(html).body()).startsWith("The short article").doesNotContain("customer service");
    }
}
