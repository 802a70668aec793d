package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.Eval;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBuiltinFunction;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyCell;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrame;
import dev.kaa.vm.objects.PyFunction;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Slot;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The functions of {@code builtins} that need the interpreter: class creation, {@code exec},
 * {@code eval}, {@code compile}, {@code globals}, {@code locals}, {@code vars}, {@code dir},
 * {@code __import__}, {@code input}, {@code breakpoint}.
 *
 * <p>Thread safety: stateless; runs under the GIL.
 */
public final class VmBuiltins {
    private VmBuiltins() {}

    private static final PyStr BUILTINS = PyStr.intern("__builtins__");
    private static final PyStr MRO_ENTRIES = PyStr.intern("__mro_entries__");
    private static final PyStr PREPARE = PyStr.intern("__prepare__");
    private static final PyStr ORIG_BASES = PyStr.intern("__orig_bases__");
    private static final PyStr DIR = PyStr.intern("__dir__");
    private static final PyStr DICT = PyStr.intern("__dict__");

    public static Map<String, PyBuiltinFunction> functions(Object module) {
        return Exposer.functions(VmBuiltins.class, MethodHandles.lookup(), "builtins", module);
    }

    private static ThreadState ts() {
        return ThreadState.current();
    }

    // ---- class creation -----------------------------------------------------------------------

