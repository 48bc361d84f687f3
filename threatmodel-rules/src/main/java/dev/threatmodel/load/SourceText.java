package dev.threatmodel.load;

import dev.threatmodel.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The text of a model file: read within the size limit, strictly decoded as UTF-8 (a byte-order mark is dropped),
 * so that a file in another encoding is refused with the place of its first bad byte instead of being misread.
 */
public record SourceText(Path file, String text) {

    public static SourceText read(Path file, LoadLimits limits) throws ModelLoadException {
        return read(file, limits, null);
    }

    /**
     * Reads a regular file within the size limit; with a {@code root}, only one whose real path lies inside it
     * ({@link ReadableFile#check}). Named pipes, devices and directories are refused before they are opened.
     */
    public static SourceText read(Path file, LoadLimits limits, Path root) throws ModelLoadException {
        SourceLocation start = SourceLocation.startOf(file);
        ReadableFile.check(file, root);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new ModelLoadException(new LoadProblem(start, "the file has " + size
                        + " bytes, more than the limit of " + limits.maxFileBytes()));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            }
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(new LoadProblem(start, "the file does not exist"));
        } catch (IOException e) {
            throw new ModelLoadException(new LoadProblem(start, "the file cannot be read: "
                    + ReadableFile.reason(e)));
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new ModelLoadException(new LoadProblem(start, "the file is larger than the limit of "
                    + limits.maxFileBytes() + " bytes"));
        }
        return decode(file, bytes);
    }

    public static SourceText decode(Path file, byte[] bytes) throws ModelLoadException {
        int offset = 0;
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 'P', 'K', 5, 6)) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the file is a ZIP archive, not a text file; a threat model, including a .tm7 file of the"
                            + " Microsoft Threat Modeling Tool, is saved as plain text (XML, JSON or YAML)"));
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the file is encoded in UTF-32; save it as UTF-8"));
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the file is encoded in UTF-16; save it as UTF-8"));
        } else if (looksLikeUtf16WithoutMark(bytes)) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the file seems to be encoded in UTF-16 (every other byte is zero); save it as UTF-8"));
        }
        // The JDK's own decoding is fast and puts U+FFFD where a byte is not UTF-8; only a text with U+FFFD (rare in a
        // model) needs the strict decoder, which finds the first bad byte or confirms the U+FFFD was written.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = strictDecode(file, bytes, offset);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ModelLoadException(new LoadProblem(locate(text, file, nul),
                    "the file contains a NUL character; it is not a text file"));
        }
        return new SourceText(file, text);
    }

    private static String strictDecode(Path file, byte[] bytes, int offset) throws ModelLoadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            throw new ModelLoadException(new LoadProblem(locate(file, bytes, offset, bad),
                    String.format(Locale.ROOT, "the file is not valid UTF-8: byte 0x%02X at offset %d;"
                            + " save it as UTF-8", bytes[bad] & 0xFF, bad)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Line and column (counted in characters) of a byte offset in valid UTF-8 text before it. */
    private static SourceLocation locate(Path file, byte[] bytes, int from, int badOffset) {
        String before;
        try {
            before = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, from, badOffset - from)).toString();
        } catch (CharacterCodingException e) {
            before = "";
        }
        return locate(before + "\0", file, before.length());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text in UTF-16 without a byte-order mark: mostly ASCII, so one byte of each of the first pairs is zero. */
    private static boolean looksLikeUtf16WithoutMark(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 64);
        if (pairs < 2) {
            return false;
        }
        boolean bigEndian = true;
        boolean littleEndian = true;
        for (int i = 0; i < pairs; i++) {
            byte even = bytes[2 * i];
            byte odd = bytes[2 * i + 1];
            bigEndian &= even == 0 && odd != 0;
            littleEndian &= odd == 0 && even != 0;
        }
        return bigEndian || littleEndian;
    }

    /**
     * 1-based line and column of a character index in text. Lines end at LF, CR or CR LF, as both YAML and JSON
     * readers count them, so that a location found here matches theirs.
     */
    static SourceLocation locate(String text, Path file, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new SourceLocation(file, line, column);
    }

    /** Whether the text is nothing but white space and comments. */
    public boolean isBlank() {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < length && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether the first character that is not white space opens a JSON object or array. */
    public boolean looksLikeJson() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }
}
