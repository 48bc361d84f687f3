package dev.threatmodel.load;

import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@link Companion} to the model it was read for, and removes the {@link FormatGap}s it fills, so that the
 * rules judge those facts item by item as in a native model.
 *
 * <p>A gap is filled when the companion writes the section that holds the fact, even as an empty list: the team
 * then answers for every item. {@code assets} or {@code objectives} fill the gap of assets and objectives,
 * {@code assumptions}, {@code stories} and {@code reviewed} their own gaps, and {@code threats} both the gap of
 * mitigation details and that of acceptance details: an imported threat without an overlay keeps its imported
 * mitigations and is judged as it stands. Trust levels are compared between zones, so the gap of trust levels is
 * filled only when every zone of the model has one after the merge; until then the rules that compare them keep
 * skipping and say so once. The gap of interaction numbers cannot be filled: numbers belong to the drawing.
 */
public final class CompanionMerger {

    private CompanionMerger() {
    }

    public static ThreatModel merge(ThreatModel base, Companion companion) {
        ThreatModel.Builder model = ThreatModel.builder().file(base.file()).format(base.format()).name(base.name())
                .owner(companion.owner() != null ? companion.owner() : base.owner())
                .scope(companion.scope() != null ? companion.scope() : base.scope())
                .reviewed(companion.reviewed() != null ? companion.reviewed() : base.reviewed())
                .description(companion.description() != null ? companion.description() : base.description())
                .origin(overlay(base.origin(), companion.origin(), "owner", "scope", "reviewed", "description"));
        base.assets().forEach(model::asset);
        companion.assets().forEach(model::asset);
        base.objectives().forEach(model::objective);
        companion.objectives().forEach(model::objective);
        base.attackerGoals().forEach(model::attackerGoal);
        companion.attackerGoals().forEach(model::attackerGoal);
        base.assumptions().forEach(model::assumption);
        companion.assumptions().forEach(model::assumption);
        Map<String, Companion.ZoneOverlay> zones = new LinkedHashMap<>();
        companion.zones().forEach(z -> zones.putIfAbsent(z.id(), z));
        boolean everyZoneTrusted = true;
        for (TrustZone zone : base.zones()) {
            TrustZone merged = zone(zone, zones.get(zone.id()));
            everyZoneTrusted &= merged.trustLevel() != null;
            model.zone(merged);
        }
        base.elements().forEach(model::element);
        base.flows().forEach(model::flow);
        Map<String, Companion.ThreatOverlay> threats = new LinkedHashMap<>();
        companion.threats().forEach(t -> threats.putIfAbsent(t.id(), t));
        for (Threat threat : base.threats()) {
            model.threat(threat(threat, threats.get(threat.id())));
        }
        base.stories().forEach(model::story);
        companion.stories().forEach(model::story);
        base.suppressions().forEach(model::suppression);
        companion.suppressions().forEach(model::suppression);
        base.crossedBoundaries().forEach(model::crossedBoundaries);
        base.importNotes().forEach(model::importNote);
        for (FormatGap gap : base.gaps()) {
            if (!fills(companion, gap, everyZoneTrusted && !base.zones().isEmpty())) {
                model.gap(gap);
            }
        }
        return model.build();
    }

    private static boolean fills(Companion c, FormatGap gap, boolean everyZoneTrusted) {
        return switch (gap) {
            case ASSETS_AND_OBJECTIVES -> c.writes("assets") || c.writes("objectives");
            case ASSUMPTIONS -> c.writes("assumptions");
            case TRUST_LEVELS -> everyZoneTrusted;
            case STORIES -> c.writes("stories");
            case MITIGATION_DETAILS, ACCEPTANCE_DETAILS -> c.writes("threats");
            case REVIEW_DATE -> c.writes("reviewed");
            case INTERACTION_NUMBERS, DIAGRAM -> false;
        };
    }

    private static TrustZone zone(TrustZone zone, Companion.ZoneOverlay overlay) {
        if (overlay == null) {
            return zone;
        }
        List<String> assumptions = new ArrayList<>(zone.assumptions());
        assumptions.addAll(overlay.assumptions());
        return new TrustZone(zone.id(), zone.name(),
                overlay.trustLevel() != null ? overlay.trustLevel() : zone.trustLevel(), zone.parent(),
                overlay.kind() != null ? overlay.kind() : zone.kind(), zone.description(), assumptions,
                joined(zone.suppressions(), overlay.suppressions()),
                overlay(zone.origin(), overlay.origin(), "trustLevel", "kind", "assumptions", "suppressions"));
    }

    private static Threat threat(Threat threat, Companion.ThreatOverlay overlay) {
        if (overlay == null) {
            return threat;
        }
        List<Mitigation> mitigations = overlay.mitigations() != null ? overlay.mitigations() : threat.mitigations();
        return new Threat(threat.id(), threat.name(), threat.category(), threat.otherCategory(), threat.target(),
                threat.description(), threat.severity(), threat.status(), mitigations,
                overlay.acceptance() != null ? overlay.acceptance() : threat.acceptance(),
                joined(threat.suppressions(), overlay.suppressions()),
                overlay(threat.origin(), overlay.origin(), "mitigations", "acceptance", "suppressions"));
    }

    private static List<Suppression> joined(List<Suppression> first, List<Suppression> second) {
        List<Suppression> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The base origin, with the fields the companion wrote pointing into the companion. */
    private static Origin overlay(Origin base, Origin companion, String... fields) {
        Map<String, SourceLocation> merged = new LinkedHashMap<>(base.fields());
        for (String field : fields) {
            if (companion.has(field)) {
                merged.put(field, companion.of(field));
            }
        }
        return new Origin(base.at(), merged);
    }
}
