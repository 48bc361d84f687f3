package dev.threatmodel.rules;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.repo.RepositoryFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule sees while it runs: the model, the boundary analysis, the options, and a way to report findings.
 * A finding is reported about a subject (the part of the model it concerns, or the model itself), which decides
 * where it points by default, which suppressions apply to it and its stable identity.
 */
public final class RuleContext {

    private final ThreatModel model;
    private final BoundaryAnalysis boundaries;
    private final RuleOptions options;
    private final RepositoryFacts repository;
    private final List<FindingBuilder> reported = new ArrayList<>();

    public RuleContext(ThreatModel model, BoundaryAnalysis boundaries, RuleOptions options) {
        this(model, boundaries, options, RepositoryFacts.NOT_COLLECTED);
    }

    public RuleContext(ThreatModel model, BoundaryAnalysis boundaries, RuleOptions options,
                       RepositoryFacts repository) {
        this.model = model;
        this.boundaries = boundaries;
        this.options = options;
        this.repository = repository == null ? RepositoryFacts.NOT_COLLECTED : repository;
    }

    public ThreatModel model() {
        return model;
    }

    public BoundaryAnalysis boundaries() {
        return boundaries;
    }

    public RuleOptions options() {
        return options;
    }

    /** What the repository around the model says (linked code's history, declared MCP servers); gathered before. */
    public RepositoryFacts repository() {
        return repository;
    }

    /** Reports a finding about one part of the model; refine it through the returned builder. */
    public FindingBuilder report(ModelItem subject, String message) {
        FindingBuilder b = new FindingBuilder(subject, message, subject.origin().at());
        reported.add(b);
        return b;
    }

    /** Reports a finding about the model as a whole; it points at the top of the model file. */
    public FindingBuilder reportModel(String message) {
        FindingBuilder b = new FindingBuilder(null, message, model.origin().at());
        reported.add(b);
        return b;
    }

    /** The findings reported so far, in the order they were reported. Used by the engine. */
    List<FindingBuilder> reported() {
        return reported;
    }

    void clear() {
        reported.clear();
    }

    /** A finding being reported; every method returns the builder itself. */
    public static final class FindingBuilder {
        final ModelItem subject;
        final String message;
        SourceLocation location;
        final List<RelatedLocation> related = new ArrayList<>();
        int rank = 50;
        String key;
        boolean note;

        private FindingBuilder(ModelItem subject, String message, SourceLocation location) {
            this.subject = subject;
            this.message = message;
            this.location = location;
        }

        /** Points the finding at a more exact place, such as one field of the subject. */
        public FindingBuilder at(SourceLocation where) {
            if (where != null) {
                this.location = where;
            }
            return this;
        }

        /** Adds a place that explains the finding. */
        public FindingBuilder related(SourceLocation where, String why) {
            if (where != null) {
                related.add(new RelatedLocation(where, why));
            }
            return this;
        }

        /** 0 to 100; higher is riskier. Defaults to 50. */
        public FindingBuilder rank(int value) {
            this.rank = Math.max(0, Math.min(100, value));
            return this;
        }

        /**
         * Makes this finding a note whatever the rule's level: for remarks that are not a breach of the rule, such as
         * the single note a rule gives when the model's format cannot say what the rule needs.
         */
        public FindingBuilder note() {
            this.note = true;
            return this;
        }

        /**
         * Tells apart several findings of one rule on the same subject (for example the id of the threat a finding
         * is about); part of the finding's stable identity, so it must not depend on line numbers.
         */
        public FindingBuilder key(String value) {
            this.key = value;
            return this;
        }
    }
}
