package dev.threatmodel.report;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data-flow diagram as every writer draws it: generated safe ids for zones ({@code z0}, ...), elements
 * ({@code n0}, ...) and flows ({@code e0}, ...) in file order, the nesting of zones, the flows that can be drawn,
 * which flows cross a boundary without a handled threat, and which findings concern which part of the diagram.
 */
final class Diagram {

    private final ReportInput input;
    private final ThreatModel model;
    private final BoundaryAnalysis boundaries;
    private final Map<String, String> zoneIds = new LinkedHashMap<>();
    private final Map<String, String> nodeIds = new LinkedHashMap<>();
    private final Map<String, String> flowIds = new LinkedHashMap<>();
    private final List<TrustZone> rootZones = new ArrayList<>();
    private final Map<String, List<TrustZone>> childZones = new LinkedHashMap<>();
    private final Map<String, List<Element>> elementsIn = new LinkedHashMap<>();
    private final List<Element> looseElements = new ArrayList<>();
    private final List<DataFlow> flows = new ArrayList<>();
    private final Map<String, List<Finding>> findingsByPart = new LinkedHashMap<>();
    private final List<TrustZone> boundaryLines = new ArrayList<>();
    private final Set<TrustZone> boundaryLineSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<DataFlow, Integer> positions = new java.util.IdentityHashMap<>();
    private Map<TrustZone, List<DataFlow>> flowsByLine;
    private Map<String, Long> lineLabelCounts;
    private final int zoneDepth;

    Diagram(ReportInput input) {
        this.input = input;
        this.model = input.model();
        this.boundaries = input.boundaries();
        for (TrustZone z : model.zones()) {
            if (zoneIds.containsKey(z.id())) {
                continue;
            }
            zoneIds.put(z.id(), "z" + zoneIds.size());
            childZones.put(z.id(), new ArrayList<>());
            elementsIn.put(z.id(), new ArrayList<>());
        }
        for (TrustZone z : model.zones()) {
            if (model.zone(z.id()).orElse(null) != z) {
                continue;
            }
            String parent = z.parent();
            boolean nested = parent != null && !parent.equals(z.id()) && zoneIds.containsKey(parent)
                    && boundaries.chain(parent).stream().noneMatch(p -> p.id().equals(z.id()));
            if (nested) {
                childZones.get(parent).add(z);
            } else {
                rootZones.add(z);
            }
        }
        for (Element e : model.elements()) {
            if (nodeIds.containsKey(e.id())) {
                continue;
            }
            nodeIds.put(e.id(), "n" + nodeIds.size());
            if (e.zone() != null && zoneIds.containsKey(e.zone())) {
                elementsIn.get(e.zone()).add(e);
            } else {
                looseElements.add(e);
            }
        }
        for (DataFlow f : model.flows()) {
            if (flowIds.containsKey(f.id())) {
                continue;
            }
            flowIds.put(f.id(), "e" + flowIds.size());
            if (nodeIds.containsKey(f.source()) && nodeIds.containsKey(f.target())) {
                flows.add(f);
            }
        }
        for (int i = 0; i < model.flows().size(); i++) {
            positions.putIfAbsent(model.flows().get(i), i);
        }
        separateBoundaryLines();
        assignFindings();
        zoneDepth = deepestNesting();
    }

    /**
     * The most elements and zones a diagram draws; GitHub's Mermaid refuses diagrams with more than 500 edges, and a
     * drawing of more boxes than this is unreadable anyway. Past it the reports list the parts instead of drawing.
     */
    static final int MAX_DRAWN_NODES = 500;

    /** The most flows a diagram draws (GitHub's Mermaid draws at most 500 edges). */
    static final int MAX_DRAWN_FLOWS = 500;

    /** The deepest zone nesting a diagram draws, the loader's own limit. */
    static final int MAX_DRAWN_DEPTH = dev.threatmodel.load.LoadLimits.MAX_ZONE_DEPTH;

