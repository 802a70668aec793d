package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.marshal.Marshal;
import dev.kaa.compiler.spi.CompileOptions;
import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.PythonParser;
import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs many small programs through Kaa's compiler and through CPython in one CPython process:
 * each program's source is executed as CPython compiles it, and Kaa's marshalled code object is
 * executed too, both with stdout captured; the two transcripts come back for comparison.
 * Programs Kaa rejects with a {@code SyntaxError} are compared with CPython's {@code compile()}.
 *
 * <p>Thread safety: confined to the test thread.
 */
final class CpythonOracle {
    /** CPython's and Kaa's outcome for one program. */
    record Outcome(String expected, String actual) {}

    private static final String DRIVER = """
            import sys, io, marshal, contextlib, traceback
            def run(code):
                out = io.StringIO()
                try:
                    with contextlib.redirect_stdout(out):
                        r = eval(code, {'__name__': '__main__'})
                        if r is not None:
                            print('eval ->', repr(r))
                except SystemExit:
                    pass
                except BaseException as e:
                    out.write('EXC %s: %s\\n' % (type(e).__name__, e))
                return out.getvalue()
            def compiled(src, opt, mode):
                try:
                    return compile(src, 'prog.py', mode, optimize=opt)
                except SyntaxError as e:
                    return 'SyntaxError: %s (line %s, offset %s)\\n' % (e.msg, e.lineno, e.offset)
            d = sys.argv[1]
            names = open(d + '/names.txt', encoding='utf-8').read().split()
            for name in names:
                src = open(d + '/' + name + '.py', encoding='utf-8').read()
                opt, mode = open(d + '/' + name + '.opt').read().split()
                c = compiled(src, int(opt), mode)
                expected = c if isinstance(c, str) else run(c)
                with open(d + '/' + name + '.kaa', 'rb') as f:
                    data = f.read()
                if data.startswith(b'SyntaxError'):
                    actual = data.decode('utf-8')
                else:
                    actual = run(marshal.loads(data))
                with open(d + '/' + name + '.exp', 'w', encoding='utf-8') as f: f.write(expected)
                with open(d + '/' + name + '.act', 'w', encoding='utf-8') as f: f.write(actual)
            """;

    private CpythonOracle() {}

    /** Kaa's code object for {@code source}, compiled as a module named {@code prog.py}. */
    static CodeObject compile(String source, int optimize) {
        return compile(source, optimize, ParseMode.EXEC);
    }

    /** Kaa's code object for {@code source} in {@code mode}. */
    static CodeObject compile(String source, int optimize, ParseMode mode) {
        var mod = PythonParser.load("peg").parse(source.getBytes(StandardCharsets.UTF_8), "prog.py", mode);
        return new CodeGenCompiler().compile(mod, "prog.py", new CompileOptions(optimize, 0));
    }

    /** Runs every program (name → source) with {@code optimize}, returning the outcomes by name. */
    static Map<String, Outcome> run(Map<String, String> programs, int optimize) throws IOException {
        return run(programs, optimize, ParseMode.EXEC);
    }

    /** Runs every program (name → source) compiled in {@code mode}, returning the outcomes by name. */
    static Map<String, Outcome> run(Map<String, String> programs, int optimize, ParseMode mode) throws IOException {
        Path dir = Files.createTempDirectory("kaa-codegen");
        try {
            StringBuilder names = new StringBuilder();
            for (var e : programs.entrySet()) {
                String name = e.getKey();
                names.append(name).append('\n');
                Files.writeString(dir.resolve(name + ".py"), e.getValue());
                Files.writeString(dir.resolve(name + ".opt"), optimize + " " + mode.pythonName());
                byte[] data;
                try {
                    data = Marshal.dumps(compile(e.getValue(), optimize, mode));
                } catch (PySyntaxError err) {
                    data = ("SyntaxError: " + err.msg() + " (line " + err.lineno() + ", offset " + err.offset() + ")\n")
                            .getBytes(StandardCharsets.UTF_8);
                }
                Files.write(dir.resolve(name + ".kaa"), data);
            }
            Files.writeString(dir.resolve("names.txt"), names.toString());
            Files.writeString(dir.resolve("driver.py"), DRIVER);
            CPython.Result r = CPython.run(List.of(dir.resolve("driver.py").toString(), dir.toString()), dir, 120);
            if (r.exitCode() != 0) {
                throw new IllegalStateException("driver failed: " + r.stderr());
            }
            Map<String, Outcome> out = new LinkedHashMap<>();
            for (String name : programs.keySet()) {
                out.put(name, new Outcome(Files.readString(dir.resolve(name + ".exp")),
                        Files.readString(dir.resolve(name + ".act"))));
            }
            return out;
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
