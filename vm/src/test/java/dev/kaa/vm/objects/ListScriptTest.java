package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.bytecode.Constant;
import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PythonParser;
import dev.kaa.parser.ast.Arg;
import dev.kaa.parser.ast.CmpOp;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.Keyword;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Stmt;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tiny tree-walking evaluator of Python snippets over the object kernel, so that the
 * container tests can state each case once, as Python source, and compare Kaa's result with
 * the text CPython 3.13 printed for the same source (committed beside the cases). It knows
 * just the statements the cases use (assignment, augmented assignment, del, for, if, def,
 * class, return) and evaluates expressions through {@link Abstract}, so what it tests is the
 * objects, not itself. The result of a case is the {@code repr} of its last expression, or
 * {@code "Type: message"} for an exception.
 *
 * <p>Thread safety: confined to the test thread.
 */
final class ListScriptTest {

    static final PythonParser PARSER = PythonParser.load(null);

    /** A Python callable made from Java: the snippet's functions and lambdas, and its builtins. */
    static final class Func extends PyObject {
        static final PyType TYPE = PyType.builtin("function", Func.class, MethodHandles.lookup(), 0);

        interface Body {
            Object call(Object[] args, String[] kwnames);
        }

        final String name;
        final Body body;

        Func(String name, Body body) {
            this.name = name;
            this.body = body;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __call__(Object[] args, String[] kwnames) {
            return body.call(args, kwnames);
        }

        @PyMethod
        Object __get__(Object obj, @Opt Object type) {
            if (obj == null || obj == PyNone.NONE) {
                return this;
            }
            return new Func(name, (args, kw) -> {
                Object[] all = new Object[args.length + 1];
                all[0] = obj;
                System.arraycopy(args, 0, all, 1, args.length);
                return body.call(all, kw);
            });
        }

        @PyMethod
        Object __repr__() {
            return PyStr.of("<function " + name + ">");
        }
    }

    private static final class Return extends RuntimeException {
        final Object value;

