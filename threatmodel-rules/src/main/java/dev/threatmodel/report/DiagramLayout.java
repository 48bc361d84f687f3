package dev.threatmodel.report;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.TrustZone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deterministic layered layout of the data-flow diagram, in plain Java (no Graphviz, no native program).
 *
 * <p>Each zone is laid out on its own, from the inside out: its direct contents (elements and nested zones, each
 * nested zone already laid out as one box) are placed in columns, left to right along the flows between them. Cycles
 * are broken by a greedy order that puts items sending more than they receive first; each item's column is the
 * longest path to it; within a column items are ordered by the average row of their neighbours in the column before
 * (two sweeps), then stacked and centred. The zone's box wraps its contents with a margin and a header for its label.
 * The top level (root zones and elements in no zone) is laid out the same way.
 */
final class DiagramLayout {

    static final double NODE_WIDTH = 168;
    static final double LINE_HEIGHT = 15;
    static final int CHARS_PER_LINE = 22;
    static final int MAX_LINES = 3;
    static final double COLUMN_GAP = 96;
    static final double ROW_GAP = 26;
    static final double ZONE_PADDING = 16;
    static final double ZONE_HEADER = 30;
    static final double MARGIN = 20;

    /** A rectangle in diagram coordinates. */
    record Box(double x, double y, double width, double height) {
        double centerX() {
            return x + width / 2;
        }

        double centerY() {
            return y + height / 2;
        }

        Box moved(double dx, double dy) {
            return new Box(x + dx, y + dy, width, height);
        }
    }

    private final Diagram diagram;
    private final Map<String, Box> nodes = new LinkedHashMap<>();
    private final Map<String, Box> zones = new LinkedHashMap<>();
    private final Map<String, List<String>> lines = new HashMap<>();
    private final Map<String, String> containerOfElement = new HashMap<>();
    private final Map<String, String> containerOfZone = new HashMap<>();
    private double width;
    private double height;

    /** One thing placed inside a container: an element or a nested zone. */
    private record Item(String key, boolean zone, String id) {
    }

    /** A laid-out group of items, positions relative to the group's top left corner. */
    private static final class Block {
        final Map<String, Box> nodes = new LinkedHashMap<>();
        final Map<String, Box> zones = new LinkedHashMap<>();
        double width;
        double height;
    }

    DiagramLayout(Diagram diagram) {
        this.diagram = diagram;
        for (Element e : diagram.model().elements()) {
            if (diagram.nodeId(e.id()) != null && !lines.containsKey(e.id())) {
                lines.put(e.id(), wrap(Diagram.label(e) + (e.outOfScope() ? " (out of scope)" : ""),
                        e.type() == ElementType.AI_AGENT ? CHARS_PER_LINE - 4 : CHARS_PER_LINE));
            }
        }
        for (TrustZone root : diagram.rootZones()) {
            registerContents(root, null, new HashSet<>());
        }
        for (Element e : diagram.looseElements()) {
            containerOfElement.put(e.id(), null);
        }
        List<Item> top = new ArrayList<>();
        for (TrustZone z : diagram.rootZones()) {
            top.add(new Item("z:" + z.id(), true, z.id()));
        }
        for (Element e : diagram.looseElements()) {
            top.add(new Item("n:" + e.id(), false, e.id()));
        }
        Block block = arrange(top, null, new HashSet<>());
        for (Map.Entry<String, Box> n : block.nodes.entrySet()) {
            nodes.put(n.getKey(), n.getValue().moved(MARGIN, MARGIN));
        }
        for (Map.Entry<String, Box> z : block.zones.entrySet()) {
            zones.put(z.getKey(), z.getValue().moved(MARGIN, MARGIN));
        }
        width = Math.max(block.width + 2 * MARGIN, 240);
        height = Math.max(block.height + 2 * MARGIN, 80);
    }

    /** Where each element (by model id) is drawn. */
    Map<String, Box> nodes() {
        return nodes;
    }

