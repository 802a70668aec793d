package dev.kaa.vm.objects;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Opcode;
import dev.kaa.bytecode.dis.ExceptionTable;
import dev.kaa.bytecode.dis.LineTable;
import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * A code object as the interpreter runs it: the {@link CodeObject} of the bytecode module with
 * its constants turned into Python objects, its names interned, its instructions unpacked into
 * one {@code char} per code unit (opcode in the low byte, argument in the high byte) and its
 * exception table decoded.
 *
 * <p>Thread safety: immutable, but for the interpreter's caches ({@link #siteCaches}, {@link #hotness},
 * {@link #compiled}), which the GIL guards.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyCode.class, MethodHandles.lookup(), 0);

    public final CodeObject code;
    /** Code units: {@code opcode | arg << 8}. */
    public final char[] units;
    public final Object[] consts;
    public final PyStr[] names;
    /** Names of the fast locals, cells and free variables, in frame slot order. */
    public final PyStr[] localsplusNames;
    public final byte[] localsplusKinds;
    public final int argcount, posonlyargcount, kwonlyargcount, flags, stacksize;
    /** Number of positional-or-keyword plus keyword-only parameters, {@code *args}, {@code **kw}. */
    public final int totalArgs;
    public final PyStr name, qualname, filename;
    /** Exception table: per entry start, end, target (code units), depth, lasti flag. */
    final int[] excStart, excEnd, excTarget, excDepth;
    final boolean[] excLasti;
    private volatile LineTable lineTable;
    /** Per code unit, its line (-1 for none): {@link #lineAt}'s table, made at first use. */
    private volatile int[] lineByUnit;
    /** Per code unit: the interpreter's cache of a {@code LOAD_GLOBAL} there, made on first use. */
    private Object[] siteCaches;
    /** The keyword names of this code's {@code CALL_KW}s as Java strings, by their constant tuple. */
    private final java.util.IdentityHashMap<Object, String[]> kwnamesCache = new java.util.IdentityHashMap<>();
    /**
     * The compiled tier's state for this code, owned by {@code internal.eval.Jit}: calls and loop
     * iterations counted so far, and the JVM class made once that count is reached (or the
     * marker that this code is not compiled). Written under the GIL.
     */
    public int hotness;
    public Object compiled;
    /**
     * Tracing's state for this code, owned by {@code internal.eval.Tracing}: the interpreter's
     * instrumentation version this code was last brought up to, the original code units while
     * {@link #units} carries trace markers (null otherwise), and the per-code tables. Written
     * under the GIL.
     */
    public int instrVersion;
    public char[] baseUnits;
    public Object instrumentation;

    public PyCode(CodeObject code) {
        this.code = code;
        int n = code.codeLength() / 2;
        units = new char[n];
        for (int i = 0; i < n; i++) {
            units[i] = (char) (code.codeByte(2 * i) | code.codeByte(2 * i + 1) << 8);
        }
        List<Object> cs = code.consts();
        consts = new Object[cs.size()];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = Constants.toPython(cs.get(i));
        }
        names = interned(code.names());
        localsplusNames = interned(code.localsplusnames());
        localsplusKinds = code.localspluskinds();
        argcount = code.argcount();
        posonlyargcount = code.posonlyargcount();
        kwonlyargcount = code.kwonlyargcount();
        flags = code.flags();
        stacksize = code.stacksize();
        int total = argcount + kwonlyargcount;
        if ((flags & CodeObject.CO_VARARGS) != 0) {
            total++;
        }
        if ((flags & CodeObject.CO_VARKEYWORDS) != 0) {
            total++;
        }
        totalArgs = total;
        name = PyStr.intern(code.name());
        qualname = PyStr.of(code.qualname());
        filename = PyStr.of(code.filename());
        List<ExceptionTable.Entry> table = ExceptionTable.parse(code.exceptiontable());
        int m = table.size();
        excStart = new int[m];
        excEnd = new int[m];
        excTarget = new int[m];
        excDepth = new int[m];
        excLasti = new boolean[m];
        for (int i = 0; i < m; i++) {
            ExceptionTable.Entry e = table.get(i);
            excStart[i] = e.start() / 2;
            excEnd[i] = e.end() / 2;
            excTarget[i] = e.target() / 2;
            excDepth[i] = e.depth();
            excLasti[i] = e.lasti();
        }
    }

    /**
     * The code of {@code code} with {@code co_filename} set to {@code filename} in it and every
     * nested code object, as {@code _imp._fix_co_filename} does for a module whose cached code
     * was compiled under another name.
     */
    public static PyCode withFilename(CodeObject code, String filename) {
        return new PyCode(code.filename().equals(filename) ? code : renamed(code, filename));
    }

    private static CodeObject renamed(CodeObject c, String filename) {
        List<Object> consts = new java.util.ArrayList<>(c.consts().size());
        for (Object k : c.consts()) {
            consts.add(k instanceof CodeObject inner ? renamed(inner, filename) : k);
        }
        return new CodeObject(c.argcount(), c.posonlyargcount(), c.kwonlyargcount(), c.stacksize(), c.flags(),
                c.code(), consts, c.names(), c.localsplusnames(), c.localspluskinds(), filename, c.name(),
                c.qualname(), c.firstlineno(), c.linetable(), c.exceptiontable());
    }

    private static PyStr[] interned(List<String> names) {
        PyStr[] out = new PyStr[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyStr.intern(names.get(i));
        }
        return out;
    }

    @Override public PyType type() {
        return TYPE;
    }

    public int nlocalsplus() {
        return localsplusNames.length;
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    /** The handler entry covering code unit {@code index}, or -1. */
    public int handlerFor(int index) {
        for (int i = 0; i < excStart.length; i++) {
            if (index >= excStart[i] && index < excEnd[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The number of exception table entries. */
    public int handlerCount() {
        return excStart.length;
    }

    public int handlerStart(int entry) {
        return excStart[entry];
    }

    public int handlerTarget(int entry) {
        return excTarget[entry];
    }

    public int handlerDepth(int entry) {
        return excDepth[entry];
    }

    public boolean handlerPushesLasti(int entry) {
        return excLasti[entry];
    }

    /**
     * The inline caches of this code's instructions ({@code LOAD_GLOBAL}, {@code LOAD_ATTR} …),
     * one slot per code unit, made at first use; the interpreter owns what they hold.
     */
    public Object[] siteCaches() {
        Object[] c = siteCaches;
        if (c == null) {
            c = new Object[units.length];
            siteCaches = c;
        }
        return c;
    }

    /**
     * The keyword names of a {@code CALL_KW}, whose names tuple is one of this code's constants:
     * converted once per tuple.
     */
    public String[] kwnames(Object tuple) {
        String[] k = kwnamesCache.get(tuple);
        if (k == null) {
            PyTuple t = (PyTuple) tuple;
            k = new String[t.size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = t.get(i).toString();
            }
            kwnamesCache.put(tuple, k);
        }
        return k;
    }

    public LineTable lineTable() {
        LineTable t = lineTable;
        if (t == null) {
            t = LineTable.decode(code.linetable(), code.firstlineno());
            lineTable = t;
        }
        return t;
    }

    /** {lineno, end_lineno, col, end_col} of the instruction at code unit {@code index}; -1 where None. */
    public int[] positions(int index) {
        int offset = index * 2;
        for (LineTable.Entry e : lineTable().entries()) {
            if (offset >= e.start() && offset < e.end()) {
                return new int[] {orMinus(e.line()), orMinus(e.endLine()), orMinus(e.col()), orMinus(e.endCol())};
            }
        }
        return new int[] {-1, -1, -1, -1};
    }

    private static int orMinus(Integer i) {
        return i == null ? -1 : i;
    }

    /** The line of the instruction at code unit {@code index}, or -1. */
    public int lineAt(int index) {
        int[] lines = lineByUnit;
        if (lines == null) {
            // Made on first use (a traceback through this code), so that a frame's line is then
            // found at once however often exceptions pass through it.
            lines = new int[units.length];
            java.util.Arrays.fill(lines, -1);
            for (LineTable.Entry e : lineTable().entries()) {
                int line = orMinus(e.line());
                for (int u = e.start() / 2; u < e.end() / 2 && u < lines.length; u++) {
                    if (lines[u] == -1) {
                        lines[u] = line;
                    }
                }
            }
            lineByUnit = lines;
        }
        return index >= 0 && index < lines.length ? lines[index] : -1;
    }

    /** The opcode at code unit {@code index}, skipping nothing. */
    public Opcode opcodeAt(int index) {
        return Opcode.of(baseUnit(index) & 0xff);
    }

    /** The code unit at {@code index} as compiled, without any trace marker. */
    public int baseUnit(int index) {
        char[] base = baseUnits;
        return base != null ? base[index] : units[index];
    }

    @PyGetter(member = true)
    Object co_name() {
        return name;
    }

    @PyGetter(member = true)
    Object co_qualname() {
        return qualname;
    }

    @PyGetter(member = true)
    Object co_filename() {
        return filename;
    }

    @PyGetter(member = true)
    Object co_firstlineno() {
        return PyInt.of(code.firstlineno());
    }

    @PyGetter(member = true)
    Object co_argcount() {
        return PyInt.of(argcount);
    }

    @PyGetter(member = true)
    Object co_posonlyargcount() {
        return PyInt.of(posonlyargcount);
    }

    @PyGetter(member = true)
    Object co_kwonlyargcount() {
        return PyInt.of(kwonlyargcount);
    }

    @PyGetter(member = true)
    Object co_flags() {
        return PyInt.of(flags);
    }

    @PyGetter(member = true)
    Object co_stacksize() {
        return PyInt.of(stacksize);
    }

    @PyGetter(member = true)
    Object co_consts() {
        return PyTuple.of(consts.clone());
    }

    @PyGetter(member = true)
    Object co_names() {
        return PyTuple.of((Object[]) names.clone());
    }

    @PyGetter
    Object co_varnames() {
        return namesOfKind(CodeObject.CO_FAST_LOCAL);
    }

    @PyGetter
    Object co_cellvars() {
        return namesOfKind(CodeObject.CO_FAST_CELL);
    }

    @PyGetter
    Object co_freevars() {
        return namesOfKind(CodeObject.CO_FAST_FREE);
    }

    @PyGetter(member = true)
    Object co_nlocals() {
        return PyInt.of(((PyTuple) co_varnames()).size());
    }

    private PyTuple namesOfKind(int kind) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (int i = 0; i < localsplusNames.length; i++) {
            if ((localsplusKinds[i] & kind) != 0) {
                out.add(localsplusNames[i]);
            }
        }
        return PyTuple.of(out.toArray());
    }

    @PyGetter
    Object co_code() {
        return new PyBytes(code.code());
    }

    @PyGetter(member = true)
    Object co_linetable() {
        return new PyBytes(code.linetable());
    }

    @PyGetter(member = true)
    Object co_exceptiontable() {
        return new PyBytes(code.exceptiontable());
    }

    /**
     * {@code ==} as CPython's {@code code_richcompare}: the same name, argument counts, flags,
     * first line, bytecode, constants (by kind and value: {@code 0.0} is not {@code -0.0}, nor
     * {@code 1} {@code True}), names, variable names, line table and exception table; the file
     * name does not count.
     */
    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof PyCode o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(other == this || same(code, o.code));
    }

    @PyMethod
    Object __ne__(Object other) {
        if (!(other instanceof PyCode o)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        return PyBool.of(other != this && !same(code, o.code));
    }

    @PyMethod
    long __hash__() {
        long h = java.util.Objects.hash(code.name(), code.argcount(), code.posonlyargcount(), code.kwonlyargcount(),
                code.flags(), code.firstlineno(), java.util.Arrays.hashCode(code.code()), code.names(),
                code.localsplusnames(), code.consts().size());
        return h == -1 ? -2 : h;
    }

    private static boolean same(dev.kaa.bytecode.CodeObject a, dev.kaa.bytecode.CodeObject b) {
        if (!a.name().equals(b.name()) || a.argcount() != b.argcount() || a.posonlyargcount() != b.posonlyargcount()
                || a.kwonlyargcount() != b.kwonlyargcount() || a.flags() != b.flags()
                || a.firstlineno() != b.firstlineno() || !java.util.Arrays.equals(a.code(), b.code())
                || !a.names().equals(b.names()) || !a.localsplusnames().equals(b.localsplusnames())
                || !java.util.Arrays.equals(a.linetable(), b.linetable())
                || !java.util.Arrays.equals(a.exceptiontable(), b.exceptiontable())
                || a.consts().size() != b.consts().size()) {
            return false;
        }
        for (int i = 0; i < a.consts().size(); i++) {
            Object x = a.consts().get(i), y = b.consts().get(i);
            boolean eq = x instanceof dev.kaa.bytecode.CodeObject cx && y instanceof dev.kaa.bytecode.CodeObject cy
                    ? same(cx, cy) : java.util.Objects.equals(x, y);
            if (!eq) {
                return false;
            }
        }
        return true;
    }

    /** {@code _varname_from_oparg(oparg)}: the name of local, cell or free variable {@code oparg}, for {@code dis}. */
    @PyMethod
    Object _varname_from_oparg(int oparg) {
        if (oparg < 0 || oparg >= localsplusNames.length) {
            throw PyErr.indexError("tuple index out of range");
        }
        return localsplusNames[oparg];
    }

    @PyMethod
    Object co_lines() {
        PyList out = new PyList();
        for (LineTable.LineRange r : lineTable().lines()) {
            out.append(PyTuple.of(PyInt.of(r.start()), PyInt.of(r.end()),
                    r.line() == null ? PyNone.NONE : PyInt.of(r.line())));
        }
        return Abstract.iter(out);
    }

    @PyMethod
    Object co_positions() {
        PyList out = new PyList();
        for (LineTable.Entry e : lineTable().entries()) {
            PyTuple pos = PyTuple.of(orNone(e.line()), orNone(e.endLine()), orNone(e.col()), orNone(e.endCol()));
            for (int i = e.start(); i < e.end(); i += 2) {
                out.append(pos);
            }
        }
        return Abstract.iter(out);
    }

    private static Object orNone(Integer i) {
        return i == null ? PyNone.NONE : PyInt.of(i);
    }

    /** {@code code.replace(**changes)}: a copy with the named fields changed. */
    @PyMethod
    Object replace(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw > 0) {
            throw PyErr.typeError("replace() takes no positional arguments");
        }
        CodeObject c = code;
        int argc = c.argcount(), posonly = c.posonlyargcount(), kwonly = c.kwonlyargcount(), stack = c.stacksize();
        int fl = c.flags(), first = c.firstlineno();
        byte[] bytecode = c.code(), lt = c.linetable(), et = c.exceptiontable();
        List<Object> consts = c.consts();
        List<String> nms = c.names(), lpn = c.localsplusnames();
        String fn = c.filename(), nm = c.name(), qn = c.qualname();
        for (int i = 0; i < nkw; i++) {
            Object v = args[args.length - nkw + i];
            switch (kwnames[i]) {
                case "co_argcount" -> argc = Abstract.asInt(v);
                case "co_posonlyargcount" -> posonly = Abstract.asInt(v);
                case "co_kwonlyargcount" -> kwonly = Abstract.asInt(v);
                case "co_stacksize" -> stack = Abstract.asInt(v);
                case "co_flags" -> fl = Abstract.asInt(v);
                case "co_firstlineno" -> first = Abstract.asInt(v);
                case "co_code" -> bytecode = bytesArg(v, "co_code");
                case "co_linetable" -> lt = bytesArg(v, "co_linetable");
                case "co_exceptiontable" -> et = bytesArg(v, "co_exceptiontable");
                case "co_filename" -> fn = strArg(v, "co_filename");
                case "co_name" -> nm = strArg(v, "co_name");
                case "co_qualname" -> qn = strArg(v, "co_qualname");
                case "co_consts" -> consts = Constants.toJavaList(v);
                case "co_names" -> nms = strList(v, "co_names");
                case "co_varnames", "co_cellvars", "co_freevars" -> lpn = replaceKind(lpn, kwnames[i], v);
                case "co_nlocals" -> { }
                default -> throw PyErr.typeError("replace() got an unexpected keyword argument '%s'", kwnames[i]);
            }
        }
        return new PyCode(new CodeObject(argc, posonly, kwonly, stack, fl, bytecode, consts, nms, lpn,
                c.localspluskinds(), fn, nm, qn, first, lt, et));
    }

    private List<String> replaceKind(List<String> current, String which, Object v) {
        int kind = switch (which) {
            case "co_varnames" -> CodeObject.CO_FAST_LOCAL;
            case "co_cellvars" -> CodeObject.CO_FAST_CELL;
            default -> CodeObject.CO_FAST_FREE;
        };
        List<String> names = strList(v, which);
        List<String> out = new java.util.ArrayList<>(current);
        int j = 0;
        for (int i = 0; i < out.size(); i++) {
            if ((localsplusKinds[i] & kind) != 0) {
                if (j >= names.size()) {
                    throw PyErr.valueError("code: %s is too small", which);
                }
                out.set(i, names.get(j++));
            }
        }
        if (j != names.size()) {
            throw PyErr.valueError("code: %s has the wrong length", which);
        }
        return out;
    }

    private static byte[] bytesArg(Object v, String name) {
        if (v instanceof PyBytes b) {
            return b.data();
        }
        throw PyErr.typeError("replace() argument '%s' must be bytes, not %T", name, v);
    }

    private static String strArg(Object v, String name) {
        if (v instanceof PyStr str) {
            return str.value();
        }
        throw PyErr.typeError("replace() argument '%s' must be str, not %T", name, v);
    }

    private static List<String> strList(Object v, String name) {
        if (!(v instanceof PyTuple t)) {
            throw PyErr.typeError("replace() argument '%s' must be tuple, not %T", name, v);
        }
        List<String> out = new java.util.ArrayList<>();
        for (Object o : t.items) {
            out.add(strArg(o, name));
        }
        return out;
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<code object " + name + " at " + Abstract.idHex(this) + ", file \"" + filename
                + "\", line " + code.firstlineno() + ">");
    }
}
