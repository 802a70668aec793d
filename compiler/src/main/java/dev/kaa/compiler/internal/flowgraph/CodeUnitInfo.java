package dev.kaa.compiler.internal.flowgraph;

import java.util.List;
import java.util.Set;

/**
 * What the code generator knows about one code unit (module, class body, function, lambda,
 * comprehension) besides its instructions: the parts of the code object the assembler copies.
 *
 * <p>{@code flags} are the {@code CO_*} bits the code generator computes ({@code CO_OPTIMIZED},
 * {@code CO_NEWLOCALS}, {@code CO_VARARGS}, {@code CO_VARKEYWORDS}, {@code CO_NESTED},
 * {@code CO_GENERATOR}, {@code CO_COROUTINE}, {@code CO_ASYNC_GENERATOR},
 * {@code CO_HAS_DOCSTRING}, {@code CO_METHOD}, future flags). 3.13 no longer sets
 * {@code CO_NOFREE}; the assembler adds nothing.
 *
 * <p>{@code varnames} starts with the parameters in CPython's order (positional-only and
 * positional, keyword-only, then {@code *args}, then {@code **kwargs}), followed by the other
 * locals. {@code cellvars} lists the cells in the symbol table's order; a cell that is also a
 * parameter or local shares that slot. {@code freevars} lists free variables. Instructions with
 * a local index ({@code LOAD_FAST} …) index {@code varnames}; those with a cell/free index
 * ({@code LOAD_DEREF}, {@code LOAD_CLOSURE} …) index {@code cellvars ++ freevars}.
 * {@code consts} and {@code names} are final: opargs index them directly.
 *
 * <p>Thread safety: immutable if the lists are (the constructor copies them).
 *
 * @param name {@code co_name}
 * @param qualname {@code co_qualname}
 * @param filename {@code co_filename}
 * @param firstlineno {@code co_firstlineno}
 * @param argcount {@code co_argcount} (positional parameters, including positional-only)
 * @param posonlyargcount {@code co_posonlyargcount}
 * @param kwonlyargcount {@code co_kwonlyargcount}
 * @param flags {@code co_flags}
 * @param consts {@code co_consts}, values as in {@link dev.kaa.bytecode.Constant}
 * @param names {@code co_names}
 * @param varnames parameters then locals
 * @param cellvars cell variables
 * @param freevars free variables
 * @param hiddenLocals locals and cells of PEP 709 inlined comprehensions in module and class
 *     bodies, which {@code locals()} must not show ({@code CO_FAST_HIDDEN}); empty elsewhere
 */
public record CodeUnitInfo(String name, String qualname, String filename, int firstlineno,
        int argcount, int posonlyargcount, int kwonlyargcount, int flags,
        List<Object> consts, List<String> names, List<String> varnames, List<String> cellvars,
        List<String> freevars, Set<String> hiddenLocals) {

    /** A code unit without hidden locals (the common case). */
    public CodeUnitInfo(String name, String qualname, String filename, int firstlineno,
            int argcount, int posonlyargcount, int kwonlyargcount, int flags,
            List<Object> consts, List<String> names, List<String> varnames, List<String> cellvars,
            List<String> freevars) {
        this(name, qualname, filename, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags,
                consts, names, varnames, cellvars, freevars, Set.of());
    }

    public CodeUnitInfo {
        // Constants may hold Java null nowhere (None is Constant.NONE), so List.copyOf is safe.
        consts = List.copyOf(consts);
        names = List.copyOf(names);
        varnames = List.copyOf(varnames);
        cellvars = List.copyOf(cellvars);
        freevars = List.copyOf(freevars);
        hiddenLocals = Set.copyOf(hiddenLocals);
    }
}
