package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed reader importers reuse: values, problems and origins. */
class FieldReaderTest {

    @TempDir
    Path dir;

    private final List<LoadProblem> problems = new ArrayList<>();

    private FieldReader reader(String yaml) throws ModelLoadException {
        Path file = new LoadProblems(dir).write("x.yaml", yaml);
        return new FieldReader((MapNode) new ModelLoader().readTree(file), "a thing", problems);
    }

    private List<String> messages() {
        return problems.stream().sorted()
                .map(p -> p.location().line() + ":" + p.location().column() + " " + p.message()).toList();
    }

    @Test
    void listsSkipAndReportItemsOfTheWrongType() throws ModelLoadException {
        FieldReader r = reader("""
                words: [a, 3, b]
                levels: [low, huge, high]
                """);
        assertThat(r.strings("words")).containsExactly("a", "b");
        assertThat(r.keywords("levels", Severity.class)).containsExactly(Severity.LOW, Severity.HIGH);
        r.finish();
        assertThat(messages()).containsExactly(
                "1:12 'words' in a thing must be a string (put the value in quotes to write it as text),"
                        + " found a whole number ('3')",
                "2:15 'levels' in a thing cannot be 'huge': allowed are low, medium, high, critical");
    }

    @Test
    void nullValuesCountAsNotWrittenAndOnlyWrittenValuesHaveAnOrigin() throws ModelLoadException {
        FieldReader r = reader("""
                name:
                count: 7
                """);
        assertThat(r.string("name")).isNull();
        assertThat(r.integer("count")).isEqualTo(7);
        assertThat(r.string("absent")).isNull();
        r.finish();
        assertThat(problems).isEmpty();
        assertThat(r.origin().has("name")).isFalse();
        assertThat(r.origin().has("count")).isTrue();
        assertThat(r.origin().of("count").column()).isEqualTo(8);
    }

    @Test
    void numbersOutsideDecimalOrIntRangeAreRefused() throws ModelLoadException {
        FieldReader r = reader("""
                hex: 0x1F
                big: 99999999999
                octal: 017
                zero: 0
                """);
        assertThat(r.integer("hex")).isNull();
        assertThat(r.integer("big")).isNull();
        assertThat(r.integer("octal")).isNull();
        assertThat(r.integer("zero")).isZero();
        assertThat(messages()).containsExactly(
                "1:6 'hex' in a thing must be a whole number written in decimal digits, found a whole number"
                        + " ('0x1F')",
                "2:6 'big' in a thing must be a whole number between -2147483648 and 2147483647, found a whole"
                        + " number ('99999999999')",
                "3:8 'octal' in a thing must be a whole number written in decimal digits, found a whole number"
                        + " ('017')");
    }

    @Test
    void keysReadOrAllowedAreKnownAndOthersAreReported() throws ModelLoadException {
        FieldReader r = reader("""
                name: x
                extra: y
                severty: high
                """);
        r.string("name");
        r.allow("extra");
        r.keyword("severity", Severity.class);
        r.finish();
        assertThat(messages()).containsExactly("3:1 unknown key 'severty' in a thing; did you mean 'severity'?");
    }
}
