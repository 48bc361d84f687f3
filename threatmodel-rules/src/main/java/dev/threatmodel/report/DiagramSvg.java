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
    private static final double PARALLEL_OFFSET = 16;
    private static final double LANE_GAP = 18;

    private DiagramSvg() {
    }

    static String render(Diagram diagram, DiagramLayout layout) {
        Edges drawn = edges(diagram, layout);
        List<Edge> edges = drawn.edges();
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"tm-diagram\" viewBox=\"0 0 ")
                .append(n(layout.width())).append(' ').append(n(drawn.height())).append("\" width=\"")
                .append(n(layout.width())).append("\" height=\"").append(n(drawn.height()))
                // scaled down to fit the page, but never below 60 %: beyond that the diagram scrolls
                .append("\" style=\"min-width:").append(n(Math.round(layout.width() * 0.6))).append("px\"")
                .append(" role=\"img\" aria-label=\"Data-flow diagram\">\n");
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
            if (box != null && diagram.nodeId(e.id()) != null && layout.nodes().containsKey(e.id())) {
                node(out, diagram, layout, e, box);
            }
        }
        for (Edge edge : edges) {
            badge(out, diagram, edge);
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static void marker(StringBuilder out, String id, String colour) {
        out.append("<marker id=\"").append(id).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" ")
                .append("markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" ")
                .append("orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour)
                .append("\"/></marker>\n");
    }

    private static void zone(StringBuilder out, Diagram diagram, TrustZone zone, DiagramLayout.Box box) {
        out.append("<g class=\"zone\" data-ref=\"").append(diagram.zoneId(zone)).append("\" tabindex=\"0\">");
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
                .append("\" data-ref=\"").append(diagram.nodeId(e.id())).append("\" tabindex=\"0\">");
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

    /** The drawn flows and the height the drawing needs, lanes below the content included. */
    private record Edges(List<Edge> edges, double height) {
    }

    /**
     * Each flow is a straight line between the two shapes (fanned out into curves where several flows join the
     * same two elements). A flow whose line would run across a third element is routed instead through its own lane
     * below the diagram: down from its source, along the lane, up into its target.
     */
    private static Edges edges(Diagram diagram, DiagramLayout layout) {
        Map<String, List<DataFlow>> byPair = new LinkedHashMap<>();
        for (DataFlow f : diagram.flows()) {
            byPair.computeIfAbsent(pair(diagram, f), k -> new ArrayList<>()).add(f);
        }
        List<Edge> edges = new ArrayList<>();
        double contentBottom = layout.height() - DiagramLayout.MARGIN;
        double height = layout.height();
        int lanes = 0;
        for (DataFlow f : diagram.flows()) {
            DiagramLayout.Box from = layout.nodes().get(f.source());
            DiagramLayout.Box to = layout.nodes().get(f.target());
            if (from == null || to == null) {
                continue;
            }
            if (f.source().equals(f.target())) {
                // a loop under the shape, where no other flow leaves it
                double x = from.x() + from.width() * 0.7;
                double y = from.y() + from.height();
                edges.add(new Edge(f, "M" + n(x - 12) + "," + n(y) + " C" + n(x - 16) + "," + n(y + 26) + " "
                        + n(x + 16) + "," + n(y + 26) + " " + n(x + 12) + "," + n(y + 3), x, y + 19.5));
                continue;
            }
            List<DataFlow> group = byPair.get(pair(diagram, f));
            double offset = (group.indexOf(f) - (group.size() - 1) / 2.0) * PARALLEL_OFFSET;
            // a perpendicular that does not depend on the flow's direction, so parallel flows fan out
            boolean canonical = diagram.nodeId(f.source()).compareTo(diagram.nodeId(f.target())) <= 0;
            DiagramLayout.Box a = canonical ? from : to;
            DiagramLayout.Box c = canonical ? to : from;
            double dx = c.centerX() - a.centerX();
            double dy = c.centerY() - a.centerY();
            double length = Math.max(Math.hypot(dx, dy), 1);
            double px = -dy / length;
            double py = dx / length;
            double sx = from.centerX() + px * offset;
            double sy = from.centerY() + py * offset;
            double tx = to.centerX() + px * offset;
            double ty = to.centerY() + py * offset;
            double[] start = clip(from, sx, sy, tx - sx, ty - sy);
            double[] end = clip(to, tx, ty, sx - tx, sy - ty);
            double cx = (start[0] + end[0]) / 2 + px * offset;
            double cy = (start[1] + end[1]) / 2 + py * offset;
            double mx = 0.25 * start[0] + 0.5 * cx + 0.25 * end[0];
            double my = 0.25 * start[1] + 0.5 * cy + 0.25 * end[1];
            if (!crossesOther(layout, f, start[0], start[1], mx, my) && !crossesOther(layout, f, mx, my, end[0],
                    end[1])) {
                edges.add(new Edge(f, "M" + n(start[0]) + "," + n(start[1]) + " Q" + n(cx) + "," + n(cy) + " "
                        + n(end[0]) + "," + n(end[1]), mx, my));
                continue;
            }
            double lane = contentBottom + LANE_GAP * (lanes + 1);
            lanes++;
            height = Math.max(height, lane + DiagramLayout.MARGIN);
            double x1 = from.centerX();
            double y1 = from.y() + from.height();
            double x2 = to.centerX();
            double y2 = to.y() + to.height() + 3;
            double r = Math.min(10, Math.abs(x2 - x1) / 2);
            double dir = Math.signum(x2 - x1);
            String path = "M" + n(x1) + "," + n(y1) + " V" + n(lane - r) + " Q" + n(x1) + "," + n(lane) + " "
                    + n(x1 + dir * r) + "," + n(lane) + " H" + n(x2 - dir * r) + " Q" + n(x2) + "," + n(lane) + " "
                    + n(x2) + "," + n(lane - r) + " V" + n(y2);
            edges.add(new Edge(f, path, (x1 + x2) / 2, lane));
        }
        return new Edges(edges, height);
    }

    /** Whether the segment runs through an element other than the flow's two ends. */
    private static boolean crossesOther(DiagramLayout layout, DataFlow f, double x1, double y1, double x2, double y2) {
        for (Map.Entry<String, DiagramLayout.Box> node : layout.nodes().entrySet()) {
            if (node.getKey().equals(f.source()) || node.getKey().equals(f.target())) {
                continue;
            }
            DiagramLayout.Box b = node.getValue();
            if (intersects(b.x() - 2, b.y() - 2, b.x() + b.width() + 2, b.y() + b.height() + 2, x1, y1, x2, y2)) {
                return true;
            }
        }
        return false;
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

    private static String pair(Diagram diagram, DataFlow f) {
        String a = diagram.nodeId(f.source());
        String b = diagram.nodeId(f.target());
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    /** Where a ray from (x, y) in direction (dx, dy) leaves the box, with a small gap for the arrowhead. */
    private static double[] clip(DiagramLayout.Box box, double x, double y, double dx, double dy) {
        double length = Math.hypot(dx, dy);
        if (length < 1e-9) {
            return new double[] {x, y};
        }
        double ux = dx / length;
        double uy = dy / length;
        double tx = Math.abs(ux) < 1e-9 ? Double.MAX_VALUE : (box.width() / 2 + 3) / Math.abs(ux);
        double ty = Math.abs(uy) < 1e-9 ? Double.MAX_VALUE : (box.height() / 2 + 3) / Math.abs(uy);
        double t = Math.min(tx, ty);
        // the ray starts off-centre for parallel flows; never clip beyond the far side
        t = Math.min(t, length / 2);
        return new double[] {x + ux * t, y + uy * t};
    }

    private static void edgeLine(StringBuilder out, Diagram diagram, Edge e) {
        boolean red = diagram.unmitigatedCrossing(e.flow());
        String d = e.path();
        out.append("<g class=\"flow").append(red ? " unmitigated" : "")
                .append(diagram.crosses(e.flow()) ? " crossing" : "")
                .append("\" data-ref=\"").append(diagram.flowId(e.flow())).append("\" tabindex=\"0\">");
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
                .append(diagram.flowId(e.flow())).append("\">");
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
