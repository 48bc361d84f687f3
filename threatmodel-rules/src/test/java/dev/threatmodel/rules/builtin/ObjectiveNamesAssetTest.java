package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.SecurityObjective;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class ObjectiveNamesAssetTest {

    private final ObjectiveNamesAsset rule = new ObjectiveNamesAsset();
    private final ModelFixture m = new ModelFixture();

    @Test
    void anObjectiveOnAnExistingAssetPasses() {
        m.asset("posts");
        m.objective("posts-unaltered", "posts", "csrf");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anObjectiveOnAMissingAssetIsAnErrorAtItsAssetField() {
        m.asset("posts");
        SecurityObjective o = m.objective("posts-unaltered", "blog-posts", "csrf");
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM202", Level.ERROR, "Objective posts-unaltered \"Posts-unaltered\" names "
                        + "asset blog-posts, which does not exist: use the id of one of the model's assets.",
                        o.origin().of("asset")));
    }

    @Test
    void anObjectiveWithoutAssetIsAnErrorAtTheObjective() {
        SecurityObjective o = m.objective("posts-unaltered", null, "csrf");
        assertThat(m.check(rule)).extracting(Finding::message, Finding::location).containsExactly(tuple(
                "Objective posts-unaltered \"Posts-unaltered\" names no asset: set asset to the id of the asset it "
                        + "protects.", o.origin().at()));
    }
}
