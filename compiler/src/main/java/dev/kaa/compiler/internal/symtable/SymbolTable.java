package dev.kaa.compiler.internal.symtable;

import dev.kaa.compiler.spi.CompilationRecursionError;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Node;
import dev.kaa.parser.ast.TypeParam;
import java.util.Map;

/**
 * The symbol table of one module: CPython 3.13's {@code struct symtable}, built by a first pass
 * over the AST ({@link SymbolTableBuilder}) and analysed by a second ({@link ScopeAnalyzer}) that
 * decides each name's {@link Binding}. The code generator looks blocks up by the AST node that
 * opens them, by identity, as CPython does with {@code PySymtable_Lookup}.
 *
 * <p>Thread safety: immutable once {@link #build} returns.
 */
public final class SymbolTable {
    /** The future flag of {@code from __future__ import annotations} ({@code CO_FUTURE_ANNOTATIONS}). */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    private final String filename;
    private final int futureFlags;
    private final Scope top;
    private final Map<Key, Scope> blocks;

    SymbolTable(String filename, int futureFlags, Scope top, Map<Key, Scope> blocks) {
        this.filename = filename;
        this.futureFlags = futureFlags;
        this.top = top;
        this.blocks = blocks;
    }

    /**
     * Builds and analyses the symbol table of {@code module} (any {@link Mod} kind).
     *
     * @param filename    the file name reported in errors
     * @param futureFlags the {@code CO_FUTURE_*} flags in effect (from {@code __future__} imports
     *                    and the caller's flags); only {@link #CO_FUTURE_ANNOTATIONS} matters here
     * @throws PySyntaxError with CPython's message and location for the errors CPython's symtable
     *                       reports ({@code global}/{@code nonlocal} misuse, duplicate arguments,
     *                       assignment-expression rules, {@code yield}/{@code await} in
     *                       annotation and type blocks, {@code import *} in a function, nesting
     *                       too deep)
     * @throws CompilationRecursionError if the tree is nested deeper than CPython can compile
     */
    public static SymbolTable build(Mod module, String filename, int futureFlags) {
        // Deep trees overflow the default Java stack long before CPython's depth limit.
        return LargeStack.call(() -> buildHere(module, filename, futureFlags));
    }

    private static SymbolTable buildHere(Mod module, String filename, int futureFlags) {
        SymbolTableBuilder builder = new SymbolTableBuilder(filename, futureFlags);
        Scope top = builder.build(module);
        new ScopeAnalyzer(builder).analyze(top);
        return new SymbolTable(filename, futureFlags, top, builder.blocks());
    }

    /** The file name given to {@link #build}. */
    public String filename() { return filename; }

    /** The future flags given to {@link #build}. */
    public int futureFlags() { return futureFlags; }

    /** The module block (name {@code top}). */
    public Scope top() { return top; }

    /**
     * The block a node opens, by identity: a {@code FunctionDef}, {@code AsyncFunctionDef},
     * {@code ClassDef}, {@code Lambda}, {@code GeneratorExp}, {@code ListComp}, {@code SetComp},
     * {@code DictComp}, or a {@code TypeAlias} statement (its {@link ScopeKind#TYPE_ALIAS} value
     * block).
     *
     * @throws IllegalArgumentException if the node opens no block in this table (a bug of the caller)
     */
    public Scope scopeOf(Node node) {
        return lookup(new Key(node, Role.BLOCK));
    }

    /**
     * The {@link ScopeKind#TYPE_PARAMETERS} block of a generic {@code FunctionDef},
     * {@code AsyncFunctionDef}, {@code ClassDef} or {@code TypeAlias} (one with type parameters).
     *
     * @throws IllegalArgumentException if the node is not generic
     */
    public Scope typeParamsScopeOf(Node genericDefinition) {
        return lookup(new Key(genericDefinition, Role.TYPE_PARAMS));
    }

    /**
     * The {@link ScopeKind#TYPE_VARIABLE_BOUND} block of a {@code TypeVar}'s bound or constraints.
     *
     * @throws IllegalArgumentException if the type variable has no bound
     */
    public Scope boundScopeOf(TypeParam typeParam) {
        return lookup(new Key(typeParam, Role.BLOCK));
    }

    /**
     * The {@link ScopeKind#TYPE_VARIABLE_BOUND} block of a type parameter's default (PEP 696).
     *
     * @throws IllegalArgumentException if the type parameter has no default
     */
    public Scope defaultScopeOf(TypeParam typeParam) {
        return lookup(new Key(typeParam, Role.DEFAULT));
    }

    /**
     * The {@link ScopeKind#ANNOTATION} block CPython opens under {@code from __future__ import
     * annotations}: {@code node} is the annotation expression of an {@code AnnAssign}, or the
     * {@code Arguments} of a function (one block holds all its parameter and return annotations).
     * Returns null where there is none (no future import).
     */
    public Scope annotationScopeOf(Node node) {
        return blocks.get(new Key(node, Role.ANNOTATION));
    }

    private Scope lookup(Key key) {
        Scope s = blocks.get(key);
        if (s == null) {
            throw new IllegalArgumentException("no symbol table block for " + key);
        }
        return s;
    }

    /** What a block is to the node that opens it. */
    enum Role { BLOCK, TYPE_PARAMS, DEFAULT, ANNOTATION }

    /** A block's key: a node, compared by identity as CPython compares its {@code void *} keys, and a role. */
    record Key(Node node, Role role) {
        @Override public boolean equals(Object o) {
            return o instanceof Key k && k.node == node && k.role == role;
        }

        @Override public int hashCode() {
            return System.identityHashCode(node) * 31 + role.ordinal();
        }
    }
}
