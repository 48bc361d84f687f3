package dev.threatmodel.load;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules an id must follow beyond being non-empty text. Ids are how items refer to each other and how a
 * suppression names its subject, so two ids that look the same but differ would let a reference or a suppression
 * silently land on another item than the reader believes. Therefore:
 *
 * <ul>
 *   <li>an id may not contain invisible characters: controls, format characters (zero-width spaces and joiners,
 *       bidirectional marks, embeddings, overrides and isolates, the byte-order mark, the soft hyphen), line and
 *       paragraph separators, white space other than the plain space, private-use or unassigned code points, or a
 *       lone surrogate;</li>
 *   <li>an id may not mix Latin, Cyrillic and Greek letters, the scripts that share most look-alike letters
 *       ({@code adm\u0456n} with a Cyrillic {@code \u0456} passes for {@code admin});</li>
 *   <li>two ids of one kind may not look the same: their {@linkplain #skeleton(String) skeletons} differ.</li>
 * </ul>
 *
 * Letters of any one script, digits and punctuation are fine: {@code kunden-\u00e4nderung} and
 * {@code \u9867\u5ba2\u30c7\u30fc\u30bf} are good ids.
 */
final class Identifiers {

    private static final Set<Character.UnicodeScript> CONFUSABLE_SCRIPTS = EnumSet.of(
            Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK);

    /** Cyrillic and Greek letters drawn like a Latin letter, mapped to that letter. */
    private static final Map<Integer, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry(0x0430, 'a'), Map.entry(0x0435, 'e'), Map.entry(0x043E, 'o'), Map.entry(0x0440, 'p'),
            Map.entry(0x0441, 'c'), Map.entry(0x0443, 'y'), Map.entry(0x0445, 'x'), Map.entry(0x0456, 'i'),
            Map.entry(0x0458, 'j'), Map.entry(0x0455, 's'), Map.entry(0x0501, 'd'), Map.entry(0x04CF, 'l'),
            Map.entry(0x0410, 'A'), Map.entry(0x0412, 'B'), Map.entry(0x0415, 'E'), Map.entry(0x041A, 'K'),
            Map.entry(0x041C, 'M'), Map.entry(0x041D, 'H'), Map.entry(0x041E, 'O'), Map.entry(0x0420, 'P'),
            Map.entry(0x0421, 'C'), Map.entry(0x0422, 'T'), Map.entry(0x0425, 'X'), Map.entry(0x0406, 'I'),
            Map.entry(0x0408, 'J'), Map.entry(0x0405, 'S'),
            Map.entry(0x03BF, 'o'), Map.entry(0x03B1, 'a'), Map.entry(0x03B9, 'i'), Map.entry(0x03BD, 'v'),
            Map.entry(0x03C1, 'p'), Map.entry(0x0391, 'A'), Map.entry(0x0392, 'B'), Map.entry(0x0395, 'E'),
            Map.entry(0x0396, 'Z'), Map.entry(0x0397, 'H'), Map.entry(0x0399, 'I'), Map.entry(0x039A, 'K'),
            Map.entry(0x039C, 'M'), Map.entry(0x039D, 'N'), Map.entry(0x039F, 'O'), Map.entry(0x03A1, 'P'),
            Map.entry(0x03A4, 'T'), Map.entry(0x03A5, 'Y'), Map.entry(0x03A7, 'X'));

    private Identifiers() {
    }

    /** What is wrong with an id on its own, or null when nothing is. */
    static String problem(String id) {
        if (isPrintableAscii(id)) {
            return null; // nothing invisible, and every letter is Latin: the usual id costs no Unicode look-up
        }
        Character.UnicodeScript firstScript = null;
        int firstScriptAt = 0;
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            if (isInvisible(cp)) {
                return "id '" + shown(id) + "' contains the invisible character " + describe(cp)
                        + "; ids must be plain visible text";
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (CONFUSABLE_SCRIPTS.contains(script) && Character.isLetter(cp)) {
                if (firstScript == null) {
                    firstScript = script;
                    firstScriptAt = cp;
                } else if (script != firstScript) {
                    return "id '" + shown(id) + "' mixes " + words(firstScript) + " (" + describe(firstScriptAt)
                            + ") and " + words(script) + " (" + describe(cp) + ") letters, so it can pass for"
                            + " another id; write it in one script";
                }
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /**
     * What an id looks like, for comparing it with other ids: compatibility forms folded (NFKC, so a full-width
     * {@code \uff41} is {@code a} and a decomposed accent equals the composed one) and Cyrillic and Greek
     * look-alikes replaced by the Latin letter they resemble.
     */
    static String skeleton(String id) {
        if (isPrintableAscii(id)) {
            return id; // NFKC leaves ASCII as it is, and no look-alike is ASCII
        }
        String folded = Normalizer.normalize(id, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            Character latin = LOOK_ALIKES.get(cp);
            if (latin != null) {
                out.append(latin.charValue());
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Whether every character is a printable ASCII one or the space (U+0020 .. U+007E). */
    static boolean isPrintableAscii(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    static boolean isInvisible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> true;
            case Character.SPACE_SEPARATOR -> cp != ' ';
            default -> false;
        };
    }

    /** The id as it can be shown in a message: anything invisible written as {@code \}{@code uXXXX}. */
    static String shown(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        id.codePoints().forEach(cp -> {
            if (isInvisible(cp)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name);
    }

    private static String words(Character.UnicodeScript script) {
        return switch (script) {
            case LATIN -> "Latin";
            case CYRILLIC -> "Cyrillic";
            default -> "Greek";
        };
    }
}
