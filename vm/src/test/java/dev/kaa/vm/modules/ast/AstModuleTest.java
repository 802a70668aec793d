package dev.kaa.vm.modules.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.vm.modules.struct.PyScripts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code _ast} and {@code ast.py} on it, against CPython 3.13's output for the same scripts
 * (under {@code src/test/resources/ast/}): the classes (fields, attributes, field types, docs),
 * the constructor rules and their warnings, pickling, parse with its modes and type comments,
 * unparse, literal_eval, NodeTransformer round trips, compile of built trees with the conversion's
 * errors, and the dumps of standard library modules with every position.
 *
 * <p>Thread safety: JUnit runs each test on its own interpreter.
 */
class AstModuleTest {
    @Test
    void classesConstructorsAndCompileMatchCPython() {
        PyScripts.check("ast", "ast_module");
    }

    @Test
    void validationOfBuiltTreesMatchesCPython() {
        PyScripts.check("ast", "ast_validate");
    }

    @Test
    void deepTreesGiveRecursionError() {
        PyScripts.check("ast", "ast_deep");
    }

    @Test
    void libraryDumpsMatchCPython() {
        // The library files come from the class path (the stdlib-lib jar or folder), handed to the
        // script as base64 text so it needs no file system access to them.
        String script = text("/ast/ast_dump_lib.py");
        StringBuilder sources = new StringBuilder("SOURCES = {\n");
        Matcher m = Pattern.compile("\"([a-z_.]+)\"").matcher(script.substring(script.indexOf("names = ["),
                script.indexOf("]\n", script.indexOf("names = ["))));
        while (m.find()) {
            String name = m.group(1);
            String path = "/lib/python3.13/" + name.replace('.', '/');
            String src = PyScripts.class.getResource(path + "/__init__.py") != null
                    ? text(path + "/__init__.py") : text(path + ".py");
            sources.append("    '").append(name).append("': '")
                    .append(Base64.getEncoder().encodeToString(src.getBytes(StandardCharsets.UTF_8))).append("',\n");
        }
        sources.append("}\n");
        assertEquals(text("/ast/ast_dump_lib.out"), PyScripts.run(sources + script, "ast_dump_lib.py"));
    }

    private static String text(String path) {
        try (InputStream in = AstModuleTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
