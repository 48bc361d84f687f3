package dev.threatmodel.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the valid but costly model shapes of issue 18, each at a chosen size, for {@code hostile-shapes.sh}:
 *
 * <ul>
 *   <li>{@code td-concentric n}: Threat Dragon, n concentric boundary boxes, an actor in each ring, n flows from
 *       ring to ring;</li>
 *   <li>{@code td-long-lines n}: Threat Dragon, one flow and one boundary curve with n vertices each, their bounding
 *       boxes apart;</li>
 *   <li>{@code nested-zones n}: native YAML, n zones nested through {@code parent}, an element in each, a flow
 *       between neighbours;</li>
 *   <li>{@code otm-nested n}: Open Threat Model, n nested trust zones and a chain of n components;</li>
 *   <li>{@code flat n}: the plain native model of {@link ModelGenerator} with n elements;</li>
 *   <li>{@code flat-simple n}: native YAML, n elements in n / 20 zones and n flows, without threats (about 200
 *       bytes per element, the shape of the 40,000-element model).</li>
 * </ul>
 *
 * <p>Command line: {@code HostileShapes <shape> <n> <file>}.
 */
public final class HostileShapes {

    private HostileShapes() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: HostileShapes <td-concentric|td-long-lines|nested-zones|otm-nested|flat> <n>"
                    + " <file>");
            System.exit(2);
        }
        write(args[0], Integer.parseInt(args[1]), Path.of(args[2]));
    }

    public static void write(String shape, int n, Path file) throws IOException {
        if (shape.equals("flat")) {
            ModelGenerator.write(n, file);
            return;
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            switch (shape) {
                case "td-concentric" -> concentric(n, out);
                case "td-long-lines" -> longLines(n, out);
                case "nested-zones" -> nestedZones(n, out);
                case "otm-nested" -> otmNested(n, out);
                case "flat-simple" -> flatSimple(n, out);
                default -> throw new IllegalArgumentException("unknown shape " + shape);
            }
        }
    }

    private static void dragonStart(Appendable out) throws IOException {
        out.append("{\"version\": \"2.2.0\", \"summary\": {\"title\": \"shape\"}, \"detail\": {\"diagrams\": [")
                .append("{\"diagramType\": \"STRIDE\", \"cells\": [\n");
    }

    private static void dragonEnd(Appendable out) throws IOException {
        out.append("\n]}]}}\n");
    }

    static void concentric(int n, Appendable out) throws IOException {
        dragonStart(out);
        double size = 20.0 * n + 100;
        for (int i = 0; i < n; i++) {
            double at = 10.0 * i;
            double side = size - 20.0 * i;
            out.append(String.format(Locale.ROOT, "{\"id\": \"box%d\", \"shape\": \"trust-boundary-box\","
                    + " \"position\": {\"x\": %.1f, \"y\": %.1f}, \"size\": {\"width\": %.1f, \"height\": %.1f},"
                    + " \"data\": {\"name\": \"Ring %d\"}},\n", i, at, at, side, side, i));
            out.append(String.format(Locale.ROOT, "{\"id\": \"actor%d\", \"shape\": \"actor\","
                    + " \"position\": {\"x\": %.1f, \"y\": %.1f}, \"size\": {\"width\": 2, \"height\": 2},"
                    + " \"data\": {\"name\": \"Actor %d\"}},\n", i, at + 2, at + 2, i));
        }
        for (int i = 0; i < n; i++) {
            out.append(String.format(Locale.ROOT, "{\"id\": \"flow%d\", \"shape\": \"flow\","
                    + " \"source\": {\"cell\": \"actor%d\"}, \"target\": {\"cell\": \"actor%d\"},"
                    + " \"data\": {\"name\": \"Flow %d\"}}%s", i, i, (i + 1) % n, i, i + 1 < n ? ",\n" : ""));
        }
        dragonEnd(out);
    }

    static void longLines(int n, Appendable out) throws IOException {
        dragonStart(out);
        out.append("{\"id\": \"a\", \"shape\": \"actor\", \"position\": {\"x\": 0, \"y\": 0}, \"size\": {\"width\": 10,"
                + " \"height\": 10}, \"data\": {\"name\": \"A\"}},\n");
        out.append("{\"id\": \"b\", \"shape\": \"process\", \"position\": {\"x\": 0, \"y\": 1000}, \"size\":"
                + " {\"width\": 10, \"height\": 10}, \"data\": {\"name\": \"B\"}},\n");
        out.append("{\"id\": \"flow\", \"shape\": \"flow\", \"source\": {\"cell\": \"a\"}, \"target\": {\"cell\":"
                + " \"b\"}, \"data\": {\"name\": \"F\"}, \"vertices\": [");
        zigzag(n, 0, out);
        out.append("]},\n{\"id\": \"curve\", \"shape\": \"trust-boundary-curve\", \"source\": {\"x\": 5000, \"y\": 0},"
                + " \"target\": {\"x\": 5000, \"y\": 1000}, \"data\": {\"name\": \"C\"}, \"vertices\": [");
        zigzag(n, 5000, out);
        out.append("]}");
        dragonEnd(out);
    }

    private static void zigzag(int n, double x0, Appendable out) throws IOException {
        for (int i = 0; i < n; i++) {
            out.append(String.format(Locale.ROOT, "%s{\"x\": %.1f, \"y\": %.3f}", i == 0 ? "" : ",",
                    x0 + (i % 2 == 0 ? 1 : 9), 1000.0 * i / n));
        }
    }

    static void nestedZones(int n, Appendable out) throws IOException {
        out.append("name: nested zones\nzones:\n");
        for (int i = 0; i < n; i++) {
            out.append("  - id: zone-").append(Integer.toString(i)).append("\n    name: Zone ")
                    .append(Integer.toString(i)).append("\n    trustLevel: ").append(Integer.toString(i % 101))
                    .append('\n');
            if (i > 0) {
                out.append("    parent: zone-").append(Integer.toString(i - 1)).append('\n');
            }
        }
        out.append("elements:\n");
        for (int i = 0; i < n; i++) {
            out.append("  - id: el-").append(Integer.toString(i)).append("\n    name: Element ")
                    .append(Integer.toString(i)).append("\n    type: process\n    zone: zone-")
                    .append(Integer.toString(i)).append('\n');
        }
        out.append("flows:\n");
        for (int i = 0; i + 1 < n; i++) {
            out.append("  - id: fl-").append(Integer.toString(i)).append("\n    name: Flow ")
                    .append(Integer.toString(i)).append("\n    source: el-").append(Integer.toString(i))
                    .append("\n    target: el-").append(Integer.toString(i + 1)).append('\n');
        }
    }

    static void flatSimple(int n, Appendable out) throws IOException {
        int zones = Math.max(1, n / 20);
        out.append("name: flat\nzones:\n");
        for (int i = 0; i < zones; i++) {
            out.append("  - id: zone-").append(Integer.toString(i)).append("\n    name: Zone ")
                    .append(Integer.toString(i)).append("\n    trustLevel: ").append(Integer.toString(i % 101))
                    .append('\n');
        }
        out.append("elements:\n");
        String[] types = {"entity", "process", "process", "store"};
        for (int i = 0; i < n; i++) {
            out.append("  - id: el-").append(Integer.toString(i)).append("\n    name: Element ")
                    .append(Integer.toString(i)).append("\n    type: ").append(types[i % 4]).append('\n');
            if (i % 10 != 0) {
                out.append("    zone: zone-").append(Integer.toString(i % zones)).append('\n');
            }
        }
        out.append("flows:\n");
        for (int i = 0; i < n; i++) {
            out.append("  - id: fl-").append(Integer.toString(i)).append("\n    name: Flow ")
                    .append(Integer.toString(i)).append("\n    source: el-").append(Integer.toString(i))
                    .append("\n    target: el-").append(Integer.toString((i + 1) % n)).append('\n');
        }
    }

    static void otmNested(int n, Appendable out) throws IOException {
        out.append("{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"nested\", \"id\": \"nested\"},\n"
                + "\"trustZones\": [\n");
        for (int i = 0; i < n; i++) {
            out.append(String.format(Locale.ROOT, "{\"id\": \"tz%d\", \"name\": \"Zone %d\", \"risk\":"
                    + " {\"trustRating\": %d}%s}%s\n", i, i, i % 101,
                    i > 0 ? ", \"parent\": {\"trustZone\": \"tz" + (i - 1) + "\"}" : "", i + 1 < n ? "," : ""));
        }
        out.append("],\n\"components\": [\n");
        for (int i = 0; i < n; i++) {
            String parent = i == 0 ? "{\"trustZone\": \"tz" + (n - 1) + "\"}" : "{\"component\": \"c" + (i - 1) + "\"}";
            out.append(String.format(Locale.ROOT, "{\"id\": \"c%d\", \"name\": \"Component %d\", \"type\":"
                    + " \"web-service\", \"parent\": %s}%s\n", i, i, parent, i + 1 < n ? "," : ""));
        }
        out.append("],\n\"dataflows\": []}\n");
    }
}
