package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.threatmodel.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of hostile and broken files, read at the level of the YAML and JSON tree readers. Each case names the
 * exact problem and where it is. The files live in the fuzzing seed corpus ({@code TreeReaderFuzzTestInputs}), so
 * the fuzzer starts from them too.
 */
class HostileTreeInputTest {

    private static final String CORPUS = "/dev/threatmodel/load/TreeReaderFuzzTestInputs/";
    private static final String NOT_ALLOWED = "' is not allowed: a threat model holds plain mappings, lists and values";

    @TempDir
    Path dir;

    @Test
    void billionLaughsIsStoppedAtTheFirstAliasOverTheLimit() {
        assertProblems("hostile-billion-laughs.yaml",
                "hostile-billion-laughs.yaml:7:14: the YAML uses more than 50 aliases to lists or mappings;"
                        + " refusing to expand them, since that is how alias bombs ('billion laughs') exhaust memory");
    }

    @Test
    void aliasBombWithinTheAliasCountIsStoppedByTheExpandedSize() {
        // 48 aliases, each doubling the list before it: 2^25 values once expanded, more than the 20 million allowed
        assertProblems("hostile-alias-doubling.yaml", "hostile-alias-doubling.yaml:22:6: the model has more than"
                + " 20000000 values once its aliases are expanded; refusing to read further");
    }

    @Test
    void aliasesShareOneConvertedValueInsteadOfCopyingIt() throws ModelLoadException {
        MapNode root = (MapNode) readYaml("a.yaml", "base: &b {kind: process}\none: *b\ntwo: *b\n");
        assertThat(root.get("one").orElseThrow()).isSameAs(root.get("base").orElseThrow())
                .isSameAs(root.get("two").orElseThrow());
    }

