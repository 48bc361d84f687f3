package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.ThreatModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written to break the reader: each must be refused with a clear problem, never crash the build. */
class HostileYamlTest {

    @TempDir
    Path dir;

    LoadProblems problems;

    @BeforeEach
    void setUp() {
        problems = new LoadProblems(dir);
    }

    /** Lines 2 to 6 hold 45 aliases to lists; the 51st is the sixth on line 7, at column 35. */
    @Test
    void billionLaughsIsRefusedBeforeItExpands() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        List<String> found = problems.of(yaml.toString());
        assertThat(found).containsExactly("7:35 the YAML uses more than 50 aliases to lists or mappings; refusing"
                + " to expand them, since that is how alias bombs ('billion laughs') exhaust memory");
    }

    /** The root mapping is the first level, so the 64th bracket is the 65th level: column 3 + 64. */
    @Test
    void tenThousandOpenBracketsAreRefusedWithoutStackOverflow() {
        List<String> found = problems.of("x: " + "[".repeat(10_000));
        assertThat(found).containsExactly("1:67 the YAML is nested more than 64 levels deep");
    }

    @Test
    void deepJsonNestingIsRefused() {
        List<String> found = problems.json("{\"x\": " + "[".repeat(10_000));
        // the object is the first level, so the 64th bracket is the 65th: column 7 + 63
        assertThat(found).containsExactly("1:70 the JSON is nested more than 64 levels deep");
    }

    @Test
    void javaTypeTagIsRefused() {
        assertThat(problems.of("""
                name: !!java.lang.Runtime x
                """)).containsExactly("1:7 YAML tag 'tag:yaml.org,2002:java.lang.Runtime' is not allowed:"
                + " a threat model holds plain mappings, lists and values");
    }

    @Test
    void customLocalTagIsRefused() {
        assertThat(problems.of("""
                name: x
                owner: !foo bar
                """)).containsExactly("2:8 YAML tag '!foo' is not allowed: a threat model holds plain mappings,"
                + " lists and values");
    }

    @Test
    void recursiveAliasIsRefused() {
        assertThat(problems.of("""
                assets: &loop
                  - *loop
                """)).containsExactly("1:9 an alias refers to a value that contains it");
    }

    @Test
    void emptyFileIsRefused() {
        assertThat(problems.of("")).containsExactly("1:1 the file holds no model: it is empty or has only comments");
    }

    @Test
    void fileWithOnlyCommentsIsRefused() {
        assertThat(problems.of("# a model will follow\n\n   # some day\n"))
                .containsExactly("1:1 the file holds no model: it is empty or has only comments");
    }

    @Test
    void byteOrderMarkIsDropped() throws ModelLoadException {
        byte[] text = "name: with BOM\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        ThreatModel model = new ModelLoader().load(problems.write("bom.yaml", bytes));
        assertThat(model.name()).isEqualTo("with BOM");
        assertThat(model.origin().of("name").column()).isEqualTo(7);
    }

    @Test
    void latin1FileIsRefusedAtItsFirstBadByte() {
        Path file = problems.write("latin1.yaml", "name: x\nowner: Jürgen\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(LoadProblems.of(file)).containsExactly(
                "2:9 the file is not valid UTF-8: byte 0xFC at offset 16; save it as UTF-8");
    }

    @Test
    void severalDocumentsAreRefused() {
        List<String> found = problems.of("""
                name: first
                ---
                name: second
                """);
        assertThat(found).containsExactly(
                "2:1 the file holds more than one YAML document ('---' starts another); a model is one document");
    }

    @Test
    void rootThatIsNotAMappingIsRefused() {
        assertThat(problems.of("- a\n- b\n")).containsExactly(
                "1:1 a threat model file must hold a mapping of keys to values at its top, found a list");
        assertThat(problems.of("just words\n")).containsExactly(
                "1:1 a threat model file must hold a mapping of keys to values at its top,"
                        + " found a string ('just words')");
    }
}
