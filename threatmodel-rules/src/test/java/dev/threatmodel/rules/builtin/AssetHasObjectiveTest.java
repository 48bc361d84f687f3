package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Asset;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class AssetHasObjectiveTest {

    private final AssetHasObjective rule = new AssetHasObjective();
    private final ModelFixture m = new ModelFixture();

    @Test
    void anAssetWithAnObjectivePasses() {
        m.asset("posts");
        m.objective("posts-unaltered", "posts", "csrf");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anAssetWithoutObjectiveIsAWarningAtTheAsset() {
        m.asset("posts");
        Asset keys = m.asset("keys");
        m.objective("posts-unaltered", "posts", "csrf");
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM201", Level.WARNING, "Asset keys \"Keys\" has no security objective: add an "
                        + "objective whose asset is keys.", keys.origin().at()));
    }

    @Test
    void aFormatWithoutAssetsGetsOneNote() {
        m.gap(FormatGap.ASSETS_AND_OBJECTIVES);
        m.asset("posts");
        m.asset("keys");
        assertThat(m.check(rule)).extracting(Finding::level).containsExactly(Level.NOTE);
    }
}
