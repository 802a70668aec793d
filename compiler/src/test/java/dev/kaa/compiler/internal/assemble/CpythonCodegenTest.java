package dev.kaa.compiler.internal.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Opcode;
import dev.kaa.bytecode.marshal.Marshal;
import dev.kaa.bytecode.pyc.PycFile;
import dev.kaa.bytecode.pyc.PycHeader;
import dev.kaa.compiler.internal.flowgraph.CodeUnitInfo;
import dev.kaa.compiler.internal.flowgraph.InstructionSequence;
import dev.kaa.compiler.internal.flowgraph.Label;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test of the assembler alone: CPython's own code generator
 * ({@code _testinternalcapi.compiler_codegen}) produces the pseudo-instruction sequence of a
 * module, Kaa assembles it, and CPython runs both Kaa's code object and its own compilation of
 * the same source; output and tracebacks (lines and caret positions) must be identical.
 * Nested units are assembled by Kaa too, with the metadata of CPython's finished code objects
 * (samples avoid constant tuples, which CPython's optimizer folds, renumbering constants).
 */
class CpythonCodegenTest {

    /**
     * Prints, per file, each code unit (module first, then its nested units depth-first): header,
     * constants (CPython's marshal bytes, or CODE for a nested unit), names and instructions (jump
     * arguments are instruction indexes). Nested units take their metadata from the code object
     * CPython made, with cell variables in the code generator's (sorted) order; where CPython's
     * optimizer renumbered constants (folding), the unit stays CPython's own (marshalled).
     */
    static final String DUMP = """
            import _testinternalcapi, ast, dis, marshal, sys, types
            names = {v: k for k, v in dis.opmap.items()}
            targets = set(dis.hasjump) | set(dis.hasexc)
            CONSTS = {dis.opmap['LOAD_CONST'], dis.opmap['RETURN_CONST']}
            LOAD_CONST = dis.opmap['LOAD_CONST']
            BUILDS = {dis.opmap['BUILD_TUPLE'], dis.opmap['BUILD_LIST'], dis.opmap['BUILD_SET']}
            def ordered(d):
                return [k for k, v in sorted(d.items(), key=lambda kv: kv[1])]
            def value(key):
                # the compiler keys tuples, floats, bytes, bools ... as (something, value)
                return key[1] if type(key) is tuple else key
            def exact(seq, co):
                # CPython's optimizer may fold constants and renumber co_consts; trust the code object's
                # constants only if the code generator's indexes cover exactly 0..len(co_consts)-1.
                ins = seq.get_instructions()
                used = {arg for op, arg, *_ in ins if op in CONSTS} | {0}
                if used != set(range(len(co.co_consts))):
                    return False
                # BUILD_TUPLE/LIST/SET of constants only: CPython folds them into a new constant
                for k, (op, arg, *_) in enumerate(ins):
                    if op in BUILDS and k >= arg and all(ins[j][0] == LOAD_CONST for j in range(k - arg, k)):
                        return False
                return True
            def emit(seq, header, consts, names_, varnames, cellvars, freevars):
                nested = seq.get_nested()
                codes = [c for c in consts if isinstance(c, types.CodeType)]
                if len(codes) != len(nested):
                    raise SystemExit(f'nested mismatch {len(codes)} {len(nested)}')
                pairs = dict(zip(map(id, codes), nested))
                print('UNIT', *(str(h).replace(' ', '%20') for h in header))
                print('consts', *('CODE' if isinstance(c, types.CodeType) and exact(pairs[id(c)], c)
                                  else marshal.dumps(c).hex() for c in consts))
                print('names', *names_)
                print('varnames', *varnames)
                print('cellvars', *cellvars)
                print('freevars', *freevars)
                for op, arg, l, el, c, ec in seq.get_instructions():
                    print('I', names[op], arg or 0, arg if op in targets else -1, l, el, c, ec)
                for child, co in zip(nested, codes):
                    if exact(child, co):
                        emit(child, (co.co_name, co.co_qualname, co.co_firstlineno, co.co_argcount, co.co_posonlyargcount,
                                     co.co_kwonlyargcount, co.co_flags),
                             co.co_consts, co.co_names, co.co_varnames, sorted(co.co_cellvars), co.co_freevars)
            for path in sys.argv[1:]:
                src = open(path, encoding='utf-8').read()
                seq, md = _testinternalcapi.compiler_codegen(ast.parse(src), path, 0)
                print('FILE', path)
                emit(seq, ('<module>', '<module>', 1, 0, 0, 0, 0), [value(k) for k in ordered(md['consts'])],
                     ordered(md['names']), ordered(md['varnames']), ordered(md['cellvars']), ordered(md['freevars']))
            """;

    /**
     * Runs each file either compiled by CPython or as the code object Kaa assembled, printing its
     * output, its traceback (without the runner's frame) and the trace events of its frames
     * ({@code sys.settrace}: calls, lines, returns), which show line numbers as tools see them.
     */
    private static final String RUNNER = """
            import contextlib, importlib.util, io, sys, types, marshal, traceback
            mode = sys.argv[1]
            for path in sys.argv[2:]:
                print('=====', path.rsplit('/', 1)[-1])
                if mode == 'cpython':
                    co = compile(open(path, encoding='utf-8').read(), path, 'exec')
                elif mode == 'pyc':
                    data = open(path + 'c', 'rb').read()
                    assert data[:4] == importlib.util.MAGIC_NUMBER, data[:4]
                    co = marshal.loads(data[16:])
                else:
                    co = eval(open(path + '.kaa', encoding='utf-8').read())
                events = []
                def tracer(frame, event, arg):
                    if frame.f_code.co_filename != path:
                        return None
                    events.append(f'{event} {frame.f_code.co_qualname} {frame.f_lineno}')
                    return tracer
                out = io.StringIO()
                sys.settrace(tracer)
                try:
                    with contextlib.redirect_stdout(out):
                        exec(co, {'__name__': '__main__'})
                except BaseException as e:
                    sys.settrace(None)
                    traceback.print_exception(type(e), e, e.__traceback__.tb_next, file=out)
                sys.settrace(None)
                print(out.getvalue())
                print(*events, sep='\\n')
            """;

    static final Map<String, String> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("loops", """
                total = 0
                for i in range(10):
                    if i % 3 == 0:
                        continue
                    if i > 7:
                        break
                    total += i
                else:
                    print('no break')
                n = 0
                while n < 5:
                    n += 1
                    if n == 10:
                        break
                else:
                    print('while else', n)
                print(total, n)
                """);
        SAMPLES.put("handlers", """
                def boom(x):
                    raise ValueError(x)
                for k in range(3):
                    try:
                        try:
                            if k == 1:
                                continue
                            boom(k)
                        except ValueError as e:
                            print('caught', e)
                            if k == 2:
                                break
                        else:
                            print('else')
                        finally:
                            print('finally', k)
                    except* TypeError:
                        print('never')
                try:
                    try:
                        1 / 0
                    finally:
                        print('inner finally')
                except ZeroDivisionError as z:
                    print(type(z).__name__, 'z' in dir())
                """);
        SAMPLES.put("with_and_match", """
                class CM:
                    def __enter__(self):
                        print('enter')
                        return self
                    def __exit__(self, *a):
                        print('exit', a[0])
                        return True
                with CM() as c:
                    print('body')
                    raise KeyError('k')
                print('after')
                for v in [1, [2, 3], {'a': 4}, 'x', (5, 6, 7), None]:
                    match v:
                        case 1 | 2:
                            print('small')
                        case [a, b]:
                            print('pair', a, b)
                        case {'a': q}:
                            print('map', q)
                        case str() as s if len(s) == 1:
                            print('char', s)
                        case (first, *rest):
                            print('seq', first, rest)
                        case _:
                            print('other', v)
                """);
        SAMPLES.put("comprehensions", """
                xs = [x * x for x in range(5)]
                ys = {y: [z for z in range(y)] for y in range(3)}
                s = {w % 3 for w in range(10)}
                g = list(t + 1 for t in range(3))
                print(xs, ys, sorted(s), g, 'x' in dir())
                x = 'kept'
                print([x for x in 'ab'], x)
                """);
        SAMPLES.put("traceback_positions", """
                data = {'a': [1, 2]}
                def f(d):
                    return d['a'][5]
                print('before')
                value = (1 +
                         f(data))
                """);
        SAMPLES.put("closures", """
                def outer(a, b=2):
                    c = a + b
                    def inner(x):
                        nonlocal c
                        c += x
                        return c, a
                    return inner
                f = outer(1)
                print(f(5), f(1))
                def counter():
                    n = 0
                    def inc():
                        nonlocal n
                        n += 1
                        return n
                    def get():
                        return n
                    return inc, get
                inc, get = counter()
                inc(); inc()
                print(get(), [lambda: k for k in range(3)][1]())
                def args(p, /, q, *r, s, t=5, **u):
                    def g():
                        return p, q, r, s, t, u
                    return g()
                print(args(1, 2, 3, s=4, v=6))
                """);
        SAMPLES.put("generators", """
                def gen(n):
                    try:
                        for i in range(n):
                            got = yield i * 2
                            if got:
                                print('got', got)
                    finally:
                        print('gen closed')
                g = gen(5)
                print(next(g), g.send('hello'), next(g))
                g.close()
                def deleg():
                    r = yield from gen(2)
                    return r
                print(list(deleg()))
                def thrower():
                    try:
                        yield 1
                    except KeyError as e:
                        yield 'handled ' + str(e)
                t = thrower()
                next(t)
                print(t.throw(KeyError('boom')))
                print(sum(x for x in range(10) if x % 2))
                async def co(v):
                    return v + 1
                async def main():
                    total = 0
                    for k in range(3):
                        total += await co(k)
                    async with AM() as m:
                        total += m
                    async for q in agen():
                        total += q
                    return total
                class AM:
                    async def __aenter__(self):
                        return 100
                    async def __aexit__(self, *a):
                        return False
                async def agen():
                    for w in range(3):
                        yield w
                c = main()
                try:
                    c.send(None)
                except StopIteration as e:
                    print('coroutine returned', e.value)
                """);
        SAMPLES.put("functions_and_classes", """
                def unbound(flag):
                    if flag:
                        v = 1
                    return v
                print(unbound(True))
                try:
                    unbound(False)
                except UnboundLocalError as e:
                    print(e)
                def deleted():
                    w = 1
                    del w
                    return w
                try:
                    deleted()
                except UnboundLocalError as e:
                    print(e)
                def handler_var():
                    try:
                        raise ValueError('v')
                    except ValueError as err:
                        pass
                    return err
                try:
                    handler_var()
                except (UnboundLocalError, NameError) as e:
                    print(type(e).__name__, e)
                def finally_return(x):
                    try:
                        if x:
                            return 'try'
                    finally:
                        print('fin', x)
                    return 'end'
                print(finally_return(1), finally_return(0))
                class Base:
                    def who(self):
                        return 'base'
                class Child(Base):
                    def who(self):
                        return 'child of ' + super().who()
                    @property
                    def cls(self):
                        return __class__.__name__
                print(Child().who(), Child().cls)
                def comp_in_func(ys):
                    y = 'outer'
                    zs = [y * 2 for y in ys if y]
                    return zs, y, {k: v for k, v in zip(ys, zs)}
                print(comp_in_func([1, 0, 3]))
                def with_return(cm):
                    with cm:
                        return 'from with'
                import contextlib
                print(with_return(contextlib.nullcontext()))
                def walrus(data):
                    if (n := len(data)) > 2:
                        return n
                    return -n
                print(walrus('abcd'), walrus('a'))
                """);
        StringBuilder many = new StringBuilder("def many_locals():\n");
        for (int k = 0; k < 300; k++) {
            many.append("    v").append(k).append(" = ").append(k).append("\n");
        }
        many.append("    def get():\n        return v299 + v0\n");
        many.append("    for q in range(2):\n        v298 += q\n");
        many.append("    return v298 + get()\n");
        many.append("print(many_locals())\n");
        SAMPLES.put("many_locals", many.toString());
        StringBuilder big = new StringBuilder("vals = []\n");
        for (int k = 0; k < 300; k++) {
            big.append("vals.append(").append(k * 7 + 1000).append(")\n");
        }
        big.append("i = 0\nwhile i < 3:\n    i += 1\n");
        for (int k = 0; k < 120; k++) {
            big.append("    vals.append(i * ").append(k).append(")\n");
        }
        big.append("print(len(vals), sum(vals))\nraise RuntimeError(vals[299])\n");
        SAMPLES.put("extended_args", big.toString());
    }

    @Test
    void kaaAssembledModulesRunLikeCPythonCompiledOnes(@TempDir Path dir) throws IOException {
        assumeCodegenAvailable();
        List<String> files = writeSamples(dir);
        String dump = dump(dir, files);
        for (Map.Entry<String, CodeObject> e : assembleAll(dump, CodeTypeScript.Marshalled::new).entrySet()) {
            Files.writeString(Path.of(e.getKey() + ".kaa"), CodeTypeScript.expr(e.getValue()), StandardCharsets.UTF_8);
        }
        assertSameRun(dir, files, "kaa");
    }

    /** The same through Kaa's marshal writer: .pyc files CPython loads (magic 3571). */
    @Test
    void kaaAssembledPycFilesRunLikeCPythonCompiledOnes(@TempDir Path dir) throws IOException {
        assumeCodegenAvailable();
        List<String> files = writeSamples(dir);
        String dump = dump(dir, files);
        Function<String, Object> unmarshal = hex -> Marshal.loads(HexFormat.of().parseHex(hex), "const");
        for (Map.Entry<String, CodeObject> e : assembleAll(dump, unmarshal).entrySet()) {
            PycFile.write(Path.of(e.getKey() + "c"), PycHeader.timestamp(0, 0), e.getValue());
        }
        assertSameRun(dir, files, "pyc");
    }

    private static List<String> writeSamples(Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : SAMPLES.entrySet()) {
            Path p = dir.resolve(e.getKey() + ".py");
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            files.add(p.toString());
        }
        Files.writeString(dir.resolve("dump.py"), DUMP);
        Files.writeString(dir.resolve("runner.py"), RUNNER);
        return files;
    }

    /** Skips unless CPython is installed with its test-support module {@code _testinternalcapi}. */
    static void assumeCodegenAvailable() {
        assumeTrue(CPython.found(), CPython.MISSING);
        assumeTrue(CPython.run(List.of("-c", "import _testinternalcapi"), null, 60).exitCode() == 0,
                "CPython 3.13 lacks _testinternalcapi (built without test modules)");
    }

    private static String dump(Path dir, List<String> files) {
        List<String> args = new ArrayList<>(List.of("dump.py"));
        args.addAll(files);
        CPython.Result dump = CPython.run(args, dir, 60);
        assertEquals(0, dump.exitCode(), dump.stderr());
        return dump.stdout();
    }

    private static void assertSameRun(Path dir, List<String> files, String mode) {
        List<String> run = new ArrayList<>(List.of("runner.py", "cpython"));
        run.addAll(files);
        CPython.Result expected = CPython.run(run, dir, 60);
        run.set(1, mode);
        CPython.Result actual = CPython.run(run, dir, 60);
        assertEquals(0, expected.exitCode(), expected.stderr());
        assertEquals(expected.stderr(), actual.stderr());
        assertEquals(expected.stdout(), actual.stdout());
    }

    /** Parses the dump: file path to the assembled module code object. */
    static Map<String, CodeObject> assembleAll(String text, Function<String, Object> constant) {
        Map<String, CodeObject> out = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        int[] k = {0};
        while (k[0] < lines.length) {
            String path = lines[k[0]++].substring("FILE ".length());
            out.put(path, unit(lines, k, path, constant));
        }
        return out;
    }

    /** Reads one unit and, depth-first, its nested units; assembles them all. */
    private static CodeObject unit(String[] lines, int[] k, String path, Function<String, Object> constant) {
        String[] h = lines[k[0]++].split(" ");
        for (int f = 0; f < h.length; f++) {
            h[f] = h[f].replace("%20", " ");    // names like '<generic parameters of f>'
        }
        List<String> constWords = words(lines[k[0]++]);
        List<String> names = words(lines[k[0]++]);
        List<String> varnames = words(lines[k[0]++]);
        List<String> cellvars = words(lines[k[0]++]);
        List<String> freevars = words(lines[k[0]++]);
        List<String[]> ins = new ArrayList<>();
        while (k[0] < lines.length && lines[k[0]].startsWith("I ")) {
            ins.add(lines[k[0]++].split(" "));
        }
        List<Object> consts = new ArrayList<>();
        for (String w : constWords) {
            consts.add(w.equals("CODE") ? unit(lines, k, path, constant) : constant.apply(w));
        }
        int flags = Integer.parseInt(h[7]);
        // Outside functions, fast locals only come from inlined comprehensions: all hidden.
        Set<String> hidden = (flags & CodeObject.CO_OPTIMIZED) == 0 ? new HashSet<>(varnames) : Set.of();
        CodeUnitInfo info = new CodeUnitInfo(h[1], h[2], path, Integer.parseInt(h[3]), Integer.parseInt(h[4]),
                Integer.parseInt(h[5]), Integer.parseInt(h[6]), flags, consts, names, varnames, cellvars,
                freevars, hidden);
        return Assembler.assemble(sequence(ins), info);
    }

    private static InstructionSequence sequence(List<String[]> ins) {
        InstructionSequence seq = new InstructionSequence();
        Label[] labels = new Label[ins.size() + 1];
        for (String[] f : ins) {
            int target = Integer.parseInt(f[3]);
            if (target >= 0 && labels[target] == null) {
                labels[target] = seq.newLabel();
            }
        }
        for (int i = 0; i < ins.size(); i++) {
            if (labels[i] != null) {
                seq.bind(labels[i]);
            }
            String[] f = ins.get(i);
            Opcode op = Opcode.valueOf(f[1]);
            int line = Integer.parseInt(f[4]);
            Location loc = line < 0 ? Location.NONE
                    : new Location(line, Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]));
            int target = Integer.parseInt(f[3]);
            if (target >= 0) {
                seq.addJump(op, labels[target], loc);
            } else {
                seq.add(op, Integer.parseInt(f[2]), loc);
            }
        }
        if (labels[ins.size()] != null) {
            seq.bind(labels[ins.size()]);
        }
        return seq;
    }

    private static List<String> words(String line) {
        List<String> w = new ArrayList<>(Arrays.asList(line.split(" ")));
        w.removeFirst();
        w.removeIf(String::isEmpty);
        return w;
    }
}
