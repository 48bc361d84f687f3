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

/**
 * The text of a model file: read within the size limit, strictly decoded as UTF-8 (a byte-order mark is dropped),
 * so that a file in another encoding is refused with the place of its first bad byte instead of being misread.
 */
public record SourceText(Path file, String text) {

    public static SourceText read(Path file, LoadLimits limits) throws ModelLoadException {
        SourceLocation start = SourceLocation.startOf(file);
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
            throw new ModelLoadException(new LoadProblem(start, "the file cannot be read: " + e.getMessage()));
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new ModelLoadException(new LoadProblem(start, "the file is larger than the limit of "
                    + limits.maxFileBytes() + " bytes"));
        }
        return decode(file, bytes);
    }

    public static SourceText decode(Path file, byte[] bytes) throws ModelLoadException {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new ModelLoadException(new LoadProblem(SourceLocation.startOf(file),
                    "the file is encoded in UTF-16; save it as UTF-8"));
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
                    String.format("the file is not valid UTF-8: byte 0x%02X at offset %d; save it as UTF-8",
                            bytes[bad] & 0xFF, bad)));
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

    /** 1-based line and column of a character index in text. */
    static SourceLocation locate(String text, Path file, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
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
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? length : eol + 1;
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
