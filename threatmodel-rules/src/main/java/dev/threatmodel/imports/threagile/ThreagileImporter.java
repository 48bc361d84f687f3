package dev.threatmodel.imports.threagile;

import static dev.threatmodel.imports.TreePaths.originFields;

import dev.threatmodel.imports.TreePaths;
import dev.threatmodel.load.FieldReader;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelSource;
import dev.threatmodel.load.Node;
import dev.threatmodel.load.TreeModelImporter;
import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.Asset;
import dev.threatmodel.model.DataClassification;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Threagile model (YAML). Technical assets become elements by their {@code type}, trust boundaries become
 * zones holding their {@code technical_assets_inside} and nesting through {@code trust_boundaries_nested} (so a link
 * between assets of different boundaries crosses them), communication links become flows from the asset they are
 * written under, data assets become assets. Threagile computes its own risks, which are not recomputed here; the
 * risks its {@code risk_tracking} records become threats where their id names a technical asset or a communication
 * link, with the tracked status.
 */
public final class ThreagileImporter implements TreeModelImporter {

    /** It has data assets (without objectives) and a model date; none of the other facts. */
    static final Set<FormatGap> GAPS = Set.of(FormatGap.ASSETS_AND_OBJECTIVES, FormatGap.ASSUMPTIONS,
            FormatGap.TRUST_LEVELS, FormatGap.STORIES, FormatGap.MITIGATION_DETAILS, FormatGap.ACCEPTANCE_DETAILS,
            FormatGap.INTERACTION_NUMBERS);

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^threagile_version\\s*:");

    private static final Set<String> ENCRYPTED = Set.of("https", "wss", "ssh", "ldaps", "sftp", "ftps", "smtp-encrypted",
            "pop3-encrypted", "imap-encrypted", "jdbc-encrypted", "odbc-encrypted", "sql-access-protocol-encrypted",
            "nosql-access-protocol-encrypted", "binary-encrypted", "text-encrypted", "iiop-encrypted",
            "jrmp-encrypted", "reverse-proxy-web-protocol-encrypted");
    private static final Set<String> PLAIN = Set.of("http", "ws", "ldap", "ftp", "telnet", "smtp", "pop3", "imap",
            "jdbc", "odbc", "sql-access-protocol", "nosql-access-protocol", "binary", "text", "iiop", "jrmp", "nfs",
            "smb", "mqtt", "reverse-proxy-web-protocol");

    @Override
    public String formatName() {
        return "Threagile";
    }

    @Override
    public Set<FormatGap> gaps() {
        return GAPS;
    }

    /** {@code threagile_version}, or {@code technical_assets} beside {@code trust_boundaries} or {@code data_assets}. */
    @Override
    public boolean accepts(MapNode root) {
        return root.has("threagile_version")
                || root.has("technical_assets") && (root.has("trust_boundaries") || root.has("data_assets"));
    }

    /**
     * Also a YAML file that its merge keys ({@code <<: *anchor}, which Threagile's own example uses and the native
     * format refuses) kept from parsing, when a line starts with {@code threagile_version:}.
     */
    @Override
    public boolean recognises(ModelSource source) {
        MapNode root = source.rootMapping();
        if (root != null) {
            return accepts(root);
        }
        return !source.looksLikeXml() && !source.text().looksLikeJson()
                && VERSION_LINE.matcher(source.text().text()).find();
    }

    @Override
    public ThreatModel read(ModelSource source) throws ModelLoadException {
        MapNode root = source.rootMapping();
        if (root == null) {
            Node tree = source.treeWithMergeKeys();
            if (!(tree instanceof MapNode m)) {
                throw new ModelLoadException(new LoadProblem(tree.location(), "a Threagile model holds a mapping "
                        + "at its top, found " + tree.kindInWords()));
            }
            root = m;
        }
        return read(root, source.file());
    }

    @Override
    public ThreatModel read(MapNode root, Path file) throws ModelLoadException {
        return new Reading(file).read(root);
    }

    private static final class Reading {
        private final Path file;
        private final List<LoadProblem> problems = new ArrayList<>();
        private final ThreatModel.Builder model = ThreatModel.builder();
        private final Map<String, String> zoneOfAsset = new HashMap<>();
        private final Map<String, SourceLocation> assetIds = new LinkedHashMap<>();
        private final Set<String> flowIds = new LinkedHashSet<>();

