package dev.threatmodel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.threatmodel.baseline.BaselineEntry;
import dev.threatmodel.baseline.BaselineState;
import dev.threatmodel.text.ShownPath;
import dev.threatmodel.text.VisibleText;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RelatedLocation;
import dev.threatmodel.rules.Rule;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Writes a check's findings ({@link SarifInput}) as SARIF 2.1.0 in the form GitHub code scanning accepts.
 *
 * <ul>
 *   <li>One run; the driver lists every rule that ran, with or without results, at its configured level, with
 *       {@code security-severity} as a string and the tags {@code security} and {@code threat-model}.</li>
 *   <li>Each result has exactly one location; its {@code uri} is relative to the repository root with {@code /}
 *       between names (never absolute), and line and column are 1-based. Related places follow as
 *       {@code relatedLocations}.</li>
 *   <li>{@code partialFingerprints} come from the finding's identity (rule id and the ids of the parts of the model
 *       it concerns), not from line numbers or text: an alert stays the same alert when lines move or messages are
 *       reworded. {@code threatmodelFindingHash/v1} is the SHA-256 of the identity; {@code primaryLocationLineHash}
 *       is its first 16 hex digits followed by {@code :n}, the occurrence of that identity (1 unless a rule reports
 *       the same subject twice).</li>
 *   <li>A suppressed finding is kept with {@code suppressions: [{kind: inSource, justification}]}.</li>
 *   <li>With a baseline, every result carries {@code baselineState} ({@code new}, {@code unchanged},
 *       {@code updated}), and each finding of the baseline that is gone follows as a result with
 *       {@code baselineState: absent}, {@code kind: pass} and {@code level: none} (fixed, not an alert), at the top
 *       of the model file. Without a baseline no result has a {@code baselineState}.</li>
 *   <li>{@code automationDetails.id} is the category followed by {@code /}, so that each module of a build can
 *       upload its own run.</li>
 *   <li>The output holds no time stamps or absolute paths, is pretty-printed with two spaces and {@code \n}, and is
 *       the same bytes for the same input.</li>
 * </ul>
 */
public final class SarifWriter {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String TOOL_NAME = "threatmodel";
    public static final String INFORMATION_URI = "https://github.com/threatmodel-maven-plugin/threatmodel-maven-plugin";
    public static final String FINGERPRINT_KEY = "threatmodelFindingHash/v1";
    static final int MAX_DESCRIPTION = 1024;

    /** jackson-core alone: the document is streamed, so no databind class loads to write it. */
    private static final JsonFactory JSON = new JsonFactory();
    private static final MessageDigest SHA_256 = newSha256();
    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    /** Writes the SARIF file atomically: to a temporary file next to it, then moved into place. */
    public void write(SarifInput input, Path target) throws IOException {
        AtomicFiles.write(target, render(input));
    }

    /** The SARIF document as UTF-8 bytes. */
    public byte[] render(SarifInput input) {
        return toJson(input).getBytes(StandardCharsets.UTF_8);
    }

