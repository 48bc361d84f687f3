package dev.threatmodel.load;

import dev.threatmodel.load.FieldReader.Located;
import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.AgentAccess;
import dev.threatmodel.model.AiService;
import dev.threatmodel.model.Asset;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.AssumptionType;
import dev.threatmodel.model.AttackerGoal;
import dev.threatmodel.model.DataClassification;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.Hosting;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SecurityObjective;
import dev.threatmodel.model.SecurityProperty;
import dev.threatmodel.model.Severity;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Story;
import dev.threatmodel.model.StoryKind;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.model.ZoneKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the located tree of a file in the native format ({@code docs/format.md}) into a {@link ThreatModel}.
 *
 * <p>It refuses what makes a file malformed or ambiguous: unknown keys, values of the wrong type, words outside a
 * fixed vocabulary, bad dates, missing ids and other required keys, duplicate ids, references to ids that do not
 * exist, zones that are their own ancestors and trust levels outside 0..100. Every problem of the file is collected
 * and thrown together. What a rule judges better (a missing label, an element without a zone, an assumption nobody
 * owns, a mitigation without a domain) is loaded as written and left to the rules.
 */
public final class NativeModelReader {

    /** The id namespaces; elements and flows share one, because a threat's target may be either. */
    private enum Kind {
        ASSET("asset"),
        OBJECTIVE("objective"),
        ATTACKER_GOAL("attacker goal"),
        ASSUMPTION("assumption"),
        ZONE("zone"),
        ELEMENT("element"),
        FLOW("flow"),
        THREAT("threat"),
        MITIGATION("mitigation"),
        STORY("story");

        private final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    private record Declared(Kind kind, SourceLocation location) {
    }

    /** A reference from one item to another, checked once every id is known. */
    private record Reference(Located id, Set<Kind> kinds, String key, String from) {
    }

    private final Path file;
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private final Map<Kind, Map<String, Declared>> ids = new EnumMap<>(Kind.class);
    /** Per namespace, the first id declared with each {@linkplain Identifiers#skeleton look}. */
    private final Map<Kind, Map<String, Located>> lookAlikes = new EnumMap<>(Kind.class);

    private NativeModelReader(Path file) {
        this.file = file;
    }

    /** Reads a model from the root mapping of a native file. */
    public static ThreatModel read(MapNode root, Path file, ModelFormat format) throws ModelLoadException {
        return new NativeModelReader(file).readModel(root, format);
    }

    /**
     * Reads the root mapping of a companion file that adds to {@code base}, a model imported from another tool's
     * format. The companion may write the model's owner, scope, review date and description, assets, objectives,
     * attacker goals, assumptions, stories and suppressions exactly as a native file does, and overlays for zones
     * and threats of {@code base}, named by their ids. Its references may name any id of {@code base}; a
     * reference to an id that exists in neither file is refused at the place the companion wrote it.
     */
    static Companion readCompanion(MapNode root, Path file, ThreatModel base) throws ModelLoadException {
        return new NativeModelReader(file).companion(root, base);
    }

    private Companion companion(MapNode root, ThreatModel base) throws ModelLoadException {
        declareAll(base);
        FieldReader top = new FieldReader(root, "the companion file", problems);
        top.allow("$schema");
        String owner = top.string("owner");
        String scope = top.string("scope");
        java.time.LocalDate reviewed = top.date("reviewed");
        String description = top.string("description");
        List<Asset> assets = each(top, "assets", "an asset", this::asset);
        List<SecurityObjective> objectives = each(top, "objectives", "an objective", this::objective);
        List<AttackerGoal> goals = each(top, "attackerGoals", "an attacker goal", this::attackerGoal);
        List<Assumption> assumptions = each(top, "assumptions", "an assumption", this::assumption);
        Map<String, SourceLocation> overlaid = new HashMap<>();
        List<Companion.ZoneOverlay> zones = each(top, "zones", "a zone overlay",
                r -> zoneOverlay(r, base, overlaid));
        List<Companion.ThreatOverlay> threats = each(top, "threats", "a threat overlay",
                r -> threatOverlay(r, base, overlaid));
        List<Story> stories = each(top, "stories", "a story", this::story);
        List<Suppression> suppressions = suppressions(top);
        top.finish();
        checkReferences();
        if (!problems.isEmpty()) {
            throw new ModelLoadException(problems);
        }
        return new Companion(file, owner, scope, reviewed, description, assets, objectives, goals, assumptions,
                stories, suppressions, zones, threats, top.origin());
    }

