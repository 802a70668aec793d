package dev.kaa.compiler.internal.symtable;

import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_BOUND;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_COMP_CELL;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_FREE_CLASS;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_GLOBAL;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_NONLOCAL;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_PARAM;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.DEF_TYPE_PARAM;
import static dev.kaa.compiler.internal.symtable.SymbolFlags.SCOPE_OFFSET;

import dev.kaa.parser.PySyntaxError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass of the symbol table: decides the {@link Binding} of every name, block by block
 * from the module down, as CPython 3.13's {@code analyze_block} does. Each block is analysed with
 * the names bound in enclosing function blocks ({@code bound}), the names declared global
 * ({@code global}) and the type parameters in sight; the names its children need from outside
 * come back up as {@code free}, turning locals into cells on the way. List, set and dict
 * comprehensions are then inlined into their parent (PEP 709).
 *
 * <p>Thread safety: confined to the thread that builds one table.
 */
final class ScopeAnalyzer {
    private static final int LOCAL = Binding.LOCAL.code();
    private static final int GLOBAL_EXPLICIT = Binding.GLOBAL_EXPLICIT.code();
    private static final int GLOBAL_IMPLICIT = Binding.GLOBAL_IMPLICIT.code();
    private static final int FREE = Binding.FREE.code();
    private static final int CELL = Binding.CELL.code();

    private final String filename;

    ScopeAnalyzer(SymbolTableBuilder builder) {
        this.filename = builder.filename();
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), null);
    }

    /** Analyses {@code ste}; names free in it or its children are added to {@code free}. */
    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
            Set<String> typeParams, Scope classEntry) {
        Set<String> local = new LinkedHashSet<>();
        Map<String, Integer> scopes = new LinkedHashMap<>();
        Set<String> newGlobal = new LinkedHashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new LinkedHashSet<>();
        Set<String> inlinedCells = new LinkedHashSet<>();

        // A class's own names are invisible to its methods: what they see is fixed before the
        // class's names are analysed.
        if (ste.kind() == ScopeKind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (ste.kind() != ScopeKind.CLASS) {
            if (ste.kind().isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (Scope entry : List.copyOf(ste.children)) {
            Scope newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.kind() == ScopeKind.CLASS) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            // All comprehensions but generator expressions are inlined, except in annotation
            // scopes that can see a class.
            boolean inline = entry.comprehension && !entry.generator && !ste.canSeeClassScope;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(entry, new LinkedHashSet<>(newBound), childFree, new LinkedHashSet<>(newGlobal),
                    new LinkedHashSet<>(typeParams), newClassEntry);
            if (inline) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.addAll(childFree);
            if (entry.free || entry.childFree) {
                ste.childFree = true;
            }
        }
        // Inlined comprehensions leave the tree; their children take their place.
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            Scope c = ste.children.get(i);
            if (c.compInlined) {
                ste.children.remove(i);
                ste.children.addAll(i, c.children);
            }
        }

        if (ste.kind().isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.kind() == ScopeKind.CLASS) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste, scopes, bound, newFree, inlinedCells,
                ste.kind() == ScopeKind.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
            Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams, Scope classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // In a block that sees a class (gh-109118), a name the class binds resolves in the class
        // namespace, then globals: never in an enclosing function.
        if (classEntry != null) {
            int classFlags = classEntry.flags(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.free = true;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    /** Locals that nested blocks use become cells (and are then no longer free above). */
    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(CELL);
            free.remove(name);
        }
    }

    /** A class body provides the implicit {@code __class__} and {@code __classdict__} cells its methods use. */
    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        if (free.remove("__classdict__")) {
            ste.needsClassDict = true;
        }
    }

    private static void updateSymbols(Scope ste, Map<String, Integer> scopes, Set<String> bound, Set<String> free,
            Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            int flags = e.getValue();
            if (inlinedCells.contains(e.getKey())) {
                flags |= DEF_COMP_CELL;
            }
            flags |= scopes.get(e.getKey()) << SCOPE_OFFSET;
            e.setValue(flags);
        }
        // Free variables of children that this block does not bind pass through it.
        for (String name : free) {
            Integer v = ste.symbols.get(name);
            if (v != null) {
                // A method uses a variable of an enclosing function that the class also binds.
                if (classFlag) {
                    ste.symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }

    /** Merges the symbols of an inlined comprehension into its parent's (PEP 709). */
    private static void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopes, Set<String> compFree,
            Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            String k = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue; // the implicit .0
            }
            int scope = (compFlags >> SCOPE_OFFSET) & SymbolFlags.SCOPE_MASK;
            int onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Integer existing = ste.symbols.get(k);
            // __class__ is never free through a class scope (see dropClassFree).
            // The inlined code reads it as a global, as the class body itself would. A function
            // nested in the comprehension keeps it free, so that the class still makes the cell
            // (CPython 3.13.0 fails to compile that case).
            if (scope == FREE && ste.kind() == ScopeKind.CLASS && k.equals("__class__")) {
                scope = GLOBAL_IMPLICIT;
                removeDunderClass = true;
                if (!isFreeInAnyChild(comp, k)) {
                    compFree.remove(k);
                }
            }
            if (existing == null) {
                ste.symbols.put(k, onlyFlags);
                scopes.put(k, scope);
            } else if ((existing & DEF_BOUND) != 0 && !isFreeInAnyChild(comp, k) && ste.kind() != ScopeKind.CLASS) {
                // A comprehension's free variable that is a local outside is now simply that local.
                compFree.remove(k);
            }
        }
        comp.free = !compFree.isEmpty();
        if (removeDunderClass) {
            comp.symbols.remove("__class__");
        }
    }

    private static boolean isFreeInAnyChild(Scope entry, String name) {
        for (Scope child : entry.children) {
            if (child.binding(name) == Binding.FREE) {
                return true;
            }
        }
        return false;
    }

    private PySyntaxError errorAtDirective(Scope ste, String name, String msg) {
        return SymtableErrors.at(filename, msg, ste.directives.get(name));
    }

    static List<Scope> flatten(Scope top) {
        List<Scope> out = new ArrayList<>();
        out.add(top);
        for (Scope c : top.children) {
            out.addAll(flatten(c));
        }
        return out;
    }
}
