package dev.threatmodel.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded threat model: what it is about, its assets, objectives, attacker goals and assumptions, its data-flow
 * diagram (trust zones, elements, flows), its threats and its stories. Immutable; every part knows where in the file
 * it was written. Lists keep the order of the file.
 */
public final class ThreatModel {

    private final Path file;
    private final ModelFormat format;
    private final String name;
    private final String owner;
    private final String scope;
    private final String description;
    private final LocalDate reviewed;
    private final List<Asset> assets;
    private final List<SecurityObjective> objectives;
    private final List<AttackerGoal> attackerGoals;
    private final List<Assumption> assumptions;
    private final List<TrustZone> zones;
    private final List<Element> elements;
    private final List<DataFlow> flows;
    private final List<Threat> threats;
    private final List<Story> stories;
    private final List<Suppression> suppressions;
    private final Set<FormatGap> gaps;
    private final Map<String, List<String>> crossedBoundaries;
    private final List<ImportNote> importNotes;
    private final Origin origin;

    private final Map<String, Asset> assetsById;
    private final Map<String, Assumption> assumptionsById;
    private final Map<String, TrustZone> zonesById;
    private final Map<String, Element> elementsById;
    private final Map<String, DataFlow> flowsById;
    private final Map<String, Threat> threatsById;
    private final Map<String, List<Threat>> threatsByTarget;
    private final Map<String, List<DataFlow>> flowsBySource;
    private final Map<String, List<DataFlow>> flowsByTarget;

