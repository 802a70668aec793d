package dev.kaa.stdlib.lib.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.stdlib.lib.StdlibLocator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step end to end on a small Lib of its own, and its messages when no Lib fits. */
class BuildStdlibTest {
    @TempDir
    Path tmp;

    private Path fakeLib() throws IOException {
        Path lib = tmp.resolve("Lib");
        Files.createDirectories(lib.resolve("pkg"));
        Files.writeString(lib.resolve("good.py"), "def f():\n    return 42\n");
        Files.writeString(lib.resolve("pkg/__init__.py"), "from .good import *\n");
        Files.writeString(lib.resolve("bad.py"), "def f(:\n");
        Files.writeString(lib.resolve("LICENSE.txt"), "license\n");
        Path manifests = Files.createDirectories(tmp.resolve("manifests"));
        List<Manifest.Entry> entries = new java.util.ArrayList<>();
        for (String p : List.of("LICENSE.txt", "bad.py", "good.py", "pkg/__init__.py")) {
            entries.add(new Manifest.Entry(p, Manifest.sha256(Files.readAllBytes(lib.resolve(p)))));
        }
        new Manifest("lib-9.9.9.sha256", Map.of("kind", "cpython", "version", "9.9.9"), entries)
                .write(manifests.resolve("lib-9.9.9.sha256"));
        return lib;
    }

    /** An environment with nothing in it but these settings: no PATH, no pyenv, an empty cache. */
    private UnaryOperator<String> env(Map<String, String> settings) throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        return name -> switch (name) {
            case "PATH", "PYENV_ROOT", "XDG_CACHE_HOME" -> empty.toString();
            default -> settings.get(name);
        };
    }

    @Test
    void buildsCompilesIndexesThenSkipsWhenUpToDate() throws IOException {
        Path lib = fakeLib();
        Path classes = tmp.resolve("classes");
        Path stamp = tmp.resolve("stamp");
        UnaryOperator<String> env = env(Map.of("KAA_CPYTHON_LIB", lib.toString()));
        UnaryOperator<String> props = name -> null;

        assertTrue(BuildStdlib.build(tmp.resolve("manifests"), classes, stamp, env, props));
        Path out = classes.resolve(StdlibLocator.LIB);
        assertTrue(Files.isRegularFile(out.resolve("__pycache__/good.kaa-313.pyc")));
        assertTrue(Files.isRegularFile(out.resolve("pkg/__pycache__/__init__.kaa-313.pyc")));
        assertFalse(Files.exists(out.resolve("__pycache__/bad.kaa-313.pyc")), "bad.py is reported, not compiled");
        assertEquals(List.of("BUILD-INFO", "LICENSE.txt", "__pycache__/good.kaa-313.pyc", "bad.py", "good.py",
                "pkg/__init__.py", "pkg/__pycache__/__init__.kaa-313.pyc"), Files.readAllLines(out.resolve("INDEX")));
        Properties info = new Properties();
        try (InputStream in = Files.newInputStream(out.resolve("BUILD-INFO"))) {
            info.load(in);
        }
        assertEquals("9.9.9", info.getProperty("source.version"));
        assertEquals("lib-9.9.9.sha256", info.getProperty("manifest"));
        assertEquals("4", info.getProperty("files"));
        assertEquals("3", info.getProperty("modules"));
        assertEquals("2", info.getProperty("pyc"));
        assertEquals("bad.py", info.getProperty("not-compiled"));

        FileTime built = Files.getLastModifiedTime(out.resolve("INDEX"));
        assertFalse(BuildStdlib.build(tmp.resolve("manifests"), classes, stamp, env, props));
        assertEquals(built, Files.getLastModifiedTime(out.resolve("INDEX")));
    }

    @Test
    void aTamperedExplicitLibFailsNamingTheFile() throws IOException {
        Path lib = fakeLib();
        Files.writeString(lib.resolve("good.py"), "def f():\n    return 43\n");
        BuildFailure e = assertThrows(BuildFailure.class, () -> BuildStdlib.build(tmp.resolve("manifests"),
                tmp.resolve("classes"), tmp.resolve("stamp"), env(Map.of("KAA_CPYTHON_LIB", lib.toString())),
                name -> null));
        assertTrue(e.getMessage().contains("lib-9.9.9.sha256: 'good.py' differs (sha256 "), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("classes")));
    }

    @Test
    void noLibAnywhereSaysWhatToInstallOrSet() throws IOException {
        BuildFailure e = assertThrows(BuildFailure.class, () -> BuildStdlib.build(Path.of("").toAbsolutePath(),
                tmp.resolve("classes"), tmp.resolve("stamp"), env(Map.of("MAVEN_CMD_LINE_ARGS", " -q -o test")),
                name -> null));
        String msg = e.getMessage();
        assertTrue(msg.startsWith("Kaa's build needs CPython 3.13's standard library"), msg);
        assertTrue(msg.contains("python3.13: not on the PATH"), msg);
        assertTrue(msg.contains("pyodide@0.29.5: not fetched, Maven runs offline (-o or -Dkaa.offline=true)"), msg);
        assertTrue(msg.contains("pyenv install 3.13.0"), msg);
        assertTrue(msg.contains("-Dkaa.cpython.lib="), msg);
        assertTrue(msg.contains("-Dkaa.stdlib.skip=true"), msg);
    }
}
