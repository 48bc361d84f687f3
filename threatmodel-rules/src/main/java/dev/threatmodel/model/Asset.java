package dev.threatmodel.model;

import java.util.List;

/** Something valuable that the modelled slice of the system holds or handles. */
public record Asset(String id, String name, String description, DataClassification classification,
                    List<Suppression> suppressions, Origin origin) implements ModelItem {

    public Asset {
        suppressions = Lists.copy(suppressions);
    }
}
