package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class HtmlReportTest {

    private final HtmlReport writer = new HtmlReport();

    /** The page is written as well-formed XML, so a strict XML parser can check its structure. */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code data-ref} of every element of the SVG whose class list starts with the given class. */
    static List<String> refs(Document doc, String cssClass) {
        List<String> refs = new ArrayList<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            org.w3c.dom.Element g = (org.w3c.dom.Element) groups.item(i);
            if ((" " + g.getAttribute("class") + " ").contains(" " + cssClass + " ")) {
                refs.add(g.getAttribute("data-ref"));
            }
        }
        return refs;
    }

    static JsonNode data(String html) throws Exception {
        String open = "<script type=\"application/json\" id=\"tm-data\">";
        int start = html.indexOf(open) + open.length();
        return new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
    }

    /** A flow that crosses no boundary needs no mitigated threat: its row says so instead of a bold "no". */
    @Test
    void flowsThatCrossNothingNeedNoMitigation() throws Exception {
        Document doc = parse(writer.render(BlogFixture.blog()));
        NodeList rows = doc.getElementsByTagName("tr");
        int within = 0;
        for (int i = 0; i < rows.getLength(); i++) {
            NodeList cells = ((org.w3c.dom.Element) rows.item(i)).getElementsByTagName("td");
            if (cells.getLength() != 7) {
                continue;
            }
            String boundary = cells.item(4).getTextContent();
            String mitigated = cells.item(6).getTextContent();
            if (boundary.equals("none")) {
                within++;
                assertThat(mitigated).as(cells.item(1).getTextContent()).isEqualTo("not required (no boundary crossed)");
            } else {
                assertThat(mitigated).isIn("yes", "no");
            }
        }
        assertThat(within).as("the blog has flows inside one zone").isPositive();
    }

    @Test
    void diagramHasEveryZoneElementAndFlow() throws Exception {
        Document doc = parse(writer.render(BlogFixture.blog()));

        assertThat(refs(doc, "zone")).containsExactly("z0", "z1", "z2");
        assertThat(refs(doc, "el")).containsExactly("n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8");
        assertThat(refs(doc, "flow")).containsExactly("e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8");
        assertThat(refs(doc, "store")).containsExactly("n7", "n8");
        assertThat(refs(doc, "process")).containsExactly("n3", "n4", "n5", "n6");
        assertThat(refs(doc, "unmitigated")).isEmpty();
    }

    @Test
    void elementsLieInsideTheirZonesAndNestedZonesInsideTheirParents() {
        ReportInput input = BlogFixture.blog();
        DiagramLayout layout = new DiagramLayout(new Diagram(input));
        Map<String, DiagramLayout.Box> zones = layout.zones();
        assertThat(inside(zones.get("account-db"), zones.get("web-server"))).isTrue();
        assertThat(overlap(zones.get("internet"), zones.get("web-server"))).isFalse();
        for (dev.threatmodel.model.Element e : input.model().elements()) {
            DiagramLayout.Box box = layout.nodes().get(e.id());
            assertThat(inside(box, zones.get(e.zone()))).as(e.id()).isTrue();
            for (Map.Entry<String, DiagramLayout.Box> z : zones.entrySet()) {
                boolean holds = input.boundaries().zonesOf(e).stream().anyMatch(t -> t.id().equals(z.getKey()));
                assertThat(overlap(box, z.getValue())).as(e.id() + " vs " + z.getKey()).isEqualTo(holds);
            }
            for (dev.threatmodel.model.Element other : input.model().elements()) {
                if (other != e) {
                    assertThat(overlap(box, layout.nodes().get(other.id()))).as(e.id() + "/" + other.id()).isFalse();
                }
            }
        }
        // flows run left to right where they can: the internet's senders sit left of the web server
        assertThat(zones.get("internet").x()).isLessThan(zones.get("web-server").x());
        assertThat(layout.nodes().get("edit-post").x()).isLessThan(layout.nodes().get("post-store").x());
        assertThat(layout.nodes().get("post-store").x()).isLessThan(layout.nodes().get("render-post").x());
    }

    private static boolean inside(DiagramLayout.Box a, DiagramLayout.Box b) {
        return a.x() >= b.x() && a.y() >= b.y() && a.x() + a.width() <= b.x() + b.width()
                && a.y() + a.height() <= b.y() + b.height();
    }

    private static boolean overlap(DiagramLayout.Box a, DiagramLayout.Box b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    @Test
    void unmitigatedCrossingFlowIsHighlighted() throws Exception {
        Document doc = parse(writer.render(BlogFixture.blogWithFindings()));
        assertThat(refs(doc, "unmitigated")).containsExactly("e1", "e1");
        assertThat(refs(doc, "crossing")).containsExactly("e0", "e1", "e2", "e3", "e4", "e5", "e6");
    }

    @Test
    void panelDataHoldsThreatsAndFindingsOfEachPart() throws Exception {
        JsonNode parts = data(writer.render(BlogFixture.blogWithFindings())).get("parts");

        JsonNode flow2 = parts.get("e1");
        assertThat(flow2.get("name").asText()).isEqualTo("Reset token");
        assertThat(flow2.get("threats").get(0).get("id").asText()).isEqualTo("T2");
        assertThat(flow2.get("threats").get(0).get("handled").asBoolean()).isFalse();
        assertThat(flow2.get("findings")).hasSize(1);
        assertThat(flow2.get("findings").get(0).get("rule").asText()).isEqualTo("TM101 CrossingFlowMitigated");
        assertThat(flow2.get("findings").get(0).get("location").asText())
                .isEqualTo("examples/blog/threatmodel.yaml:228:5");
        Map<String, String> facts = new HashMap<>();
        flow2.get("facts").forEach(f -> facts.put(f.get(0).asText(), f.get(1).asText()));
        assertThat(facts).containsEntry("Crosses", "Blog web server, Internet (into a less trusted zone)")
                .containsEntry("Mitigated", "no").containsEntry("Protocol", "SMTP with STARTTLS");
        // the suppressed note about accepted threat T10 belongs to its target, the posts store
        JsonNode posts = parts.get("n8");
        assertThat(posts.get("threats").get(0).get("id").asText()).isEqualTo("T10");
        assertThat(posts.get("findings").get(0).get("suppressed").asText())
                .isEqualTo("reviewed yearly with the blog roadmap");
        assertThat(parts.get("n0").get("findings")).isEmpty();
        assertThat(parts.get("z2").get("kind").asText()).isEqualTo("trust zone");
    }

    @Test
    void tablesGroupThreatsMitigationsAndAssumptions() {
        String html = writer.render(BlogFixture.blogWithFindings());

        assertThat(html).contains("<h3>information-disclosure (3)</h3>");
        assertThat(html).contains("<h3>cryptography (3)</h3>");
        assertThat(html).contains("<h3>refuted (1)</h3>");
        assertThat(html).contains("<h3>unvalidated (1)</h3>");
        assertThat(html).contains("<h3>validated (3)</h3>");
        assertThat(html).contains("<article class=\"story\"><h3>S1: Account take-over through the reset flow"
                + " <span class=\"tag\">abuse</span></h3>");
        assertThat(html).contains("<p id=\"tm-verdict\" class=\"verdict failed\">Failed: 1 error (1 error,"
                + " 1 warning, 0 notes, 1 suppressed)</p>");
        assertThat(html.indexOf("<h3>spoofing (1)</h3>")).isLessThan(html.indexOf("<h3>tampering (3)</h3>"));
    }

    @Test
    void pageIsSelfContained() {
        String html = writer.render(BlogFixture.blogWithFindings());
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:",
                "src=", "href=", "@import", "url(http");
        assertThat(html.split("<script", -1)).hasSize(3);
        assertThat(html).doesNotContain("\r");
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertThat(writer.render(BlogFixture.blogWithFindings())).isEqualTo(writer.render(
                BlogFixture.blogWithFindings()));
    }
}
