package dev.threatmodel.report;

import dev.threatmodel.model.Keyword;

/** The kinds of report a check can write. */
public enum ReportFormat implements Keyword {
    SARIF("sarif", "threatmodel.sarif"),
    MARKDOWN("markdown", "threatmodel.md"),
    HTML("html", "threatmodel.html"),
    DOT("dot", "threatmodel.dot"),
    /** What changed against the check's baseline, for a pull request's reviewer; needs a baseline. */
    DIFF("diff", "threatmodel-diff.md");

    private final String keyword;
    private final String fileName;

    ReportFormat(String keyword, String fileName) {
        this.keyword = keyword;
        this.fileName = fileName;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** The file names of every format. */
    public static java.util.List<String> fileNames() {
        return java.util.Arrays.stream(values()).map(ReportFormat::fileName).toList();
    }

    /** The default file name in the output directory. */
    public String fileName() {
        return fileName;
    }
}
