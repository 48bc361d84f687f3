package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateReportTest {

    @TempDir
    Path top;

    private AggregateCheck.Module module(String name, Path model) {
        return new AggregateCheck.Module(name, CheckRequest.builder(model).topDirectory(top)
                .ruleOptions(new RuleOptions(LocalDate.of(2026, 11, 29), 365)).build());
    }

    @Test
    void everyModuleWithItsModelVerdictAndFindings() throws Exception {
        Path blog = Files.createDirectories(top.resolve("blog")).resolve("threatmodel.yaml");
        Files.copy(Path.of("../examples/blog/threatmodel.yaml"), blog);
        Path open = Files.createDirectories(top.resolve("signup")).resolve("threatmodel.yaml");
        Files.copy(Path.of("../examples/open-threat/threatmodel.yaml"), open);
        Path broken = Files.createDirectories(top.resolve("broken")).resolve("threatmodel.yaml");
        Files.writeString(broken, "name: x\nzones: [a\n");

        List<AggregateCheck.Entry> entries = AggregateCheck.run(List.of(module("blog", blog),
                module("sign<up>", open), module("broken", broken)));
        Path out = top.resolve("target");
        AggregateReport.write(entries, top, out);

        assertThat(entries).extracting(AggregateReport::verdict).containsExactly("Passed", "Failed", "Cannot be loaded");
        String md = Files.readString(out.resolve(AggregateReport.MARKDOWN));
        assertThat(md).contains("**Failed: 2 of 3 models**")
                // two notes: the blog links code, and its copy here sits in no git repository (TM604, TM605)
                .contains("| blog | blog/threatmodel.yaml | Passed | 0 | 0 | 2 | 0 |")
                .contains("signup/threatmodel.yaml:100:13: ERROR TM102 ")
                .containsPattern("broken/threatmodel\\.yaml:\\d+:\\d+: ERROR load ");
        String html = Files.readString(out.resolve(AggregateReport.HTML));
        assertThat(html).contains("<td>sign&lt;up&gt;</td>").doesNotContain("sign<up>").doesNotContain("<script");
        assertThat(top.resolve("blog/target")).doesNotExist();
    }

    @Test
    void aBuildWithoutModelsSaysSo() throws Exception {
        AggregateReport.write(List.of(), top, top);
        assertThat(Files.readString(top.resolve(AggregateReport.MARKDOWN)))
                .contains("No module of this build has a threat model.");
    }
}
