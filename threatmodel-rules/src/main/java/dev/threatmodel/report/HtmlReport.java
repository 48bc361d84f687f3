package dev.threatmodel.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.Keyword;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.Story;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page (inline CSS and script, nothing fetched from the network): the data-flow diagram as
 * SVG, laid out by {@link DiagramLayout}, with a side panel that shows the threats and findings of whatever element,
 * flow or zone is clicked; below it the findings, the flows, threats by STRIDE category, mitigations by security
 * domain, assumptions by status and the stories. Model text is HTML-escaped; the panel's data is JSON in a
 * {@code <script type="application/json">} element with {@code <}, {@code >} and {@code &} escaped.
 */
public final class HtmlReport implements ReportWriter {

    /**
     * Holds the mapper for the panel's data, so that databind loads only when an HTML page is written, never merely
     * because this class was named.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public String render(ReportInput input) {
        Diagram diagram = new Diagram(input);
        String tooBig = diagram.tooBigToDraw();
        ThreatModel model = input.model();
        String title = Diagram.title(model);
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>Threat model: ").append(h(title)).append("</title>\n<style>\n")
                .append(resource("report.css")).append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<h1>").append(h(title)).append("</h1>\n");
        summary(out, input);
        out.append("</header>\n");
        Verdict verdict = Verdict.of(input);
        out.append("<p id=\"tm-verdict\" class=\"verdict ").append(verdict.kind()).append("\">")
                .append(h(verdict.text())).append("</p>\n");
        if (tooBig != null) {
            parts(out, diagram, tooBig);
        } else {
            drawing(out, diagram);
        }
        findings(out, input);
        flows(out, diagram);
        threatsByCategory(out, diagram);
        mitigationsByDomain(out, model);
        assumptions(out, model);
        stories(out, model);
        out.append("<footer>Written by threatmodel-maven-plugin");
        if (input.toolVersion() != null) {
            out.append(' ').append(h(input.toolVersion()));
        }
        out.append(".</footer>\n");
        if (tooBig == null) {
            out.append("<script type=\"application/json\" id=\"tm-data\">")
                    .append(ReportText.jsonForScript(json(data(diagram)))).append("</script>\n");
            out.append("<script>/*<![CDATA[*/\n").append(resource("report.js")).append("/*]]>*/</script>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /** The diagram, drawn: only for a model {@link Diagram#drawable()}. */
    private static void drawing(StringBuilder out, Diagram diagram) {
        DiagramLayout layout = new DiagramLayout(diagram);
        out.append("<section id=\"diagram\">\n<h2>Data-flow diagram</h2>\n");
        out.append("<p class=\"hint\">Click an element, a flow or a zone to see its threats and findings. "
                + "Red arrows cross a trust boundary without a mitigated threat.</p>\n");
        out.append("<div class=\"diagram-row\">\n<div class=\"diagram-col\">\n<div class=\"diagram-frame\">\n");
        out.append("<div class=\"diagram-tools\" role=\"toolbar\" aria-label=\"Diagram view\">"
                + "<button type=\"button\" id=\"tm-zoom-in\" title=\"Zoom in\">+</button>"
                + "<button type=\"button\" id=\"tm-zoom-out\" title=\"Zoom out\">\u2212</button>"
                + "<button type=\"button\" id=\"tm-zoom-reset\" title=\"Show the whole diagram\">Fit</button>"
                + "<span class=\"hint\">Wheel to zoom, drag to pan.</span></div>\n");
        out.append(DiagramSvg.render(diagram, layout));
        out.append("</div>\n");
        flowKey(out, diagram);
        legend(out);
        out.append("</div>\n<aside id=\"tm-panel\" aria-live=\"polite\">\n<h3 id=\"tm-panel-title\">Details</h3>\n")
                .append("<div id=\"tm-panel-body\"><p class=\"hint\">Nothing selected.</p></div>\n</aside>\n")
                .append("</div>\n</section>\n");
    }

