package dev.threatmodel.load;

/**
 * A short excerpt of text from a file, for error messages. A message quotes keys and values of the file it complains
 * about; cut to a few dozen characters, a message about a file that is not a model (a credentials file reached by
 * mistake) cannot copy that file's secrets into a build log.
 */
public final class Excerpt {

    /** The most characters of file content one quotation shows. */
    public static final int MAX_CHARACTERS = 40;

    private Excerpt() {
    }

    /** The text, cut to {@value #MAX_CHARACTERS} characters with {@code ...} when longer. */
    public static String of(String text) {
        if (text == null || text.length() <= MAX_CHARACTERS) {
            return text;
        }
        int end = MAX_CHARACTERS - 3;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "...";
    }
}
