package dev.kaa.stdlib.pickle;

import static dev.kaa.stdlib.pickle.Opcodes.*;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.KwOnly;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _pickle.Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict',
 * buffers=None)}: reads a pickle back, one opcode at a time, on a stack with marks. The memo
 * lasts from one {@code load} to the next, as CPython's does.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class Unpickler extends ExtensionObject {
    static volatile PythonType type;

    private UnpicklerInput in;
    private boolean fixImports;
    private String encoding;
    private String errors;
    private Object buffers;
    private int proto;
    private Builtins types;

    private final List<Object> stack = new ArrayList<>();
    private int[] marks = new int[8];
    private int markCount;
    private final Map<Long, Object> memo = new HashMap<>();

    private Unpickler(PythonType type) {
        super(type);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        return new Unpickler(cls);
    }

    @PyMethod(positionalOnly = 0)
    void __init__(Object file, @KwOnly @Opt("True") boolean fix_imports, @Opt("'ASCII'") String encoding,
            @Opt("'strict'") String errors, @Opt Object buffers) {
        in = UnpicklerInput.ofFile(file);
        configure(fix_imports, encoding, errors, buffers);
    }

    /** Made by {@code loads}. */
    static Unpickler forBytes(byte[] data, boolean fixImports, String encoding, String errors, Object buffers) {
        Unpickler u = new Unpickler(type);
        u.in = UnpicklerInput.ofBytes(data);
        u.configure(fixImports, encoding, errors, buffers);
        return u;
    }

    private void configure(boolean fixImports, String encoding, String errors, Object buffers) {
        this.fixImports = fixImports;
        this.encoding = encoding;
        this.errors = errors;
        this.buffers = buffers == null || buffers == Py.none() ? null : Py.callMethod(buffers, "__iter__");
        this.types = Builtins.get();
        this.memo.clear();
        this.proto = 0;
    }

    // ---- Python attributes --------------------------------------------------------------------

    @PyMethod(doc = "Load a pickle.")
    Object load() {
        if (in == null) {
            throw Py.error(PickleModule.unpicklingError,
                    "Unpickler.__init__() was not called by " + Py.typeOf(this).name() + ".__init__()");
        }
        stack.clear();
        markCount = 0;
        proto = 0;
        try {
            return run();
        } catch (StackOverflowError e) {
            throw Py.error(Py.builtinType("RecursionError"), "maximum recursion depth exceeded while unpickling");
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Return an object from a specified module.")
    Object find_class(Object module_name, Object global_name) {
        Object sys = Py.importModule("sys");
        Py.call(Py.getAttr(sys, "audit"), Py.str("pickle.find_class"), module_name, global_name);
        if (proto < 3 && fixImports) {
            Object[] mapped = Globals.mapping(module_name, global_name);
            module_name = mapped[0];
            global_name = mapped[1];
        }
        Object module = Globals.importModule(module_name);
        String name = Py.asString(global_name);
        if (proto >= 4) {
            return Globals.getAttribute(module, name)[0];
        }
        try {
            return Py.getAttr(module, name);
        } catch (PythonException e) {
            if (!e.matches(Py.builtinType("AttributeError"))) {
                throw e;
            }
            throw Py.error(Py.builtinType("AttributeError"),
                    "Can't get attribute '" + name + "' on " + Py.repr(module));
        }
    }

    @PyMethod(doc = "Return the object a persistent id stands for; a subclass overrides it.")
    Object persistent_load(Object pid) {
        throw Py.error(PickleModule.unpicklingError,
                "A load persistent id instruction was encountered, but no persistent_load function was specified.");
    }

    @PyMethod
    long __sizeof__() {
        return 64 + memo.size() * 16L + stack.size() * 8L;
    }

    @PyGetter
    Object memo() {
        return new UnpicklerMemoProxy(this);
    }

    @PySetter("memo")
    void setMemo(Object value) {
        if (value == null) {
            throw Py.typeError("attribute deletion is not supported");
        }
        Map<Long, Object> fresh = new HashMap<>();
        if (value instanceof UnpicklerMemoProxy proxy) {
            fresh.putAll(proxy.unpickler().memo);
        } else if (Py.isInstance(value, Py.builtinType("dict"))) {
            for (Object item : Py.iterate(Py.callMethod(value, "items"))) {
                Object key = Py.getItem(item, Py.integer(0));
                if (!Py.isInstance(key, Py.builtinType("int"))) {
                    throw Py.typeError("memo key must be integers");
                }
                long index = Py.asLong(key);
                if (index < 0) {
                    throw Py.valueError("memo key must be positive integers.");
                }
                fresh.put(index, Py.getItem(item, Py.integer(1)));
            }
        } else {
            throw Py.typeError("'memo' attribute must be an UnpicklerMemoProxy object or dict, not "
                    + Py.typeOf(value).name());
        }
        memo.clear();
        memo.putAll(fresh);
    }

    Object memoCopy() {
        Object d = Py.dict();
        for (Map.Entry<Long, Object> e : memo.entrySet()) {
            Py.setItem(d, Py.integer(e.getKey()), e.getValue());
        }
        return d;
    }

    void clearMemo() {
        memo.clear();
    }

    // ---- the stack ----------------------------------------------------------------------------

    private PythonException error(String message) {
        return Py.error(PickleModule.unpicklingError, message);
    }

    private int fence() {
        return markCount == 0 ? 0 : marks[markCount - 1];
    }

    private PythonException underflow() {
        return error(markCount > 0 ? "unexpected MARK found" : "unpickling stack underflow");
    }

    private void push(Object o) {
        stack.add(o);
    }

    private Object pop() {
        if (stack.size() <= fence()) {
            throw underflow();
        }
        return stack.remove(stack.size() - 1);
    }

    private Object top() {
        if (stack.size() <= fence()) {
            throw underflow();
        }
        return stack.get(stack.size() - 1);
    }

    private void setTop(Object o) {
        stack.set(stack.size() - 1, o);
    }

    private Object[] popMark() {
        if (markCount == 0) {
            throw error("could not find MARK");
        }
        int k = marks[--markCount];
        List<Object> tail = stack.subList(k, stack.size());
        Object[] items = tail.toArray();
        tail.clear();
        return items;
    }

    private void mark() {
        if (markCount == marks.length) {
            marks = Arrays.copyOf(marks, markCount * 2);
        }
        marks[markCount++] = stack.size();
    }

    // ---- the loop -----------------------------------------------------------------------------

    private Object run() {
        while (true) {
            int op = in.opcode();
            if (op < 0) {
                throw Py.error(Py.builtinType("EOFError"), "Ran out of input");
            }
            if (op == (STOP & 0xff)) {
                return pop();
            }
            dispatch((byte) op);
        }
    }

    private void dispatch(byte op) {
        switch (op) {
            case PROTO -> loadProto();
            case FRAME -> in.frame(in.readUnsigned(8));
            case NONE -> push(Py.none());
            case NEWTRUE -> push(Py.bool(true));
            case NEWFALSE -> push(Py.bool(false));
            case INT -> loadInt();
            case BININT -> push(Py.integer((int) in.readUnsigned(4)));
            case BININT1 -> push(Py.integer(in.readByte()));
            case BININT2 -> push(Py.integer(in.readUnsigned(2)));
            case LONG -> loadLong();
            case LONG1 -> push(Py.integer(decodeLong(in.read(in.readByte()))));
            case LONG4 -> loadLong4();
            case FLOAT -> push(Py.call(types.float_, Py.str(line())));
            case BINFLOAT -> push(Py.floating(Double.longBitsToDouble(bigEndianLong(in.read(8)))));
            case STRING -> loadString();
            case BINSTRING -> loadBinString();
            case SHORT_BINSTRING -> push(decodeString(in.read(in.readByte())));
            case UNICODE -> push(Py.callMethod(Py.bytes(lineBytesMaybeEmpty()), "decode", Py.str("raw-unicode-escape")));
            case BINUNICODE -> push(Text.decodeUtf8(in.read(in.readUnsigned(4))));
            case BINUNICODE8 -> push(Text.decodeUtf8(in.read(size8("BINUNICODE"))));
            case SHORT_BINUNICODE -> push(Text.decodeUtf8(in.read(in.readByte())));
            case BINBYTES -> push(Py.bytes(in.read(in.readUnsigned(4))));
            case BINBYTES8 -> push(Py.bytes(in.read(size8("BINBYTES"))));
            case SHORT_BINBYTES -> push(Py.bytes(in.read(in.readByte())));
            case BYTEARRAY8 -> push(Py.call(types.bytearray, Py.bytes(in.read(size8("BYTEARRAY")))));
            case NEXT_BUFFER -> loadNextBuffer();
            case READONLY_BUFFER -> loadReadonlyBuffer();
            case EMPTY_TUPLE -> push(Py.tuple());
            case TUPLE -> push(Py.tuple(popMark()));
            case TUPLE1 -> push(Py.tuple(pop()));
            case TUPLE2 -> loadTupleN(2);
            case TUPLE3 -> loadTupleN(3);
            case EMPTY_LIST -> push(Py.list());
            case LIST -> push(Py.list(popMark()));
            case EMPTY_DICT -> push(Py.dict());
            case DICT -> loadDict();
            case EMPTY_SET -> push(Py.call(types.set));
            case FROZENSET -> push(Py.call(types.frozenset, Py.tuple(popMark())));
            case APPEND -> loadAppend();
            case APPENDS -> loadAppends();
            case SETITEM -> loadSetItem();
            case SETITEMS -> loadSetItems();
            case ADDITEMS -> loadAddItems();
            case MARK -> mark();
            case POP -> loadPop();
            case POP_MARK -> popMark();
            case DUP -> push(top());
            case GET -> loadGet(parseLong(line()));
            case BINGET -> loadGet(in.readByte());
            case LONG_BINGET -> loadGet(in.readUnsigned(4));
            case PUT -> loadPut(parseLong(line()));
            case BINPUT -> loadPut(in.readByte());
            case LONG_BINPUT -> loadPut(in.readUnsigned(4));
            case MEMOIZE -> loadMemoize();
            case GLOBAL -> loadGlobal();
            case STACK_GLOBAL -> loadStackGlobal();
            case INST -> loadInst();
            case OBJ -> loadObj();
            case NEWOBJ -> loadNewobj();
            case NEWOBJ_EX -> loadNewobjEx();
            case REDUCE -> loadReduce();
            case BUILD -> loadBuild();
            case EXT1 -> loadExtension(in.readByte());
            case EXT2 -> loadExtension(in.readUnsigned(2));
            case EXT4 -> loadExtension((int) in.readUnsigned(4));
            case PERSID -> loadPersid();
            case BINPERSID -> push(Py.callMethod(this, "persistent_load", pop()));
            default -> throw badOpcode(op);
        }
    }

    private PythonException badOpcode(byte op) {
        int c = op & 0xff;
        String shown = c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c);
        return error("invalid load key, '" + shown + "'.");
    }

    // ---- numbers and text ---------------------------------------------------------------------

    private void loadProto() {
        int p = in.readByte();
        if (p > HIGHEST_PROTOCOL) {
            throw Py.valueError("unsupported pickle protocol: " + p);
        }
        proto = p;
    }

    /** A line without its newline; an empty one is truncated data. */
    private byte[] lineBytes() {
        byte[] l = in.readLine();
        if (l.length < 2) {
            throw Py.error(PickleModule.unpicklingError, "pickle data was truncated");
        }
        return Arrays.copyOf(l, l.length - 1);
    }

    /** A line without its newline, which may be empty. */
    private byte[] lineBytesMaybeEmpty() {
        byte[] l = in.readLine();
        return Arrays.copyOf(l, l.length - 1);
    }

    /** The line without its newline, as Latin-1 text (the numbers and names in it are ASCII). */
    private String line() {
        return new String(lineBytes(), StandardCharsets.ISO_8859_1);
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw Py.valueError("invalid literal for int() with base 10: '" + s + "'");
        }
    }

    private void loadInt() {
        String s = line();
        if (s.equals("00")) {
            push(Py.bool(false));
        } else if (s.equals("01")) {
            push(Py.bool(true));
        } else {
            push(parseInt(s));
        }
    }

    private Object parseInt(String s) {
        try {
            return Py.call(types.int_, Py.str(s), Py.integer(0));
        } catch (PythonException e) {
            return Py.call(types.int_, Py.str(s));
        }
    }

    private void loadLong() {
        String s = line();
        if (s.endsWith("L")) {
            s = s.substring(0, s.length() - 1);
        }
        push(parseInt(s));
    }

    private void loadLong4() {
        int n = (int) in.readUnsigned(4);
        if (n < 0) {
            throw error("LONG pickle has negative byte count");
        }
        push(Py.integer(decodeLong(in.read(n))));
    }

    private static BigInteger decodeLong(byte[] little) {
        if (little.length == 0) {
            return BigInteger.ZERO;
        }
        byte[] big = new byte[little.length];
        for (int i = 0; i < little.length; i++) {
            big[i] = little[little.length - 1 - i];
        }
        return new BigInteger(big);
    }

    private static long bigEndianLong(byte[] b) {
        long v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xff);
        }
        return v;
    }

    private long size8(String what) {
        long n = in.readUnsigned(8);
        if (n < 0 || n > Integer.MAX_VALUE - 8) {
            throw error(what + " exceeds system's maximum size of " + Long.MAX_VALUE + " bytes");
        }
        return n;
    }

    private void loadString() {
        byte[] l = lineBytes();
        int n = l.length;
        if (n < 2 || l[0] != l[n - 1] || (l[0] != '\'' && l[0] != '"')) {
            throw error("the STRING opcode argument must be quoted");
        }
        Object raw = Py.bytes(Arrays.copyOfRange(l, 1, n - 1));
        Object decoded = Py.getItem(Py.call(Py.getAttr(Py.importModule("codecs"), "escape_decode"), raw), Py.integer(0));
        push(decodeString(Py.asBytes(decoded)));
    }

    private void loadBinString() {
        int n = (int) in.readUnsigned(4);
        if (n < 0) {
            throw error("BINSTRING pickle has negative byte count");
        }
        push(decodeString(in.read(n)));
    }

    /** A Python 2 str: bytes for encoding "bytes", else decoded as the unpickler was told. */
    private Object decodeString(byte[] data) {
        Object b = Py.bytes(data);
        if (encoding.equals("bytes")) {
            return b;
        }
        return Py.callMethod(b, "decode", Py.str(encoding), Py.str(errors));
    }

    private void loadNextBuffer() {
        if (buffers == null) {
            throw error("pickle stream refers to out-of-band data but no *buffers* argument was given");
        }
        try {
            push(Py.callMethod(buffers, "__next__"));
        } catch (PythonException e) {
            if (!e.matches(Py.builtinType("StopIteration"))) {
                throw e;
            }
            throw error("not enough out-of-band buffers");
        }
    }

    private void loadReadonlyBuffer() {
        Object view = Py.call(Py.builtinType("memoryview"), top());
        if (!Py.isTrue(Py.getAttr(view, "readonly"))) {
            setTop(Py.callMethod(view, "toreadonly"));
        }
    }

    // ---- containers ---------------------------------------------------------------------------

    private void loadTupleN(int n) {
        Object[] items = new Object[n];
        for (int i = n - 1; i >= 0; i--) {
            items[i] = pop();
        }
        push(Py.tuple(items));
    }

    private void loadDict() {
        Object[] items = popMark();
        if (items.length % 2 != 0) {
            throw error("odd number of items for DICT");
        }
        Object d = Py.dict();
        for (int i = 0; i < items.length; i += 2) {
            Py.setItem(d, items[i], items[i + 1]);
        }
        push(d);
    }

    private void loadAppend() {
        Object value = pop();
        Py.callMethod(top(), "append", value);
    }

    private void loadAppends() {
        Object[] items = popMark();
        Object target = top();
        if (Py.typeOf(target) == types.list) {
            Py.callMethod(target, "extend", Py.list(items));
        } else if (Py.hasAttr(target, "extend")) {
            Py.callMethod(target, "extend", Py.list(items));
        } else {
            Object append = Py.getAttr(target, "append");
            for (Object x : items) {
                Py.call(append, x);
            }
        }
    }

    private void loadSetItem() {
        Object value = pop();
        Object key = pop();
        Py.setItem(top(), key, value);
    }

    private void loadSetItems() {
        Object[] items = popMark();
        Object target = top();
        if (items.length % 2 != 0) {
            throw error("odd number of items for SETITEMS");
        }
        for (int i = 0; i < items.length; i += 2) {
            Py.setItem(target, items[i], items[i + 1]);
        }
    }

    private void loadAddItems() {
        Object[] items = popMark();
        Object target = top();
        if (Py.typeOf(target) == types.set) {
            Py.callMethod(target, "update", Py.tuple(items));
        } else {
            Object add = Py.getAttr(target, "add");
            for (Object x : items) {
                Py.call(add, x);
            }
        }
    }

    private void loadPop() {
        if (markCount > 0 && marks[markCount - 1] == stack.size()) {
            markCount--;
        } else {
            pop();
        }
    }

    // ---- the memo -----------------------------------------------------------------------------

    private void loadGet(long index) {
        Object v = memo.get(index);
        if (v == null) {
            throw error("Memo value not found at index " + index);
        }
        push(v);
    }

    private void loadPut(long index) {
        Object v = top();
        if (index < 0) {
            throw Py.valueError("negative PUT argument");
        }
        memo.put(index, v);
    }

    private void loadMemoize() {
        memo.put((long) memo.size(), top());
    }

    // ---- objects ------------------------------------------------------------------------------

    private Object findClass(Object module, Object name) {
        return Py.callMethod(this, "find_class", module, name);
    }

    private void loadGlobal() {
        Object module = Text.decodeUtf8(lineBytes());
        Object name = Text.decodeUtf8(lineBytes());
        push(findClass(module, name));
    }

    private void loadStackGlobal() {
        Object name = pop();
        Object module = pop();
        if (Py.typeOf(name) != types.str || Py.typeOf(module) != types.str) {
            throw error("STACK_GLOBAL requires str");
        }
        push(findClass(module, name));
    }

    private void loadInst() {
        Object module = Py.str(asciiLine());
        Object name = Py.str(asciiLine());
        Object cls = findClass(module, name);
        push(instantiate(cls, popMark()));
    }

    private String asciiLine() {
        return line();
    }

    private void loadObj() {
        Object[] args = popMark();
        if (args.length == 0) {
            throw underflow();
        }
        Object cls = args[0];
        push(instantiate(cls, Arrays.copyOfRange(args, 1, args.length)));
    }

    private Object instantiate(Object cls, Object[] args) {
        if (args.length == 0 && Py.isInstance(cls, types.type) && !Py.hasAttr(cls, "__getinitargs__")) {
            return Py.call(Py.getAttr(cls, "__new__"), cls);
        }
        return Py.call(cls, args);
    }

    private void loadNewobj() {
        Object args = pop();
        Object cls = pop();
        if (!Py.isInstance(cls, types.type)) {
            throw error("NEWOBJ class argument must be a type, not " + Py.typeOf(cls).name());
        }
        if (!Py.isInstance(args, types.tuple)) {
            throw error("NEWOBJ args argument must be a tuple, not " + Py.typeOf(args).name());
        }
        Object[] a = Pickler.toArray(args);
        Object[] full = new Object[a.length + 1];
        full[0] = cls;
        System.arraycopy(a, 0, full, 1, a.length);
        push(Py.call(Py.getAttr(cls, "__new__"), full));
    }

    private void loadNewobjEx() {
        Object kwargs = pop();
        Object args = pop();
        Object cls = pop();
        if (!Py.isInstance(cls, types.type)) {
            throw error("NEWOBJ_EX class argument must be a type, not " + Py.typeOf(cls).name());
        }
        if (!Py.isInstance(args, types.tuple)) {
            throw error("NEWOBJ_EX args argument must be a tuple, not " + Py.typeOf(args).name());
        }
        if (!Py.isInstance(kwargs, types.dict)) {
            throw error("NEWOBJ_EX kwargs argument must be a dict, not " + Py.typeOf(kwargs).name());
        }
        push(Py.call(Py.getAttr(Py.importModule("copyreg"), "__newobj_ex__"), cls, args, kwargs));
    }

    private void loadReduce() {
        Object args = pop();
        Object func = top();
        if (!Py.isInstance(args, types.tuple)) {
            throw Py.typeError("argument list must be a tuple");
        }
        setTop(Py.call(func, Pickler.toArray(args)));
    }

    private void loadBuild() {
        Object state = pop();
        Object inst = top();
        if (Py.hasAttr(inst, "__setstate__")) {
            Py.callMethod(inst, "__setstate__", state);
            return;
        }
        Object slotState = Py.none();
        if (Py.isInstance(state, types.tuple) && Py.len(state) == 2) {
            slotState = Py.getItem(state, Py.integer(1));
            state = Py.getItem(state, Py.integer(0));
        }
        if (state != Py.none()) {
            if (!Py.isInstance(state, types.dict)) {
                throw error("state is not a dictionary");
            }
            Object dict = Py.getAttr(inst, "__dict__");
            Object intern = Py.getAttr(Py.importModule("sys"), "intern");
            for (Object item : Py.iterate(Py.callMethod(state, "items"))) {
                Object k = Py.getItem(item, Py.integer(0));
                if (Py.typeOf(k) == types.str) {
                    k = Py.call(intern, k);
                }
                Py.setItem(dict, k, Py.getItem(item, Py.integer(1)));
            }
        }
        if (slotState != Py.none()) {
            if (!Py.isInstance(slotState, types.dict)) {
                throw error("slot state is not a dictionary");
            }
            for (Object item : Py.iterate(Py.callMethod(slotState, "items"))) {
                Object k = Py.getItem(item, Py.integer(0));
                Py.setAttr(inst, Py.asString(k), Py.getItem(item, Py.integer(1)));
            }
        }
    }

    private void loadExtension(long code) {
        Object copyreg = Py.importModule("copyreg");
        Object cache = Py.getAttr(copyreg, "_extension_cache");
        Object key = Py.integer(code);
        Object cached = Py.callMethod(cache, "get", key);
        if (cached != Py.none()) {
            push(cached);
            return;
        }
        Object pair = Py.callMethod(Py.getAttr(copyreg, "_inverted_registry"), "get", key);
        if (pair == Py.none()) {
            if (code <= 0) {
                throw error("EXT specifies code <= 0");
            }
            throw Py.valueError("unregistered extension code " + code);
        }
        if (!Py.isInstance(pair, types.tuple) || Py.len(pair) != 2) {
            throw Py.valueError("_inverted_registry[" + code + "] isn't a 2-tuple of strings");
        }
        Object obj = findClass(Py.getItem(pair, Py.integer(0)), Py.getItem(pair, Py.integer(1)));
        Py.setItem(cache, key, obj);
        push(obj);
    }

    private void loadPersid() {
        byte[] l = lineBytesMaybeEmpty();
        for (byte b : l) {
            if (b < 0) {
                throw error("persistent IDs in protocol 0 must be ASCII strings");
            }
        }
        push(Py.callMethod(this, "persistent_load", Py.str(new String(l, StandardCharsets.US_ASCII))));
    }
}
