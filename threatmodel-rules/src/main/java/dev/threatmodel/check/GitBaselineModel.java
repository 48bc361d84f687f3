package dev.threatmodel.check;

import dev.threatmodel.baseline.BaselineOptions;
import dev.threatmodel.git.GitRevisionException;
import dev.threatmodel.git.GitRevisionReader;
import dev.threatmodel.load.CompanionReader;
import dev.threatmodel.load.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Copies the model file (and its companion file) as they were at a git revision into a scratch directory, at the
 * same repository-relative paths, so the ordinary loader reads them with its ordinary limits. The only class of the
 * check that touches git: JGit is loaded when a check has a git revision as baseline, and not otherwise.
 */
final class GitBaselineModel {

    /**
     * The files at the revision.
     *
     * @param description   {@code git revision origin/main (3f2a9c1b0d4e)}
     * @param root          the scratch directory (delete it when done); file paths below it are repository paths
     * @param modelPath     the model's path in the repository
     * @param model         the model's copy, or null when no file existed at that path at the revision
     * @param companion     the companion's copy, or null
     * @param sameAsNow     whether the model and companion at the revision are byte for byte the files the check
     *                      reads now (then checking them again would only repeat the check)
     */
    record Snapshot(String description, Path root, String modelPath, Path model, Path companion, boolean sameAsNow) {
    }

    private GitBaselineModel() {
    }

    static Snapshot read(CheckRequest request, BaselineOptions options) throws BaselineException, IOException {
        Path modelFile = options.baselineModelFile() != null ? options.baselineModelFile() : request.modelFile();
        try (GitRevisionReader git = GitRevisionReader.open(request.modelFile().getParent(), options.reference())) {
            GitRevisionReader.ResolvedRevision revision = git.resolve(options.reference());
            String modelPath = git.repositoryPath(modelFile);
            long limit = LoadLimits.DEFAULT.maxFileBytes();
            Optional<byte[]> model = git.read(revision, modelPath, limit);
            Path companionFile = request.companionFile() != null ? request.companionFile()
                    : CompanionReader.defaultPath(modelFile);
            String companionPath = companionFile == null ? null : git.repositoryPath(companionFile);
            Optional<byte[]> companion = companionPath == null || model.isEmpty() ? Optional.empty()
                    : git.read(revision, companionPath, limit);
            Path root = Files.createTempDirectory("threatmodel-baseline");
            String description = "git revision " + revision.revision() + " (" + revision.shortId() + ")";
            Path currentCompanion = request.companionFile() != null ? request.companionFile()
                    : CompanionReader.findDefault(request.modelFile());
            boolean same = model.isPresent() && Arrays.equals(model.get(), bytes(request.modelFile()))
                    && Arrays.equals(companion.orElse(null), currentCompanion == null ? null : bytes(currentCompanion));
            return new Snapshot(description, root, modelPath, copy(root, modelPath, model),
                    copy(root, companionPath, companion), same);
        } catch (GitRevisionException e) {
            throw new BaselineException(e.getMessage());
        }
    }

    private static byte[] bytes(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    private static Path copy(Path root, String repositoryPath, Optional<byte[]> bytes) throws IOException {
        if (bytes.isEmpty()) {
            return null;
        }
        Path file = root.resolve(repositoryPath).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("the path " + repositoryPath + " leaves the scratch directory");
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes.get());
        return file;
    }
}
