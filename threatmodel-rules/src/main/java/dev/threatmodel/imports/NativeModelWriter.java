package dev.threatmodel.imports;

import dev.threatmodel.model.Asset;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AttackerGoal;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Keyword;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.SecurityObjective;
import dev.threatmodel.model.Story;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a model as a native {@code threatmodel.yaml}: the core of converting a Threat Dragon or Open Threat Model
 * file once and keeping the native file from then on. Ids and names stay as they were in the source. A comment at the
 * top says where the model came from and lists, for each fact the source format could not hold, what to add by hand,
 * and which flows cross a boundary drawn as a line.
 *
 * <p>The result always loads as a native model. What the native format cannot hold is written as a commented-out
 * entry with a comment saying why, so nothing is lost silently and the entry can be fixed and uncommented: a flow
 * whose source or target is not an element (a loose end in the drawing), a threat without a STRIDE category, a threat
 * aimed at something not written, an entry whose id an earlier one of its kind already has (elements and flows
 * share ids). A zone parent or element zone naming no zone, and the parent that closes a loop of zones, are left out
 * with a comment.
 *
 * <p>Whatever a companion file added to the model (docs/imports.md) is written too: assets, objectives, attacker
 * goals, assumptions, zone trust levels and assumptions, mitigation details, acceptances, stories and suppressions.
 * A story's reference to a flow, element or threat that is not written is left out with a comment.
 *
 * <p>The output depends only on the model: same model, same bytes. Line ends are {@code \n}.
 */