    /**
     * Whether the model is small enough to draw: the one place every writer (Mermaid, HTML with its layout, DOT)
     * asks before drawing, so that a huge model costs a list, linear in its size, instead of a layout that grows
     * faster, and so that no drawing recurses deeper than {@link #MAX_DRAWN_DEPTH} zones.
     */
    boolean drawable() {
        return tooBigToDraw() == null;
    }

    /** Why the model is not drawn, in a sentence; null when it is drawn. */
    String tooBigToDraw() {
        int nodes = nodeIds.size() + zoneIds.size() - boundaryLines.size();
        if (nodes > MAX_DRAWN_NODES) {
            return "The model is too big to draw: it has " + nodes + " elements and zones, more than the "
                    + MAX_DRAWN_NODES + " a diagram shows. Its parts are listed instead.";
        }
        if (flows.size() > MAX_DRAWN_FLOWS) {
            return "The model is too big to draw: it has " + flows.size() + " flows, more than the "
                    + MAX_DRAWN_FLOWS + " a diagram shows. Its parts are listed instead.";
        }
        if (zoneDepth > MAX_DRAWN_DEPTH) {
            return "The model is too big to draw: its zones nest " + zoneDepth + " deep, more than the "
                    + MAX_DRAWN_DEPTH + " levels a diagram shows. Its parts are listed instead.";
        }
        return null;
    }

    /** Whether the zones nest deeper than a drawing, or a writer's walk over them, goes. */
    boolean zoneDepthTooDeep() {
        return zoneDepth > MAX_DRAWN_DEPTH;
    }

    /** Whether the element is the one its id stands for (the first with that id). */
    boolean isFirst(Element e) {
        return model.element(e.id()).orElse(null) == e;
    }

    /** How deep the drawn zones nest, found without recursion (a zone's depth is its parent's plus one). */
    private int deepestNesting() {
        Map<String, Integer> depth = new java.util.HashMap<>();
        java.util.ArrayDeque<TrustZone> pending = new java.util.ArrayDeque<>();
        for (TrustZone root : rootZones) {
            depth.put(root.id(), 1);
            pending.add(root);
        }
        int deepest = 0;
        while (!pending.isEmpty()) {
            TrustZone z = pending.poll();
            int d = depth.get(z.id());
            deepest = Math.max(deepest, d);
            for (TrustZone child : childZones(z)) {
                if (depth.putIfAbsent(child.id(), d + 1) == null) {
                    pending.add(child);
                }
            }
        }
        return deepest;
    }

    ThreatModel model() {
        return model;
    }

    ReportInput input() {
        return input;
    }

    List<TrustZone> rootZones() {
        return rootZones;
    }

    List<TrustZone> childZones(TrustZone zone) {
        return childZones.getOrDefault(zone.id(), List.of());
    }

    List<Element> elementsIn(TrustZone zone) {
        return elementsIn.getOrDefault(zone.id(), List.of());
    }

    /** Elements in no zone, or in a zone the model does not define. */
    List<Element> looseElements() {
        return looseElements;
    }

    /**
     * Zones that stand for a boundary line some flow crosses (Threat Dragon's trust-boundary curves): they hold no
     * element and no zone, so they are listed under the diagram instead of being drawn as empty boxes.
     */
    List<TrustZone> boundaryLines() {
        return boundaryLines;
    }

    /**
     * A boundary line's label: its name, numbered ({@code unnamed boundary 2}) where several lines would otherwise
     * read the same, so that the flow list and the list of lines can be matched.
     */
    String lineLabel(TrustZone line) {
        String label = label(line);
        if (lineLabelCounts == null) {
            lineLabelCounts = new java.util.HashMap<>();
            for (TrustZone z : boundaryLines) {
                lineLabelCounts.merge(label(z), 1L, Long::sum);
            }
        }
        long same = lineLabelCounts.getOrDefault(label, 0L);
        return same > 1 ? label + " " + (boundaryLines.indexOf(line) + 1) : label;
    }

