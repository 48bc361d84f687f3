package dev.threatmodel.check;

import dev.threatmodel.check.AggregateCheck.Entry;
import dev.threatmodel.report.AtomicFiles;
import dev.threatmodel.report.ReportText;
import dev.threatmodel.text.ShownPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One report for the models of every module of a build: per module its model, its verdict and its findings, as
 * Markdown ({@value #MARKDOWN}) and as a plain HTML page ({@value #HTML}). All text from the models is escaped.
 */
public final class AggregateReport {

    /** The Markdown file's name in the output directory. */
    public static final String MARKDOWN = "threatmodel-aggregate.md";
    /** The HTML file's name in the output directory. */
    public static final String HTML = "threatmodel-aggregate.html";

    private AggregateReport() {
    }

    /** Writes both files into {@code directory}, atomically; paths are shown relative to {@code top}. */
    public static void write(List<Entry> entries, Path top, Path directory) throws IOException {
        AtomicFiles.write(directory.resolve(MARKDOWN), markdown(entries, top).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(directory.resolve(HTML), html(entries, top).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code Failed}, {@code Passed}, or {@code Cannot be loaded}. */
    public static String verdict(Entry e) {
        return e.result() == null ? "Cannot be loaded" : e.fails() ? "Failed" : "Passed";
    }

    private static String overall(List<Entry> entries) {
        long failing = entries.stream().filter(Entry::fails).count();
        return entries.isEmpty() ? "No module of this build has a threat model."
                : failing == 0 ? "Passed: all " + entries.size() + " models"
                : "Failed: " + failing + " of " + entries.size() + " models";
    }

    /** The lines listed under a module: its findings and summary, or its load problems. */
    private static List<String> lines(Entry e) {
        if (e.result() == null) {
            return e.loadProblems();
        }
        return ConsoleReport.lines(e.result()).stream().map(ConsoleReport.Line::text).toList();
    }

    static String markdown(List<Entry> entries, Path top) {
        StringBuilder out = new StringBuilder("## Threat models of the build\n\n");
        out.append("**").append(overall(entries)).append("**\n\n");
        if (entries.isEmpty()) {
            return out.toString();
        }
        out.append("| Module | Model | Verdict | Errors | Warnings | Notes | Suppressed |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Entry e : entries) {
            out.append("| ").append(ReportText.markdown(e.module()))
                    .append(" | ").append(ReportText.markdown(ShownPath.of(e.modelFile(), top)))
                    .append(" | ").append(verdict(e));
            if (e.result() == null) {
                out.append(" | | | | |\n");
            } else {
                out.append(" | ").append(e.result().errors()).append(" | ").append(e.result().warnings())
                        .append(" | ").append(e.result().notes()).append(" | ").append(e.result().suppressed())
                        .append(" |\n");
            }
        }
        for (Entry e : entries) {
            out.append("\n### ").append(ReportText.markdown(e.module())).append(": ").append(verdict(e))
                    .append("\n\n```\n");
            for (String line : lines(e)) {
                out.append(line.replace("`", "'")).append('\n');
            }
            out.append("```\n");
        }
        return out.toString();
    }

    static String html(List<Entry> entries, Path top) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\"/>\n<title>Threat models of the build</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #999;padding:.3em .6em;text-align:left}.Failed,.Cannot{color:#b00}")
                .append("pre{background:#f4f4f4;padding:.6em;white-space:pre-wrap}</style>\n</head>\n<body>\n")
                .append("<h1>Threat models of the build</h1>\n<p><strong>")
                .append(ReportText.html(overall(entries))).append("</strong></p>\n");
        if (!entries.isEmpty()) {
            out.append("<table>\n<thead><tr><th>Module</th><th>Model</th><th>Verdict</th><th>Errors</th>")
                    .append("<th>Warnings</th><th>Notes</th><th>Suppressed</th></tr></thead>\n<tbody>\n");
            for (Entry e : entries) {
                String verdict = verdict(e);
                out.append("<tr><td>").append(ReportText.html(e.module())).append("</td><td>")
                        .append(ReportText.html(ShownPath.of(e.modelFile(), top))).append("</td><td class=\"")
                        .append(verdict.split(" ")[0]).append("\">").append(verdict).append("</td>");
                if (e.result() == null) {
                    out.append("<td></td><td></td><td></td><td></td>");
                } else {
                    out.append("<td>").append(e.result().errors()).append("</td><td>").append(e.result().warnings())
                            .append("</td><td>").append(e.result().notes()).append("</td><td>")
                            .append(e.result().suppressed()).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
            for (Entry e : entries) {
                out.append("<h2>").append(ReportText.html(e.module())).append(": ").append(verdict(e))
                        .append("</h2>\n<pre>");
                for (String line : lines(e)) {
                    out.append(ReportText.html(line)).append('\n');
                }
                out.append("</pre>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }
}