public final class NativeModelWriter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9 _./()-]*");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private final StringBuilder out = new StringBuilder();

    private NativeModelWriter() {
    }

    /**
     * The model as native YAML.
     *
     * @param source how to name the source in the header, such as the file's path relative to the project
     */
    public static String write(ThreatModel model, String source) {
        NativeModelWriter w = new NativeModelWriter();
        w.header(model, source);
        w.body(model);
        return w.out.toString();
    }

    private void header(ThreatModel model, String source) {
        line("# Converted from the " + model.format().title() + " file " + oneLine(source) + ".");
        line("# Ids and names are those of the source file; keep the ids, since findings and suppressions use them.");
        if (!model.gaps().isEmpty()) {
            line("#");
            line("# The source format cannot say the following; add them by hand:");
            for (FormatGap gap : FormatGap.values()) {
                if (model.lacks(gap)) {
                    line("#   - " + gap.description() + ": " + whereToAdd(gap));
                }
            }
        }
        boolean lines = false;
        for (DataFlow f : model.flows()) {
            List<String> crossed = model.crossedBoundaries(f.id());
            if (crossed.isEmpty()) {
                continue;
            }
            if (!lines) {
                line("#");
                line("# These flows cross boundaries that the source drew as lines, not as enclosing zones. This format");
                line("# knows a crossing only from the zones of a flow's two ends: put the ends into zones that show it.");
                lines = true;
            }
            StringBuilder names = new StringBuilder();
            for (String zoneId : crossed) {
                if (names.length() > 0) {
                    names.append(", ");
                }
                names.append(model.zone(zoneId).map(ModelItem::display).orElse(zoneId));
            }
            line("#   - " + oneLine(f.display()) + " crosses " + oneLine(names.toString()));
        }
    }

    private static String whereToAdd(FormatGap gap) {
        return switch (gap) {
            case ASSETS_AND_OBJECTIVES -> "'assets' and 'objectives'";
            case ASSUMPTIONS -> "'assumptions', referenced from zones, objectives and mitigations";
            case TRUST_LEVELS -> "'trustLevel' on every zone (0 to 100)";
            case STORIES -> "'stories'";
            case MITIGATION_DETAILS -> "'control', 'domain' and 'reference' on every mitigation";
            case ACCEPTANCE_DETAILS -> "'acceptance' on every accepted threat";
            case REVIEW_DATE -> "'reviewed'";
            case INTERACTION_NUMBERS -> "'number' on every flow";
        };
    }

    private void body(ThreatModel model) {
        out.append('\n');
        field(0, "name", model.name());
        field(0, "owner", model.owner());
        field(0, "scope", model.scope());
        if (model.reviewed() != null) {
            line("reviewed: " + model.reviewed());
        }
        field(0, "description", model.description());

        if (!model.assets().isEmpty()) {
            out.append('\n');
            line("assets:");
            for (Asset a : model.assets()) {
                field(1, "id", a.id());
                field(2, "name", a.name());
                keyword(2, "classification", a.classification());
                field(2, "description", a.description());
                suppressions(2, a.suppressions());
            }
        }
        if (!model.objectives().isEmpty()) {
            out.append('\n');
            line("objectives:");
            for (SecurityObjective o : model.objectives()) {
                field(1, "id", o.id());
                field(2, "name", o.name());
                field(2, "asset", o.asset());
                keywords(2, "protects", o.protects());
                field(2, "description", o.description());
                ids(2, "assumptions", o.assumptions());
                suppressions(2, o.suppressions());
            }
        }
        if (!model.attackerGoals().isEmpty()) {
            out.append('\n');
            line("attackerGoals:");
            for (AttackerGoal g : model.attackerGoals()) {
                field(1, "id", g.id());
                field(2, "name", g.name());
                field(2, "description", g.description());
                ids(2, "assets", g.assets());
                suppressions(2, g.suppressions());
            }
        }
        if (!model.assumptions().isEmpty()) {
            out.append('\n');
            line("assumptions:");
            for (Assumption a : model.assumptions()) {
                field(1, "id", a.id());
                field(2, "name", a.name());
                field(2, "text", a.text());
                keyword(2, "type", a.type());
                field(2, "owner", a.owner());
                keyword(2, "status", a.status());
                suppressions(2, a.suppressions());
            }
        }
        Set<String> zoneIds = new HashSet<>();
        model.zones().forEach(z -> zoneIds.add(z.id()));
        Set<String> onCycle = zonesOnParentCycle(model);
        if (!model.zones().isEmpty()) {
            out.append('\n');
            line("zones:");
            Set<String> written = new HashSet<>();
            for (TrustZone z : model.zones()) {
                String parent = z.parent();
                if (parent != null && !zoneIds.contains(parent)) {
                    line("  # parent " + oneLine(parent) + " of the next zone is not a zone of the source: left out");
                    parent = null;
                } else if (parent != null && onCycle.contains(z.id())) {
                    line("  # the next zone is, through its parents, its own parent in the source: parent "
                            + oneLine(parent) + " left out");
                    parent = null;
                }
                String kept = parent;
                if (written.add(z.id())) {
                    zone(z, kept);
                } else {
                    sameId(z.id());
                    commentedOut(() -> zone(z, kept));
                }
            }
        }
        // Elements and flows share one set of ids in the native format.
        Set<String> elementIds = new HashSet<>();
        if (!model.elements().isEmpty()) {
            out.append('\n');
            line("elements:");
            for (Element e : model.elements()) {
                String zone = e.zone();
                if (zone != null && !zoneIds.contains(zone)) {
                    line("  # zone " + oneLine(zone) + " of the next element is not a zone of the source: left out");
                    zone = null;
                }
                String kept = zone;
                if (elementIds.add(e.id())) {
                    element(e, kept);
                } else {
                    sameId(e.id());
                    commentedOut(() -> element(e, kept));
                }
            }
        }
        // Threats may only aim at what is written: the elements and the flows with both ends on an element.
        Set<String> targets = new HashSet<>(elementIds);
        if (!model.flows().isEmpty()) {
            out.append('\n');
            line("flows:");
            for (DataFlow f : model.flows()) {
                String problem = looseEnd(f, elementIds);
                if (targets.contains(f.id())) {
                    sameId(f.id());
                    commentedOut(() -> flow(f));
                } else if (problem == null) {
                    targets.add(f.id());
                    flow(f);
                } else {
                    line("  # left out, because " + problem + "; attach it to an element and remove the #:");
                    commentedOut(() -> flow(f));
                }
            }
        }
        Set<String> written = new HashSet<>();
        if (!model.threats().isEmpty()) {
            out.append('\n');
            line("threats:");
            for (Threat t : model.threats()) {
                if (!t.isStride()) {
                    line("  # left out, because it is not a STRIDE threat in the source"
                            + (t.otherCategory() == null ? "" : " (" + oneLine(t.otherCategory()) + ")")
                            + "; give it a 'category' and remove the #:");
                    commentedOut(() -> threat(t));
                } else if (t.target() == null || !targets.contains(t.target())) {
                    line("  # left out, because its target " + (t.target() == null ? "is missing"
                            : oneLine(t.target()) + " is not written above") + "; aim it at an element or flow"
                            + " and remove the #:");
                    commentedOut(() -> threat(t));
                } else if (!written.add(t.id())) {
                    sameId(t.id());
                    commentedOut(() -> threat(t));
                } else {
                    threat(t);
                }
            }
        }
        stories(model, elementIds, targets, written);
        if (!model.suppressions().isEmpty()) {
            out.append('\n');
            suppressions(0, model.suppressions());
        }
    }

    /** The stories, each reference kept only where it names an item written above (else the file would not load). */
    private void stories(ThreatModel model, Set<String> elementIds, Set<String> targets, Set<String> threats) {
        if (model.stories().isEmpty()) {
            return;
        }
        out.append('\n');
        line("stories:");
        for (Story st : model.stories()) {
            field(1, "id", st.id());
            keyword(2, "kind", st.kind());
            field(2, "name", st.name());
            field(2, "narrative", st.narrative());
            ids(2, "flows", kept(st.flows(), id -> targets.contains(id) && !elementIds.contains(id), "flow"));
            ids(2, "elements", kept(st.elements(), elementIds::contains, "element"));
            ids(2, "threats", kept(st.threats(), threats::contains, "threat"));
            suppressions(2, st.suppressions());
        }
    }

    private List<String> kept(List<String> ids, java.util.function.Predicate<String> written, String kind) {
        List<String> result = new java.util.ArrayList<>();
        for (String id : ids) {
            if (written.test(id)) {
                result.add(id);
            } else {
                line("    # " + kind + " " + oneLine(id) + " of the next story is not written above: left out");
            }
        }
        return result;
    }

    /** {@code key: [a, b]} when the list is not empty. */
    private void ids(int level, String key, List<String> values) {
        if (!values.isEmpty()) {
            line(indent(level) + key + ": [" + String.join(", ", values.stream().map(NativeModelWriter::scalar)
                    .toList()) + "]");
        }
    }

    private void keywords(int level, String key, List<? extends Keyword> values) {
        if (!values.isEmpty()) {
            line(indent(level) + key + ": [" + String.join(", ", values.stream().map(Keyword::keyword).toList())
                    + "]");
        }
    }

    /** The suppressions of an item whose keys are written at {@code level}. */
    private void suppressions(int level, List<Suppression> suppressions) {
        if (suppressions.isEmpty()) {
            return;
        }
        String keys = level == 0 ? "" : indent(level);
        line(keys + "suppressions:");
        for (Suppression sup : suppressions) {
            line(keys + "  - rule: " + scalar(sup.rule() == null ? "" : sup.rule()));
            line(keys + "    reason: " + scalar(sup.reason() == null ? "" : sup.reason()));
            if (sup.by() != null) {
                line(keys + "    by: " + scalar(sup.by()));
            }
            if (sup.until() != null) {
                line(keys + "    until: " + sup.until());
            }
        }
    }

    private void sameId(String id) {
        line("  # left out, because id " + oneLine(id) + " is already used above; give it an id of its own and remove"
                + " the #:");
    }

    private void zone(TrustZone z, String parent) {
        field(1, "id", z.id());
        field(2, "name", z.name());
        if (z.trustLevel() != null) {
            line("    trustLevel: " + z.trustLevel());
        }
        field(2, "parent", parent);
        keyword(2, "kind", z.kind());
        field(2, "description", z.description());
        ids(2, "assumptions", z.assumptions());
        suppressions(2, z.suppressions());
    }

    private void element(Element e, String zone) {
        field(1, "id", e.id());
        field(2, "name", e.name());
        keyword(2, "type", e.type());
        field(2, "zone", zone);
        field(2, "description", e.description());
        if (e.outOfScope()) {
            line("    outOfScope: true");
            field(2, "outOfScopeReason", e.outOfScopeReason());
        }
    }

    /** Why a flow cannot be written as a native flow, whose two ends must name elements; null when it can. */
    private static String looseEnd(DataFlow f, Set<String> elementIds) {
        for (String[] end : new String[][] {{"source", f.source()}, {"target", f.target()}}) {
            if (end[1] == null) {
                return "its " + end[0] + " is a loose end in the source";
            }
            if (!elementIds.contains(end[1])) {
                return "its " + end[0] + " " + oneLine(end[1]) + " is not an element of the source";
            }
        }
        return null;
    }

    /** The zones whose parent chain leads back to themselves. */
    private static Set<String> zonesOnParentCycle(ThreatModel model) {
        Set<String> result = new HashSet<>();
        for (TrustZone z : model.zones()) {
            Set<String> seen = new HashSet<>();
            String current = z.parent();
            while (current != null && seen.add(current)) {
                if (current.equals(z.id())) {
                    result.add(z.id());
                    break;
                }
                current = model.zone(current).map(TrustZone::parent).orElse(null);
            }
        }
        return result;
    }

    private void flow(DataFlow f) {
        field(1, "id", f.id());
        if (f.number() != null) {
            line("    number: " + f.number());
        }
        field(2, "name", f.name());
        field(2, "source", f.source());
        field(2, "target", f.target());
        if (!f.data().isEmpty()) {
            line("    data:");
            for (String d : f.data()) {
                line("      - " + scalar(d));
            }
        }
        field(2, "protocol", f.protocol());
        bool(2, "authenticated", f.authenticated());
        bool(2, "encrypted", f.encrypted());
        if (f.bidirectional()) {
            line("    bidirectional: true");
        }
    }

    private void threat(Threat t) {
        field(1, "id", t.id());
        field(2, "name", t.name());
        keyword(2, "category", t.category());
        field(2, "target", t.target());
        field(2, "description", t.description());
        keyword(2, "severity", t.severity());
        keyword(2, "status", t.status());
        if (!t.mitigations().isEmpty()) {
            line("    mitigations:");
            for (Mitigation m : t.mitigations()) {
                int before = out.length();
                field(3, "name", m.name());
                boolean named = out.length() > before;
                keyword(named ? 4 : 3, "control", m.control());
                named |= out.length() > before;
                keyword(named ? 4 : 3, "domain", m.domain());
                named |= out.length() > before;
                keyword(named ? 4 : 3, "status", m.status());
                named |= out.length() > before;
                named |= out.length() > before;
                field(named ? 4 : 3, "reference", m.reference());
                named |= out.length() > before;
                ids(named ? 4 : 3, "reliesOn", m.reliesOn());
                named |= out.length() > before;
                if (named) {
                    suppressions(4, m.suppressions());
                }
                if (out.length() == before) {
                    line(indent(3) + "{}");
                }
            }
        }
        if (t.acceptance() != null) {
            line("    acceptance:");
            field(5, "justification", t.acceptance().justification());
            field(5, "acceptedBy", t.acceptance().acceptedBy());
            if (t.acceptance().expires() != null) {
                line(indent(5) + "expires: " + t.acceptance().expires());
            }
        }
        suppressions(2, t.suppressions());
    }

    /** Runs the writer and turns every line it wrote into a comment at the same indentation. */
    private void commentedOut(Runnable write) {
        int from = out.length();
        write.run();
        String written = out.substring(from);
        out.setLength(from);
        for (String l : written.split("\n")) {
            line("  # " + l.substring(2));
        }
    }

    /**
     * Writes {@code key: value} when the value is not empty. Levels: 0 top, 1 first key of a list item, 2 further
     * keys of that item, 3 first key of a nested list item, 4 further keys of it, 5 keys of a nested mapping.
     */
    private void field(int level, String key, String value) {
        if (value == null || value.isEmpty() && level != 1) {
            return;
        }
        line(indent(level) + key + ": " + scalar(value));
    }

    private void keyword(int level, String key, Keyword value) {
        if (value != null) {
            line(indent(level) + key + ": " + value.keyword());
        }
    }

    private void bool(int level, String key, Boolean value) {
        if (value != null) {
            line(indent(level) + key + ": " + value);
        }
    }

    private static String indent(int level) {
        return switch (level) {
            case 0 -> "";
            case 1 -> "  - ";
            case 2 -> "    ";
            case 3 -> "      - ";
            case 4 -> "        ";
            default -> "      ";
        };
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** A YAML scalar: plain where that cannot be misread, else double-quoted with escapes. */
    static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ")
                && !RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
            return value;
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        b.append(c).append(value.charAt(++i));
                    } else if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || c >= 0xfffe || Character.isSurrogate(c)) {
                        // Not printable in YAML (C1 controls, a lone surrogate) or misread (line separators, BOM).
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
