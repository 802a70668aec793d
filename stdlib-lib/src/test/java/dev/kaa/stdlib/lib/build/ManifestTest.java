package dev.kaa.stdlib.lib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path tmp;

    /** A two-file Lib and its manifest. */
    private Manifest pin(Path lib) throws IOException {
        Files.createDirectories(lib.resolve("json"));
        Files.writeString(lib.resolve("abc.py"), "x = 1\n");
        Files.writeString(lib.resolve("json/__init__.py"), "y = 2\n");
        Manifest m = new Manifest("lib-0.0.1.sha256", Map.of("kind", "cpython", "version", "0.0.1"), List.of(
                new Manifest.Entry("abc.py", Manifest.sha256("x = 1\n".getBytes())),
                new Manifest.Entry("json/__init__.py", Manifest.sha256("y = 2\n".getBytes()))));
        m.write(tmp.resolve(m.name()));
        return Manifest.read(tmp.resolve(m.name()));
    }

    @Test
    void acceptsTheLibItPins() throws IOException {
        Manifest m = pin(tmp.resolve("Lib"));
        Manifest.Check check = m.verify(tmp.resolve("Lib"));
        assertTrue(check.ok(), check.problem());
        assertEquals(List.of("abc.py", "json/__init__.py"), List.copyOf(check.files().keySet()));
        assertEquals("0.0.1", m.version());
    }

    @Test
    void rejectsATamperedFileByName() throws IOException {
        Manifest m = pin(tmp.resolve("Lib"));
        Files.writeString(tmp.resolve("Lib/json/__init__.py"), "y = 3\n");
        Manifest.Check check = m.verify(tmp.resolve("Lib"));
        assertFalse(check.ok());
        assertTrue(check.problem().startsWith("'json/__init__.py' differs (sha256 "), check.problem());
    }

    @Test
    void rejectsAMissingFileByName() throws IOException {
        Manifest m = pin(tmp.resolve("Lib"));
        Files.delete(tmp.resolve("Lib/abc.py"));
        assertEquals("'abc.py' is missing", m.verify(tmp.resolve("Lib")).problem());
    }

    @Test
    void theCommittedManifestsPinCPython313() throws IOException {
        List<Manifest> all = Manifest.findAll(Path.of("").toAbsolutePath());
        assertEquals(List.of("lib-3.13.0.sha256", "lib-pyodide-0.29.5.sha256"), all.stream().map(Manifest::name).toList());
        for (Manifest m : all) {
            assertTrue(m.version().startsWith("3.13."), m.name());
            assertTrue(m.entries().size() > 500, m.name());
            assertTrue(m.entries().stream().allMatch(e -> Selection.taken(e.path())), m.name());
            assertTrue(m.entries().stream().anyMatch(e -> e.path().equals("os.py")), m.name());
        }
        assertEquals("pyodide@0.29.5", all.get(1).header().get("fetch"));
    }

    @Test
    void selectionLeavesOutTestsTkAndBuildLeftovers() {
        assertTrue(Selection.taken("os.py"));
        assertTrue(Selection.taken("email/mime/text.py"));
        assertTrue(Selection.taken("LICENSE.txt"));
        assertTrue(Selection.taken("pydoc_data/_pydoc.css"));
        assertFalse(Selection.taken("test/test_os.py"));
        assertFalse(Selection.taken("idlelib/run.py"));
        assertFalse(Selection.taken("tkinter/__init__.py"));
        assertFalse(Selection.taken("site-packages/pip/__init__.py"));
        assertFalse(Selection.taken("config-3.13-x86_64-linux-gnu/python-config.py"));
        assertFalse(Selection.taken("json/__pycache__/__init__.cpython-313.pyc"));
        assertFalse(Selection.taken("_sysconfigdata__linux_x86_64-linux-gnu.py"));
        assertFalse(Selection.taken("pyodide/ffi/__init__.py"));
        assertFalse(Selection.taken("ensurepip/_bundled/pip-24.2-py3-none-any.whl"));
        assertFalse(Selection.taken("email/architecture.rst"));
    }
}
