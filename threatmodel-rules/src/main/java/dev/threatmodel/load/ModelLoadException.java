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
        this.problems = capped(problems.stream().sorted().toList());
    }

    /**
     * At most {@link LoadLimits#MAX_PROBLEMS} problems and a last line saying how many more there were: a thoroughly
     * broken or hostile file must not flood the build log. (The readers' own "stopped reading" line is kept.)
     */
    private static List<LoadProblem> capped(List<LoadProblem> sorted) {
        if (sorted.size() <= LoadLimits.MAX_PROBLEMS + 1) {
            return sorted;
        }
        List<LoadProblem> shown = new java.util.ArrayList<>(sorted.subList(0, LoadLimits.MAX_PROBLEMS));
        int more = sorted.size() - LoadLimits.MAX_PROBLEMS;
        shown.add(new LoadProblem(sorted.get(LoadLimits.MAX_PROBLEMS).location(), "and " + more
                + " more problems, not shown; fix these first"));
        return List.copyOf(shown);
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