    /** The boundary lines a flow crosses, in the order the model records them. */
    List<TrustZone> linesCrossedBy(DataFlow flow) {
        return crossing(flow).lines().stream().filter(boundaryLineSet::contains).toList();
    }

    /** The flows, drawn or not, that cross a boundary line, in file order. */
    List<DataFlow> flowsCrossing(TrustZone line) {
        if (flowsByLine == null) {
            flowsByLine = new java.util.IdentityHashMap<>();
            for (DataFlow f : flows) {
                for (TrustZone crossed : new java.util.LinkedHashSet<>(linesCrossedBy(f))) {
                    flowsByLine.computeIfAbsent(crossed, k -> new ArrayList<>()).add(f);
                }
            }
        }
        return flowsByLine.getOrDefault(line, List.of());
    }

    /**
     * One sentence per boundary line: {@code unnamed boundary - crossed by flows 2, 3}; how the writers that draw
     * no lines still mention them.
     */
    List<String> boundaryLineSummaries() {
        List<String> out = new ArrayList<>();
        for (TrustZone line : boundaryLines) {
            List<String> numbers = flowsCrossing(line).stream().map(f -> String.valueOf(number(f))).toList();
            out.add(lineLabel(line) + " (" + line.id() + ") - crossed by " + (numbers.size() == 1 ? "flow " : "flows ")
                    + String.join(", ", numbers));
        }
        return out;
    }

    private void separateBoundaryLines() {
        Set<String> crossedLines = new HashSet<>();
        for (DataFlow f : flows) {
            for (TrustZone z : crossing(f).lines()) {
                crossedLines.add(z.id());
            }
        }
        for (TrustZone z : model.zones()) {
            if (crossedLines.contains(z.id()) && elementsIn.getOrDefault(z.id(), List.of()).isEmpty()
                    && childZones.getOrDefault(z.id(), List.of()).isEmpty() && !boundaryLineSet.contains(z)
                    && model.zone(z.id()).orElse(null) == z) {
                boundaryLines.add(z);
                boundaryLineSet.add(z);
            }
        }
        if (!boundaryLines.isEmpty()) {
            rootZones.removeIf(boundaryLineSet::contains);
            childZones.values().forEach(children -> children.removeIf(boundaryLineSet::contains));
        }
    }

    /** Flows whose two ends exist, in file order. */
    List<DataFlow> flows() {
        return flows;
    }

    String zoneId(TrustZone zone) {
        return zoneIds.get(zone.id());
    }

    String nodeId(String elementId) {
        return nodeIds.get(elementId);
    }

    String flowId(DataFlow flow) {
        return flowIds.get(flow.id());
    }

    /** The flow's number from the model, or its position (1-based) where it has none. */
    int number(DataFlow flow) {
        if (flow.number() != null) {
            return flow.number();
        }
        Integer position = positions.get(flow);
        return (position != null ? position : model.flows().indexOf(flow)) + 1;
    }

    /** Stands for the name of a flow that has none; the flow's ends follow it wherever it is shown. */
    static final String UNNAMED_FLOW = "(unnamed)";
    /** Stands for the name of a zone that has none. */
    static final String UNNAMED_ZONE = "unnamed boundary";

    /**
     * The item's name; where it has none, an unnamed flow is {@value #UNNAMED_FLOW} (its ends are always shown next
     * to it) and an unnamed zone is {@value #UNNAMED_ZONE}, so that generated ids do not stand in for names.
     */
    static String label(ModelItem item) {
        String name = item.name();
        if (name != null && !name.isBlank()) {
            return name;
        }
        if (item instanceof DataFlow) {
            return UNNAMED_FLOW;
        }
        if (item instanceof TrustZone) {
            return UNNAMED_ZONE;
        }
        return item.id();
    }

