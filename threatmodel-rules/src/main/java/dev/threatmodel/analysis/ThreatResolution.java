package dev.threatmodel.analysis;

import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a threat is really dealt with, and if not, why. One place decides this for every rule and report:
 * <ul>
 *   <li>{@code mitigated}: at least one implemented mitigation that relies on no refuted assumption;</li>
 *   <li>{@code accepted} and {@code transferred}: an acceptance with a justification, who accepted (or took over)
 *       the risk, and an expiry date that is not before today;</li>
 *   <li>{@code not-applicable}: an acceptance entry whose justification says why;</li>
 *   <li>{@code open}, or no status at all: not dealt with.</li>
 * </ul>
 * Where the model's format cannot record mitigation or acceptance details ({@link FormatGap}), the status written by
 * the source tool is taken at its word.
 *
 * @param refuted the refuted assumptions that voided the threat's implemented mitigations, each once, in the order
 *                the mitigations name them
 * @param missing the parts of the acceptance that are missing, in a fixed order
 */
public record ThreatResolution(Threat threat, Verdict verdict, List<Assumption> refuted, List<String> missing) {

    /** The outcome for one threat. */
    public enum Verdict {
        RESOLVED,
        OPEN,
        NO_IMPLEMENTED_MITIGATION,
        MITIGATIONS_VOIDED,
        ACCEPTANCE_INCOMPLETE,
        ACCEPTANCE_EXPIRED,
        JUSTIFICATION_MISSING
    }

    public ThreatResolution {
        refuted = List.copyOf(refuted);
        missing = List.copyOf(missing);
    }

    public boolean resolved() {
        return verdict == Verdict.RESOLVED;
    }

    /** Decides how the threat stands on the given day. */
    public static ThreatResolution of(Threat threat, ThreatModel model, LocalDate today) {
        ThreatStatus status = threat.status() == null ? ThreatStatus.OPEN : threat.status();
        return switch (status) {
            case OPEN -> verdict(threat, Verdict.OPEN);
            case MITIGATED -> mitigated(threat, model);
            case ACCEPTED, TRANSFERRED -> accepted(threat, model, today);
            case NOT_APPLICABLE -> threat.acceptance() != null && !blank(threat.acceptance().justification())
                    || model.lacks(FormatGap.ACCEPTANCE_DETAILS)
                    ? verdict(threat, Verdict.RESOLVED) : verdict(threat, Verdict.JUSTIFICATION_MISSING);
        };
    }

    /** Whether a mitigation counts as in place: implemented, or of unknown status in a format that cannot say. */
    public static boolean implemented(Mitigation m, ThreatModel model) {
        return m.status() == MitigationStatus.IMPLEMENTED
                || m.status() == null && model.lacks(FormatGap.MITIGATION_DETAILS);
    }

    /** The refuted assumptions a mitigation relies on, in the order it names them; unknown ids are skipped. */
    public static List<Assumption> refutedAssumptions(Mitigation m, ThreatModel model) {
        List<Assumption> result = new ArrayList<>();
        for (String id : m.reliesOn()) {
            model.assumption(id).filter(a -> a.status() == AssumptionStatus.REFUTED).ifPresent(result::add);
        }
        return result;
    }

    private static ThreatResolution mitigated(Threat threat, ThreatModel model) {
        if (model.lacks(FormatGap.MITIGATION_DETAILS)) {
            return verdict(threat, Verdict.RESOLVED);
        }
        Map<String, Assumption> broke = new LinkedHashMap<>();
        boolean anyImplemented = false;
        for (Mitigation m : threat.mitigations()) {
            if (!implemented(m, model)) {
                continue;
            }
            anyImplemented = true;
            List<Assumption> refuted = refutedAssumptions(m, model);
            if (refuted.isEmpty()) {
                return verdict(threat, Verdict.RESOLVED);
            }
            for (Assumption a : refuted) {
                broke.putIfAbsent(a.id(), a);
            }
        }
        if (!anyImplemented) {
            return verdict(threat, Verdict.NO_IMPLEMENTED_MITIGATION);
        }
        return new ThreatResolution(threat, Verdict.MITIGATIONS_VOIDED, new ArrayList<>(broke.values()), List.of());
    }

    private static ThreatResolution accepted(Threat threat, ThreatModel model, LocalDate today) {
        if (model.lacks(FormatGap.ACCEPTANCE_DETAILS)) {
            return verdict(threat, Verdict.RESOLVED);
        }
        Acceptance a = threat.acceptance();
        List<String> missing = new ArrayList<>();
        if (a == null || blank(a.justification())) {
            missing.add("justification");
        }
        if (a == null || blank(a.acceptedBy())) {
            missing.add("acceptedBy");
        }
        if (a == null || a.expires() == null) {
            missing.add("expires");
        }
        if (!missing.isEmpty()) {
            return new ThreatResolution(threat, Verdict.ACCEPTANCE_INCOMPLETE, List.of(), missing);
        }
        if (a.expires().isBefore(today)) {
            return verdict(threat, Verdict.ACCEPTANCE_EXPIRED);
        }
        return verdict(threat, Verdict.RESOLVED);
    }

    private static ThreatResolution verdict(Threat threat, Verdict verdict) {
        return new ThreatResolution(threat, verdict, List.of(), List.of());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
