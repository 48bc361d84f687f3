package dev.threatmodel.baseline;

import dev.threatmodel.load.FieldReader;
import dev.threatmodel.load.LoadLimits;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.load.Node;
import dev.threatmodel.rules.Level;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The committed baseline file ({@code threatmodel-baseline.yaml}): the findings a team accepted when it turned the
 * check on, one entry per finding with its rule, identity, level, message and the day it was recorded.
 *
 * <pre>
 * version: 1
 * findings:
 *   - identity: "TM301/f10"
 *     rule: "TM301"
 *     level: "error"
 *     recorded: "2026-11-29"
 *     message: "The flow f10 ..."
 * </pre>
 *
 * <p>Written sorted by identity with fixed quoting, so the same findings give the same bytes; an entry keeps the day
 * it was first recorded when the file is written again. Read with the model's own located reader and its limits: a
 * damaged or hand-edited file is refused with file, line and column, never half-read; a misspelt key is an error.
 */
public final class BaselineFile {

    /** The file name used when none is configured. */
    public static final String DEFAULT_NAME = "threatmodel-baseline.yaml";
    /** The format version this code writes and reads. */
    public static final int VERSION = 1;

    private BaselineFile() {
    }

    /** Reads a baseline file; its description names {@code shownAs}. */
    public static Baseline read(Path file, String shownAs) throws ModelLoadException {
        Node tree = new ModelLoader(LoadLimits.DEFAULT).readTree(file);
        List<LoadProblem> problems = new ArrayList<>();
        List<BaselineEntry> entries = new ArrayList<>();
        if (!(tree instanceof MapNode root)) {
            throw new ModelLoadException(new LoadProblem(tree.location(),
                    "a baseline file holds a mapping with 'version' and 'findings' at its top"));
        }
        FieldReader top = new FieldReader(root, "a baseline file", problems);
        Integer version = top.integer("version");
        if (version == null && !top.has("version")) {
            top.missing("version");
        } else if (version != null && version != VERSION) {
            problems.add(new LoadProblem(root.get("version").map(Node::location).orElse(root.location()),
                    "baseline file version " + version + " is not known; this version reads version " + VERSION));
        }
        if (!top.has("findings")) {
            top.missing("findings");
        }
        for (MapNode item : top.maps("findings")) {
            FieldReader r = new FieldReader(item, "a baseline entry", problems);
            String identity = r.requiredString("identity");
            String rule = r.requiredString("rule");
            Level level = r.requiredKeyword("level", Level.class);
            String message = r.string("message");
            LocalDate recorded = r.date("recorded");
            r.finish();
            if (identity != null && rule != null && !identity.equals(rule) && !identity.startsWith(rule + "/")) {
                problems.add(new LoadProblem(item.location(), "the identity \"" + identity
                        + "\" does not belong to rule " + rule + " (an identity starts with its rule id)"));
            }
            if (identity != null && rule != null && level != null) {
                entries.add(new BaselineEntry(rule, identity, level, message, recorded));
            }
        }
        top.finish();
        if (!problems.isEmpty()) {
            throw new ModelLoadException(problems);
        }
        return new Baseline("baseline file " + shownAs, entries);
    }

    /**
     * The baseline to write now: one entry per unsuppressed finding; an entry that the earlier file (may be null)
     * already held keeps the day it was recorded there, a new one is recorded {@code today}.
     */
    public static Update update(Baseline earlier, Baseline current, LocalDate today) {
        Map<String, List<BaselineEntry>> before = new HashMap<>();
        if (earlier != null) {
            for (BaselineEntry e : earlier.entries()) {
                before.computeIfAbsent(e.identity(), k -> new ArrayList<>()).add(e);
            }
        }
        List<BaselineEntry> written = new ArrayList<>();
        List<BaselineEntry> added = new ArrayList<>();
        for (BaselineEntry e : current.entries()) {
            List<BaselineEntry> old = before.get(e.identity());
            if (old != null && !old.isEmpty()) {
                BaselineEntry was = old.remove(0);
                written.add(e.recordedOn(was.recorded() != null ? was.recorded() : today));
            } else {
                BaselineEntry now = e.recordedOn(today);
                written.add(now);
                added.add(now);
            }
        }
        List<BaselineEntry> dropped = new ArrayList<>();
        if (earlier != null) {
            for (BaselineEntry e : earlier.entries()) {
                List<BaselineEntry> left = before.get(e.identity());
                if (left != null && left.remove(e)) {
                    dropped.add(e);
                }
            }
        }
        return new Update(new Baseline(current.description(), written), added, dropped);
    }

    /**
     * What writing the file changes.
     *
     * @param baseline what is written
     * @param added    entries not in the earlier file
     * @param dropped  entries of the earlier file that match no finding any more: the file shrank by these
     */
    public record Update(Baseline baseline, List<BaselineEntry> added, List<BaselineEntry> dropped) {
        public Update {
            added = List.copyOf(added);
            dropped = List.copyOf(dropped);
        }
    }

    /** The file's text: a comment, the version and the sorted entries, with {@code \n} line ends. */
    public static String render(Baseline baseline) {
        StringBuilder out = new StringBuilder();
        out.append("# Threat model baseline, written by threatmodel:baseline: the findings accepted when the check\n");
        out.append("# was turned on. With threatmodel.baseline naming this file and threatmodel.failOn=new, only\n");
        out.append("# findings not listed here fail the build. Write it again to drop entries that match nothing.\n");
        out.append("version: ").append(VERSION).append('\n');
        if (baseline.entries().isEmpty()) {
            out.append("findings: []\n");
            return out.toString();
        }
        out.append("findings:\n");
        for (BaselineEntry e : baseline.entries()) {
            out.append("  - identity: ").append(quoted(e.identity())).append('\n');
            out.append("    rule: ").append(quoted(e.ruleId())).append('\n');
            out.append("    level: ").append(quoted(e.level().keyword())).append('\n');
            if (e.recorded() != null) {
                out.append("    recorded: ").append(quoted(e.recorded().toString())).append('\n');
            }
            out.append("    message: ").append(quoted(e.message())).append('\n');
        }
        return out.toString();
    }

    /**
     * A YAML double-quoted scalar: {@code "} and {@code \} escaped, every control, format or separator character
     * written as {@code \}{@code uXXXX}, so that the file reads back to the same text and shows nothing hidden.
     */
    static String quoted(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (!Character.isSurrogate(c) && (type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.UNASSIGNED || c == '\u0085')) {
                s.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
