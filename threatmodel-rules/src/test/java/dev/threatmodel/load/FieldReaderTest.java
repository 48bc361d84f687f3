package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed reader importers reuse: values, problems and origins. */
class FieldReaderTest {

    @TempDir
    Path dir;

    private final List<LoadProblem> problems = new ArrayList<>();

    private FieldReader reader(String yaml) throws ModelLoadException {
        Path file = new LoadProblems(dir).write("x.yaml", yaml);
        return new FieldReader((MapNode) new ModelLoader().readTree(file), "a thing", problems);
    }

    private List<String> messages() {
        return problems.stream().sorted()
                .map(p -> p.location().line() + ":" + p.location().column() + " " + p.message()).toList();
    }

    @Test
    void listsSkipAndReportItemsOfTheWrongType() throws ModelLoadException {
        FieldReader r = reader("""
                words: [a, 3, b]
                levels: [low, huge, high]
                """);
        assertThat(r.strings("words")).containsExactly("a", "b");
        assertThat(r.keywords("levels", Severity.class)).containsExactly(Severity.LOW, Severity.HIGH);
        r.finish();
        assertThat(messages()).containsExactly(
                "1:12 'words' in a thing must be a string (put the value in quotes to write it as text),"
                        + " found a whole number ('3')",
                "2:15 'levels' in a thing cannot be 'huge': allowed are low, medium, high, critical");
    }

    @Test
    void nullValuesCountAsNotWrittenAndOnlyWrittenValuesHaveAnOrigin() throws ModelLoadException {
        FieldReader r = reader("""
                name:
                count: 7
                """);
        assertThat(r.string("name")).isNull();
        assertThat(r.integer("count")).isEqualTo(7);
        assertThat(r.string("absent")).isNull();
        r.finish();
        assertThat(problems).isEmpty();
        assertThat(r.origin().has("name")).isFalse();
        assertThat(r.origin().has("count")).isTrue();
        assertThat(r.origin().of("count").column()).isEqualTo(8);
    }

    @Test
    void numbersOutsideDecimalOrIntRangeAreRefused() throws ModelLoadException {
        FieldReader r = reader("""
                hex: 0x1F
                big: 99999999999
                octal: 017
                zero: 0
                """);
        assertThat(r.integer("hex")).isNull();
        assertThat(r.integer("big")).isNull();
        assertThat(r.integer("octal")).isNull();
        assertThat(r.integer("zero")).isZero();
        assertThat(messages()).containsExactly(
                "1:6 'hex' in a thing must be a whole number written in decimal digits, found a whole number"
                        + " ('0x1F')",
                "2:6 'big' in a thing must be a whole number between -2147483648 and 2147483647, found a whole"
                        + " number ('99999999999')",
                "3:8 'octal' in a thing must be a whole number written in decimal digits, found a whole number"
                        + " ('017')");
    }

    @Test
    void keysReadOrAllowedAreKnownAndOthersAreReported() throws ModelLoadException {
        FieldReader r = reader("""
                name: x
                extra: y
                severty: high
                """);
        r.string("name");
        r.allow("extra");
        r.keyword("severity", Severity.class);
        r.finish();
        assertThat(messages()).containsExactly("3:1 unknown key 'severty' in a thing; did you mean 'severity'?");
    }

    /** An unquoted comma in a flow mapping ends the text: the rest reads as keys without values. */
    @Test
    void anUnquotedCommaInAFlowMappingIsExplained() throws Exception {
        Path file = new LoadProblems(dir).write("threatmodel.yaml", """
                name: Pet clinic
                assets:
                  - {id: owners, name: Owners' names, addresses and phones, classification: confidential}
                  - {id: pets, name: Pets, visits, treatments}
                  - {id: vets, name: Vets, nmae}
                """);
        try {
            new ModelLoader().load(file);
            throw new AssertionError("loaded");
        } catch (ModelLoadException e) {
            assertThat(e.problems().stream().sorted().map(p -> p.location().line() + ":" + p.location().column()
                    + " " + p.message()).toList()).containsExactly(
                    "3:39 unknown key 'addresses and phones' in an asset; a comma inside {...} ends the value before"
                            + " it, so this looks like the rest of 'name': put the whole text in quotes"
                            + " (name: \"Owners' names, addresses and phones\")",
                    "4:28 unknown key 'visits' in an asset; a comma inside {...} ends the value before it, so this"
                            + " looks like the rest of 'name': put the whole text in quotes (name: \"Pets, visits\")",
                    "4:36 unknown key 'treatments' in an asset; a comma inside {...} ends the value before it, so"
                            + " this looks like the rest of 'name': put the whole text in quotes"
                            + " (name: \"Pets, visits, treatments\")",
                    "5:28 unknown key 'nmae' in an asset; did you mean 'name'?");
        }
    }

