package dev.kaa.stdlib.lib.build;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One candidate {@code Lib}: a folder, or a zip (pyodide's {@code python_stdlib.zip}) opened
 * read-only; {@code root} is where {@code os.py} sits.
 *
 * <p>Thread safety: confined.
 */
record LibSource(String foundBy, Path location, Path root, FileSystem zip) implements AutoCloseable {

    /** Opens a folder or a zip file found by {@code foundBy} (a few words for the messages). */
    static LibSource open(Path location, String foundBy) throws IOException {
        if (Files.isDirectory(location)) {
            return new LibSource(foundBy, location, location, null);
        }
        FileSystem zip = FileSystems.newFileSystem(location, Map.of("accessMode", "readOnly"));
        return new LibSource(foundBy, location, zip.getPath("/"), zip);
    }

    /** A line for messages: where it is and how it was found. */
    String describe() {
        return location + " (" + foundBy + ")";
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
