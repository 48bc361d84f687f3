package dev.threatmodel.model;

import java.util.List;

/** What an attacker might want to access, change, expose or disrupt, and which assets that concerns. */
public record AttackerGoal(String id, String name, String description, List<String> assets,
                           List<Suppression> suppressions, Origin origin) implements ModelItem {

    public AttackerGoal {
        assets = Lists.copy(assets);
        suppressions = Lists.copy(suppressions);
    }
}
