package dev.threatmodel.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.TrustZone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The costly shapes of issue 18 at the sizes it names: they load, or are refused at a documented limit with a located
 * error, and what loads is what the drawing says. These assert limits and results, never times; the times are in
 * {@code threatmodel-benchmarks/hostile-shapes.sh}.
 */
class BoundedImportCostTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<String> problems(Path file) {
        try {
            new ModelLoader().load(file);
        } catch (ModelLoadException e) {
            return e.problems().stream().map(p -> p.location().line() + ":" + p.location().column() + " "
                    + p.message()).toList();
        }
        throw new AssertionError("the model loaded");
    }

    /** n concentric boxes, an actor in each ring, flows from each ring to the next (the last back to the first). */
    static String concentric(int n) {
        StringBuilder out = new StringBuilder("{\"version\": \"2.2.0\", \"summary\": {\"title\": \"rings\"},"
                + " \"detail\": {\"diagrams\": [{\"diagramType\": \"STRIDE\", \"cells\": [\n");
        double size = 20.0 * n + 100;
        for (int i = 0; i < n; i++) {
            double at = 10.0 * i;
            out.append(String.format(Locale.ROOT, "{\"id\": \"box%d\", \"shape\": \"trust-boundary-box\", \"position\":"
                    + " {\"x\": %.1f, \"y\": %.1f}, \"size\": {\"width\": %.1f, \"height\": %.1f}, \"data\": {\"name\":"
                    + " \"Ring %d\"}},\n", i, at, at, size - 20.0 * i, size - 20.0 * i, i));
            out.append(String.format(Locale.ROOT, "{\"id\": \"actor%d\", \"shape\": \"actor\", \"position\": {\"x\":"
                    + " %.1f, \"y\": %.1f}, \"size\": {\"width\": 2, \"height\": 2}, \"data\": {\"name\": \"A%d\"}},\n",
                    i, at + 2, at + 2, i));
        }
        for (int i = 0; i < n; i++) {
            out.append(String.format(Locale.ROOT, "{\"id\": \"flow%d\", \"shape\": \"flow\", \"source\": {\"cell\":"
                    + " \"actor%d\"}, \"target\": {\"cell\": \"actor%d\"}, \"data\": {\"name\": \"F%d\"}}%s", i, i,
                    (i + 1) % n, i, i + 1 < n ? ",\n" : ""));
        }
        return out.append("]}]}}\n").toString();
    }

    @Test
    void concentricBoxesNestAndFlowsCrossTheRingsBetweenTheirEnds() throws Exception {
        ThreatModel model = new ModelLoader().load(write("rings.json", concentric(60)));
        assertThat(model.zone("box0").map(TrustZone::parent)).isEmpty();
        assertThat(model.zone("box1").map(TrustZone::parent)).contains("box0");
        assertThat(model.zone("box59").map(TrustZone::parent)).contains("box58");
        assertThat(model.element("actor0").orElseThrow().zone()).isEqualTo("box0");
        assertThat(model.element("actor59").orElseThrow().zone()).isEqualTo("box59");
        Map<String, List<String>> crossed = Samples.crossings(model);
        assertThat(crossed.get("flow0")).containsExactly("box1");
        assertThat(crossed.get("flow59")).hasSize(59).contains("box1", "box59").doesNotContain("box0");
    }

    @Test
    void fourHundredConcentricBoxesAreRefusedAtTheNestingLimit() throws Exception {
        Path file = write("rings.json", concentric(400));
        assertThat(problems(file)).singleElement().asString()
                .endsWith("zone 'box64' is nested 65 zones deep, more than the limit of 64; no real system needs so"
                        + " many nested trust boundaries: draw the inner ones side by side");
    }

    @Test
    void eightHundredConcentricBoxesToo() throws Exception {
        assertThat(problems(write("rings.json", concentric(800)))).singleElement().asString()
                .contains("zone 'box64' is nested 65 zones deep");
    }

    /** One flow and one boundary curve, each with {@code n} vertices; the curve is {@code dx} to the right. */
    static String longLines(int n, double dx) {
        return longLines(n, dx, false);
    }

    /** With {@code mirrored}, the curve zigzags the other way, so that where the two overlap they cross. */
    static String longLines(int n, double dx, boolean mirrored) {
        StringBuilder out = new StringBuilder("{\"version\": \"2.2.0\", \"summary\": {\"title\": \"lines\"},"
                + " \"detail\": {\"diagrams\": [{\"diagramType\": \"STRIDE\", \"cells\": [\n"
                + "{\"id\": \"a\", \"shape\": \"actor\", \"position\": {\"x\": 0, \"y\": 0}, \"size\": {\"width\": 10,"
                + " \"height\": 10}, \"data\": {\"name\": \"A\"}},\n"
                + "{\"id\": \"b\", \"shape\": \"process\", \"position\": {\"x\": 0, \"y\": 1000}, \"size\": {\"width\":"
                + " 10, \"height\": 10}, \"data\": {\"name\": \"B\"}},\n"
                + "{\"id\": \"flow\", \"shape\": \"flow\", \"source\": {\"cell\": \"a\"}, \"target\": {\"cell\": \"b\"},"
                + " \"data\": {\"name\": \"F\"},\n \"vertices\": [");
        zigzag(out, n, 0);
        out.append(String.format(Locale.ROOT, "]},\n{\"id\": \"curve\", \"shape\": \"trust-boundary-curve\", \"source\":"
                + " {\"x\": %.1f, \"y\": 0}, \"target\": {\"x\": %.1f, \"y\": 1000}, \"data\": {\"name\": \"C\"},"
                + " \"vertices\": [", dx + 5, dx + 5));
        zigzag(out, n, dx, mirrored);
        return out.append("]}]}]}}\n").toString();
    }

    private static void zigzag(StringBuilder out, int n, double x0) {
        zigzag(out, n, x0, false);
    }

    private static void zigzag(StringBuilder out, int n, double x0, boolean mirrored) {
        for (int i = 0; i < n; i++) {
            out.append(String.format(Locale.ROOT, "%s{\"x\": %.1f, \"y\": %.3f}", i == 0 ? "" : ",",
                    x0 + (i % 2 == 0 == mirrored ? 9 : 1), 1000.0 * i / n));
        }
    }

    @Test
    void linesWithSixtyFourThousandVerticesAreRefusedAtTheVertexLimit() throws Exception {
        List<String> problems = problems(write("lines.json", longLines(64_000, 5_000)));
        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p)
                .endsWith("this line has 64000 vertices, more than the limit of 1000; a drawing needs a handful"));
        assertThat(problems.get(0)).startsWith("5:14 ");
    }

    @Test
    void linesAtTheVertexLimitCrossOnlyWhereTheyMeet() throws Exception {
        ThreatModel apart = new ModelLoader().load(write("apart.json", longLines(1_000, 5_000)));
        assertThat(apart.crossedBoundaries("flow")).isEmpty();
        ThreatModel meeting = new ModelLoader().load(write("meeting.json", longLines(1_000, 0, true)));
        assertThat(meeting.crossedBoundaries("flow")).containsExactly("curve");
    }

    @Test
    void aDrawingThatNeedsTooManySegmentTestsIsRefused() throws Exception {
        // five flows and five curves of 1,000 vertices whose bounding boxes overlap but which never meet:
        // 25 million segment pairs, more than the 20 million a file may cost
        StringBuilder out = new StringBuilder("{\"version\": \"2.2.0\", \"summary\": {\"title\": \"t\"},"
                + " \"detail\": {\"diagrams\": [{\"diagramType\": \"STRIDE\", \"cells\": [\n");
        out.append("{\"id\": \"a\", \"shape\": \"actor\", \"position\": {\"x\": 0, \"y\": 0}, \"size\": {\"width\": 10,"
                + " \"height\": 10}, \"data\": {\"name\": \"A\"}},\n{\"id\": \"b\", \"shape\": \"process\", \"position\":"
                + " {\"x\": 0, \"y\": 1000}, \"size\": {\"width\": 10, \"height\": 10}, \"data\": {\"name\": \"B\"}}");
        for (int f = 0; f < 5; f++) {
            out.append(",\n{\"id\": \"flow").append(f).append("\", \"shape\": \"flow\", \"source\": {\"cell\": \"a\"},"
                    + " \"target\": {\"cell\": \"b\"}, \"data\": {\"name\": \"F\"}, \"vertices\": [");
            zigzag(out, 999, 0);
            out.append("]}");
        }
        for (int c = 0; c < 5; c++) {
            // up the left side, then along the bottom: around the flows' box, never through it
            out.append(",\n{\"id\": \"curve").append(c).append("\", \"shape\": \"trust-boundary-curve\", \"source\":"
                    + " {\"x\": -50, \"y\": -50}, \"target\": {\"x\": 60, \"y\": 1100}, \"data\": {\"name\": \"C\"},"
                    + " \"vertices\": [{\"x\": -50, \"y\": 1100}");
            for (int i = 1; i < 999; i++) {
                out.append(String.format(Locale.ROOT, ",{\"x\": %.3f, \"y\": 1100}", -50 + 110.0 * i / 999));
            }
            out.append("]}");
        }
        out.append("]}]}}\n");
        assertThat(problems(write("busy.json", out.toString()))).singleElement().asString()
                .endsWith("the diagram's flows and boundary lines need more than 20000000 segment pairs tested to"
                        + " find where they cross; draw them with fewer vertices");
    }

    /** OTM: n trust zones nested in a chain, and a chain of n components, the first inside the innermost zone. */
    static String otmNested(int zones, int components, int zoneOfFirst) {
        StringBuilder out = new StringBuilder("{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"n\", \"id\": \"n\"},"
                + "\n\"trustZones\": [\n");
        for (int i = 0; i < zones; i++) {
            out.append(String.format(Locale.ROOT, "{\"id\": \"tz%d\", \"name\": \"Z%d\", \"risk\": {\"trustRating\":"
                    + " 50}%s}%s\n", i, i, i > 0 ? ", \"parent\": {\"trustZone\": \"tz" + (i - 1) + "\"}" : "",
                    i + 1 < zones ? "," : ""));
        }
        out.append("],\n\"components\": [\n");
        for (int i = 0; i < components; i++) {
            String parent = i == 0 ? "{\"trustZone\": \"tz" + zoneOfFirst + "\"}" : "{\"component\": \"c" + (i - 1) + "\"}";
            out.append(String.format(Locale.ROOT, "{\"id\": \"c%d\", \"name\": \"C%d\", \"type\": \"web-service\","
                    + " \"parent\": %s}%s\n", i, i, parent, i + 1 < components ? "," : ""));
        }
        return out.append("],\n\"dataflows\": []}\n").toString();
    }

    @Test
    void eightThousandNestedOtmZonesAreRefusedAtTheNestingLimit() throws Exception {
        assertThat(problems(write("otm.json", otmNested(8_000, 8_000, 7_999)))).singleElement().asString()
                .isEqualTo("67:70 zone 'tz64' is nested 65 zones deep, more than the limit of 64; no real system needs"
                        + " so many nested trust boundaries: draw the inner ones side by side");
    }

    @Test
    void aChainOfEightThousandOtmComponentsAllLandInTheZoneAtItsTop() throws Exception {
        ThreatModel model = new ModelLoader().load(write("otm.json", otmNested(3, 8_000, 2)));
        assertThat(model.elements()).hasSize(8_000).allSatisfy(e -> assertThat(e.zone()).isEqualTo("tz2"));
    }

    @Test
    void threatDragonIdsWithBidiControlsOrLookAlikeLettersAreRefused() throws Exception {
        String cells = "{\"id\": \"adm\u202Ein\", \"shape\": \"actor\", \"data\": {\"name\": \"A\"}},\n"
                + "{\"id\": \"admin\", \"shape\": \"process\", \"data\": {\"name\": \"B\"}},\n"
                + "{\"id\": \"\u0430dmin\", \"shape\": \"store\", \"data\": {\"name\": \"C\"}}";
        List<String> problems = problems(write("td.json", "{\"version\": \"2.2.0\", \"summary\": {\"title\": \"t\"},"
                + " \"detail\": {\"diagrams\": [{\"diagramType\": \"STRIDE\", \"cells\": [\n" + cells + "]}]}}\n"));
        assertThat(problems).containsExactly(
                "2:1 id 'adm\\u202Ein' contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE; ids must be"
                        + " plain visible text",
                "4:1 id '\u0430dmin' mixes Cyrillic (U+0430 CYRILLIC SMALL LETTER A) and Latin (U+0064 LATIN SMALL"
                        + " LETTER D) letters, so it can pass for another id; write it in one script");
    }

    @Test
    void otmIdsWithLookAlikeLettersAreRefused() throws Exception {
        String otm = "{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"n\", \"id\": \"n\"},\n"
                + "\"components\": [\n{\"id\": \"scope\", \"name\": \"A\"},\n{\"id\": \"\u0455\u0441\u043E\u0440\u0435\","
                + " \"name\": \"B\"},\n"
                + "{\"id\": \"adm\u0456n\", \"name\": \"C\"}\n]}\n";
        List<String> problems = problems(write("otm.json", otm));
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).isEqualTo("4:1 id '\u0455\u0441\u043E\u0440\u0435' looks the same as id"
                + " 'scope' at line 3, column 1 but is different text; a reference could land on the wrong one, so"
                + " rename one of them");
        assertThat(problems.get(1)).startsWith("5:1 id 'adm\u0456n' mixes Latin");
    }
}