    /** Registers the ids of an imported model, so that the companion may refer to them and not reuse them. */
    private void declareAll(ThreatModel base) {
        base.assets().forEach(a -> declareImported(Kind.ASSET, a.id(), a.origin().at()));
        base.objectives().forEach(o -> declareImported(Kind.OBJECTIVE, o.id(), o.origin().at()));
        base.attackerGoals().forEach(g -> declareImported(Kind.ATTACKER_GOAL, g.id(), g.origin().at()));
        base.assumptions().forEach(a -> declareImported(Kind.ASSUMPTION, a.id(), a.origin().at()));
        base.zones().forEach(z -> declareImported(Kind.ZONE, z.id(), z.origin().at()));
        base.elements().forEach(e -> declareImported(Kind.ELEMENT, e.id(), e.origin().at()));
        base.flows().forEach(f -> declareImported(Kind.FLOW, f.id(), f.origin().at()));
        base.threats().forEach(t -> declareImported(Kind.THREAT, t.id(), t.origin().at()));
        base.stories().forEach(s -> declareImported(Kind.STORY, s.id(), s.origin().at()));
    }

    private void declareImported(Kind kind, String id, SourceLocation location) {
        if (id != null) {
            ids.computeIfAbsent(namespace(kind), k -> new LinkedHashMap<>()).putIfAbsent(id,
                    new Declared(kind, location));
        }
    }

    private Companion.ZoneOverlay zoneOverlay(FieldReader r, ThreatModel base, Map<String, SourceLocation> seen) {
        String id = overlaid(r, "zone", base.zones().stream().map(TrustZone::id).toList(), base, seen);
        Integer trustLevel = r.integer("trustLevel");
        if (trustLevel != null && (trustLevel < 0 || trustLevel > 100)) {
            r.report(r.origin().of("trustLevel"), "'trustLevel' in a zone overlay must be between 0 and 100, "
                    + "found " + trustLevel);
        }
        ZoneKind kind = r.keyword("kind", ZoneKind.class);
        List<String> assumptions = references(r, "assumptions", "zone '" + id + "'", Kind.ASSUMPTION);
        return new Companion.ZoneOverlay(id, trustLevel, kind, assumptions, suppressions(r), r.origin());
    }

    private Companion.ThreatOverlay threatOverlay(FieldReader r, ThreatModel base,
                                                  Map<String, SourceLocation> seen) {
        String id = overlaid(r, "threat", base.threats().stream().map(Threat::id).toList(), base, seen);
        List<Mitigation> mitigations = r.has("mitigations") ? mitigations(r, id) : null;
        Acceptance acceptance = acceptance(r);
        return new Companion.ThreatOverlay(id, mitigations, acceptance, suppressions(r), r.origin());
    }

    /**
     * Reads the id of an overlay: it must name a zone or threat of the imported model, and only one overlay per
     * item. Returns the id as written (null when missing).
     */
    private String overlaid(FieldReader r, String kind, List<String> existing, ThreatModel base,
                            Map<String, SourceLocation> seen) {
        String id = r.requiredString("id");
        if (id == null) {
            return null;
        }
        SourceLocation at = r.origin().of("id");
        String imported = base.file() == null || base.file().getFileName() == null ? "the imported model"
                : base.file().getFileName().toString();
        if (!existing.contains(id)) {
            r.report(at, "a " + kind + " overlay names " + kind + " '" + id + "', but " + imported + " has no "
                    + kind + " with that id" + Suggestions.hint(id, existing));
            return id;
        }
        SourceLocation earlier = seen.putIfAbsent(kind + " " + id, at);
        if (earlier != null) {
            r.report(at, "a second overlay for " + kind + " '" + id + "': the overlay at line " + earlier.line()
                    + ", column " + earlier.column() + " already adds to it");
        }
        return id;
    }

    /** {@code " of model.json"} when the location lies in another file than the one being read, else empty. */
    private String elsewhere(SourceLocation location) {
        Path other = location.file();
        if (other == null || other.equals(file) || other.getFileName() == null) {
            return "";
        }
        return " of " + other.getFileName();
    }

