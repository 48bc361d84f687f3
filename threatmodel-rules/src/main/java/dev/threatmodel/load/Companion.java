package dev.threatmodel.load;

import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.Asset;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AttackerGoal;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SecurityObjective;
import dev.threatmodel.model.Story;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.model.ZoneKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a companion file adds to a model imported from another tool's format: the facts that format cannot say
 * (see {@code docs/imports.md}, "Companion file"). Read by {@link CompanionReader}, applied by
 * {@link CompanionMerger}. Values not written are null (lists: empty); {@link #origin()} tells which top-level
 * keys were written, and where.
 */
public record Companion(Path file, String owner, String scope, LocalDate reviewed, String description,
                        List<Asset> assets, List<SecurityObjective> objectives, List<AttackerGoal> attackerGoals,
                        List<Assumption> assumptions, List<Story> stories, List<Suppression> suppressions,
                        List<ZoneOverlay> zones, List<ThreatOverlay> threats, Origin origin) {

    public Companion {
        assets = List.copyOf(assets);
        objectives = List.copyOf(objectives);
        attackerGoals = List.copyOf(attackerGoals);
        assumptions = List.copyOf(assumptions);
        stories = List.copyOf(stories);
        suppressions = List.copyOf(suppressions);
        zones = List.copyOf(zones);
        threats = List.copyOf(threats);
    }

    /** Whether the companion wrote this top-level key (with a non-null value, even an empty list). */
    public boolean writes(String key) {
        return origin.has(key);
    }

    /**
     * Facts about one zone of the imported model.
     *
     * @param trustLevel  null when not written
     * @param kind        null when not written
     * @param assumptions ids of assumptions, added to those of the zone
     */
    public record ZoneOverlay(String id, Integer trustLevel, ZoneKind kind, List<String> assumptions,
                              List<Suppression> suppressions, Origin origin) {
        public ZoneOverlay {
            assumptions = List.copyOf(assumptions);
            suppressions = List.copyOf(suppressions);
        }
    }

    /**
     * Facts about one threat of the imported model.
     *
     * @param mitigations replace the imported threat's mitigations; null when not written
     * @param acceptance  replaces the imported threat's acceptance; null when not written
     */
    public record ThreatOverlay(String id, List<Mitigation> mitigations, Acceptance acceptance,
                                List<Suppression> suppressions, Origin origin) {
        public ThreatOverlay {
            mitigations = mitigations == null ? null : List.copyOf(mitigations);
            suppressions = List.copyOf(suppressions);
        }
    }
}
