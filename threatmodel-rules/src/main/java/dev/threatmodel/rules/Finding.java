package dev.threatmodel.rules;

import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Suppression;
import java.util.Comparator;
import java.util.List;

/**
 * What a rule found: the rule, the level after configuration, a message that names the parts of the model by id and
 * label, where to fix it, related places, a rank (0 to 100, higher is riskier: flows into more trusted zones rank
 * highest), and an identity that does not change when lines move. A suppressed finding keeps its suppression.
 *
 * @param identity rule id and the ids of the model parts it concerns, joined by {@code /}: stable across edits that
 *                 do not change those ids
 */
public record Finding(String ruleId, Level level, String message, SourceLocation location,
                      List<RelatedLocation> related, int rank, String identity, Suppression suppression) {

    /** Errors first, then riskier first, then file order, then rule and message, so output never varies. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::level)
            .thenComparing(Comparator.comparingInt(Finding::rank).reversed())
            .thenComparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        related = related == null ? List.of() : List.copyOf(related);
        if (rank < 0 || rank > 100) {
            throw new IllegalArgumentException("rank is 0 to 100, got " + rank);
        }
    }

    public boolean isSuppressed() {
        return suppression != null;
    }

    public Finding withLevel(Level newLevel) {
        return new Finding(ruleId, newLevel, message, location, related, rank, identity, suppression);
    }

    public Finding withSuppression(Suppression s) {
        return new Finding(ruleId, level, message, location, related, rank, identity, s);
    }
}