    private ThreatModel readModel(MapNode root, ModelFormat format) throws ModelLoadException {
        FieldReader top = new FieldReader(root, "the model", problems);
        ThreatModel.Builder model = ThreatModel.builder().file(file).format(format);
        top.allow("$schema");
        model.name(top.string("name"))
                .owner(top.string("owner"))
                .scope(top.string("scope"))
                .reviewed(top.date("reviewed"))
                .description(top.string("description"));
        each(top, "assets", "an asset", this::asset).forEach(model::asset);
        each(top, "objectives", "an objective", this::objective).forEach(model::objective);
        each(top, "attackerGoals", "an attacker goal", this::attackerGoal).forEach(model::attackerGoal);
        each(top, "assumptions", "an assumption", this::assumption).forEach(model::assumption);
        List<TrustZone> zones = each(top, "zones", "a zone", this::zone);
        zones.forEach(model::zone);
        each(top, "elements", "an element", this::element).forEach(model::element);
        each(top, "flows", "a flow", this::flow).forEach(model::flow);
        each(top, "threats", "a threat", this::threat).forEach(model::threat);
        each(top, "stories", "a story", this::story).forEach(model::story);
        suppressions(top).forEach(model::suppression);
        top.finish();
        model.origin(top.origin());

        checkReferences();
        checkZoneLoops(zones);
        if (!problems.isEmpty()) {
            throw new ModelLoadException(problems);
        }
        return model.build();
    }

    private <T> List<T> each(FieldReader parent, String key, String what, Function<FieldReader, T> reader) {
        List<T> result = new ArrayList<>();
        for (Node item : parent.list(key)) {
            FieldReader.of(item, what, problems).ifPresent(r -> {
                result.add(reader.apply(r));
                r.finish();
            });
        }
        return result;
    }

    private Asset asset(FieldReader r) {
        String id = id(r, Kind.ASSET);
        return new Asset(id, r.string("name"), r.string("description"),
                r.keyword("classification", DataClassification.class), suppressions(r), r.origin());
    }

    private SecurityObjective objective(FieldReader r) {
        String id = id(r, Kind.OBJECTIVE);
        String from = "objective '" + id + "'";
        String asset = reference(r, "asset", from, Kind.ASSET);
        List<SecurityProperty> protects = r.keywords("protects", SecurityProperty.class);
        String description = r.string("description");
        List<String> assumptions = references(r, "assumptions", from, Kind.ASSUMPTION);
        return new SecurityObjective(id, r.string("name"), asset, protects, description, assumptions,
                suppressions(r), r.origin());
    }

    private AttackerGoal attackerGoal(FieldReader r) {
        String id = id(r, Kind.ATTACKER_GOAL);
        String name = r.string("name");
        String description = r.string("description");
        List<String> assets = references(r, "assets", "attacker goal '" + id + "'", Kind.ASSET);
        return new AttackerGoal(id, name, description, assets, suppressions(r), r.origin());
    }

    private Assumption assumption(FieldReader r) {
        String id = id(r, Kind.ASSUMPTION);
        return new Assumption(id, r.string("name"), r.string("text"), r.keyword("type", AssumptionType.class),
                r.string("owner"), r.keyword("status", AssumptionStatus.class), suppressions(r), r.origin());
    }

    private TrustZone zone(FieldReader r) {
        String id = id(r, Kind.ZONE);
        String from = "zone '" + id + "'";
        String name = r.string("name");
        Integer trustLevel = r.integer("trustLevel");
        if (trustLevel != null && (trustLevel < 0 || trustLevel > 100)) {
            r.report(r.origin().of("trustLevel"), "'trustLevel' in a zone must be between 0 and 100, found "
                    + trustLevel);
        }
        String parent = reference(r, "parent", from, Kind.ZONE);
        ZoneKind kind = r.keyword("kind", ZoneKind.class);
        String description = r.string("description");
        List<String> assumptions = references(r, "assumptions", from, Kind.ASSUMPTION);
        return new TrustZone(id, name, trustLevel, parent, kind, description, assumptions, suppressions(r),
                r.origin());
    }

    private Element element(FieldReader r) {
        String id = id(r, Kind.ELEMENT);
        String name = r.string("name");
        ElementType type = r.requiredKeyword("type", ElementType.class);
        String description = r.string("description");
        String zone = reference(r, "zone", "element '" + id + "'", Kind.ZONE);
        Boolean outOfScope = r.bool("outOfScope");
        String outOfScopeReason = r.string("outOfScopeReason");
        Set<AgentAccess> access = new LinkedHashSet<>(r.keywords("access", AgentAccess.class));
        Hosting hosting = r.keyword("hosting", Hosting.class);
        AiService aiService = r.keyword("aiService", AiService.class);
        return new Element(id, name, type, description, zone, Boolean.TRUE.equals(outOfScope), outOfScopeReason,
                access, hosting, aiService, suppressions(r), r.origin());
    }

