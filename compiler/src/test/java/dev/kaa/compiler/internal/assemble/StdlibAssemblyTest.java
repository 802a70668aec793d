package dev.kaa.compiler.internal.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.marshal.Marshal;
import dev.kaa.bytecode.pyc.PycFile;
import dev.kaa.bytecode.pyc.PycHeader;
import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assembler on real code: CPython's code generator output for a dozen standard library
 * modules (several hundred code units) is assembled by Kaa into {@code .pyc} files, which CPython then
 * imports in place of its own and runs the modules' own regression tests against. Stack sizes
 * must never be below CPython's (a smaller one corrupts memory).
 */
class StdlibAssemblyTest {
    private static final List<String> MODULES = List.of("textwrap", "fractions", "dataclasses", "difflib", "shlex",
            "pprint", "csv", "configparser", "string", "bisect");

    private static final String CHECK = """
            import marshal, sys, types
            def units(co, out):
                out[(co.co_qualname, co.co_firstlineno)] = co
                for c in co.co_consts:
                    if isinstance(c, types.CodeType):
                        units(c, out)
                return out
            lib, names = sys.argv[1], sys.argv[2:]
            count = 0
            for name in names:
                mine = units(marshal.loads(open(name + '.pyc', 'rb').read()[16:]), {})
                src = f'{lib}/{name}.py'
                theirs = units(compile(open(src, encoding='utf-8').read(), src, 'exec'), {})
                for key, co in mine.items():
                    count += 1
                    if key in theirs and co.co_stacksize < theirs[key].co_stacksize:
                        print('stack too small:', name, key, co.co_stacksize, theirs[key].co_stacksize)
            print('units', count)
            """;

    private static final String REGRTEST = """
            import importlib, runpy, sys
            sys.path.insert(0, sys.argv[1])
            for n in sys.argv[2:]:
                where = importlib.import_module(n).__file__
                assert where.startswith(sys.argv[1]), f'{n} not loaded from the Kaa .pyc but {where}'
            sys.argv = ['test'] + ['test_' + n for n in sys.argv[2:]]
            runpy.run_module('test', run_name='__main__')
            """;

    @Test
    void stdlibModulesAssembledByKaaPassTheirTests(@TempDir Path dir) throws IOException {
        CpythonCodegenTest.assumeCodegenAvailable();
        Path lib = CPython.lib();
        Files.writeString(dir.resolve("dump.py"), CpythonCodegenTest.DUMP);
        List<String> args = new ArrayList<>(List.of("dump.py"));
        for (String m : MODULES) {
            args.add(lib.resolve(m + ".py").toString());
        }
        CPython.Result dump = CPython.run(args, dir, 120);
        assertEquals(0, dump.exitCode(), dump.stderr());
        Map<String, CodeObject> modules = CpythonCodegenTest.assembleAll(dump.stdout(),
                hex -> Marshal.loads(HexFormat.of().parseHex(hex), "constant"));
        for (Map.Entry<String, CodeObject> e : modules.entrySet()) {
            String name = Path.of(e.getKey()).getFileName().toString().replace(".py", ".pyc");
            PycFile.write(dir.resolve(name), PycHeader.timestamp(0, 0), e.getValue());
        }

        Files.writeString(dir.resolve("check.py"), CHECK);
        List<String> check = new ArrayList<>(List.of("check.py", lib.toString()));
        check.addAll(MODULES);
        CPython.Result sizes = CPython.run(check, dir, 120);
        assertEquals(0, sizes.exitCode(), sizes.stderr());
        assertTrue(sizes.stdout().startsWith("units "), "stack sizes below CPython's:\n" + sizes.stdout());

        Files.writeString(dir.resolve("regrtest.py"), REGRTEST);
        List<String> run = new ArrayList<>(List.of("regrtest.py", dir.toString()));
        run.addAll(MODULES);
        CPython.Result tests = CPython.run(run, dir, 300);
        assertTrue(tests.stdout().contains("Result: SUCCESS") && tests.stdout().contains("Total tests: run="),
                tests.stdout() + tests.stderr());
    }
}
