package dev.threatmodel.model;

import java.util.List;

/**
 * A trust boundary and the zone it encloses. Zones nest through {@code parent}; a higher trust level means more
 * trusted (0 to 100, as in Open Threat Model's trust rating).
 */
public record TrustZone(String id, String name, Integer trustLevel, String parent, ZoneKind kind,
                        String description, List<String> assumptions,
                        List<Suppression> suppressions, Origin origin) implements ModelItem {

    public TrustZone {
        assumptions = Lists.copy(assumptions);
        suppressions = Lists.copy(suppressions);
    }
}
