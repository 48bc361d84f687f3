package dev.threatmodel.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.check.CheckRequest;
import dev.threatmodel.check.CheckResult;
import dev.threatmodel.check.ConsoleReport;
import dev.threatmodel.check.ThreatModelCheck;
import dev.threatmodel.report.DotReport;
import dev.threatmodel.report.HtmlReport;
import dev.threatmodel.report.MarkdownReport;
import dev.threatmodel.report.ReportInput;
import dev.threatmodel.report.SarifWriter;
import dev.threatmodel.rules.RuleOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same model gives byte-identical console output and reports, run after run, whatever the JVM's default locale
 * and time zone. Turkish is the classic trap (an upper-case {@code i} becomes a dotted {@code İ}); German writes
 * decimals with a comma; Arabic (Saudi Arabia) and Thai with Thai digits write numbers in other digits when a
 * format call forgets {@code Locale.ROOT}.
 */
class DeterministicOutputTest {

    private static final Path BLOG = Path.of("../examples/blog/threatmodel.yaml").toAbsolutePath().normalize();
    private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY,
            Locale.forLanguageTag("ar-SA"), Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.ROOT);

    private Locale savedLocale;
    private TimeZone savedZone;

    @BeforeEach
    void save() {
        savedLocale = Locale.getDefault();
        savedZone = TimeZone.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(savedLocale);
        TimeZone.setDefault(savedZone);
    }

    @Test
    void everyOutputIsTheSameRunAfterRun() throws Exception {
        Map<String, byte[]> first = outputs(BLOG);
        Map<String, byte[]> second = outputs(BLOG);
        assertSame(first, second, "a second run");
    }

    @Test
    void everyOutputIsTheSameUnderEveryDefaultLocaleAndTimeZone() throws Exception {
        Locale.setDefault(Locale.US);
        Map<String, byte[]> reference = outputs(BLOG);
        for (Locale locale : LOCALES) {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone(locale == Locale.ROOT ? "Pacific/Kiritimati" : "Asia/Tehran"));
            assertSame(reference, outputs(BLOG), "default locale " + locale.toLanguageTag());
        }
    }

    @Test
    void theOutputsAreNotEmptyAndCarryTheModelsFindings() throws Exception {
        Map<String, byte[]> outputs = outputs(BLOG);
        assertThat(outputs).containsOnlyKeys("console", "sarif", "markdown", "html", "dot");
        outputs.forEach((format, bytes) -> assertThat(bytes).as(format).isNotEmpty());
        assertThat(new String(outputs.get("console"), StandardCharsets.UTF_8)).contains("Threat model: ");
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((format, bytes) -> assertThat(new String(actual.get(format), StandardCharsets.UTF_8))
                .as(format + " under " + when)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    }

    /** Console lines, SARIF, Markdown, HTML and DOT for a model checked with every built-in rule. */
    static Map<String, byte[]> outputs(Path model) throws Exception {
        CheckRequest request = CheckRequest.builder(model)
                .topDirectory(model.getParent().getParent())
                .repositoryRoot(model.getParent().getParent())
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 11, 23), 365))
                .toolVersion("9.9.9")
                .build();
        CheckResult result = ThreatModelCheck.run(request);
        ReportInput input = new ReportInput(result.model(), result.boundaries(), result.rules(), result.findings(),
                request.topDirectory(), request.toolVersion());
        Map<String, byte[]> out = new LinkedHashMap<>();
        StringBuilder console = new StringBuilder();
        ConsoleReport.lines(result).forEach(l -> console.append(l.level()).append(' ').append(l.text()).append('\n'));
        out.put("console", console.toString().getBytes(StandardCharsets.UTF_8));
        out.put("sarif", new SarifWriter().render(result.sarifInput()));
        out.put("markdown", new MarkdownReport().render(input).getBytes(StandardCharsets.UTF_8));
        out.put("html", new HtmlReport().render(input).getBytes(StandardCharsets.UTF_8));
        out.put("dot", new DotReport().render(input).getBytes(StandardCharsets.UTF_8));
        return out;
    }
}
