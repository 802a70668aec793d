package dev.kaa.vm.internal.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testkit.CPython;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's commands answer as CPython 3.13's {@code python -m ast / py_compile / dis} do.
 * Expected outputs under {@code src/test/resources/launcher} were printed by CPython 3.13.
 */
class LauncherTest {
    private static final Path RESOURCES = Path.of("src/test/resources/launcher");

    @TempDir Path temp;

    record Run(int status, String out, String err) {}

    private static Run kaa(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err,
                java.util.Map.of(), "kaa").run(List.of(args));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String expected(String name) throws IOException {
        return Files.readString(RESOURCES.resolve(name), StandardCharsets.UTF_8);
    }

    private Path copy(String name) throws IOException {
        Path target = temp.resolve(name);
        Files.copy(RESOURCES.resolve(name), target);
        return target;
    }

    @Test void anArchiveOrFolderRunsItsMainModule() throws IOException {
        Path app = temp.resolve("app.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(app))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("__main__.py"));
            zip.write(("import sys, helper\nprint(__name__, __spec__.name, sys.argv, helper.WHERE,"
                    + " __file__.endswith('app.zip/__main__.py'), sys.path[0].endswith('app.zip'))\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("helper.py"));
            zip.write("WHERE = 'archive'\n".getBytes(StandardCharsets.UTF_8));
        }
        Run zipped = kaa("", app.toString(), "a");
        assertEquals("", zipped.err());
        assertEquals("__main__ __main__ ['" + app + "', 'a'] archive True True\n", zipped.out());
        assertEquals(0, zipped.status());

        Path folder = Files.createDirectory(temp.resolve("appdir"));
        Files.writeString(folder.resolve("__main__.py"), "import sys\nprint(__name__, __file__, sys.argv[1:])\n");
        Run dir = kaa("", folder + "/", "b");
        assertEquals(dir.err(), "");
        assertEquals("__main__ " + folder + "/__main__.py ['b']\n", dir.out());

        Path empty = Files.createDirectory(temp.resolve("empty"));
        Run none = kaa("", empty.toString());
        assertEquals(1, none.status());
        assertEquals("kaa: can't find '__main__' module in '" + empty + "'\n", none.err());
    }

    @Test void disablingTheGilIsRefusedAsByCPythonsDefaultBuild() {
        Run off = kaa("", "-X", "gil=0", "-c", "pass");
        assertEquals(1, off.status());
        assertEquals("Fatal Python error: config_read_gil: Disabling the GIL is not supported by this build\n"
                + "Python runtime state: preinitialized\n\n", off.err());
        Run bad = kaa("", "-X", "gil=2", "-c", "pass");
        assertEquals(1, bad.status());
        assertTrue(bad.err().startsWith("Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\"\n"),
                bad.err());
        Run on = kaa("", "-X", "gil=1", "-c", "import sys; print(sys._is_gil_enabled())");
        assertEquals("True\n", on.out());
        assertEquals(0, on.status());
    }

    @Test void astPrintsTheTreeAsCPythonDoes() throws IOException {
        Run run = kaa("", "-m", "ast", RESOURCES.resolve("sample.py").toString());
        assertEquals("", run.err());
        assertEquals(expected("sample.ast.expected"), run.out());
        assertEquals(0, run.status());
    }

    @Test void astWithAttributes() throws IOException {
        Run run = kaa("", "-m", "ast", "-a", RESOURCES.resolve("sample.py").toString());
        assertEquals(expected("sample.ast-a.expected"), run.out());
    }

    @Test void astParsesTypeCommentsUnlessTold() throws IOException {
        String file = RESOURCES.resolve("type_comments.py").toString();
        assertEquals(expected("type_comments.ast.expected"), kaa("", "-m", "ast", file).out());
        assertEquals(expected("type_comments.no.ast.expected"), kaa("", "-m", "ast", "--no-type-comments", file).out());
    }

    @Test void astReadsStandardInputWithModeAndIndent() throws IOException {
        Run run = kaa("a + b * c\n", "-m", "ast", "-m", "eval", "-i", "0", "-");
        assertEquals(expected("eval-indent0.ast.expected"), run.out());
    }

    @Test void astReportsSyntaxErrors() throws IOException {
        Path bad = copy("bad_syntax.py");
        Run run = kaa("", "-m", "ast", relative(bad));
        assertEquals(1, run.status());
        assertEquals(expected("bad_syntax.ast.expected").replace("\"bad_syntax.py\"", "\"" + relative(bad) + "\""),
                run.err());
    }

    @Test void astRejectsUnknownModes() {
        Run run = kaa("", "-m", "ast", "-m", "module", "x.py");
        assertEquals(2, run.status());
        assertTrue(run.err().endsWith("python -m ast: error: argument -m/--mode: invalid choice: 'module'"
                + " (choose from 'exec', 'single', 'eval', 'func_type')\n"), run.err());
    }

    @Test void pyCompileWritesKaasCacheFile() throws IOException {
        Path source = copy("sample.py");
        Run run = kaa("", "-m", "py_compile", source.toString());
        assertEquals("", run.err());
        assertEquals(0, run.status());
        Path pyc = temp.resolve("__pycache__/sample.kaa-313.pyc");
        assertTrue(Files.isRegularFile(pyc), "no " + pyc);
        byte[] header = Files.readAllBytes(pyc);
        assertEquals(0xf3, header[0] & 0xff);
        assertEquals(0x0d, header[1]);
        try (var files = Files.list(temp.resolve("__pycache__"))) {
            assertEquals(1, files.count(), "a temporary file was left behind");
        }
        assumeTrue(CPython.found(), CPython.MISSING);
        CPython.Result ran = CPython.run(List.of(pyc.toString()), temp, 60);
        assertEquals(expected("sample.run.expected"), ran.stdout() + ran.stderr());
    }

    @Test void pyCompileReportsSyntaxErrorsAsCPythonDoes() throws IOException {
        Path bad = copy("bad_syntax.py");
        Run run = kaa("", "-m", "py_compile", relative(bad));
        assertEquals(1, run.status());
        assertEquals(expected("bad_syntax.py_compile.expected").replace("\"bad_syntax.py\"", "\"" + relative(bad) + "\""),
                run.err());
        assertTrue(Files.notExists(temp.resolve("__pycache__/bad_syntax.kaa-313.pyc")));
    }

    @Test void pyCompileSaysSorryForIndentationErrors() throws IOException {
        Path bad = copy("bad_indent.py");
        Run run = kaa("", "-m", "py_compile", relative(bad));
        assertEquals(1, run.status());
        assertEquals("Sorry: IndentationError: unexpected indent (" + relative(bad) + ", line 2)", run.err());
    }

    @Test void pyCompileSaysSorryForCodeNestedTooDeeply() throws IOException {
        // CPython: "Sorry: RecursionError: maximum recursion depth exceeded during compilation".
        Path deep = temp.resolve("deep.py");
        Files.writeString(deep, "x = " + "1+".repeat(10000) + "1\n");
        Run run = kaa("", "-m", "py_compile", deep.toString());
        assertEquals(1, run.status());
        assertEquals("Sorry: RecursionError: maximum recursion depth exceeded during compilation", run.err());
    }

    @Test void pyCompileReportsNullBytesAsCompileDoes() throws IOException {
        Path nul = temp.resolve("nul.py");
        Files.write(nul, "x = 1\ny = 'a\0b'\n".getBytes(StandardCharsets.UTF_8));
        Run run = kaa("", "-m", "py_compile", nul.toString());
        assertEquals(1, run.status());
        assertEquals("SyntaxError: source code string cannot contain null bytes\n", run.err());
    }

    @Test void pyCompileNeedsFiles() {
        Run run = kaa("", "-m", "py_compile");
        assertEquals(2, run.status());
        assertEquals("usage: py_compile.py [-h] [-q] filenames [filenames ...]\n"
                + "py_compile.py: error: the following arguments are required: filenames\n", run.err());
    }

    @Test void pyCompileReportsMissingFiles() {
        Run run = kaa("", "-m", "py_compile", "missing.py");
        assertEquals(1, run.status());
        assertEquals("[Errno 2] No such file or directory: 'missing.py'", run.err());
    }

    @Test void disPrintsInstructions() throws IOException {
        Run run = kaa("print('hi')\n", "-m", "dis", "-");
        assertEquals("", run.err());
        assertEquals(0, run.status());
        assertEquals("""
                  0           RESUME                   0

                  1           LOAD_NAME                0 (print)
                              PUSH_NULL
                              LOAD_CONST               0 ('hi')
                              CALL                     1
                              POP_TOP
                              RETURN_CONST             1 (None)
                """, run.out());
    }

    @Test void versionAndUnknownOptions() {
        assertEquals("Python 3.13.0\n", kaa("", "-V").out());
        Run run = kaa("", "-Z");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("Unknown option: -Z\n"), run.err());
    }

    @Test void runsCommandsScriptsAndStandardInput() throws IOException {
        assertEquals("3\n", kaa("", "-c", "print(1 + 2)").out());
        Run argv = kaa("", "-c", "import sys; print(sys.argv)", "a", "b");
        assertEquals("['-c', 'a', 'b']\n", argv.out());
        Path script = temp.resolve("s.py");
        Files.writeString(script, "import sys\nprint(sys.argv[1:], __name__)\n");
        assertEquals("['x'] __main__\n", kaa("", script.toString(), "x").out());
        assertEquals("7\n", kaa("print(3 + 4)\n", "-").out());
    }

    @Test void exitStatusesAreCPythons() {
        assertEquals(0, kaa("", "-c", "raise SystemExit").status());
        assertEquals(3, kaa("", "-c", "import sys; sys.exit(3)").status());
        assertEquals(0, kaa("", "-c", "import sys; sys.exit(256)").status());
        Run message = kaa("", "-c", "raise SystemExit('bye')");
        assertEquals(1, message.status());
        assertEquals("bye\n", message.err());
        Run uncaught = kaa("", "-c", "def f():\n    1/0\nf()");
        assertEquals(1, uncaught.status());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"<string>\", line 3, in <module>\n"
                + "  File \"<string>\", line 2, in f\n"
                + "ZeroDivisionError: division by zero\n", uncaught.err());
    }

    @Test void missingScriptsAndModules() {
        Run file = kaa("", "no/such.py");
        assertEquals(2, file.status());
        assertEquals("kaa: can't open file '" + Path.of("no/such.py").toAbsolutePath()
                + "': [Errno 2] No such file or directory\n", file.err());
        Run module = kaa("", "-m", "no_such_module_here");
        assertEquals(1, module.status());
        assertEquals("kaa: No module named no_such_module_here\n", module.err());
    }

    /** A path relative to the working directory, as users type it (CPython prints what it was given). */
    private static String relative(Path p) {
        return Path.of("").toAbsolutePath().relativize(p.toAbsolutePath()).toString();
    }
}
