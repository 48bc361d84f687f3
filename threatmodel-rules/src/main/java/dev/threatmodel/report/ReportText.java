package dev.threatmodel.report;

import dev.threatmodel.text.VisibleText;

/**
 * Escaping of model text for each output language. Names and descriptions in a model are text written by people and
 * tools outside our control, never markup: every writer passes them through one of these methods.
 */
public final class ReportText {

    private ReportText() {
    }

    /**
     * Null becomes empty; line breaks, tabs and other control characters become single spaces; ends are trimmed.
     * Characters that are invisible or reorder text (bidirectional controls such as U+202E, zero-width characters)
     * are written as {@code \}{@code uXXXX}, as on the console, so a name cannot disguise what a reader sees.
     */
    public static String oneLine(String text) {
        return VisibleText.of(collapse(text));
    }

    private static String collapse(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Text for a Markdown paragraph or table cell (GitHub Flavored Markdown): punctuation that starts emphasis, code,
     * links or table columns is backslash-escaped, angle brackets and ampersands become entities (no HTML passes), an
     * {@code @} cannot mention anyone, and the text stays on one line so a table row cannot break.
     */
    public static String markdown(String text) {
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '@' -> out.append("&#64;");
                case ':' -> out.append(line.startsWith("//", i + 1) ? "&#58;" : ":");
                case 'w', 'W' -> out.append(startsWww(line, i) ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a bare {@code www.} starts at {@code i}: GitHub would turn it into a link, as it does {@code https://};
     * the first letter (or the colon of {@code ://}) is written as a character reference, which GitHub shows as the
     * same character but does not link.
     */
    private static boolean startsWww(String line, int i) {
        return line.regionMatches(true, i, "www.", 0, 4) && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)));
    }

    /**
     * The inside of a double-quoted Mermaid label. Characters that Mermaid's grammar or its HTML rendering would read
     * become Mermaid entity codes ({@code #quot;}, {@code #35;}, ...), so a label can never end early or carry markup.
     */
    public static String mermaid(String text) {
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '`' -> out.append("#96;");
                case '|' -> out.append("#124;");
                case ';' -> out.append("#59;");
                case '%' -> out.append("#37;");
                case '\\' -> out.append("#92;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The inside of a double-quoted Graphviz DOT string: backslashes and quotes escaped, one line. */
    public static String dot(String text) {
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' || c == '"') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Text for HTML or SVG element content and quoted attribute values. Keeps line breaks; invisible and reordering
     * characters are written as {@code \}{@code uXXXX}.
     */
    public static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\u2028', '\u2029' -> out.append(' ');
                default -> {
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else if (VisibleText.mustEscape(c)) {
                        out.append(VisibleText.of(String.valueOf(c)));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * JSON made safe to place inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &} (which can
     * only occur inside JSON strings) and the JavaScript line separators become {@code \\u} escapes, so no text in
     * the data can close the element or open a comment. Characters that reorder or hide text (U+202E, zero-width
     * characters) become the visible text {@code \}{@code uXXXX} once the data is parsed.
     */
    public static String jsonForScript(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (VisibleText.mustEscape(c)) {
                        // an escaped backslash: the page shows the code, as the console does, not the character
                        out.append('\\').append(VisibleText.of(String.valueOf(c)));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
