package dev.threatmodel.diff;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.analysis.ThreatResolution;
import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two versions of a model, in the terms a reviewer of a pull request asks about: flows that now
 * cross a trust boundary, threats added, closed, reopened or removed, mitigations that went from implemented to
 * planned (or were removed), assumptions refuted, risks accepted and acceptances about to expire, trust levels changed,
 * and new elements and flows that no threat is aimed at.
 *
 * <p>Parts are matched by id, as findings are: a renamed id is a removed part and a new one. Mitigations, which need
 * no id, are matched within their threat by id when they have one, else by name. Whether a threat is resolved is
 * decided as the rules decide it ({@link ThreatResolution}), on the same day for both versions, so an assumption
 * refuted elsewhere reopens the threats whose mitigations rely on it.
 *
 * <p>Cost is linear in the size of the two models.
 */
public final class ModelDiff {

    /** Acceptances that expire within this many days are listed. */
    public static final int EXPIRY_WARNING_DAYS = 30;

    private final List<ModelChange> changes;

    private ModelDiff(List<ModelChange> changes) {
        List<ModelChange> sorted = new ArrayList<>(changes);
        sorted.sort(ModelChange.ORDER);
        this.changes = List.copyOf(sorted);
    }

    /** Compares the base version with the head version as of {@code today}. */
    public static ModelDiff of(ThreatModel base, BoundaryAnalysis baseBoundaries, ThreatModel head,
                               BoundaryAnalysis headBoundaries, LocalDate today) {
        List<ModelChange> out = new ArrayList<>();
        crossings(base, baseBoundaries, head, headBoundaries, out);
        threats(base, head, today, out);
        assumptions(base, head, out);
        zones(base, head, out);
        unthreatened(base, head, out);
        return new ModelDiff(out);
    }

    public List<ModelChange> changes() {
        return changes;
    }

