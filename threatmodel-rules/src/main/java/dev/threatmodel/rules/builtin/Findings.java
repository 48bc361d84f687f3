package dev.threatmodel.rules.builtin;

import dev.threatmodel.analysis.CrossingDirection;
import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.load.CompanionReader;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleContext;
import java.nio.file.Path;
import java.util.Optional;

/** Wording and ranking shared by the built-in rules, so that findings read alike. */
final class Findings {

    /** Rank of findings on flows into a more trusted zone. */
    static final int RANK_INTO_MORE_TRUSTED = 90;
    /** Rank of findings on flows into a less trusted zone. */
    static final int RANK_INTO_LESS_TRUSTED = 60;
    /** Rank of every other finding. */
    static final int RANK_DEFAULT = 50;

    private Findings() {
    }

    static int rank(CrossingDirection direction) {
        return switch (direction) {
            case INTO_MORE_TRUSTED, UNKNOWN -> RANK_INTO_MORE_TRUSTED;
            case INTO_LESS_TRUSTED -> RANK_INTO_LESS_TRUSTED;
            case BETWEEN_EQUALS -> RANK_DEFAULT;
        };
    }

    /**
     * {@code flow f1 "label" (crosses into a more trusted zone)}; a flow that enters a more trusted zone only on its
     * way back says so, and one of unknown direction says that it is checked as the worst case.
     */
    static String crossingFlow(ThreatModel model, FlowCrossing c) {
        return "flow " + flow(model, c.flow()) + " (" + crossingWords(c) + ")";
    }

    /** Why a crossing flow is ranked as it is, in words: {@code crosses into a more trusted zone}. */
    static String crossingWords(FlowCrossing c) {
        if (c.back()) {
            return "crosses into a more trusted zone on its way back, since it runs both ways";
        }
        if (c.direction() == CrossingDirection.UNKNOWN) {
            return "crosses " + c.direction().words() + ", so it is checked as entering a more trusted zone";
        }
        return "crosses " + c.direction().words();
    }

    /**
     * How findings name a flow: {@code f1 "label"}; a flow without a label by its id and its ends,
     * {@code f1 from "Browser" to "Web server"} ({@code between ... and ...} when it runs both ways), because
     * generated ids alone say nothing to a reader, while the id is what the reader searches the file for. Names
     * written over several lines are joined into one.
     */
    static String flow(ThreatModel model, DataFlow f) {
        if (!blank(f.name())) {
            return f.id() + " " + ModelItem.quoted(oneLine(f.name()));
        }
        Optional<Element> source = f.source() == null ? Optional.empty() : model.element(f.source());
        Optional<Element> target = f.target() == null ? Optional.empty() : model.element(f.target());
        if (source.isEmpty() || target.isEmpty()) {
            return f.id();
        }
        return f.id() + (f.bidirectional() ? " between " : " from ") + end(source.get())
                + (f.bidirectional() ? " and " : " to ") + end(target.get());
    }

    private static String end(Element e) {
        return ModelItem.quoted(blank(e.name()) ? e.id() : oneLine(e.name()));
    }

    /**
     * A name drawn over several lines (common in Threat Dragon labels) as one line of text: each run of the
     * whitespace {@code \s} matches (space, tab, line feed, vertical tab, form feed, carriage return) becomes one
     * space. Written out, since a regular expression compiled per finding costs more than the rule that asks.
     */
    static String oneLine(String name) {
        String text = name.strip();
        StringBuilder out = null;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = isRegexSpace(c);
            if (space && out == null && (c != ' ' || i + 1 < text.length() && isRegexSpace(text.charAt(i + 1)))) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (!space) {
                    out.append(c);
                } else if (!inRun) {
                    out.append(' ');
                }
            }
            inRun = space;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Adds the boundaries a flow crosses as related locations: the zones it leaves, then those it enters. */
    static RuleContext.FindingBuilder boundaries(RuleContext.FindingBuilder finding, FlowCrossing c) {
        for (TrustZone z : c.exited()) {
            finding.related(z.origin().at(), "the flow leaves zone " + z.display());
        }
        for (TrustZone z : c.entered()) {
            finding.related(z.origin().at(), "the flow enters zone " + z.display());
        }
        return finding;
    }

    /** A mitigation by id and label, or by its position in the threat where it has no id. */
    static String mitigation(Threat threat, int index, Mitigation m) {
        if (m.id() != null && !m.id().isBlank()) {
            return "mitigation " + m.display();
        }
        String label = m.name() == null || m.name().isBlank() ? "" : " " + ModelItem.quoted(m.name());
        return "mitigation " + (index + 1) + label + " of threat " + threat.id();
    }

    /** The identity key of a mitigation within its threat. */
    static String mitigationKey(int index, Mitigation m) {
        return m.id() != null && !m.id().isBlank() ? m.id() : "mitigation-" + (index + 1);
    }

    /**
     * Reports, once per model and rule, that the model's format cannot record a fact the rule needs, and how to add
     * it; the finding is always a note. Returns whether the model lacks the fact, so that the rule can skip the
     * checks that need it.
     */
    static boolean formatGap(RuleContext context, Rule rule, FormatGap gap) {
        if (!context.model().lacks(gap)) {
            return false;
        }
        context.reportModel("This " + context.model().format().title() + " model cannot record "
                        + gap.description() + ", so " + rule.id() + " " + rule.name() + " skips the checks that "
                        + "need it. " + howToSupply(context.model().file(), gap))
                .note()
                .key("format-gap-" + gap.name().toLowerCase(java.util.Locale.ROOT));
        return true;
    }

    /**
     * How to supply a missing fact: in the companion file beside the model, named exactly, or by converting the
     * model where a companion cannot say it (interaction numbers belong to the drawing).
     */
    static String howToSupply(Path modelFile, FormatGap gap) {
        String convert = "convert the model to the native format with threatmodel:convert.";
        if (gap == FormatGap.INTERACTION_NUMBERS) {
            return "Number the flows after converting the model to the native format with threatmodel:convert.";
        }
        if (gap == FormatGap.DIAGRAM) {
            return "Convert the model to the native format with threatmodel:convert and draw the diagram there.";
        }
        String companion = modelFile == null || modelFile.getFileName() == null ? "<model>" + CompanionReader.SUFFIX
                : CompanionReader.defaultPath(modelFile).getFileName().toString();
        String what = gap == FormatGap.TRUST_LEVELS ? "Give every zone a trustLevel"
                : gap == FormatGap.MITIGATION_DETAILS || gap == FormatGap.ACCEPTANCE_DETAILS ? "Add them per threat"
                : gap == FormatGap.REVIEW_DATE ? "Add it" : "Add them";
        return what + " in a companion file next to the model (" + companion + "; see docs/imports.md), or "
                + convert;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
