package dev.threatmodel.report;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.TrustZone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link DiagramLayout} as inline SVG: dashed zone boxes with name and trust level, one shape per element
 * kind (entity: rectangle, process: rounded box, store: open-ended box, agent: hexagon), numbered arrows, and
 * boundary-crossing flows without a handled threat in red. Every zone, element and flow carries a {@code data-ref}
 * with its generated id so that the page's script can show its details.
 */
final class DiagramSvg {

    private static final double BADGE_RADIUS = 10;

    private DiagramSvg() {
    }

    static String render(Diagram diagram, DiagramLayout layout) {
        List<Edge> edges = edges(diagram, layout);
        StringBuilder out = new StringBuilder();
        String w = n(layout.width());
        String h = n(layout.height());
        // The drawing scales to the width of the page and, through its aspect ratio, never beyond its own size or
        // 70 % of the window's height: on open the whole diagram is in view. The page's script zooms and pans it.
        out.append("<div class=\"diagram-viewport\" style=\"max-width:").append(w).append("px;aspect-ratio:")
                .append(w).append(" / ").append(h).append("\">\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"tm-diagram\" viewBox=\"0 0 ").append(w)
                .append(' ').append(h).append("\" width=\"100%\" height=\"100%\"")
                .append(" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-label=\"Data-flow diagram\">\n");
        out.append("<defs>\n");
        marker(out, "tm-arrow", "#455a64");
        marker(out, "tm-arrow-red", "#d32f2f");
        out.append("</defs>\n");
        for (Map.Entry<String, DiagramLayout.Box> entry : layout.zones().entrySet()) {
            TrustZone zone = diagram.model().zone(entry.getKey()).orElseThrow();
            zone(out, diagram, zone, entry.getValue());
        }
        for (Edge edge : edges) {
            edgeLine(out, diagram, edge);
        }
        for (Element e : diagram.model().elements()) {
            DiagramLayout.Box box = layout.nodes().get(e.id());
            if (box != null && diagram.nodeId(e.id()) != null) {
                node(out, diagram, layout, e, box);
            }
        }
        for (Edge edge : edges) {
            badge(out, diagram, edge);
        }
        out.append("</svg>\n</div>\n");
        return out.toString();
    }

