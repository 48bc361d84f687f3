package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The reader lets go of SnakeYAML's nodes as it converts them, except under an anchor; these trees show that values
 * reached again through an alias are still complete, wherever the anchor sits.
 */
class YamlTreeReaderAliasTest {

    private static Node read(String yaml) throws ModelLoadException {
        return new YamlTreeReader(LoadLimits.DEFAULT).read(
                SourceText.decode(Path.of("m.yaml"), yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static MapNode map(Node node, String key) {
        return (MapNode) ((MapNode) node).get(key).orElseThrow();
    }

    private static String scalar(Node node, String key) {
        return ((ScalarNode) ((MapNode) node).get(key).orElseThrow()).text();
    }

    @Test
    void anchoredMappingDeepInTheFileIsWholeWhereverItsAliasIs() throws Exception {
        Node root = read("""
                zones:
                  - id: a
                    tags: &shared
                      owner: team-a
                      levels: [1, 2, 3]
                  - id: b
                later:
                  again: *shared
                  list: [*shared, *shared]
                """);
        MapNode again = map(map(root, "later"), "again");
        assertThat(scalar(again, "owner")).isEqualTo("team-a");
        assertThat(((ListNode) again.get("levels").orElseThrow()).items()).hasSize(3);
        ListNode list = (ListNode) map(root, "later").get("list").orElseThrow();
        assertThat(list.items()).hasSize(2).allSatisfy(item -> {
            assertThat(scalar(item, "owner")).isEqualTo("team-a");
            assertThat(((ListNode) ((MapNode) item).get("levels").orElseThrow()).items()).hasSize(3);
        });
        ListNode zones = (ListNode) ((MapNode) root).get("zones").orElseThrow();
        assertThat(zones.items()).hasSize(2);
        assertThat(scalar(zones.items().get(1), "id")).isEqualTo("b");
    }

    @Test
    void anchoredListAndItsInsidesAreWholeThroughTheAlias() throws Exception {
        Node root = read("""
                first: &items
                  - {k: v, inner: {deep: x}}
                  - [a, b]
                second: *items
                """);
        for (String key : new String[] {"first", "second"}) {
            ListNode items = (ListNode) ((MapNode) root).get(key).orElseThrow();
            assertThat(items.items()).hasSize(2);
            assertThat(scalar(map(items.items().get(0), "inner"), "deep")).isEqualTo("x");
            assertThat(((ListNode) items.items().get(1)).items()).hasSize(2);
        }
    }
}
