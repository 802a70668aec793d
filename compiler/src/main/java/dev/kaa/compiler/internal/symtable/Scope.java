package dev.kaa.compiler.internal.symtable;

import dev.kaa.parser.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One block of a {@link SymbolTable}: CPython's {@code PySTEntryObject}. It records each name the
 * block uses or binds, with its flags ({@link SymbolFlags}) and, once the table is analysed, its
 * {@link Binding}. The code generator asks it how to load or store a name and which cells and
 * free variables a code object has.
 *
 * <p>Names given to {@link #binding}, {@link #flags} and {@link #isTypeParam} must already be
 * mangled ({@link #mangle}), as CPython stores them.
 *
 * <p>Thread safety: built and analysed by one thread inside {@link SymbolTable#build}; immutable
 * once {@code build} returns, safely published through the {@link SymbolTable}.
 */
public final class Scope {
    private final ScopeKind kind;
    private final String name;
    private final Node node;
    private final int lineno;
    private final Scope parent;
    final List<Scope> children = new ArrayList<>();
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    /** The class name used for private-name mangling in this block (CPython's {@code u_private}), or null. */
    String privateName;
    /** CPython's {@code ste_directives}: where each {@code global}/{@code nonlocal} name was first declared. */
    final java.util.Map<String, dev.kaa.parser.ast.Pos> directives = new java.util.HashMap<>();
    /** CPython's {@code ste_comp_iter_expr}: inside the iterable of a comprehension (inherited by nested blocks). */
    int compIterExpr;
    /** CPython's {@code ste_comp_iter_target}: visiting a comprehension's target. */
    boolean compIterTarget;
    /** CPython's {@code ste_comprehension}: the comprehension node kind's scope name, or null. */
    String comprehensionKind;
    /** CPython's {@code ste_free}: the block has free variables (or globals while nested). */
    boolean free;
    /** CPython's {@code ste_scope_info}, for bound blocks: "a TypeVar bound" etc. */
    String scopeInfo;
    /** CPython's {@code ste_mangled_names}: if non-null, only these names are mangled. */
    Set<String> mangledNames;

    boolean nested;
    boolean generator;
    boolean coroutine;
    boolean comprehension;
    boolean compInlined;
    boolean varargs;
    boolean varkeywords;
    boolean needsClassClosure;
    boolean needsClassDict;
    boolean canSeeClassScope;
    boolean childFree;
    boolean returnsValue;

    Scope(ScopeKind kind, String name, Node node, int lineno, Scope parent, String privateName) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.lineno = lineno;
        this.parent = parent;
        this.privateName = privateName;
    }

    /** The kind of block. */
    public ScopeKind kind() { return kind; }

    /**
     * The block's name as CPython's symtable gives it: {@code top}, the function or class name,
     * {@code <lambda>}, {@code <listcomp>}/{@code <setcomp>}/{@code <dictcomp>}/{@code <genexpr>},
     * the alias name for a {@code TYPE_ALIAS} block, {@code <generic parameters of NAME>} for a
     * type-parameter block, the type variable's name for a bound/default block and
     * {@code _annotation} for an annotation block.
     */
    public String name() { return name; }

    /** The AST node that opened the block ({@code null} for the module). */
    public Node node() { return node; }

    /** The first line of the block (0 for the module, as CPython's {@code symtable} reports). */
    public int lineno() { return lineno; }

    /** The enclosing block, or {@code null} for the module. */
    public Scope parent() { return parent; }

    /**
     * The nested blocks, in source order. As in CPython, inlined comprehensions (PEP 709) are not
     * listed: their own children are spliced in at their place. They are still found through
     * {@link SymbolTable#scopeOf}.
     */
    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /**
     * Every symbol of the block with its flags, in CPython's insertion order (the order in which
     * the code generator must visit them, e.g. to push the locals an inlined comprehension hides).
     */
    public Map<String, Integer> symbols() { return Collections.unmodifiableMap(symbols); }

    /** The flags of a (mangled) name, 0 if the block does not know it. */
    public int flags(String mangledName) {
        Integer f = symbols.get(mangledName);
        return f == null ? 0 : f;
    }

    /** The binding of a (mangled) name: CPython's {@code _PyST_GetScope}. */
    public Binding binding(String mangledName) {
        return Binding.ofFlags(flags(mangledName));
    }

    /** Whether the name is a type parameter of this block (CPython's {@code _PyST_IsTypeParam}-like test on {@code DEF_TYPE_PARAM}). */
    public boolean isTypeParam(String mangledName) {
        return (flags(mangledName) & SymbolFlags.DEF_TYPE_PARAM) != 0;
    }

    /**
     * The parameters in order: positional-only, positional, {@code *args}, keyword-only,
     * {@code **kwargs} (CPython's {@code ste_varnames}); {@code .0} for a comprehension or generator
     * expression; {@code .type_params}/{@code .defaults}/{@code .kwdefaults} where CPython adds them
     * to a type-parameter block. Other fast locals are appended by the code generator in the order
     * it first emits them, which gives CPython's {@code co_varnames}.
     */
    public List<String> varnames() { return Collections.unmodifiableList(varnames); }

    /**
     * The names with binding {@link Binding#CELL} or flag {@link SymbolFlags#DEF_COMP_CELL},
     * sorted (by code point, as CPython sorts {@code str}), excluding the implicit
     * {@code __class__}/{@code __classdict__} cells of a class; CPython's compiler appends those
     * after the sorted ones ({@link #needsClassClosure()}, {@link #needsClassDict()}), and so
     * must ours.
     */
    public List<String> cellvars() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int f = e.getValue();
            if (Binding.ofFlags(f) == Binding.CELL || (f & SymbolFlags.DEF_COMP_CELL) != 0) {
                out.add(e.getKey());
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * The names with binding {@link Binding#FREE} or flag {@link SymbolFlags#DEF_FREE_CLASS} (set
     * only in classes and blocks that see a class), sorted: CPython's {@code co_freevars}. (The
     * code generator numbers them after the cells.)
     */
    public List<String> freevars() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int f = e.getValue();
            if (Binding.ofFlags(f) == Binding.FREE || (f & SymbolFlags.DEF_FREE_CLASS) != 0) {
                out.add(e.getKey());
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * The name as this block's code must spell it: CPython's {@code _Py_MaybeMangle}. Inside a
     * class (or a block nested in one), {@code __x} becomes {@code _Cls__x}, with the class name
     * stripped of leading underscores; names ending in {@code __}, dotted names (imports) and names
     * in a class whose name is all underscores are kept. In a type-parameter block of a generic
     * class (and blocks nested in it up to the class body) only the type parameter names are
     * mangled.
     */
    public String mangle(String name) {
        if (mangledNames != null && !mangledNames.contains(name)) {
            return name;
        }
        return Mangling.mangle(privateName, name);
    }

    /** The class name used for private-name mangling in this block, or {@code null}. */
    public String privateName() { return privateName; }

    /** Whether the block is nested in a function-like block (CPython's {@code CO_NESTED}). */
    public boolean isNested() { return nested; }

    /** Whether the block is a generator (contains {@code yield}, or is a generator expression). */
    public boolean isGenerator() { return generator; }

    /** Whether the block is a coroutine: an {@code async def}, or a comprehension with {@code async for}/{@code await}. */
    public boolean isCoroutine() { return coroutine; }

    /** Whether the block is a comprehension or generator expression. */
    public boolean isComprehension() { return comprehension; }

    /**
     * Whether this comprehension was inlined into its parent (PEP 709): list, set and dict
     * comprehensions are, unless the parent is an annotation/type block that can see a class scope.
     * The code generator emits an inlined comprehension in its parent's code object; see
     * {@link ComprehensionInlining} for the names it must save and restore.
     */
    public boolean isInlinedComprehension() { return compInlined; }

    /** Whether the function has {@code *args}. */
    public boolean hasVarargs() { return varargs; }

    /** Whether the function has {@code **kwargs}. */
    public boolean hasVarkeywords() { return varkeywords; }

    /** Whether a class body needs the implicit {@code __class__} cell (a method uses {@code super} or {@code __class__}). */
    public boolean needsClassClosure() { return needsClassClosure; }

    /** Whether a class body needs the implicit {@code __classdict__} cell (3.13: an annotation or type block sees it). */
    public boolean needsClassDict() { return needsClassDict; }

    /**
     * Whether the block can see the names of the class directly enclosing it (a type-parameter,
     * type-alias or bound block in a class): the code generator then loads free/global names
     * with {@code LOAD_FROM_DICT_OR_DEREF}/{@code LOAD_FROM_DICT_OR_GLOBALS} on {@code __classdict__}.
     */
    public boolean canSeeClassScope() { return canSeeClassScope; }

    /** Whether a nested block has free variables (CPython's {@code ste_child_free}). */
    public boolean childHasFree() { return childFree; }

    /** Whether the function has a {@code return} with a value (CPython's {@code ste_returns_value}). */
    public boolean returnsValue() { return returnsValue; }

    @Override public String toString() {
        return "<symtable entry " + name + "(" + kind.pythonName() + "), line " + lineno + ">";
    }
}
