package dev.threatmodel.cli;

import dev.threatmodel.baseline.BaselineOptions;
import dev.threatmodel.baseline.FailOn;
import dev.threatmodel.check.BaselineException;
import dev.threatmodel.check.CheckConfigurationException;
import dev.threatmodel.check.CheckRequest;
import dev.threatmodel.check.CheckResult;
import dev.threatmodel.check.ConsoleReport;
import dev.threatmodel.check.FailOnSeverity;
import dev.threatmodel.text.ShownPath;
import dev.threatmodel.check.ThreatModelCheck;
import dev.threatmodel.check.ToolVersion;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ReadableFile;
import dev.threatmodel.model.Keyword;
import dev.threatmodel.check.DiffReport;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleFailureException;
import dev.threatmodel.rules.RuleOptions;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The check as a command, for builds that do not run Maven:
 * {@code java -jar threatmodel-cli.jar check [options] threatmodel.yaml}, and the review of a change:
 * {@code java -jar threatmodel-cli.jar diff --baseline origin/main threatmodel.yaml}. It builds the same {@link CheckRequest} the
 * Maven goal builds and prints the same lines ({@link ConsoleReport}); only the way options arrive differs.
 *
 * <p>Exit status: 0 when no finding reaches the {@code --fail-on} level, 1 when one does, 2 when the model cannot be
 * loaded, the command line is wrong, a report cannot be written or a rule breaks. Problems are printed as one line
 * each on standard error, never as a stack trace.
 */
public final class ThreatModelCli {

    /** No finding at or above the threshold. */
    public static final int CLEAN = 0;
    /** Findings at or above the threshold. */
    public static final int FINDINGS = 1;
    /** The model could not be loaded, or the command could not run. */
    public static final int ERROR = 2;