    private DataFlow flow(FieldReader r) {
        String id = id(r, Kind.FLOW);
        String from = "flow '" + id + "'";
        Integer number = r.integer("number");
        String name = r.string("name");
        String source = requiredReference(r, "source", from, Kind.ELEMENT);
        String target = requiredReference(r, "target", from, Kind.ELEMENT);
        List<String> data = r.strings("data");
        String protocol = r.string("protocol");
        Boolean authenticated = r.bool("authenticated");
        Boolean encrypted = r.bool("encrypted");
        Boolean bidirectional = r.bool("bidirectional");
        return new DataFlow(id, name, number, source, target, data, protocol, authenticated, encrypted,
                Boolean.TRUE.equals(bidirectional), suppressions(r), r.origin());
    }

    private Threat threat(FieldReader r) {
        String id = id(r, Kind.THREAT);
        String from = "threat '" + id + "'";
        String name = r.string("name");
        StrideCategory category = r.requiredKeyword("category", StrideCategory.class);
        String target = requiredReference(r, "target", from, Kind.ELEMENT, Kind.FLOW);
        String description = r.string("description");
        Severity severity = r.keyword("severity", Severity.class);
        ThreatStatus status = r.requiredKeyword("status", ThreatStatus.class);
        List<Mitigation> mitigations = mitigations(r, id);
        Acceptance acceptance = acceptance(r);
        return new Threat(id, name, category, null, target, description, severity, status, mitigations, acceptance,
                suppressions(r), r.origin());
    }

    private List<Mitigation> mitigations(FieldReader r, String threatId) {
        List<Mitigation> mitigations = new ArrayList<>();
        List<Node> items = r.list("mitigations");
        for (int i = 0; i < items.size(); i++) {
            int number = i + 1;
            FieldReader.of(items.get(i), "a mitigation", problems).ifPresent(m -> {
                mitigations.add(mitigation(m, threatId, number));
                m.finish();
            });
        }
        return mitigations;
    }

    private Acceptance acceptance(FieldReader r) {
        return r.mapping("acceptance", "an acceptance").map(a -> {
            Acceptance read = new Acceptance(a.string("justification"), a.string("acceptedBy"), a.date("expires"),
                    a.origin());
            a.finish();
            return read;
        }).orElse(null);
    }

    private Mitigation mitigation(FieldReader r, String threatId, int number) {
        String id = r.string("id");
        if (id != null && id.isBlank()) {
            r.report(r.origin().of("id"), "'id' in a mitigation must not be empty");
            id = null;
        }
        if (id != null) {
            declare(Kind.MITIGATION, id, r.origin().of("id"));
        } else if (threatId != null) {
            id = threatId + ".m" + number;
            declare(Kind.MITIGATION, id, r.location());
        }
        String from = "mitigation '" + id + "'";
        return new Mitigation(id, r.string("name"), r.keyword("control", SecurityProperty.class),
                r.keyword("domain", SecurityDomain.class), r.keyword("status", MitigationStatus.class),
                r.string("reference"), references(r, "reliesOn", from, Kind.ASSUMPTION), suppressions(r),
                r.origin());
    }

    private Story story(FieldReader r) {
        String id = id(r, Kind.STORY);
        String from = "story '" + id + "'";
        StoryKind kind = r.requiredKeyword("kind", StoryKind.class);
        String name = r.string("name");
        String narrative = r.string("narrative");
        List<String> flows = references(r, "flows", from, Kind.FLOW);
        List<String> elements = references(r, "elements", from, Kind.ELEMENT);
        List<String> threats = references(r, "threats", from, Kind.THREAT);
        return new Story(id, name, kind, narrative, flows, elements, threats, suppressions(r), r.origin());
    }

    private List<Suppression> suppressions(FieldReader r) {
        List<Suppression> result = new ArrayList<>();
        for (Node item : r.list("suppressions")) {
            FieldReader.of(item, "a suppression", problems).ifPresent(s -> {
                result.add(new Suppression(s.requiredString("rule"), s.requiredString("reason"), s.string("by"),
                        s.date("until"), s.origin()));
                s.finish();
            });
        }
        return result;
    }

    /** Reads the mandatory id of an item and registers it in its kind's namespace. */
    private String id(FieldReader r, Kind kind) {
        String id = r.requiredString("id");
        if (id != null) {
            declare(kind, id, r.origin().of("id"));
        }
        return id;
    }