    public List<ModelChange> of(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private static void crossings(ThreatModel base, BoundaryAnalysis baseBoundaries, ThreatModel head,
                                  BoundaryAnalysis headBoundaries, List<ModelChange> out) {
        for (FlowCrossing c : headBoundaries.crossingFlows()) {
            DataFlow flow = c.flow();
            Optional<DataFlow> before = base.flow(flow.id());
            Set<String> was = new LinkedHashSet<>();
            if (before.isPresent()) {
                baseBoundaries.of(flow.id()).ifPresent(bc -> bc.boundaries().forEach(z -> was.add(z.id())));
            }
            List<String> added = c.boundaries().stream().map(TrustZone::id).filter(id -> !was.contains(id))
                    .distinct().toList();
            if (added.isEmpty()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String id : added) {
                names.add(head.zone(id).map(ModelItem::display).orElse(id));
            }
            String text = (before.isEmpty() ? "new flow " : "flow ") + flow(head, flow) + " now crosses "
                    + String.join(", ", names) + " (" + c.direction().words() + ")";
            out.add(new ModelChange(ChangeKind.FLOW_NOW_CROSSES, flow.id(), text));
        }
    }

    private static void threats(ThreatModel base, ThreatModel head, LocalDate today, List<ModelChange> out) {
        for (Threat t : head.threats()) {
            Optional<Threat> before = base.threat(t.id());
            ThreatResolution now = ThreatResolution.of(t, head, today);
            String on = " on " + target(head, t.target());
            if (before.isEmpty()) {
                out.add(new ModelChange(ChangeKind.THREAT_ADDED, t.id(), "threat " + t.display() + on + ", "
                        + status(t) + (now.resolved() ? "" : " (unresolved: " + words(now) + ")")));
            } else {
                Threat b = before.get();
                ThreatResolution then = ThreatResolution.of(b, base, today);
                if (then.resolved() && !now.resolved()) {
                    out.add(new ModelChange(ChangeKind.THREAT_REOPENED, t.id(), "threat " + t.display() + on
                            + " was resolved (" + status(b) + "), now " + words(now)));
                } else if (!then.resolved() && now.resolved()) {
                    out.add(new ModelChange(ChangeKind.THREAT_CLOSED, t.id(), "threat " + t.display() + on
                            + " is now " + status(t)));
                }
                mitigations(b, t, out);
                if (t.acceptance() != null && b.acceptance() == null) {
                    out.add(new ModelChange(ChangeKind.ACCEPTANCE_ADDED, t.id(), "threat " + t.display() + on
                            + " accepted" + acceptance(t.acceptance())));
                }
            }
            if (before.isEmpty() && t.acceptance() != null) {
                out.add(new ModelChange(ChangeKind.ACCEPTANCE_ADDED, t.id(), "threat " + t.display() + on
                        + " accepted" + acceptance(t.acceptance())));
            }
            Acceptance a = t.acceptance();
            if (a != null && a.expires() != null) {
                long days = ChronoUnit.DAYS.between(today, a.expires());
                if (days <= EXPIRY_WARNING_DAYS) {
                    String when = days < 0 ? "expired on " + a.expires()
                            : "expires on " + a.expires() + (days == 0 ? " (today)" : " (in " + days + " day"
                            + (days == 1 ? "" : "s") + ")");
                    out.add(new ModelChange(ChangeKind.ACCEPTANCE_EXPIRING, t.id(), "acceptance of threat "
                            + t.display() + on + " " + when));
                }
            }
        }
        for (Threat b : base.threats()) {
            if (head.threat(b.id()).isEmpty()) {
                out.add(new ModelChange(ChangeKind.THREAT_REMOVED, b.id(), "threat " + b.display() + " on "
                        + target(base, b.target()) + " (" + status(b) + ") is no longer in the model"));
            }
        }
    }

    private static void mitigations(Threat before, Threat now, List<ModelChange> out) {
        Map<String, Mitigation> current = new HashMap<>();
        for (Mitigation m : now.mitigations()) {
            current.putIfAbsent(key(m), m);
        }
        for (Mitigation was : before.mitigations()) {
            if (was.status() != MitigationStatus.IMPLEMENTED) {
                continue;
            }
            Mitigation is = current.get(key(was));
            String what = "mitigation " + mitigation(was) + " of threat " + now.display();
            if (is == null) {
                out.add(new ModelChange(ChangeKind.MITIGATION_DOWNGRADED, now.id(), what
                        + " was implemented and is no longer listed"));
            } else if (is.status() != MitigationStatus.IMPLEMENTED) {
                out.add(new ModelChange(ChangeKind.MITIGATION_DOWNGRADED, now.id(), what + ": implemented \u2192 "
                        + (is.status() == null ? "no status" : is.status().keyword())));
            }
        }
    }

    /** A mitigation's written id; else (the loader numbers unnamed ones by position, which shifts) its name. */
    private static String key(Mitigation m) {
        boolean written = m.id() != null && !m.id().isBlank() && m.origin() != null && m.origin().has("id");
        return written ? "id:" + m.id() : "name:" + (m.name() == null ? "" : m.name());
    }

    private static String mitigation(Mitigation m) {
        boolean hasId = m.id() != null && !m.id().isBlank();
        boolean hasName = m.name() != null && !m.name().isBlank();
        if (hasId && hasName) {
            return m.id() + " \"" + m.name() + "\"";
        }
        return hasId ? m.id() : hasName ? "\"" + m.name() + "\"" : "(unnamed)";
    }

    private static void assumptions(ThreatModel base, ThreatModel head, List<ModelChange> out) {
        for (Assumption a : head.assumptions()) {
            if (a.status() != AssumptionStatus.REFUTED) {
                continue;
            }
            Optional<Assumption> before = base.assumption(a.id());
            if (before.isEmpty()) {
                out.add(new ModelChange(ChangeKind.ASSUMPTION_REFUTED, a.id(), "new assumption " + a.display()
                        + " is recorded as refuted"));
            } else if (before.get().status() != AssumptionStatus.REFUTED) {
                AssumptionStatus was = before.get().status();
                out.add(new ModelChange(ChangeKind.ASSUMPTION_REFUTED, a.id(), "assumption " + a.display() + ": "
                        + (was == null ? "no status" : was.keyword()) + " \u2192 refuted"));
            }
        }
    }

    private static void zones(ThreatModel base, ThreatModel head, List<ModelChange> out) {
        for (TrustZone z : head.zones()) {
            Optional<TrustZone> before = base.zone(z.id());
            if (before.isPresent() && !Objects.equals(before.get().trustLevel(), z.trustLevel())) {
                out.add(new ModelChange(ChangeKind.ZONE_TRUST_CHANGED, z.id(), "zone " + z.display()
                        + ": trust level " + level(before.get().trustLevel()) + " \u2192 " + level(z.trustLevel())));
            }
        }
    }

    private static String level(Integer trust) {
        return trust == null ? "not set" : trust.toString();
    }

    private static void unthreatened(ThreatModel base, ThreatModel head, List<ModelChange> out) {
        for (Element e : head.elements()) {
            if (base.element(e.id()).isEmpty() && head.threatsOn(e.id()).isEmpty() && !e.outOfScope()) {
                out.add(new ModelChange(ChangeKind.ELEMENT_WITHOUT_THREAT, e.id(), "new "
                        + (e.type() == null ? "element" : e.type().keyword()) + " " + e.display() + " has no threat aimed at it"));
            }
        }
        for (DataFlow f : head.flows()) {
            if (base.flow(f.id()).isEmpty() && head.threatsOn(f.id()).isEmpty()) {
                out.add(new ModelChange(ChangeKind.FLOW_WITHOUT_THREAT, f.id(), "new flow " + flow(head, f)
                        + " has no threat aimed at it"));
            }
        }
    }

    private static String target(ThreatModel model, String id) {
        if (id == null) {
            return "(no target)";
        }
        Optional<DataFlow> flow = model.flow(id);
        if (flow.isPresent()) {
            return "flow " + flow(model, flow.get());
        }
        return model.target(id).map(ModelItem::display).orElse(id);
    }

    /** {@code f1 "label" (source → target)}. */
    private static String flow(ThreatModel model, DataFlow f) {
        String from = f.source() == null ? "?" : f.source();
        String to = f.target() == null ? "?" : f.target();
        return f.display() + " (" + from + (f.bidirectional() ? " \u2194 " : " \u2192 ") + to + ")";
    }

    private static String status(Threat t) {
        return t.status() == null ? "open" : t.status().keyword();
    }

    private static String acceptance(Acceptance a) {
        StringBuilder s = new StringBuilder();
        if (a.acceptedBy() != null && !a.acceptedBy().isBlank()) {
            s.append(" by ").append(a.acceptedBy());
        }
        s.append(a.expires() != null ? " until " + a.expires() : " with no expiry date");
        return s.toString();
    }

    private static String words(ThreatResolution r) {
        return switch (r.verdict()) {
            case RESOLVED -> "resolved";
            case OPEN -> "open";
            case NO_IMPLEMENTED_MITIGATION -> "marked mitigated with no implemented mitigation";
            case MITIGATIONS_VOIDED -> "open again: its mitigations rely on refuted assumption"
                    + (r.refuted().size() == 1 ? " " : "s ")
                    + String.join(", ", r.refuted().stream().map(Assumption::id).toList());
            case ACCEPTANCE_INCOMPLETE -> "accepted without " + String.join(", ", r.missing());
            case ACCEPTANCE_EXPIRED -> "accepted, but the acceptance has expired";
            case JUSTIFICATION_MISSING -> "not-applicable without a justification";
        };
    }
}
