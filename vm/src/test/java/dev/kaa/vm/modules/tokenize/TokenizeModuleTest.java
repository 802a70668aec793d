package dev.kaa.vm.modules.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.vm.modules.struct.PyScripts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code _tokenize} through {@code Lib/tokenize.py}: token tuples and error texts for small
 * sources, and digests of every token of about eighty standard library files, both compared
 * with CPython 3.13's output for the same scripts (committed under {@code resources/tokenize}).
 *
 * <p>Thread safety: JUnit runs each test on its own interpreter.
 */
class TokenizeModuleTest {
    @Test
    void smallSourcesAndErrors() {
        PyScripts.check("tokenize", "tokenize_cases");
    }

    /**
     * The standard library may be inside a jar on the test class path, where {@code open()}
     * cannot read it: the files the script names are copied to a folder first.
     */
    @Test
    void standardLibraryFiles(@TempDir Path dir) throws IOException {
        String script = resource("tokenize/tokenize_lib.py");
        int from = script.indexOf("FILES = \"\"\"") + 11;
        for (String name : script.substring(from, script.indexOf("\"\"\"", from)).split("\\s+")) {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = getClass().getResourceAsStream("/lib/python3.13/" + name)) {
                if (in == null) {
                    throw new AssertionError("standard library file not on the class path: " + name);
                }
                Files.write(target, in.readAllBytes());
            }
        }
        String source = "LIB_DIR = " + pyString(dir.toString()) + "\n" + script;
        assertEquals(resource("tokenize/tokenize_lib.out"), PyScripts.run(source, "tokenize_lib.py"));
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = TokenizeModuleTest.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
