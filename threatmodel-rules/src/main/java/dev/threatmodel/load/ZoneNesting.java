package dev.threatmodel.load;

import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.TrustZone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks how zones nest through {@code parent}, in time linear in the number of zones: each zone's depth is found
 * once (remembered for the zones below it), so a chain of 16,000 nested zones costs 16,000 steps, not 128 million.
 * Reports each cycle of parents once, and the first zone nested deeper than {@link LoadLimits#MAX_ZONE_DEPTH}: every
 * report, diagram and analysis walks zones from the outside in, and a limit keeps that walk and its output (a
 * diagram indents each level) bounded.
 */
final class ZoneNesting {

    private static final int UNKNOWN = 0;
    private static final int IN_CYCLE = -1;

    private ZoneNesting() {
    }

    static List<LoadProblem> problems(List<TrustZone> zones) {
        Map<String, TrustZone> byId = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < zones.size(); i++) {
            TrustZone z = zones.get(i);
            if (z.id() != null && byId.putIfAbsent(z.id(), z) == null) {
                order.put(z.id(), i);
            }
        }
        Map<String, Integer> depth = new HashMap<>();
        List<LoadProblem> problems = new ArrayList<>();
        TrustZone tooDeep = null;
        for (TrustZone start : zones) {
            if (start.id() == null || depth.containsKey(start.id())) {
                continue;
            }
            // walk up until a zone whose depth is known, the top, or a zone already on this walk (a cycle)
            List<TrustZone> walk = new ArrayList<>();
            Map<String, Integer> onWalk = new HashMap<>();
            TrustZone current = start;
            int above = 0;
            while (current != null) {
                Integer known = depth.get(current.id());
                if (known != null) {
                    above = known;
                    break;
                }
                Integer at = onWalk.putIfAbsent(current.id(), walk.size());
                if (at != null) {
                    List<TrustZone> cycle = walk.subList(at, walk.size());
                    problems.add(cycleProblem(cycle, byId, order));
                    for (TrustZone z : cycle) {
                        depth.put(z.id(), IN_CYCLE);
                    }
                    walk = walk.subList(0, at);
                    above = IN_CYCLE;
                    break;
                }
                walk.add(current);
                current = current.parent() == null ? null : byId.get(current.parent());
            }
            for (int i = walk.size() - 1; i >= 0; i--) {
                above = above == IN_CYCLE ? IN_CYCLE : above + 1;
                TrustZone z = walk.get(i);
                depth.put(z.id(), above);
                if (above == LoadLimits.MAX_ZONE_DEPTH + 1
                        && (tooDeep == null || order.get(z.id()) < order.get(tooDeep.id()))) {
                    tooDeep = z;
                }
            }
        }
        if (tooDeep != null) {
            SourceLocation at = tooDeep.origin() == null ? null : tooDeep.origin().of("parent");
            problems.add(new LoadProblem(at, "zone '" + Identifiers.shown(Excerpt.of(tooDeep.id()))
                    + "' is nested " + (LoadLimits.MAX_ZONE_DEPTH + 1) + " zones deep, more than the limit of "
                    + LoadLimits.MAX_ZONE_DEPTH + "; no real system needs so many nested trust boundaries:"
                    + " draw the inner ones side by side"));
        }
        return problems;
    }

    /** The cycle, told from its first zone in file order, at that zone's parent value. */
    private static LoadProblem cycleProblem(List<TrustZone> cycle, Map<String, TrustZone> byId,
                                            Map<String, Integer> order) {
        TrustZone start = cycle.get(0);
        for (TrustZone z : cycle) {
            if (order.get(z.id()) < order.get(start.id())) {
                start = z;
            }
        }
        List<String> path = new ArrayList<>();
        TrustZone current = start;
        do {
            path.add(current.id());
            current = byId.get(current.parent());
        } while (current != null && current != start && path.size() <= cycle.size());
        SourceLocation at = start.origin() == null ? null : start.origin().of("parent");
        return new LoadProblem(at, "zone '" + start.id() + "' is its own ancestor: " + String.join(" -> ", path)
                + " -> " + start.id());
    }
}
