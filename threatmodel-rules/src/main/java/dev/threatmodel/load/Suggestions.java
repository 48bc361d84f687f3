package dev.threatmodel.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the word a person most likely meant, by edit distance, for "did you mean ...?" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code written}, if it is close enough to be a plausible typo: at most a third of the
     * longer word's letters differ (and at least one edit is always allowed). Ties go to the earlier candidate. Failing
     * that, the only candidate that begins with what was written (three letters at least), since a shortened word
     * ({@code crypto}, {@code elevation}) is as common a slip as a typo.
     */
    public static Optional<String> nearest(String written, Collection<String> candidates) {
        if (written == null || written.isEmpty()) {
            return Optional.empty();
        }
        String w = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            int allowed = Math.max(1, Math.max(w.length(), candidate.length()) / 3);
            if (d <= allowed && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best == null && w.length() >= 3) {
            best = onlyOneStartingWith(w, candidates);
        }
        return Optional.ofNullable(best);
    }

    /** The one candidate that begins with the written word ({@code crypto} for {@code cryptography}), if only one does. */
    private static String onlyOneStartingWith(String written, Collection<String> candidates) {
        String found = null;
        for (String candidate : candidates) {
            if (candidate.toLowerCase(Locale.ROOT).startsWith(written)) {
                if (found != null && !found.equals(candidate)) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    /** {@code ; did you mean 'x'?} or nothing. */
    static String hint(String written, Collection<String> candidates) {
        return nearest(written, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /**
     * Edit distance where inserting, deleting or changing a letter, or swapping two neighbouring letters, each cost
     * one (optimal string alignment), so that {@code nmae} is one step from {@code name}.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
