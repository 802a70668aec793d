package dev.kaa.bytecode;

import java.util.List;
import java.util.Objects;

/**
 * The fields of a CPython 3.13 code object, in the order {@code marshal} writes them.
 *
 * <p>{@code code} holds the code units (two bytes each, with their inline {@code CACHE} units
 * zeroed), {@code localsplusnames} the names of locals, cells and free variables, and
 * {@code localspluskinds} one {@link #CO_FAST_LOCAL}-style byte per name. {@code consts} holds
 * the constant values described in {@link Constant}. Arrays are copied in and never handed out
 * for change: a code object is a value.
 *
 * <p>Thread safety: immutable.
 */
public final class CodeObject {
    /** {@code localspluskinds} bit: a local that {@code locals()} does not show (PEP 709 inlined comprehensions). */
    public static final int CO_FAST_HIDDEN = 0x10;
    /** {@code localspluskinds} bit: a local (arguments too: 3.13 has no separate argument bit). */
    public static final int CO_FAST_LOCAL = 0x20;
    /** {@code localspluskinds} bit: a cell (a local captured by an inner scope). */
    public static final int CO_FAST_CELL = 0x40;
    /** {@code localspluskinds} bit: a free variable (a cell of an enclosing scope). */
    public static final int CO_FAST_FREE = 0x80;

    /** {@code co_flags} bits of 3.13. */
    public static final int CO_OPTIMIZED = 0x0001, CO_NEWLOCALS = 0x0002, CO_VARARGS = 0x0004,
            CO_VARKEYWORDS = 0x0008, CO_NESTED = 0x0010, CO_GENERATOR = 0x0020, CO_NOFREE = 0x0040,
            CO_COROUTINE = 0x0080, CO_ITERABLE_COROUTINE = 0x0100, CO_ASYNC_GENERATOR = 0x0200,
            CO_HAS_DOCSTRING = 0x4000000, CO_METHOD = 0x8000000;

    private final int argcount;
    private final int posonlyargcount;
    private final int kwonlyargcount;
    private final int stacksize;
    private final int flags;
    private final byte[] code;
    private final List<Object> consts;
    private final List<String> names;
    private final List<String> localsplusnames;
    private final byte[] localspluskinds;
    private final String filename;
    private final String name;
    private final String qualname;
    private final int firstlineno;
    private final byte[] linetable;
    private final byte[] exceptiontable;

    public CodeObject(int argcount, int posonlyargcount, int kwonlyargcount, int stacksize, int flags,
            byte[] code, List<Object> consts, List<String> names, List<String> localsplusnames,
            byte[] localspluskinds, String filename, String name, String qualname, int firstlineno,
            byte[] linetable, byte[] exceptiontable) {
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.stacksize = stacksize;
        this.flags = flags;
        this.code = code.clone();
        this.consts = List.copyOf(consts);
        this.names = List.copyOf(names);
        this.localsplusnames = List.copyOf(localsplusnames);
        this.localspluskinds = localspluskinds.clone();
        this.filename = Objects.requireNonNull(filename);
        this.name = Objects.requireNonNull(name);
        this.qualname = Objects.requireNonNull(qualname);
        this.firstlineno = firstlineno;
        this.linetable = linetable.clone();
        this.exceptiontable = exceptiontable.clone();
    }

    public int argcount() { return argcount; }
    public int posonlyargcount() { return posonlyargcount; }
    public int kwonlyargcount() { return kwonlyargcount; }
    public int stacksize() { return stacksize; }
    public int flags() { return flags; }
    /** A copy of the code units. */
    public byte[] code() { return code.clone(); }
    /** The number of bytes of code, without copying. */
    public int codeLength() { return code.length; }
    /** The code byte at {@code index}, without copying. */
    public int codeByte(int index) { return code[index] & 0xff; }
    public List<Object> consts() { return consts; }
    public List<String> names() { return names; }
    public List<String> localsplusnames() { return localsplusnames; }
    public byte[] localspluskinds() { return localspluskinds.clone(); }
    public String filename() { return filename; }
    public String name() { return name; }
    public String qualname() { return qualname; }
    public int firstlineno() { return firstlineno; }
    public byte[] linetable() { return linetable.clone(); }
    public byte[] exceptiontable() { return exceptiontable.clone(); }

    @Override public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