    /** The SARIF document as text, ending with a line feed. */
    public String toJson(SarifInput input) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            document(g, input);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string failed", e);
        }
        return out + "\n";
    }

    /** Two spaces and {@code \n} for objects and arrays, {@code ": "} between a name and its value. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static void document(JsonGenerator g, SarifInput input) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA_URI);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();

        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", TOOL_NAME);
        g.writeStringField("version", input.toolVersion());
        g.writeStringField("semanticVersion", input.toolVersion());
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        int position = 0;
        for (SarifInput.ConfiguredRule configured : input.rules()) {
            ruleIndex.put(configured.rule().id(), position++);
            rule(g, configured.rule(), configured.level());
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();

        String category = input.category();
        g.writeObjectFieldStart("automationDetails");
        g.writeStringField("id", category.endsWith("/") ? category : category + "/");
        g.writeEndObject();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeEndObject();
        g.writeEndArray();

        g.writeArrayFieldStart("results");
        Map<String, Integer> occurrences = new HashMap<>();
        List<Finding> findings = input.findings();
        for (int i = 0; i < findings.size(); i++) {
            result(g, input, findings.get(i), ruleIndex, occurrences,
                    input.hasBaseline() ? input.baselineStates().get(i) : null);
        }
        if (input.hasBaseline()) {
            Map<String, Integer> absentOccurrences = new HashMap<>();
            for (BaselineEntry e : input.fixed()) {
                absent(g, input, e, ruleIndex, absentOccurrences);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void rule(JsonGenerator g, Rule rule, Level level) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("name", limit(rule.name(), 255));
        textObject(g, "shortDescription", limit(rule.description(), MAX_DESCRIPTION));
        textObject(g, "fullDescription", limit(fullDescription(rule), MAX_DESCRIPTION));
        g.writeObjectFieldStart("help");
        g.writeStringField("text", rule.help() == null ? "" : rule.help());
        g.writeStringField("markdown", rule.help() == null ? "" : rule.help());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level.keyword());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("security-severity", securitySeverity(rule.securitySeverity()));
        g.writeArrayFieldStart("tags");
        g.writeString("security");
        g.writeString("threat-model");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** {@code "name": {"text": text}}. */
    private static void textObject(JsonGenerator g, String name, String text) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /** The rule's sentence, then the first paragraph of its help when that says more. */
    private static String fullDescription(Rule rule) {
        String description = rule.description() == null ? "" : rule.description().trim();
        String help = rule.help() == null ? "" : rule.help().trim();
        int end = help.indexOf("\n\n");
        String first = (end < 0 ? help : help.substring(0, end)).trim();
        if (first.isEmpty() || first.startsWith("#") || first.equals(description)) {
            return description;
        }
        return description + " " + first.replace('\n', ' ');
    }

    private static void result(JsonGenerator g, SarifInput input, Finding f, Map<String, Integer> ruleIndex,
                               Map<String, Integer> occurrences, BaselineState state) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            g.writeNumberField("ruleIndex", index.intValue());
        }
        g.writeStringField("level", f.level().keyword());
        textObject(g, "message", VisibleText.of(f.message()));
        SourceLocation at = f.location() != null ? f.location() : SourceLocation.startOf(input.modelFile());
        locations(g, input, at);
        if (!f.related().isEmpty()) {
            g.writeArrayFieldStart("relatedLocations");
            int id = 1;
            for (RelatedLocation rl : f.related()) {
                g.writeStartObject();
                g.writeNumberField("id", id++);
                physical(g, input, rl.location());
                textObject(g, "message", VisibleText.of(rl.message()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        fingerprints(g, f.identity(), occurrences);
        g.writeNumberField("rank", (double) f.rank());
        if (f.isSuppressed()) {
            Suppression s = f.suppression();
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "inSource");
            g.writeStringField("justification", VisibleText.of(s.reason() == null ? "" : s.reason()));
            if (s.origin() != null && s.origin().at() != null) {
                g.writeObjectFieldStart("location");
                physical(g, input, s.origin().at());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndArray();
        }
        if (state != null) {
            g.writeStringField("baselineState", state.keyword());
        }
        g.writeEndObject();
    }

    /** A finding of the baseline that this check no longer has: fixed, shown as a passing result. */
    private static void absent(JsonGenerator g, SarifInput input, BaselineEntry e, Map<String, Integer> ruleIndex,
                               Map<String, Integer> occurrences) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", e.ruleId());
        Integer index = ruleIndex.get(e.ruleId());
        if (index != null) {
            g.writeNumberField("ruleIndex", index.intValue());
        }
        g.writeStringField("kind", "pass");
        g.writeStringField("level", "none");
        textObject(g, "message", VisibleText.of("Fixed since the baseline: " + e.message()));
        locations(g, input, SourceLocation.startOf(input.modelFile()));
        fingerprints(g, e.identity(), occurrences);
        g.writeStringField("baselineState", BaselineState.ABSENT.keyword());
        g.writeEndObject();
    }

    /** {@code "locations": [{"physicalLocation": ...}]}: exactly one. */
    private static void locations(JsonGenerator g, SarifInput input, SourceLocation at) throws IOException {
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        physical(g, input, at);
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void fingerprints(JsonGenerator g, String identity, Map<String, Integer> occurrences)
            throws IOException {
        int occurrence = occurrences.merge(identity, 1, Integer::sum);
        String hash = sha256(identity);
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, occurrence == 1 ? hash : hash + ":" + occurrence);
        g.writeStringField("primaryLocationLineHash", hash.substring(0, 16) + ":" + occurrence);
        g.writeEndObject();
    }

    /** {@code "physicalLocation": {"artifactLocation": {"uri": ...}, "region": {startLine, startColumn}}}. */
    private static void physical(JsonGenerator g, SarifInput input, SourceLocation at) throws IOException {
        Path file = at.file() != null ? at.file() : input.modelFile();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(ShownPath.of(file, input.repositoryRoot())));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", at.line());
        g.writeNumberField("startColumn", at.column());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Percent-encodes what a relative URI reference cannot hold as is; {@code /} stays a separator. */
    static String uri(String relativePath) {
        StringBuilder out = new StringBuilder();
        for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~/!$&'()*+,;=@".indexOf(c) >= 0;
            if (plain) {
                out.append((char) c);
            } else {
                out.append('%').append(UPPER_HEX.toHexDigits((byte) c));
            }
        }
        return out.toString();
    }

    /**
     * A rule's security severity as GitHub reads it: a string with one decimal, clamped to 0..10 (rounded half up,
     * as {@code %.1f} would, without a {@code Formatter}, which costs more than the rest of a rule's entry).
     */
    static String securitySeverity(double severity) {
        double clamped = Math.max(0.0, Math.min(10.0, severity));
        return BigDecimal.valueOf(clamped).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Lower-case hex SHA-256 of the UTF-8 text; a fresh copy of one digest per call (a provider look-up is slow). */
    static String sha256(String text) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            digest = newSha256();
        }
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String limit(String text, int max) {
        String t = text == null ? "" : VisibleText.of(text);
        return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
    }
}
