package dev.threatmodel.repo;

import dev.threatmodel.load.JsonTreeReader;
import dev.threatmodel.load.LoadLimits;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.Node;
import dev.threatmodel.load.ScalarNode;
import dev.threatmodel.load.SourceText;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.repo.McpServerDeclaration.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the MCP servers that AI tools' configuration files in a repository declare. Two layouts exist: VS Code's
 * {@code .vscode/mcp.json} keeps servers under {@code servers}; Claude Code's and GitHub Copilot's {@code .mcp.json},
 * Cursor's {@code .cursor/mcp.json} and Gemini CLI's {@code .gemini/settings.json} keep them under
 * {@code mcpServers}. A file may hold either key. Each server is an object: a stdio server gives {@code command}
 * (and {@code type: stdio} or no type); a remote one gives {@code url} (Gemini CLI also {@code httpUrl}) or
 * {@code type: http} or {@code sse}.
 *
 * <p>Only regular files inside the repository root are read (a symbolic link is refused), each within a size limit,
 * with the project's JSON reader (nesting limit, duplicate keys refused). Files of VS Code and Gemini CLI may hold
 * comments and trailing commas, as those tools allow.
 */
public final class McpConfigReader {

    /** The files looked for when the configuration names none, repository-relative. */
    public static final List<String> DEFAULT_FILES = List.of(
            ".mcp.json", ".vscode/mcp.json", ".cursor/mcp.json", ".gemini/settings.json");

    /** The largest configuration file read; a larger one is a problem, not silently skipped. */
    public static final long MAX_FILE_BYTES = 1024L * 1024;

    private static final LoadLimits LIMITS = new LoadLimits(MAX_FILE_BYTES, 32, 0, 100_000L);
    private static final Set<String> REMOTE_TYPES = Set.of("http", "sse", "streamable-http", "streamablehttp");

    private McpConfigReader() {
    }

    /** Reads each of {@code files} (repository-relative) under {@code root} that exists. */
    public static McpFacts read(Path root, List<String> files) {
        Path top = root.toAbsolutePath().normalize();
        List<String> read = new ArrayList<>();
        List<McpServerDeclaration> servers = new ArrayList<>();
        List<McpFacts.Problem> problems = new ArrayList<>();
        for (String name : files) {
            Path file = top.resolve(name).normalize();
            if (!file.startsWith(top) || file.equals(top)) {
                problems.add(new McpFacts.Problem(name, SourceLocation.startOf(file),
                        "the MCP configuration file " + name + " lies outside the repository; not read"));
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                continue; // absent: nothing declared there
            }
            String shown = slashes(top.relativize(file));
            if (!attributes.isRegularFile()) {
                problems.add(new McpFacts.Problem(shown, SourceLocation.startOf(file), shown + " is "
                        + (attributes.isSymbolicLink() ? "a symbolic link" : "not a regular file")
                        + "; MCP configuration is read only from regular files inside the repository"));
                continue;
            }
            if (!insideByRealPath(top, file)) {
                problems.add(new McpFacts.Problem(shown, SourceLocation.startOf(file), shown + " lies outside the "
                        + "repository once symbolic links are followed; not read"));
                continue;
            }
            read.add(shown);
            readFile(file, shown, servers, problems);
        }
        return new McpFacts(null, read, servers, problems);
    }

    private static boolean insideByRealPath(Path top, Path file) {
        try {
            return file.toRealPath().startsWith(top.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads one file's servers into {@code servers}; what cannot be read goes to {@code problems}. */
    static void readFile(Path file, String shown, List<McpServerDeclaration> servers,
                         List<McpFacts.Problem> problems) {
        try {
            SourceText text = SourceText.read(file, LIMITS);
            parse(text, shown, servers, problems);
        } catch (ModelLoadException e) {
            for (LoadProblem p : e.problems()) {
                problems.add(new McpFacts.Problem(shown, p.location(), shown + " cannot be read as MCP "
                        + "configuration: " + p.message()));
            }
        }
    }

    /** Reads the servers of a file's text; the file name decides whether comments are allowed. */
    public static void parse(SourceText text, String shown, List<McpServerDeclaration> servers,
                             List<McpFacts.Problem> problems) throws ModelLoadException {
        Path file = text.file();
        if (text.text().isBlank()) {
            problems.add(new McpFacts.Problem(shown, SourceLocation.startOf(file), shown
                    + " is empty; an AI tool cannot read it either"));
            return;
        }
        Node root = new JsonTreeReader(LIMITS, allowsComments(shown)).read(text);
        if (!(root instanceof MapNode map)) {
            problems.add(new McpFacts.Problem(shown, root.location(), shown + " must hold a JSON object, found "
                    + root.kindInWords()));
            return;
        }
        for (String key : List.of("mcpServers", "servers")) {
            MapNode.Field field = map.fields().get(key);
            if (field == null || field.value() instanceof ScalarNode s && s.isNull()) {
                continue;
            }
            if (!(field.value() instanceof MapNode entries)) {
                problems.add(new McpFacts.Problem(shown, field.value().location(), "'" + key + "' in " + shown
                        + " must be an object of servers by name, found " + field.value().kindInWords()));
                continue;
            }
            for (MapNode.Field entry : entries.fields().values()) {
                servers.add(server(entry, shown, problems));
            }
        }
    }

    private static McpServerDeclaration server(MapNode.Field entry, String shown, List<McpFacts.Problem> problems) {
        String name = entry.key();
        SourceLocation at = entry.keyLocation();
        if (!(entry.value() instanceof MapNode server)) {
            problems.add(new McpFacts.Problem(shown, entry.value().location(), "MCP server '" + name + "' in "
                    + shown + " must be an object, found " + entry.value().kindInWords()
                    + "; it is taken to be a remote server"));
            return new McpServerDeclaration(name, shown, Transport.REMOTE, "", at);
        }
        String type = text(server, "type");
        String command = text(server, "command");
        String url = text(server, "url");
        if (url == null) {
            url = text(server, "httpUrl");
        }
        if (url == null) {
            url = text(server, "serverUrl");
        }
        boolean remoteType = type != null && REMOTE_TYPES.contains(type.toLowerCase(Locale.ROOT));
        if (url != null || remoteType) {
            return new McpServerDeclaration(name, shown, Transport.REMOTE, url == null ? "" : url, at);
        }
        if (command != null) {
            return new McpServerDeclaration(name, shown, Transport.STDIO, command, at);
        }
        problems.add(new McpFacts.Problem(shown, at, "MCP server '" + name + "' in " + shown
                + " gives neither a command nor a url; it is taken to be a remote server"));
        return new McpServerDeclaration(name, shown, Transport.REMOTE, "", at);
    }

    private static String text(MapNode map, String key) {
        return map.get(key).filter(n -> n instanceof ScalarNode s && s.type() == ScalarNode.Type.STRING)
                .map(n -> ((ScalarNode) n).text()).filter(s -> !s.isBlank()).orElse(null);
    }

    /** VS Code's files and Gemini CLI's settings are JSON with comments; the others are strict JSON. */
    static boolean allowsComments(String shown) {
        return shown.startsWith(".vscode/") || shown.contains("/.vscode/") || shown.endsWith(".jsonc")
                || shown.endsWith(".gemini/settings.json");
    }

    private static String slashes(Path p) {
        StringBuilder s = new StringBuilder();
        for (Path part : p) {
            if (s.length() > 0) {
                s.append('/');
            }
            s.append(part);
        }
        return s.toString();
    }
}
