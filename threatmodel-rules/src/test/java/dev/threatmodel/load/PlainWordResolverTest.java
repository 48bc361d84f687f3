package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

class PlainWordResolverTest {

    private final Resolver snakeYaml = new Resolver();
    private final PlainWordResolver shortcut = new PlainWordResolver();

    private void assertSameAnswers(List<String> values) {
        for (String value : values) {
            for (boolean implicit : new boolean[] {true, false}) {
                assertThat(shortcut.resolve(NodeId.scalar, value, implicit))
                        .as("tag of %s (implicit: %s)", value, implicit)
                        .isEqualTo(snakeYaml.resolve(NodeId.scalar, value, implicit));
            }
        }
    }

    @Test
    void answersLikeSnakeYamlForEveryKindOfScalar() {
        List<String> values = new ArrayList<>(List.of("", " ", "~", "null", "Null", "NULL", "nULL", "nul", "nulls",
                "y", "Y", "n", "N", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
                "true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "falsey", "truely", "onward", "offset",
                "nothing", "yesterday", "Open", "open", "mitigated", "name", "id", "a", "Z", "x1", "0", "12", "-3",
                "+4", "0x1F", "0b101", "017", "1_000", "3.14", ".5", ".inf", "-.Inf", ".NaN", "1e3", "2026-11-02",
                "2026-11-02T10:00:00Z", "12:30", "<<", "=", "!tag", "&anchor", "*alias", "\u00e9t\u00e9", "\u00c9t\u00e9",
                "_private", "$var", "flow f1", "T1", "information-disclosure", "a: b", "tls-everywhere", "type", "zone",
                "name", "text", "owner", "off-by", "yes.", "Nulls", "TRUe", "On ", "x y", "ab", "nO"));
        assertSameAnswers(values);
        assertThat(shortcut.resolve(NodeId.scalar, "mitigated", true)).isEqualTo(Tag.STR);
        assertThat(shortcut.resolve(NodeId.scalar, "true", true)).isEqualTo(Tag.BOOL);
        assertThat(shortcut.resolve(NodeId.scalar, "NULL", true)).isEqualTo(Tag.NULL);
        assertThat(shortcut.resolve(NodeId.mapping, "x", true)).isEqualTo(Tag.MAP);
        assertThat(shortcut.resolve(NodeId.sequence, "x", true)).isEqualTo(Tag.SEQ);
    }

    @Test
    void answersLikeSnakeYamlForEveryShortWordOfLetters() {
        List<String> words = new ArrayList<>();
        String letters = "aeflnoOrsuyYtTNFEULSA";
        for (char a : letters.toCharArray()) {
            words.add("" + a);
            for (char b : letters.toCharArray()) {
                words.add("" + a + b);
                for (char c : letters.toCharArray()) {
                    words.add("" + a + b + c);
                }
            }
        }
        for (String w : List.of("true", "false", "null", "yes", "off")) {
            words.add(w);
            words.add(w.toUpperCase(java.util.Locale.ROOT));
            words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
            words.add(w.substring(0, w.length() - 1) + Character.toUpperCase(w.charAt(w.length() - 1)));
        }
        assertSameAnswers(words);
    }

    @Test
    void answersLikeSnakeYamlForEveryWordOfTheBlogExample() throws Exception {
        String text = Files.readString(Path.of("..", "examples", "blog", "threatmodel.yaml"));
        List<String> words = new ArrayList<>();
        for (String token : text.split("[\\s\\[\\],:]+")) {
            if (!token.isEmpty()) {
                words.add(token);
            }
        }
        assertThat(words).hasSizeGreaterThan(500);
        assertSameAnswers(words);
    }
}
