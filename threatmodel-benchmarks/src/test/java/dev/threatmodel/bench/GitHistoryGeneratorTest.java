package dev.threatmodel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.git.GitCodeHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void writesAWalkableHistoryWhoseChangesTheDriftReaderFinds() throws Exception {
        GitHistoryGenerator.generate(dir, 300, 10, 5);

        GitCodeHistory.History all = GitCodeHistory.read(dir, List.of("src"), LocalDate.of(2019, 12, 31),
                p -> true);
        GitCodeHistory.History one = GitCodeHistory.read(dir, List.of("src/d003"), LocalDate.of(2019, 12, 31),
                p -> true);

        assertThat(all.unknown()).isNull();
        assertThat(all.walked()).isEqualTo(300);
        assertThat(all.commits()).hasSize(300);
        // 30 changes to the directory, and the first commit, which adds its 5 files
        assertThat(one.commits()).hasSize(31);
        assertThat(one.commits().subList(0, 30)).allSatisfy(c -> assertThat(c.paths()).singleElement()
                .asString().startsWith("src/d003/F0"));
        assertThat(one.commits().get(30).paths()).hasSize(5);
    }
}
