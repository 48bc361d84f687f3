package dev.threatmodel.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.rules.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

    static final LocalDate DAY1 = LocalDate.of(2026, 11, 1);
    static final LocalDate DAY2 = LocalDate.of(2026, 11, 23);

    @TempDir
    Path tmp;

    static BaselineEntry entry(String rule, String subject, Level level, String message) {
        return new BaselineEntry(rule, rule + "/" + subject, level, message, null);
    }

    @Test
    void writesSortedAndReadsBackTheSameEntriesWhateverTheText() throws Exception {
        String awkward = "Flow \"f1\" \\ crosses: #not-a-comment\n\ttab \u202E rlo, caf\u00e9, \ud83d\udd12, '-'";
        Baseline b = new Baseline("now", List.of(
                entry("TM301", "f2", Level.WARNING, "second"),
                entry("TM101", "f1", Level.ERROR, awkward).recordedOn(DAY1),
                entry("TM101", "f1", Level.ERROR, "twice").recordedOn(DAY1)));
        String text = BaselineFile.render(b);
        assertThat(text).contains("version: 1\nfindings:\n  - identity: \"TM101/f1\"\n    rule: \"TM101\"\n"
                + "    level: \"error\"\n    recorded: \"2026-11-01\"\n    message: ");
        assertThat(text).doesNotContain("\u202E").contains("\\u202E").contains("\\\"f1\\\"").contains("\\u000A");
        assertThat(text.indexOf("TM101/f1")).isLessThan(text.indexOf("TM301/f2"));
        Path file = tmp.resolve("threatmodel-baseline.yaml");
        Files.writeString(file, text);

        Baseline read = BaselineFile.read(file, "threatmodel-baseline.yaml");
        assertThat(read.entries()).isEqualTo(b.entries());
        assertThat(read.description()).isEqualTo("baseline file threatmodel-baseline.yaml");
        assertThat(BaselineFile.render(read)).isEqualTo(text);
        assertThat(BaselineFile.render(new Baseline("x", List.of()))).endsWith("version: 1\nfindings: []\n");
    }

    @Test
    void writingAgainKeepsRecordedDaysAndReportsEntriesThatMatchNothing() {
        Baseline earlier = new Baseline("file", List.of(
                entry("TM101", "f1", Level.ERROR, "old wording").recordedOn(DAY1),
                entry("TM101", "gone", Level.ERROR, "fixed since").recordedOn(DAY1)));
        Baseline now = new Baseline("check", List.of(
                entry("TM101", "f1", Level.ERROR, "new wording"),
                entry("TM205", "f7", Level.NOTE, "new")));

        BaselineFile.Update update = BaselineFile.update(earlier, now, DAY2);

        assertThat(update.baseline().entries()).extracting(BaselineEntry::identity, BaselineEntry::recorded,
                BaselineEntry::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TM101/f1", DAY1, "new wording"),
                org.assertj.core.groups.Tuple.tuple("TM205/f7", DAY2, "new"));
        assertThat(update.added()).extracting(BaselineEntry::identity).containsExactly("TM205/f7");
        assertThat(update.dropped()).extracting(BaselineEntry::identity).containsExactly("TM101/gone");
        assertThat(BaselineFile.update(null, now, DAY2).dropped()).isEmpty();
    }

    @Test
    void aDamagedFileIsRefusedWithFileLineAndColumn() throws Exception {
        Path file = tmp.resolve("b.yaml");
        assertProblems(file, "findings: []\n", "'version'");
        assertProblems(file, "version: 2\nfindings: []\n", "version 2 is not known");
        assertProblems(file, "version: 1\nfindings:\n  - identity: TM101/f1\n    rule: TM101\n", "'level'");
        assertProblems(file, "version: 1\nfindings:\n  - identity: TM101/f1\n    rule: TM101\n    level: fatal\n",
                "fatal");
        assertProblems(file, "version: 1\nfindings:\n  - identity: TM999/f1\n    rule: TM101\n    level: error\n",
                "does not belong to rule TM101");
        assertProblems(file, "version: 1\nfindings:\n  - identity: TM101/f1\n    rule: TM101\n    level: error\n"
                + "    recorded: yesterday\n", "date");
        assertProblems(file, "version: 1\nfindigns: []\n", "findigns");
        assertProblems(file, "- a\n- b\n", "a mapping");
        assertProblems(file, "version: 1\nfindings: [\n", "");
    }

    private static void assertProblems(Path file, String text, String expected) throws Exception {
        Files.writeString(file, text);
        assertThatThrownBy(() -> BaselineFile.read(file, "b.yaml")).as(text)
                .isInstanceOf(ModelLoadException.class)
                .satisfies(e -> {
                    List<LoadProblem> problems = ((ModelLoadException) e).problems();
                    assertThat(problems).isNotEmpty().allMatch(p -> p.location() != null
                            && p.location().file().equals(file) && p.location().line() >= 1);
                    assertThat(problems).anyMatch(p -> p.message().contains(expected));
                });
    }
}