    private ThreatModel(Builder b) {
        this.file = b.file;
        this.format = b.format == null ? ModelFormat.NATIVE_YAML : b.format;
        this.name = b.name;
        this.owner = b.owner;
        this.scope = b.scope;
        this.description = b.description;
        this.reviewed = b.reviewed;
        this.assets = List.copyOf(b.assets);
        this.objectives = List.copyOf(b.objectives);
        this.attackerGoals = List.copyOf(b.attackerGoals);
        this.assumptions = List.copyOf(b.assumptions);
        this.zones = List.copyOf(b.zones);
        this.elements = List.copyOf(b.elements);
        this.flows = List.copyOf(b.flows);
        this.threats = List.copyOf(b.threats);
        this.stories = List.copyOf(b.stories);
        this.suppressions = List.copyOf(b.suppressions);
        this.gaps = b.gaps.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.gaps));
        Map<String, List<String>> crossed = new LinkedHashMap<>();
        b.crossedBoundaries.forEach((flow, zones) -> crossed.put(flow, List.copyOf(zones)));
        this.crossedBoundaries = Collections.unmodifiableMap(crossed);
        this.importNotes = List.copyOf(b.importNotes);
        this.origin = b.origin == null ? Origin.of(SourceLocation.startOf(b.file)) : b.origin;
        this.assetsById = index(assets);
        this.assumptionsById = index(assumptions);
        this.zonesById = index(zones);
        this.elementsById = index(elements);
        this.flowsById = index(flows);
        this.threatsById = index(threats);
        this.threatsByTarget = group(threats, Threat::target);
        this.flowsBySource = group(flows, DataFlow::source);
        this.flowsByTarget = group(flows, DataFlow::target);
    }

    /** Items grouped by one of their references, each group in file order; items without the reference are left out. */
    private static <T> Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, List<T>> map = new LinkedHashMap<>();
        for (T item : items) {
            String k = key.apply(item);
            if (k != null) {
                map.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    /** First occurrence wins: the loader refuses duplicate ids, importers make ids unique. */
    private static <T extends ModelItem> Map<String, T> index(List<T> items) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.putIfAbsent(item.id(), item);
        }
        return Collections.unmodifiableMap(map);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Path file() {
        return file;
    }

    public ModelFormat format() {
        return format;
    }

    public String name() {
        return name;
    }

    public String owner() {
        return owner;
    }

    public String scope() {
        return scope;
    }

    public String description() {
        return description;
    }

    public LocalDate reviewed() {
        return reviewed;
    }

    public List<Asset> assets() {
        return assets;
    }

    public List<SecurityObjective> objectives() {
        return objectives;
    }

    public List<AttackerGoal> attackerGoals() {
        return attackerGoals;
    }

    public List<Assumption> assumptions() {
        return assumptions;
    }

    public List<TrustZone> zones() {
        return zones;
    }

    public List<Element> elements() {
        return elements;
    }

    public List<DataFlow> flows() {
        return flows;
    }

    public List<Threat> threats() {
        return threats;
    }

    public List<Story> stories() {
        return stories;
    }

    /** Suppressions written at the top of the model, for findings about the model as a whole. */
    public List<Suppression> suppressions() {
        return suppressions;
    }

    /** Facts the source format cannot express (empty for the native format). */
    public Set<FormatGap> gaps() {
        return gaps;
    }

    public boolean lacks(FormatGap gap) {
        return gaps.contains(gap);
    }

    /**
     * Boundaries that an importer found each flow to cross by the geometry of a drawing, for boundaries that are
     * lines rather than enclosing zones (Threat Dragon's trust-boundary curves): flow id to the ids of the zones that
     * stand for those lines, in file order. Crossing by zone membership is not listed here; the boundary analysis
     * works that out itself. Empty for the native format.
     */
    public Map<String, List<String>> crossedBoundaries() {
        return crossedBoundaries;
    }

    /** The boundary lines a flow crosses, as recorded by an importer; empty when none. */
    public List<String> crossedBoundaries(String flowId) {
        List<String> zones = flowId == null ? null : crossedBoundaries.get(flowId);
        return zones == null ? List.of() : zones;
    }

    /** What an importer noticed in the source file and wants an author to look at; empty for the native format. */
    public List<ImportNote> importNotes() {
        return importNotes;
    }

    public Origin origin() {
        return origin;
    }

    public Optional<Asset> asset(String id) {
        return Optional.ofNullable(id == null ? null : assetsById.get(id));
    }

    public Optional<Assumption> assumption(String id) {
        return Optional.ofNullable(id == null ? null : assumptionsById.get(id));
    }

    public Optional<TrustZone> zone(String id) {
        return Optional.ofNullable(id == null ? null : zonesById.get(id));
    }

    public Optional<Element> element(String id) {
        return Optional.ofNullable(id == null ? null : elementsById.get(id));
    }

    public Optional<DataFlow> flow(String id) {
        return Optional.ofNullable(id == null ? null : flowsById.get(id));
    }

    public Optional<Threat> threat(String id) {
        return Optional.ofNullable(id == null ? null : threatsById.get(id));
    }

    /** The element or flow with this id, as a threat target. */
    public Optional<ModelItem> target(String id) {
        if (id == null) {
            return Optional.empty();
        }
        ModelItem item = elementsById.get(id);
        return Optional.ofNullable(item != null ? item : flowsById.get(id));
    }

    /** The kind of a threat target, if it exists. */
    public Optional<TargetKind> targetKind(String id) {
        Element e = id == null ? null : elementsById.get(id);
        if (e != null) {
            return Optional.of(e.targetKind());
        }
        return id != null && flowsById.containsKey(id) ? Optional.of(TargetKind.DATA_FLOW) : Optional.empty();
    }

    /** Threats aimed at the element or flow with this id, in file order. Looked up in an index built once. */
    public List<Threat> threatsOn(String targetId) {
        return targetId == null ? List.of() : threatsByTarget.getOrDefault(targetId, List.of());
    }

    /** Flows whose source is the element with this id, in file order. */
    public List<DataFlow> flowsFrom(String elementId) {
        return elementId == null ? List.of() : flowsBySource.getOrDefault(elementId, List.of());
    }

    /** Flows whose target is the element with this id, in file order. */
    public List<DataFlow> flowsTo(String elementId) {
        return elementId == null ? List.of() : flowsByTarget.getOrDefault(elementId, List.of());
    }

    /** Builds a model; lists are copied when {@link #build()} is called. */
    public static final class Builder {
        private Path file;
        private ModelFormat format;
        private String name;
        private String owner;
        private String scope;
        private String description;
        private LocalDate reviewed;
        private final List<Asset> assets = new ArrayList<>();
        private final List<SecurityObjective> objectives = new ArrayList<>();
        private final List<AttackerGoal> attackerGoals = new ArrayList<>();
        private final List<Assumption> assumptions = new ArrayList<>();
        private final List<TrustZone> zones = new ArrayList<>();
        private final List<Element> elements = new ArrayList<>();
        private final List<DataFlow> flows = new ArrayList<>();
        private final List<Threat> threats = new ArrayList<>();
        private final List<Story> stories = new ArrayList<>();
        private final List<Suppression> suppressions = new ArrayList<>();
        private final Set<FormatGap> gaps = EnumSet.noneOf(FormatGap.class);
        private final Map<String, List<String>> crossedBoundaries = new LinkedHashMap<>();
        private final List<ImportNote> importNotes = new ArrayList<>();
        private Origin origin;

        private Builder() {
        }

        public Builder file(Path value) {
            this.file = value;
            return this;
        }

        public Builder format(ModelFormat value) {
            this.format = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        public Builder scope(String value) {
            this.scope = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder reviewed(LocalDate value) {
            this.reviewed = value;
            return this;
        }

        public Builder origin(Origin value) {
            this.origin = value;
            return this;
        }

        public Builder asset(Asset value) {
            assets.add(value);
            return this;
        }

        public Builder objective(SecurityObjective value) {
            objectives.add(value);
            return this;
        }

        public Builder attackerGoal(AttackerGoal value) {
            attackerGoals.add(value);
            return this;
        }

        public Builder assumption(Assumption value) {
            assumptions.add(value);
            return this;
        }

        public Builder zone(TrustZone value) {
            zones.add(value);
            return this;
        }

        public Builder element(Element value) {
            elements.add(value);
            return this;
        }

        public Builder flow(DataFlow value) {
            flows.add(value);
            return this;
        }

        public Builder threat(Threat value) {
            threats.add(value);
            return this;
        }

        public Builder story(Story value) {
            stories.add(value);
            return this;
        }

        public Builder suppression(Suppression value) {
            suppressions.add(value);
            return this;
        }

        public Builder gap(FormatGap value) {
            gaps.add(value);
            return this;
        }

        /** Records that a flow crosses the boundary lines with these zone ids (see {@link #crossedBoundaries()}). */
        public Builder crossedBoundaries(String flowId, List<String> zoneIds) {
            if (zoneIds != null && !zoneIds.isEmpty()) {
                crossedBoundaries.put(flowId, List.copyOf(zoneIds));
            }
            return this;
        }

        public Builder importNote(ImportNote value) {
            importNotes.add(value);
            return this;
        }

        public ThreatModel build() {
            return new ThreatModel(this);
        }
    }
}
