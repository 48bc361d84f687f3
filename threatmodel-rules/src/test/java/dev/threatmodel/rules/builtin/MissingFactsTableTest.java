package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the table in {@code docs/rules.md} that says what each rule does when a fact is missing in step with the
 * rules: one row per built-in rule, in id order, named as the rule is, with what it reads and what it does.
 */
class MissingFactsTableTest {

    static final String START = "<!-- missing facts: one row per built-in rule, in id order; MissingFactsTableTest "
            + "keeps it in step -->";
    static final String END = "<!-- end of missing facts -->";

    @Test
    void docsRulesMdHasOneRowPerBuiltinRuleSayingWhatItDoesWhenAFactIsMissing() throws IOException {
        String doc = Files.readString(RulesDocumentationTest.DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("docs/rules.md has the missing-facts table").isNotNegative();
        assertThat(end).isGreaterThan(start);
        List<String> rows = new ArrayList<>();
        for (String line : doc.substring(start + START.length(), end).split("\n")) {
            if (line.startsWith("| TM")) {
                String[] cells = line.split("\\|", -1);
                assertThat(cells).as("row %s has rule, facts read and what happens", line).hasSize(5);
                assertThat(cells[2].strip()).as("facts read by %s", cells[1]).isNotEmpty();
                assertThat(cells[3].strip()).as("what %s does when one is missing", cells[1]).isNotEmpty();
                rows.add(cells[1].strip());
            }
        }
        List<String> expected = RuleEngine.discover(getClass().getClassLoader()).stream()
                .filter(r -> r.getClass().getPackageName().equals("dev.threatmodel.rules.builtin"))
                .map(MissingFactsTableTest::row).toList();
        assertThat(rows).as("rows of the missing-facts table in docs/rules.md").containsExactlyElementsOf(expected);
    }

    private static String row(Rule r) {
        return r.id() + " " + r.name();
    }
}
