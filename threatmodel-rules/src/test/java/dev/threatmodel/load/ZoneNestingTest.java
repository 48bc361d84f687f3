package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zones nested through {@code parent}: 64 levels load, deeper chains (the 4,000 and 16,000) are refused once, at
 * the first zone past the limit, in time linear in the chain.
 */
class ZoneNestingTest {

    @TempDir
    Path dir;

    LoadProblems problems;

    @BeforeEach
    void setUp() {
        problems = new LoadProblems(dir);
    }

    static String chain(int n, boolean elements) {
        StringBuilder out = new StringBuilder("zones:\n");
        for (int i = 0; i < n; i++) {
            out.append("  - id: zone-").append(i).append("\n    name: Zone ").append(i).append('\n');
            if (i > 0) {
                out.append("    parent: zone-").append(i - 1).append('\n');
            }
        }
        if (elements) {
            out.append("elements:\n");
        }
        for (int i = 0; elements && i < n; i++) {
            out.append("  - id: el-").append(i).append("\n    name: E").append(i)
                    .append("\n    type: process\n    zone: zone-").append(i).append('\n');
        }
        return out.toString();
    }

    @Test
    void sixtyFourLevelsLoad() throws ModelLoadException {
        ThreatModel model = problems.load(chain(64, true));
        assertThat(model.zones()).hasSize(64);
    }

    @Test
    void fourThousandNestedZonesAreRefusedAtTheSixtyFifthLevel() {
        // zone-64 is the 65th zone: its parent value is on line 1 + 2 + 63 * 3 + 3
        assertThat(problems.of(chain(4_000, true))).containsExactly("195:13 zone 'zone-64' is nested 65 zones deep, more"
                + " than the limit of 64; no real system needs so many nested trust boundaries: draw the inner ones"
                + " side by side");
    }

    @Test
    void sixteenThousandNestedZonesAreRefusedTheSameWay() {
        assertThat(problems.of(chain(16_000, false))).singleElement().asString()
                .startsWith("195:13 zone 'zone-64' is nested 65 zones deep");
    }

    @Test
    void aLoopBelowALongChainIsReportedOnceAndTheChainIsNotBlamedForIt() {
        assertThat(problems.of("""
                zones:
                  - id: a
                    parent: b
                  - id: b
                    parent: a
                  - id: c
                    parent: a
                  - id: d
                    parent: d
                """)).containsExactly("3:13 zone 'a' is its own ancestor: a -> b -> a",
                "9:13 zone 'd' is its own ancestor: d -> d");
    }
}