    /** An edge label: the flow's number and, where it has one, its name. */
    String edgeLabel(DataFlow flow) {
        return flow.name() == null || flow.name().isBlank() ? String.valueOf(number(flow))
                : number(flow) + ". " + flow.name();
    }

    /** The model's name, or a stand-in when it has none. */
    static String title(ThreatModel model) {
        return model.name() == null || model.name().isBlank() ? "unnamed model" : model.name();
    }

    /** A zone's name and, where it states one, its trust level. */
    static String zoneLabel(TrustZone zone) {
        return zone.trustLevel() == null ? label(zone) : label(zone) + " (trust " + zone.trustLevel() + ")";
    }

    FlowCrossing crossing(DataFlow flow) {
        return boundaries.of(flow);
    }

    boolean crosses(DataFlow flow) {
        return crossing(flow).crosses();
    }

    /**
     * Whether a threat no longer needs work: accepted, transferred, not applicable, or mitigated by at least one
     * control that is not merely planned.
     */
    static boolean handled(Threat threat) {
        ThreatStatus status = threat.status();
        if (status == null || status == ThreatStatus.OPEN) {
            return false;
        }
        if (status != ThreatStatus.MITIGATED) {
            return true;
        }
        for (Mitigation m : threat.mitigations()) {
            if (m.status() != MitigationStatus.PLANNED) {
                return true;
            }
        }
        return false;
    }

    /** A flow counts as mitigated when it has threats and every one of them is handled. */
    boolean mitigated(DataFlow flow) {
        List<Threat> threats = model.threatsOn(flow.id());
        return !threats.isEmpty() && threats.stream().allMatch(Diagram::handled);
    }

    /** A boundary-crossing flow that is not mitigated: drawn in red everywhere. */
    boolean unmitigatedCrossing(DataFlow flow) {
        return crosses(flow) && !mitigated(flow);
    }

    /** Findings about an element, flow or zone (by model id), or about one of the threats aimed at it. */
    List<Finding> findingsOn(String partId) {
        return findingsByPart.getOrDefault(partId, List.of());
    }

    private void assignFindings() {
        Map<SourceLocation, String> byLocation = new LinkedHashMap<>();
        for (Element e : model.elements()) {
            index(byLocation, e, e.id());
        }
        for (DataFlow f : model.flows()) {
            index(byLocation, f, f.id());
        }
        for (TrustZone z : model.zones()) {
            index(byLocation, z, z.id());
        }
        Map<String, String> subjects = new LinkedHashMap<>();
        for (Threat t : model.threats()) {
            if (t.target() != null) {
                subjects.putIfAbsent(t.id(), t.target());
                index(byLocation, t, t.target());
                for (Mitigation m : t.mitigations()) {
                    if (m.id() != null) {
                        subjects.putIfAbsent(m.id(), t.target());
                    }
                    index(byLocation, m, t.target());
                }
            }
        }
        for (Finding f : input.findings()) {
            String part = null;
            String identity = f.identity() == null ? "" : f.identity();
            String[] segments = identity.split("/", -1);
            if (segments.length > 1) {
                String subject = segments[1];
                if (nodeIds.containsKey(subject) || flowIds.containsKey(subject) || zoneIds.containsKey(subject)) {
                    part = subject;
                } else {
                    part = subjects.get(subject);
                }
            }
            if (part == null && f.location() != null) {
                part = byLocation.get(f.location());
            }
            if (part != null) {
                findingsByPart.computeIfAbsent(part, k -> new ArrayList<>()).add(f);
            }
        }
    }

    private static void index(Map<SourceLocation, String> byLocation, ModelItem item, String part) {
        if (item.origin() == null) {
            return;
        }
        byLocation.putIfAbsent(item.origin().at(), part);
        Set<SourceLocation> seen = new HashSet<>();
        item.origin().fields().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    if (seen.add(entry.getValue())) {
                        byLocation.putIfAbsent(entry.getValue(), part);
                    }
                });
    }
}
