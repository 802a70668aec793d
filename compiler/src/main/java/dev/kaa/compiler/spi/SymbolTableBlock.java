package dev.kaa.compiler.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of a module's symbol tables (the module, a class, a function, a lambda, a
 * comprehension that is not inlined, an annotation or type-parameter scope), as CPython's
 * {@code _symtable} module shows it: what {@link PythonCompiler#symbolTable} returns for the top.
 *
 * @param kind the kind of block; its ordinal is CPython's {@code _symtable.TYPE_*} number
 * @param name the block's name ({@code "top"} for the module, {@code "lambda"}, {@code "listcomp"} …)
 * @param lineno the line the block starts on (0 for the module)
 * @param nested whether the block is inside a function-like block
 * @param symbols each name the block mentions, with CPython's flags word: the {@code DEF_*} and
 *     {@code USE} bits, and the scope ({@code LOCAL}, {@code GLOBAL_EXPLICIT} …) shifted by
 *     {@code SCOPE_OFF} (12)
 * @param varnames the parameters and locals of a function-like block, in order
 * @param children the blocks inside this one, in source order
 *
 * <p>Thread safety: immutable.
 */
public record SymbolTableBlock(Kind kind, String name, int lineno, boolean nested, Map<String, Integer> symbols,
        List<String> varnames, List<SymbolTableBlock> children) {
    /** The kinds of block, in the order of CPython's {@code _symtable.TYPE_*} numbers. */
    public enum Kind { FUNCTION, CLASS, MODULE, ANNOTATION, TYPE_ALIAS, TYPE_PARAMETERS, TYPE_VARIABLE }

    public SymbolTableBlock {
        symbols = Collections.unmodifiableMap(new LinkedHashMap<>(symbols));   // in the order of first mention
        varnames = List.copyOf(varnames);
        children = List.copyOf(children);
    }
}