    /** The text of --help, built when asked for: a check never prints it, and String.formatted costs a cold start. */
    private static String usage() {
        return """
            usage: threatmodel check [options] <model file>
                   threatmodel diff --baseline <revision> [options] <model file>

            check: checks a threat model (native YAML or JSON, OWASP Threat Dragon, Open Threat Model, Microsoft
            Threat Modeling Tool, AWS Threat Composer, Threagile), prints one line per finding and writes the reports.
            diff: prints what changed against the baseline in a reviewer's terms and writes threatmodel-diff.md;
            never exits 1 on findings.

            options:
              --format <list>         reports to write, comma-separated: %s, or none (diff needs
                                      --baseline; the diff command writes diff by default)
              --output-dir <dir>      where reports are written (default: the current directory)
              --fail-on <level>       error (default), warning, note or none: the least severe finding that fails
              --disable <ids>         rule ids that do not run, comma-separated; may be repeated
              --level <id>=<level>    run a rule at another level (error, warning, note); may be repeated
              --max-review-age-days <n>  days since 'reviewed' before the model counts as stale (default 365)
              --max-acceptance-days <n>  days from today a risk acceptance may run (default 365)
              --category <name>       code-scanning category of the SARIF run (default threatmodel)
              --top-dir <dir>         console paths are shown relative to this directory (default: current)
              --repository-root <dir> SARIF paths are relative to this directory (default: the nearest directory
                                      holding .git at or above the current one, else the top directory)
              --allow-files-outside-repository  read a model whose real path lies outside the repository root
                                      (a symbolic link to a file elsewhere); refused by default
              --baseline <rev|file>   compare with a git revision (origin/main, a tag, HEAD~1) of the repository the
                                      model is in, or with a baseline file written by threatmodel:baseline
              --fail-on-findings <all|new>  all (default): every finding at the --fail-on level fails; new: only
                                      findings the baseline lacks (needs --baseline)
              --baseline-model <file> where the model was at the baseline revision, if it was renamed since
              --baseline-load-failure <fail|empty>  when the model at the revision does not load: stop (default)
                                      or compare with an empty model (every finding is then new)
              --mcp-files <list>      MCP configuration files to read, relative to the repository root, comma-
                                      separated (default .mcp.json,.vscode/mcp.json,.cursor/mcp.json,
                                      .gemini/settings.json)
              --help                  print this text
              --version               print the version

            exit status: 0 no finding at the --fail-on level, 1 findings at that level or above (with
                         --fail-on-findings new: new ones only; diff never exits 1), 2 the model or the baseline
                         cannot be loaded or the command cannot run
            """.replace("%s", Keyword.keywords(ReportFormat.class).stream()
                    .map(k -> k.equals(ReportFormat.SARIF.keyword()) ? k + " (default)" : k)
                    .collect(java.util.stream.Collectors.joining(", ")));
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDirectory;
    /** Where "today" comes from for expiry dates and the review age; the system clock in UTC except in tests. */
    private final Clock clock;

    ThreatModelCli(PrintStream out, PrintStream err, Path workingDirectory, Clock clock) {
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.clock = clock;
    }

    public static void main(String[] args) {
        // JGit (read only for a git baseline) logs through SLF4J; with no logger bound, SLF4J would print a
        // three-line warning on standard error of every run that reads git
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        // standard output buffered (a check prints a line per finding; a flush per line was a system call each),
        // flushed before anything goes to standard error, so that the two keep their order on a terminal
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FilterOutputStream(new FileOutputStream(FileDescriptor.err)) {
            @Override
            public void write(int b) throws IOException {
                out.flush();
                super.out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.flush();
                super.out.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, out, err);
        } finally {
            out.flush();
        }
        err.flush();
        System.exit(status);
    }

    /** Runs the command with these arguments in the current directory and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new ThreatModelCli(out, err, Path.of(""), Clock.systemUTC()).run(args);
    }

    /** A command line that cannot be followed. */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The parsed options of {@code check}. */
    private static final class Options {
        Set<ReportFormat> formats = EnumSet.of(ReportFormat.SARIF);
        boolean formatsGiven;
        Path outputDir;
        FailOnSeverity failOn = FailOnSeverity.ERROR;
        final Set<String> disabled = new TreeSet<>();
        final Map<String, Level> levels = new TreeMap<>();
        int maxReviewAgeDays = 365;
        int maxAcceptanceDays = 365;
        String category;
        Path topDir;
        Path repositoryRoot;
        boolean allowFilesOutsideRepository;
        List<String> mcpFiles;
        Path model;
        String baseline;
        FailOn failOnFindings = FailOn.ALL;
        Path baselineModel;
        boolean emptyWhenUnloadable;
        boolean diff;
    }

    int run(String[] args) {
        try {
            if (args.length == 0) {
                throw new UsageException("no command given");
            }
            if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
                out.print(usage());
                return CLEAN;
            }
            if (args[0].equals("--version")) {
                out.println("threatmodel " + ToolVersion.get());
                return CLEAN;
            }
            if (!args[0].equals("check") && !args[0].equals("diff")) {
                throw new UsageException("unknown command \"" + args[0] + "\"; the commands are check and diff");
            }
            Options options = parse(args);
            if (options == null) {
                out.print(usage());
                return CLEAN;
            }
            options.diff = args[0].equals("diff");
            if (options.diff) {
                if (options.baseline == null) {
                    throw new UsageException("diff needs --baseline <revision>, e.g. --baseline origin/main");
                }
                if (!options.formatsGiven) {
                    options.formats = EnumSet.of(ReportFormat.DIFF);
                }
            }
            if (options.failOnFindings == FailOn.NEW && options.baseline == null) {
                throw new UsageException("--fail-on-findings new needs --baseline <revision or file>");
            }
            return check(options);
        } catch (UsageException e) {
            err.println("threatmodel: " + e.getMessage());
            err.println("Run with --help for the options.");
            return ERROR;
        }
    }

