package dev.threatmodel.imports.tm7;

import dev.threatmodel.model.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One element of an XML file with where its start tag begins: its local name (namespaces are left out, the Threat
 * Modeling Tool's names are unique without them), its attributes by local name, its text and its child elements.
 */
final class XmlElement {

    private final String name;
    private final Map<String, String> attributes;
    private final SourceLocation location;
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlElement(String name, Map<String, String> attributes, SourceLocation location) {
        this.name = name;
        this.attributes = attributes;
        this.location = location;
    }

    String name() {
        return name;
    }

    SourceLocation location() {
        return location;
    }

    String attribute(String localName) {
        return attributes.get(localName);
    }

    List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    void add(XmlElement child) {
        children.add(child);
    }

    void appendText(String s) {
        text.append(s);
    }

    /** Whether the element says it has no value ({@code i:nil="true"}). */
    boolean isNil() {
        return "true".equals(attributes.get("nil"));
    }

    /** The element's own text, stripped; null when it is nil or blank. */
    String text() {
        if (isNil()) {
            return null;
        }
        String s = text.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** The first child with this local name, or null. */
    XmlElement child(String localName) {
        for (XmlElement c : children) {
            if (c.name.equals(localName)) {
                return c;
            }
        }
        return null;
    }

    /** The text of the first child with this local name; null when there is none or it is empty. */
    String childText(String localName) {
        XmlElement c = child(localName);
        return c == null ? null : c.text();
    }

    /** The children with this local name, in file order. */
    List<XmlElement> all(String localName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(localName)) {
                found.add(c);
            }
        }
        return found;
    }

    /** Follows a path of child names; null when a step is missing. */
    XmlElement path(String... names) {
        XmlElement current = this;
        for (String n : names) {
            current = current == null ? null : current.child(n);
        }
        return current;
    }
}
