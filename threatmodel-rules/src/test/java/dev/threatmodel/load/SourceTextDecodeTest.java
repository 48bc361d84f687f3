package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceTextDecodeTest {

    private static final Path FILE = Path.of("m.yaml");

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }

    @Test
    void validUtf8IsDecodedWithoutItsByteOrderMark() throws Exception {
        assertThat(SourceText.decode(FILE, bytes("name: caf\u00e9 \u2014 \ud83d\udd12\n")).text())
                .isEqualTo("name: caf\u00e9 \u2014 \ud83d\udd12\n");
        assertThat(SourceText.decode(FILE, bytes(0xEF, 0xBB, 0xBF, "name: x\n")).text()).isEqualTo("name: x\n");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsKept() throws Exception {
        assertThat(SourceText.decode(FILE, bytes("name: \ufffd\n")).text()).isEqualTo("name: \ufffd\n");
    }

    @Test
    void aBadByteIsReportedAtItsPlaceEvenAfterAWrittenReplacementCharacter() {
        assertThatThrownBy(() -> SourceText.decode(FILE, bytes("a: \ufffd\nb: x", 0xC3, "y\n")))
                .isInstanceOfSatisfying(ModelLoadException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).location().line()).isEqualTo(2);
                    assertThat(e.problems().get(0).location().column()).isEqualTo(5);
                    assertThat(e.problems().get(0).message())
                            .isEqualTo("the file is not valid UTF-8: byte 0xC3 at offset 11; save it as UTF-8");
                });
    }
}
