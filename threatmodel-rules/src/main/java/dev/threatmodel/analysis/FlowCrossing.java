package dev.threatmodel.analysis;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.TrustZone;
import java.util.List;

/**
 * How one flow relates to the trust boundaries: which boundaries it leaves and enters, from the innermost outwards,
 * and which way it moves in trust.
 *
 * @param exited  zones that hold the source but not the target, innermost first
 * @param entered zones that hold the target but not the source, innermost first
 * @param lines   boundary lines the flow's drawn path crosses, as an importer computed them from a drawing (Threat
 *                Dragon's trust-boundary curves, which enclose nothing); empty for the native format
 * @param back    the flow runs both ways and counts as moving into a more trusted zone only because of the way back
 *                (from its target to its source); messages say so, since the drawn arrow points the other way
 * @param unplaced the flow crosses because an end is an in-scope element that sits in no zone, in a model whose
 *                format writes zones explicitly: such an element's trust is not known, so the flow is checked like
 *                one of unknown direction even where no zone is left or entered
 */
public record FlowCrossing(DataFlow flow, List<TrustZone> exited, List<TrustZone> entered,
                           CrossingDirection direction, List<TrustZone> lines, boolean back, boolean unplaced) {

    public FlowCrossing {
        exited = List.copyOf(exited);
        entered = List.copyOf(entered);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A crossing whose direction is the drawn one. */
    public FlowCrossing(DataFlow flow, List<TrustZone> exited, List<TrustZone> entered, CrossingDirection direction,
                        List<TrustZone> lines) {
        this(flow, exited, entered, direction, lines, false, false);
    }

    /** A crossing of zones or lines, with every end placed. */
    public FlowCrossing(DataFlow flow, List<TrustZone> exited, List<TrustZone> entered, CrossingDirection direction,
                        List<TrustZone> lines, boolean back) {
        this(flow, exited, entered, direction, lines, back, false);
    }

    /** A crossing of zones only, with no boundary lines. */
    public FlowCrossing(DataFlow flow, List<TrustZone> exited, List<TrustZone> entered, CrossingDirection direction) {
        this(flow, exited, entered, direction, List.of());
    }

    /**
     * Whether rules that guard the way into a more trusted zone must check this flow: it moves into a more trusted
     * zone, or the trust of one of its sides is not known and so is taken as the worst case.
     */
    public boolean mayEnterMoreTrusted() {
        return direction == CrossingDirection.INTO_MORE_TRUSTED || direction == CrossingDirection.UNKNOWN;
    }

    public boolean crosses() {
        return !exited.isEmpty() || !entered.isEmpty() || !lines.isEmpty() || unplaced;
    }

    /** Every boundary crossed: the ones left, then the ones entered, then the boundary lines crossed. */
    public List<TrustZone> boundaries() {
        if (entered.isEmpty() && lines.isEmpty()) {
            return exited;
        }
        if (exited.isEmpty() && lines.isEmpty()) {
            return entered;
        }
        java.util.ArrayList<TrustZone> all = new java.util.ArrayList<>(exited);
        all.addAll(entered);
        all.addAll(lines);
        return List.copyOf(all);
    }
}
