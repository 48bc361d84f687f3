package dev.threatmodel.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.concurrent.ThreadLocalRandom;

/** Writes a file so that a reader sees either the old content or the new, never half of it. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Removes the temporary files {@link #write} leaves behind when the process is killed mid-write (they can be as
     * large as the largest report): {@code .<name><digits>.tmp} in {@code dir}, for each of {@code names}. Files of
     * other tools are left alone.
     */
    public static void removeLeftovers(Path dir, Collection<String> names) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                for (String target : names) {
                    String prefix = "." + target;
                    if (name.startsWith(prefix) && name.length() > prefix.length() + 4
                            && name.substring(prefix.length(), name.length() - 4).chars().allMatch(Character::isDigit)
                            && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                        Files.deleteIfExists(entry);
                        break;
                    }
                }
            }
        }
    }

    /** Writes to a temporary file in the target's directory, then moves it over the target. */
    public static void write(Path target, byte[] content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp = createTemporary(dir, "." + file.getFileName());
        try {
            Files.write(tmp, content);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Creates an empty file named {@code prefix<random>.tmp} in {@code dir} the way the JDK creates any file, so that
     * its permissions follow the umask like every other build output. {@link Files#createTempFile} would make it
     * readable by its owner only, and the move would carry that onto the report. The name need not be unguessable:
     * {@code CREATE_NEW} never opens a file (or follows a link) that is already there, it draws again; so a plain
     * random number does, without the start-up cost of the JDK's secure random source.
     */
    private static Path createTemporary(Path dir, String prefix) throws IOException {
        while (true) {
            Path tmp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException taken) {
                // another writer's name: draw again
            }
        }
    }
}
