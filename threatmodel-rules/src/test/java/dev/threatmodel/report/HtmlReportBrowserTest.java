package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Renders the HTML report in a real headless Chromium (or Chrome). Where the browser or chromedriver is missing it is
 * skipped with a reason naming the Debian packages to install ({@code chromium} and {@code chromium-driver}), and fails
 * in CI ({@link ExternalTools}).
 * Writes screenshots of the blog example's report to {@code target/blog-report.png} and, with flow 2 left open,
 * {@code target/blog-report-open-flow.png} (the images in {@code docs/images} are copies of these).
 */
class HtmlReportBrowserTest {

    private static final String INSTALL = "install the Debian packages chromium and chromium-driver"
            + " (sudo apt-get install chromium chromium-driver)";

    @TempDir
    static Path dir;

    private static ChromeDriver driver;

    /**
     * Starts the browser before the first test. Per test rather than {@code @BeforeAll}: a missing browser then skips
     * each test, so that the report shows them as skipped, not as a class that ran no tests.
     */
    @BeforeEach
    void startBrowser() {
        if (driver != null) {
            return;
        }
        // Debian's packages, else the browser and driver GitHub's Ubuntu runners come with
        Path browser = ExternalTools.require("Chromium", INSTALL, ExternalTools.fromEnvironment("CHROME_BIN", null),
                Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"), Path.of("/usr/bin/google-chrome"));
        Path chromedriver = ExternalTools.require("chromedriver", INSTALL,
                Path.of("/usr/bin/chromedriver"), ExternalTools.fromEnvironment("CHROMEWEBDRIVER", "chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1500,1100",
                "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1500, 1100));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private static void open(ReportInput input, String name) throws Exception {
        Path page = dir.resolve(name);
        new HtmlReport().write(input, page);
        driver.get(page.toUri().toString());
    }

    private static List<String> severeLogs() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).collect(Collectors.toList());
    }

    /** The label of a drawn element: its lines, joined by spaces. */
    private static String lines(WebElement element) {
        return element.findElements(By.tagName("tspan")).stream().map(WebElement::getText)
                .collect(Collectors.joining(" "));
    }

    @Test
    void errorLogCatchesAScriptError() throws Exception {
        Path page = dir.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>null.boom();</script></body></html>");
        driver.get(page.toUri().toString());
        assertThat(severeLogs()).anySatisfy(m -> assertThat(m).contains("boom"));
    }

    @Test
    void diagramShowsEveryElementAndFlowWithoutScriptErrors() throws Exception {
        ReportInput input = BlogFixture.blogWithFindings();
        open(input, "blog-findings.html");
        severeLogs();

        List<WebElement> elements = driver.findElements(By.cssSelector("#tm-diagram g.el"));
        assertThat(elements).hasSize(input.model().elements().size());
        for (int i = 0; i < elements.size(); i++) {
            WebElement e = elements.get(i);
            assertThat(e.isDisplayed()).isTrue();
            assertThat(e.getRect().getWidth()).isGreaterThan(100);
            String name = input.model().elements().get(i).name();
            assertThat(lines(e)).isEqualTo(name);
        }
        List<WebElement> flows = driver.findElements(By.cssSelector("#tm-diagram g.flow"));
        assertThat(flows).hasSize(input.model().flows().size());
        for (WebElement f : flows) {
            assertThat(f.isDisplayed()).isTrue();
        }
        List<WebElement> badges = driver.findElements(By.cssSelector("#tm-diagram g.flow-badge text"));
        assertThat(badges.stream().map(WebElement::getText)).containsExactly("1", "2", "3", "4", "5", "6", "7",
                "8", "9");
        assertThat(driver.findElements(By.cssSelector("#tm-diagram g.zone"))).hasSize(3);
        String redStroke = driver.findElement(By.cssSelector("g.flow.unmitigated .flow-line")).getCssValue("stroke");
        assertThat(redStroke).isEqualTo("rgb(211, 47, 47)");
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void clickingAnElementOrFlowShowsItsFindingsAndThreats() throws Exception {
        open(BlogFixture.blogWithFindings(), "blog-click.html");
        WebElement title = driver.findElement(By.id("tm-panel-title"));
        WebElement body = driver.findElement(By.id("tm-panel-body"));
        assertThat(body.getText()).isEqualTo("Nothing selected.");

        driver.findElement(By.cssSelector("#tm-diagram g.el[data-ref='n8']")).click();
        assertThat(title.getText()).isEqualTo("Posts");
        assertThat(body.getText()).contains("Accepted threat T10 has no review date", "TM301",
                "Suppressed: reviewed yearly with the blog roadmap", "T10", "An author denies having published a post");

        driver.findElement(By.cssSelector("#tm-diagram g.flow-badge[data-ref='e1']")).click();
        assertThat(title.getText()).isEqualTo("Reset token");
        assertThat(body.getText()).contains("TM101 CrossingFlowMitigated",
                "Flow f2 \"Reset token\" crosses from Blog web server into Internet and its threat T2 is open",
                "examples/blog/threatmodel.yaml:228:5", "Mitigated", "SMTP with STARTTLS");
        assertThat(driver.findElements(By.cssSelector("#tm-diagram .selected"))).hasSize(2);

        driver.findElement(By.cssSelector("#tm-diagram g.el[data-ref='n0']")).click();
        assertThat(title.getText()).isEqualTo("Site administrator");
        assertThat(body.getText()).contains("No findings.", "T8", "Someone poses as the administrator");
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void hostileNamesStayText() throws Exception {
        open(HostileNamesTest.hostile(), "hostile.html");
        assertThat(driver.findElements(By.tagName("script"))).hasSize(2);
        assertThat(lines(driver.findElement(By.cssSelector("#tm-diagram g.el[data-ref='n0']"))))
                .isEqualTo(String.join(" ", DiagramLayout.wrap(HostileNamesTest.HOSTILE)));
        driver.findElement(By.cssSelector("#tm-diagram g.el[data-ref='n0']")).click();
        assertThat(driver.findElement(By.id("tm-panel-title")).getText()).isEqualTo(HostileNamesTest.HOSTILE);
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void screenshotOfTheBlogExample() throws Exception {
        open(BlogFixture.blog(), "blog.html");
        driver.findElement(By.cssSelector("#tm-diagram g.el[data-ref='n3']")).click();
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "blog-report.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(10_000);
        assertThat(severeLogs()).isEmpty();

        open(BlogFixture.blogWithFindings(), "blog-open.html");
        driver.findElement(By.cssSelector("#tm-diagram g.flow-badge[data-ref='e1']")).click();
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "blog-report-open-flow.png"),
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(severeLogs()).isEmpty();
    }
}
