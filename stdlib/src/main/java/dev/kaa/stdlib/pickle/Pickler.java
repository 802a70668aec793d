package dev.kaa.stdlib.pickle;

import static dev.kaa.stdlib.pickle.Opcodes.*;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _pickle.Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)}: writes
 * the pickle of an object to {@code file}. The output of one {@code dump} collects in a
 * {@link PickleOutput} and goes to {@code file.write} frame by frame (protocol 4 and later) or
 * at the end; payloads of 64 KiB and more are written by themselves, outside frames.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class Pickler extends ExtensionObject {
    static volatile PythonType type;

    /** Nesting depth past which {@link #save} raises RecursionError instead of overflowing Java's stack. */
    private static final int MAX_DEPTH = 5000;
    /** In fast mode, containers nested deeper than this are checked for cycles. */
    private static final int FAST_NESTING_LIMIT = 50;

    private boolean initialized;
    private Object write;
    private int proto;
    private boolean bin;
    private boolean fast;
    private boolean fixImports;
    private Object bufferCallback;
    private Object dispatchTable;
    private PickleOutput out;
    private Builtins types;

    /** Each memoized object (by identity) with its memo index. */
    private final Map<Object, Integer> memo = new IdentityHashMap<>();
    private int depth;
    private int fastNesting;
    private Map<Object, Object> fastMemo;

    // Per-dump: the hooks found on this pickler (null when absent).
    private Object persistentId;
    private Object reducerOverride;
    private Object table;

    private Pickler(PythonType type) {
        super(type);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        return new Pickler(cls);
    }

    @PyMethod(positionalOnly = 0)
    void __init__(Object file, @Opt("None") Object protocol, @Opt("True") boolean fix_imports,
            @Opt("None") Object buffer_callback) {
        setProtocol(protocol, fix_imports);
        if (buffer_callback != Py.none() && proto < 5) {
            throw Py.valueError("buffer_callback needs protocol >= 5");
        }
        bufferCallback = buffer_callback;
        write = optionalAttr(file, "write");
        if (write == null) {
            throw Py.typeError("file must have a 'write' attribute");
        }
        types = Builtins.get();
        out = new PickleOutput();
        memo.clear();
        fast = false;
        dispatchTable = null;
        // A subclass may carry a dispatch_table class attribute, which shadows the member.
        if (Py.typeOf(this) != type && Py.hasAttr(this, "dispatch_table")) {
            dispatchTable = Py.getAttr(this, "dispatch_table");
        }
        initialized = true;
    }

    /** Made by {@code dumps}: output collects in memory. */
    static Pickler forBytes(Object protocol, boolean fixImports, Object bufferCallback) {
        Pickler p = new Pickler(type);
        p.setProtocol(protocol, fixImports);
        if (bufferCallback != Py.none() && p.proto < 5) {
            throw Py.valueError("buffer_callback needs protocol >= 5");
        }
        p.bufferCallback = bufferCallback;
        p.types = Builtins.get();
        p.out = new PickleOutput();
        p.initialized = true;
        return p;
    }

    private void setProtocol(Object protocol, boolean fixImports) {
        long p = protocol == Py.none() ? DEFAULT_PROTOCOL : Py.asLong(protocol);
        if (p < 0) {
            p = HIGHEST_PROTOCOL;
        } else if (p > HIGHEST_PROTOCOL) {
            throw Py.valueError("pickle protocol must be <= " + HIGHEST_PROTOCOL);
        }
        proto = (int) p;
        bin = proto >= 1;
        this.fixImports = fixImports && proto < 3;
    }

    // ---- Python attributes --------------------------------------------------------------------

    @PyMethod(doc = "Write a pickled representation of the given object to the open file.")
    void dump(Object obj) {
        if (!initialized) {
            throw Py.error(PickleModule.picklingError,
                    "Pickler.__init__() was not called by " + Py.typeOf(this).name() + ".__init__()");
        }
        out.reset(write);
        dumpToOutput(obj);
        out.flush();
    }

    /** {@code dumps}: the pickle as bytes. */
    byte[] dumpToBytes(Object obj) {
        out.reset(null);
        dumpToOutput(obj);
        return out.toByteArray();
    }

    private void dumpToOutput(Object obj) {
        findHooks();
        depth = 0;
        fastNesting = 0;
        fastMemo = null;
        if (proto >= 2) {
            out.write(PROTO);
            out.write((byte) proto);
            if (proto >= 4) {
                out.startFraming();
            }
        }
        save(obj, true);
        out.write(STOP);
        out.endFraming();
    }

    private void findHooks() {
        PythonType t = Py.typeOf(this);
        persistentId = null;
        reducerOverride = null;
        if (t != type) {
            Object pid = Py.getAttr(this, "persistent_id");
            Object base = Py.getAttr(type, "persistent_id");
            if (!(Py.hasAttr(pid, "__func__") && Py.getAttr(pid, "__func__") == base)) {
                persistentId = pid;
            }
            if (Py.hasAttr(this, "reducer_override")) {
                reducerOverride = Py.getAttr(this, "reducer_override");
            }
        }
        Object dt = t == type ? dispatchTable : (Py.hasAttr(this, "dispatch_table") ? Py.getAttr(this, "dispatch_table") : null);
        table = dt != null ? dt : Py.getAttr(Py.importModule("copyreg"), "dispatch_table");
    }

    @PyMethod(doc = "Return the persistent id of obj, or None to pickle obj itself; a subclass overrides it.")
    Object persistent_id(Object obj) {
        return Py.none();
    }

    @PyMethod(doc = "Clears the pickler's \"memo\".")
    void clear_memo() {
        memo.clear();
    }

    @PyMethod
    long __sizeof__() {
        return 64 + memo.size() * 24L + (out == null ? 0 : out.capacity());
    }

    @PyGetter(member = true)
    Object bin() {
        return Py.integer(bin ? 1 : 0);
    }

    @PyGetter(member = true)
    Object fast() {
        return Py.integer(fast ? 1 : 0);
    }

    @PySetter("fast")
    void setFast(Object value) {
        if (value == null) {
            throw Py.error(Py.builtinType("AttributeError"), "attribute deletion is not supported");
        }
        fast = Py.isTrue(value);
    }

    @PyGetter(member = true)
    Object dispatch_table() {
        if (dispatchTable == null) {
            throw Py.error(Py.builtinType("AttributeError"), "dispatch_table");
        }
        return dispatchTable;
    }

    @PySetter("dispatch_table")
    void setDispatchTable(Object value) {
        dispatchTable = value;
    }

    @PyGetter
    Object memo() {
        return new PicklerMemoProxy(this);
    }

    @PySetter("memo")
    void setMemo(Object value) {
        if (value == null) {
            throw Py.typeError("attribute deletion is not supported");
        }
        Map<Object, Integer> fresh = new IdentityHashMap<>();
        if (value instanceof PicklerMemoProxy proxy) {
            fresh.putAll(proxy.pickler().memo);
        } else if (Py.isInstance(value, Py.builtinType("dict"))) {
            for (Object v : Py.iterate(Py.callMethod(value, "values"))) {
                if (!Py.isInstance(v, Py.builtinType("tuple")) || Py.len(v) != 2) {
                    throw Py.typeError("'memo' values must be 2-item tuples");
                }
                long index = Py.asLong(Py.getItem(v, Py.integer(0)));
                fresh.put(Py.getItem(v, Py.integer(1)), (int) index);
            }
        } else {
            throw Py.typeError("'memo' attribute must be a PicklerMemoProxy object or dict, not "
                    + Py.typeOf(value).name());
        }
        memo.clear();
        memo.putAll(fresh);
    }

    /** The memo as {@code PicklerMemoProxy.copy()} shows it: {@code {id(obj): (index, obj)}}. */
    Object memoCopy() {
        Object d = Py.dict();
        Object id = Py.getAttr(Py.importModule("builtins"), "id");
        for (Map.Entry<Object, Integer> e : memo.entrySet()) {
            Py.setItem(d, Py.call(id, e.getKey()), Py.tuple(Py.integer(e.getValue()), e.getKey()));
        }
        return d;
    }

    void clearMemo() {
        memo.clear();
    }

    // ---- saving -------------------------------------------------------------------------------

    private void save(Object obj, boolean withPersistentId) {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw Py.error(Py.builtinType("RecursionError"), "maximum recursion depth exceeded while pickling an object");
        }
        try {
            saveUnchecked(obj, withPersistentId);
        } catch (StackOverflowError e) {
            throw Py.error(Py.builtinType("RecursionError"), "maximum recursion depth exceeded while pickling an object");
        } finally {
            depth--;
        }
    }

    private void saveUnchecked(Object obj, boolean withPersistentId) {
        out.commitFrame(false);
        if (withPersistentId && persistentId != null) {
            Object pid = Py.call(persistentId, obj);
            if (pid != Py.none()) {
                savePersistentId(pid);
                return;
            }
        }
        PythonType t = Py.typeOf(obj);
        Builtins b = types;
        if (obj == Py.none()) {
            out.write(NONE);
            return;
        } else if (t == b.bool) {
            saveBool(Py.isTrue(obj));
            return;
        } else if (t == b.int_) {
            saveInt(obj);
            return;
        } else if (t == b.float_) {
            saveFloat(obj);
            return;
        }
        Integer index = memo.get(obj);
        if (index != null) {
            writeGet(index);
            return;
        }
        if (t == b.bytes) {
            saveBytes(obj);
            return;
        } else if (t == b.str) {
            saveStr(obj);
            return;
        }
        Object rv = null;
        if (reducerOverride != null) {
            rv = Py.call(reducerOverride, obj);
            if (rv == Py.notImplemented()) {
                rv = null;
            } else {
                saveReduceValue(obj, rv);
                return;
            }
        }
        if (t == b.dict) {
            saveDict(obj);
        } else if (t == b.set) {
            saveSet(obj);
        } else if (t == b.frozenset) {
            saveFrozenset(obj);
        } else if (t == b.list) {
            saveList(obj);
        } else if (t == b.tuple) {
            saveTuple(obj);
        } else if (t == b.bytearray) {
            saveBytearray(obj);
        } else if (t == b.type) {
            saveType(obj);
        } else if (t == b.function) {
            saveGlobal(obj, null);
        } else {
            saveByReduce(obj, t);
        }
    }

    private void saveByReduce(Object obj, PythonType t) {
        Object reducer = table == null ? null : lookup(table, t);
        Object rv;
        if (reducer != null) {
            rv = Py.call(reducer, obj);
        } else if (t.isSubtypeOf(types.type)) {
            saveGlobal(obj, null);
            return;
        } else if (Py.hasAttr(obj, "__reduce_ex__")) {
            rv = Py.callMethod(obj, "__reduce_ex__", Py.integer(proto));
        } else if (Py.hasAttr(obj, "__reduce__")) {
            rv = Py.callMethod(obj, "__reduce__");
        } else {
            throw Py.error(PickleModule.picklingError, "can't pickle '" + t.name() + "' object: " + Py.repr(obj));
        }
        saveReduceValue(obj, rv);
    }

    /** {@code mapping[key]}, or null for a KeyError: a None found there is returned (and fails as a call). */
    private Object lookup(Object mapping, Object key) {
        if (Py.typeOf(mapping) == types.dict) {
            // Most objects have no entry: dict.get with a marker spares making a KeyError each time.
            Object marker = types.marker;
            Object v = Py.callMethod(mapping, "get", key, marker);
            return v == marker ? null : v;
        }
        try {
            return Py.getItem(mapping, key);
        } catch (PythonException e) {
            if (!e.matches(Py.builtinType("KeyError"))) {
                throw e;
            }
            return null;
        }
    }

    private static Object dictGet(Object mapping, Object key) {
        Object v = Py.callMethod(mapping, "get", key);
        return v == Py.none() ? null : v;
    }

    private void saveReduceValue(Object obj, Object rv) {
        if (Py.isInstance(rv, types.str)) {
            saveGlobal(obj, rv);
            return;
        }
        if (!Py.isInstance(rv, types.tuple)) {
            throw Py.error(PickleModule.picklingError, "__reduce__ must return a string or tuple");
        }
        Object[] items = toArray(rv);
        if (items.length < 2 || items.length > 6) {
            throw Py.error(PickleModule.picklingError, "tuple returned by __reduce__ must contain 2 through 6 elements");
        }
        Object[] full = new Object[6];
        for (int i = 0; i < 6; i++) {
            full[i] = i < items.length ? items[i] : Py.none();
        }
        saveReduce(full[0], full[1], full[2], full[3], full[4], full[5], obj);
    }

    private void saveReduce(Object func, Object args, Object state, Object listItems, Object dictItems,
            Object stateSetter, Object obj) {
        Object none = Py.none();
        if (!Py.isInstance(args, types.tuple)) {
            throw picklingError("second item of the tuple returned by __reduce__ must be a tuple");
        }
        if (!isCallable(func)) {
            throw picklingError("first item of the tuple returned by __reduce__ must be callable");
        }
        if (listItems != none && !Py.hasAttr(listItems, "__next__")) {
            throw picklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not "
                    + Py.typeOf(listItems).name());
        }
        if (dictItems != none && !Py.hasAttr(dictItems, "__next__")) {
            throw picklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not "
                    + Py.typeOf(dictItems).name());
        }
        if (stateSetter != none && !isCallable(stateSetter)) {
            throw picklingError("sixth element of the tuple returned by __reduce__ must be a function, not "
                    + Py.typeOf(stateSetter).name());
        }
        String funcName = Py.hasAttr(func, "__name__") ? nameOf(func) : "";
        Object[] argv = toArray(args);
        if (proto >= 2 && funcName.equals("__newobj_ex__")) {
            saveNewobjEx(argv, obj);
        } else if (proto >= 2 && funcName.equals("__newobj__")) {
            if (argv.length == 0) {
                throw picklingError("__newobj__ arglist is empty");
            }
            Object cls = argv[0];
            if (!Py.isInstance(cls, types.type)) {
                throw picklingError("args[0] from __newobj__ args is not a type");
            }
            if (obj != none && cls != Py.getAttr(obj, "__class__")) {
                throw picklingError("args[0] from __newobj__ args has the wrong class");
            }
            save(cls, true);
            Object[] rest = new Object[argv.length - 1];
            System.arraycopy(argv, 1, rest, 0, rest.length);
            save(Py.tuple(rest), true);
            out.write(NEWOBJ);
        } else {
            save(func, true);
            save(args, true);
            out.write(REDUCE);
        }
        if (obj != none) {
            Integer index = memo.get(obj);
            if (index != null) {
                out.write(POP);
                writeGet(index);
            } else {
                memoize(obj);
            }
        }
        if (listItems != none) {
            batchAppends(listItems);
        }
        if (dictItems != none) {
            batchSetItems(dictItems);
        }
        if (state != none) {
            if (stateSetter == none) {
                save(state, true);
                out.write(BUILD);
            } else {
                save(stateSetter, true);
                save(obj, true);
                save(state, true);
                out.write(TUPLE2);
                out.write(REDUCE);
                out.write(POP);
            }
        }
    }

    private void saveNewobjEx(Object[] argv, Object obj) {
        if (argv.length != 3) {
            throw picklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not " + argv.length);
        }
        Object cls = argv[0], args = argv[1], kwargs = argv[2];
        if (!Py.isInstance(cls, types.type)) {
            throw picklingError("first item from NEWOBJ_EX argument tuple must be a class, not " + Py.typeOf(cls).name());
        }
        if (obj != Py.none() && cls != Py.getAttr(obj, "__class__")) {
            throw picklingError("first item from NEWOBJ_EX argument tuple must be a class, not " + Py.typeOf(cls).name());
        }
        if (!Py.isInstance(args, types.tuple)) {
            throw picklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not " + Py.typeOf(args).name());
        }
        if (!Py.isInstance(kwargs, types.dict)) {
            throw picklingError("third item from NEWOBJ_EX argument tuple must be a dict, not " + Py.typeOf(kwargs).name());
        }
        if (proto >= 4) {
            save(cls, true);
            save(args, true);
            save(kwargs, true);
            out.write(NEWOBJ_EX);
        } else {
            Object partial = Py.getAttr(Py.importModule("functools"), "partial");
            Object[] pargs = new Object[2 + (int) Py.len(args)];
            pargs[0] = Py.getAttr(cls, "__new__");
            pargs[1] = cls;
            Object[] a = toArray(args);
            System.arraycopy(a, 0, pargs, 2, a.length);
            Object p = Py.call(partial, pargs);
            // partial's keywords go in through its __setstate__, the only keyword-free way in.
            Py.callMethod(p, "__setstate__", Py.tuple(Py.getAttr(p, "func"), Py.getAttr(p, "args"),
                    Py.callMethod(kwargs, "copy"), Py.none()));
            save(p, true);
            save(Py.tuple(), true);
            out.write(REDUCE);
        }
    }

    /** {@code o.name}, or null where that raises AttributeError (other errors propagate). */
    static Object optionalAttr(Object o, String name) {
        try {
            return Py.getAttr(o, name);
        } catch (PythonException e) {
            if (!e.matches(Py.builtinType("AttributeError"))) {
                throw e;
            }
            return null;
        }
    }

    private static boolean isCallable(Object o) {
        return Py.isTrue(Py.call(Py.getAttr(Py.importModule("builtins"), "callable"), o));
    }

    private static String nameOf(Object o) {
        Object n = Py.getAttr(o, "__name__");
        return Py.isInstance(n, Py.builtinType("str")) ? Py.asString(n) : "";
    }

    private PythonException picklingError(String message) {
        return Py.error(PickleModule.picklingError, message);
    }

    /** The items of an exact tuple, by index (cheaper than iterating). */
    private static Object[] tupleItems(Object tuple) {
        int n = (int) Py.len(tuple);
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = Py.getItem(tuple, Py.integer(i));
        }
        return items;
    }

    static Object[] toArray(Object iterable) {
        List<Object> items = new ArrayList<>();
        for (Object x : Py.iterate(iterable)) {
            items.add(x);
        }
        return items.toArray();
    }

    private void savePersistentId(Object pid) {
        if (bin) {
            save(pid, false);
            out.write(BINPERSID);
        } else {
            String s = Py.isInstance(pid, types.str) ? Py.asString(pid) : null;
            if (s == null || !isAscii(s)) {
                throw picklingError("persistent IDs in protocol 0 must be ASCII strings");
            }
            out.write(PERSID);
            out.writeAscii(s);
            out.write((byte) '\n');
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private void memoize(Object obj) {
        if (fast) {
            return;
        }
        int index = memo.size();
        memo.put(obj, index);
        if (proto >= 4) {
            out.write(MEMOIZE);
        } else if (bin) {
            if (index < 256) {
                out.write(BINPUT);
                out.write((byte) index);
            } else {
                out.write(LONG_BINPUT);
                out.writeInt32(index);
            }
        } else {
            out.write(PUT);
            out.writeAscii(Integer.toString(index));
            out.write((byte) '\n');
        }
    }

    private void writeGet(int index) {
        if (bin) {
            if (index < 256) {
                out.write(BINGET);
                out.write((byte) index);
            } else {
                out.write(LONG_BINGET);
                out.writeInt32(index);
            }
        } else {
            out.write(GET);
            out.writeAscii(Integer.toString(index));
            out.write((byte) '\n');
        }
    }

    // ---- atoms --------------------------------------------------------------------------------

    private void saveBool(boolean value) {
        if (proto >= 2) {
            out.write(value ? NEWTRUE : NEWFALSE);
        } else {
            out.writeAscii(value ? "I01\n" : "I00\n");
        }
    }

    private void saveInt(Object obj) {
        java.math.BigInteger big = Py.asBigInteger(obj);
        if (big.bitLength() < 32) {
            int v = big.intValue();
            if (bin) {
                if (v >= 0 && v <= 0xff) {
                    out.write(BININT1);
                    out.write((byte) v);
                } else if (v >= 0 && v <= 0xffff) {
                    out.write(BININT2);
                    out.write((byte) v);
                    out.write((byte) (v >> 8));
                } else {
                    out.write(BININT);
                    out.writeInt32(v);
                }
                return;
            }
        }
        if (proto >= 2) {
            byte[] be = big.signum() == 0 ? new byte[0] : big.toByteArray();
            int n = be.length;
            if (n < 256) {
                out.write(LONG1);
                out.write((byte) n);
            } else {
                out.write(LONG4);
                out.writeInt32(n);
            }
            for (int i = n - 1; i >= 0; i--) {
                out.write(be[i]);
            }
        } else if (big.bitLength() < 32) {
            out.write(INT);
            out.writeAscii(big.toString());
            out.write((byte) '\n');
        } else {
            out.write(LONG);
            out.writeAscii(big.toString());
            out.writeAscii("L\n");
        }
    }

    private void saveFloat(Object obj) {
        if (bin) {
            out.write(BINFLOAT);
            long bits = Double.doubleToRawLongBits(Py.asDouble(obj));
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((byte) (bits >>> shift));
            }
        } else {
            out.write(FLOAT);
            out.writeAscii(Py.repr(obj));
            out.write((byte) '\n');
        }
    }

    private void saveBytes(Object obj) {
        if (proto < 3) {
            if (Py.len(obj) == 0) {
                saveReduce(types.bytes, Py.tuple(), Py.none(), Py.none(), Py.none(), Py.none(), obj);
            } else {
                Object codecsEncode = Py.getAttr(Py.importModule("codecs"), "encode");
                Object latin1 = Py.callMethod(obj, "decode", Py.str("latin1"));
                saveReduce(codecsEncode, Py.tuple(latin1, Py.str("latin1")), Py.none(), Py.none(), Py.none(),
                        Py.none(), obj);
            }
            return;
        }
        byte[] data = Py.asBytes(obj);
        int n = data.length;
        if (n <= 0xff) {
            out.write(SHORT_BINBYTES);
            out.write((byte) n);
            out.write(data);
        } else {
            byte[] header = header(BINBYTES, n, 4);
            if (n >= FRAME_SIZE_TARGET) {
                out.writeLarge(header, data, obj);
            } else {
                out.write(header);
                out.write(data);
            }
        }
        memoize(obj);
    }

    private void saveBytearray(Object obj) {
        if (proto < 5) {
            Object args = Py.len(obj) == 0 ? Py.tuple() : Py.tuple(Py.call(types.bytes, obj));
            saveReduce(types.bytearray, args, Py.none(), Py.none(), Py.none(), Py.none(), obj);
            return;
        }
        byte[] data = Py.asBytes(obj);
        byte[] header = header(BYTEARRAY8, data.length, 8);
        if (data.length >= FRAME_SIZE_TARGET) {
            out.writeLarge(header, data, null);
        } else {
            out.write(header);
            out.write(data);
        }
        memoize(obj);
    }

    private static byte[] header(byte opcode, long n, int width) {
        byte[] h = new byte[1 + width];
        h[0] = opcode;
        for (int i = 0; i < width; i++) {
            h[1 + i] = (byte) (n >>> (8 * i));
        }
        return h;
    }

    private void saveStr(Object obj) {
        String s = Py.asString(obj);
        if (bin) {
            byte[] data = Text.utf8(obj, s);
            int n = data.length;
            if (n <= 0xff && proto >= 4) {
                out.write(SHORT_BINUNICODE);
                out.write((byte) n);
                out.write(data);
            } else {
                byte[] header = header(BINUNICODE, n, 4);
                if (n >= FRAME_SIZE_TARGET) {
                    out.writeLarge(header, data, null);
                } else {
                    out.write(header);
                    out.write(data);
                }
            }
        } else {
            out.write(UNICODE);
            out.write(Text.rawUnicodeEscape(s));
            out.write((byte) '\n');
        }
        memoize(obj);
    }

    // ---- containers ---------------------------------------------------------------------------

    private void saveTuple(Object obj) {
        Object[] items = tupleItems(obj);
        int n = items.length;
        if (n == 0) {
            if (bin) {
                out.write(EMPTY_TUPLE);
            } else {
                out.write(MARK);
                out.write(TUPLE);
            }
            return;
        }
        fastEnter(obj);
        try {
            if (n <= 3 && proto >= 2) {
                for (Object x : items) {
                    save(x, true);
                }
                Integer index = memo.get(obj);
                if (index != null) {
                    for (int i = 0; i < n; i++) {
                        out.write(POP);
                    }
                    writeGet(index);
                    return;
                }
                out.write(n == 1 ? TUPLE1 : n == 2 ? TUPLE2 : TUPLE3);
                memoize(obj);
                return;
            }
            out.write(MARK);
            for (Object x : items) {
                save(x, true);
            }
            Integer index = memo.get(obj);
            if (index != null) {
                // The tuple is recursive: its items pickled it already; drop them, fetch it.
                if (bin) {
                    out.write(POP_MARK);
                } else {
                    for (int i = 0; i <= n; i++) {
                        out.write(POP);
                    }
                }
                writeGet(index);
                return;
            }
            out.write(TUPLE);
            memoize(obj);
        } finally {
            fastLeave(obj);
        }
    }

    private void saveList(Object obj) {
        fastEnter(obj);
        try {
            if (bin) {
                out.write(EMPTY_LIST);
            } else {
                out.write(MARK);
                out.write(LIST);
            }
            memoize(obj);
            batchAppends(Py.callMethod(obj, "__iter__"));
        } finally {
            fastLeave(obj);
        }
    }

    private void batchAppends(Object iterator) {
        if (!bin) {
            for (Object x : Py.iterate(iterator)) {
                save(x, true);
                out.write(APPEND);
            }
            return;
        }
        List<Object> batch = new ArrayList<>();
        for (Object x : Py.iterate(iterator)) {
            batch.add(x);
            if (batch.size() == BATCH_SIZE) {
                writeAppends(batch);
            }
        }
        writeAppends(batch);
    }

    private void writeAppends(List<Object> batch) {
        if (batch.size() == 1) {
            save(batch.get(0), true);
            out.write(APPEND);
        } else if (batch.size() > 1) {
            out.write(MARK);
            for (Object x : batch) {
                save(x, true);
            }
            out.write(APPENDS);
        }
        batch.clear();
    }

    private void saveDict(Object obj) {
        fastEnter(obj);
        try {
            if (bin) {
                out.write(EMPTY_DICT);
            } else {
                out.write(MARK);
                out.write(DICT);
            }
            memoize(obj);
            batchSetItems(Py.callMethod(Py.callMethod(obj, "items"), "__iter__"));
        } finally {
            fastLeave(obj);
        }
    }

    private void batchSetItems(Object iterator) {
        if (!bin) {
            for (Object pair : Py.iterate(iterator)) {
                Object[] kv = pairOf(pair);
                save(kv[0], true);
                save(kv[1], true);
                out.write(SETITEM);
            }
            return;
        }
        List<Object[]> batch = new ArrayList<>();
        for (Object pair : Py.iterate(iterator)) {
            batch.add(pairOf(pair));
            if (batch.size() == BATCH_SIZE) {
                writeSetItems(batch);
            }
        }
        writeSetItems(batch);
    }

    private Object[] pairOf(Object pair) {
        if (!Py.isInstance(pair, types.tuple) || Py.len(pair) != 2) {
            throw Py.typeError("dict items iterator must return 2-tuples");
        }
        return new Object[] {Py.getItem(pair, Py.integer(0)), Py.getItem(pair, Py.integer(1))};
    }

    private void writeSetItems(List<Object[]> batch) {
        if (batch.size() == 1) {
            save(batch.get(0)[0], true);
            save(batch.get(0)[1], true);
            out.write(SETITEM);
        } else if (batch.size() > 1) {
            out.write(MARK);
            for (Object[] kv : batch) {
                save(kv[0], true);
                save(kv[1], true);
            }
            out.write(SETITEMS);
        }
        batch.clear();
    }

    private void saveSet(Object obj) {
        if (proto < 4) {
            saveReduce(types.set, Py.tuple(Py.call(types.list, obj)), Py.none(), Py.none(), Py.none(), Py.none(), obj);
            return;
        }
        out.write(EMPTY_SET);
        memoize(obj);
        List<Object> batch = new ArrayList<>();
        long size = Py.len(obj);
        for (Object x : Py.iterate(obj)) {
            batch.add(x);
            if (batch.size() == BATCH_SIZE) {
                writeAddItems(batch);
            }
        }
        writeAddItems(batch);
        if (Py.len(obj) != size) {
            throw Py.runtimeError("set changed size during iteration");
        }
    }

    private void writeAddItems(List<Object> batch) {
        if (batch.isEmpty()) {
            return;
        }
        out.write(MARK);
        for (Object x : batch) {
            save(x, true);
        }
        out.write(ADDITEMS);
        batch.clear();
    }

    private void saveFrozenset(Object obj) {
        if (proto < 4) {
            saveReduce(types.frozenset, Py.tuple(Py.call(types.list, obj)), Py.none(), Py.none(), Py.none(),
                    Py.none(), obj);
            return;
        }
        out.write(MARK);
        for (Object x : Py.iterate(obj)) {
            save(x, true);
        }
        Integer index = memo.get(obj);
        if (index != null) {
            out.write(POP_MARK);
            writeGet(index);
            return;
        }
        out.write(FROZENSET);
        memoize(obj);
    }

    private void fastEnter(Object obj) {
        if (!fast) {
            return;
        }
        if (++fastNesting > FAST_NESTING_LIMIT) {
            if (fastMemo == null) {
                fastMemo = new IdentityHashMap<>();
            }
            if (fastMemo.containsKey(obj)) {
                fastNesting = 0;
                fastMemo = null;
                Object id = Py.call(Py.getAttr(Py.importModule("builtins"), "id"), obj);
                throw Py.valueError("fast mode: can't pickle cyclic objects including object type "
                        + Py.typeOf(obj).name() + " at 0x" + Py.asBigInteger(id).toString(16));
            }
            fastMemo.put(obj, obj);
        }
    }

    private void fastLeave(Object obj) {
        if (!fast) {
            return;
        }
        if (fastNesting-- > FAST_NESTING_LIMIT && fastMemo != null) {
            fastMemo.remove(obj);
        }
    }

    // ---- globals ------------------------------------------------------------------------------

    private void saveType(Object obj) {
        Builtins b = types;
        if (obj == b.noneType) {
            saveReduce(b.type, Py.tuple(Py.none()), Py.none(), Py.none(), Py.none(), Py.none(), obj);
        } else if (obj == Py.typeOf(Py.notImplemented())) {
            saveReduce(b.type, Py.tuple(Py.notImplemented()), Py.none(), Py.none(), Py.none(), Py.none(), obj);
        } else if (obj == b.ellipsisType) {
            saveReduce(b.type, Py.tuple(b.ellipsis), Py.none(), Py.none(), Py.none(), Py.none(), obj);
        } else {
            saveGlobal(obj, null);
        }
    }

    private void saveGlobal(Object obj, Object nameObj) {
        if (nameObj == null) {
            nameObj = Py.hasAttr(obj, "__qualname__") ? Py.getAttr(obj, "__qualname__") : Py.getAttr(obj, "__name__");
        }
        Object moduleName = Globals.whichModule(obj, nameObj);
        String name = Py.asString(nameObj);
        String module = Py.asString(moduleName);
        Object mod;
        try {
            mod = Globals.importModule(moduleName);
        } catch (PythonException e) {
            throw picklingError("Can't pickle " + Py.repr(obj) + ": import of module " + Py.repr(moduleName)
                    + " failed");
        }
        Object[] found;
        try {
            found = Globals.getAttribute(mod, name);
        } catch (PythonException e) {
            if (!e.matches(Py.builtinType("AttributeError"))) {
                throw e;
            }
            if (name.contains("<locals>")) {
                throw e;
            }
            throw picklingError("Can't pickle " + Py.repr(obj) + ": attribute lookup " + name + " on " + module
                    + " failed");
        }
        if (found[0] != obj) {
            throw picklingError("Can't pickle " + Py.repr(obj) + ": it's not the same object as " + module + "."
                    + name);
        }
        Object parent = found[1];
        if (proto >= 2) {
            Object registry = Py.getAttr(Py.importModule("copyreg"), "_extension_registry");
            Object code = dictGet(registry, Py.tuple(moduleName, nameObj));
            if (code != null) {
                saveExtension(Py.asLong(code));
                return;
            }
        }
        String lastName = name.substring(name.lastIndexOf('.') + 1);
        if (parent == mod) {
            name = lastName;
        }
        if (proto >= 4) {
            save(moduleName, true);
            save(Py.str(name), true);
            out.write(STACK_GLOBAL);
        } else if (name.indexOf('.') >= 0) {
            // Protocols before 4 name a nested object as getattr(getattr(top, a), b) ...
            String[] path = name.split("\\.", -1);
            Object getattr = Py.getAttr(Py.importModule("builtins"), "getattr");
            for (int i = 1; i < path.length; i++) {
                save(getattr, true);
                if (proto < 2) {
                    out.write(MARK);
                }
            }
            saveTopLevel(module, path[0]);
            for (int i = 1; i < path.length; i++) {
                save(Py.str(path[i]), true);
                out.write(proto < 2 ? TUPLE : TUPLE2);
                out.write(REDUCE);
            }
        } else {
            saveTopLevel(module, name);
        }
        memoize(obj);
    }

    /** GLOBAL module name: UTF-8 from protocol 3, ASCII (maybe renamed for Python 2) before. */
    private void saveTopLevel(String module, String name) {
        if (proto >= 3) {
            out.write(GLOBAL);
            out.write(Text.utf8Strict(module));
            out.write((byte) '\n');
            out.write(Text.utf8Strict(name));
            out.write((byte) '\n');
            return;
        }
        if (fixImports) {
            String[] mapped = Globals.reverseMapping(module, name);
            module = mapped[0];
            name = mapped[1];
        }
        if (!isAscii(module) || !isAscii(name)) {
            throw picklingError("can't pickle global identifier '" + module + "." + name + "' using pickle protocol "
                    + proto);
        }
        out.write(GLOBAL);
        out.writeAscii(module);
        out.write((byte) '\n');
        out.writeAscii(name);
        out.write((byte) '\n');
    }

    private void saveExtension(long code) {
        if (code <= 0xff) {
            out.write(EXT1);
            out.write((byte) code);
        } else if (code <= 0xffff) {
            out.write(EXT2);
            out.write((byte) code);
            out.write((byte) (code >> 8));
        } else {
            out.write(EXT4);
            out.writeInt32((int) code);
        }
    }
}
