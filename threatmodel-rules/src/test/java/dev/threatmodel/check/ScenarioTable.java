package dev.threatmodel.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of the scenario corpus ({@code src/test/resources/scenarios/README.md}): one row per scenario file with
 * the rule cases it shows, its expected verdict and its exact expected findings; and the list of rules that cannot be
 * shown failing in the native format, each with its reason.
 *
 * <p>Rows are Markdown table lines between {@code <!-- scenarios -->} and {@code <!-- end of scenarios -->}; the
 * exemptions are list items {@code - TMnnn: reason} between {@code <!-- not failing natively -->} and
 * {@code <!-- end of not failing natively -->}. Anything the parser cannot read is an error naming the line, so that
 * a mistyped row never silently checks less.
 */
final class ScenarioTable {

    /** A row's expected outcome. */
    enum Verdict {
        PASS, FAIL, LOAD_ERROR;

        static Verdict parse(String word, int line) {
            return switch (word) {
                case "pass" -> PASS;
                case "fail" -> FAIL;
                case "load-error" -> LOAD_ERROR;
                default -> throw new IllegalArgumentException("line " + line + ": verdict must be pass, fail or "
                        + "load-error, found '" + word + "'");
            };
        }
    }

    /** What a scenario shows about one rule. */
    enum Case {
        /** The rule reports something. */
        FAIL,
        /** The rule is exercised near its edge and reports nothing. */
        PASS,
        /** A fact the rule reads is missing; the check must not pass silently. */
        MISSING
    }

    /** One rule case of a row, such as {@code TM102:missing}. */
    record Covered(String ruleId, Case kind) {
    }

    /**
     * One expected finding: {@code TM101 error 88:7}, optionally {@code suppressed}, optionally a quoted fragment of
     * its message; {@code load 12:3 "fragment"} for a problem that stops the model from loading. The place is
     * {@code line:column} in the scenario file, or {@code file:line:column} in another file (a companion).
     */
    record Expected(String ruleId, String level, String file, int line, int column, boolean suppressed,
                    String fragment) {

        boolean isLoadProblem() {
            return "load".equals(ruleId);
        }

        /** The finding as the table writes it, without the fragment: what actual findings are compared by. */
        String key() {
            String where = (file == null ? "" : file + ":") + line + ":" + column;
            return isLoadProblem() ? "load " + where
                    : ruleId + " " + level + " " + where + (suppressed ? " suppressed" : "");
        }
    }

    /** A row of the table. */
    record Row(int line, String file, List<Covered> covers, String changes, Verdict verdict,
               List<Expected> findings, String pending) {

        boolean isPending() {
            return pending != null;
        }

        boolean shows(String ruleId, Case kind) {
            return covers.contains(new Covered(ruleId, kind));
        }
    }

    private static final Pattern FINDING = Pattern.compile(
            "(load|[A-Z]+[0-9]+(?:\\+[A-Z]+[0-9]+)*)(?: (error|warning|note))? (?:([^\\s:]+):)?([0-9]+):([0-9]+)( suppressed)?"
                    + "(?: \"([^\"]*)\")?");
    private static final Pattern COVER = Pattern.compile("([A-Z]+[0-9]+):(fail|pass|missing)");
    private static final Pattern EXEMPTION = Pattern.compile("- ([A-Z]+[0-9]+): (\\S.*)");
    private static final String PENDING = "pending-i11:";

    private final List<Row> rows;
    private final Map<String, String> notFailingNatively;

    private ScenarioTable(List<Row> rows, Map<String, String> notFailingNatively) {
        this.rows = List.copyOf(rows);
        this.notFailingNatively = Map.copyOf(notFailingNatively);
    }

    List<Row> rows() {
        return rows;
    }

    /** Rule id to the reason it cannot be shown failing in the native format. */
    Map<String, String> notFailingNatively() {
        return notFailingNatively;
    }

    static ScenarioTable read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        Map<String, String> exempt = new LinkedHashMap<>();
        String section = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            int number = i + 1;
            switch (text) {
                case "<!-- scenarios -->", "<!-- not failing natively -->" -> {
                    section = text;
                    continue;
                }
                case "<!-- end of scenarios -->", "<!-- end of not failing natively -->" -> {
                    section = null;
                    continue;
                }
                default -> {
                }
            }
            if (section == null || text.isEmpty()) {
                continue;
            }
            if (section.equals("<!-- scenarios -->")) {
                if (text.startsWith("| Scenario ") || text.startsWith("|---")) {
                    continue;
                }
                rows.add(row(text, number));
            } else {
                Matcher m = EXEMPTION.matcher(text);
                if (!m.matches()) {
                    throw new IllegalArgumentException("line " + number + ": expected '- TMnnn: reason', found '"
                            + text + "'");
                }
                exempt.put(m.group(1), m.group(2));
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + " has no scenario rows");
        }
        return new ScenarioTable(rows, exempt);
    }

    private static Row row(String text, int line) {
        if (!text.startsWith("|") || !text.endsWith("|")) {
            throw new IllegalArgumentException("line " + line + ": a row starts and ends with '|': " + text);
        }
        String[] cells = text.substring(1, text.length() - 1).split("\\|", -1);
        if (cells.length != 6) {
            throw new IllegalArgumentException("line " + line + ": a row has 6 cells (scenario, covers, changes, "
                    + "verdict, expected findings, status), found " + cells.length);
        }
        String file = unquote(cells[0].strip());
        List<Covered> covers = new ArrayList<>();
        for (String c : cells[1].strip().split(",")) {
            String cover = c.strip();
            if (cover.isEmpty() || cover.equals("-")) {
                continue;
            }
            Matcher m = COVER.matcher(cover);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + line + ": a covered case is 'TMnnn:fail', ':pass' or "
                        + "':missing', found '" + cover + "'");
            }
            covers.add(new Covered(m.group(1), Case.valueOf(m.group(2).toUpperCase(Locale.ROOT))));
        }
        String changes = cells[2].strip();
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("line " + line + ": say in one line what the scenario changes");
        }
        Verdict verdict = Verdict.parse(cells[3].strip(), line);
        List<Expected> findings = new ArrayList<>();
        String findingCell = cells[4].strip();
        if (!findingCell.equals("-")) {
            for (String f : findingCell.split("<br>")) {
                Matcher m = FINDING.matcher(unquote(f.strip()));
                if (!m.matches()) {
                    throw new IllegalArgumentException("line " + line + ": cannot read finding '" + f.strip()
                            + "'; write 'TM101 error 12:5', optionally ' suppressed' and ' \"fragment\"'");
                }
                boolean load = m.group(1).equals("load");
                if (load == (m.group(2) != null)) {
                    throw new IllegalArgumentException("line " + line + ": a rule's finding has a level, a load "
                            + "problem has none: '" + f.strip() + "'");
                }
                for (String rule : m.group(1).split("\\+")) {
                    findings.add(new Expected(rule, m.group(2), m.group(3), Integer.parseInt(m.group(4)),
                            Integer.parseInt(m.group(5)), m.group(6) != null, m.group(7)));
                }
            }
        }
        String status = cells[5].strip();
        String pending = null;
        if (status.startsWith(PENDING)) {
            pending = status.substring(PENDING.length()).strip();
        } else if (!status.isEmpty()) {
            throw new IllegalArgumentException("line " + line + ": status is empty or 'pending-i11: reason', found '"
                    + status + "'");
        }
        return new Row(line, file, covers, changes, verdict, findings, pending);
    }

    /** Strips the backticks Markdown puts around code. */
    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("`") && cell.endsWith("`")
                ? cell.substring(1, cell.length() - 1) : cell;
    }
}