    private Options parse(String[] args) throws UsageException {
        Options o = new Options();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                name = arg.substring(0, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            }
            switch (name) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--format", "--formats" -> {
                    value = value != null ? value : next(args, ++i, name);
                    if (!o.formatsGiven) {
                        o.formats = EnumSet.noneOf(ReportFormat.class);
                        o.formatsGiven = true;
                    }
                    for (String word : value.split(",")) {
                        if (word.isBlank() || word.trim().equalsIgnoreCase("none")) {
                            continue;
                        }
                        o.formats.add(Keyword.parse(ReportFormat.class, word).orElseThrow(() -> new UsageException(
                                "unknown report format \"" + word.trim() + "\"; use "
                                        + String.join(", ", Keyword.keywords(ReportFormat.class)) + " or none")));
                    }
                }
                case "--output-dir" -> o.outputDir = path(value != null ? value : next(args, ++i, name), name);
                case "--fail-on" -> {
                    value = value != null ? value : next(args, ++i, name);
                    try {
                        o.failOn = FailOnSeverity.parse(value);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--fail-on: " + e.getMessage());
                    }
                }
                case "--mcp-files" -> {
                    o.mcpFiles = new java.util.ArrayList<>();
                    for (String file : (value != null ? value : next(args, ++i, name)).split(",")) {
                        if (!file.isBlank()) {
                            o.mcpFiles.add(file.trim());
                        }
                    }
                }
                case "--disable" -> {
                    for (String id : (value != null ? value : next(args, ++i, name)).split(",")) {
                        if (!id.isBlank()) {
                            o.disabled.add(id.trim());
                        }
                    }
                }
                case "--level" -> {
                    value = value != null ? value : next(args, ++i, name);
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new UsageException("--level wants <rule id>=<level>, got \"" + value + "\"");
                    }
                    String level = value.substring(eq + 1);
                    o.levels.put(value.substring(0, eq).trim(), Keyword.parse(Level.class, level).orElseThrow(() ->
                            new UsageException("--level: \"" + level + "\" is not a level; use "
                                    + String.join(", ", Keyword.keywords(Level.class)))));
                }
                case "--max-review-age-days" -> {
                    value = value != null ? value : next(args, ++i, name);
                    try {
                        o.maxReviewAgeDays = Integer.parseInt(value.trim());
                    } catch (NumberFormatException e) {
                        o.maxReviewAgeDays = 0;
                    }
                    if (o.maxReviewAgeDays < 1) {
                        throw new UsageException("--max-review-age-days wants a whole number of at least 1, got \""
                                + value + "\"");
                    }
                }
                case "--max-acceptance-days" -> {
                    value = value != null ? value : next(args, ++i, name);
                    try {
                        o.maxAcceptanceDays = Integer.parseInt(value.trim());
                    } catch (NumberFormatException e) {
                        o.maxAcceptanceDays = 0;
                    }
                    if (o.maxAcceptanceDays < 1) {
                        throw new UsageException("--max-acceptance-days wants a whole number of at least 1, got \""
                                + value + "\"");
                    }
                }
                case "--category" -> o.category = value != null ? value : next(args, ++i, name);
                case "--top-dir" -> o.topDir = path(value != null ? value : next(args, ++i, name), name);
                case "--baseline" -> o.baseline = value != null ? value : next(args, ++i, name);
                case "--fail-on-findings" -> {
                    value = value != null ? value : next(args, ++i, name);
                    try {
                        o.failOnFindings = FailOn.parse(value);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--fail-on-findings: " + e.getMessage());
                    }
                }
                case "--baseline-model" -> o.baselineModel = path(value != null ? value : next(args, ++i, name), name);
                case "--baseline-load-failure" -> {
                    value = value != null ? value : next(args, ++i, name);
                    if (!value.equals("fail") && !value.equals("empty")) {
                        throw new UsageException("--baseline-load-failure is fail or empty, got \"" + value + "\"");
                    }
                    o.emptyWhenUnloadable = value.equals("empty");
                }
                case "--repository-root" ->
                        o.repositoryRoot = path(value != null ? value : next(args, ++i, name), name);
                case "--allow-files-outside-repository" -> o.allowFilesOutsideRepository = true;
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        throw new UsageException("unknown option " + name);
                    }
                    if (o.model != null) {
                        throw new UsageException("one model file at a time; got " + o.model + " and " + arg);
                    }
                    o.model = path(arg, "the model file");
                }
            }
        }
        if (o.model == null) {
            throw new UsageException("no model file given");
        }
        return o;
    }

    private static String next(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private Path path(String text, String what) throws UsageException {
        try {
            return workingDirectory.resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw new UsageException(what + ": \"" + text + "\" is not a valid path");
        }
    }

    private int check(Options o) {
        Path top = o.topDir != null ? o.topDir : workingDirectory;
        String shownModel = ShownPath.relative(o.model, workingDirectory);
        String problem = ReadableFile.problem(o.model);
        if (problem != null) {
            err.println("threatmodel: the model file " + shownModel + " " + problem);
            return ERROR;
        }
        CheckRequest request;
        try {
            request = CheckRequest.builder(o.model)
                    .topDirectory(top)
                    .repositoryRoot(o.repositoryRoot != null ? o.repositoryRoot : ShownPath.repositoryRoot(workingDirectory, top))
                    .ruleConfig(new RuleConfig(o.disabled, o.levels))
                    .ruleOptions(new RuleOptions(LocalDate.now(clock), o.maxReviewAgeDays, o.maxAcceptanceDays))
                    .formats(o.formats)
                    .outputDirectory(o.outputDir != null ? o.outputDir : workingDirectory)
                    .sarifCategory(o.category)
                    .allowFilesOutsideRepository(o.allowFilesOutsideRepository)
                    .baseline(o.baseline == null ? null : BaselineOptions.of(o.baseline, workingDirectory,
                            o.failOnFindings, o.baselineModel, o.emptyWhenUnloadable))
                    .mcpFiles(o.mcpFiles)
                    .build();
        } catch (IllegalArgumentException e) {
            err.println("threatmodel: " + e.getMessage());
            return ERROR;
        }
        CheckResult result;
        try {
            result = ThreatModelCheck.run(request);
        } catch (ModelLoadException e) {
            List<String> lines = ConsoleReport.loadProblems(e, top);
            lines.forEach(err::println);
            for (Throwable alsoFailed : e.getSuppressed()) {
                err.println("threatmodel: reports: " + alsoFailed.getMessage());
            }
            err.println("threatmodel: the model " + shownModel + " cannot be loaded (" + lines.size()
                    + " problem" + (lines.size() == 1 ? "" : "s") + ")");
            return ERROR;
        } catch (BaselineException e) {
            err.println("threatmodel: baseline: " + e.getMessage());
            return ERROR;
        } catch (CheckConfigurationException e) {
            err.println("threatmodel: " + e.getMessage());
            return ERROR;
        } catch (IOException e) {
            err.println("threatmodel: a report cannot be written: " + e.getMessage());
            return ERROR;
        } catch (RuleFailureException e) {
            err.println("threatmodel: " + e.getMessage());
            return ERROR;
        } catch (OutOfMemoryError e) {
            err.println("threatmodel: the model " + shownModel + " does not fit in the Java heap;"
                    + " give the JVM more with -Xmx");
            return ERROR;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            err.println("threatmodel: internal error while checking " + shownModel + ": " + e);
            return ERROR;
        }
        if (!o.diff) {
            for (ConsoleReport.Line line : ConsoleReport.lines(result)) {
                out.println(line.text());
            }
        }
        if (result.baseline() != null && result.baseline().note() != null) {
            err.println("threatmodel: baseline: " + result.baseline().note());
        }
        if (result.baseline() != null && (o.diff || result.reports().containsKey(ReportFormat.DIFF))) {
            DiffReport.consoleLines(result).forEach(out::println);
        }
        result.reports().forEach((format, file) ->
                out.println("Threat model " + format.keyword() + " report: "
                        + ShownPath.relative(file, workingDirectory)));
        if (o.diff) {
            return CLEAN;
        }
        return o.failOn.fails(result) ? FINDINGS : CLEAN;
    }
}