        Reading(Path file) {
            this.file = file;
        }

        private FieldReader in(MapNode map) {
            return FieldReader.lenient(map, "a Threagile entry", problems);
        }

        ThreatModel read(MapNode root) throws ModelLoadException {
            MapNode author = in(root).map("author").orElse(null);
            MapNode overview = in(root).map("business_overview").orElse(null);
            LocalDate date = in(root).date("date");
            model.file(file).format(ModelFormat.THREAGILE)
                    .origin(new Origin(root.location(), originFields(
                            "name", TreePaths.at(root, "title"),
                            "owner", TreePaths.at(author, "name"),
                            "reviewed", TreePaths.at(root, "date"),
                            "description", TreePaths.at(overview, "description"))))
                    .name(in(root).words("title"))
                    .owner(in(author).words("name"))
                    .description(in(overview).words("description"))
                    .reviewed(date);
            GAPS.forEach(model::gap);
            if (date == null) {
                model.gap(FormatGap.REVIEW_DATE);
            }

            for (Map.Entry<String, MapNode> e : entries(root, "data_assets").entrySet()) {
                dataAsset(e.getKey(), e.getValue());
            }
            Map<String, MapNode> boundaries = entries(root, "trust_boundaries");
            Map<String, String> parentOf = new HashMap<>();
            Map<String, String> boundaryIds = new LinkedHashMap<>();
            for (Map.Entry<String, MapNode> e : boundaries.entrySet()) {
                String id = id(e.getValue(), "trust boundary");
                if (id == null) {
                    continue;
                }
                boundaryIds.put(e.getKey(), id);
                for (FieldReader.Located inside : in(e.getValue()).locatedStrings("technical_assets_inside")) {
                    String earlier = zoneOfAsset.putIfAbsent(inside.value(), id);
                    if (earlier != null && !earlier.equals(id)) {
                        problems.add(new LoadProblem(inside.location(), "the technical asset '" + inside.value()
                                + "' is already inside the trust boundary '" + earlier + "'; an asset sits in one"
                                + " boundary, and boundaries nest through trust_boundaries_nested"));
                    }
                }
                for (FieldReader.Located nested : in(e.getValue()).locatedStrings("trust_boundaries_nested")) {
                    String earlier = parentOf.putIfAbsent(nested.value(), id);
                    if (earlier != null && !earlier.equals(id)) {
                        problems.add(new LoadProblem(nested.location(), "the trust boundary '" + nested.value()
                                + "' is already nested in '" + earlier + "'; a boundary has one parent"));
                    }
                }
            }
            Set<String> known = new LinkedHashSet<>(boundaryIds.values());
            for (Map.Entry<String, MapNode> e : boundaries.entrySet()) {
                String id = boundaryIds.get(e.getKey());
                if (id == null) {
                    continue;
                }
                MapNode b = e.getValue();
                model.zone(new TrustZone(id, e.getKey(), null, parentOf.get(id), null,
                        in(b).words("description"), List.of(), List.of(), new Origin(b.location(), originFields(
                                "name", b.fields().get(e.getKey()) == null ? null : null,
                                "description", TreePaths.at(b, "description"),
                                "parent", TreePaths.at(b, "trust_boundaries_nested")))));
            }
            for (Map.Entry<String, MapNode> e : boundaries.entrySet()) {
                String id = boundaryIds.get(e.getKey());
                Set<String> seen = new LinkedHashSet<>();
                for (String at = id; at != null; at = parentOf.get(at)) {
                    if (!seen.add(at)) {
                        problems.add(new LoadProblem(e.getValue().location(), "the trust boundary '" + id
                                + "' ends up nested in itself (" + String.join(" in ", seen) + " in " + at + ")"));
                        break;
                    }
                }
            }
            parentOf.forEach((child, parent) -> {
                if (!known.contains(child)) {
                    problems.add(new LoadProblem(boundaries.get(nameOf(boundaryIds, parent)).location(),
                            "trust_boundaries_nested names '" + child + "', which is no trust boundary's id"));
                }
            });

            Map<String, MapNode> assets = entries(root, "technical_assets");
            Map<String, String> assetIdByName = new LinkedHashMap<>();
            for (Map.Entry<String, MapNode> e : assets.entrySet()) {
                String id = id(e.getValue(), "technical asset");
                if (id != null) {
                    assetIdByName.put(e.getKey(), id);
                    assetIds.put(id, e.getValue().location());
                    model.element(element(id, e.getKey(), e.getValue()));
                }
            }
            zoneOfAsset.keySet().stream().filter(a -> !assetIds.containsKey(a)).sorted().forEach(a ->
                    problems.add(new LoadProblem(root.location(), "technical_assets_inside names '" + a
                            + "', which is no technical asset's id")));
            for (Map.Entry<String, MapNode> e : assets.entrySet()) {
                String source = assetIdByName.get(e.getKey());
                if (source == null) {
                    continue;
                }
                for (Map.Entry<String, MapNode> link : entries(e.getValue(), "communication_links").entrySet()) {
                    model.flow(flow(source, link.getKey(), link.getValue()));
                }
            }
            for (Map.Entry<String, MapNode> e : entries(root, "risk_tracking").entrySet()) {
                Threat t = trackedRisk(e.getKey(), e.getValue());
                if (t != null) {
                    model.threat(t);
                }
            }
            if (!problems.isEmpty()) {
                throw new ModelLoadException(problems);
            }
            return model.build();
        }

