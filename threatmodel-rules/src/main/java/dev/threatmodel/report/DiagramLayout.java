package dev.threatmodel.report;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.TrustZone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.NodeLabelPlacement;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The data-flow diagram laid out by Eclipse ELK's layered algorithm: zones are compound nodes with the zones and
 * elements they hold inside them (any depth), flows run left to right where the graph allows, every flow is routed
 * orthogonally around the shapes that are not its ends, and every flow's number is an edge label for which the
 * algorithm reserves room, so that numbers never sit on a shape or on each other.
 *
 * <p>ELK's classes (and the EMF and Guava classes under them) are loaded only when a diagram is laid out: the check
 * and the SARIF report never touch this class. The layout is deterministic (fixed seed, model order kept as the tie
 * breaker), so the same model gives the same coordinates, and a small change to the model moves little else.
 */
final class DiagramLayout {

    static final double MIN_NODE_WIDTH = 150;
    /** The average advance of a character of the 12 px label font, rounded up so that labels never overflow. */
    static final double CHAR_WIDTH = 7.2;
    static final double LINE_HEIGHT = 15;
    static final int CHARS_PER_LINE = 22;
    static final int MAX_LINES = 4;
    static final double ZONE_PADDING = 18;
    static final double ZONE_HEADER = 34;
    static final double MARGIN = 20;
    static final double BADGE_SIZE = 24;

    /** A rectangle in diagram coordinates. */
    record Box(double x, double y, double width, double height) {
        double centerX() {
            return x + width / 2;
        }

        double centerY() {
            return y + height / 2;
        }
    }

    /** A flow as drawn: its path from source to target and the centre of its number badge. */
    record Route(List<double[]> points, double badgeX, double badgeY) {
    }

    private static final Object REGISTRATION = registerLayered();

    private final Diagram diagram;
    private final Map<String, Box> nodes = new LinkedHashMap<>();
    private final Map<String, Box> zones = new LinkedHashMap<>();
    private final Map<String, List<String>> lines = new LinkedHashMap<>();
    private final Map<DataFlow, Route> routes = new IdentityHashMap<>();
    private final double width;
    private final double height;

