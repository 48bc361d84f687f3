package dev.threatmodel.check;

import dev.threatmodel.load.ModelLoadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the models of every module of a build, one after the other, for one view of the whole build. A model that
 * cannot be loaded is kept as such, with its problems, so that the view never shows it as passed.
 */
public final class AggregateCheck {

    private AggregateCheck() {
    }

    /**
     * One module's part: its name and the check that ran, or the load problems that stopped it.
     *
     * @param module       the module's name (its artifact id)
     * @param modelFile    the module's model
     * @param result       the check's result; null when the model could not be loaded
     * @param loadProblems the lines of {@link ConsoleReport#loadProblems}; empty when the model was checked
     */
    public record Entry(String module, Path modelFile, CheckResult result, List<String> loadProblems) {

        public Entry {
            loadProblems = List.copyOf(loadProblems);
        }

        /** Whether this module fails the build: its findings reach the threshold, or its model cannot be read. */
        public boolean fails() {
            return result == null || result.request().failOnSeverity().fails(result);
        }
    }

    /** A module with a model, and the request that checks it (which should write no report of its own). */
    public record Module(String name, CheckRequest request) {
    }

    /** Checks each module's model in the order given. */
    public static List<Entry> run(List<Module> modules) throws CheckConfigurationException, IOException {
        List<Entry> entries = new ArrayList<>();
        for (Module m : modules) {
            CheckRequest request = m.request();
            try {
                entries.add(new Entry(m.name(), request.modelFile(), ThreatModelCheck.run(request), List.of()));
            } catch (ModelLoadException e) {
                entries.add(new Entry(m.name(), request.modelFile(), null,
                        ConsoleReport.loadProblems(e, request.topDirectory())));
            }
        }
        return List.copyOf(entries);
    }
}
