package dev.threatmodel.report;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.TrustZone;
import java.util.HashSet;
import java.util.Set;

/**
 * The data-flow diagram in Graphviz DOT, for {@code dot -Tsvg} or any tool that reads DOT: zones as nested dashed
 * clusters labelled with their trust level, one shape per element kind, numbered edges, and boundary-crossing flows
 * without a handled threat drawn in red. Ids are generated; every label is a quoted, escaped DOT string.
 */
public final class DotReport implements ReportWriter {

    @Override
    public ReportFormat format() {
        return ReportFormat.DOT;
    }

    @Override
    public String render(ReportInput input) {
        Diagram diagram = new Diagram(input);
        StringBuilder out = new StringBuilder();
        out.append("digraph threatmodel {\n");
        for (String line : diagram.boundaryLineSummaries()) {
            out.append("  // trust boundary line, not drawn: ").append(ReportText.oneLine(line)).append('\n');
        }
        out.append("  graph [label=\"").append(ReportText.dot(Diagram.title(input.model())))
                .append("\", labelloc=t, rankdir=LR, fontname=\"Helvetica\", fontsize=16, nodesep=0.4, ranksep=0.9];\n");
        out.append("  node [fontname=\"Helvetica\", fontsize=11, style=filled, fillcolor=\"#ffffff\"];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        String tooBig = diagram.tooBigToDraw();
        if (tooBig != null && diagram.zoneDepthTooDeep()) {
            // zones nest too deep to write as clusters: the graph keeps its nodes and edges, without zones
            out.append("  // ").append(ReportText.oneLine(tooBig)).append(" Zones are left out.\n");
            for (Element e : diagram.model().elements()) {
                if (diagram.nodeId(e.id()) != null && diagram.isFirst(e)) {
                    node(out, diagram, e, "  ");
                }
            }
        } else {
            Set<TrustZone> drawn = new HashSet<>();
            for (TrustZone zone : diagram.rootZones()) {
                zone(out, diagram, zone, "  ", drawn);
            }
            for (Element e : diagram.looseElements()) {
                node(out, diagram, e, "  ");
            }
        }
        for (DataFlow flow : diagram.flows()) {
            out.append("  ").append(diagram.nodeId(flow.source())).append(" -> ")
                    .append(diagram.nodeId(flow.target())).append(" [id=\"").append(diagram.flowId(flow))
                    .append("\", label=\"");
            String label = diagram.edgeLabel(flow);
            if (diagram.unmitigatedCrossing(flow)) {
                out.append(ReportText.dot(label + " (unmitigated)"))
                        .append("\", color=\"#d32f2f\", fontcolor=\"#d32f2f\", penwidth=2.5");
            } else {
                out.append(ReportText.dot(label)).append('"');
            }
            if (flow.bidirectional()) {
                out.append(", dir=both");
            }
            out.append("];\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static void zone(StringBuilder out, Diagram diagram, TrustZone zone, String indent, Set<TrustZone> drawn) {
        if (!drawn.add(zone)) {
            return;
        }
        String inner = indent + "  ";
        out.append(indent).append("subgraph cluster_").append(diagram.zoneId(zone)).append(" {\n");
        out.append(inner).append("label=\"").append(ReportText.dot(Diagram.label(zone)));
        if (zone.trustLevel() != null) {
            out.append("\\ntrust ").append(zone.trustLevel());
        }
        out.append("\";\n");
        out.append(inner).append("style=dashed; color=\"#757575\"; fontcolor=\"#424242\";\n");
        for (TrustZone child : diagram.childZones(zone)) {
            zone(out, diagram, child, inner, drawn);
        }
        for (Element e : diagram.elementsIn(zone)) {
            node(out, diagram, e, inner);
        }
        out.append(indent).append("}\n");
    }

    private static void node(StringBuilder out, Diagram diagram, Element e, String indent) {
        String attributes = switch (e.type() == null ? ElementType.EXTERNAL_ENTITY : e.type()) {
            case EXTERNAL_ENTITY -> "shape=box";
            case PROCESS -> "shape=ellipse, fillcolor=\"#e3f2fd\"";
            case DATA_STORE -> "shape=cylinder, fillcolor=\"#f1f8e9\"";
            case AI_AGENT -> "shape=hexagon, fillcolor=\"#f3e5f5\"";
        };
        String label = Diagram.label(e) + (e.outOfScope() ? " (out of scope)" : "");
        out.append(indent).append(diagram.nodeId(e.id())).append(" [label=\"").append(ReportText.dot(label))
                .append("\", ").append(attributes).append("];\n");
    }
}