        Return(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    private static final class Break extends RuntimeException {
        Break() {
            super(null, null, false, false);
        }
    }

    private static final Map<String, Object> BUILTINS = new HashMap<>();

    private static void fn(String name, Func.Body body) {
        BUILTINS.put(name, new Func(name, body));
    }

    static {
        BuiltinTypes.boot();
        Func.TYPE.hashCode();
        BUILTINS.put("list", PyList.TYPE);
        BUILTINS.put("tuple", PyTuple.TYPE);
        BUILTINS.put("dict", PyDict.TYPE);
        BUILTINS.put("set", PySet.TYPE);
        BUILTINS.put("frozenset", PyFrozenSet.TYPE);
        BUILTINS.put("range", PyRange.TYPE);
        BUILTINS.put("slice", PySlice.TYPE);
        BUILTINS.put("str", PyStr.TYPE);
        BUILTINS.put("int", PyInt.TYPE);
        BUILTINS.put("float", PyFloat.TYPE);
        BUILTINS.put("bool", PyBool.TYPE);
        BUILTINS.put("object", PyType.OBJECT);
        BUILTINS.put("type", PyType.TYPE);
        BUILTINS.put("MappingProxyType", MappingProxy.TYPE);
        BUILTINS.put("None", PyNone.NONE);
        BUILTINS.put("True", PyBool.TRUE);
        BUILTINS.put("False", PyBool.FALSE);
        fn("len", (a, k) -> PyInt.of(Abstract.len(a[0])));
        fn("repr", (a, k) -> Abstract.repr(a[0]));
        fn("hash", (a, k) -> PyInt.of(Abstract.hash(a[0])));
        fn("iter", (a, k) -> Abstract.iter(a[0]));
        fn("next", (a, k) -> {
            Object v = Abstract.next(a[0]);
            if (v == null) {
                if (a.length > 1) {
                    return a[1];
                }
                throw PyErr.stopIteration(null);
            }
            return v;
        });
        fn("reversed", (a, k) -> Abstract.callMethod(a[0], "__reversed__"));
        fn("abs", (a, k) -> Abstract.unaryOp(a[0], Slot.__abs__, "abs()"));
        fn("isinstance", (a, k) -> PyBool.of(Abstract.isInstanceExact(a[0], (PyType) a[1])));
        fn("sorted", (a, k) -> {
            PyList l = new PyList();
            l.extend(a[0]);
            Object[] kwargs = new Object[a.length - 1];
            System.arraycopy(a, 1, kwargs, 0, kwargs.length);
            Abstract.call(Abstract.getAttr(l, "sort"), kwargs, k);
            return l;
        });
        fn("identity", (a, k) -> a[0]);
    }

    private final Map<String, Object> globals = new HashMap<>();

    /** Runs {@code source}: the repr of the last expression statement's value, or the exception. */
    static String run(String source) {
        Mod mod = PARSER.parse(source, "<case>", ParseMode.EXEC);
        List<Stmt> body = ((Mod.Module) mod).body();
        ListScriptTest interp = new ListScriptTest();
        try {
            Object last = PyNone.NONE;
            for (Stmt s : body) {
                last = interp.exec(s, interp.globals);
            }
            return last == null ? "None" : Abstract.repr(last).toString();
        } catch (PyException e) {
            return e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            return "JAVA " + e;
        }
    }

    /** Executes one statement; returns the value of an expression statement, else null. */
    private Object exec(Stmt s, Map<String, Object> env) {
        switch (s) {
            case Stmt.Expr e -> {
                return eval(e.value(), env);
            }
            case Stmt.Assign a -> {
                Object v = eval(a.value(), env);
                for (Expr t : a.targets()) {
                    assign(t, v, env);
                }
            }
            case Stmt.AugAssign a -> {
                BinaryOp op = binaryOp(a.op());
                if (a.target() instanceof Expr.Subscript sub) {
                    Object o = eval(sub.value(), env);
                    Object k = eval(sub.slice(), env);
                    Abstract.setItem(o, k, Abstract.inplaceOp(Abstract.getItem(o, k), eval(a.value(), env), op));
                } else {
                    Object cur = eval(a.target(), env);
                    assign(a.target(), Abstract.inplaceOp(cur, eval(a.value(), env), op), env);
                }
            }
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    if (t instanceof Expr.Subscript sub) {
                        Abstract.delItem(eval(sub.value(), env), eval(sub.slice(), env));
                    } else if (t instanceof Expr.Name n) {
                        env.remove(n.id());
                    }
                }
            }
            case Stmt.For f -> {
                Object it = Abstract.iter(eval(f.iter(), env));
                Object item;
                try {
                    while ((item = Abstract.next(it)) != null) {
                        assign(f.target(), item, env);
                        execAll(f.body(), env);
                    }
                } catch (Break b) {
                    // break leaves the loop
                }
            }
            case Stmt.While w -> {
                try {
                    while (Abstract.isTrue(eval(w.test(), env))) {
                        execAll(w.body(), env);
                    }
                } catch (Break b) {
                    // break leaves the loop
                }
            }
            case Stmt.If i -> execAll(Abstract.isTrue(eval(i.test(), env)) ? i.body() : i.orelse(), env);
            case Stmt.Break b -> throw new Break();
            case Stmt.Pass p -> { }
            case Stmt.Return r -> throw new Return(r.value() == null ? PyNone.NONE : eval(r.value(), env));
            case Stmt.FunctionDef f -> env.put(f.name(), function(f.name(), f.args().args(), f.args().defaults(), f.body(), null, env));
            case Stmt.ClassDef c -> {
                Object[] bases = new Object[c.bases().size()];
                for (int i = 0; i < bases.length; i++) {
                    bases[i] = eval(c.bases().get(i), env);
                }
                Map<String, Object> ns = new HashMap<>(env);
                PyDict dict = new PyDict();
                dict.setItem(PyStr.of("__module__"), PyStr.of("__main__"));
                dict.setItem(PyStr.of("__qualname__"), PyStr.of(c.name()));
                for (Stmt st : c.body()) {
                    if (st instanceof Stmt.FunctionDef f) {
                        dict.setItem(PyStr.of(f.name()), function(f.name(), f.args().args(), f.args().defaults(), f.body(), null, env));
                    } else if (st instanceof Stmt.Assign a && a.targets().get(0) instanceof Expr.Name n) {
                        dict.setItem(PyStr.of(n.id()), eval(a.value(), ns));
                    }
                }
                env.put(c.name(), Abstract.call(PyType.TYPE, PyStr.of(c.name()), PyTuple.of(bases), dict));
            }
            default -> throw new IllegalArgumentException("statement not supported: " + s.getClass().getSimpleName());
        }
        return null;
    }

