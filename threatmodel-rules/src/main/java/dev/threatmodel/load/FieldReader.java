package dev.threatmodel.load;

import dev.threatmodel.model.Keyword;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SourceLocation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to the keys of one {@link MapNode} that collects problems instead of stopping at the first one.
 *
 * <p>Each getter names a key the mapping may hold, checks the value's type and returns it, or returns
 * {@code null} (an empty list for lists) and records a {@link LoadProblem} at the value's location when the value
 * has the wrong type. A key whose value is YAML/JSON {@code null} counts as not written. {@link #finish()} reports
 * every key that no getter asked for as unknown, with the nearest known key as a suggestion. {@link #origin()}
 * gives the entry's location and the location of every value that was written, keyed by the key's name.
 *
 * <p>Messages name the entry with {@code what}, written with its article: {@code "a zone"}, {@code "an asset"}.
 *
 * <p>A reader made by {@link #lenient} serves the importers of other tools' files, which hold many keys we do not
 * read and write values more loosely: there, text may be written as any scalar (an id as a number), a boolean may be
 * quoted, and {@link #finish()} reports nothing, because unknown keys are normal in a foreign format.
 */
public final class FieldReader {

    /** A text value and where it was written, e.g. one id in a list of references. */
    public record Located(String value, SourceLocation location) {
    }

    private final MapNode map;
    private final String what;
    private final List<LoadProblem> problems;
    private final Set<String> known = new LinkedHashSet<>();
    private final Map<String, SourceLocation> written = new LinkedHashMap<>();
    private final boolean lenient;

    public FieldReader(MapNode map, String what, List<LoadProblem> problems) {
        this(map, what, problems, false);
    }

    private FieldReader(MapNode map, String what, List<LoadProblem> problems, boolean lenient) {
        this.map = map;
        this.what = what;
        this.problems = problems;
        this.lenient = lenient;
    }

    /**
     * A lenient reader for a mapping of another tool's file (see the class comment); a null mapping reads as one
     * without keys, so that a missing part of the file reads as absent values.
     */
    public static FieldReader lenient(MapNode mapOrNull, String what, List<LoadProblem> problems) {
        MapNode map = mapOrNull != null ? mapOrNull : new MapNode(Map.of(), null);
        return new FieldReader(map, what, problems, true);
    }

    /** A reader for {@code node} if it is a mapping; otherwise reports what was found and returns empty. */
    public static Optional<FieldReader> of(Node node, String what, List<LoadProblem> problems) {
        if (node instanceof MapNode m) {
            return Optional.of(new FieldReader(m, what, problems));
        }
        problems.add(new LoadProblem(node.location(), what + " must be a mapping of keys to values, found "
                + describe(node)));
        return Optional.empty();
    }

    public MapNode node() {
        return map;
    }

    public SourceLocation location() {
        return map.location();
    }

    public String what() {
        return what;
    }

    /** Records a problem in the same list as this reader's own. */
    public void report(SourceLocation location, String message) {
        problems.add(new LoadProblem(location, message));
    }

    /** Declares keys as known without reading them (read elsewhere, or deliberately ignored). */
    public void allow(String... keys) {
        known.addAll(List.of(keys));
    }

    /** Whether the key was written with a non-null value. */
    public boolean has(String key) {
        known.add(key);
        return raw(key) != null;
    }

    /** The value of a key as written, or null when absent or null; marks the key as known and records its place. */
    public Node value(String key) {
        known.add(key);
        Node value = raw(key);
        if (value != null) {
            written.put(key, value.location());
        }
        return value;
    }

    private Node raw(String key) {
        MapNode.Field field = map.fields().get(key);
        if (field == null || field.value() instanceof ScalarNode s && s.isNull()) {
            return null;
        }
        return field.value();
    }

    public String string(String key) {
        Node value = value(key);
        return value == null ? null : text(key, value);
    }

    /** A string with white space stripped from both ends; null when absent or blank. */
    public String words(String key) {
        String s = string(key);
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A string that must be written and must not be blank. */
    public String requiredString(String key) {
        String s = string(key);
        if (s == null && !has(key)) {
            missing(key);
        } else if (s != null && s.isBlank()) {
            problems.add(new LoadProblem(written.get(key), "'" + key + "' in " + what + " must not be empty"));
            return null;
        }
        return s;
    }

    public Integer integer(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode s && s.type() == ScalarNode.Type.INTEGER) {
            String digits = s.text().strip().replace("_", "");
            // YAML 1.1 reads 0x1F as hex and 017 as octal; refuse both rather than guess what was meant.
            if (!isDecimalInteger(digits)) {
                wrongType(key, value, "a whole number written in decimal digits");
                return null;
            }
            try {
                return Integer.valueOf(digits);
            } catch (NumberFormatException e) {
                wrongType(key, value, "a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
                return null;
            }
        }
        wrongType(key, value, "a whole number");
        return null;
    }

    /** {@code [-+]?(0|[1-9][0-9]*)}: decimal digits without a leading zero (YAML 1.1 would read 017 as octal). */
    static boolean isDecimalInteger(String text) {
        int start = !text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (start == text.length() || text.charAt(start) == '0' && text.length() > start + 1) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link LocalDate#parse} of an ISO-8601 date, with the plain {@code YYYY-MM-DD} form read directly: the
     * formatter's machinery is most of the cost of loading a small model from cold. Any other text (a year beyond
     * 9999 with its sign, or not a date at all) goes to {@link LocalDate#parse}, so what is accepted and refused is
     * the same.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10)) {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        }
        return LocalDate.parse(text);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A whole or decimal number. */
    public Double number(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode s
                && (s.type() == ScalarNode.Type.INTEGER || s.type() == ScalarNode.Type.DECIMAL)) {
            try {
                return Double.valueOf(s.text().strip().replace("_", ""));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        wrongType(key, value, "a number");
        return null;
    }

    public Boolean bool(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode s && s.type() == ScalarNode.Type.BOOLEAN) {
            return Boolean.valueOf(s.text().strip().equalsIgnoreCase("true") || s.text().strip().equalsIgnoreCase("yes")
                    || s.text().strip().equalsIgnoreCase("on"));
        }
        if (lenient && value instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING
                && (s.text().strip().equalsIgnoreCase("true") || s.text().strip().equalsIgnoreCase("false"))) {
            return Boolean.valueOf(s.text().strip().equalsIgnoreCase("true"));
        }
        wrongType(key, value, "true or false");
        return null;
    }

    /** An ISO-8601 calendar date, {@code YYYY-MM-DD}. */
    public LocalDate date(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ScalarNode s) || s.type() != ScalarNode.Type.STRING) {
            wrongType(key, value, "a date written as YYYY-MM-DD");
            return null;
        }
        try {
            return isoDate(s.text().strip());
        } catch (DateTimeException e) {
            problems.add(new LoadProblem(value.location(), "'" + key + "' in " + what + " must be a date written as "
                    + "YYYY-MM-DD, found '" + s.text() + "'"));
            return null;
        }
    }

    public <E extends Enum<E> & Keyword> E keyword(String key, Class<E> type) {
        Node value = value(key);
        return value == null ? null : keyword(key, value, type);
    }

    public <E extends Enum<E> & Keyword> E requiredKeyword(String key, Class<E> type) {
        Node value = value(key);
        if (value == null) {
            missing(key);
            return null;
        }
        return keyword(key, value, type);
    }

    /** The items of a list; empty when the key is absent or the value is not a list (which is reported). */
    public List<Node> list(String key) {
        Node value = value(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof ListNode l) {
            return l.items();
        }
        wrongType(key, value, "a list");
        return List.of();
    }

    /** A list of strings, each with its location; items of another type are reported and skipped. */
    public List<Located> locatedStrings(String key) {
        List<Located> result = new ArrayList<>();
        for (Node item : list(key)) {
            String s = text(key, item);
            if (s != null) {
                result.add(new Located(s, item.location()));
            }
        }
        return result;
    }

    public List<String> strings(String key) {
        return locatedStrings(key).stream().map(Located::value).toList();
    }

    public <E extends Enum<E> & Keyword> List<E> keywords(String key, Class<E> type) {
        List<E> result = new ArrayList<>();
        for (Node item : list(key)) {
            E e = keyword(key, item, type);
            if (e != null) {
                result.add(e);
            }
        }
        return result;
    }

    /** A nested mapping as a reader of its own; empty when absent or not a mapping (which is reported). */
    public Optional<FieldReader> mapping(String key, String nestedWhat) {
        return map(key).map(m -> new FieldReader(m, nestedWhat, problems, lenient));
    }

    /** A nested mapping; empty when absent or not a mapping (which is reported). */
    public Optional<MapNode> map(String key) {
        Node value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof MapNode m) {
            return Optional.of(m);
        }
        wrongType(key, value, "a mapping");
        return Optional.empty();
    }

    /** The mappings in a list; null items are skipped, items of another kind are reported and skipped. */
    public List<MapNode> maps(String key) {
        List<MapNode> result = new ArrayList<>();
        for (Node item : list(key)) {
            if (item instanceof MapNode m) {
                result.add(m);
            } else if (!(item instanceof ScalarNode s && s.isNull())) {
                problems.add(new LoadProblem(item.location(), "each entry of '" + key + "' in " + what
                        + " must be a mapping, found " + describe(item)));
            }
        }
        return result;
    }

    /** Reports a required key that was not written, at the start of the entry. */
    public void missing(String key) {
        problems.add(new LoadProblem(map.location(), what + " needs '" + key + "'"));
    }

    /** Reports every key no getter asked for. Call once, after reading. */
    public void finish() {
        if (lenient) {
            return;
        }
        String textKey = null;
        String text = null;
        for (MapNode.Field field : map.fields().values()) {
            boolean keyOnly = field.value() instanceof ScalarNode s && s.isNull() && s.text().isEmpty();
            if (!known.contains(field.key())) {
                String hint = Suggestions.hint(field.key(), known);
                if (keyOnly && text != null && (hint.isEmpty() || field.key().contains(" "))) {
                    text = text + ", " + field.key();
                    hint = "; a comma inside {...} ends the value before it, so this looks like the rest of '"
                            + textKey + "': put the whole text in quotes"
                            + (text.contains("\"") ? "" : " (" + textKey + ": \"" + Excerpt.of(text) + "\")");
                } else {
                    text = null;
                }
                problems.add(new LoadProblem(field.keyLocation(), "unknown key '" + Excerpt.of(field.key()) + "' in "
                        + what + hint));
            } else if (field.value() instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING) {
                textKey = field.key();
                text = s.text();
            } else {
                text = null;
            }
        }
    }

    /** The entry's location and the location of each value that was read. */
    public Origin origin() {
        return new Origin(map.location(), written);
    }

    private String text(String key, Node value) {
        if (value instanceof ScalarNode s && (s.type() == ScalarNode.Type.STRING || lenient && !s.isNull())) {
            return s.text();
        }
        if (value instanceof ScalarNode s && !s.isNull()) {
            wrongType(key, value, "a string (put the value in quotes to write it as text)");
        } else {
            wrongType(key, value, "a string");
        }
        return null;
    }

    private <E extends Enum<E> & Keyword> E keyword(String key, Node value, Class<E> type) {
        List<String> allowed = Keyword.keywords(type);
        if (!(value instanceof ScalarNode s) || s.type() != ScalarNode.Type.STRING) {
            wrongType(key, value, "one of " + String.join(", ", allowed));
            return null;
        }
        Optional<E> parsed = Keyword.parse(type, s.text());
        if (parsed.isEmpty()) {
            problems.add(new LoadProblem(value.location(), "'" + key + "' in " + what + " cannot be '" + Excerpt.of(s.text())
                    + "': allowed are " + String.join(", ", allowed) + Suggestions.hint(s.text(), allowed)));
            return null;
        }
        return parsed.get();
    }

    private void wrongType(String key, Node value, String expected) {
        problems.add(new LoadProblem(value.location(), "'" + key + "' in " + what + " must be " + expected
                + ", found " + describe(value)));
    }

    /** What a node is, in words, with the text of a scalar: {@code a whole number (42)}. */
    static String describe(Node node) {
        if (node instanceof ScalarNode s && !s.isNull()) {
            String text = Excerpt.of(s.text());
            return s.kindInWords() + " ('" + text + "')";
        }
        return node.kindInWords();
    }
}
