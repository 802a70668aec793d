/**
 * Symbol tables, as CPython 3.13's {@code Python/symtable.c} builds them: which names each block
 * (module, class, function, lambda, comprehension, PEP 695 type-parameter, type-alias and bound
 * blocks) binds and uses, and where each lives ({@link dev.kaa.compiler.internal.symtable.Binding}).
 *
 * <p>Use: build the table from the optimized tree
 * ({@link dev.kaa.compiler.internal.symtable.SymbolTable#build}), look a block up by the node
 * that opens it ({@code scopeOf}, {@code typeParamsScopeOf}, {@code boundScopeOf},
 * {@code defaultScopeOf}), mangle a name with {@link dev.kaa.compiler.internal.symtable.Scope#mangle}
 * before asking its {@code binding}. List, set and dict comprehensions are inlined into their
 * parent (PEP 709); {@link dev.kaa.compiler.internal.symtable.ComprehensionInlining} says what the
 * code generator must save and restore around one.
 *
 * <p>Tested against CPython's {@code symtable} module on every file of its {@code Lib}, on tricky
 * snippets (with the cells and free variables of CPython's code objects) and on its error
 * messages and locations.
 */
package dev.kaa.compiler.internal.symtable;