    /**
     * What stands in for the diagram of a model too big to draw: the reason, then its zones and elements as tables,
     * whose size is linear in the model's.
     */
    private static void parts(StringBuilder out, Diagram diagram, String reason) {
        ThreatModel model = diagram.model();
        out.append("<section id=\"diagram\">\n<h2>Data-flow diagram</h2>\n<p id=\"tm-too-big\" class=\"hint\">")
                .append(h(reason)).append("</p>\n");
        if (!model.zones().isEmpty()) {
            out.append("<h3>Zones</h3>\n<table>\n<thead><tr><th>Zone</th><th>Trust</th><th>Inside</th></tr></thead>"
                    + "\n<tbody>\n");
            for (TrustZone z : model.zones()) {
                out.append("<tr><td>").append(h(z.display())).append("</td><td>")
                        .append(z.trustLevel() == null ? "" : z.trustLevel().toString()).append("</td><td>")
                        .append(z.parent() == null ? "" : h(z.parent())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        if (!model.elements().isEmpty()) {
            out.append("<h3>Elements</h3>\n<table>\n<thead><tr><th>Element</th><th>Type</th><th>Zone</th></tr>"
                    + "</thead>\n<tbody>\n");
            for (Element e : model.elements()) {
                out.append("<tr><td>").append(h(e.display())).append("</td><td>")
                        .append(e.type() == null ? "" : h(e.type().keyword())).append("</td><td>")
                        .append(e.zone() == null ? "" : h(e.zone())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private static String h(String text) {
        return ReportText.html(text);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report data", e);
        }
    }

    private static void summary(StringBuilder out, ReportInput input) {
        ThreatModel model = input.model();
        out.append("<dl class=\"summary\">\n");
        if (model.file() != null) {
            dt(out, "File", input.shownFile());
        }
        dt(out, "Owner", model.owner());
        dt(out, "Reviewed", model.reviewed() == null ? null : model.reviewed().toString());
        dt(out, "Scope", model.scope());
        dt(out, "Description", model.description());
        out.append("</dl>\n");
    }

    private static void dt(StringBuilder out, String term, String value) {
        if (value != null && !value.isBlank()) {
            out.append("<dt>").append(term).append("</dt><dd>").append(h(value)).append("</dd>\n");
        }
    }

    /** The numbered flows under the diagram, so the numbers on the arrows can be read without clicking. */
    private static void flowKey(StringBuilder out, Diagram diagram) {
        if (diagram.flows().isEmpty()) {
            return;
        }
        ThreatModel model = diagram.model();
        out.append("<ol class=\"flow-key\">\n");
        for (DataFlow f : diagram.flows()) {
            out.append("<li").append(diagram.unmitigatedCrossing(f) ? " class=\"unmitigated\"" : "")
                    .append(" data-ref=\"").append(diagram.flowId(f)).append("\"><span class=\"no\">")
                    .append(diagram.number(f)).append("</span> <strong>").append(h(Diagram.label(f)))
                    .append("</strong> <span class=\"ends\">").append(h(Diagram.label(
                            model.element(f.source()).orElseThrow()))).append(f.bidirectional() ? " \u2194 " : " \u2192 ")
                    .append(h(Diagram.label(model.element(f.target()).orElseThrow()))).append("</span>");
            List<String> lines = diagram.linesCrossedBy(f).stream().map(diagram::lineLabel).toList();
            if (!lines.isEmpty()) {
                out.append(" <span class=\"lines\">crosses ").append(h(String.join(", ", lines)))
                        .append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
        boundaryLines(out, diagram);
    }

    /** The boundary lines the diagram does not draw as zones, with the flows that cross each. */
    private static void boundaryLines(StringBuilder out, Diagram diagram) {
        if (diagram.boundaryLines().isEmpty()) {
            return;
        }
        out.append("<p class=\"boundary-lines\">Trust boundary lines (drawn as lines in the source, not as zones):")
                .append("</p>\n").append("<ul class=\"boundary-lines\">\n");
        for (TrustZone line : diagram.boundaryLines()) {
            List<String> numbers = diagram.flowsCrossing(line).stream()
                    .map(f -> String.valueOf(diagram.number(f))).toList();
            out.append("<li><strong>").append(h(diagram.lineLabel(line))).append("</strong> - crossed by ")
                    .append(numbers.size() == 1 ? "flow " : "flows ").append(String.join(", ", numbers))
                    .append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void legend(StringBuilder out) {
        out.append("<ul class=\"legend\">")
                .append("<li><span class=\"key entity\"></span>external entity</li>")
                .append("<li><span class=\"key process\"></span>process</li>")
                .append("<li><span class=\"key store\"></span>data store</li>")
                .append("<li><span class=\"key agent\"></span>AI agent</li>")
                .append("<li><span class=\"key zone\"></span>trust zone (0 = least trusted, 100 = most)</li>")
                .append("<li><span class=\"key red\"></span>crosses a boundary, not mitigated</li>")
                .append("</ul>\n");
    }

    private static void findings(StringBuilder out, ReportInput input) {
        out.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (input.findings().isEmpty()) {
            out.append("<p>No findings.</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th>Level</th><th>Rule</th><th>Location</th><th>Message</th></tr></thead>\n")
                .append("<tbody>\n");
        for (Finding f : MarkdownReport.listed(input.findings())) {
            out.append("<tr class=\"level-").append(f.level().keyword()).append(f.isSuppressed() ? " suppressed" : "")
                    .append("\"><td>").append(f.level().keyword()).append(f.isSuppressed() ? " (suppressed)" : "")
                    .append("</td><td>").append(h(MarkdownReport.ruleText(input.rules(), f.ruleId())))
                    .append("</td><td><code>").append(h(MarkdownReport.location(f, input))).append("</code></td><td>")
                    .append(h(f.message()));
            if (f.isSuppressed()) {
                out.append("<br/><em>Suppressed: ").append(h(f.suppression().reason())).append("</em>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        String more = MarkdownReport.notListed(input.findings().size());
        if (!more.isEmpty()) {
            out.append("<p id=\"tm-not-listed\">").append(h(more.strip())).append("</p>\n");
        }
        out.append("</section>\n");
    }

    private static void flows(StringBuilder out, Diagram diagram) {
        ThreatModel model = diagram.model();
        out.append("<section id=\"flows\">\n<h2>Flows</h2>\n");
        if (model.flows().isEmpty()) {
            out.append("<p>The model has no flows.</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th>#</th><th>Flow</th><th>From</th><th>To</th><th>Trust boundary</th>")
                .append("<th>Threats</th><th>Mitigated</th></tr></thead>\n<tbody>\n");
        for (DataFlow f : diagram.flows()) {
            FlowCrossing c = diagram.crossing(f);
            out.append("<tr").append(diagram.unmitigatedCrossing(f) ? " class=\"unmitigated\"" : "").append("><td>")
                    .append(diagram.number(f)).append("</td><td>").append(h(Diagram.label(f))).append("</td><td>")
                    .append(h(Diagram.label(model.element(f.source()).orElseThrow()))).append("</td><td>")
                    .append(h(Diagram.label(model.element(f.target()).orElseThrow()))).append("</td><td>");
            if (c.crosses()) {
                List<String> names = new ArrayList<>();
                for (TrustZone z : c.boundaries()) {
                    names.add(diagram.lineLabel(z));
                }
                if (names.isEmpty() && c.unplaced()) {
                    names.add("an element in no zone");
                }
                out.append(h(String.join(", ", names))).append("; ").append(h(c.direction().words()));
            } else {
                out.append("none");
            }
            out.append("</td><td>");
            List<String> threats = new ArrayList<>();
            for (Threat t : model.threatsOn(f.id())) {
                threats.add(h(t.id() + " " + Diagram.label(t) + " (" + keyword(t.status()) + ")"));
            }
            out.append(threats.isEmpty() ? "none" : String.join("<br/>", threats)).append("</td><td>")
                    .append(!c.crosses() ? "not required (no boundary crossed)"
                            : diagram.mitigated(f) ? "yes" : "<strong>no</strong>").append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static String keyword(Keyword k) {
        return k == null ? "not stated" : k.keyword();
    }

    private static String targetText(ThreatModel model, String target) {
        return model.target(target).map(Diagram::label).orElse(target == null ? "no target" : target);
    }

    private static void threatsByCategory(StringBuilder out, Diagram diagram) {
        ThreatModel model = diagram.model();
        out.append("<section id=\"threats\">\n<h2>Threats by STRIDE category</h2>\n");
        if (model.threats().isEmpty()) {
            out.append("<p>The model lists no threats.</p>\n");
        }
        Map<String, List<Threat>> groups = new LinkedHashMap<>();
        for (StrideCategory c : StrideCategory.values()) {
            groups.put(c.keyword(), new ArrayList<>());
        }
        groups.put("other", new ArrayList<>());
        for (Threat t : model.threats()) {
            groups.get(t.category() == null ? "other" : t.category().keyword()).add(t);
        }
        for (Map.Entry<String, List<Threat>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) {
                continue;
            }
            out.append("<h3>").append(h(g.getKey())).append(" (").append(g.getValue().size()).append(")</h3>\n")
                    .append("<table>\n<thead><tr><th>Id</th><th>Threat</th><th>Target</th><th>Severity</th>")
                    .append("<th>Status</th><th>Mitigations</th></tr></thead>\n<tbody>\n");
            for (Threat t : g.getValue()) {
                List<String> mitigations = new ArrayList<>();
                for (Mitigation m : t.mitigations()) {
                    mitigations.add(h(Diagram.label(m) + " (" + keyword(m.status()) + ")"));
                }
                if (t.acceptance() != null) {
                    mitigations.add("<em>accepted by " + h(t.acceptance().acceptedBy())
                            + (t.acceptance().expires() == null ? "" : " until " + t.acceptance().expires())
                            + ": " + h(t.acceptance().justification()) + "</em>");
                }
                out.append("<tr").append(Diagram.handled(t) ? "" : " class=\"open\"").append("><td>").append(h(t.id()))
                        .append("</td><td>").append(h(Diagram.label(t)));
                if (t.category() == null && t.otherCategory() != null) {
                    out.append(" <em>(").append(h(t.otherCategory())).append(")</em>");
                }
                out.append("</td><td>").append(h(targetText(model, t.target())))
                        .append("</td><td>").append(keyword(t.severity())).append("</td><td>")
                        .append(keyword(t.status())).append("</td><td>")
                        .append(mitigations.isEmpty() ? "none" : String.join("<br/>", mitigations))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private static void mitigationsByDomain(StringBuilder out, ThreatModel model) {
        out.append("<section id=\"mitigations\">\n<h2>Mitigations by security domain</h2>\n");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (SecurityDomain d : SecurityDomain.values()) {
            groups.put(d.keyword(), new ArrayList<>());
        }
        groups.put("no domain stated", new ArrayList<>());
        boolean any = false;
        for (Threat t : model.threats()) {
            for (Mitigation m : t.mitigations()) {
                any = true;
                String row = "<tr><td>" + h(Diagram.label(m)) + "</td><td>" + keyword(m.status()) + "</td><td>"
                        + (m.control() == null ? "" : m.control().keyword()) + "</td><td>" + h(t.id()) + "</td><td>"
                        + (m.reference() == null ? "" : "<code>" + h(m.reference()) + "</code>") + "</td></tr>\n";
                groups.get(m.domain() == null ? "no domain stated" : m.domain().keyword()).add(row);
            }
        }
        if (!any) {
            out.append("<p>The model lists no mitigations.</p>\n");
        }
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) {
                continue;
            }
            out.append("<h3>").append(h(g.getKey())).append(" (").append(g.getValue().size()).append(")</h3>\n")
                    .append("<table>\n<thead><tr><th>Mitigation</th><th>Status</th><th>Control</th><th>Threat</th>")
                    .append("<th>Reference</th></tr></thead>\n<tbody>\n");
            g.getValue().forEach(out::append);
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private static void assumptions(StringBuilder out, ThreatModel model) {
        out.append("<section id=\"assumptions\">\n<h2>Assumptions by status</h2>\n");
        if (model.assumptions().isEmpty()) {
            out.append("<p>The model states no assumptions.</p>\n");
        }
        AssumptionStatus[] order = {AssumptionStatus.REFUTED, AssumptionStatus.UNVALIDATED, null,
            AssumptionStatus.VALIDATED};
        for (AssumptionStatus status : order) {
            List<Assumption> group = new ArrayList<>();
            for (Assumption a : model.assumptions()) {
                if (a.status() == status) {
                    group.add(a);
                }
            }
            if (group.isEmpty()) {
                continue;
            }
            out.append("<h3>").append(status == null ? "no status stated" : status.keyword()).append(" (")
                    .append(group.size()).append(")</h3>\n<table>\n<thead><tr><th>Id</th><th>Assumption</th>")
                    .append("<th>Type</th><th>Owner</th></tr></thead>\n<tbody>\n");
            for (Assumption a : group) {
                out.append("<tr><td>").append(h(a.id())).append("</td><td>")
                        .append(h(a.text() != null ? a.text() : a.name())).append("</td><td>")
                        .append(keyword(a.type())).append("</td><td>").append(h(a.owner())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private static void stories(StringBuilder out, ThreatModel model) {
        out.append("<section id=\"stories\">\n<h2>Stories</h2>\n");
        if (model.stories().isEmpty()) {
            out.append("<p>The model tells no stories.</p>\n");
        }
        for (Story s : model.stories()) {
            out.append("<article class=\"story\"><h3>").append(h(s.id())).append(": ").append(h(Diagram.label(s)))
                    .append(" <span class=\"tag\">").append(keyword(s.kind())).append("</span></h3>\n");
            if (s.narrative() != null) {
                out.append("<p>").append(h(s.narrative())).append("</p>\n");
            }
            List<String> refs = new ArrayList<>();
            if (!s.flows().isEmpty()) {
                refs.add("Flows: " + h(String.join(", ", s.flows())));
            }
            if (!s.elements().isEmpty()) {
                refs.add("Elements: " + h(String.join(", ", s.elements())));
            }
            if (!s.threats().isEmpty()) {
                refs.add("Threats: " + h(String.join(", ", s.threats())));
            }
            if (!refs.isEmpty()) {
                out.append("<p class=\"refs\">").append(String.join(" · ", refs)).append("</p>\n");
            }
            out.append("</article>\n");
        }
        out.append("</section>\n");
    }

    // ---- data for the side panel ----

    private static Map<String, Object> data(Diagram diagram) {
        ThreatModel model = diagram.model();
        ReportInput input = diagram.input();
        Map<String, Object> parts = new LinkedHashMap<>();
        for (TrustZone z : model.zones()) {
            if (diagram.zoneId(z) == null || parts.containsKey(diagram.zoneId(z))) {
                continue;
            }
            Map<String, Object> part = part("trust zone", z.id(), Diagram.label(z), z.description());
            List<List<String>> facts = new ArrayList<>();
            fact(facts, "Trust level", z.trustLevel() == null ? null : z.trustLevel().toString());
            fact(facts, "Inside", z.parent() == null ? null : model.zone(z.parent()).map(Diagram::label)
                    .orElse(z.parent()));
            fact(facts, "Relies on", z.assumptions().isEmpty() ? null : String.join(", ", z.assumptions()));
            part.put("facts", facts);
            part.put("threats", List.of());
            part.put("findings", findings(diagram.findingsOn(z.id()), input));
            parts.put(diagram.zoneId(z), part);
        }
        for (Element e : model.elements()) {
            String ref = diagram.nodeId(e.id());
            if (ref == null || parts.containsKey(ref)) {
                continue;
            }
            Map<String, Object> part = part(e.targetKind().words(), e.id(), Diagram.label(e), e.description());
            List<List<String>> facts = new ArrayList<>();
            List<TrustZone> zones = input.boundaries().zonesOf(e);
            fact(facts, "Zone", zones.isEmpty() ? "none" : Diagram.zoneLabel(zones.get(0)));
            if (e.outOfScope()) {
                fact(facts, "Out of scope", e.outOfScopeReason() == null ? "yes" : e.outOfScopeReason());
            }
            if (!e.access().isEmpty()) {
                List<String> access = new ArrayList<>();
                e.access().forEach(a -> access.add(a.keyword()));
                access.sort(null);
                fact(facts, "Access", String.join(", ", access));
            }
            fact(facts, "Hosting", e.hosting() == null ? null : e.hosting().keyword());
            fact(facts, "AI service", e.aiService() == null ? null : e.aiService().keyword());
            part.put("facts", facts);
            part.put("threats", threats(model.threatsOn(e.id())));
            part.put("findings", findings(diagram.findingsOn(e.id()), input));
            parts.put(ref, part);
        }
        for (DataFlow f : diagram.flows()) {
            String ref = diagram.flowId(f);
            if (parts.containsKey(ref)) {
                continue;
            }
            Map<String, Object> part = part("data flow " + diagram.number(f), f.id(), Diagram.label(f), null);
            List<List<String>> facts = new ArrayList<>();
            fact(facts, "From", Diagram.label(model.element(f.source()).orElseThrow()));
            fact(facts, "To", Diagram.label(model.element(f.target()).orElseThrow()));
            if (f.bidirectional()) {
                fact(facts, "Direction", "both ways");
            }
            fact(facts, "Data", f.data().isEmpty() ? null : String.join(", ", f.data()));
            fact(facts, "Protocol", f.protocol());
            fact(facts, "Authenticated", f.authenticated() == null ? null : f.authenticated() ? "yes" : "no");
            fact(facts, "Encrypted", f.encrypted() == null ? null : f.encrypted() ? "yes" : "no");
            FlowCrossing c = diagram.crossing(f);
            if (c.crosses()) {
                List<String> names = new ArrayList<>();
                for (TrustZone z : c.boundaries()) {
                    names.add(diagram.lineLabel(z));
                }
                if (names.isEmpty() && c.unplaced()) {
                    names.add("an element in no zone");
                }
                fact(facts, "Crosses", String.join(", ", names) + " (" + c.direction().words() + ")");
                fact(facts, "Mitigated", diagram.mitigated(f) ? "yes" : "no");
            } else {
                fact(facts, "Crosses", "no trust boundary");
            }
            part.put("facts", facts);
            part.put("threats", threats(model.threatsOn(f.id())));
            part.put("findings", findings(diagram.findingsOn(f.id()), input));
            parts.put(ref, part);
        }
        return Map.of("parts", parts);
    }

    private static Map<String, Object> part(String kind, String id, String name, String description) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("kind", kind);
        part.put("id", id);
        part.put("name", name);
        if (description != null) {
            part.put("description", description);
        }
        return part;
    }

    private static void fact(List<List<String>> facts, String name, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(List.of(name, value));
        }
    }

    private static List<Map<String, Object>> threats(List<Threat> threats) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Threat t : threats) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.id());
            m.put("name", Diagram.label(t));
            m.put("category", t.category() != null ? t.category().keyword()
                    : t.otherCategory() != null ? t.otherCategory() : "not stated");
            m.put("severity", keyword(t.severity()));
            m.put("status", keyword(t.status()));
            m.put("handled", Diagram.handled(t));
            List<String> mitigations = new ArrayList<>();
            for (Mitigation x : t.mitigations()) {
                mitigations.add(Diagram.label(x) + " (" + keyword(x.status())
                        + (x.domain() == null ? "" : ", " + x.domain().keyword()) + ")");
            }
            m.put("mitigations", mitigations);
            result.add(m);
        }
        return result;
    }

    private static List<Map<String, Object>> findings(List<Finding> findings, ReportInput input) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("level", f.level().keyword());
            m.put("rule", MarkdownReport.ruleText(input.rules(), f.ruleId()));
            m.put("message", f.message());
            m.put("location", MarkdownReport.location(f, input));
            m.put("suppressed", f.isSuppressed() ? f.suppression().reason() : null);
            result.add(m);
        }
        return result;
    }
}
