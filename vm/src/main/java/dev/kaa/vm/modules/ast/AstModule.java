package dev.kaa.vm.modules.ast;

import dev.kaa.parser.ast.Mod;
import dev.kaa.vm.internal.eval.Eval;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.Compiling;
import dev.kaa.vm.modules.VmBuiltins;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The {@code _ast} module: the node classes of Python 3.13's {@code ast} (made by
 * {@link AstClasses} from {@link NodeKinds}'s table) and the {@code PyCF_*} flags. The module
 * object the interpreter imported first is the one {@code compile()} converts trees to and from.
 *
 * <p>Thread safety: each interpreter's state is recorded once (a synchronized map), read-only after.
 */
public final class AstModule {
    private AstModule() {}

    public static final int PyCF_ONLY_AST = 0x400;
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    public static final int PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;

    /**
     * Per interpreter (runtime), the state of the first {@code _ast} module it made: its classes
     * and singletons. Weak keys: a JVM may run and drop many interpreters.
     */
    private static final Map<Object, AstState> STATES = Collections.synchronizedMap(new WeakHashMap<>());

    /** Makes the module: runs {@link AstClasses#SOURCE} and builds every class from the table. */
    public static PyModule create() {
        PyModule m = new PyModule("_ast");
        PyDict ns = m.dict();
        ThreadState ts = ThreadState.current();
        PyDict g = new PyDict();
        g.setItem(PyStr.intern("__name__"), PyStr.of("_ast"));
        g.setItem(PyStr.intern("__builtins__"), ts.runtime.builtinsModule);
        PyCode code = Compiling.compile(AstClasses.SOURCE, "<_ast>", "exec", 0, 0);
        Eval.run(ts, new PyFrame(code, g, VmBuiltins.builtinsOf(ts, g), g, null));
        Abstract.call(g.getItem(PyStr.intern("_build")), new Object[] {categories(), leaves(), ns}, null);
        ns.setItem(PyStr.intern("PyCF_ONLY_AST"), PyInt.of(PyCF_ONLY_AST));
        ns.setItem(PyStr.intern("PyCF_TYPE_COMMENTS"), PyInt.of(PyCF_TYPE_COMMENTS));
        ns.setItem(PyStr.intern("PyCF_ALLOW_TOP_LEVEL_AWAIT"), PyInt.of(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        ns.setItem(PyStr.intern("PyCF_OPTIMIZED_AST"), PyInt.of(PyCF_OPTIMIZED_AST));
        STATES.putIfAbsent(ts.runtime, new AstState(ns));
        return m;
    }

    /** The state, importing {@code _ast} first if no code has yet. */
    static AstState state() {
        ThreadState ts = ThreadState.current();
        AstState s = STATES.get(ts.runtime);
        if (s == null) {
            Object imp = Abstract.getAttr(ts.runtime.builtinsModule, "__import__");
            Abstract.call(imp, new Object[] {PyStr.of("_ast")}, null);
            s = STATES.get(ts.runtime);
        }
        return s;
    }

    private static PyList categories() {
        List<Object> out = new ArrayList<>();
        for (NodeKinds.Category c : NodeKinds.CATEGORIES) {
            out.add(PyTuple.of(PyStr.of(c.name()), c.hasAttributes() ? attributes(c.optionalEnds()) : PyTuple.of(),
                    dev.kaa.vm.objects.PyBool.of(c.javaType().isEnum())));
        }
        return new PyList(out.toArray());
    }

    private static PyTuple attributes(boolean optionalEnds) {
        String q = optionalEnds ? "?" : "";
        return PyTuple.of(attr("lineno", ""), attr("col_offset", ""), attr("end_lineno", q), attr("end_col_offset", q));
    }

    private static PyTuple attr(String name, String quant) {
        return PyTuple.of(PyStr.of(name), PyStr.of(quant));
    }

    private static PyList leaves() {
        List<Object> out = new ArrayList<>();
        for (NodeKinds.Kind k : NodeKinds.KINDS.values()) {
            List<Object> fields = new ArrayList<>();
            for (NodeKinds.Field f : k.fields()) {
                fields.add(PyTuple.of(PyStr.of(f.name()), PyStr.of(f.type()), PyStr.of(f.quant())));
            }
            Object attrs = PyNone.NONE;
            if (k.base().equals("AST")) {
                attrs = k.hasPos() ? attributes(true) : PyTuple.of();
            }
            out.add(PyTuple.of(PyStr.of(k.name()), PyStr.of(k.base()), PyTuple.of(fields.toArray()), attrs));
        }
        return new PyList(out.toArray());
    }

    /** {@code compile(..., PyCF_ONLY_AST)}: the Python tree of a parsed module. */
    public static Object toPython(Mod tree) {
        return new ToPython(state()).convert(tree);
    }

    /** The parser's tree of a Python {@code mod} node, checked as CPython checks it, for a mode. */
    public static Mod toMod(Object tree, String mode) {
        return new FromPython(state()).mod(tree, mode);
    }

}