        private static String nameOf(Map<String, String> ids, String id) {
            return ids.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst()
                    .orElse(null);
        }

        /** A mapping of titles to entries; entries that are not mappings are reported. */
        private Map<String, MapNode> entries(MapNode parent, String key) {
            Map<String, MapNode> result = new LinkedHashMap<>();
            MapNode map = in(parent).map(key).orElse(null);
            if (map == null) {
                return result;
            }
            for (MapNode.Field f : map.fields().values()) {
                if (f.value() instanceof MapNode m) {
                    result.put(f.key(), m);
                } else {
                    problems.add(new LoadProblem(f.value().location(), "'" + f.key() + "' under '" + key
                            + "' must be a mapping, found " + f.value().kindInWords()));
                }
            }
            return result;
        }

        private String id(MapNode entry, String what) {
            String id = in(entry).words("id");
            if (id == null) {
                problems.add(new LoadProblem(entry.location(), "this " + what + " has no 'id'"));
            }
            return id;
        }

        private void dataAsset(String title, MapNode a) {
            String id = id(a, "data asset");
            if (id == null) {
                return;
            }
            String confidentiality = in(a).words("confidentiality");
            DataClassification classification = confidentiality == null ? null
                    : switch (confidentiality) {
                        case "public" -> DataClassification.PUBLIC;
                        case "internal" -> DataClassification.INTERNAL;
                        case "restricted" -> DataClassification.RESTRICTED;
                        case "confidential", "strictly-confidential" -> DataClassification.CONFIDENTIAL;
                        default -> null;
                    };
            String description = in(a).words("description");
            String cia = "confidentiality " + confidentiality + ", integrity " + in(a).words("integrity")
                    + ", availability " + in(a).words("availability");
            model.asset(new Asset(id, title, description == null ? cia : description + " (" + cia + ")",
                    classification, List.of(), new Origin(a.location(), originFields(
                            "description", TreePaths.at(a, "description"),
                            "classification", TreePaths.at(a, "confidentiality")))));
        }

        private Element element(String id, String title, MapNode a) {
            String type = in(a).words("type");
            ElementType elementType = type == null ? ElementType.PROCESS : switch (type) {
                case "external-entity" -> ElementType.EXTERNAL_ENTITY;
                case "datastore" -> ElementType.DATA_STORE;
                default -> ElementType.PROCESS;
            };
            boolean outOfScope = Boolean.TRUE.equals(in(a).bool("out_of_scope"));
            in(a).bool("internet");
            String description = in(a).words("description");
            return new Element(id, title, elementType, description, zoneOfAsset.get(id), outOfScope,
                    outOfScope ? in(a).words("justification_out_of_scope") : null, Set.of(), null, null, List.of(),
                    new Origin(a.location(), originFields(
                            "description", TreePaths.at(a, "description"),
                            "type", TreePaths.at(a, "type"),
                            "outOfScope", TreePaths.at(a, "out_of_scope"),
                            "outOfScopeReason", TreePaths.at(a, "justification_out_of_scope"))));
        }

