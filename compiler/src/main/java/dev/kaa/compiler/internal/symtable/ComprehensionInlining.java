package dev.kaa.compiler.internal.symtable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * What the code generator must do around an inlined comprehension (PEP 709), following CPython
 * 3.13's {@code push_inlined_comprehension_state}. The comprehension's symbols are visited in
 * {@link Scope#symbols()} order; for each name:
 * <ol>
 * <li>if its binding differs inside and outside ({@code scope != outsc}), unless it is
 *     {@code FREE} inside, or {@code CELL} inside and {@code FREE} outside — or always when the
 *     comprehension is directly in a class body — the enclosing code unit must treat the name
 *     with the comprehension's flags while compiling the comprehension and restore its own
 *     afterwards ({@link #overrides()}, inner flags by name);</li>
 * <li>if it is bound in the comprehension ({@code DEF_LOCAL} without {@code DEF_NONLOCAL}), or
 *     always directly in a class body, its outer value is saved with {@code LOAD_FAST_AND_CLEAR}
 *     before the comprehension and restored after it ({@link #pushedLocals()}, in order); if it is
 *     a cell inside, {@code MAKE_CELL} follows, indexed in the free variables when the
 *     (possibly overridden) outer binding is {@code FREE}, else in the cells
 *     ({@link Pushed#makeCell()}, {@link Pushed#cellIsFree()}); outside a function-like scope the
 *     name is also marked "fast hidden" (loaded with {@code LOAD_FAST} rather than {@code LOAD_NAME}
 *     while it is hidden) if it was not already ({@link Pushed#hideFast()} is true for every
 *     pushed name in a module or class block; the code generator keeps track of which were
 *     already hidden).</li>
 * </ol>
 * "Directly in a class body" means the enclosing code unit is a class and the comprehension is
 * not itself inside another inlined comprehension (CPython's {@code u_in_inlined_comp}).
 *
 * <p>Thread safety: immutable.
 *
 * @param overrides    names whose flags the enclosing unit uses from the comprehension while
 *                     compiling it, with those inner flags, in order
 * @param pushedLocals names saved with {@code LOAD_FAST_AND_CLEAR}, in order
 */
public record ComprehensionInlining(Map<String, Integer> overrides, List<Pushed> pushedLocals) {

    /** A name saved before and restored after the inlined comprehension. */
    public record Pushed(String name, boolean makeCell, boolean cellIsFree, boolean hideFast) {}

    public ComprehensionInlining {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        pushedLocals = List.copyOf(pushedLocals);
    }

    /**
     * Plans the inlining of {@code comprehension}.
     *
     * @param comprehension the comprehension's scope ({@link Scope#isInlinedComprehension()})
     * @param outerFlags    the flags the enclosing code unit currently has for a name (0 if none),
     *                      including overrides of enclosing inlined comprehensions still in effect
     * @param functionLike  whether the enclosing code unit is function-like
     *                      ({@link ScopeKind#isFunctionLike()})
     * @param inClassBlock  whether the comprehension is directly in a class body (see above)
     */
    public static ComprehensionInlining plan(Scope comprehension, ToIntFunction<String> outerFlags,
            boolean functionLike, boolean inClassBlock) {
        Map<String, Integer> overrides = new LinkedHashMap<>();
        List<Pushed> pushed = new ArrayList<>();
        for (Map.Entry<String, Integer> e : comprehension.symbols().entrySet()) {
            String name = e.getKey();
            int symbol = e.getValue();
            Binding scope = Binding.ofFlags(symbol);
            Binding outsc = Binding.ofFlags(outerFlags.applyAsInt(name));
            boolean overridden = false;
            if ((scope != outsc && scope != Binding.FREE && !(scope == Binding.CELL && outsc == Binding.FREE))
                    || inClassBlock) {
                overrides.put(name, symbol);
                overridden = true;
            }
            boolean bound = (symbol & SymbolFlags.DEF_LOCAL) != 0 && (symbol & SymbolFlags.DEF_NONLOCAL) == 0;
            if (bound || inClassBlock) {
                // CPython looks the outer binding up again after overriding it.
                Binding current = overridden ? scope : outsc;
                boolean makeCell = scope == Binding.CELL;
                pushed.add(new Pushed(name, makeCell, makeCell && current == Binding.FREE, !functionLike));
            }
        }
        return new ComprehensionInlining(overrides, pushed);
    }
}
