package dev.threatmodel.report;

import dev.threatmodel.check.TestModels;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;

/** The check package's test models, for the report tests. */
final class TestModels2 {

    private TestModels2() {
    }

    static ThreatModel crossing(Path file, int shift, String owner, String f1Name, boolean suppressF1) {
        return TestModels.crossing(file, shift, owner, f1Name, suppressF1);
    }

    static ThreatModel clean(Path file) {
        return TestModels.clean(file);
    }
}