    private void execAll(List<Stmt> body, Map<String, Object> env) {
        for (Stmt s : body) {
            exec(s, env);
        }
    }

    private Func function(String name, List<Arg> params, List<Expr> defaults, List<Stmt> body, Expr lambdaBody,
            Map<String, Object> env) {
        Object[] dflt = new Object[defaults.size()];
        for (int i = 0; i < dflt.length; i++) {
            dflt[i] = eval(defaults.get(i), env);
        }
        return new Func(name, (args, kw) -> {
            Map<String, Object> local = new HashMap<>(env);
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            for (int i = 0; i < params.size(); i++) {
                Object v = i < npos ? args[i] : null;
                for (int k = 0; k < nkw; k++) {
                    if (kw[k].equals(params.get(i).arg())) {
                        v = args[npos + k];
                    }
                }
                int d = i - (params.size() - dflt.length);
                if (v == null && d >= 0) {
                    v = dflt[d];
                }
                if (v == null) {
                    throw PyErr.typeError("%s() missing argument", name);
                }
                local.put(params.get(i).arg(), v);
            }
            if (lambdaBody != null) {
                return eval(lambdaBody, local);
            }
            try {
                execAll(body, local);
            } catch (Return r) {
                return r.value;
            }
            return PyNone.NONE;
        });
    }

    private void assign(Expr target, Object v, Map<String, Object> env) {
        switch (target) {
            case Expr.Name n -> env.put(n.id(), v);
            case Expr.Subscript s -> Abstract.setItem(eval(s.value(), env), eval(s.slice(), env), v);
            case Expr.Attribute a -> Abstract.setAttr(eval(a.value(), env), PyStr.of(a.attr()), v);
            case Expr.Tuple t -> {
                List<Object> items = new ArrayList<>();
                Abstract.forEach(v, items::add);
                if (items.size() != t.elts().size()) {
                    throw PyErr.valueError("wrong number of values to unpack");
                }
                for (int i = 0; i < items.size(); i++) {
                    assign(t.elts().get(i), items.get(i), env);
                }
            }
            default -> throw new IllegalArgumentException("target not supported: " + target);
        }
    }

    private static BinaryOp binaryOp(dev.kaa.parser.ast.Operator op) {
        return switch (op) {
            case Add -> BinaryOp.ADD;
            case Sub -> BinaryOp.SUBTRACT;
            case Mult -> BinaryOp.MULTIPLY;
            case MatMult -> BinaryOp.MATRIX_MULTIPLY;
            case Div -> BinaryOp.TRUE_DIVIDE;
            case Mod -> BinaryOp.REMAINDER;
            case Pow -> BinaryOp.POWER;
            case LShift -> BinaryOp.LSHIFT;
            case RShift -> BinaryOp.RSHIFT;
            case BitOr -> BinaryOp.OR;
            case BitXor -> BinaryOp.XOR;
            case BitAnd -> BinaryOp.AND;
            case FloorDiv -> BinaryOp.FLOOR_DIVIDE;
        };
    }

    static Object constant(Object c) {
        if (c == Constant.NONE) {
            return PyNone.NONE;
        }
        if (c == Constant.ELLIPSIS) {
            return PySingletons.ELLIPSIS;
        }
        return switch (c) {
            case Boolean b -> PyBool.of(b);
            case Long l -> PyInt.of(l);
            case BigInteger b -> PyInt.of(b);
            case Double d -> new PyFloat(d);
            case String s -> PyStr.of(s);
            default -> throw new IllegalArgumentException("constant not supported: " + c);
        };
    }

    private Object[] evalAll(List<Expr> exprs, Map<String, Object> env) {
        List<Object> out = new ArrayList<>();
        for (Expr e : exprs) {
            if (e instanceof Expr.Starred st) {
                Abstract.forEach(eval(st.value(), env), out::add);
            } else {
                out.add(eval(e, env));
            }
        }
        return out.toArray();
    }

