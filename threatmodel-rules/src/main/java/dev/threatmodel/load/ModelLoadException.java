package dev.threatmodel.load;

import java.util.List;

/**
 * A model file could not be loaded. Carries every problem found in the pass, sorted by location, so that an author
 * can fix them all at once.
 */
public class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<LoadProblem> problems;

    public ModelLoadException(List<LoadProblem> problems) {
        super(summary(problems));
        this.problems = problems.stream().sorted().toList();
    }

    public ModelLoadException(LoadProblem problem) {
        this(List.of(problem));
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    private static String summary(List<LoadProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure needs at least one problem");
        }
        LoadProblem first = problems.stream().sorted().findFirst().orElseThrow();
        return problems.size() == 1 ? first.toString()
                : first + " (and " + (problems.size() - 1) + " more problem" + (problems.size() == 2 ? "" : "s") + ")";
    }
}
