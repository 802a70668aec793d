package dev.kaa.compiler.internal.symtable;

/**
 * The bits of a symbol's flags, with CPython 3.13's values ({@code Include/internal/pycore_symtable.h},
 * the {@code symtable} module's {@code DEF_*} constants). A symbol's flags hold these bits and, from
 * bit {@link #SCOPE_OFFSET}, its {@link Binding} code.
 *
 * <p>Thread safety: immutable.
 */
public final class SymbolFlags {
    /** Declared {@code global}. */
    public static final int DEF_GLOBAL = 1;
    /** Assigned (bound) in the block. */
    public static final int DEF_LOCAL = 2;
    /** A parameter. */
    public static final int DEF_PARAM = 4;
    /** Declared {@code nonlocal}. */
    public static final int DEF_NONLOCAL = 8;
    /** Used (read) in the block. */
    public static final int USE = 16;
    /** Free in a nested block, or declared free here. */
    public static final int DEF_FREE = 32;
    /** Free in a class body: a method uses a variable of an enclosing function. */
    public static final int DEF_FREE_CLASS = 64;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 128;
    /** Annotated ({@code x: int}). */
    public static final int DEF_ANNOT = 256;
    /** The iteration variable of a comprehension. */
    public static final int DEF_COMP_ITER = 512;
    /** A type parameter (PEP 695). */
    public static final int DEF_TYPE_PARAM = 1024;
    /** A cell of an inlined comprehension (PEP 709) that the enclosing scope must create. */
    public static final int DEF_COMP_CELL = 2048;
    /** Any binding: {@code DEF_LOCAL | DEF_PARAM | DEF_IMPORT}. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    /** Where the {@link Binding} code starts in a symbol's flags. */
    public static final int SCOPE_OFFSET = 12;
    /** The mask of the {@link Binding} code once shifted down. */
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

    private SymbolFlags() {}
}
