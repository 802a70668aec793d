package dev.kaa.compiler.internal.symtable;

/**
 * Where a name lives as seen from one scope: CPython's scope values ({@code LOCAL} … {@code CELL},
 * stored at {@link SymbolFlags#SCOPE_OFFSET} in a symbol's flags), plus {@link #NONE} for a name the
 * scope does not know (CPython's 0, for which the compiler emits {@code *_NAME} instructions).
 *
 * <p>Thread safety: immutable.
 */
public enum Binding {
    /** Not in the scope's table (CPython's 0). */
    NONE,
    /** A local variable of the scope. */
    LOCAL,
    /** Declared {@code global} in the scope. */
    GLOBAL_EXPLICIT,
    /** Not bound in any enclosing function: a global or builtin. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function scope (or declared {@code nonlocal}). */
    FREE,
    /** Local, and referenced from a nested scope (needs a cell). */
    CELL;

    private static final Binding[] BY_CODE = values();

    /** CPython's numeric scope value: 0 for {@link #NONE}, 1 for {@link #LOCAL} … 5 for {@link #CELL}. */
    public int code() {
        return ordinal();
    }

    /** The binding of a symbol whose flags are {@code flags} (CPython's {@code SYMBOL_TO_SCOPE}). */
    public static Binding ofFlags(int flags) {
        return BY_CODE[(flags >> SymbolFlags.SCOPE_OFFSET) & SymbolFlags.SCOPE_MASK];
    }
}
