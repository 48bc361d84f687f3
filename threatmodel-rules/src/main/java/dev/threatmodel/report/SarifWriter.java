package dev.threatmodel.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodel.baseline.BaselineComparison;
import dev.threatmodel.baseline.BaselineEntry;
import dev.threatmodel.baseline.BaselineState;
import dev.threatmodel.check.CheckRequest;
import dev.threatmodel.check.CheckResult;
import dev.threatmodel.check.ShownPath;
import dev.threatmodel.check.VisibleText;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.RelatedLocation;
import dev.threatmodel.rules.Rule;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a check's result as SARIF 2.1.0 in the form GitHub code scanning accepts.
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

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Writes the SARIF file atomically: to a temporary file next to it, then moved into place. */
    public void write(CheckResult result, Path target) throws IOException {
        AtomicFiles.write(target, render(result));
    }

    /** The SARIF document as UTF-8 bytes. */
    public byte[] render(CheckResult result) {
        return toJson(result).getBytes(StandardCharsets.UTF_8);
    }

    /** The SARIF document as text, ending with a line feed. */
    public String toJson(CheckResult result) {
        ObjectNode root = document(result);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(printer);
            MAPPER.writeTree(g, root);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string failed", e);
        }
        return out + "\n";
    }

    ObjectNode document(CheckResult result) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        CheckRequest request = result.request();
        ObjectNode root = nodes.objectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ArrayNode runs = root.putArray("runs");
        ObjectNode run = runs.addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL_NAME);
        driver.put("version", request.toolVersion());
        driver.put("semanticVersion", request.toolVersion());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (Rule rule : result.rules()) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(rule(result, rule));
        }

        String category = request.sarifCategory();
        run.putObject("automationDetails").put("id", category.endsWith("/") ? category : category + "/");
        run.putArray("invocations").addObject().put("executionSuccessful", true);

        ArrayNode results = run.putArray("results");
        Map<String, Integer> occurrences = new HashMap<>();
        BaselineComparison baseline = result.baseline() == null ? null : result.baseline().comparison();
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            ObjectNode r = result(request, findings.get(i), ruleIndex, occurrences);
            if (baseline != null) {
                r.put("baselineState", baseline.stateOf(i).keyword());
            }
            results.add(r);
        }
        if (baseline != null) {
            Map<String, Integer> absentOccurrences = new HashMap<>();
            for (BaselineEntry e : baseline.fixed()) {
                results.add(absent(request, e, ruleIndex, absentOccurrences));
            }
        }
        return root;
    }

    private static ObjectNode rule(CheckResult result, Rule rule) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("id", rule.id());
        r.put("name", limit(rule.name(), 255));
        r.putObject("shortDescription").put("text", limit(rule.description(), MAX_DESCRIPTION));
        r.putObject("fullDescription").put("text", limit(fullDescription(rule), MAX_DESCRIPTION));
        ObjectNode help = r.putObject("help");
        help.put("text", rule.help() == null ? "" : rule.help());
        help.put("markdown", rule.help() == null ? "" : rule.help());
        r.putObject("defaultConfiguration").put("level", result.levelOf(rule).keyword());
        ObjectNode props = r.putObject("properties");
        props.put("security-severity", String.format(Locale.ROOT, "%.1f",
                Math.max(0.0, Math.min(10.0, rule.securitySeverity()))));
        ArrayNode tags = props.putArray("tags");
        tags.add("security");
        tags.add("threat-model");
        return r;
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

    private static ObjectNode result(CheckRequest request, Finding f, Map<String, Integer> ruleIndex,
                                     Map<String, Integer> occurrences) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            r.put("ruleIndex", index);
        }
        r.put("level", f.level().keyword());
        r.putObject("message").put("text", VisibleText.of(f.message()));
        SourceLocation at = f.location() != null ? f.location() : SourceLocation.startOf(request.modelFile());
        r.putArray("locations").addObject().set("physicalLocation", physical(request, at));
        if (!f.related().isEmpty()) {
            ArrayNode related = r.putArray("relatedLocations");
            int id = 1;
            for (RelatedLocation rl : f.related()) {
                ObjectNode loc = related.addObject();
                loc.put("id", id++);
                loc.set("physicalLocation", physical(request, rl.location()));
                loc.putObject("message").put("text", VisibleText.of(rl.message()));
            }
        }
        String identity = f.identity();
        int occurrence = occurrences.merge(identity, 1, Integer::sum);
        String hash = sha256(identity);
        ObjectNode fingerprints = r.putObject("partialFingerprints");
        fingerprints.put(FINGERPRINT_KEY, occurrence == 1 ? hash : hash + ":" + occurrence);
        fingerprints.put("primaryLocationLineHash", hash.substring(0, 16) + ":" + occurrence);
        r.put("rank", (double) f.rank());
        if (f.isSuppressed()) {
            Suppression s = f.suppression();
            ObjectNode sup = r.putArray("suppressions").addObject();
            sup.put("kind", "inSource");
            sup.put("justification", VisibleText.of(s.reason() == null ? "" : s.reason()));
            if (s.origin() != null && s.origin().at() != null) {
                sup.putObject("location").set("physicalLocation", physical(request, s.origin().at()));
            }
        }
        return r;
    }

    /** A finding of the baseline that this check no longer has: fixed, shown as a passing result. */
    private static ObjectNode absent(CheckRequest request, BaselineEntry e, Map<String, Integer> ruleIndex,
                                     Map<String, Integer> occurrences) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("ruleId", e.ruleId());
        Integer index = ruleIndex.get(e.ruleId());
        if (index != null) {
            r.put("ruleIndex", index);
        }
        r.put("kind", "pass");
        r.put("level", "none");
        r.putObject("message").put("text", VisibleText.of("Fixed since the baseline: " + e.message()));
        r.putArray("locations").addObject().set("physicalLocation",
                physical(request, SourceLocation.startOf(request.modelFile())));
        int occurrence = occurrences.merge(e.identity(), 1, Integer::sum);
        String hash = sha256(e.identity());
        ObjectNode fingerprints = r.putObject("partialFingerprints");
        fingerprints.put(FINGERPRINT_KEY, occurrence == 1 ? hash : hash + ":" + occurrence);
        fingerprints.put("primaryLocationLineHash", hash.substring(0, 16) + ":" + occurrence);
        r.put("baselineState", BaselineState.ABSENT.keyword());
        return r;
    }

    private static ObjectNode physical(CheckRequest request, SourceLocation at) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        Path file = at.file() != null ? at.file() : request.modelFile();
        p.putObject("artifactLocation").put("uri", uri(ShownPath.of(file, request.repositoryRoot())));
        ObjectNode region = p.putObject("region");
        region.put("startLine", at.line());
        region.put("startColumn", at.column());
        return p;
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
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(String.format(Locale.ROOT, "%02x", b & 0xFF));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String limit(String text, int max) {
        String t = text == null ? "" : VisibleText.of(text);
        return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
    }
}
