package dev.threatmodel.imports.tm7;

import static dev.threatmodel.imports.TreePaths.originFields;

import dev.threatmodel.imports.geometry.BoxNesting;
import dev.threatmodel.imports.geometry.DrawingIds;
import dev.threatmodel.imports.geometry.Geometry;
import dev.threatmodel.imports.geometry.Geometry.Point;
import dev.threatmodel.imports.geometry.Geometry.Rect;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.ModelImporter;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelSource;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Microsoft Threat Modeling Tool model (a {@code .tm7} file: DataContract XML with the root
 * {@code ThreatModel}), every drawing surface of it.
 *
 * <p>Shapes ({@code Borders}) become elements by their generic type: {@code GE.P} a process, {@code GE.EI} an
 * external entity, {@code GE.DS} a data store, {@code GE.TB.B} a boundary box, which becomes a trust zone holding the
 * elements drawn inside it (boxes inside boxes nest). A custom template's shapes, whose generic type is a GUID, go by
 * the shape the tool draws ({@code StencilEllipse} process, {@code StencilRectangle} external entity,
 * {@code StencilParallelLines} data store, {@code BorderBoundary} box). Connectors ({@code Lines}) become flows;
 * line boundaries ({@code GE.TB.L}) become zones that hold nothing, and a flow crosses one when its drawn path
 * (source point, handle, target point) meets the boundary's. Threat instances become threats on their flow, with the
 * status mapping of {@link #status(String)}. A boundary drawn without a position is noted
 * ({@link #UNPLACED_BOUNDARY}): which elements it holds is unknown.
 *
 * <p>The XML is read by {@link SecureXmlReader}: no DTD, no entities, bounded depth and size.
 */
public final class Tm7Importer implements ModelImporter {

    /** Import-note topic: a trust boundary of the drawing has no usable position, so its contents are unknown. */
    public static final String UNPLACED_BOUNDARY = ImportNote.UNPLACED_BOUNDARY;

    /** A .tm7 file records a diagram and threats, and none of the other facts in {@link FormatGap}. */
    static final Set<FormatGap> GAPS = FormatGap.allButDiagram();

    /**
     * Most trust boundaries (boxes and lines) on one drawing surface. Placing an element or a flow compares it with
     * every boundary of its surface, so this keeps the work linear in the file; real diagrams have a handful.
     */
    static final int MAX_BOUNDARIES_PER_SURFACE = 1_000;

    private static final String NO_GUID = "00000000-0000-0000-0000-000000000000";
    private static final Set<String> PROTOCOLS = Set.of("HTTP", "HTTPS", "IPsec", "SMB", "RPC", "ALPC",
            "NamedPipe", "IOCTL", "UDP", "Binary");

    @Override
    public String formatName() {
        return "Microsoft Threat Modeling Tool";
    }

    @Override
    public Set<FormatGap> gaps() {
        return GAPS;
    }

    /** Any XML file: the Threat Modeling Tool's is the only XML format read; another root element gets an error. */
    @Override
    public boolean recognises(ModelSource source) {
        return source.looksLikeXml();
    }

    @Override
    public ThreatModel read(ModelSource source) throws ModelLoadException {
        XmlElement root = new SecureXmlReader(source.limits()).read(source.text());
        if (!"ThreatModel".equals(root.name())) {
            throw new ModelLoadException(new LoadProblem(root.location(), "the XML file's top element is <"
                    + root.name() + ">, but a Microsoft Threat Modeling Tool model has <ThreatModel>"));
        }
        return new Reading(source.file()).read(root);
    }

    private enum Kind { ENTITY, PROCESS, STORE, BOX, FLOW, LINE, OTHER }

    /** One shape or line of a drawing surface. */
    private static final class Shape {
        final XmlElement value;
        final Kind kind;
        final String guid;
        String modelId;
        Rect bounds;
        List<Point> path;

        Shape(XmlElement value, Kind kind, String guid) {
            this.value = value;
            this.kind = kind;
            this.guid = guid;
        }
    }

    private static final class Reading {
        private final Path file;
        private final List<LoadProblem> problems = new ArrayList<>();
        private final ThreatModel.Builder model = ThreatModel.builder();
        private final DrawingIds usedIds = new DrawingIds();
        private final Map<String, Shape> flowsByGuid = new HashMap<>();

        Reading(Path file) {
            this.file = file;
        }

        ThreatModel read(XmlElement root) throws ModelLoadException {
            XmlElement meta = root.child("MetaInformation");
            model.file(file).format(ModelFormat.MICROSOFT_THREAT_MODELING_TOOL)
                    .origin(new Origin(root.location(), originFields(
                            "name", at(meta, "ThreatModelName"),
                            "owner", at(meta, "Owner"),
                            "description", at(meta, "HighLevelSystemDescription"))))
                    .name(text(meta, "ThreatModelName"))
                    .owner(text(meta, "Owner"))
                    .description(text(meta, "HighLevelSystemDescription"));
            GAPS.forEach(model::gap);
            XmlElement list = root.child("DrawingSurfaceList");
            if (list == null) {
                problems.add(new LoadProblem(root.location(), "the model has no <DrawingSurfaceList>, so no "
                        + "diagram; a file saved by the Threat Modeling Tool always has one"));
            } else {
                List<XmlElement> surfaces = list.all("DrawingSurfaceModel");
                for (int i = 0; i < surfaces.size(); i++) {
                    readSurface(i, surfaces.get(i));
                }
            }
            XmlElement threats = root.child("ThreatInstances");
            if (threats != null) {
                for (XmlElement entry : threats.children()) {
                    XmlElement value = entry.child("Value");
                    if (value != null) {
                        model.threat(threat(value));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new ModelLoadException(problems);
            }
            return model.build();
        }

        private void readSurface(int index, XmlElement surface) {
            List<Shape> shapes = entries(surface.child("Borders"), index);
            List<Shape> lines = entries(surface.child("Lines"), index);
            Map<String, Shape> byGuid = new HashMap<>();
            shapes.forEach(s -> byGuid.putIfAbsent(s.guid, s));

            long boundaries = shapes.stream().filter(s -> s.kind == Kind.BOX).count()
                    + lines.stream().filter(s -> s.kind == Kind.LINE).count();
            if (boundaries > MAX_BOUNDARIES_PER_SURFACE) {
                problems.add(new LoadProblem(surface.location(), "this drawing surface has " + boundaries
                        + " trust boundaries, more than the limit of " + MAX_BOUNDARIES_PER_SURFACE
                        + "; split the diagram"));
                return;
            }
            List<Shape> boxes = shapes.stream().filter(s -> s.kind == Kind.BOX).toList();
            List<Rect> boxBounds = boxes.stream().map(s -> s.bounds).toList();
            for (int i = 0; i < boxes.size(); i++) {
                Shape box = boxes.get(i);
                int parent = BoxNesting.innermost(boxBounds, box.bounds, i);
                model.zone(zone(box, parent < 0 ? null : boxes.get(parent).modelId));
                if (box.bounds == null) {
                    model.importNote(new ImportNote(UNPLACED_BOUNDARY, box.modelId, "trust boundary "
                            + describe(box) + " has no position in the drawing (Left, Top, Width, Height), so which "
                            + "elements it holds, and which flows cross it, is unknown", box.value.location()));
                }
            }
            List<Shape> lineBoundaries = lines.stream().filter(s -> s.kind == Kind.LINE).toList();
            for (Shape line : lineBoundaries) {
                model.zone(zone(line, null));
                if (line.path == null) {
                    model.importNote(new ImportNote(UNPLACED_BOUNDARY, line.modelId, "trust boundary "
                            + describe(line) + " has no position in the drawing (source, handle and target points),"
                            + " so which flows cross it is unknown", line.value.location()));
                }
            }
            for (Shape s : shapes) {
                if (s.kind == Kind.ENTITY || s.kind == Kind.PROCESS || s.kind == Kind.STORE) {
                    int box = BoxNesting.innermost(boxBounds, s.bounds, -1);
                    model.element(element(s, box < 0 ? null : boxes.get(box).modelId));
                }
            }
            for (Shape flow : lines) {
                if (flow.kind != Kind.FLOW) {
                    continue;
                }
                flowsByGuid.putIfAbsent(flow.guid, flow);
                model.flow(flow(flow, end(flow, "SourceGuid", byGuid), end(flow, "TargetGuid", byGuid)));
                List<String> crossed = new ArrayList<>();
                if (flow.path != null) {
                    for (Shape line : lineBoundaries) {
                        if (line.path != null && Geometry.polylinesIntersect(flow.path, line.path)) {
                            crossed.add(line.modelId);
                        }
                    }
                }
                model.crossedBoundaries(flow.modelId, crossed);
            }
        }

        /** The shapes of a {@code Borders} or {@code Lines} list: key/value pairs whose value is the shape. */
        private List<Shape> entries(XmlElement list, int surface) {
            List<Shape> shapes = new ArrayList<>();
            if (list == null) {
                return shapes;
            }
            for (XmlElement entry : list.children()) {
                XmlElement value = entry.child("Value");
                if (value == null) {
                    problems.add(new LoadProblem(entry.location(), "this entry of <" + list.name()
                            + "> has no <Value>"));
                    continue;
                }
                Kind kind = kindOf(value);
                if (kind == Kind.OTHER) {
                    continue;
                }
                String guid = value.childText("Guid");
                if (guid == null) {
                    guid = entry.childText("Key");
                }
                if (guid == null) {
                    problems.add(new LoadProblem(value.location(), "this shape has no <Guid>, so flows and threats"
                            + " cannot name it"));
                    continue;
                }
                Shape s = new Shape(value, kind, guid);
                s.modelId = usedIds.unique(guid, surface);
                if (kind == Kind.FLOW || kind == Kind.LINE) {
                    s.path = path(value);
                } else {
                    s.bounds = bounds(value);
                }
                shapes.add(s);
            }
            return shapes;
        }

        private static Kind kindOf(XmlElement value) {
            String generic = value.childText("GenericTypeId");
            if (generic != null) {
                switch (generic) {
                    case "GE.P" -> { return Kind.PROCESS; }
                    case "GE.EI" -> { return Kind.ENTITY; }
                    case "GE.DS" -> { return Kind.STORE; }
                    case "GE.TB.B" -> { return Kind.BOX; }
                    case "GE.DF" -> { return Kind.FLOW; }
                    case "GE.TB.L" -> { return Kind.LINE; }
                    default -> {
                        // a custom template's own type: go by the shape drawn
                    }
                }
            }
            String drawn = value.attribute("type");
            if (drawn == null) {
                return Kind.OTHER;
            }
            return switch (drawn.substring(drawn.indexOf(':') + 1)) {
                case "StencilEllipse" -> Kind.PROCESS;
                case "StencilRectangle" -> Kind.ENTITY;
                case "StencilParallelLines" -> Kind.STORE;
                case "BorderBoundary" -> Kind.BOX;
                case "Connector" -> Kind.FLOW;
                case "LineBoundary" -> Kind.LINE;
                default -> Kind.OTHER;
            };
        }

        private Rect bounds(XmlElement value) {
            Double x = number(value, "Left");
            Double y = number(value, "Top");
            Double w = number(value, "Width");
            Double h = number(value, "Height");
            return x == null || y == null || w == null || h == null ? null : new Rect(x, y, w, h);
        }

        /** Source point, handle, target point; null when any coordinate is missing. */
        private List<Point> path(XmlElement value) {
            List<Point> points = new ArrayList<>();
            for (String prefix : List.of("Source", "Handle", "Target")) {
                Double x = number(value, prefix + "X");
                Double y = number(value, prefix + "Y");
                if (x == null || y == null) {
                    return null;
                }
                points.add(new Point(x, y));
            }
            return points;
        }

        /** A coordinate; null when absent; a problem when it is not a finite number. */
        private Double number(XmlElement value, String name) {
            XmlElement e = value.child(name);
            String t = e == null ? null : e.text();
            if (t == null) {
                return null;
            }
            try {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            problems.add(new LoadProblem(e.location(), "<" + name + "> should be a number, found '"
                    + shorten(t) + "'"));
            return null;
        }

        /** The model id of the shape a line's end is attached to; null when loose; the written GUID when unknown. */
        private static String end(Shape line, String key, Map<String, Shape> byGuid) {
            String guid = line.value.childText(key);
            if (guid == null || guid.equals(NO_GUID)) {
                return null;
            }
            Shape attached = byGuid.get(guid);
            return attached == null ? guid : attached.modelId;
        }

        private TrustZone zone(Shape s, String parent) {
            return new TrustZone(s.modelId, name(s.value), null, parent, null, stencil(s.value), List.of(),
                    List.of(), origin(s.value));
        }

        private Element element(Shape s, String zone) {
            ElementType type = switch (s.kind) {
                case ENTITY -> ElementType.EXTERNAL_ENTITY;
                case STORE -> ElementType.DATA_STORE;
                default -> ElementType.PROCESS;
            };
            boolean outOfScope = "true".equalsIgnoreCase(property(s.value, "Out Of Scope"));
            return new Element(s.modelId, name(s.value), type, stencil(s.value), zone, outOfScope,
                    outOfScope ? property(s.value, "Reason For Out Of Scope") : null, Set.of(), null, null,
                    List.of(), origin(s.value));
        }

        private DataFlow flow(Shape s, String source, String target) {
            String typeId = s.value.childText("TypeId");
            String last = typeId == null ? null : typeId.substring(typeId.lastIndexOf('.') + 1);
            String protocol = last != null && PROTOCOLS.contains(last) ? last : null;
            return new DataFlow(s.modelId, name(s.value), null, source, target, List.of(), protocol, null, null,
                    false, List.of(), origin(s.value));
        }

        private static Origin origin(XmlElement value) {
            return new Origin(value.location(), originFields(
                    "name", propertyAt(value, "Name"),
                    "outOfScope", propertyAt(value, "Out Of Scope"),
                    "outOfScopeReason", propertyAt(value, "Reason For Out Of Scope"),
                    "source", at(value, "SourceGuid"),
                    "target", at(value, "TargetGuid"),
                    "protocol", at(value, "TypeId")));
        }

        private Threat threat(XmlElement value) {
            String number = value.childText("Id");
            String flowGuid = value.childText("FlowGuid");
            Shape flow = flowGuid == null ? null : flowsByGuid.get(flowGuid);
            String target = flow != null ? flow.modelId : flowGuid;
            String id = "threat-" + (number != null ? number : threatKey(value));
            if (usedIds.contains(id)) {
                id = id + "-" + usedIds.size();
            }
            usedIds.add(id);
            if (flow == null) {
                model.importNote(new ImportNote(ImportNote.DANGLING_REFERENCE, id, flowGuid == null
                        ? "threat " + id + " names no flow (it has no FlowGuid), so it answers for nothing drawn"
                        : "threat " + id + " names the flow '" + flowGuid + "', which no connector of the file has",
                        flowGuid == null ? value.location() : at(value, "FlowGuid")));
            }
            String categoryWord = threatProperty(value, "UserThreatCategory");
            StrideCategory category = stride(categoryWord);
            String state = value.childText("State");
            ThreatStatus status = status(state);
            String justification = value.childText("StateInformation");
            String description = threatProperty(value, "UserThreatDescription");
            List<Mitigation> mitigations = new ArrayList<>();
            if (status == ThreatStatus.MITIGATED && justification != null) {
                SourceLocation at = at(value, "StateInformation");
                mitigations.add(new Mitigation(id + "-mitigation", justification, null, null,
                        MitigationStatus.IMPLEMENTED, null, List.of(), List.of(), new Origin(at, Map.of("name", at))));
            } else if (justification != null) {
                description = description == null ? justification : description + " (" + state + ": "
                        + justification + ")";
            }
            String priority = value.childText("Priority");
            if (priority == null) {
                priority = threatProperty(value, "Priority");
            }
            Severity severity = priority == null ? null : Keyword.parse(Severity.class, priority).orElse(null);
            return new Threat(id, threatProperty(value, "Title"), category,
                    category == null ? (categoryWord == null ? "unknown" : categoryWord) : null, target, description,
                    severity, status, mitigations, null, List.of(), new Origin(value.location(), originFields(
                            "name", threatPropertyAt(value, "Title"),
                            "category", threatPropertyAt(value, "UserThreatCategory"),
                            "status", at(value, "State"),
                            "severity", at(value, "Priority"),
                            "description", threatPropertyAt(value, "UserThreatDescription"),
                            "target", at(value, "FlowGuid"))));
        }

        private static String threatKey(XmlElement value) {
            String type = value.childText("TypeId");
            return type == null ? "unnumbered" : type;
        }

        private static String describe(Shape s) {
            String name = name(s.value);
            return name == null ? s.modelId : "\"" + name + "\"";
        }
    }

    /**
     * The Threat Modeling Tool's threat states: {@code Mitigated} is mitigated (its justification becomes the
     * implemented mitigation), {@code NotApplicable} is not applicable; {@code AutoGenerated} (generated, nobody
     * looked at it), {@code NeedsInvestigation}, a missing or an unknown state are open.
     */
    static ThreatStatus status(String state) {
        if (state == null) {
            return ThreatStatus.OPEN;
        }
        return switch (state) {
            case "Mitigated" -> ThreatStatus.MITIGATED;
            case "NotApplicable" -> ThreatStatus.NOT_APPLICABLE;
            default -> ThreatStatus.OPEN;
        };
    }

    /** The STRIDE category a threat category name starts with ("Elevation Of Privileges"); null for others. */
    static StrideCategory stride(String word) {
        if (word == null) {
            return null;
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.startsWith("spoof")) {
            return StrideCategory.SPOOFING;
        } else if (w.startsWith("tamper")) {
            return StrideCategory.TAMPERING;
        } else if (w.startsWith("repudiation")) {
            return StrideCategory.REPUDIATION;
        } else if (w.startsWith("information disclosure")) {
            return StrideCategory.INFORMATION_DISCLOSURE;
        } else if (w.startsWith("denial of service")) {
            return StrideCategory.DENIAL_OF_SERVICE;
        } else if (w.startsWith("elevation of privilege")) {
            return StrideCategory.ELEVATION_OF_PRIVILEGE;
        }
        return null;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static String text(XmlElement parent, String child) {
        return parent == null ? null : parent.childText(child);
    }

    private static SourceLocation at(XmlElement parent, String child) {
        XmlElement e = parent == null ? null : parent.child(child);
        return e == null ? null : e.location();
    }

    /** A shape's name: the value of its "Name" property; null when not written. */
    private static String name(XmlElement value) {
        return property(value, "Name");
    }

    /** The shape's stencil as the tool shows it: the heading of its properties, such as "Web API". */
    private static String stencil(XmlElement value) {
        XmlElement props = value.child("Properties");
        if (props == null || props.children().isEmpty()) {
            return null;
        }
        XmlElement first = props.children().get(0);
        String type = first.attribute("type");
        return type != null && type.endsWith("HeaderDisplayAttribute") ? first.childText("DisplayName") : null;
    }

    private static XmlElement propertyValue(XmlElement value, String displayName) {
        XmlElement props = value.child("Properties");
        if (props == null) {
            return null;
        }
        for (XmlElement p : props.children()) {
            if (displayName.equals(p.childText("DisplayName"))) {
                return p.child("Value");
            }
        }
        return null;
    }

    private static String property(XmlElement value, String displayName) {
        XmlElement v = propertyValue(value, displayName);
        return v == null ? null : v.text();
    }

    private static SourceLocation propertyAt(XmlElement value, String displayName) {
        XmlElement v = propertyValue(value, displayName);
        return v == null ? null : v.location();
    }

    private static XmlElement threatPropertyValue(XmlElement threat, String key) {
        XmlElement props = threat.child("Properties");
        if (props == null) {
            return null;
        }
        for (XmlElement p : props.children()) {
            if (key.equals(p.childText("Key"))) {
                return p.child("Value");
            }
        }
        return null;
    }

    /** A threat's property by key; the instance's own element of that name wins when written. */
    private static String threatProperty(XmlElement threat, String key) {
        String own = threat.childText(key);
        if (own != null) {
            return own;
        }
        XmlElement v = threatPropertyValue(threat, key);
        return v == null ? null : v.text();
    }

    private static SourceLocation threatPropertyAt(XmlElement threat, String key) {
        XmlElement own = threat.child(key);
        if (own != null && own.text() != null) {
            return own.location();
        }
        XmlElement v = threatPropertyValue(threat, key);
        return v == null ? null : v.location();
    }
}