    private static void marker(StringBuilder out, String id, String colour) {
        out.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
                .append("markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" ")
                .append("orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour)
                .append("\"/></marker>\n");
    }

    private static void zone(StringBuilder out, Diagram diagram, TrustZone zone, DiagramLayout.Box box) {
        out.append("<g class=\"zone\" data-ref=\"").append(diagram.zoneId(zone)).append("\" data-model-id=\"")
                .append(ReportText.html(zone.id())).append("\" tabindex=\"0\">");
        out.append("<title>").append(ReportText.html(Diagram.zoneLabel(zone))).append("</title>");
        out.append("<rect class=\"zone-box\" x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y()))
                .append("\" width=\"").append(n(box.width())).append("\" height=\"").append(n(box.height()))
                .append("\" rx=\"8\"/>");
        out.append("<text class=\"zone-label\" x=\"").append(n(box.x() + 12)).append("\" y=\"")
                .append(n(box.y() + 20)).append("\">").append(ReportText.html(Diagram.label(zone)));
        if (zone.trustLevel() != null) {
            out.append("<tspan class=\"zone-trust\" dx=\"8\">trust ").append(zone.trustLevel()).append("</tspan>");
        }
        out.append("</text></g>\n");
    }

    private static void node(StringBuilder out, Diagram diagram, DiagramLayout layout, Element e,
                             DiagramLayout.Box b) {
        ElementType type = e.type() == null ? ElementType.EXTERNAL_ENTITY : e.type();
        String kind = MermaidDiagram.cssClass(type);
        out.append("<g class=\"el ").append(kind).append(e.outOfScope() ? " out-of-scope" : "")
                .append(diagram.findingsOn(e.id()).isEmpty() ? "" : " has-findings")
                .append("\" data-ref=\"").append(diagram.nodeId(e.id())).append("\" data-model-id=\"")
                .append(ReportText.html(e.id())).append("\" tabindex=\"0\">");
        out.append("<title>").append(ReportText.html(Diagram.label(e))).append("</title>");
        String x = n(b.x());
        String y = n(b.y());
        String w = n(b.width());
        String h = n(b.height());
        switch (type) {
            case EXTERNAL_ENTITY -> out.append("<rect class=\"shape\" x=\"").append(x).append("\" y=\"").append(y)
                    .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\"/>");
            case PROCESS -> out.append("<rect class=\"shape\" x=\"").append(x).append("\" y=\"").append(y)
                    .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" rx=\"")
                    .append(n(Math.min(b.height() / 2, 22))).append("\"/>");
            case DATA_STORE -> {
                out.append("<rect class=\"shape store-fill\" x=\"").append(x).append("\" y=\"").append(y)
                        .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\"/>");
                out.append("<path class=\"store-lines\" d=\"M").append(x).append(',').append(y).append(" H")
                        .append(n(b.x() + b.width())).append(" M").append(x).append(',')
                        .append(n(b.y() + b.height())).append(" H").append(n(b.x() + b.width())).append(" M")
                        .append(n(b.x() + 10)).append(',').append(y).append(" V").append(n(b.y() + b.height()))
                        .append("\"/>");
            }
            case AI_AGENT -> {
                double inset = 14;
                out.append("<polygon class=\"shape\" points=\"")
                        .append(n(b.x())).append(',').append(n(b.centerY())).append(' ')
                        .append(n(b.x() + inset)).append(',').append(y).append(' ')
                        .append(n(b.x() + b.width() - inset)).append(',').append(y).append(' ')
                        .append(n(b.x() + b.width())).append(',').append(n(b.centerY())).append(' ')
                        .append(n(b.x() + b.width() - inset)).append(',').append(n(b.y() + b.height())).append(' ')
                        .append(n(b.x() + inset)).append(',').append(n(b.y() + b.height())).append("\"/>");
            }
        }
        List<String> lines = layout.lines(e.id());
        double first = b.centerY() - (lines.size() - 1) * DiagramLayout.LINE_HEIGHT / 2 + 4;
        out.append("<text class=\"label\" x=\"").append(n(b.centerX())).append("\" y=\"").append(n(first))
                .append("\">");
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(n(b.centerX())).append("\" y=\"")
                    .append(n(first + i * DiagramLayout.LINE_HEIGHT)).append("\">")
                    .append(ReportText.html(lines.get(i))).append("</tspan>");
        }
        out.append("</text></g>\n");
    }

    /** A flow's drawn path (SVG path data) and where its number badge sits. */
    private record Edge(DataFlow flow, String path, double badgeX, double badgeY) {
    }

    /** Each flow between two drawn elements, along the orthogonal route the layout gave it. */
    private static List<Edge> edges(Diagram diagram, DiagramLayout layout) {
        List<Edge> edges = new ArrayList<>();
        for (DataFlow f : diagram.flows()) {
            DiagramLayout.Route route = layout.route(f);
            if (route == null || route.points().size() < 2) {
                continue;
            }
            StringBuilder d = new StringBuilder();
            for (double[] point : route.points()) {
                d.append(d.length() == 0 ? "M" : " L").append(n(point[0])).append(',').append(n(point[1]));
            }
            edges.add(new Edge(f, d.toString(), route.badgeX(), route.badgeY()));
        }
        return edges;
    }

    /** Liang-Barsky clipping: whether the segment touches the rectangle. */
    static boolean intersects(double left, double top, double right, double bottom, double x1, double y1, double x2,
                              double y2) {
        double t0 = 0;
        double t1 = 1;
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - left, right - x1, y1 - top, bottom - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void edgeLine(StringBuilder out, Diagram diagram, Edge e) {
        boolean red = diagram.unmitigatedCrossing(e.flow());
        String d = e.path();
        out.append("<g class=\"flow").append(red ? " unmitigated" : "")
                .append(diagram.crosses(e.flow()) ? " crossing" : "")
                .append("\" data-ref=\"").append(diagram.flowId(e.flow())).append("\" data-model-id=\"")
                .append(ReportText.html(e.flow().id() == null ? "" : e.flow().id())).append("\" data-source=\"")
                .append(ReportText.html(e.flow().source())).append("\" data-target=\"")
                .append(ReportText.html(e.flow().target())).append("\" tabindex=\"0\">");
        out.append("<title>").append(ReportText.html(title(diagram, e.flow()))).append("</title>");
        out.append("<path class=\"flow-hit\" d=\"").append(d).append("\"/>");
        out.append("<path class=\"flow-line\" d=\"").append(d).append("\" marker-end=\"url(#")
                .append(red ? "tm-arrow-red" : "tm-arrow").append(")\"");
        if (e.flow().bidirectional()) {
            out.append(" marker-start=\"url(#").append(red ? "tm-arrow-red" : "tm-arrow").append(")\"");
        }
        out.append("/></g>\n");
    }

    private static void badge(StringBuilder out, Diagram diagram, Edge e) {
        boolean red = diagram.unmitigatedCrossing(e.flow());
        String number = Integer.toString(diagram.number(e.flow()));
        double r = Math.max(BADGE_RADIUS, 3.6 * number.length() + 4);
        out.append("<g class=\"flow-badge").append(red ? " unmitigated" : "").append("\" data-ref=\"")
                .append(diagram.flowId(e.flow())).append("\" data-model-id=\"")
                .append(ReportText.html(e.flow().id() == null ? "" : e.flow().id())).append("\">");
        out.append("<title>").append(ReportText.html(title(diagram, e.flow()))).append("</title>");
        out.append("<circle cx=\"").append(n(e.badgeX())).append("\" cy=\"").append(n(e.badgeY())).append("\" r=\"")
                .append(n(r)).append("\"/>");
        out.append("<text x=\"").append(n(e.badgeX())).append("\" y=\"").append(n(e.badgeY() + 4)).append("\">")
                .append(number).append("</text></g>\n");
    }

    static String title(Diagram diagram, DataFlow flow) {
        String title = diagram.edgeLabel(flow);
        if (flow.name() == null || flow.name().isBlank()) {
            title += ". " + Diagram.label(diagram.model().element(flow.source()).orElseThrow())
                    + (flow.bidirectional() ? " \u2194 " : " \u2192 ")
                    + Diagram.label(diagram.model().element(flow.target()).orElseThrow());
        }
        return diagram.unmitigatedCrossing(flow) ? title + " (crosses a trust boundary, not mitigated)" : title;
    }

    /** A coordinate with one decimal, the same on every machine. */
    static String n(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value + 0.0);
        if (s.equals("-0.0")) {
            return "0";
        }
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