    DiagramLayout(Diagram diagram) {
        this.diagram = diagram;
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root);
        Map<String, ElkNode> elkZones = new LinkedHashMap<>();
        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        Set<String> placed = new HashSet<>();
        // nested zones, outer before inner, walked without recursion
        List<Object[]> pending = new ArrayList<>();
        for (TrustZone zone : diagram.rootZones()) {
            pending.add(new Object[] {zone, root});
        }
        for (int i = 0; i < pending.size(); i++) {
            TrustZone zone = (TrustZone) pending.get(i)[0];
            ElkNode parent = (ElkNode) pending.get(i)[1];
            if (!placed.add("z:" + zone.id())) {
                continue;
            }
            ElkNode node = ElkGraphUtil.createNode(parent);
            node.setIdentifier("z:" + zone.id());
            node.setProperty(CoreOptions.PADDING, new ElkPadding(ZONE_HEADER, ZONE_PADDING, ZONE_PADDING,
                    ZONE_PADDING));
            node.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, SizeConstraint.minimumSize());
            node.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(zoneLabelWidth(zone), ZONE_HEADER + 30));
            elkZones.put(zone.id(), node);
            for (Element e : diagram.elementsIn(zone)) {
                if (placed.add("n:" + e.id())) {
                    elkNodes.put(e.id(), elementNode(node, e));
                }
            }
            for (TrustZone child : diagram.childZones(zone)) {
                pending.add(new Object[] {child, node});
            }
        }
        for (Element e : diagram.looseElements()) {
            if (placed.add("n:" + e.id())) {
                elkNodes.put(e.id(), elementNode(root, e));
            }
        }
        Map<DataFlow, ElkEdge> elkEdges = new IdentityHashMap<>();
        for (DataFlow f : diagram.flows()) {
            ElkNode from = elkNodes.get(f.source());
            ElkNode to = elkNodes.get(f.target());
            if (from == null || to == null) {
                continue;
            }
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
            ElkLabel badge = ElkGraphUtil.createLabel(Integer.toString(diagram.number(f)), edge);
            badge.setDimensions(badgeWidth(diagram.number(f)), BADGE_SIZE);
            badge.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            // the line runs through the number, so each number plainly belongs to its own flow
            badge.setProperty(CoreOptions.EDGE_LABELS_INLINE, true);
            elkEdges.put(f, edge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        for (Map.Entry<String, ElkNode> z : elkZones.entrySet()) {
            zones.put(z.getKey(), absolute(z.getValue()));
        }
        for (Map.Entry<String, ElkNode> n : elkNodes.entrySet()) {
            nodes.put(n.getKey(), absolute(n.getValue()));
        }
        for (Map.Entry<DataFlow, ElkEdge> e : elkEdges.entrySet()) {
            routes.put(e.getKey(), route(e.getValue()));
        }
        width = Math.max(root.getWidth(), 240);
        height = Math.max(root.getHeight(), 80);
    }

    private static Object registerLayered() {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        return Boolean.TRUE;
    }

    private static void configure(ElkNode root) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(CoreOptions.SPACING_EDGE_NODE, 16.0);
        root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 12.0);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 12.0);
        // the model's order breaks ties, so adding one flow leaves the rest where it was as far as it can
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        // flows against the model's order are the ones drawn backwards, so one more return flow cannot turn the
        // drawing around
        root.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.MODEL_ORDER);
        root.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.insideTopLeft());
    }

    private ElkNode elementNode(ElkNode parent, Element e) {
        List<String> wrapped = wrap(Diagram.label(e) + (e.outOfScope() ? " (out of scope)" : ""),
                e.type() == ElementType.AI_AGENT ? CHARS_PER_LINE - 4 : CHARS_PER_LINE);
        lines.put(e.id(), wrapped);
        ElkNode node = ElkGraphUtil.createNode(parent);
        node.setIdentifier("n:" + e.id());
        node.setDimensions(nodeWidth(wrapped, e.type()), nodeHeight(wrapped.size()));
        return node;
    }

    /** Wide enough for the longest line, and for the slanted sides of an agent's hexagon. */
    static double nodeWidth(List<String> lines, ElementType type) {
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, line.codePointCount(0, line.length()));
        }
        double inset = type == ElementType.AI_AGENT ? 32 : 18;
        return Math.max(MIN_NODE_WIDTH, Math.ceil(longest * CHAR_WIDTH + inset));
    }

    static double nodeHeight(int lineCount) {
        return Math.max(46, 18 + lineCount * LINE_HEIGHT);
    }

    static double badgeWidth(int number) {
        return Math.max(BADGE_SIZE, 7.2 * Integer.toString(number).length() + 10);
    }

    private static double zoneLabelWidth(TrustZone zone) {
        String label = Diagram.label(zone);
        double trust = zone.trustLevel() == null ? 0 : 70;
        return Math.min(640, label.codePointCount(0, label.length()) * 8.2 + trust + 28);
    }

    /** Where the shape lies in the drawing: ELK gives each node's place relative to the node that holds it. */
    private static Box absolute(ElkNode node) {
        double x = node.getX();
        double y = node.getY();
        for (ElkNode p = node.getParent(); p != null; p = p.getParent()) {
            x += p.getX();
            y += p.getY();
        }
        return new Box(x, y, node.getWidth(), node.getHeight());
    }

    /** ELK gives an edge's points and labels relative to the node that contains the edge. */
    private static Route route(ElkEdge edge) {
        double ox = 0;
        double oy = 0;
        for (ElkNode p = edge.getContainingNode(); p != null; p = p.getParent()) {
            ox += p.getX();
            oy += p.getY();
        }
        List<double[]> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            add(points, section.getStartX() + ox, section.getStartY() + oy);
            for (ElkBendPoint bend : section.getBendPoints()) {
                add(points, bend.getX() + ox, bend.getY() + oy);
            }
            add(points, section.getEndX() + ox, section.getEndY() + oy);
        }
        ElkLabel label = edge.getLabels().get(0);
        return new Route(List.copyOf(points), label.getX() + ox + label.getWidth() / 2,
                label.getY() + oy + label.getHeight() / 2);
    }

    private static void add(List<double[]> points, double x, double y) {
        if (!points.isEmpty()) {
            double[] last = points.get(points.size() - 1);
            if (Math.abs(last[0] - x) < 0.01 && Math.abs(last[1] - y) < 0.01) {
                return;
            }
        }
        points.add(new double[] {x, y});
    }

    /** Where each element (by model id) is drawn. */
    Map<String, Box> nodes() {
        return nodes;
    }

    /** Where each zone (by model id) is drawn; outer zones come before the zones they contain. */
    Map<String, Box> zones() {
        return zones;
    }

    /** How each flow between two drawn elements runs. */
    Route route(DataFlow flow) {
        return routes.get(flow);
    }

    /** The element's label broken into lines that fit its box. */
    List<String> lines(String elementId) {
        return lines.getOrDefault(elementId, List.of());
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Breaks a label into lines of about {@value #CHARS_PER_LINE} characters at spaces. */
    static List<String> wrap(String text) {
        return wrap(text, CHARS_PER_LINE);
    }

    /**
     * Breaks a label into lines of at most {@code width} characters at spaces. A single word longer than that keeps
     * a line of its own, whole (the box grows to fit it): a word is never split. Past {@value #MAX_LINES} lines the
     * last line ends with an ellipsis after its last whole word.
     */
    static List<String> wrap(String text, int width) {
        String[] words = ReportText.oneLine(text).strip().split(" +");
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                result.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        result.add(line.toString());
        if (result.size() > MAX_LINES) {
            List<String> kept = new ArrayList<>(result.subList(0, MAX_LINES));
            kept.set(MAX_LINES - 1, kept.get(MAX_LINES - 1) + " \u2026");
            return kept;
        }
        return result;
    }

    static Object registration() {
        return REGISTRATION;
    }
}
