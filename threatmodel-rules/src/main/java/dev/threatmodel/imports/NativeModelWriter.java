package dev.threatmodel.imports;

import dev.threatmodel.model.Asset;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Keyword;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a model as a native {@code threatmodel.yaml}: the core of converting a Threat Dragon or Open Threat Model
 * file once and keeping the native file from then on. Ids and names stay as they were in the source. A comment at the
 * top says where the model came from and lists, for each fact the source format could not hold, what to add by hand;
 * comments next to entries point out what the native format has no place for (threats that are not STRIDE, flows
 * with a loose end, flows that cross a boundary drawn as a line).
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
            }
        }
        if (!model.zones().isEmpty()) {
            out.append('\n');
            line("zones:");
            for (TrustZone z : model.zones()) {
                field(1, "id", z.id());
                field(2, "name", z.name());
                if (z.trustLevel() != null) {
                    line("    trustLevel: " + z.trustLevel());
                }
                field(2, "parent", z.parent());
                keyword(2, "kind", z.kind());
                field(2, "description", z.description());
            }
        }
        if (!model.elements().isEmpty()) {
            out.append('\n');
            line("elements:");
            for (Element e : model.elements()) {
                field(1, "id", e.id());
                field(2, "name", e.name());
                keyword(2, "type", e.type());
                field(2, "zone", e.zone());
                field(2, "description", e.description());
                if (e.outOfScope()) {
                    line("    outOfScope: true");
                    field(2, "outOfScopeReason", e.outOfScopeReason());
                }
            }
        }
        if (!model.flows().isEmpty()) {
            out.append('\n');
            line("flows:");
            for (DataFlow f : model.flows()) {
                if (f.source() == null || f.target() == null) {
                    line("  # this flow has a loose end in the source: attach it to an element");
                }
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
        }
        if (!model.threats().isEmpty()) {
            out.append('\n');
            line("threats:");
            for (Threat t : model.threats()) {
                if (!t.isStride()) {
                    line("  # not a STRIDE threat in the source"
                            + (t.otherCategory() == null ? "" : " (" + oneLine(t.otherCategory()) + ")")
                            + ": give it a STRIDE category or remove it");
                }
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
                        field(3, "name", m.name());
                        keyword(4, "control", m.control());
                        keyword(4, "domain", m.domain());
                        keyword(4, "status", m.status());
                        field(4, "reference", m.reference());
                    }
                }
                if (t.acceptance() != null) {
                    line("    acceptance:");
                    field(4, "justification", t.acceptance().justification());
                    field(4, "acceptedBy", t.acceptance().acceptedBy());
                    if (t.acceptance().expires() != null) {
                        line("      expires: " + t.acceptance().expires());
                    }
                }
            }
        }
    }

    /**
     * Writes {@code key: value} when the value is not empty. Levels: 0 top, 1 first key of a list item, 2 further
     * keys of that item, 3 first key of a nested list item, 4 further keys of it.
     */
    private void field(int level, String key, String value) {
        if (value == null || value.isEmpty() && level != 1 && level != 3) {
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
            default -> "        ";
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
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
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
