package dev.kaa.compiler.internal.symtable;

/**
 * The kinds of block a symbol table describes: CPython 3.13's {@code _Py_block_ty}, shown by the
 * {@code symtable} module as {@code SymbolTableType}.
 *
 * <p>Thread safety: immutable.
 */
public enum ScopeKind {
    /** The module (also an {@code exec}/{@code eval} top level). */
    MODULE("module"),
    /** A class body. */
    CLASS("class"),
    /** A function, lambda, generator expression or comprehension. */
    FUNCTION("function"),
    /** An annotation under {@code from __future__ import annotations} (name {@code _annotation}). */
    ANNOTATION("annotation"),
    /** The value of a {@code type X = …} statement (PEP 695). */
    TYPE_ALIAS("type alias"),
    /** The type-parameter block of a generic function, class or type alias (PEP 695). */
    TYPE_PARAMETERS("type parameters"),
    /** The bound, constraints or default of one type parameter (CPython's TypeVarBoundBlock). */
    TYPE_VARIABLE_BOUND("type variable");

    private final String pythonName;

    ScopeKind(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The value of {@code symtable.SymbolTableType} for this kind, e.g. {@code "type parameters"}. */
    public String pythonName() {
        return pythonName;
    }

    /**
     * Whether code in this block uses fast locals ({@code LOAD_FAST}) as a function does: CPython's
     * {@code _PyST_IsFunctionLike} (function, annotation, type alias, type parameters, bound).
     */
    public boolean isFunctionLike() {
        return this != MODULE && this != CLASS;
    }
}
