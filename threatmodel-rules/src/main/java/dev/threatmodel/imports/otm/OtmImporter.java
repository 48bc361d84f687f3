package dev.threatmodel.imports.otm;

import static dev.threatmodel.imports.TreePaths.originFields;

import dev.threatmodel.imports.TreePaths;
import dev.threatmodel.load.FieldReader;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.Node;
import dev.threatmodel.load.ScalarNode;
import dev.threatmodel.load.TreeModelImporter;
import dev.threatmodel.model.Asset;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Keyword;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an Open Threat Model file (JSON or YAML). Trust zones keep their trust rating as trust level and their parent;
 * components become elements whose type follows {@link #elementType(String)} and whose zone is the nearest trust zone
 * up their parent chain; dataflows become flows. Each threat instance on a component or dataflow becomes a threat on
 * it, one per STRIDE category the threat names, with the instance's state and mitigations.
 */
public final class OtmImporter implements TreeModelImporter {

    /** What Open Threat Model cannot express. It has assets, but no security objectives. */
    static final Set<FormatGap> GAPS = Set.of(FormatGap.ASSETS_AND_OBJECTIVES, FormatGap.ASSUMPTIONS,
            FormatGap.STORIES, FormatGap.MITIGATION_DETAILS, FormatGap.ACCEPTANCE_DETAILS, FormatGap.REVIEW_DATE,
            FormatGap.INTERACTION_NUMBERS);

    private static final Set<String> ENTITY_WORDS = Set.of("client", "user", "users", "actor", "browser", "external",
            "person", "human", "customer");
    private static final Set<String> STORE_WORDS = Set.of("database", "db", "datastore", "storage", "store", "bucket",
            "s3", "sql", "postgresql", "postgres", "mysql", "mssql", "mariadb", "oracle", "mongodb", "mongo", "redis",
            "cache", "dynamodb", "rds", "elasticsearch", "queue", "sqs", "file", "files", "filesystem", "blob",
            "vault", "ledger");
    private static final Set<String> AGENT_WORDS = Set.of("agent");

    @Override
    public String formatName() {
        return "Open Threat Model";
    }

    @Override
    public Set<FormatGap> gaps() {
        return GAPS;
    }

    @Override
    public boolean accepts(MapNode root) {
        return root.has("otmVersion");
    }

    @Override
    public ThreatModel read(MapNode root, Path file) throws ModelLoadException {
        return new Reading(file).read(root);
    }

    /**
     * The element type of a component type word. The word is split at every character that is not a letter or digit;
     * a part naming an agent makes an AI agent, one naming a client, user or other outside party an external entity,
     * one naming a database, store, bucket, queue, cache or file a data store; everything else is a process.
     */
    public static ElementType elementType(String type) {
        if (type == null) {
            return ElementType.PROCESS;
        }
        List<String> parts = List.of(type.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
        if (parts.stream().anyMatch(AGENT_WORDS::contains)) {
            return ElementType.AI_AGENT;
        }
        if (parts.stream().anyMatch(ENTITY_WORDS::contains)) {
            return ElementType.EXTERNAL_ENTITY;
        }
        if (parts.stream().anyMatch(STORE_WORDS::contains)) {
            return ElementType.DATA_STORE;
        }
        return ElementType.PROCESS;
    }

    /** OTM states are free words: mitigated, accepted, transferred and not-applicable are read; the rest is open. */
    static ThreatStatus status(String word) {
        if (word == null) {
            return ThreatStatus.OPEN;
        }
        return switch (word.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "")) {
            case "mitigated" -> ThreatStatus.MITIGATED;
            case "accepted" -> ThreatStatus.ACCEPTED;
            case "transferred" -> ThreatStatus.TRANSFERRED;
            case "notapplicable" -> ThreatStatus.NOT_APPLICABLE;
            default -> ThreatStatus.OPEN;
        };
    }

    private record ThreatDefinition(String id, String name, String description, List<StrideCategory> stride,
                                    List<String> others, SourceLocation categoriesAt) {
    }

    private static final class Reading {
        private final Path file;
        private final List<LoadProblem> problems = new ArrayList<>();
        private final ThreatModel.Builder model = ThreatModel.builder();
        private final Map<String, ThreatDefinition> threats = new HashMap<>();
        private final Map<String, String> mitigationNames = new HashMap<>();
        private final Set<String> threatIds = new HashSet<>();
        private final Map<MapNode, String> zoneByComponent = new IdentityHashMap<>();
        private final Map<MapNode, MapNode> parents = new IdentityHashMap<>();

        Reading(Path file) {
            this.file = file;
        }

        /** Lenient typed access to a mapping of the file, which may be null (a part the file leaves out). */
        private FieldReader in(MapNode map) {
            return FieldReader.lenient(map, "an Open Threat Model entry", problems);
        }

        ThreatModel read(MapNode root) throws ModelLoadException {
            MapNode project = in(root).map("project").orElse(null);
            model.file(file).format(ModelFormat.OPEN_THREAT_MODEL)
                    .origin(new Origin(root.location(), originFields(
                            "name", TreePaths.at(project, "name"),
                            "owner", TreePaths.at(project, "owner"),
                            "description", TreePaths.at(project, "description"))))
                    .name(in(project).words("name"))
                    .owner(in(project).words("owner"))
                    .description(in(project).words("description"));
            GAPS.forEach(model::gap);

            for (MapNode a : in(root).maps("assets")) {
                model.asset(new Asset(id(a), nameOf(a), in(a).words("description"), null, List.of(), origin(a)));
            }
            for (MapNode t : in(root).maps("threats")) {
                List<StrideCategory> stride = new ArrayList<>();
                List<String> others = new ArrayList<>();
                for (Node c : in(t).list("categories")) {
                    if (c instanceof ScalarNode s && !s.isNull() && !s.text().isBlank()) {
                        String word = s.text().strip();
                        Keyword.parse(StrideCategory.class, word.toLowerCase(Locale.ROOT).replace(' ', '-'))
                                .ifPresentOrElse(cat -> {
                                    if (!stride.contains(cat)) {
                                        stride.add(cat);
                                    }
                                }, () -> others.add(word));
                    }
                }
                String id = id(t);
                threats.putIfAbsent(id, new ThreatDefinition(id, nameOf(t), in(t).words("description"), stride,
                        others, TreePaths.at(t, "categories")));
            }
            for (MapNode m : in(root).maps("mitigations")) {
                mitigationNames.putIfAbsent(id(m), nameOf(m));
            }

            List<MapNode> zones = in(root).maps("trustZones");
            Set<String> zoneIds = new HashSet<>();
            for (MapNode z : zones) {
                zoneIds.add(id(z));
            }
            for (MapNode z : zones) {
                Double rating = in(in(z).map("risk").orElse(null)).number("trustRating");
                String parent = in(in(z).map("parent").orElse(null)).words("trustZone");
                model.zone(new TrustZone(id(z), nameOf(z), rating == null ? null : (int) Math.round(rating), parent,
                        null, in(z).words("description"), List.of(), List.of(),
                        new Origin(z.location(), originFields("name", TreePaths.at(z, "name"),
                                "trustLevel", TreePaths.at(in(z).map("risk").orElse(null), "trustRating"),
                                "parent", TreePaths.at(z, "parent"),
                                "description", TreePaths.at(z, "description")))));
            }

            List<MapNode> components = in(root).maps("components");
            Map<String, MapNode> componentsById = new HashMap<>();
            for (MapNode c : components) {
                componentsById.putIfAbsent(id(c), c);
            }
            for (MapNode c : components) {
                model.element(new Element(id(c), nameOf(c), elementType(in(c).words("type")),
                        in(c).words("description"), zoneOf(c, componentsById, zoneIds), false, null, Set.of(),
                        null, null, List.of(), new Origin(c.location(), originFields(
                                "name", TreePaths.at(c, "name"),
                                "type", TreePaths.at(c, "type"),
                                "zone", TreePaths.at(c, "parent"),
                                "description", TreePaths.at(c, "description")))));
                instances(c);
            }
            for (MapNode f : in(root).maps("dataflows")) {
                model.flow(new DataFlow(id(f), nameOf(f), null, in(f).words("source"),
                        in(f).words("destination"), List.of(), null, null, null,
                        Boolean.TRUE.equals(in(f).bool("bidirectional")), List.of(),
                        new Origin(f.location(), originFields(
                                "name", TreePaths.at(f, "name"),
                                "source", TreePaths.at(f, "source"),
                                "target", TreePaths.at(f, "destination"),
                                "bidirectional", TreePaths.at(f, "bidirectional")))));
                instances(f);
            }
            if (!problems.isEmpty()) {
                throw new ModelLoadException(problems);
            }
            return model.build();
        }

        /**
         * The nearest trust zone up the parent chain; null when the chain ends without one or loops. Each component's
         * answer is remembered for the components below it, so a chain of n components costs n steps, not n squared.
         */
        private String zoneOf(MapNode component, Map<String, MapNode> componentsById, Set<String> zoneIds) {
            List<MapNode> walked = new ArrayList<>();
            Set<MapNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            MapNode current = component;
            String zone = null;
            while (current != null && seen.add(current)) {
                if (zoneByComponent.containsKey(current)) {
                    zone = zoneByComponent.get(current);
                    break;
                }
                walked.add(current);
                MapNode parent = parentOf(current);
                zone = in(parent).words("trustZone");
                if (zone != null) {
                    break;
                }
                String up = in(parent).words("component");
                current = up == null ? null : componentsById.get(up);
            }
            for (MapNode m : walked) {
                zoneByComponent.put(m, zone);
            }
            return zone;
        }

        /** A component's parent mapping, read once (reading it again would report its problems again). */
        private MapNode parentOf(MapNode component) {
            return parents.computeIfAbsent(component, c -> in(c).map("parent").orElse(null));
        }

        private void instances(MapNode target) {
            String targetId = id(target);
            for (MapNode instance : in(target).maps("threats")) {
                String ref = in(instance).words("threat");
                ThreatDefinition def = ref == null ? null : threats.get(ref);
                String baseId = (ref == null ? "threat" : ref) + "@" + targetId;
                ThreatStatus status = status(in(instance).words("state"));
                List<Mitigation> mitigations = new ArrayList<>();
                for (MapNode m : in(instance).maps("mitigations")) {
                    String mref = in(m).words("mitigation");
                    String state = in(m).words("state");
                    mitigations.add(new Mitigation(mref, mref == null ? null : mitigationNames.getOrDefault(mref, mref),
                            null, null,
                            "implemented".equalsIgnoreCase(state) ? MitigationStatus.IMPLEMENTED
                                    : MitigationStatus.PLANNED,
                            null, List.of(), List.of(), new Origin(m.location(), originFields(
                                    "name", TreePaths.at(m, "mitigation"), "status", TreePaths.at(m, "state")))));
                }
                Origin origin = new Origin(instance.location(), originFields(
                        "name", TreePaths.at(instance, "threat"),
                        "status", TreePaths.at(instance, "state"),
                        "category", def == null ? null : def.categoriesAt(),
                        "mitigations", TreePaths.at(instance, "mitigations")));
                String name = def == null ? ref : def.name();
                String description = def == null ? null : def.description();
                String other = def == null || def.others().isEmpty() ? null : String.join(", ", def.others());
                if (def == null || def.stride().isEmpty()) {
                    model.threat(new Threat(unique(baseId), name, null, other, targetId, description, null, status,
                            mitigations, null, List.of(), origin));
                } else {
                    for (StrideCategory category : def.stride()) {
                        String id = def.stride().size() == 1 ? baseId : baseId + "/" + category.keyword();
                        model.threat(new Threat(unique(id), name, category, null, targetId, description, null,
                                status, mitigations, null, List.of(), origin));
                    }
                }
            }
        }

        private String unique(String id) {
            String result = id;
            int n = 2;
            while (!threatIds.add(result)) {
                result = id + "-" + n++;
            }
            return result;
        }

        private String id(MapNode m) {
            String id = in(m).words("id");
            if (id == null) {
                problems.add(new LoadProblem(m.location(), "this entry has no 'id'"));
                return "";
            }
            return id;
        }

        private String nameOf(MapNode m) {
            return in(m).words("name");
        }

        private static Origin origin(MapNode m) {
            return new Origin(m.location(), originFields("name", TreePaths.at(m, "name"),
                    "description", TreePaths.at(m, "description")));
        }
    }
}
