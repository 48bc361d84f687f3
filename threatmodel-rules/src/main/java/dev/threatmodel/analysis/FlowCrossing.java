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
 */
public record FlowCrossing(DataFlow flow, List<TrustZone> exited, List<TrustZone> entered,
                           CrossingDirection direction) {

    public FlowCrossing {
        exited = List.copyOf(exited);
        entered = List.copyOf(entered);
    }

    public boolean crosses() {
        return !exited.isEmpty() || !entered.isEmpty();
    }

    /** Every boundary crossed: the ones left, then the ones entered. */
    public List<TrustZone> boundaries() {
        if (entered.isEmpty()) {
            return exited;
        }
        if (exited.isEmpty()) {
            return entered;
        }
        java.util.ArrayList<TrustZone> all = new java.util.ArrayList<>(exited);
        all.addAll(entered);
        return List.copyOf(all);
    }
}
