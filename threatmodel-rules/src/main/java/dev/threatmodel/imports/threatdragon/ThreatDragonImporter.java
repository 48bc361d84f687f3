package dev.threatmodel.imports.threatdragon;

import static dev.threatmodel.imports.TreePaths.originFields;

import dev.threatmodel.imports.TreePaths;
import dev.threatmodel.imports.geometry.DrawingIds;
import dev.threatmodel.imports.geometry.Geometry;
import dev.threatmodel.imports.geometry.Geometry.Point;
import dev.threatmodel.imports.geometry.Geometry.Rect;
import dev.threatmodel.load.FieldReader;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.Node;
import dev.threatmodel.load.TreeModelImporter;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ImportNote;
import dev.threatmodel.model.Keyword;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.Severity;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an OWASP Threat Dragon model, version 1 or 2, with every diagram in it.
 *
 * <p>Actors become external entities, processes and stores become processes and data stores, flows become data
 * flows. Boundary boxes become trust zones that hold the elements drawn inside them (nested boxes nest); boundary
 * curves become trust zones that hold nothing, and the flows whose drawn path crosses a curve are recorded on the model
 * ({@link ThreatModel#crossedBoundaries()}). Where the file itself records which boundaries a flow crosses (Threat
 * Dragon 2.6 and later), the record is compared with the drawing and every disagreement becomes an
 * {@link ImportNote}.
 *
 * <p>Ids are the cells' own ids. A cell id that an earlier diagram of the file already used is prefixed with
 * {@code d<diagram index>-}, so ids stay unique across diagrams.
 */
public final class ThreatDragonImporter implements TreeModelImporter {

    /** What Threat Dragon cannot express, for every model read from it. */
    static final Set<FormatGap> GAPS = FormatGap.allButDiagram();

    @Override
    public String formatName() {
        return "OWASP Threat Dragon";
    }

    @Override
    public Set<FormatGap> gaps() {
        return GAPS;
    }

    @Override
    public boolean accepts(MapNode root) {
        return root.get("summary").orElse(null) instanceof MapNode
                && root.get("detail").orElse(null) instanceof MapNode;
    }

    @Override
    public ThreatModel read(MapNode root, Path file) throws ModelLoadException {
        return new Reading(file).read(root);
    }

    private enum Kind { ENTITY, PROCESS, STORE, FLOW, BOX, CURVE, OTHER }

    /** One cell of a diagram, with what the geometry needs. */
    private static final class Cell {
        final MapNode node;
        final MapNode data;
        final Kind kind;
        final String cellId;
        String modelId;
        Rect bounds;
        boolean vertexLimitReported;

        Cell(MapNode node, MapNode data, Kind kind, String cellId) {
            this.node = node;
            this.data = data;
            this.kind = kind;
            this.cellId = cellId;
        }
    }

    /**
     * Which box holds which cell, found once per diagram: a cell's innermost box is the smallest box drawn around it
     * (of two boxes drawn exactly on top of each other, the one later in the file lies inside the earlier one). Boxes
     * are sorted by area once, so the innermost box is the first one in that order that holds the cell, and which
     * boxes a flow crosses is the difference between its two ends' chains of boxes, not a test of every box.
     */
    private static final class Containment {
        private final List<Cell> bySize;
        private final Map<Cell, Integer> index = new IdentityHashMap<>();
        private final Map<Cell, Cell> parent = new IdentityHashMap<>();

        Containment(List<Cell> boxes) {
            for (int i = 0; i < boxes.size(); i++) {
                index.put(boxes.get(i), i);
            }
            List<Cell> sorted = new ArrayList<>();
            for (Cell box : boxes) {
                if (box.bounds != null) {
                    sorted.add(box);
                }
            }
            // smallest first; of equal areas, the later in the file first (it lies inside the earlier)
            sorted.sort(Comparator.comparingDouble((Cell c) -> c.bounds.area())
                    .thenComparing(c -> index.get(c), Comparator.reverseOrder()));
            this.bySize = sorted;
        }

        /** Finds and remembers the innermost box around a cell (a box, or an element) that has bounds. */
        void place(Cell cell) {
            Integer cellIndex = index.get(cell);
            for (Cell box : bySize) {
                if (box == cell || !box.bounds.contains(cell.bounds)) {
                    continue;
                }
                if (cellIndex != null && box.bounds.area() <= cell.bounds.area() && index.get(box) > cellIndex) {
                    continue;
                }
                parent.put(cell, box);
                return;
            }
        }

        /** The innermost box around a cell; null when it is in none. */
        Cell parent(Cell cell) {
            return cell == null ? null : parent.get(cell);
        }

        /**
         * The boxes that hold exactly one of the two cells, in file order. A chain longer than the zone nesting limit
         * is cut: such a model is refused after import ({@link dev.threatmodel.load.LoadLimits#MAX_ZONE_DEPTH}).
         */
        List<Cell> crossed(Cell source, Cell target) {
            Set<Cell> from = chain(source);
            Set<Cell> to = chain(target);
            List<Cell> result = new ArrayList<>();
            for (Cell box : from) {
                if (!to.contains(box)) {
                    result.add(box);
                }
            }
            for (Cell box : to) {
                if (!from.contains(box)) {
                    result.add(box);
                }
            }
            result.sort(Comparator.comparing(c -> index.get(c)));
            return result;
        }

        private Set<Cell> chain(Cell cell) {
            Set<Cell> chain = Collections.newSetFromMap(new IdentityHashMap<>());
            Cell current = parent(cell);
            while (current != null && chain.size() <= dev.threatmodel.load.LoadLimits.MAX_ZONE_DEPTH + 1
                    && chain.add(current)) {
                current = parent(current);
            }
            return chain;
        }
    }

    private static final class Reading {
        private final Path file;
        private final List<LoadProblem> problems = new ArrayList<>();
        private final ThreatModel.Builder model = ThreatModel.builder();
        private final DrawingIds usedIds = new DrawingIds();
        private final Set<String> usedThreatIds = new HashSet<>();
        private final Geometry.Budget budget = new Geometry.Budget();
        private boolean v1;

        Reading(Path file) {
            this.file = file;
        }

        /** Lenient typed access to a mapping of the file, which may be null (a part the file leaves out). */
        private FieldReader in(MapNode map) {
            return FieldReader.lenient(map, "a Threat Dragon entry", problems);
        }

        ThreatModel read(MapNode root) throws ModelLoadException {
            MapNode summary = in(root).map("summary").orElse(null);
            MapNode detail = in(root).map("detail").orElse(null);
            List<MapNode> diagrams = in(detail).maps("diagrams");
            v1 = isVersion1(root, diagrams);
            model.file(file)
                    .format(v1 ? ModelFormat.THREAT_DRAGON_V1 : ModelFormat.THREAT_DRAGON_V2)
                    .origin(new Origin(root.location(), originFields(
                            "name", TreePaths.at(summary, "title"),
                            "owner", TreePaths.at(summary, "owner"),
                            "description", TreePaths.at(summary, "description"))))
                    .name(in(summary).words("title"))
                    .owner(in(summary).words("owner"))
                    .description(in(summary).words("description"));
            GAPS.forEach(model::gap);
            for (int i = 0; i < diagrams.size(); i++) {
                readDiagram(i, diagrams.get(i));
            }
            if (!problems.isEmpty()) {
                throw new ModelLoadException(problems);
            }
            return model.build();
        }

        /** Version 1 keeps cells under {@code diagramJson}; version 2 writes them straight into the diagram. */
        private boolean isVersion1(MapNode root, List<MapNode> diagrams) {
            for (MapNode d : diagrams) {
                if (d.has("diagramJson")) {
                    return true;
                }
                if (d.has("cells")) {
                    return false;
                }
            }
            String version = in(root).words("version");
            return version == null || version.startsWith("1");
        }

        private void readDiagram(int index, MapNode diagram) {
            String methodology = Optional.ofNullable(in(diagram).words("diagramType")).orElse("STRIDE");
            List<MapNode> rawCells = v1
                    ? in(in(diagram).map("diagramJson").orElse(null)).maps("cells")
                    : in(diagram).maps("cells");
            List<Cell> cells = new ArrayList<>();
            Map<String, Cell> byCellId = new HashMap<>();
            for (int j = 0; j < rawCells.size(); j++) {
                MapNode node = rawCells.get(j);
                MapNode data = v1 ? node : in(node).map("data").orElse(null);
                Kind kind = kindOf(node, data);
                if (kind == Kind.OTHER) {
                    continue;
                }
                String cellId = Optional.ofNullable(in(node).words("id")).orElse("d" + index + "-cell" + j);
                Cell cell = new Cell(node, data, kind, cellId);
                cell.modelId = usedIds.unique(cellId, index);
                cell.bounds = bounds(node);
                cells.add(cell);
                byCellId.putIfAbsent(cellId, cell);
            }

            List<Cell> boxes = cells.stream().filter(c -> c.kind == Kind.BOX).toList();
            Containment containment = new Containment(boxes);
            for (Cell c : cells) {
                if (c.bounds != null && c.kind != Kind.FLOW && c.kind != Kind.CURVE) {
                    containment.place(c);
                }
            }
            for (Cell box : boxes) {
                model.zone(zone(box, containment.parent(box)));
            }
            Map<Cell, Geometry.Polyline> curves = new LinkedHashMap<>();
            for (Cell c : cells) {
                if (c.kind == Kind.CURVE) {
                    model.zone(zone(c, null));
                    List<Point> line = path(c, byCellId);
                    if (line != null) {
                        curves.put(c, Geometry.Polyline.of(line));
                    }
                }
            }
            for (Cell c : cells) {
                if (c.kind == Kind.ENTITY || c.kind == Kind.PROCESS || c.kind == Kind.STORE) {
                    model.element(element(c, containment.parent(c)));
                    readThreats(c, methodology);
                }
            }
            Map<Cell, Set<String>> crossedByFlow = new LinkedHashMap<>();
            for (Cell c : cells) {
                if (c.kind != Kind.FLOW) {
                    continue;
                }
                Cell source = endCell(c, "source", byCellId);
                Cell target = endCell(c, "target", byCellId);
                model.flow(flow(c, endId(c, "source", source), endId(c, "target", target)));
                readThreats(c, methodology);
                List<Point> points = path(c, byCellId);
                List<String> crossedCurves = new ArrayList<>();
                if (points != null && !budget.exhausted()) {
                    Geometry.Polyline route = Geometry.Polyline.of(points);
                    for (Map.Entry<Cell, Geometry.Polyline> curve : curves.entrySet()) {
                        if (Geometry.polylinesIntersect(route, curve.getValue(), budget)) {
                            crossedCurves.add(curve.getKey().modelId);
                        }
                        if (budget.exhausted()) {
                            problems.add(new LoadProblem(c.node.location(), "the diagram's flows and boundary"
                                    + " lines need more than " + Geometry.MAX_SEGMENT_TESTS + " segment pairs"
                                    + " tested to find where they cross; draw them with fewer vertices"));
                            break;
                        }
                    }
                }
                model.crossedBoundaries(c.modelId, crossedCurves);
                Set<String> crossed = new LinkedHashSet<>();
                for (Cell box : containment.crossed(source, target)) {
                    crossed.add(box.cellId);
                }
                for (Cell curve : curves.keySet()) {
                    if (crossedCurves.contains(curve.modelId)) {
                        crossed.add(curve.cellId);
                    }
                }
                crossedByFlow.put(c, crossed);
            }
            compareRecordedCrossings(cells, crossedByFlow, byCellId);
        }

        private void compareRecordedCrossings(List<Cell> cells, Map<Cell, Set<String>> crossedByFlow,
                                              Map<String, Cell> byCellId) {
            for (Map.Entry<Cell, Set<String>> e : crossedByFlow.entrySet()) {
                Cell flow = e.getKey();
                MapNode holder = recordHolder(flow, "trustBoundaryIds");
                if (holder == null) {
                    continue;
                }
                Set<String> recorded = idList(holder, "trustBoundaryIds");
                if (!recorded.equals(e.getValue())) {
                    model.importNote(new ImportNote(ImportNote.RECORDED_CROSSING, flow.modelId,
                            "flow " + describe(flow) + " is recorded as crossing " + names(recorded, byCellId)
                                    + " but its drawn path crosses " + names(e.getValue(), byCellId),
                            TreePaths.at(holder, "trustBoundaryIds")));
                }
            }
            for (Cell boundary : cells) {
                if (boundary.kind != Kind.BOX && boundary.kind != Kind.CURVE) {
                    continue;
                }
                MapNode holder = recordHolder(boundary, "crossingFlows");
                if (holder == null) {
                    continue;
                }
                Set<String> recorded = idList(holder, "crossingFlows");
                Set<String> drawn = new LinkedHashSet<>();
                crossedByFlow.forEach((flow, crossed) -> {
                    if (crossed.contains(boundary.cellId)) {
                        drawn.add(flow.cellId);
                    }
                });
                if (!recorded.equals(drawn)) {
                    model.importNote(new ImportNote(ImportNote.RECORDED_CROSSING, boundary.modelId,
                            "boundary " + describe(boundary) + " is recorded as crossed by " + names(recorded, byCellId)
                                    + " but the drawing shows it crossed by " + names(drawn, byCellId),
                            TreePaths.at(holder, "crossingFlows")));
                }
            }
        }

        /** Threat Dragon writes the record into the cell's data; older tools wrote properties onto the cell. */
        private static MapNode recordHolder(Cell cell, String key) {
            if (cell.data != null && cell.data.has(key)) {
                return cell.data;
            }
            return cell.node.has(key) ? cell.node : null;
        }

        private Set<String> idList(MapNode holder, String key) {
            Set<String> ids = new LinkedHashSet<>();
            for (Node n : in(holder).list(key)) {
                if (n instanceof dev.threatmodel.load.ScalarNode s && !s.isNull() && !s.text().isBlank()) {
                    ids.add(s.text().strip());
                } else if (n instanceof MapNode m && TreePaths.pathText(m, "id") != null) {
                    ids.add(TreePaths.pathText(m, "id"));
                } else {
                    problems.add(new LoadProblem(n.location(), "each entry of '" + key + "' should be the id of a cell, found "
                            + n.kindInWords()));
                }
            }
            return ids;
        }

        private static String names(Set<String> cellIds, Map<String, Cell> byCellId) {
            if (cellIds.isEmpty()) {
                return "nothing";
            }
            List<String> shown = new ArrayList<>();
            for (String id : cellIds) {
                Cell c = byCellId.get(id);
                shown.add(c == null ? id + " (no such cell)" : describe(c));
            }
            return String.join(", ", shown);
        }

        private static String describe(Cell c) {
            String name = cellName(c);
            return name == null ? c.modelId : c.modelId + " \"" + name + "\"";
        }

        private Kind kindOf(MapNode node, MapNode data) {
            String shape = TreePaths.pathText(node, v1 ? "type" : "shape");
            if (shape == null) {
                shape = TreePaths.pathText(data, "type");
            }
            if (shape == null) {
                return Kind.OTHER;
            }
            return switch (shape) {
                case "actor", "tm.Actor" -> Kind.ENTITY;
                case "process", "tm.Process" -> Kind.PROCESS;
                case "store", "tm.Store" -> Kind.STORE;
                case "flow", "tm.Flow" -> Kind.FLOW;
                case "trust-boundary-box", "tm.BoundaryBox" -> Kind.BOX;
                case "trust-boundary-curve", "trust-broundary-curve", "tm.Boundary" -> Kind.CURVE;
                default -> Kind.OTHER;
            };
        }

        private Rect bounds(MapNode node) {
            MapNode position = in(node).map("position").orElse(null);
            MapNode size = in(node).map("size").orElse(null);
            if (position == null || size == null || node.has("source") || node.has("target")) {
                return null;
            }
            Double x = in(position).number("x");
            Double y = in(position).number("y");
            Double w = in(size).number("width");
            Double h = in(size).number("height");
            return x == null || y == null || w == null || h == null ? null : new Rect(x, y, w, h);
        }

        /** The drawn path of an edge: its source point, its vertices, its target point; null when an end is unknown. */
        private List<Point> path(Cell edge, Map<String, Cell> byCellId) {
            Point start = endPoint(edge, "source", byCellId);
            Point end = endPoint(edge, "target", byCellId);
            if (start == null || end == null) {
                return null;
            }
            List<Point> points = new ArrayList<>();
            points.add(start);
            List<Node> vertices = in(edge.node).list("vertices");
            if (vertices.size() > Geometry.MAX_VERTICES) {
                if (edge.kind == Kind.FLOW || !edge.vertexLimitReported) {
                    edge.vertexLimitReported = true;
                    problems.add(new LoadProblem(TreePaths.at(edge.node, "vertices"), "this line has "
                            + vertices.size() + " vertices, more than the limit of " + Geometry.MAX_VERTICES
                            + "; a drawing needs a handful"));
                }
                return null;
            }
            for (Node v : vertices) {
                if (v instanceof MapNode m) {
                    Double x = in(m).number("x");
                    Double y = in(m).number("y");
                    if (x != null && y != null) {
                        points.add(new Point(x, y));
                    }
                }
            }
            points.add(end);
            return points;
        }

        /** An edge's end: the centre of the cell it is attached to, or the loose point where it was dropped. */
        private Point endPoint(Cell edge, String key, Map<String, Cell> byCellId) {
            MapNode end = in(edge.node).map(key).orElse(null);
            if (end == null) {
                return null;
            }
            Cell attached = endCell(edge, key, byCellId);
            if (attached != null) {
                return attached.bounds == null ? null : attached.bounds.centre();
            }
            if (end.has("x") && end.has("y")) {
                Double x = in(end).number("x");
                Double y = in(end).number("y");
                return x == null || y == null ? null : new Point(x, y);
            }
            return null;
        }

        private static String attachedId(MapNode edge, String key) {
            String id = TreePaths.pathText(edge, key, "cell");
            return id != null ? id : TreePaths.pathText(edge, key, "id");
        }

        private static Cell endCell(Cell edge, String key, Map<String, Cell> byCellId) {
            String id = attachedId(edge.node, key);
            return id == null ? null : byCellId.get(id);
        }

        /** The model id of the element at an end; the written id when it names no element; null when loose. */
        private static String endId(Cell edge, String key, Cell attached) {
            if (attached != null) {
                return attached.modelId;
            }
            return attachedId(edge.node, key);
        }

        private TrustZone zone(Cell c, Cell parent) {
            return new TrustZone(c.modelId, cellName(c), null, parent == null ? null : parent.modelId, null,
                    in(c.data).words("description"), List.of(), List.of(), origin(c));
        }

        private Element element(Cell c, Cell box) {
            ElementType type = switch (c.kind) {
                case ENTITY -> ElementType.EXTERNAL_ENTITY;
                case STORE -> ElementType.DATA_STORE;
                default -> ElementType.PROCESS;
            };
            boolean outOfScope = Boolean.TRUE.equals(in(c.data).bool("outOfScope"));
            return new Element(c.modelId, cellName(c), type, in(c.data).words("description"),
                    box == null ? null : box.modelId, outOfScope,
                    outOfScope ? in(c.data).words("reasonOutOfScope") : null,
                    Set.of(), null, null, List.of(), origin(c));
        }

        private DataFlow flow(Cell c, String source, String target) {
            return new DataFlow(c.modelId, cellName(c), null, source, target, List.of(),
                    in(c.data).words("protocol"), null, in(c.data).bool("isEncrypted"),
                    Boolean.TRUE.equals(in(c.data).bool("isBidirectional")), List.of(), origin(c));
        }

        private Origin origin(Cell c) {
            MapNode data = c.data;
            return new Origin(c.node.location(), originFields(
                    "name", nameLocation(c),
                    "description", TreePaths.at(data, "description"),
                    "outOfScope", TreePaths.at(data, "outOfScope"),
                    "outOfScopeReason", TreePaths.at(data, "reasonOutOfScope"),
                    "source", TreePaths.at(c.node, "source"),
                    "target", TreePaths.at(c.node, "target"),
                    "protocol", TreePaths.at(data, "protocol"),
                    "encrypted", TreePaths.at(data, "isEncrypted"),
                    "bidirectional", TreePaths.at(data, "isBidirectional")));
        }

        private static SourceLocation nameLocation(Cell c) {
            if (c.data != null && c.data != c.node && c.data.has("name")) {
                return TreePaths.at(c.data, "name");
            }
            Node text = TreePaths.path(c.node, "attrs", "text", "text");
            return text == null ? null : text.location();
        }

        /**
         * The cell's name: {@code data.name} in version 2, else the text drawn on the shape or on its label; null
         * when none is written, as in the native format, where an empty name counts as not written.
         */
        private static String cellName(Cell c) {
            String name = c.data != null && c.data != c.node ? TreePaths.pathText(c.data, "name") : null;
            if (name == null) {
                name = TreePaths.pathText(c.node, "attrs", "text", "text");
            }
            if (name == null) {
                name = TreePaths.pathText(c.node, "attrs", "label", "text");
            }
            if (name == null && TreePaths.path(c.node, "labels") instanceof dev.threatmodel.load.ListNode labels
                    && !labels.items().isEmpty()) {
                Node label = labels.items().get(0);
                name = TreePaths.pathText(label, "attrs", "label", "text");
                if (name == null) {
                    name = TreePaths.pathText(label, "attrs", "text", "text");
                }
            }
            return name;
        }

        private void readThreats(Cell c, String methodology) {
            List<MapNode> threats = in(c.data).maps("threats");
            for (int i = 0; i < threats.size(); i++) {
                model.threat(threat(c, threats.get(i), i, methodology));
            }
        }

        private Threat threat(Cell c, MapNode t, int index, String diagramMethodology) {
            String id = in(t).words("id");
            if (id == null || usedThreatIds.contains(id)) {
                id = c.modelId + "#" + (index + 1);
            }
            usedThreatIds.add(id);
            String methodology = Optional.ofNullable(in(t).words("modelType")).orElse(diagramMethodology);
            String type = in(t).words("type");
            StrideCategory category = null;
            String other = null;
            if (methodology.equalsIgnoreCase("STRIDE")) {
                category = type == null ? null
                        : Keyword.parse(StrideCategory.class, type.toLowerCase(Locale.ROOT).replace(' ', '-'))
                                .orElse(null);
            }
            if (category == null) {
                other = type != null ? type : methodology;
            }
            ThreatStatus status = status(in(t).words("status"));
            String mitigationText = in(t).words("mitigation");
            List<Mitigation> mitigations = new ArrayList<>();
            Origin threatOrigin = new Origin(t.location(), originFields(
                    "name", TreePaths.at(t, "title"),
                    "category", TreePaths.at(t, "type"),
                    "status", TreePaths.at(t, "status"),
                    "severity", TreePaths.at(t, "severity"),
                    "description", TreePaths.at(t, "description"),
                    "mitigations", TreePaths.at(t, "mitigation")));
            if (mitigationText != null) {
                SourceLocation at = TreePaths.at(t, "mitigation");
                mitigations.add(new Mitigation(id + "-mitigation", mitigationText, null, null,
                        status == ThreatStatus.MITIGATED ? MitigationStatus.IMPLEMENTED : MitigationStatus.PLANNED,
                        null, List.of(), List.of(), new Origin(at, Map.of("name", at))));
            }
            return new Threat(id, in(t).words("title"), category, other,
                    c.modelId, in(t).words("description"), severity(in(t).words("severity")), status,
                    mitigations, null, List.of(), threatOrigin);
        }
    }

    /** Threat Dragon's status words; a threat with no status, or one this version does not know, is open. */
    static ThreatStatus status(String word) {
        if (word == null) {
            return ThreatStatus.OPEN;
        }
        return switch (word.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "")) {
            case "mitigated", "eliminated", "avoided" -> ThreatStatus.MITIGATED;
            case "notapplicable", "na", "n/a" -> ThreatStatus.NOT_APPLICABLE;
            case "accepted" -> ThreatStatus.ACCEPTED;
            case "transferred" -> ThreatStatus.TRANSFERRED;
            default -> ThreatStatus.OPEN;
        };
    }

    /** Low, Medium, High, Critical; anything else (TBD, TBA, empty) says the severity is not decided yet. */
    static Severity severity(String word) {
        return word == null ? null : Keyword.parse(Severity.class, word).orElse(null);
    }
}