    private Object eval(Expr e, Map<String, Object> env) {
        switch (e) {
            case Expr.Constant c -> {
                return constant(c.value());
            }
            case Expr.Name n -> {
                Object v = env.containsKey(n.id()) ? env.get(n.id()) : BUILTINS.get(n.id());
                if (v == null) {
                    throw PyErr.nameError(PyStr.of(n.id()));
                }
                return v;
            }
            case Expr.BinOp b -> {
                return Abstract.binaryOp(eval(b.left(), env), eval(b.right(), env), binaryOp(b.op()));
            }
            case Expr.UnaryOp u -> {
                Object v = eval(u.operand(), env);
                return switch (u.op()) {
                    case Not -> PyBool.of(!Abstract.isTrue(v));
                    case USub -> Abstract.unaryOp(v, Slot.__neg__, "-");
                    case UAdd -> Abstract.unaryOp(v, Slot.__pos__, "+");
                    case Invert -> Abstract.unaryOp(v, Slot.__invert__, "~");
                };
            }
            case Expr.BoolOp b -> {
                Object v = null;
                for (Expr x : b.values()) {
                    v = eval(x, env);
                    boolean t = Abstract.isTrue(v);
                    if (b.op() == dev.kaa.parser.ast.BoolOperator.And ? !t : t) {
                        return v;
                    }
                }
                return v;
            }
            case Expr.IfExp i -> {
                return Abstract.isTrue(eval(i.test(), env)) ? eval(i.body(), env) : eval(i.orelse(), env);
            }
            case Expr.Compare c -> {
                Object left = eval(c.left(), env);
                Object result = PyBool.TRUE;
                for (int i = 0; i < c.ops().size(); i++) {
                    Object right = eval(c.comparators().get(i), env);
                    result = compare(c.ops().get(i), left, right);
                    if (!Abstract.isTrue(result)) {
                        return result;
                    }
                    left = right;
                }
                return result;
            }
            case Expr.Call c -> {
                Object f = eval(c.func(), env);
                Object[] pos = evalAll(c.args(), env);
                List<Keyword> kws = c.keywords();
                if (kws.isEmpty()) {
                    return Abstract.call(f, pos, null);
                }
                Object[] all = new Object[pos.length + kws.size()];
                System.arraycopy(pos, 0, all, 0, pos.length);
                String[] names = new String[kws.size()];
                for (int i = 0; i < names.length; i++) {
                    names[i] = kws.get(i).arg();
                    all[pos.length + i] = eval(kws.get(i).value(), env);
                }
                return Abstract.call(f, all, names);
            }
            case Expr.Attribute a -> {
                return Abstract.getAttr(eval(a.value(), env), PyStr.of(a.attr()));
            }
            case Expr.Subscript s -> {
                return Abstract.getItem(eval(s.value(), env), eval(s.slice(), env));
            }
            case Expr.Slice s -> {
                return new PySlice(s.lower() == null ? PyNone.NONE : eval(s.lower(), env),
                        s.upper() == null ? PyNone.NONE : eval(s.upper(), env),
                        s.step() == null ? PyNone.NONE : eval(s.step(), env));
            }
            case Expr.List l -> {
                return new PyList(evalAll(l.elts(), env));
            }
            case Expr.Tuple t -> {
                return PyTuple.of(evalAll(t.elts(), env));
            }
            case Expr.Set s -> {
                PySet set = new PySet();
                for (Object o : evalAll(s.elts(), env)) {
                    set.addKey(o);
                }
                return set;
            }
            case Expr.Dict d -> {
                PyDict dict = new PyDict();
                for (int i = 0; i < d.keys().size(); i++) {
                    dict.setItem(eval(d.keys().get(i), env), eval(d.values().get(i), env));
                }
                return dict;
            }
            case Expr.ListComp lc -> {
                PyList out = new PyList();
                comprehension(lc.generators().get(0), env, local -> out.append(eval(lc.elt(), local)));
                return out;
            }
            case Expr.SetComp sc -> {
                PySet out = new PySet();
                comprehension(sc.generators().get(0), env, local -> out.addKey(eval(sc.elt(), local)));
                return out;
            }
            case Expr.DictComp dc -> {
                PyDict out = new PyDict();
                comprehension(dc.generators().get(0), env,
                        local -> out.setItem(eval(dc.key(), local), eval(dc.value(), local)));
                return out;
            }
            case Expr.GeneratorExp g -> {
                PyList out = new PyList();
                comprehension(g.generators().get(0), env, local -> out.append(eval(g.elt(), local)));
                return Abstract.iter(out);
            }
            case Expr.Lambda l -> {
                return function("<lambda>", l.args().args(), l.args().defaults(), null, l.body(), env);
            }
            default -> throw new IllegalArgumentException("expression not supported: " + e.getClass().getSimpleName());
        }
    }