    private FieldReader lenient(String yaml) throws ModelLoadException {
        Path file = new LoadProblems(dir).write("x.yaml", yaml);
        return FieldReader.lenient((MapNode) new ModelLoader().readTree(file), "a foreign thing", problems);
    }

    @Test
    void aLenientReaderTakesAnyScalarAsTextQuotedBooleansAndIgnoresUnknownKeys() throws ModelLoadException {
        FieldReader r = lenient("""
                id: 42
                name: "  Web server  "
                blank: "   "
                encrypted: "true"
                bidirectional: "maybe"
                x: 1.5
                cells: [{a: 1}, null, 3]
                whatever: {nested: true}
                """);
        assertThat(r.string("id")).isEqualTo("42");
        assertThat(r.words("name")).isEqualTo("Web server");
        assertThat(r.words("blank")).isNull();
        assertThat(r.bool("encrypted")).isTrue();
        assertThat(r.bool("bidirectional")).isNull();
        assertThat(r.number("x")).isEqualTo(1.5);
        assertThat(r.maps("cells")).hasSize(1);
        r.finish();
        assertThat(messages()).containsExactly(
                "5:16 'bidirectional' in a foreign thing must be true or false, found a string ('maybe')",
                "7:23 each entry of 'cells' in a foreign thing must be a mapping, found a whole number ('3')");
    }

    @Test
    void aLenientReaderOfAMissingMappingReadsEverythingAsAbsent() {
        FieldReader r = FieldReader.lenient(null, "a foreign thing", problems);
        assertThat(r.words("name")).isNull();
        assertThat(r.maps("cells")).isEmpty();
        assertThat(r.map("data")).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void theStrictReaderStillRefusesWhatTheLenientOneAccepts() throws ModelLoadException {
        FieldReader r = reader("""
                id: 42
                encrypted: "true"
                other: 1
                """);
        assertThat(r.string("id")).isNull();
        assertThat(r.bool("encrypted")).isNull();
        r.finish();
        assertThat(messages()).containsExactly(
                "1:5 'id' in a thing must be a string (put the value in quotes to write it as text),"
                        + " found a whole number ('42')",
                "2:12 'encrypted' in a thing must be true or false, found a string ('true')",
                "3:1 unknown key 'other' in a thing");
    }

    @Test
    void datesAreReadAsLocalDateParseReadsThem() {
        // the YYYY-MM-DD form is read directly; whatever it accepts or refuses must match the JDK's ISO parser
        for (String text : List.of("2026-11-29", "2024-02-29", "0000-01-01", "9999-12-31", "2026-02-29", "2026-02-30",
                "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "26-01-01", "2026/01/01", "2026-01-0x",
                "+12026-01-01", "-0001-01-01", "2026-11-29T10:00", "", "２０２６-01-01", "2026-01-01 ")) {
            Object expected;
            try {
                expected = java.time.LocalDate.parse(text);
            } catch (java.time.DateTimeException e) {
                expected = "refused";
            }
            Object actual;
            try {
                actual = FieldReader.isoDate(text);
            } catch (java.time.DateTimeException e) {
                actual = "refused";
            }
            assertThat(actual).as(text).isEqualTo(expected);
        }
    }

    @Test
    void wholeNumbersAreDecimalDigitsWithoutALeadingZero() {
        for (String text : List.of("0", "7", "-7", "+7", "100", "-0", "+0", "017", "00", "-017", "0x1F", "", "-", "+",
                "1e3", "12a", "٣", "1 2")) {
            assertThat(FieldReader.isDecimalInteger(text)).as(text)
                    .isEqualTo(text.matches("[-+]?(0|[1-9][0-9]*)"));
        }
    }

    @Test
    void asciiIdsTakeTheShortWayWithTheSameAnswer() {
        StringBuilder every = new StringBuilder();
        for (char c = 0x20; c <= 0x7E; c++) {
            every.append(c);
        }
        for (String id : List.of(every.toString(), "web-app", "T1", "a b", "ACME_101")) {
            assertThat(Identifiers.isPrintableAscii(id)).isTrue();
            assertThat(Identifiers.problem(id)).as(id).isNull();
            assertThat(Identifiers.skeleton(id)).as(id).isEqualTo(java.text.Normalizer.normalize(id,
                    java.text.Normalizer.Form.NFKC));
        }
        // outside printable ASCII the full checks run
        assertThat(Identifiers.isPrintableAscii("tab\there")).isFalse();
        assertThat(Identifiers.problem("tab\there")).contains("invisible character");
        assertThat(Identifiers.skeleton("\u0430pi")).isEqualTo("api");
        assertThat(Identifiers.skeleton("\uff41pi")).isEqualTo("api");
    }
}