        private DataFlow flow(String source, String title, MapNode link) {
            String id = source + ">" + slug(title);
            if (!flowIds.add(id)) {
                problems.add(new LoadProblem(link.location(), "a second communication link of '" + source
                        + "' has the id '" + id + "'"));
            }
            String target = in(link).words("target");
            if (target == null) {
                problems.add(new LoadProblem(link.location(), "this communication link has no 'target'"));
            }
            String protocol = in(link).words("protocol");
            Boolean encrypted = protocol == null ? null : ENCRYPTED.contains(protocol) ? Boolean.TRUE
                    : PLAIN.contains(protocol) ? Boolean.FALSE : null;
            String authentication = in(link).words("authentication");
            Boolean authenticated = authentication == null ? null : !"none".equals(authentication);
            in(link).bool("vpn");
            in(link).bool("readonly");
            List<String> data = new ArrayList<>(in(link).strings("data_assets_sent"));
            for (String received : in(link).strings("data_assets_received")) {
                if (!data.contains(received)) {
                    data.add(received);
                }
            }
            return new DataFlow(id, title, null, source, target, data, protocol, authenticated, encrypted, false,
                    List.of(), new Origin(link.location(), originFields(
                            "target", TreePaths.at(link, "target"),
                            "protocol", TreePaths.at(link, "protocol"),
                            "authenticated", TreePaths.at(link, "authentication"),
                            "encrypted", TreePaths.at(link, "protocol"),
                            "data", TreePaths.at(link, "data_assets_sent"))));
        }

        /**
         * A tracked risk as a threat on the asset or link its id names ({@code category@asset},
         * {@code category@link-source>link-title@...}, parts may be {@code *}); null when it names neither.
         */
        private Threat trackedRisk(String key, MapNode tracking) {
            String[] parts = key.split("@");
            String target = null;
            for (int i = parts.length - 1; i >= 1 && target == null; i--) {
                if (flowIds.contains(parts[i])) {
                    target = parts[i];
                }
            }
            for (int i = parts.length - 1; i >= 1 && target == null; i--) {
                if (assetIds.containsKey(parts[i])) {
                    target = parts[i];
                }
            }
            if (target == null) {
                return null;
            }
            String word = in(tracking).words("status");
            ThreatStatus status = status(word);
            String justification = in(tracking).words("justification");
            String checkedBy = in(tracking).words("checked_by");
            in(tracking).date("date");
            SourceLocation at = TreePaths.at(tracking, "justification");
            List<Mitigation> mitigations = new ArrayList<>();
            if (status == ThreatStatus.MITIGATED && justification != null) {
                mitigations.add(new Mitigation(key + "-mitigation", justification, null, null,
                        MitigationStatus.IMPLEMENTED, in(tracking).words("ticket"), List.of(), List.of(),
                        new Origin(at, Map.of("name", at))));
            }
            Acceptance acceptance = status == ThreatStatus.ACCEPTED
                    ? new Acceptance(justification, checkedBy, null, new Origin(tracking.location(), originFields(
                            "justification", at, "acceptedBy", TreePaths.at(tracking, "checked_by"))))
                    : null;
            return new Threat(key, parts[0].replace('-', ' '), null, parts[0], target, justification, null, status,
                    mitigations, acceptance, List.of(), new Origin(tracking.location(), originFields(
                            "status", TreePaths.at(tracking, "status"),
                            "mitigations", at)));
        }
    }

    /**
     * Threagile's tracking status: {@code mitigated} mitigated, {@code accepted} accepted, {@code false-positive} not
     * applicable; {@code in-progress}, {@code in-discussion}, {@code unchecked}, a missing or unknown status open.
     */
    static ThreatStatus status(String word) {
        if (word == null) {
            return ThreatStatus.OPEN;
        }
        return switch (word) {
            case "mitigated" -> ThreatStatus.MITIGATED;
            case "accepted" -> ThreatStatus.ACCEPTED;
            case "false-positive" -> ThreatStatus.NOT_APPLICABLE;
            default -> ThreatStatus.OPEN;
        };
    }

    /** Threagile's id of a title: lower case, spaces as dashes, only letters, digits and dashes kept. */
    static String slug(String title) {
        StringBuilder b = new StringBuilder();
        for (char c : title.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isWhitespace(c)) {
                b.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
