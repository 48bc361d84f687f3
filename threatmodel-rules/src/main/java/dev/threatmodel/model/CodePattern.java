package dev.threatmodel.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A link from the model to code: a repository-relative path ({@code src/main/java/acme/Login.java}), a directory
 * ({@code services/payments}, which covers everything under it) or a glob. In a glob {@code *} matches any characters
 * of one path segment but {@code /}, {@code ?} one such character, and a segment {@code **} any number of segments
 * ({@code services/payments/**}, {@code src/**}{@code /*Controller.java}). Every other character stands for itself.
 *
 * <p>Matching works segment by segment without regular expressions, so its cost is bounded by the product of the
 * pattern's and the path's lengths whatever the pattern holds.
 */
public final class CodePattern {

    /** The longest link accepted, in characters. */
    public static final int MAX_LENGTH = 1024;

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final String text;
    private final String[] segments;
    private final boolean glob;
    private final String literal;

    private CodePattern(String text) {
        this.text = text;
        String normal = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.segments = normal.split("/", -1);
        this.glob = normal.indexOf('*') >= 0 || normal.indexOf('?') >= 0;
        this.literal = normal;
    }

    /**
     * Why {@code text} is not a link the model may hold (a repository-relative path inside the repository), or null
     * when it is one.
     */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "is empty";
        }
        if (text.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return "contains a control character";
            }
            if (c == '\\') {
                return "contains a backslash; separate directories with /";
            }
        }
        if (text.startsWith("/") || SCHEME.matcher(text).find()) {
            return "is not relative to the repository root (write it without a leading / or drive)";
        }
        String normal = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        for (String segment : normal.split("/", -1)) {
            if (segment.isEmpty()) {
                return "has an empty path segment (//)";
            }
            if (segment.equals(".") || segment.equals("..")) {
                return "has a '" + segment + "' segment; write the path from the repository root";
            }
            if (segment.contains("**") && !segment.equals("**")) {
                return "uses ** inside a segment; ** stands alone between slashes";
            }
        }
        return null;
    }

    /** A pattern of valid text; see {@link #problem}. */
    public static CodePattern of(String text) {
        String wrong = problem(text);
        if (wrong != null) {
            throw new IllegalArgumentException("code link '" + text + "' " + wrong);
        }
        return new CodePattern(text);
    }

    /**
     * Whether a mitigation's {@code reference} names a file of the repository rather than a ticket or a web page:
     * it has no URL scheme, no white space, holds a {@code /} and is a valid link once a {@code #fragment} is cut off.
     */
    public static boolean isRepositoryPath(String reference) {
        if (reference == null || reference.isBlank() || reference.indexOf('/') < 0) {
            return false;
        }
        String path = withoutFragment(reference);
        for (int i = 0; i < path.length(); i++) {
            if (Character.isWhitespace(path.charAt(i))) {
                return false;
            }
        }
        return problem(path) == null;
    }

    /** A reference without its {@code #fragment} (a line or anchor), the part that names the file. */
    public static String withoutFragment(String reference) {
        int hash = reference.indexOf('#');
        return hash < 0 ? reference : reference.substring(0, hash);
    }

    public String text() {
        return text;
    }

    public boolean isGlob() {
        return glob;
    }

    /**
     * The directory or file the pattern cannot reach outside of: the segments before the first wildcard, joined with
     * {@code /}; empty when the pattern starts with one.
     */
    public String literalPrefix() {
        if (!glob) {
            return literal;
        }
        List<String> fixed = new ArrayList<>();
        for (String s : segments) {
            if (s.indexOf('*') >= 0 || s.indexOf('?') >= 0) {
                break;
            }
            fixed.add(s);
        }
        return String.join("/", fixed);
    }

    /** Whether a repository-relative file path (separated by {@code /}) is linked by this pattern. */
    public boolean matches(String path) {
        if (!glob) {
            return path.equals(literal) || path.length() > literal.length() && path.startsWith(literal)
                    && path.charAt(literal.length()) == '/';
        }
        String[] parts = path.split("/", -1);
        // reachable[j]: the pattern segments read so far can end just before path segment j
        boolean[] reachable = new boolean[parts.length + 1];
        reachable[0] = true;
        for (String p : segments) {
            boolean[] next = new boolean[parts.length + 1];
            if (p.equals("**")) {
                boolean any = false;
                for (int j = 0; j <= parts.length; j++) {
                    any |= reachable[j];
                    next[j] = any;
                }
            } else {
                for (int j = 0; j < parts.length; j++) {
                    if (reachable[j] && segmentMatches(p, parts[j])) {
                        next[j + 1] = true;
                    }
                }
            }
            reachable = next;
        }
        return reachable[parts.length];
    }

    /** Wildcard match of one segment: greedy with one backtrack point, linear in practice, quadratic at worst. */
    static boolean segmentMatches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodePattern other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
