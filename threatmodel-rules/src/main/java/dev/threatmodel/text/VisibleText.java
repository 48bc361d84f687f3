package dev.threatmodel.text;

import java.util.Locale;

/**
 * Makes text from a model safe to show: control characters and the characters that reorder text (bidirectional
 * embeddings, overrides and isolates, marks) and other invisible format characters are written as {@code \}{@code uXXXX},
 * so that a name cannot hide or rearrange what a reader sees in a terminal, a log or a code-scanning alert.
 * A backslash is kept as it is; other characters, including letters of any script, are unchanged.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (mustEscape(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Controls (C0, DEL, C1), format characters (bidi controls, zero-width characters), line and paragraph separators. */
    public static boolean mustEscape(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED && c >= 0xFFF0;
    }
}