    /** Where each zone (by model id) is drawn; outer zones come before the zones they contain. */
    Map<String, Box> zones() {
        return zones;
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

    private void registerContents(TrustZone zone, String parent, Set<String> seen) {
        if (!seen.add(zone.id())) {
            return;
        }
        containerOfZone.put(zone.id(), parent);
        for (Element e : diagram.elementsIn(zone)) {
            containerOfElement.put(e.id(), zone.id());
        }
        for (TrustZone child : diagram.childZones(zone)) {
            registerContents(child, zone.id(), seen);
        }
    }

    static double nodeHeight(int lineCount) {
        return Math.max(46, 18 + lineCount * LINE_HEIGHT);
    }

    /** Breaks a label into at most three lines of about 24 characters, at spaces where it can. */
    static List<String> wrap(String text) {
        return wrap(text, CHARS_PER_LINE);
    }

    /** Breaks a label into at most three lines of at most {@code width} characters, at spaces where it can. */
    static List<String> wrap(String text, int width) {
        String rest = ReportText.oneLine(text);
        List<String> result = new ArrayList<>();
        while (!rest.isEmpty()) {
            if (result.size() == MAX_LINES - 1 && rest.length() > width) {
                result.add(rest.substring(0, width - 1).trim() + "\u2026");
                return result;
            }
            if (rest.length() <= width) {
                result.add(rest);
                break;
            }
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                cut = width;
            }
            result.add(rest.substring(0, cut).trim());
            rest = rest.substring(cut).trim();
        }
        if (result.isEmpty()) {
            result.add("");
        }
        return result;
    }

    /** The item of this container that holds the element: the element itself or one of its enclosing zones. */
    private String itemOf(String elementId, Set<String> itemKeys) {
        if (itemKeys.contains("n:" + elementId)) {
            return "n:" + elementId;
        }
        if (!containerOfElement.containsKey(elementId)) {
            return null;
        }
        String zone = containerOfElement.get(elementId);
        Set<String> seen = new HashSet<>();
        while (zone != null && seen.add(zone)) {
            if (itemKeys.contains("z:" + zone)) {
                return "z:" + zone;
            }
            zone = containerOfZone.get(zone);
        }
        return null;
    }

