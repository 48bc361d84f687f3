package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void swappedNeighboursCountAsOneEdit() {
        assertThat(Suggestions.distance("nmae", "name")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void nearestCandidateWinsAndFarWordsGiveNoSuggestion() {
        List<String> keys = List.of("name", "narrative", "kind");
        assertThat(Suggestions.nearest("nmae", keys)).contains("name");
        assertThat(Suggestions.nearest("Narative", keys)).contains("narrative");
        assertThat(Suggestions.nearest("colour", keys)).isEmpty();
        assertThat(Suggestions.nearest("", keys)).isEmpty();
    }

    @Test
    void aShortenedWordSuggestsTheOnlyCandidateThatBeginsWithIt() {
        List<String> domains = List.of("access-control", "cryptography", "network", "governance");
        assertThat(Suggestions.nearest("Crypto", domains)).contains("cryptography");
        assertThat(Suggestions.nearest("acc", domains)).contains("access-control");
        assertThat(Suggestions.nearest("ne", domains)).as("too short to tell").isEmpty();
        assertThat(Suggestions.nearest("data", List.of("data-store", "data-flow"))).as("two fit").isEmpty();
    }
}
