package dev.threatmodel.analysis;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which trust boundaries each flow crosses. A flow crosses a boundary when exactly one of its ends lies inside the
 * zone: zones nest, so a flow from a nested zone to its parent crosses the inner boundary only. An element outside
 * every zone (out of scope, or not placed) is taken as least trusted. Cost is linear in the number of flows times the
 * nesting depth: each zone's chain of enclosing zones is computed once. A bidirectional flow between zones of
 * different trust counts as moving into the more trusted one, since one of its two directions does.
 *
 * <p>Besides zone membership, a flow also crosses the boundary lines an importer recorded for it
 * ({@link ThreatModel#crossedBoundaries(String)}): Threat Dragon draws some boundaries as open curves that enclose
 * nothing, so only the drawing can tell which flows cross them. Such a line has no inside, so it does not tell which
 * way trust changes: when the ends' zones do not tell either, the direction is unknown.
 *
 * <p>In a native model, an element that is in scope but sits in no zone has trust that is not known: a flow between
 * it and another element outside every zone still crosses (direction unknown), so that leaving out {@code zone}
 * never takes a flow out of the boundary checks.
 *
 * <p>An unknown direction is never a relief: rules that guard the way into a more trusted zone treat it as one
 * ({@link FlowCrossing#mayEnterMoreTrusted()}), since the side whose trust is missing may be the more trusted one.
 */
public final class BoundaryAnalysis {

    private final ThreatModel model;
    private final Map<String, List<TrustZone>> chains = new HashMap<>();
    private final Map<String, FlowCrossing> byFlow = new LinkedHashMap<>();
    private final List<FlowCrossing> crossing;

    private BoundaryAnalysis(ThreatModel model) {
        this.model = model;
        List<FlowCrossing> crossingFlows = new ArrayList<>();
        for (DataFlow flow : model.flows()) {
            FlowCrossing c = analyse(flow);
            byFlow.putIfAbsent(flow.id(), c);
            if (c.crosses()) {
                crossingFlows.add(c);
            }
        }
        this.crossing = List.copyOf(crossingFlows);
    }

    public static BoundaryAnalysis of(ThreatModel model) {
        return new BoundaryAnalysis(model);
    }

    public ThreatModel model() {
        return model;
    }

    /** Every flow that crosses at least one boundary, in file order. */
    public List<FlowCrossing> crossingFlows() {
        return crossing;
    }

    public FlowCrossing of(DataFlow flow) {
        FlowCrossing c = byFlow.get(flow.id());
        return c != null ? c : analyse(flow);
    }

    public Optional<FlowCrossing> of(String flowId) {
        return Optional.ofNullable(byFlow.get(flowId));
    }

    /**
     * The zones that hold an element, innermost first; empty when it is in no zone. A zone chain that loops (which the
     * loader refuses) is cut where it repeats.
     */
    public List<TrustZone> zonesOf(Element element) {
        if (element == null || element.zone() == null) {
            return List.of();
        }
        return chain(element.zone());
    }

    /** A zone and the zones around it, innermost first. */
    public List<TrustZone> chain(String zoneId) {
        List<TrustZone> cached = chains.get(zoneId);
        if (cached != null) {
            return cached;
        }
        List<TrustZone> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = zoneId;
        while (current != null && seen.add(current)) {
            Optional<TrustZone> zone = model.zone(current);
            if (zone.isEmpty()) {
                break;
            }
            result.add(zone.get());
            current = zone.get().parent();
        }
        List<TrustZone> frozen = Collections.unmodifiableList(result);
        chains.put(zoneId, frozen);
        return frozen;
    }

    /** The trust level of the innermost zone that states one, or null where none does or the element is in none. */
    public Integer trustOf(Element element) {
        for (TrustZone z : zonesOf(element)) {
            if (z.trustLevel() != null) {
                return z.trustLevel();
            }
        }
        return null;
    }

    private FlowCrossing analyse(DataFlow flow) {
        Element source = model.element(flow.source()).orElse(null);
        Element target = model.element(flow.target()).orElse(null);
        List<TrustZone> lines = new ArrayList<>();
        for (String zoneId : model.crossedBoundaries(flow.id())) {
            model.zone(zoneId).ifPresent(lines::add);
        }
        if (source == null || target == null) {
            return new FlowCrossing(flow, List.of(), List.of(),
                    lines.isEmpty() ? CrossingDirection.BETWEEN_EQUALS : CrossingDirection.UNKNOWN, lines);
        }
        List<TrustZone> from = zonesOf(source);
        List<TrustZone> to = zonesOf(target);
        Set<String> toIds = ids(to);
        Set<String> fromIds = ids(from);
        List<TrustZone> exited = new ArrayList<>();
        for (TrustZone z : from) {
            if (!toIds.contains(z.id())) {
                exited.add(z);
            }
        }
        List<TrustZone> entered = new ArrayList<>();
        for (TrustZone z : to) {
            if (!fromIds.contains(z.id())) {
                entered.add(z);
            }
        }
        CrossingDirection direction = CrossingDirection.BETWEEN_EQUALS;
        boolean back = false;
        if (!exited.isEmpty() || !entered.isEmpty() || !lines.isEmpty()) {
            direction = direction(level(from), level(to), from.isEmpty(), to.isEmpty());
            if (flow.bidirectional() && direction == CrossingDirection.INTO_LESS_TRUSTED) {
                direction = CrossingDirection.INTO_MORE_TRUSTED;
                back = true;
            }
        }
        if (exited.isEmpty() && entered.isEmpty() && lines.isEmpty() && unplacedEnd(source, target)) {
            return new FlowCrossing(flow, exited, entered, CrossingDirection.UNKNOWN, lines, false, true);
        }
        return new FlowCrossing(flow, exited, entered, direction, lines, back);
    }

    /**
     * Whether a flow between two distinct elements in no zone has an end that is in scope, in a native model: there
     * a missing {@code zone} is an omission, and it must not take the flow out of every boundary check. (Formats
     * that draw boundaries as lines leave elements outside every zone as a matter of course.)
     */
    private boolean unplacedEnd(Element source, Element target) {
        return model.format().isNative() && source != target && !Objects.equals(source.id(), target.id())
                && (inScopeWithoutZone(source) || inScopeWithoutZone(target));
    }

    private static boolean inScopeWithoutZone(Element e) {
        return !e.outOfScope() && (e.zone() == null || e.zone().isBlank());
    }

    private static Integer level(List<TrustZone> chain) {
        for (TrustZone z : chain) {
            if (z.trustLevel() != null) {
                return z.trustLevel();
            }
        }
        return null;
    }

    private static CrossingDirection direction(Integer from, Integer to, boolean fromOutside, boolean toOutside) {
        if (fromOutside && !toOutside) {
            return CrossingDirection.INTO_MORE_TRUSTED;
        }
        if (toOutside && !fromOutside) {
            return CrossingDirection.INTO_LESS_TRUSTED;
        }
        if (from == null || to == null) {
            return CrossingDirection.UNKNOWN;
        }
        int c = Integer.compare(to, from);
        return c > 0 ? CrossingDirection.INTO_MORE_TRUSTED
                : c < 0 ? CrossingDirection.INTO_LESS_TRUSTED : CrossingDirection.BETWEEN_EQUALS;
    }

    private static Set<String> ids(List<TrustZone> zones) {
        Set<String> ids = new HashSet<>();
        for (TrustZone z : zones) {
            ids.add(z.id());
        }
        return ids;
    }
}
