package dev.threatmodel.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict parser for the subset of Mermaid flowchart syntax that {@link MermaidDiagram} writes. It throws on anything
 * outside the subset: a missing header, unbalanced {@code subgraph}/{@code end}, unquoted labels, a raw quote, angle
 * bracket, backtick, pipe or stray {@code #} inside a label, edges or classes naming undeclared ids, and
 * {@code linkStyle} indexes that no edge has. Labels are decoded from Mermaid's entity codes.
 */
final class MermaidSubsetParser {

    record Node(String id, String shape, String label, String parent) {
    }

    record Subgraph(String id, String label, String parent) {
    }

    record Edge(String from, String to, String arrow, String label) {
    }

    record Flowchart(Map<String, Node> nodes, Map<String, Subgraph> subgraphs, List<Edge> edges,
                     Set<Integer> styledLinks, Map<String, String> classes) {
    }

    static final class MermaidSyntaxException extends RuntimeException {
        MermaidSyntaxException(int line, String message) {
            super("line " + line + ": " + message);
        }
    }

    private static final String ID = "[A-Za-z][A-Za-z0-9_]*";
    private static final String LABEL = "\"([^\"]*)\"";
    private static final Pattern SUBGRAPH = Pattern.compile("subgraph (" + ID + ")\\[" + LABEL + "]");
    private static final Pattern NODE = Pattern.compile(
            "(" + ID + ")(\\[\\(|\\(\\[|\\(\\(|\\{\\{|\\[|\\()" + LABEL + "(\\)]|]\\)|\\)\\)|}}|]|\\))");
    private static final Pattern EDGE = Pattern.compile("(" + ID + ") (-->|<-->)\\|" + LABEL + "\\| (" + ID + ")");
    private static final Pattern CLASS_DEF = Pattern.compile("classDef (" + ID + ") ([a-z-]+:[^,]+(,[a-z-]+:[^,]+)*)");
    private static final Pattern CLASS = Pattern.compile("class (" + ID + "(," + ID + ")*) (" + ID + ")");
    private static final Pattern LINK_STYLE = Pattern.compile("linkStyle (\\d+(,\\d+)*) ([a-z-]+:[^,]+(,[a-z-]+:[^,]+)*)");
    private static final Pattern ENTITY = Pattern.compile("#([a-z]+|\\d+);");
    private static final Map<String, String> SHAPES = Map.of(
            "[", "]", "(", ")", "[(", ")]", "([", "])", "((", "))", "{{", "}}");
    private static final Set<String> RESERVED = Set.of("end", "subgraph", "graph", "flowchart", "class", "classDef",
            "linkStyle", "style", "click", "direction");

    private MermaidSubsetParser() {
    }

    static Flowchart parse(String source) {
        String[] lines = source.split("\n", -1);
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Subgraph> subgraphs = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        Set<Integer> styled = new LinkedHashSet<>();
        Map<String, String> classDefs = new LinkedHashMap<>();
        Map<String, String> classes = new LinkedHashMap<>();
        List<int[]> linkStyleLines = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            if (!header) {
                if (!line.equals("flowchart LR")) {
                    throw new MermaidSyntaxException(no, "expected 'flowchart LR', got: " + line);
                }
                header = true;
                continue;
            }
            Matcher m;
            if (line.startsWith("%% ")) {
                continue;
            }
            if (line.equals("end")) {
                if (open.isEmpty()) {
                    throw new MermaidSyntaxException(no, "'end' without an open subgraph");
                }
                open.pop();
            } else if ((m = SUBGRAPH.matcher(line)).matches()) {
                String id = id(no, m.group(1));
                if (subgraphs.containsKey(id) || nodes.containsKey(id)) {
                    throw new MermaidSyntaxException(no, "id declared twice: " + id);
                }
                subgraphs.put(id, new Subgraph(id, label(no, m.group(2)), open.peek()));
                open.push(id);
            } else if ((m = EDGE.matcher(line)).matches()) {
                edges.add(new Edge(m.group(1), m.group(4), m.group(2), label(no, m.group(3))));
            } else if ((m = NODE.matcher(line)).matches()) {
                String id = id(no, m.group(1));
                if (!SHAPES.get(m.group(2)).equals(m.group(4))) {
                    throw new MermaidSyntaxException(no, "shape opened with " + m.group(2) + " closed with "
                            + m.group(4));
                }
                if (nodes.containsKey(id) || subgraphs.containsKey(id)) {
                    throw new MermaidSyntaxException(no, "id declared twice: " + id);
                }
                nodes.put(id, new Node(id, m.group(2), label(no, m.group(3)), open.peek()));
            } else if ((m = CLASS_DEF.matcher(line)).matches()) {
                classDefs.put(m.group(1), m.group(2));
            } else if ((m = CLASS.matcher(line)).matches()) {
                for (String id : m.group(1).split(",")) {
                    classes.put(id, m.group(3));
                }
            } else if ((m = LINK_STYLE.matcher(line)).matches()) {
                for (String n : m.group(1).split(",")) {
                    styled.add(Integer.parseInt(n));
                    linkStyleLines.add(new int[] {no, Integer.parseInt(n)});
                }
            } else {
                throw new MermaidSyntaxException(no, "not in the flowchart subset: " + line);
            }
        }
        if (!header) {
            throw new MermaidSyntaxException(1, "empty diagram");
        }
        if (!open.isEmpty()) {
            throw new MermaidSyntaxException(lines.length, "subgraph " + open.peek() + " is never closed");
        }
        for (Edge e : edges) {
            if (!nodes.containsKey(e.from()) || !nodes.containsKey(e.to())) {
                throw new MermaidSyntaxException(0, "edge between undeclared nodes: " + e);
            }
        }
        for (int[] ls : linkStyleLines) {
            if (ls[1] >= edges.size()) {
                throw new MermaidSyntaxException(ls[0], "linkStyle " + ls[1] + " but only " + edges.size()
                        + " edges");
            }
        }
        for (Map.Entry<String, String> c : classes.entrySet()) {
            if (!nodes.containsKey(c.getKey()) && !subgraphs.containsKey(c.getKey())) {
                throw new MermaidSyntaxException(0, "class on undeclared id " + c.getKey());
            }
            if (!classDefs.containsKey(c.getValue())) {
                throw new MermaidSyntaxException(0, "class " + c.getValue() + " is not defined");
            }
        }
        return new Flowchart(nodes, subgraphs, edges, styled, classes);
    }

    private static String id(int line, String id) {
        if (RESERVED.contains(id)) {
            throw new MermaidSyntaxException(line, "reserved word used as id: " + id);
        }
        return id;
    }

    /** Checks the raw label and decodes its entity codes. */
    private static String label(int line, String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '<' || c == '>' || c == '`' || c == '|' || c == ';' && !endsEntity(raw, i) || c == '\\') {
                throw new MermaidSyntaxException(line, "raw '" + c + "' in label: " + raw);
            }
            if (c == '#') {
                Matcher m = ENTITY.matcher(raw);
                if (!m.find(i) || m.start() != i) {
                    throw new MermaidSyntaxException(line, "stray '#' in label: " + raw);
                }
            }
        }
        Matcher m = ENTITY.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "quot" -> "\"";
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                default -> {
                    if (!name.chars().allMatch(Character::isDigit)) {
                        throw new MermaidSyntaxException(line, "unknown entity #" + name + ";");
                    }
                    yield new String(Character.toChars(Integer.parseInt(name)));
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean endsEntity(String raw, int semicolon) {
        Matcher m = ENTITY.matcher(raw);
        while (m.find()) {
            if (m.end() - 1 == semicolon) {
                return true;
            }
        }
        return false;
    }

    /** The body of the first {@code ```mermaid} block of a Markdown text. */
    static String mermaidBlock(String markdown) {
        int start = markdown.indexOf("```mermaid\n");
        if (start < 0) {
            throw new AssertionError("no mermaid block");
        }
        int from = start + "```mermaid\n".length();
        int end = markdown.indexOf("```", from);
        if (end < 0) {
            throw new AssertionError("mermaid block never closed");
        }
        return markdown.substring(from, end);
    }
}
