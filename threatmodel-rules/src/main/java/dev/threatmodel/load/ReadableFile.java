package dev.threatmodel.load;

import dev.threatmodel.model.SourceLocation;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which files the check reads: only regular files, and by default only those whose real path (after every symbolic
 * link is followed) lies inside a root directory, the repository. A model comes from whoever opened the pull request;
 * a symbolic link in it to {@code ~/.git-credentials} must not make the build read that file and quote it in the log,
 * and a named pipe or {@code /dev/zero} must not stall the build or fill its memory. The file's kind is found from its
 * attributes, before it is opened, so a pipe is never opened.
 */
public final class ReadableFile {

    private ReadableFile() {
    }

    /**
     * Why the file cannot be read as a model, in words that complete "the file ...": {@code does not exist},
     * {@code is a directory, not a file}, and so on; null when it is a regular file (following links).
     */
    public static String problem(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(file) ? "is a symbolic link to a file that does not exist" : "does not exist";
        } catch (AccessDeniedException e) {
            return "cannot be read: permission denied";
        } catch (IOException e) {
            return "cannot be read: " + reason(e);
        }
        if (attributes.isDirectory()) {
            return "is a directory, not a file";
        }
        if (!attributes.isRegularFile()) {
            return "is not a regular file (a named pipe, a device or a socket); only regular files are read";
        }
        return null;
    }

    /**
     * Refuses the file unless it is a regular file and, when {@code root} is not null, its real path lies inside
     * {@code root}'s real path. Nothing of the file is read.
     */
    public static void check(Path file, Path root) throws ModelLoadException {
        SourceLocation start = SourceLocation.startOf(file);
        String problem = problem(file);
        if (problem != null) {
            throw new ModelLoadException(new LoadProblem(start, "the file " + problem));
        }
        if (root == null) {
            return;
        }
        try {
            Path real = file.toRealPath();
            Path realRoot = root.toRealPath();
            if (!real.startsWith(realRoot)) {
                boolean link = !file.toAbsolutePath().normalize().equals(real);
                throw new ModelLoadException(new LoadProblem(start, "the file "
                        + (link ? "is a symbolic link (or lies under one) to a file" : "lies")
                        + " outside the repository, " + rootName(root) + "; files outside it are not read,"
                        + " so that a pull request cannot make the build read other files of the machine"
                        + " (threatmodel.allowFilesOutsideRepository=true or --allow-files-outside-repository"
                        + " allows it)"));
            }
        } catch (IOException e) {
            throw new ModelLoadException(new LoadProblem(start, "the file cannot be read: " + reason(e)));
        }
    }

    /** The reason an I/O error gives, without the path the JDK repeats in its message. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String rootName(Path root) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? "/" : "'" + name + "'";
    }

    /** Whether something exists at the path, a dangling symbolic link included. */
    static boolean exists(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }
}
