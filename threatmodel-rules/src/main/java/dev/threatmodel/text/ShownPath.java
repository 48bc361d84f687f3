package dev.threatmodel.text;

import java.nio.file.Path;

/** How reports name a file: relative to a base directory, with {@code /} between names. */
public final class ShownPath {

    private ShownPath() {
    }

    /**
     * The file relative to {@code base} when it lies inside it; otherwise its file name alone, so that no report
     * carries an absolute path of the machine that ran the check.
     */
    public static String of(Path file, Path base) {
        if (file == null) {
            return "<unknown>";
        }
        Path f = file.toAbsolutePath().normalize();
        if (base != null) {
            Path b = base.toAbsolutePath().normalize();
            if (f.startsWith(b) && !f.equals(b)) {
                return slashes(b.relativize(f));
            }
        }
        Path name = f.getFileName();
        return name == null ? slashes(f) : name.toString();
    }

    /**
     * The file relative to {@code base}, with {@code ..} where it lies outside it, for console output that a person
     * reads in the directory the check ran in (never for reports, which name files inside the repository only). A
     * file on another root than {@code base} (another drive) keeps its absolute path: nothing shorter finds it.
     */
    public static String relative(Path file, Path base) {
        if (file == null) {
            return "<unknown>";
        }
        Path f = file.toAbsolutePath().normalize();
        if (base == null) {
            return slashes(f);
        }
        Path b = base.toAbsolutePath().normalize();
        if (f.equals(b)) {
            return ".";
        }
        if (!java.util.Objects.equals(f.getRoot(), b.getRoot())) {
            return f.toString();
        }
        return slashes(b.relativize(f));
    }

    /**
     * The root of the repository that SARIF paths are relative to: the nearest directory at or above {@code dir}
     * holding {@code .git} (a directory, or a file in a worktree or submodule); else {@code fallback}.
     */
    public static Path repositoryRoot(Path dir, Path fallback) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (java.nio.file.Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return fallback;
    }

    private static String slashes(Path p) {
        StringBuilder s = new StringBuilder();
        for (Path part : p) {
            if (s.length() > 0) {
                s.append('/');
            }
            s.append(part);
        }
        return s.toString();
    }
}
