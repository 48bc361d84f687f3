package dev.threatmodel.check;

import dev.threatmodel.baseline.Baseline;
import dev.threatmodel.baseline.BaselineFile;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.report.AtomicFiles;
import dev.threatmodel.text.ShownPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the baseline file of a check ({@code threatmodel:baseline}): every unsuppressed finding, sorted, each entry
 * keeping the day it was first recorded when the file already held it. The file is written atomically; an existing
 * file that cannot be read is refused, not overwritten, so a typo in a hand edit cannot silently widen the baseline.
 */
public final class BaselineRecorder {

    private BaselineRecorder() {
    }

    /** Writes {@code file} from the result's findings; returns what was added and which entries were dropped. */
    public static BaselineFile.Update record(CheckResult result, Path file) throws BaselineException, IOException {
        String shown = ShownPath.of(file, result.request().topDirectory());
        Baseline earlier = null;
        if (Files.isRegularFile(file)) {
            try {
                earlier = BaselineFile.read(file, shown);
            } catch (ModelLoadException e) {
                List<String> lines = ConsoleReport.loadProblems(e, result.request().topDirectory());
                throw new BaselineException("The baseline file " + shown + " cannot be read, so it is not"
                        + " overwritten:\n" + String.join("\n", lines) + "\nFix it, or delete it to record a new"
                        + " baseline.", e);
            }
        }
        BaselineFile.Update update = BaselineFile.update(earlier,
                Baseline.of("baseline file " + shown, result.findings(), null), result.request().ruleOptions().today());
        AtomicFiles.write(file, BaselineFile.render(update.baseline()).getBytes(StandardCharsets.UTF_8));
        return update;
    }
}
