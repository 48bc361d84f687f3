package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodel.check.ScenarioTable.Case;
import dev.threatmodel.check.ScenarioTable.Covered;
import dev.threatmodel.check.ScenarioTable.Expected;
import dev.threatmodel.check.ScenarioTable.Row;
import dev.threatmodel.check.ScenarioTable.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus table is read exactly, and a row it cannot read stops the corpus test instead of checking less. */
class ScenarioTableTest {

    @TempDir
    Path dir;

    private ScenarioTable read(String... rows) throws Exception {
        Path file = dir.resolve("README.md");
        Files.writeString(file, "# Corpus\n\n<!-- scenarios -->\n| Scenario | Covers | Changes | Verdict | Expected "
                + "findings | Status |\n|---|---|---|---|---|---|\n" + String.join("\n", rows)
                + "\n<!-- end of scenarios -->\n\n<!-- not failing natively -->\n- TM302: only drawings dangle.\n"
                + "<!-- end of not failing natively -->\n");
        return ScenarioTable.read(file);
    }

    @Test
    void readsEveryCellOfARow() throws Exception {
        ScenarioTable table = read("| `a.yaml` | TM101:fail, TM102:missing | drops T1 | fail | TM101 error 12:5 "
                + "\"f1 'Login'\"<br>TM501 warning 3:7 suppressed<br>TM102+TM104 note 1:1 \"cannot record\"<br>"
                + "TM102 error a.threatmodel.yaml:9:3 | pending-i11: not yet |");

        Row row = table.rows().get(0);
        assertThat(row.file()).isEqualTo("a.yaml");
        assertThat(row.covers()).containsExactly(new Covered("TM101", Case.FAIL), new Covered("TM102", Case.MISSING));
        assertThat(row.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(row.findings()).containsExactly(
                new Expected("TM101", "error", null, 12, 5, false, "f1 'Login'"),
                new Expected("TM501", "warning", null, 3, 7, true, null),
                new Expected("TM102", "note", null, 1, 1, false, "cannot record"),
                new Expected("TM104", "note", null, 1, 1, false, "cannot record"),
                new Expected("TM102", "error", "a.threatmodel.yaml", 9, 3, false, null));
        assertThat(row.findings().get(4).key()).isEqualTo("TM102 error a.threatmodel.yaml:9:3");
        assertThat(row.pending()).isEqualTo("not yet");
        assertThat(table.notFailingNatively()).containsEntry("TM302", "only drawings dangle.");
    }

    @Test
    void readsLoadProblemsAndRowsWithoutFindings() throws Exception {
        ScenarioTable table = read("| `b.yaml` | - | bad key | load-error | load 4:3 \"needs 'status'\" | |",
                "| `c.yaml` | TM101:pass | nothing | pass | - | |");

        assertThat(table.rows().get(0).findings()).containsExactly(
                new Expected("load", null, null, 4, 3, false, "needs 'status'"));
        assertThat(table.rows().get(0).findings().get(0).key()).isEqualTo("load 4:3");
        assertThat(table.rows().get(1).findings()).isEmpty();
        assertThat(table.rows().get(1).isPending()).isFalse();
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> read("| `a.yaml` | - | x | passed | - | |"))
                .hasMessageContaining("verdict must be pass, fail or load-error");
        assertThatThrownBy(() -> read("| `a.yaml` | - | x | fail | TM101 12:5 | |"))
                .hasMessageContaining("a rule's finding has a level");
        assertThatThrownBy(() -> read("| `a.yaml` | - | x | fail | load error 12:5 | |"))
                .hasMessageContaining("a load problem has none");
        assertThatThrownBy(() -> read("| `a.yaml` | - | x | fail | TM101 error line 12 | |"))
                .hasMessageContaining("cannot read finding");
        assertThatThrownBy(() -> read("| `a.yaml` | TM101 fails | x | fail | - | |"))
                .hasMessageContaining("a covered case is");
        assertThatThrownBy(() -> read("| `a.yaml` | - | x | fail | - | later |"))
                .hasMessageContaining("status is empty or 'pending-i11: reason'");
        assertThatThrownBy(() -> read("| `a.yaml` | - | x | fail | - |"))
                .hasMessageContaining("a row has 6 cells");
        assertThatThrownBy(() -> read("| `a.yaml` | - |  | fail | - | |"))
                .hasMessageContaining("say in one line what the scenario changes");
    }

    @Test
    void aTableWithoutRowsIsAnError() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("has no scenario rows");
    }
}