    private void declare(Kind kind, String id, SourceLocation location) {
        String wrong = Identifiers.problem(id);
        if (wrong != null) {
            problems.add(new LoadProblem(location, wrong));
        }
        Map<String, Declared> namespace = ids.computeIfAbsent(namespace(kind), k -> new LinkedHashMap<>());
        Declared earlier = namespace.get(id);
        if (earlier != null) {
            problems.add(new LoadProblem(location, "duplicate id '" + Identifiers.shown(id) + "': the "
                    + earlier.kind().words + elsewhere(earlier.location()) + " at line " + earlier.location().line()
                    + ", column " + earlier.location().column() + " already has it"));
            return;
        }
        namespace.put(id, new Declared(kind, location));
        if (wrong != null) {
            return;
        }
        Map<String, Located> seen = lookAlikes.computeIfAbsent(namespace(kind), k -> new HashMap<>());
        Located twin = seen.putIfAbsent(Identifiers.skeleton(id), new Located(id, location));
        if (twin != null) {
            problems.add(new LoadProblem(location, "id '" + Identifiers.shown(id) + "' looks the same as id '"
                    + Identifiers.shown(twin.value()) + "'" + elsewhere(twin.location()) + " at line "
                    + twin.location().line() + ", column " + twin.location().column() + " but is different text;"
                    + " a reference could land on the wrong one, so rename one of them"));
        }
    }

    private String reference(FieldReader r, String key, String from, Kind... kinds) {
        String id = r.string(key);
        if (id != null) {
            references.add(new Reference(new Located(id, r.origin().of(key)), Set.of(kinds), key, from));
        }
        return id;
    }

    private String requiredReference(FieldReader r, String key, String from, Kind... kinds) {
        if (!r.has(key)) {
            r.missing(key);
        }
        return reference(r, key, from, kinds);
    }

    private List<String> references(FieldReader r, String key, String from, Kind kind) {
        List<String> result = new ArrayList<>();
        for (Located id : r.locatedStrings(key)) {
            references.add(new Reference(id, Set.of(kind), key, from));
            result.add(id.value());
        }
        return result;
    }

    private void checkReferences() {
        for (Reference ref : references) {
            String id = ref.id().value();
            Map<String, Declared> declared = ids.getOrDefault(namespace(ref.kinds().iterator().next()), Map.of());
            Declared target = declared.get(id);
            if (target != null && ref.kinds().contains(target.kind())) {
                continue;
            }
            String shown = Identifiers.shown(id);
            String problem = "'" + ref.key() + "' of " + ref.from() + " refers to " + kindWords(ref.kinds()) + " '"
                    + shown + "', ";
            Declared elsewhere = target != null ? target : otherKind(id);
            if (elsewhere != null) {
                problem += "but '" + shown + "' is " + article(elsewhere.kind().words) + " " + elsewhere.kind().words;
            } else {
                List<String> candidates = declared.entrySet().stream()
                        .filter(e -> ref.kinds().contains(e.getValue().kind())).map(Map.Entry::getKey).toList();
                problem += "which does not exist" + Suggestions.hint(id, candidates);
            }
            problems.add(new LoadProblem(ref.id().location(), problem));
        }
    }

    /** The item of another namespace that has the id, if any, in a fixed order of kinds. */
    private Declared otherKind(String id) {
        for (Kind kind : Kind.values()) {
            Declared d = ids.getOrDefault(kind, Map.of()).get(id);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String article(String words) {
        return "aeiou".indexOf(words.charAt(0)) >= 0 ? "an" : "a";
    }

    /** Elements and flows share their ids; every other kind has its own. */
    private static Kind namespace(Kind kind) {
        return kind == Kind.FLOW ? Kind.ELEMENT : kind;
    }

    private static String kindWords(Set<Kind> kinds) {
        return kinds.size() == 1 ? kinds.iterator().next().words : "an element or flow";
    }

    /** Reports each cycle of zone parents once, at the parent value of the cycle's first zone in file order. */
    private void checkZoneLoops(List<TrustZone> zones) {
        Map<String, TrustZone> byId = new HashMap<>();
        for (TrustZone z : zones) {
            if (z.id() != null) {
                byId.putIfAbsent(z.id(), z);
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (TrustZone start : zones) {
            Set<String> path = new LinkedHashSet<>();
            TrustZone current = start;
            while (current != null && current.id() != null && !path.contains(current.id())) {
                path.add(current.id());
                current = current.parent() == null ? null : byId.get(current.parent());
            }
            if (current == null || current.id() == null || !current.id().equals(start.id())
                    || reported.contains(start.id())) {
                continue;
            }
            reported.addAll(path);
            problems.add(new LoadProblem(start.origin().of("parent"), "zone '" + start.id()
                    + "' is its own ancestor: " + String.join(" -> ", path) + " -> " + start.id()));
        }
    }
}
