package dev.threatmodel.imports.tm7;

import dev.threatmodel.load.LoadLimits;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.SourceText;
import dev.threatmodel.model.SourceLocation;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML file into {@link XmlElement}s with the line and column of every start tag, safely for files from
 * untrusted pull requests: a document type declaration (DTD) is refused outright, so there are no entity definitions
 * to expand (no "billion laughs") and no external entities to fetch (no XXE); an entity reference other than the
 * five predefined ones is refused too. Size is bounded by the loader's file limit before this reader runs; nesting
 * depth and the number of elements are bounded by the {@link LoadLimits}. Every problem is a located
 * {@link ModelLoadException}.
 */
final class SecureXmlReader {

    private final LoadLimits limits;

    SecureXmlReader(LoadLimits limits) {
        this.limits = limits;
    }

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not read: " + systemId);
        });
        return f;
    }

    XmlElement read(SourceText source) throws ModelLoadException {
        Path file = source.file();
        String text = source.text();
        Positions positions = new Positions(text, file);
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        long elements = 0;
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(new StringReader(text));
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw problem(positions.at(r), "the file declares a document "
                            + "type (<!DOCTYPE ...>); XML with a DTD is refused, because its entities can expand "
                            + "without bound or read other files, and a Threat Modeling Tool file never has one");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw problem(positions.at(r), "the file refers to"
                            + " the entity '&" + r.getLocalName() + ";', which XML does not define; entities are"
                            + " not expanded");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > limits.maxNodes()) {
                            throw problem(positions.at(r), "the file has more than " + limits.maxNodes()
                                    + " XML elements, the limit");
                        }
                        if (open.size() >= limits.maxDepth() * 4) {
                            throw problem(positions.at(r), "the XML nests deeper than " + limits.maxDepth() * 4
                                    + " elements, the limit");
                        }
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        XmlElement e = new XmlElement(r.getLocalName(), attributes, positions.at(r));
                        if (open.isEmpty()) {
                            root = e;
                        } else {
                            open.peek().add(e);
                        }
                        open.push(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().appendText(r.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions, the XML declaration: nothing a model needs
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw problem(positions.at(e.getLocation()), "the file is not well-formed XML: " + message(e));
        } catch (RuntimeException e) {
            // The JDK's parser reports some malformed input (bad characters, limits of its own) this way.
            throw problem(SourceLocation.startOf(file), "the file cannot be read as XML: " + e.getMessage());
        } finally {
            close(r);
        }
        if (root == null) {
            throw problem(SourceLocation.startOf(file), "the file holds no XML element");
        }
        return root;
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing was opened that needs closing: the input is a string
            }
        }
    }

    /** The parser's message without its own "ParseError at [row,col]" prefix, which the location already says. */
    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? "unknown error" : e.getMessage();
        int at = m.indexOf("Message: ");
        return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
    }

    private static ModelLoadException problem(SourceLocation at, String message) {
        return new ModelLoadException(new LoadProblem(at, message));
    }

    /**
     * Where each start tag begins. The parser's own locations for a start tag are not reliable (it may have read
     * ahead), so the tags are found in the text: the n-th start element is the n-th '<' that opens a tag, skipping
     * comments, CDATA sections, processing instructions and end tags (a raw '<' cannot occur anywhere else in
     * well-formed XML). One forward walk over the text serves the whole file.
     */
    private static final class Positions {
        private final String text;
        private final Path file;
        private int scan;
        private int offset;
        private int line = 1;
        private int column = 1;

        Positions(String text, Path file) {
            this.text = text;
            this.file = file;
        }

        SourceLocation at(XMLStreamReader r) {
            if (r.getEventType() == XMLStreamConstants.START_ELEMENT) {
                int start = nextStartTag();
                if (start >= 0) {
                    return advanceTo(start);
                }
            } else if (r.getEventType() == XMLStreamConstants.DTD) {
                int start = text.indexOf("<!DOCTYPE");
                if (start >= 0) {
                    return advanceTo(start);
                }
            }
            return at(r.getLocation());
        }

        SourceLocation at(Location l) {
            if (l == null || l.getLineNumber() < 1) {
                return SourceLocation.startOf(file);
            }
            return new SourceLocation(file, l.getLineNumber(), Math.max(1, l.getColumnNumber()));
        }

        private int nextStartTag() {
            while (true) {
                int i = text.indexOf('<', scan);
                if (i < 0 || i + 1 >= text.length()) {
                    return -1;
                }
                if (text.startsWith("<!--", i)) {
                    scan = skipPast(i, "-->");
                } else if (text.startsWith("<![CDATA[", i)) {
                    scan = skipPast(i, "]]>");
                } else if (text.startsWith("<?", i)) {
                    scan = skipPast(i, "?>");
                } else if (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '!') {
                    scan = i + 1;
                } else {
                    scan = i + 1;
                    return i;
                }
            }
        }

        private int skipPast(int from, String end) {
            int e = text.indexOf(end, from);
            return e < 0 ? text.length() : e + end.length();
        }

        private SourceLocation advanceTo(int target) {
            if (target < offset) {
                offset = 0;
                line = 1;
                column = 1;
            }
            while (offset < target) {
                if (text.charAt(offset) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                offset++;
            }
            return new SourceLocation(file, line, column);
        }
    }
}
