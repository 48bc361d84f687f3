package dev.threatmodel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShownPathTest {

    @TempDir
    Path dir;

    @Test
    void aFileInsideTheBaseIsShownRelativeWithSlashes() {
        assertThat(ShownPath.of(dir.resolve("a/b/threatmodel.yaml"), dir)).isEqualTo("a/b/threatmodel.yaml");
        assertThat(ShownPath.of(dir.resolve("a/../c/m.yaml"), dir)).isEqualTo("c/m.yaml");
    }

    @Test
    void aFileOutsideTheBaseIsShownByNameNeverAbsolute() {
        assertThat(ShownPath.of(dir.resolve("other/m.yaml"), dir.resolve("base"))).isEqualTo("m.yaml");
        assertThat(ShownPath.of(null, dir)).isEqualTo("<unknown>");
    }
}
