package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.assemble.Assembler;
import dev.kaa.compiler.internal.flowgraph.CodeUnitInfo;
import dev.kaa.compiler.internal.flowgraph.InstructionSequence;
import dev.kaa.compiler.internal.flowgraph.Label;
import dev.kaa.compiler.internal.symtable.Binding;
import dev.kaa.compiler.internal.symtable.Scope;
import dev.kaa.compiler.internal.symtable.ScopeKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state of one code object being generated (CPython's {@code compiler_unit}): its
 * instructions, its tables of constants, names, locals, cells and free variables, the stack of
 * open blocks ({@link FBlock}) and what the symbol table says about its names.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class CodeUnit {
    /** What the code object is, as CPython's {@code COMPILER_SCOPE_*} values say. */
    enum Kind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPE_PARAMS, ANNOTATION }

    final Scope scope;
    final Kind kind;
    final String name;
    String qualname;
    final int firstlineno;
    final InstructionSequence seq = new InstructionSequence();
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    final Deque<FBlock> fblocks = new ArrayDeque<>();
    /** Depth of inlined comprehensions being compiled into this unit (CPython's {@code u_in_inlined_comp}). */
    int inInlinedComp;
    /** Symbol bindings an inlined comprehension overrides while it is compiled. */
    final Map<String, Integer> overriddenFlags = new HashMap<>();
    /** Names an inlined comprehension keeps in fast locals in a module or class body (CPython's {@code u_fasthidden}). */
    final Set<String> fastHidden = new HashSet<>();
    /** Every name ever in {@link #fastHidden}: they get {@code CO_FAST_HIDDEN}, so {@code locals()} skips them. */
    final Set<String> everHidden = new HashSet<>();
    /** Attribute names stored on the first parameter of methods ({@code __static_attributes__}). */
    final Set<String> staticAttributes = new TreeSet<>();
    boolean hasDocstring;
    /** Set by top-level {@code await} outside functions (CPython sets {@code ste_coroutine}). */
    boolean forcedCoroutine;
    /** The handler turning {@code StopIteration} into {@code RuntimeError} in generators, or null. */
    Label stopIterationHandler;

    /** Placeholder indices of folded constants start here (far above any real index). */
    private static final int FOLDED_BASE = 1 << 28;
    private final List<Object> consts = new ArrayList<>();
    private final List<Object> folded = new ArrayList<>();
    private final Map<ConstantKey, Integer> foldedIndex = new HashMap<>();
    private final Map<ConstantKey, Integer> constIndex = new HashMap<>();
    private final LinkedHashMap<String, Integer> names = new LinkedHashMap<>();
    private final LinkedHashMap<String, Integer> varnames = new LinkedHashMap<>();
    private final List<String> cellvars;
    private final List<String> freevars;

    /** Constants shared by every unit of the compilation, so equal constants are one object. */
    private final Map<ConstantKey, Object> sharedConstants;

    CodeUnit(Scope scope, Kind kind, String name, int firstlineno, Map<ConstantKey, Object> sharedConstants) {
        this.sharedConstants = sharedConstants;
        this.scope = scope;
        this.kind = kind;
        this.name = name;
        this.firstlineno = firstlineno;
        for (String v : scope.varnames()) {
            varnames.putIfAbsent(v, varnames.size());
        }
        cellvars = new ArrayList<>(scope.cellvars());
        if (scope.needsClassClosure()) {
            cellvars.add("__class__");
        }
        if (scope.needsClassDict()) {
            cellvars.add("__classdict__");
        }
        freevars = new ArrayList<>(scope.freevars());
    }

    /** The index of {@code value} in {@code co_consts}, adding it if new. */
    int addConst(Object value) {
        return constIndex.computeIfAbsent(ConstantKey.of(value), k -> {
            consts.add(canonical(value, k));
            return consts.size() - 1;
        });
    }

    /**
     * The one object of the compilation equal to {@code value} (CPython's {@code c_const_cache}),
     * so that marshal writes equal tuples and strings once and CPython shares them after loading.
     */
    private Object canonical(Object value, ConstantKey key) {
        Object known = sharedConstants.get(key);
        if (known != null) {
            return known;
        }
        Object v = switch (value) {
            case Constant.Tuple t -> new Constant.Tuple(canonicalItems(t.items()));
            case Constant.FrozenSet f -> new Constant.FrozenSet(canonicalItems(f.items()));
            default -> value;
        };
        sharedConstants.put(key, v);
        return v;
    }

    private List<Object> canonicalItems(List<Object> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(canonical(item, ConstantKey.of(item)));
        }
        return out;
    }

    /**
     * A placeholder index for a constant CPython's flow-graph optimizer would create by folding
     * a {@code BUILD_TUPLE} of constants: such constants go after all others in
     * {@code co_consts}, and {@link #assemble} renumbers the placeholders accordingly.
     */
    int addFoldedConst(Object value) {
        ConstantKey key = ConstantKey.of(value);
        Integer known = foldedIndex.get(key);
        if (known == null) {
            known = FOLDED_BASE + folded.size();
            folded.add(canonical(value, key));
            foldedIndex.put(key, known);
        }
        return known;
    }

    /** The index of {@code name} in {@code co_names}, adding it if new. */
    int addName(String name) {
        return names.computeIfAbsent(name, k -> names.size());
    }

    /** The index of a fast local, adding it to {@code co_varnames} if new. */
    int varIndex(String name) {
        return varnames.computeIfAbsent(name, k -> varnames.size());
    }

    /** The index of a cell variable in {@code cellvars ++ freevars}. */
    int cellIndex(String name) {
        int i = cellvars.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no cell variable '" + name + "' in " + qualname);
        }
        return i;
    }

    /** The index of a free variable in {@code cellvars ++ freevars}. */
    int freeIndex(String name) {
        int i = freevars.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no free variable '" + name + "' in " + qualname);
        }
        return cellvars.size() + i;
    }

    /** Whether {@code name} is one of this unit's cells. */
    boolean isCell(String name) {
        return cellvars.contains(name);
    }

    /** The binding of a mangled name, as an inlined comprehension may have overridden it. */
    Binding binding(String mangled) {
        Integer f = overriddenFlags.get(mangled);
        return f != null ? Binding.ofFlags(f) : scope.binding(mangled);
    }

    /** The flags of a mangled name, as an inlined comprehension may have overridden them. */
    int flags(String mangled) {
        Integer f = overriddenFlags.get(mangled);
        return f != null ? f : scope.flags(mangled);
    }

    /** Whether the unit uses fast locals (CPython's {@code _PyST_IsFunctionLike}). */
    boolean isFunctionLike() {
        return scope.kind().isFunctionLike();
    }

    /** Whether the unit is a class body. */
    boolean isClass() {
        return scope.kind() == ScopeKind.CLASS;
    }

    /** The first parameter (or local), as zero-argument {@code super()} loads it. */
    String firstVarname() {
        return varnames.keySet().iterator().next();
    }

    /** The free variables, in {@code co_freevars} order. */
    List<String> freevars() {
        return List.copyOf(freevars);
    }

    /** The number of constants so far. */
    int constCount() {
        return consts.size();
    }

    /** Assembles the finished unit into a code object with {@code flags}. */
    CodeObject assemble(String filename, int flags) {
        InstructionSequence code = seq;
        List<Object> allConsts = consts;
        if (!folded.isEmpty()) {
            allConsts = new ArrayList<>(consts);
            Map<Integer, Integer> renumber = new HashMap<>();
            for (int k = 0; k < folded.size(); k++) {
                Object value = folded.get(k);
                Integer existing = constIndex.get(ConstantKey.of(value));
                if (existing != null) {
                    renumber.put(FOLDED_BASE + k, existing);
                } else {
                    renumber.put(FOLDED_BASE + k, allConsts.size());
                    allConsts.add(value);
                }
            }
            code = renumbered(renumber);
        }
        CodeUnitInfo info = new CodeUnitInfo(name, qualname, filename, firstlineno, argcount,
                posonlyargcount, kwonlyargcount, flags, allConsts, List.copyOf(names.keySet()),
                List.copyOf(varnames.keySet()), cellvars, freevars, everHidden);
        return Assembler.assemble(code, info);
    }

    /** A copy of the instructions with folded-constant placeholders replaced by real indices. */
    private InstructionSequence renumbered(Map<Integer, Integer> renumber) {
        InstructionSequence copy = new InstructionSequence();
        Map<Label, Label> labels =
                new IdentityHashMap<>();
        Map<Integer, List<Label>> at = new HashMap<>();
        for (var l : seq.labels()) {
            labels.put(l, copy.newLabel());
            if (l.isBound()) {
                at.computeIfAbsent(seq.position(l), k -> new ArrayList<>()).add(l);
            }
        }
        for (int i = 0; i <= seq.size(); i++) {
            for (var l : at.getOrDefault(i, List.of())) {
                copy.bind(labels.get(l));
            }
            if (i == seq.size()) {
                break;
            }
            var ins = seq.get(i);
            if (ins.target() != null) {
                copy.addJump(ins.op(), labels.get(ins.target()), ins.loc());
            } else {
                int arg = ins.op().has(Opcode.HAS_CONST)
                        ? renumber.getOrDefault(ins.oparg(), ins.oparg()) : ins.oparg();
                copy.add(ins.op(), arg, ins.loc());
            }
        }
        return copy;
    }
}