    private Block arrange(List<Item> items, TrustZone container, Set<String> seen) {
        Block block = new Block();
        if (items.isEmpty()) {
            return block;
        }
        Map<String, Item> byKey = new LinkedHashMap<>();
        Map<String, Block> inner = new HashMap<>();
        Map<String, double[]> size = new HashMap<>();
        for (Item item : items) {
            byKey.put(item.key(), item);
            if (item.zone()) {
                TrustZone zone = diagram.model().zone(item.id()).orElseThrow();
                List<Item> children = new ArrayList<>();
                if (seen.add(zone.id())) {
                    for (TrustZone child : diagram.childZones(zone)) {
                        children.add(new Item("z:" + child.id(), true, child.id()));
                    }
                    for (Element e : diagram.elementsIn(zone)) {
                        children.add(new Item("n:" + e.id(), false, e.id()));
                    }
                }
                Block content = arrange(children, zone, seen);
                inner.put(item.key(), content);
                double labelWidth = 7.2 * Diagram.zoneLabel(zone).length() + 2 * ZONE_PADDING;
                double w = Math.max(Math.max(content.width, 120) + 2 * ZONE_PADDING, labelWidth);
                double h = Math.max(content.height, 30) + ZONE_HEADER + 2 * ZONE_PADDING;
                size.put(item.key(), new double[] {w, h});
            } else {
                size.put(item.key(), new double[] {NODE_WIDTH, nodeHeight(lines(item.id()).size())});
            }
        }
        // edges between the items of this container, with multiplicity
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String key : byKey.keySet()) {
            out.put(key, new LinkedHashMap<>());
        }
        for (DataFlow f : diagram.flows()) {
            String from = itemOf(f.source(), byKey.keySet());
            String to = itemOf(f.target(), byKey.keySet());
            if (from != null && to != null && !from.equals(to)) {
                out.get(from).merge(to, 1, Integer::sum);
            }
        }
        List<String> order = greedyOrder(new ArrayList<>(byKey.keySet()), out);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        Map<String, Integer> layer = new HashMap<>();
        for (String key : order) {
            int l = 0;
            for (String pred : order) {
                Integer weight = out.get(pred).get(key);
                if (weight != null && position.get(pred) < position.get(key)) {
                    l = Math.max(l, layer.get(pred) + 1);
                }
            }
            layer.put(key, l);
        }
        int layers = 0;
        for (int l : layer.values()) {
            layers = Math.max(layers, l + 1);
        }
        List<List<String>> columns = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            columns.add(new ArrayList<>());
        }
        for (String key : byKey.keySet()) {
            columns.get(layer.get(key)).add(key);
        }
        orderColumns(columns, out);
        // place columns
        double x = 0;
        double tallest = 0;
        double[] columnHeight = new double[layers];
        double[] columnWidth = new double[layers];
        for (int c = 0; c < layers; c++) {
            double h = 0;
            double w = 0;
            for (String key : columns.get(c)) {
                h += size.get(key)[1];
                w = Math.max(w, size.get(key)[0]);
            }
            h += ROW_GAP * (columns.get(c).size() - 1);
            columnHeight[c] = h;
            columnWidth[c] = w;
            tallest = Math.max(tallest, h);
        }
        for (int c = 0; c < layers; c++) {
            double y = (tallest - columnHeight[c]) / 2;
            for (String key : columns.get(c)) {
                double[] s = size.get(key);
                double left = x + (columnWidth[c] - s[0]) / 2;
                Item item = byKey.get(key);
                if (item.zone()) {
                    block.zones.put(item.id(), new Box(left, y, s[0], s[1]));
                    Block content = inner.get(key);
                    double dx = left + (s[0] - content.width) / 2;
                    double dy = y + ZONE_HEADER + ZONE_PADDING + (s[1] - ZONE_HEADER - 2 * ZONE_PADDING
                            - content.height) / 2;
                    for (Map.Entry<String, Box> z : content.zones.entrySet()) {
                        block.zones.put(z.getKey(), z.getValue().moved(dx, dy));
                    }
                    for (Map.Entry<String, Box> n : content.nodes.entrySet()) {
                        block.nodes.put(n.getKey(), n.getValue().moved(dx, dy));
                    }
                } else {
                    block.nodes.put(item.id(), new Box(left, y, s[0], s[1]));
                }
                y += s[1] + ROW_GAP;
            }
            x += columnWidth[c] + (c < layers - 1 ? COLUMN_GAP : 0);
        }
        block.width = x;
        block.height = tallest;
        return block;
    }

    /**
     * Orders items so that as few edges as possible point backwards: items that only send go first, items that only
     * receive go last, and otherwise the item that sends the most more than it receives (ties: file order).
     */
    private static List<String> greedyOrder(List<String> keys, Map<String, Map<String, Integer>> out) {
        List<String> remaining = new ArrayList<>(keys);
        List<String> head = new ArrayList<>();
        List<String> tail = new ArrayList<>();
        while (!remaining.isEmpty()) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (String k : new ArrayList<>(remaining)) {
                    if (weight(k, remaining, out, false) == 0 && weight(k, remaining, out, true) > 0) {
                        tail.add(0, k);
                        remaining.remove(k);
                        changed = true;
                    }
                }
                for (String k : new ArrayList<>(remaining)) {
                    if (weight(k, remaining, out, true) == 0) {
                        head.add(k);
                        remaining.remove(k);
                        changed = true;
                    }
                }
            }
            if (remaining.isEmpty()) {
                break;
            }
            String best = null;
            int bestScore = Integer.MIN_VALUE;
            for (String k : remaining) {
                int score = weight(k, remaining, out, false) - weight(k, remaining, out, true);
                if (score > bestScore) {
                    best = k;
                    bestScore = score;
                }
            }
            head.add(best);
            remaining.remove(best);
        }
        head.addAll(tail);
        return head;
    }

    /** Total weight of edges into ({@code incoming}) or out of an item, counting only the remaining items. */
    private static int weight(String key, List<String> remaining, Map<String, Map<String, Integer>> out,
                              boolean incoming) {
        int sum = 0;
        if (incoming) {
            for (String other : remaining) {
                if (!other.equals(key)) {
                    sum += out.get(other).getOrDefault(key, 0);
                }
            }
        } else {
            for (Map.Entry<String, Integer> e : out.get(key).entrySet()) {
                if (remaining.contains(e.getKey()) && !e.getKey().equals(key)) {
                    sum += e.getValue();
                }
            }
        }
        return sum;
    }

    /** Two barycentre sweeps: each column sorted by the mean row of its neighbours in the column before it. */
    private static void orderColumns(List<List<String>> columns, Map<String, Map<String, Integer>> out) {
        for (int sweep = 0; sweep < 2; sweep++) {
            for (int c = 1; c < columns.size(); c++) {
                List<String> previous = columns.get(c - 1);
                List<String> column = columns.get(c);
                Map<String, Double> centre = new HashMap<>();
                for (int i = 0; i < column.size(); i++) {
                    String key = column.get(i);
                    double sum = 0;
                    int count = 0;
                    for (int p = 0; p < previous.size(); p++) {
                        String other = previous.get(p);
                        int w = out.get(other).getOrDefault(key, 0) + out.get(key).getOrDefault(other, 0);
                        sum += (double) p * w;
                        count += w;
                    }
                    centre.put(key, count == 0 ? i : sum / count);
                }
                List<String> sorted = new ArrayList<>(column);
                sorted.sort(Comparator.comparingDouble(centre::get));
                columns.set(c, sorted);
            }
        }
    }
}