    private void comprehension(dev.kaa.parser.ast.Comprehension c, Map<String, Object> env,
            java.util.function.Consumer<Map<String, Object>> action) {
        Object it = Abstract.iter(eval(c.iter(), env));
        Object item;
        Map<String, Object> local = new HashMap<>(env);
        outer:
        while ((item = Abstract.next(it)) != null) {
            assign(c.target(), item, local);
            for (Expr cond : c.ifs()) {
                if (!Abstract.isTrue(eval(cond, local))) {
                    continue outer;
                }
            }
            action.accept(local);
        }
    }

    private static Object compare(CmpOp op, Object a, Object b) {
        return switch (op) {
            case Eq -> Abstract.richCompare(a, b, CompareOp.EQ);
            case NotEq -> Abstract.richCompare(a, b, CompareOp.NE);
            case Lt -> Abstract.richCompare(a, b, CompareOp.LT);
            case LtE -> Abstract.richCompare(a, b, CompareOp.LE);
            case Gt -> Abstract.richCompare(a, b, CompareOp.GT);
            case GtE -> Abstract.richCompare(a, b, CompareOp.GE);
            case Is -> PyBool.of(a == b);
            case IsNot -> PyBool.of(a != b);
            case In -> PyBool.of(Abstract.contains(b, a));
            case NotIn -> PyBool.of(!Abstract.contains(b, a));
        };
    }

    /**
     * Runs every case of {@code containers/NAME.cases} and returns one line per case whose result
     * differs from {@code NAME.expected} (what CPython 3.13 gave).
     */
    static List<String> mismatches(String name) {
        List<String> cases = resourceLines(name + ".cases", true);
        List<String> expected = resourceLines(name + ".expected", false);
        if (cases.size() != expected.size()) {
            throw new AssertionError(name + ": " + cases.size() + " cases but " + expected.size() + " results");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String want = expected.get(i).replace("\\\\", "\0").replace("\\n", "\n").replace("\0", "\\");
            String got = run(cases.get(i).replace("\\n", "\n"));
            if (!got.equals(want)) {
                out.add(cases.get(i) + "\n    expected: " + want + "\n    got:      " + got);
            }
        }
        return out;
    }

    /** Fails listing every mismatch of {@link #mismatches}. */
    static void check(String name) {
        List<String> bad = mismatches(name);
        if (!bad.isEmpty()) {
            throw new AssertionError(bad.size() + " case(s) of " + name + " differ from CPython:\n"
                    + String.join("\n", bad));
        }
    }

    private static List<String> resourceLines(String file, boolean skipComments) {
        try (var in = ListScriptTest.class.getResourceAsStream("/containers/" + file)) {
            if (in == null) {
                throw new AssertionError("missing resource containers/" + file);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n", -1)) {
                if (skipComments && (line.isEmpty() || line.startsWith("#"))) {
                    continue;
                }
                lines.add(line);
            }
            if (!skipComments && !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    // ---- self-tests of the evaluator ------------------------------------------------------------

    @BeforeAll
    static void boot() {
        BuiltinTypes.boot();
    }

    @Test
    void evaluatesStatementsAndExpressions() {
        assertEquals("[1, 2, 3]", run("x = [3, 1, 2]\nx.sort()\nx"));
        assertEquals("6", run("def f(a, b=2):\n    return a * b\nf(3)"));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", run("1 + 'a'"));
        assertEquals("[0, 2, 4]", run("[i * 2 for i in range(3)]"));
    }
}
