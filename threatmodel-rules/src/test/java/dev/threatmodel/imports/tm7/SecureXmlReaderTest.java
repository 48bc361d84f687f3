package dev.threatmodel.imports.tm7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodel.load.LoadLimits;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.SourceText;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SecureXmlReaderTest {

    private static final Path FILE = Path.of("model.tm7");

    private static XmlElement read(String xml, LoadLimits limits) throws ModelLoadException {
        return new SecureXmlReader(limits).read(new SourceText(FILE, xml));
    }

    @Test
    void startTagsAreLocatedPastCommentsCdataAndEndTags() throws ModelLoadException {
        XmlElement root = read("<?xml version=\"1.0\"?>\n<!-- <x> -->\n<a><![CDATA[<y>]]><?pi <z>?></a0><b>\n"
                .replace("</a0>", "") + "  <c/></b><d/></a>", LoadLimits.DEFAULT);
        assertThat(root.name()).isEqualTo("a");
        assertThat(root.location().line()).isEqualTo(3);
        assertThat(root.location().column()).isEqualTo(1);
        XmlElement b = root.child("b");
        assertThat(b.location().column()).isEqualTo(29);
        assertThat(b.child("c").location().line()).isEqualTo(4);
        assertThat(b.child("c").location().column()).isEqualTo(3);
        assertThat(root.child("d").location().column()).isEqualTo(11);
    }

    @Test
    void nestingAndTextAndNil() throws ModelLoadException {
        XmlElement root = read("<a>\n <b>one &amp; two</b>\n <c xmlns:i=\"urn:i\" i:nil=\"true\">x</c></a>",
                LoadLimits.DEFAULT);
        assertThat(root.childText("b")).isEqualTo("one & two");
        assertThat(root.child("b").location().line()).isEqualTo(2);
        assertThat(root.child("b").location().column()).isEqualTo(2);
        assertThat(root.childText("c")).as("nil means no value").isNull();
        assertThat(root.child("c").location().line()).isEqualTo(3);
    }

    @Test
    void theElementCountIsBounded() {
        assertThatThrownBy(() -> read("<a><b/><b/><b/><b/><b/></a>", new LoadLimits(1_000, 64, 50, 4)))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("more than 4 XML elements");
    }

    @Test
    void theDepthIsBounded() {
        String deep = "<a>".repeat(9) + "</a>".repeat(9);
        assertThatThrownBy(() -> read(deep, new LoadLimits(1_000, 2, 50, 1_000)))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("nests deeper than 8 elements");
    }

    @Test
    void aParameterEntityInTheInternalSubsetIsRefusedAtTheDoctype() {
        assertThatThrownBy(() -> read("<!DOCTYPE a [<!ENTITY % p SYSTEM \"http://example.invalid/x\"> %p;]><a/>",
                LoadLimits.DEFAULT)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("model.tm7:1:1: the file declares a document type");
    }

    @Test
    void textAfterTheRootIsNotWellFormed() {
        assertThatThrownBy(() -> read("<a/><b/>", LoadLimits.DEFAULT)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("not well-formed XML");
    }
}