    @Test
    void expandedSizeCountsEveryRepetitionOfAnAlias() {
        LoadLimits limits = new LoadLimits(1_000_000, 64, 50, 10);
        // the root, the list and its three values, then two more repetitions of the list (4 values each): 13 > 10
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class,
                () -> new YamlTreeReader(limits).read(text("a.yaml", "base: &b [x, y, z]\none: *b\ntwo: *b\n")));
        assertThat(e.problems()).map(LoadProblem::toString).containsExactly(
                "a.yaml:1:7: the model has more than 10 values once its aliases are expanded; refusing to read further");
    }

    @Test
    void anAliasThatRepeatsItsOwnContainerIsRefused() {
        assertProblems("hostile-alias-loop.yaml",
                "hostile-alias-loop.yaml:1:8: an alias refers to a value that contains it");
    }

    @Test
    void anAliasCannotCarryAValueDeeperThanTheLimit() {
        LoadLimits limits = new LoadLimits(1_000_000, 3, 50, 1_000);
        // [[x]] is two levels; repeated inside b's list it reaches a fourth. SnakeYAML gives an alias no place of
        // its own, so the problem is reported at the anchored value.
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class,
                () -> new YamlTreeReader(limits).read(text("a.yaml", "a: &d [[x]]\nb: [*d]\n")));
        assertThat(e.problems()).map(LoadProblem::toString)
                .containsExactly("a.yaml:1:4: the YAML is nested more than 3 levels deep");
    }

    @Test
    void deeplyNestedFlowYamlIsRefusedAtTheFirstLevelTooDeep() {
        assertProblems("hostile-deep-flow.yaml",
                "hostile-deep-flow.yaml:1:65: the YAML is nested more than 64 levels deep");
    }

    @Test
    void deeplyNestedBlockYamlIsRefusedAtTheFirstLevelTooDeep() {
        assertProblems("hostile-deep-block.yaml",
                "hostile-deep-block.yaml:65:129: the YAML is nested more than 64 levels deep");
    }

    @Test
    void nestingJustOverTheLimitGivesTheSameMessageAsFarOverIt() {
        String yaml = "[".repeat(65) + "]".repeat(65);
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class,
                () -> new YamlTreeReader(LoadLimits.DEFAULT).read(text("a.yaml", yaml)));
        assertThat(e.problems()).map(LoadProblem::toString)
                .containsExactly("a.yaml:1:65: the YAML is nested more than 64 levels deep");
    }

    @Test
    void nestingAtTheLimitIsRead() throws ModelLoadException {
        assertThat(readYaml("a.yaml", "[".repeat(64) + "]".repeat(64))).isInstanceOf(ListNode.class);
        assertThat(readJson("a.json", "[".repeat(64) + "]".repeat(64))).isInstanceOf(ListNode.class);
    }

    @Test
    void deeplyNestedJsonListsAreRefusedAtTheFirstLevelTooDeep() {
        assertProblems("hostile-deep.json", "hostile-deep.json:1:65: the JSON is nested more than 64 levels deep");
    }

    @Test
    void deeplyNestedJsonObjectsAreRefusedAtTheFirstLevelTooDeep() {
        assertProblems("hostile-deep-objects.json",
                "hostile-deep-objects.json:1:321: the JSON is nested more than 64 levels deep");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.write(big, ("title: '" + "x".repeat(1100) + "'\n").getBytes(StandardCharsets.UTF_8));
        LoadLimits limits = new LoadLimits(1024, 64, 50, 1_000);
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class, () -> SourceText.read(big, limits));
        assertThat(e.problems()).containsExactly(new LoadProblem(SourceLocation.startOf(big),
                "the file has 1110 bytes, more than the limit of 1024"));
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws IOException, ModelLoadException {
        Path file = dir.resolve("limit.yaml");
        Files.write(file, ("title: '" + "x".repeat(1014) + "'\n").getBytes(StandardCharsets.UTF_8));
        assertThat(Files.size(file)).isEqualTo(1024);
        SourceText text = SourceText.read(file, new LoadLimits(1024, 64, 50, 1_000));
        assertThat(new YamlTreeReader(LoadLimits.DEFAULT).read(text)).isInstanceOf(MapNode.class);
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.yaml");
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class,
                () -> SourceText.read(missing, LoadLimits.DEFAULT));
        assertThat(e.problems()).containsExactly(
                new LoadProblem(SourceLocation.startOf(missing), "the file does not exist"));
    }

    @Test
    void aLongStringValueIsReadIntact() throws ModelLoadException {
        String value = "x".repeat(1_000_000);
        MapNode yaml = (MapNode) readYaml("a.yaml", "title: " + value + "\n");
        MapNode json = (MapNode) readJson("a.json", "{\"title\": \"" + value + "\"}");
        assertThat(((ScalarNode) yaml.get("title").orElseThrow()).text()).isEqualTo(value);
        assertThat(((ScalarNode) json.get("title").orElseThrow()).text()).isEqualTo(value);
    }

    @Test
    void aYamlKeyLongerThanSnakeYamlAllowsForAPlainKeyIsRefused() {
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class,
                () -> readYaml("a.yaml", "k".repeat(2000) + ": v\n"));
        assertThat(e.problems()).map(LoadProblem::toString)
                .containsExactly("a.yaml:1:2001: invalid YAML: mapping values are not allowed here");
    }

    @Test
    void aJsonKeyOverJacksonsNameLimitIsRefusedOnItsLine() {
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class,
                () -> readJson("a.json", "{\n\"" + "k".repeat(60_000) + "\": 1}"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(2);
            assertThat(p.message()).startsWith("the JSON exceeds a reading limit: Name length (")
                    .endsWith(") exceeds the maximum allowed (50000)");
        });
    }

    @Test
    void aJsonNumberWithMoreThan64DigitsIsRefused() {
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class,
                () -> readJson("a.json", "{\"trust\": " + "1".repeat(100) + "}"));
        assertThat(e.problems()).map(LoadProblem::toString).containsExactly("a.json:1:112: the JSON exceeds a"
                + " reading limit: Number value length (100) exceeds the maximum allowed (64)");
    }

    @Test
    void tagsAskingForJavaObjectsAreRefusedEachAtItsPlace() {
        assertProblems("hostile-java-tags.yaml",
                "hostile-java-tags.yaml:2:9: YAML tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager" + NOT_ALLOWED,
                "hostile-java-tags.yaml:2:45: YAML tag 'tag:yaml.org,2002:java.net.URLClassLoader" + NOT_ALLOWED,
                "hostile-java-tags.yaml:2:73: YAML tag 'tag:yaml.org,2002:java.net.URL" + NOT_ALLOWED);
    }

    @Test
    void aTagOnAKeyIsRefused() {
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class,
                () -> readYaml("a.yaml", "!!java.net.URL k: 1\n"));
        assertThat(e.problems()).map(LoadProblem::toString)
                .containsExactly("a.yaml:1:1: YAML tag 'tag:yaml.org,2002:java.net.URL" + NOT_ALLOWED);
    }

    @Test
    void localTagsAreRefused() {
        assertProblems("hostile-local-tag.yaml", "hostile-local-tag.yaml:1:8: YAML tag '!custom" + NOT_ALLOWED);
    }

    @Test
    void aStandardTagThatLiesAboutItsValueIsRefused() {
        assertProblems("hostile-bad-tagged-int.yaml",
                "hostile-bad-tagged-int.yaml:1:8: 'high' is tagged as a whole number but is not one");
    }

    @Test
    void standardTagsThatTellTheTruthKeepTheirType() throws ModelLoadException {
        MapNode root = (MapNode) readYaml("a.yaml", "a: !!int 7\nb: !!float 0.5\nc: !!bool true\nd: !!null ~\n"
                + "e: !!str 7\n");
        assertThat(root.fields().values()).map(f -> ((ScalarNode) f.value()).type()).containsExactly(
                ScalarNode.Type.INTEGER, ScalarNode.Type.DECIMAL, ScalarNode.Type.BOOLEAN, ScalarNode.Type.NULL,
                ScalarNode.Type.STRING);
    }

    @Test
    void aFileThatIsNotUtf8NamesTheFirstBadByte() {
        assertProblems("hostile-latin1.yaml",
                "hostile-latin1.yaml:1:11: the file is not valid UTF-8: byte 0xE9 at offset 10; save it as UTF-8");
    }

    @Test
    void aFileCutOffInsideACharacterIsNotUtf8() {
        assertProblems("hostile-truncated-utf8.yaml",
                "hostile-truncated-utf8.yaml:1:8: the file is not valid UTF-8: byte 0xE2 at offset 7;"
                        + " save it as UTF-8");
    }

    @Test
    void utf16WithAByteOrderMarkIsRecognised() {
        assertProblems("hostile-utf16le-bom.yaml",
                "hostile-utf16le-bom.yaml:1:1: the file is encoded in UTF-16; save it as UTF-8");
        assertProblems("hostile-utf16be-bom.yaml",
                "hostile-utf16be-bom.yaml:1:1: the file is encoded in UTF-16; save it as UTF-8");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognised() {
        assertProblems("hostile-utf16le-nobom.yaml", "hostile-utf16le-nobom.yaml:1:1: the file seems to be"
                + " encoded in UTF-16 (every other byte is zero); save it as UTF-8");
    }

    @Test
    void utf32IsRecognised() {
        byte[] bytes = "\ufefftitle: x\n".getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class,
                () -> SourceText.decode(Path.of("a.yaml"), bytes));
        assertThat(e.problems()).map(LoadProblem::toString)
                .containsExactly("a.yaml:1:1: the file is encoded in UTF-32; save it as UTF-8");
    }

    @Test
    void anEmptyFileHoldsNoModel() {
        assertProblems("hostile-empty.yaml",
                "hostile-empty.yaml:1:1: the file holds no model: it is empty or has only comments");
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class, () -> readJson("a.json", " \n"));
        assertThat(e.problems()).map(LoadProblem::toString)
                .containsExactly("a.json:1:1: the file holds no model: it is empty");
    }

    @Test
    void aFileWithOnlyCommentsHoldsNoModel() {
        assertProblems("hostile-only-comments.yaml",
                "hostile-only-comments.yaml:1:1: the file holds no model: it is empty or has only comments");
    }

    @Test
    void aFileWithOldMacLineEndingsIsNotMistakenForOnlyComments() throws ModelLoadException {
        MapNode root = (MapNode) read("hostile-cr-only.yaml");
        assertThat(root.fields()).containsOnlyKeys("title");
        assertThat(root.fields().get("title").keyLocation()).isEqualTo(new SourceLocation(
                Path.of("hostile-cr-only.yaml"), 2, 1));
    }

    @Test
    void aByteOrderMarkIsDroppedAndTheFileLoads() throws ModelLoadException {
        MapNode yaml = (MapNode) read("hostile-bom.yaml");
        assertThat(yaml.fields()).containsOnlyKeys("title", "assets");
        assertThat(yaml.fields().get("title").keyLocation()).isEqualTo(new SourceLocation(
                Path.of("hostile-bom.yaml"), 1, 1));
        MapNode json = (MapNode) read("hostile-bom.json");
        assertThat(json.fields()).containsOnlyKeys("title");
    }

    @Test
    void aNulByteIsRefusedAtItsPlace() {
        assertProblems("hostile-nul.yaml",
                "hostile-nul.yaml:2:9: the file contains a NUL character; it is not a text file");
    }

    @Test
    void aNulByteAfterCarriageReturnLinesIsLocatedAsTheReadersCountLines() {
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class,
                () -> SourceText.decode(Path.of("a.yaml"), "a: 1\r\nb: 2\rc: \0\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problems()).map(LoadProblem::toString)
                .containsExactly("a.yaml:3:4: the file contains a NUL character; it is not a text file");
    }

    @Test
    void duplicateKeysAreRefusedInBothSyntaxes() {
        assertProblems("hostile-duplicate-key.yaml",
                "hostile-duplicate-key.yaml:4:5: duplicate key 'status': first written at line 3, column 5");
        assertProblems("hostile-duplicate-key.json",
                "hostile-duplicate-key.json:1:20: duplicate key 'status': first written at line 1, column 2");
    }

    @Test
    void aFloodOfProblemsStopsAfterTheCap() {
        String yaml = "a: 1\n" + "a: 1\n".repeat(500);
        String json = "{" + "\"a\":1,".repeat(500) + "\"a\":1}";
        ModelLoadException fromYaml = catchThrowableOfType(ModelLoadException.class, () -> readYaml("a.yaml", yaml));
        ModelLoadException fromJson = catchThrowableOfType(ModelLoadException.class, () -> readJson("a.json", json));
        for (ModelLoadException e : List.of(fromYaml, fromJson)) {
            assertThat(e.problems()).hasSize(LoadLimits.MAX_PROBLEMS + 1);
            assertThat(e.problems()).last().extracting(LoadProblem::message)
                    .isEqualTo("stopped reading after 100 problems; fix these first");
        }
    }

    @Test
    void mergeKeysAndComplexKeysAreRefused() {
        assertProblems("hostile-merge-key.yaml",
                "hostile-merge-key.yaml:3:3: merge keys ('<<') are not supported: write the fields out");
        assertProblems("hostile-complex-key.yaml",
                "hostile-complex-key.yaml:1:3: a key must be a plain word, not a list");
    }

    @Test
    void contentAfterTheJsonDocumentIsRefused() {
        assertProblems("hostile-trailing.json",
                "hostile-trailing.json:1:10: unexpected content after the end of the JSON document");
    }

    @Test
    void aSecondYamlDocumentIsRefused() {
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class,
                () -> readYaml("a.yaml", "a: 1\n---\nb: 2\n"));
        assertThat(e.problems()).map(LoadProblem::toString).containsExactly(
                "a.yaml:2:1: the file holds more than one YAML document ('---' starts another); a model is one document");
    }

    @Test
    void bidirectionalControlCharactersSurviveReadingUnchanged() throws ModelLoadException {
        // the tree keeps text as written; escaping it is the job of whatever shows it (console, reports)
        MapNode root = (MapNode) read("hostile-bidi.yaml");
        assertThat(((ScalarNode) root.get("title").orElseThrow()).text()).isEqualTo("admin\u202etxt.exe");
    }

    private static Node read(String corpusFile) throws ModelLoadException {
        SourceText text = SourceText.decode(Path.of(corpusFile), corpus(corpusFile));
        return corpusFile.endsWith(".json") ? new JsonTreeReader(LoadLimits.DEFAULT).read(text)
                : new YamlTreeReader(LoadLimits.DEFAULT).read(text);
    }

    private static void assertProblems(String corpusFile, String... expected) {
        ModelLoadException e = catchThrowableOfType(ModelLoadException.class, () -> read(corpusFile));
        assertThat(e).as(corpusFile + " must be refused").isNotNull();
        assertThat(e.problems()).map(LoadProblem::toString).containsExactly(expected);
    }

    private static byte[] corpus(String name) {
        try (InputStream in = HostileTreeInputTest.class.getResourceAsStream(CORPUS + name)) {
            assertThat(in).as(name + " in the seed corpus").isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceText text(String name, String content) throws ModelLoadException {
        return SourceText.decode(Path.of(name), content.getBytes(StandardCharsets.UTF_8));
    }

    private static Node readYaml(String name, String content) throws ModelLoadException {
        return new YamlTreeReader(LoadLimits.DEFAULT).read(text(name, content));
    }

    private static Node readJson(String name, String content) throws ModelLoadException {
        return new JsonTreeReader(LoadLimits.DEFAULT).read(text(name, content));
    }
}