    @PyMethod
    static Object __build_class__(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 2) {
            throw PyErr.typeError("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction body)) {
            throw PyErr.typeError("__build_class__: func must be a function");
        }
        if (!(args[1] instanceof PyStr name)) {
            throw PyErr.typeError("__build_class__: name is not a string");
        }
        Object[] origBases = java.util.Arrays.copyOfRange(args, 2, npos);
        Object meta = null;
        List<String> kwn = new ArrayList<>();
        List<Object> kwv = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i].equals("metaclass")) {
                meta = args[npos + i];
            } else {
                kwn.add(kwnames[i]);
                kwv.add(args[npos + i]);
            }
        }
        PyTuple bases = resolveBases(origBases);
        boolean isClass;
        if (meta == null) {
            meta = bases.size() == 0 ? PyType.TYPE : Abstract.typeOf(bases.get(0));
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = winner((PyType) meta, bases);
        }
        Object ns;
        Object prepare = Abstract.lookupAttr(meta, PREPARE);
        String[] kws = kwn.isEmpty() ? null : kwn.toArray(new String[0]);
        if (prepare != null) {
            Object[] pargs = new Object[2 + kwv.size()];
            pargs[0] = name;
            pargs[1] = bases;
            for (int i = 0; i < kwv.size(); i++) {
                pargs[2 + i] = kwv.get(i);
            }
            ns = Abstract.call(prepare, pargs, kws);
            if (Abstract.typeOf(ns).slot(Slot.__getitem__) == null) {
                throw PyErr.typeError("%s.__prepare__() must return a mapping, not %T",
                        meta instanceof PyType t ? t.name() : "<metaclass>", ns);
            }
        } else {
            ns = new PyDict();
        }
        PyFrame frame = new PyFrame(body.code, body.globals, body.builtins, ns, body);
        Object cell = Eval.run(ts(), frame);
        if (bases.items() != origBases && !java.util.Arrays.equals(bases.items(), origBases)) {
            Abstract.setItem(ns, ORIG_BASES, PyTuple.of(origBases));
        }
        Object[] margs = new Object[3 + kwv.size()];
        margs[0] = name;
        margs[1] = bases;
        margs[2] = ns;
        for (int i = 0; i < kwv.size(); i++) {
            margs[3 + i] = kwv.get(i);
        }
        Object cls = Abstract.call(meta, margs, kws);
        if (cls instanceof PyType && cell instanceof PyCell c && c.value != cls) {
            if (c.value == null) {
                throw PyErr.runtimeError("__class__ not set defining %R as %R. Was __classcell__ propagated to type.__new__?",
                        name, cls);
            }
            throw PyErr.typeError("__class__ set to %R defining %R as %R", c.value, name, cls);
        }
        return cls;
    }

    private static PyTuple resolveBases(Object[] bases) {
        List<Object> out = null;
        for (int i = 0; i < bases.length; i++) {
            Object b = bases[i];
            if (b instanceof PyType) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            Object entries = Abstract.lookupAttr(b, MRO_ENTRIES);
            if (entries == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            Object r = Abstract.call(entries, PyTuple.of(bases.clone()));
            if (!(r instanceof PyTuple t)) {
                throw PyErr.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>(List.of(bases).subList(0, i));
            }
            out.addAll(List.of(t.items()));
        }
        return out == null ? new PyTuple(bases) : PyTuple.of(out.toArray());
    }

    private static PyType winner(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (Object b : bases.items()) {
            PyType bm = Abstract.typeOf(b);
            if (winner.isSubtypeOf(bm)) {
                continue;
            }
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    // ---- exec, eval, compile ------------------------------------------------------------------

    @PyMethod(positionalOnly = 1)
    static Object exec(Object source, @Opt Object globals, @Opt Object locals, @KwOnly @Opt Object closure) {
        return run("exec", source, globals, locals, closure);
    }

    @PyMethod(positionalOnly = 1)
    static Object eval(Object source, @Opt Object globals, @Opt Object locals) {
        return run("eval", source, globals, locals, null);
    }

    private static Object run(String mode, Object source, Object globals, Object locals, Object closure) {
        ThreadState ts = ts();
        PyFrame caller = ts.frame;
        if (globals == PyNone.NONE) {
            globals = null;
        }
        if (locals == PyNone.NONE) {
            locals = null;
        }
        if (globals != null && !(globals instanceof PyDict)) {
            throw mode.equals("exec") ? PyErr.typeError("exec() globals must be a dict, not %T", globals)
                    : Abstract.typeOf(globals).slot(Slot.__getitem__) != null
                    ? PyErr.typeError("globals must be a real dict; try eval(expr, {}, mapping)")
                    : PyErr.typeError("globals must be a dict");
        }
        if (locals != null && Abstract.typeOf(locals).slot(Slot.__getitem__) == null) {
            throw mode.equals("exec") ? PyErr.typeError("locals must be a mapping or None, not %T", locals)
                    : PyErr.typeError("locals must be a mapping");
        }
        PyDict g;
        if (globals == null) {
            if (caller == null) {
                throw PyErr.systemError("%s(): no globals", mode);
            }
            g = caller.globals;
            if (locals == null) {
                locals = caller.localsMapping();
            }
        } else {
            g = (PyDict) globals;
            if (locals == null) {
                locals = g;
            }
        }
        if (g.getItem(BUILTINS) == null) {
            g.setItem(BUILTINS, ts.runtime.builtinsModule);
        }
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else {
            Object text = Compiling.sourceOf(source, mode);
            if (mode.equals("eval") && text instanceof String str) {
                // eval() ignores leading spaces and tabs of its expression.
                text = str.replaceFirst("^[ \t]+", "");
            }
            code = Compiling.compileSource(text, "<string>", mode, 0, -1);
        }
        if (mode.equals("eval") && code.nlocalsplus() > 0 && ((PyTuple) Abstract.getAttr(code, "co_freevars")).size() > 0) {
            throw PyErr.typeError("code object passed to eval() may not contain free variables");
        }
        if (mode.equals("exec") && source instanceof PyCode) {
            checkClosure(code, closure);
        }
        PyFunction fnForClosure = null;
        if (closure != null && closure != PyNone.NONE) {
            fnForClosure = new PyFunction(code, g, builtinsOf(ts, g));
            fnForClosure.closure = (PyTuple) closure;
        }
        PyFrame f = new PyFrame(code, g, builtinsOf(ts, g), locals, fnForClosure);
        Object r = Eval.run(ts, f);
        return mode.equals("exec") ? PyNone.NONE : r;
    }

    /** {@code exec(code, closure=…)}: a closure of one cell per free variable, and none without them. */
    private static void checkClosure(PyCode code, Object closure) {
        int nfree = ((PyTuple) Abstract.getAttr(code, "co_freevars")).size();
        boolean given = closure != null && closure != PyNone.NONE;
        if (nfree == 0) {
            if (given) {
                throw PyErr.typeError("cannot use a closure with this code object");
            }
            return;
        }
        boolean ok = given && closure instanceof PyTuple t && t.size() == nfree;
        if (ok) {
            for (Object cell : ((PyTuple) closure).items()) {
                ok &= cell instanceof dev.kaa.vm.objects.PyCell;
            }
        }
        if (!ok) {
            throw PyErr.typeError("code object requires a closure of exactly length %d", nfree);
        }
    }

    /** The builtins a frame with these globals uses: {@code globals['__builtins__']}. */
    public static Object builtinsOf(ThreadState ts, PyDict globals) {
        Object b = globals.getItem(BUILTINS);
        if (b instanceof PyModule m) {
            return m.dict();
        }
        // Any other object is used as it is: a mapping serves lookups through __getitem__, and
        // anything else fails there with TypeError, as in CPython.
        return b != null ? b : ts.runtime.builtins;
    }

    @PyMethod(positionalOnly = 0)
    static Object compile(Object source, Object filename, Object mode, @Opt("0") int flags,
            @Opt("False") boolean dont_inherit, @Opt("-1") int optimize, @KwOnly @Opt("-1") int _feature_version) {
        String m = mode instanceof PyStr s ? s.value() : "";
        if (!(mode instanceof PyStr)) {
            throw PyErr.typeError("compile() argument 'mode' must be str, not %T", mode);
        }
        if (!m.equals("exec") && !m.equals("eval") && !m.equals("single") && !m.equals("func_type")) {
            throw PyErr.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        if ((flags & ~Compiling.ALLOWED_FLAGS) != 0) {
            throw PyErr.valueError("compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) {
            throw PyErr.valueError("compile(): invalid optimize value");
        }
        String fn = Compiling.filename(filename);
        if (m.equals("func_type") && (flags & Compiling.PyCF_ONLY_AST) == 0) {
            throw PyErr.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        if (!(source instanceof PyStr) && !(source instanceof dev.kaa.vm.objects.PyBytes) && Compiling.isAst(source)) {
            return Compiling.compileAst(source, fn, m, flags, optimize);
        }
        if ((flags & Compiling.PyCF_ONLY_AST) != 0) {
            return Compiling.parseToAst(Compiling.sourceOf(source, "compile"), fn, m, flags);
        }
        return Compiling.compileSource(Compiling.sourceOf(source, "compile"), fn, m, flags, optimize);
    }

    // ---- namespaces -----------------------------------------------------------------------------

    @PyMethod
    static Object globals() {
        PyFrame f = ts().frame;
        if (f == null) {
            throw PyErr.systemError("globals(): no current frame");
        }
        return f.globals;
    }

    @PyMethod
    static Object locals() {
        PyFrame f = ts().frame;
        if (f == null) {
            throw PyErr.systemError("locals(): no current frame");
        }
        return f.localsMapping();
    }

    @PyMethod
    static Object vars(@Opt Object obj) {
        if (obj == null) {
            return locals();
        }
        Object d = Abstract.lookupAttr(obj, DICT);
        if (d == null) {
            throw PyErr.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    @PyMethod
    static Object dir(@Opt Object obj) {
        PyList names;
        if (obj == null) {
            Object locals = locals();
            names = new PyList();
            Abstract.forEach(Abstract.callMethod(locals, "keys"), names::append);
        } else {
            Object hook = Abstract.lookupSpecial(obj, DIR);
            if (hook == null) {
                throw PyErr.typeError("object does not provide __dir__");
            }
            names = new PyList();
            names.extend(Abstract.call(hook, new Object[0], null));
        }
        Abstract.callMethod(names, "sort");
        return names;
    }

    @PyMethod(positionalOnly = 0)
    static Object __import__(Object name, @Opt Object globals, @Opt Object locals, @Opt Object fromlist,
            @Opt("0") int level) {
        if (!(name instanceof PyStr n)) {
            throw PyErr.typeError("module name must be a string");
        }
        if (level < 0) {
            throw PyErr.valueError("level must be >= 0");
        }
        PyDict g = globals instanceof PyDict d ? d : null;
        ThreadState ts = ts();
        return ts.runtime.services.importName(ts, n.value(), g, fromlist == null ? PyNone.NONE : fromlist, level);
    }

    // ---- interaction ----------------------------------------------------------------------------

    @PyMethod(doc = """
            Read a string from standard input.  The trailing newline is stripped.

            Writes the prompt, if any, to standard output first; raises EOFError at end of file.""")
    static Object input(@Opt Object prompt) {
        StdStreams streams = StdStreams.current();
        Object out = streams == null ? null : streams.stdout();
        Object in = streams == null ? null : streams.stdin();
        if (in == null || in == PyNone.NONE) {
            throw PyErr.runtimeError("input(): lost sys.stdin");
        }
        if (out == null || out == PyNone.NONE) {
            throw PyErr.runtimeError("input(): lost sys.stdout");
        }
        Object err = streams.stderr();
        if (err != null && err != PyNone.NONE) {
            flushIgnoringErrors(err);
        }
        dev.kaa.ext.LineReader reader = lineReader;
        if (reader != null && onTerminal(in, 0) && onTerminal(out, 1)) {
            return readWith(reader, in, out, prompt);
        }
        if (prompt != null) {
            Abstract.callMethod(out, "write", Abstract.str(prompt));
        }
        flushIgnoringErrors(out);
        Object line = Abstract.callMethod(in, "readline");
        if (!(line instanceof PyStr s)) {
            throw PyErr.typeError("object.readline() returned non-string");
        }
        String v = s.value();
        if (v.isEmpty()) {
            throw PyErr.format(Exceptions.EOFError, "EOF when reading a line");
        }
        return PyStr.of(v.endsWith("\n") ? v.substring(0, v.length() - 1) : v);
    }

    /** What input() edits its line with on the terminal ({@code readline} installs it), or null. */
    private static volatile dev.kaa.ext.LineReader lineReader;

    /** Installs (or with null removes) input()'s line reader: {@link dev.kaa.ext.Py#setLineReader}. */
    public static void setLineReader(dev.kaa.ext.LineReader reader) {
        lineReader = reader;
    }

    /**
     * Whether the stream is the process's descriptor {@code fd} and a terminal: only then does
     * input() hand the line to the reader, as CPython's does (a stream replaced by a StringIO or
     * redirected to a file is read as a stream).
     */
    private static boolean onTerminal(Object stream, int fd) {
        try {
            Object n = Abstract.callMethod(stream, "fileno");
            dev.kaa.vm.objects.PyInt i = Abstract.index(n);
            return i.isLong() && i.longValue() == fd && PosixFds.isatty(fd);
        } catch (PyException e) {
            return false;
        }
    }

    /** input() through the line reader: the prompt and the line in the streams' encodings. */
    private static Object readWith(dev.kaa.ext.LineReader reader, Object in, Object out, Object prompt) {
        byte[] promptBytes = new byte[0];
        if (prompt != null) {
            Object encoded = Abstract.callMethod(Abstract.str(prompt), "encode",
                    Abstract.getAttr(out, "encoding"), Abstract.getAttr(out, "errors"));
            promptBytes = ((PyBytes) encoded).toByteArray();
        }
        flushIgnoringErrors(out);
        byte[] line = reader.readLine(promptBytes);
        if (line.length == 0) {
            throw PyErr.format(Exceptions.EOFError, "EOF when reading a line");
        }
        int n = line[line.length - 1] == '\n' ? line.length - 1 : line.length;
        return Abstract.callMethod(new PyBytes(java.util.Arrays.copyOf(line, n)), "decode",
                Abstract.getAttr(in, "encoding"), Abstract.getAttr(in, "errors"));
    }

    /** input() flushes stderr and stdout as a courtesy: a stream that cannot flush is no error (as in CPython). */
    private static void flushIgnoringErrors(Object stream) {
        try {
            Abstract.callMethod(stream, "flush");
        } catch (PyException e) {
            // Nothing to report: the line is read all the same.
        }
    }

    @PyMethod
    static Object breakpoint(Object[] args, String[] kwnames) {
        Object sys = ts().runtime.sys;
        Object hook = Abstract.lookupAttr(sys, PyStr.intern("breakpointhook"));
        if (hook == null) {
            throw PyErr.runtimeError("lost sys.breakpointhook");
        }
        return Abstract.call(hook, args, kwnames);
    }
}
