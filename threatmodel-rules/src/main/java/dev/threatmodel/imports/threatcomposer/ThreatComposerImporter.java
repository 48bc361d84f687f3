package dev.threatmodel.imports.threatcomposer;

import static dev.threatmodel.imports.TreePaths.originFields;

import dev.threatmodel.imports.TreePaths;
import dev.threatmodel.load.FieldReader;
import dev.threatmodel.load.ListNode;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.Node;
import dev.threatmodel.load.ScalarNode;
import dev.threatmodel.load.TreeModelImporter;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an AWS Threat Composer workspace export ({@code .tc.json}, {@code schema: 1}). The format has threats,
 * mitigations, assumptions and the links between them, but no diagram: its architecture and data flow are an image
 * and text. Everything it does record is checked here, and each disagreement becomes an {@link ImportNote} that a
 * TM7xx rule reports:
 *
 * <ul>
 *   <li>a link naming an assumption, mitigation or threat the file does not have
 *       ({@link ImportNote#DANGLING_REFERENCE});
 *   <li>a threat marked resolved without an implemented (resolved) mitigation, or resting on an assumption marked
 *       not valid ({@link ImportNote#INCONSISTENT_RECORD});
 *   <li>an open threat that no resolved mitigation answers ({@link ImportNote#UNANSWERED_THREAT});
 *   <li>a threat without a STRIDE category or priority ({@link ImportNote#UNCLASSIFIED_THREAT});
 *   <li>an assumption or mitigation linked to nothing ({@link ImportNote#UNLINKED_ITEM}).
 * </ul>
 *
 * <p>Mitigations become the mitigations of the threats they are linked to; assumptions linked to a mitigation become
 * what it relies on, so that an assumption with {@code valid: false} voids it (TM306 and the threat resolution).
 */
public final class ThreatComposerImporter implements TreeModelImporter {

    /** It records assumptions and threats with their mitigations' status, nothing else of {@link FormatGap}. */
    static final Set<FormatGap> GAPS = Set.of(FormatGap.DIAGRAM, FormatGap.ASSETS_AND_OBJECTIVES,
            FormatGap.TRUST_LEVELS, FormatGap.STORIES, FormatGap.MITIGATION_DETAILS, FormatGap.ACCEPTANCE_DETAILS,
            FormatGap.REVIEW_DATE, FormatGap.INTERACTION_NUMBERS);

    private static final Set<String> LISTS = Set.of("threats", "mitigations", "assumptions", "assumptionLinks",
            "mitigationLinks");

    @Override
    public String formatName() {
        return "AWS Threat Composer";
    }

    @Override
    public Set<FormatGap> gaps() {
        return GAPS;
    }

    /** A {@code schema} key beside at least one of Threat Composer's lists or its {@code applicationInfo}. */
    @Override
    public boolean accepts(MapNode root) {
        return root.has("schema") && (root.has("applicationInfo") || LISTS.stream().anyMatch(root::has));
    }

    @Override
    public ThreatModel read(MapNode root, Path file) throws ModelLoadException {
        return new Reading(file).read(root);
    }

    /** One mitigation of the file with its written status. */
    private record Control(String id, String name, String status, MapNode node) {
    }

    private static final class Reading {
        private final Path file;
        private final List<LoadProblem> problems = new ArrayList<>();
        private final ThreatModel.Builder model = ThreatModel.builder();
        private final Map<String, MapNode> assumptions = new LinkedHashMap<>();
        private final Map<String, Boolean> valid = new LinkedHashMap<>();
        private final Map<String, Control> controls = new LinkedHashMap<>();
        private final Map<String, MapNode> threats = new LinkedHashMap<>();
        private final Set<String> linkedAssumptions = new LinkedHashSet<>();
        private final Set<String> linkedControls = new LinkedHashSet<>();

        Reading(Path file) {
            this.file = file;
        }

        private FieldReader in(MapNode map) {
            return FieldReader.lenient(map, "a Threat Composer entry", problems);
        }

        ThreatModel read(MapNode root) throws ModelLoadException {
            Node schema = root.get("schema").orElse(null);
            if (!(schema instanceof ScalarNode s && "1".equals(s.text().strip()))) {
                problems.add(new LoadProblem(schema == null ? root.location() : schema.location(), "a Threat "
                        + "Composer file has 'schema: 1'; this version is not known, so it is not read"));
                throw new ModelLoadException(problems);
            }
            MapNode app = in(root).map("applicationInfo").orElse(null);
            model.file(file).format(ModelFormat.AWS_THREAT_COMPOSER)
                    .origin(new Origin(root.location(), originFields(
                            "name", TreePaths.at(app, "name"),
                            "description", TreePaths.at(app, "description"))))
                    .name(in(app).words("name"))
                    .description(in(app).words("description"));
            GAPS.forEach(model::gap);

            for (MapNode a : in(root).maps("assumptions")) {
                String id = id(a, "assumption");
                if (id != null && assumptions.putIfAbsent(id, a) != null) {
                    problems.add(new LoadProblem(TreePaths.at(a, "id"), "the assumption id '" + id
                            + "' is used twice"));
                }
                if (id != null) {
                    valid.put(id, in(a).bool("valid"));
                }
            }
            for (MapNode m : in(root).maps("mitigations")) {
                String id = id(m, "mitigation");
                if (id != null && controls.putIfAbsent(id, new Control(id, in(m).words("content"),
                        in(m).words("status"), m)) != null) {
                    problems.add(new LoadProblem(TreePaths.at(m, "id"), "the mitigation id '" + id
                            + "' is used twice"));
                }
            }
            for (MapNode t : in(root).maps("threats")) {
                String id = id(t, "threat");
                if (id != null && threats.putIfAbsent(id, t) != null) {
                    problems.add(new LoadProblem(TreePaths.at(t, "id"), "the threat id '" + id + "' is used twice"));
                }
            }
            Map<String, List<String>> controlsOfThreat = new LinkedHashMap<>();
            Map<String, List<String>> assumptionsOfThreat = new LinkedHashMap<>();
            Map<String, List<String>> assumptionsOfControl = new LinkedHashMap<>();
            for (MapNode link : in(root).maps("mitigationLinks")) {
                String control = linkEnd(link, "mitigationId", "mitigation", controls.keySet());
                String threat = linkEnd(link, "linkedId", "threat", threats.keySet());
                if (control != null && threat != null) {
                    controlsOfThreat.computeIfAbsent(threat, k -> new ArrayList<>()).add(control);
                    linkedControls.add(control);
                }
            }
            for (MapNode link : in(root).maps("assumptionLinks")) {
                String type = in(link).words("type");
                String assumption = linkEnd(link, "assumptionId", "assumption", assumptions.keySet());
                String linked;
                if ("Mitigation".equals(type)) {
                    linked = linkEnd(link, "linkedId", "mitigation", controls.keySet());
                    if (assumption != null && linked != null) {
                        assumptionsOfControl.computeIfAbsent(linked, k -> new ArrayList<>()).add(assumption);
                    }
                } else if ("Threat".equals(type)) {
                    linked = linkEnd(link, "linkedId", "threat", threats.keySet());
                    if (assumption != null && linked != null) {
                        assumptionsOfThreat.computeIfAbsent(linked, k -> new ArrayList<>()).add(assumption);
                    }
                } else {
                    problems.add(new LoadProblem(type == null ? link.location() : TreePaths.at(link, "type"),
                            "an assumption link's 'type' is 'Mitigation' or 'Threat', found "
                                    + (type == null ? "nothing" : "'" + type + "'")));
                    linked = null;
                }
                if (assumption != null && linked != null) {
                    linkedAssumptions.add(assumption);
                }
            }

            assumptions.forEach((id, a) -> model.assumption(assumption(id, a)));
            threats.forEach((id, t) -> readThreat(id, t, controlsOfThreat.getOrDefault(id, List.of()),
                    assumptionsOfThreat.getOrDefault(id, List.of()), assumptionsOfControl));
            for (Control c : controls.values()) {
                if (!linkedControls.contains(c.id)) {
                    model.importNote(new ImportNote(ImportNote.UNLINKED_ITEM, null, "mitigation " + describe(c.id,
                            c.name) + " is linked to no threat, so nothing it does is checked",
                            c.node.location()));
                }
            }
            assumptions.forEach((id, a) -> {
                if (!linkedAssumptions.contains(id)) {
                    model.importNote(new ImportNote(ImportNote.UNLINKED_ITEM, id, "assumption "
                            + describe(id, in(a).words("content")) + " is linked to no threat or mitigation, so "
                            + "nothing is known to rely on it", a.location()));
                }
            });
            if (!problems.isEmpty()) {
                throw new ModelLoadException(problems);
            }
            return model.build();
        }

        /** The entry's id; a located problem when it has none. */
        private String id(MapNode entry, String what) {
            String id = in(entry).words("id");
            if (id == null) {
                problems.add(new LoadProblem(entry.location(), "this " + what + " has no 'id', so links cannot "
                        + "name it"));
            }
            return id;
        }

        /** The id at one end of a link; null, with a note, when it names nothing of that kind. */
        private String linkEnd(MapNode link, String key, String what, Set<String> known) {
            String id = in(link).words(key);
            if (id == null) {
                problems.add(new LoadProblem(link.location(), "this link has no '" + key + "'"));
                return null;
            }
            if (!known.contains(id)) {
                model.importNote(new ImportNote(ImportNote.DANGLING_REFERENCE, null, "a link names the " + what
                        + " '" + id + "', which the file does not have", TreePaths.at(link, key)));
                return null;
            }
            return id;
        }

        private Assumption assumption(String id, MapNode a) {
            Boolean v = valid.get(id);
            AssumptionStatus status = v == null ? AssumptionStatus.UNVALIDATED
                    : v ? AssumptionStatus.VALIDATED : AssumptionStatus.REFUTED;
            String content = in(a).words("content");
            return new Assumption(id, content, content, null, null, status, List.of(), new Origin(a.location(),
                    originFields("name", TreePaths.at(a, "content"), "text", TreePaths.at(a, "content"),
                            "status", TreePaths.at(a, "valid"))));
        }

        private void readThreat(String id, MapNode t, List<String> controlIds, List<String> threatAssumptions,
                                Map<String, List<String>> assumptionsOfControl) {
            String statement = in(t).words("statement");
            String name = statement != null ? statement : grammar(t);
            String written = in(t).words("status");
            ThreatStatus status = status(written);
            List<StrideCategory> categories = new ArrayList<>();
            String priority = null;
            SourceLocation strideAt = null;
            SourceLocation priorityAt = null;
            for (MapNode meta : in(t).maps("metadata")) {
                String key = in(meta).words("key");
                if ("STRIDE".equals(key)) {
                    strideAt = TreePaths.at(meta, "value");
                    Node value = meta.get("value").orElse(null);
                    List<Node> letters = value instanceof ListNode l ? l.items()
                            : value == null ? List.of() : List.of(value);
                    for (Node letter : letters) {
                        StrideCategory c = letter instanceof ScalarNode s ? stride(s.text()) : null;
                        if (c == null) {
                            String found = letter instanceof ScalarNode s ? "'" + s.text() + "'"
                                    : letter.kindInWords();
                            problems.add(new LoadProblem(letter.location(), "a STRIDE entry is one of the letters"
                                    + " S, T, R, I, D, E, found " + found));
                        } else if (!categories.contains(c)) {
                            categories.add(c);
                        }
                    }
                } else if ("Priority".equals(key)) {
                    priorityAt = TreePaths.at(meta, "value");
                    priority = in(meta).words("value");
                }
            }
            Severity severity = priority == null ? null : Keyword.parse(Severity.class, priority).orElse(null);
            if (categories.isEmpty() || severity == null) {
                String missing = categories.isEmpty() && severity == null
                        ? "has neither a STRIDE category nor a priority"
                        : categories.isEmpty() ? "has no STRIDE category" : "has no priority (High, Medium or Low)";
                model.importNote(new ImportNote(ImportNote.UNCLASSIFIED_THREAT, null, "threat "
                        + describe(id, name) + " " + missing + ", so it cannot be weighed or matched"
                        + " to what it threatens", t.location()));
            }

            List<Control> answers = controlIds.stream().map(controls::get).toList();
            List<Control> resolved = answers.stream().filter(c -> "mitigationResolved".equals(c.status)).toList();
            List<String> refuted = new ArrayList<>(threatAssumptions.stream()
                    .filter(a -> Boolean.FALSE.equals(valid.get(a))).toList());
            if (status == ThreatStatus.MITIGATED && resolved.isEmpty()) {
                model.importNote(new ImportNote(ImportNote.INCONSISTENT_RECORD, null, "threat " + describe(id, name)
                        + " is marked resolved, but " + (answers.isEmpty() ? "no mitigation is linked to it"
                        : "none of its mitigations is resolved"), at(t, "status")));
            }
            if (status != ThreatStatus.OPEN && !refuted.isEmpty()) {
                model.importNote(new ImportNote(ImportNote.INCONSISTENT_RECORD, null, "threat " + describe(id, name)
                        + " is marked " + written + ", but rests on the assumption "
                        + describe(refuted.get(0), in(assumptions.get(refuted.get(0))).words("content"))
                        + ", which is marked not valid", at(t, "status")));
            }
            if (status == ThreatStatus.OPEN && resolved.isEmpty()) {
                model.importNote(new ImportNote(ImportNote.UNANSWERED_THREAT, null, "threat " + describe(id, name)
                        + " is open and " + (answers.isEmpty() ? "no mitigation is linked to it"
                        : "none of its " + answers.size() + " linked mitigations is resolved (identified, in "
                        + "progress or will not action)"), t.location()));
            }

            List<StrideCategory> each = categories.isEmpty() ? java.util.Collections.singletonList(null) : categories;
            for (StrideCategory category : each) {
                String threatId = each.size() == 1 ? id : id + "/" + category.keyword();
                List<Mitigation> mitigations = new ArrayList<>();
                for (Control c : answers) {
                    mitigations.add(mitigation(c, threatId, assumptionsOfControl.getOrDefault(c.id, List.of())));
                }
                model.threat(new Threat(threatId, name, category, category == null ? "unclassified" : null, null,
                        grammar(t), severity, status, mitigations, null, List.of(), new Origin(t.location(),
                                originFields("name", TreePaths.at(t, statement != null ? "statement" : "threatAction"),
                                        "status", TreePaths.at(t, "status"), "category", strideAt,
                                        "severity", priorityAt))));
            }
        }

        private Mitigation mitigation(Control c, String threatId, List<String> reliesOn) {
            MitigationStatus status = "mitigationResolved".equals(c.status) ? MitigationStatus.IMPLEMENTED
                    : MitigationStatus.PLANNED;
            String name = "mitigationResolvedWillNotAction".equals(c.status) && c.name != null
                    ? c.name + " (will not action)" : c.name;
            return new Mitigation(c.id + "@" + threatId, name, null, null, status, null, reliesOn, List.of(),
                    new Origin(c.node.location(), originFields("name", TreePaths.at(c.node, "content"),
                            "status", TreePaths.at(c.node, "status"))));
        }

        private SourceLocation at(MapNode entry, String key) {
            SourceLocation at = TreePaths.at(entry, key);
            return at == null ? entry.location() : at;
        }

        /** The threat grammar's sentence from its parts, where the file gives no statement. */
        private String grammar(MapNode t) {
            List<String> parts = new ArrayList<>();
            for (String key : List.of("threatSource", "prerequisites", "threatAction", "threatImpact")) {
                String s = in(t).words(key);
                if (s != null) {
                    parts.add(s);
                }
            }
            return parts.isEmpty() ? null : String.join(" ", parts);
        }
    }

    /**
     * Threat Composer's threat status: {@code threatResolved} is mitigated, {@code threatResolvedNotUseful} not
     * applicable; {@code threatIdentified}, a missing or an unknown status are open.
     */
    static ThreatStatus status(String word) {
        if (word == null) {
            return ThreatStatus.OPEN;
        }
        return switch (word) {
            case "threatResolved" -> ThreatStatus.MITIGATED;
            case "threatResolvedNotUseful" -> ThreatStatus.NOT_APPLICABLE;
            default -> ThreatStatus.OPEN;
        };
    }

    static StrideCategory stride(String letter) {
        return switch (letter.strip()) {
            case "S" -> StrideCategory.SPOOFING;
            case "T" -> StrideCategory.TAMPERING;
            case "R" -> StrideCategory.REPUDIATION;
            case "I" -> StrideCategory.INFORMATION_DISCLOSURE;
            case "D" -> StrideCategory.DENIAL_OF_SERVICE;
            case "E" -> StrideCategory.ELEVATION_OF_PRIVILEGE;
            default -> null;
        };
    }

    private static String describe(String id, String name) {
        if (name == null) {
            return id;
        }
        String shown = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        return id + " \"" + shown.replace('\n', ' ') + "\"";
    }
}
