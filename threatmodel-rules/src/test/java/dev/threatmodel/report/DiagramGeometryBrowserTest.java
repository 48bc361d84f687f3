package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Checks the drawn diagram's geometry in a real headless Chromium, on the blog example, Threat Dragon and Open
 * Threat Model samples and a generated 100-element model: the whole diagram is in view on open, no flow runs across a
 * shape that is not one of its ends, no two flow numbers overlap each other or a shape, every label is whole words
 * that fit their box, and zoom and pan change the view. Skipped where {@code /usr/bin/chromium} or
 * {@code /usr/bin/chromedriver} is missing (Debian packages {@code chromium} and {@code chromium-driver}).
 */
class DiagramGeometryBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SAMPLES = Path.of("src", "test", "resources", "samples");

    @TempDir
    static Path dir;

    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        // a missing browser skips these tests with how to install it, and fails them in CI (CI=true)
        Path chromium = ExternalTools.require("Chromium", "install the Debian packages chromium and chromium-driver",
                CHROMIUM);
        Path chromedriver = ExternalTools.require("chromedriver", "install the Debian package chromium-driver",
                CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1280,900",
                "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"blog", "threat-dragon/demo-threat-model.json", "threat-dragon/generic-cms.json",
            "threat-dragon/online-game.json", "otm/EXAMPLE.json", "generated-100"})
    void theDrawingIsReadable(String which) throws Exception {
        ThreatModel model = model(which);
        Path page = dir.resolve(which.replace('/', '-') + ".html");
        new HtmlReport().write(new ReportInput(model, BoundaryAnalysis.of(model), List.of(), List.of(), null, null),
                page);
        driver.get(page.toUri().toString());

        assertThat(driver.findElements(By.cssSelector("#tm-diagram g.el"))).isNotEmpty();
        assertThat(script("return wholeDiagramInView()")).as("shapes outside the frame on open").isEqualTo(List.of());
        assertThat(script("return edgesThroughShapes()")).as("flow segments through a shape not their end")
                .isEqualTo(List.of());
        assertThat(script("return overlappingBadges()")).as("flow numbers that overlap").isEqualTo(List.of());
        assertThat(script("return cutLabels()")).as("labels split inside a word or wider than their box")
                .isEqualTo(List.of());
    }

    @Test
    void zoomAndPanChangeTheViewAndFitRestoresIt() throws Exception {
        ThreatModel model = model("blog");
        Path page = dir.resolve("zoom.html");
        new HtmlReport().write(ReportInput.of(model), page);
        driver.get(page.toUri().toString());
        WebElement svg = driver.findElement(By.id("tm-diagram"));
        String whole = svg.getDomAttribute("viewBox");

        driver.findElement(By.id("tm-zoom-in")).click();
        double[] zoomed = box(svg.getDomAttribute("viewBox"));
        assertThat(zoomed[2]).isLessThan(box(whole)[2]);

        script("var s = document.getElementById('tm-diagram'); var r = s.getBoundingClientRect();"
                + "s.dispatchEvent(new WheelEvent('wheel', {deltaY: -100, clientX: r.left + 50, clientY: r.top + 50,"
                + " bubbles: true, cancelable: true})); return null;");
        double[] wheeled = box(svg.getDomAttribute("viewBox"));
        assertThat(wheeled[2]).isLessThan(zoomed[2]);

        new Actions(driver).moveToElement(svg).clickAndHold().moveByOffset(-120, -40).release().perform();
        double[] panned = box(svg.getDomAttribute("viewBox"));
        assertThat(panned[0]).isGreaterThan(wheeled[0]);
        assertThat(panned[2]).isEqualTo(wheeled[2]);

        driver.findElement(By.id("tm-zoom-reset")).click();
        assertThat(svg.getDomAttribute("viewBox")).isEqualTo(whole);
    }

    private static double[] box(String viewBox) {
        String[] parts = viewBox.trim().split("[ ,]+");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
            Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
    }

    private static Object script(String body) {
        return driver.executeScript(GEOMETRY + body);
    }

    private static ThreatModel model(String which) throws Exception {
        if (which.equals("blog")) {
            return new ModelLoader().load(Path.of("..", "examples", "blog", "threatmodel.yaml"));
        }
        if (which.startsWith("generated-")) {
            Path file = dir.resolve(which + ".yaml");
            Files.writeString(file, generated(Integer.parseInt(which.substring("generated-".length()))));
            return new ModelLoader().load(file);
        }
        return new ModelLoader().load(SAMPLES.resolve(which));
    }

    /**
     * A model of {@code elements} elements in nested zones with twice as many flows between them, from a fixed
     * seed: the shape of a real system's diagram at a size no person draws by hand.
     */
    static String generated(int elements) {
        Random random = new Random(20261129L);
        StringBuilder y = new StringBuilder("name: Generated\nowner: test\nreviewed: 2026-11-01\nzones:\n");
        int zoneCount = Math.max(2, elements / 10);
        for (int z = 0; z < zoneCount; z++) {
            y.append("  - id: z").append(z).append("\n    name: Zone ").append(z).append("\n    trustLevel: ")
                    .append(z * 90 / zoneCount).append('\n');
            if (z > 1 && z % 3 == 0) {
                y.append("    parent: z").append(z - 1).append('\n');
            }
        }
        y.append("elements:\n");
        String[] types = {"entity", "process", "process", "store", "agent"};
        for (int e = 0; e < elements; e++) {
            y.append("  - id: e").append(e).append("\n    name: Element ").append(e)
                    .append(e % 7 == 0 ? " with a rather longer name than most" : "")
                    .append("\n    type: ").append(types[e % types.length]).append("\n    zone: z")
                    .append(random.nextInt(zoneCount)).append('\n');
        }
        y.append("flows:\n");
        for (int f = 0; f < elements * 2; f++) {
            int source = random.nextInt(elements);
            int target = random.nextInt(elements);
            if (source == target) {
                target = (target + 1) % elements;
            }
            y.append("  - id: f").append(f).append("\n    number: ").append(f + 1).append("\n    name: Flow ")
                    .append(f + 1).append("\n    source: e").append(source).append("\n    target: e").append(target)
                    .append('\n');
        }
        return y.toString();
    }

    /** Geometry helpers run in the page: each returns a list of what is wrong (empty when all is well). */
    private static final String GEOMETRY = """
            var svg = document.getElementById('tm-diagram');
            function boxes() {
              var out = {};
              svg.querySelectorAll('g.el').forEach(function (g) {
                var b = g.querySelector('.shape').getBBox();
                out[g.getAttribute('data-model-id')] = b;
              });
              return out;
            }
            function points(path) {
              var nums = path.getAttribute('d').match(/-?[0-9.]+/g).map(Number);
              var pts = [];
              for (var i = 0; i + 1 < nums.length; i += 2) { pts.push([nums[i], nums[i + 1]]); }
              return pts;
            }
            function segmentHitsBox(a, b, box) {
              var inset = 1.5;
              var left = box.x + inset, right = box.x + box.width - inset;
              var top = box.y + inset, bottom = box.y + box.height - inset;
              var t0 = 0, t1 = 1, dx = b[0] - a[0], dy = b[1] - a[1];
              var p = [-dx, dx, -dy, dy], q = [a[0] - left, right - a[0], a[1] - top, bottom - a[1]];
              for (var i = 0; i < 4; i++) {
                if (p[i] === 0) { if (q[i] < 0) { return false; } }
                else { var t = q[i] / p[i]; if (p[i] < 0) { t0 = Math.max(t0, t); } else { t1 = Math.min(t1, t); }
                       if (t0 > t1) { return false; } }
              }
              return true;
            }
            function wholeDiagramInView() {
              var frame = svg.getBoundingClientRect();
              var bad = [];
              svg.querySelectorAll('g.el, g.zone, g.flow-badge').forEach(function (g) {
                var r = g.getBoundingClientRect();
                if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1
                    || r.bottom > frame.bottom + 1 || r.bottom > window.innerHeight + window.scrollY + 1e9) {
                  bad.push(g.getAttribute('data-model-id'));
                }
              });
              var view = svg.getBoundingClientRect();
              if (view.height > window.innerHeight) { bad.push('the frame is taller than the window'); }
              return bad;
            }
            function edgesThroughShapes() {
              var shapes = boxes(), bad = [];
              svg.querySelectorAll('g.flow').forEach(function (g) {
                var pts = points(g.querySelector('.flow-line'));
                var ends = [g.getAttribute('data-source'), g.getAttribute('data-target')];
                for (var i = 0; i + 1 < pts.length; i++) {
                  for (var id in shapes) {
                    if (ends.indexOf(id) < 0 && segmentHitsBox(pts[i], pts[i + 1], shapes[id])) {
                      bad.push(g.getAttribute('data-model-id') + ' crosses ' + id);
                    }
                  }
                }
              });
              return bad;
            }
            function overlappingBadges() {
              var circles = [], bad = [], shapes = boxes();
              svg.querySelectorAll('g.flow-badge').forEach(function (g) {
                var c = g.querySelector('circle');
                circles.push({id: g.getAttribute('data-model-id'), x: +c.getAttribute('cx'), y: +c.getAttribute('cy'),
                              r: +c.getAttribute('r')});
              });
              for (var i = 0; i < circles.length; i++) {
                for (var j = i + 1; j < circles.length; j++) {
                  var a = circles[i], b = circles[j];
                  if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 0.5) { bad.push(a.id + ' overlaps ' + b.id); }
                }
                for (var id in shapes) {
                  var s = shapes[id], c = circles[i];
                  var nx = Math.max(s.x, Math.min(c.x, s.x + s.width)), ny = Math.max(s.y, Math.min(c.y, s.y + s.height));
                  if (Math.hypot(c.x - nx, c.y - ny) < c.r - 0.5) { bad.push(c.id + ' on ' + id); }
                }
              }
              return bad;
            }
            function cutLabels() {
              var bad = [];
              svg.querySelectorAll('g.el').forEach(function (g) {
                // the title shows a line break in a name as the visible escape \\u000A; the label breaks lines itself
                var title = g.querySelector('title').textContent.replace(/\\\\u000A/g, ' ')
                    .replace(/\\s+/g, ' ').trim();
                var words = title.split(' ');
                var shape = g.querySelector('.shape').getBBox();
                g.querySelectorAll('tspan').forEach(function (t) {
                  t.textContent.replace(/ \\u2026$/, '').split(' ').forEach(function (w) {
                    if (w !== '(out' && w !== 'scope)' && w !== 'of' && words.indexOf(w) < 0) {
                      bad.push(g.getAttribute('data-model-id') + ': "' + w + '" is not a word of "' + title + '"');
                    }
                  });
                  if (t.getComputedTextLength() > shape.width - 4) {
                    bad.push(g.getAttribute('data-model-id') + ': line "' + t.textContent + '" is wider than its box');
                  }
                });
              });
              return bad;
            }
            """;
}
