package dev.threatmodel.report;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.TrustZone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data-flow diagram as a Mermaid {@code flowchart LR}, the diagram language GitHub renders inside Markdown.
 * Zones are nested subgraphs, each element kind has its own shape, flows are numbered edges, and boundary-crossing
 * flows without a handled threat are red and marked with a warning sign. Every label is quoted and entity-encoded;
 * node ids are generated, never taken from the model.
 */
final class MermaidDiagram {

    /** Marks an unmitigated boundary-crossing flow in edge labels. */
    static final String UNMITIGATED_MARK = "\u26a0";

    private MermaidDiagram() {
    }

    static String render(Diagram diagram) {
        StringBuilder out = new StringBuilder();
        out.append("flowchart LR\n");
        for (String line : diagram.boundaryLineSummaries()) {
            out.append("  %% trust boundary line, not drawn: ").append(comment(line)).append('\n');
        }
        Set<TrustZone> drawn = new HashSet<>();
        for (TrustZone zone : diagram.rootZones()) {
            zone(out, diagram, zone, "  ", drawn);
        }
        for (Element e : diagram.looseElements()) {
            node(out, diagram, e, "  ");
        }
        List<Integer> red = new ArrayList<>();
        int index = 0;
        for (DataFlow flow : diagram.flows()) {
            boolean unmitigated = diagram.unmitigatedCrossing(flow);
            String label = diagram.edgeLabel(flow);
            if (unmitigated) {
                label = UNMITIGATED_MARK + " " + label;
                red.add(index);
            }
            out.append("  ").append(diagram.nodeId(flow.source()))
                    .append(flow.bidirectional() ? " <-->|\"" : " -->|\"")
                    .append(ReportText.mermaid(label)).append("\"| ")
                    .append(diagram.nodeId(flow.target())).append('\n');
            index++;
        }
        out.append("  classDef entity fill:#ffffff,stroke:#37474f,stroke-width:1px\n");
        out.append("  classDef process fill:#e3f2fd,stroke:#1565c0,stroke-width:1px\n");
        out.append("  classDef store fill:#f1f8e9,stroke:#558b2f,stroke-width:1px\n");
        out.append("  classDef agent fill:#f3e5f5,stroke:#6a1b9a,stroke-width:1px\n");
        out.append("  classDef zone fill:none,stroke:#757575,stroke-dasharray:5 5\n");
        for (ElementType type : ElementType.values()) {
            Set<String> ids = new java.util.LinkedHashSet<>();
            for (Element e : diagram.model().elements()) {
                if (e.type() == type && diagram.nodeId(e.id()) != null) {
                    ids.add(diagram.nodeId(e.id()));
                }
            }
            if (!ids.isEmpty()) {
                out.append("  class ").append(String.join(",", ids)).append(' ').append(cssClass(type)).append('\n');
            }
        }
        List<String> zoneIds = new ArrayList<>();
        for (TrustZone z : drawn) {
            zoneIds.add(diagram.zoneId(z));
        }
        zoneIds.sort((a, b) -> Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))));
        if (!zoneIds.isEmpty()) {
            out.append("  class ").append(String.join(",", zoneIds)).append(" zone\n");
        }
        if (!red.isEmpty()) {
            List<String> indexes = new ArrayList<>();
            for (Integer i : red) {
                indexes.add(Integer.toString(i));
            }
            out.append("  linkStyle ").append(String.join(",", indexes))
                    .append(" stroke:#d32f2f,stroke-width:3px,color:#d32f2f\n");
        }
        return out.toString();
    }

    /** Text that stays inside a one-line comment of a Markdown code block. */
    static String comment(String text) {
        // entity-coded like a label, braces too: a Mermaid directive (%%{init: ...}%%) in a name must stay text
        return ReportText.mermaid(text).replace("{", "#123;").replace("}", "#125;");
    }

    private static void zone(StringBuilder out, Diagram diagram, TrustZone zone, String indent, Set<TrustZone> drawn) {
        if (!drawn.add(zone)) {
            return;
        }
        out.append(indent).append("subgraph ").append(diagram.zoneId(zone)).append("[\"")
                .append(ReportText.mermaid(Diagram.zoneLabel(zone))).append("\"]\n");
        for (TrustZone child : diagram.childZones(zone)) {
            zone(out, diagram, child, indent + "  ", drawn);
        }
        for (Element e : diagram.elementsIn(zone)) {
            node(out, diagram, e, indent + "  ");
        }
        out.append(indent).append("end\n");
    }

    private static void node(StringBuilder out, Diagram diagram, Element e, String indent) {
        String label = ReportText.mermaid(Diagram.label(e) + (e.outOfScope() ? " (out of scope)" : ""));
        String[] shape = switch (e.type() == null ? ElementType.EXTERNAL_ENTITY : e.type()) {
            case EXTERNAL_ENTITY -> new String[] {"[\"", "\"]"};
            case PROCESS -> new String[] {"(\"", "\")"};
            case DATA_STORE -> new String[] {"[(\"", "\")]"};
            case AI_AGENT -> new String[] {"{{\"", "\"}}"};
        };
        out.append(indent).append(diagram.nodeId(e.id())).append(shape[0]).append(label).append(shape[1]).append('\n');
    }

    static String cssClass(ElementType type) {
        return switch (type) {
            case EXTERNAL_ENTITY -> "entity";
            case PROCESS -> "process";
            case DATA_STORE -> "store";
            case AI_AGENT -> "agent";
        };
    }
}
