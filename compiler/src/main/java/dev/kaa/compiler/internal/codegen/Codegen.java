package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Label;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.compiler.internal.symtable.Binding;
import dev.kaa.compiler.internal.symtable.Scope;
import dev.kaa.compiler.internal.symtable.SymbolTable;
import dev.kaa.compiler.spi.CompileOptions;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.Pos;
import dev.kaa.compiler.internal.astopt.ExprUnparser;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.kaa.bytecode.CodeObject.*;

/**
 * The state of one compilation (CPython's {@code struct compiler}): the symbol table, the options,
 * the stack of code units being generated, and the emitting helpers the statement, expression
 * and other compilers share. Each of those compilers holds this object and reaches the others
 * through it.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class Codegen {
    /** CPython's {@code PyCF_MASK}: the future flags every code object inherits. */
    private static final int FUTURE_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000
            | CompileOptions.CO_FUTURE_BARRY_AS_BDFL | 0x800000 | CompileOptions.CO_FUTURE_ANNOTATIONS;
    /** CPython 3.13's {@code CO_MAXBLOCKS}: the deepest nesting of blocks. */
    static final int MAX_BLOCKS = 21;

    final String filename;
    final int optimize;
    /** The {@code CO_FUTURE_*} and {@code PyCF_*} flags of the compilation. */
    final int flags;
    final SymbolTable symtable;
    final boolean interactive;
    private final Deque<CodeUnit> stack = new ArrayDeque<>();
    private final Map<ConstantKey, Object> constCache = new HashMap<>();
    CodeUnit u;

    final NameCompiler names = new NameCompiler(this);
    final ExpressionCompiler expr = new ExpressionCompiler(this);
    final CallCompiler calls = new CallCompiler(this);
    final StatementCompiler stmt = new StatementCompiler(this);
    final AssignCompiler assign = new AssignCompiler(this);
    final TryCompiler tries = new TryCompiler(this);
    final WithCompiler withs = new WithCompiler(this);
    final BlockUnwinder unwind = new BlockUnwinder(this);
    final FunctionCompiler funcs = new FunctionCompiler(this);
    final ClassCompiler classes = new ClassCompiler(this);
    final TypeParamCompiler typeParams = new TypeParamCompiler(this);
    final ComprehensionCompiler comps = new ComprehensionCompiler(this);
    final PatternCompiler patterns = new PatternCompiler(this);

    /** The SyntaxWarnings found, issued once the code is generated. */
    final CodeWarnings warnings;

    Codegen(String filename, int optimize, int flags, SymbolTable symtable, boolean interactive,
            CodeWarnings warnings) {
        this.warnings = warnings;
        this.filename = filename;
        this.optimize = optimize;
        this.flags = flags;
        this.symtable = symtable;
        this.interactive = interactive;
    }

    // ---- units

    /**
     * Starts a new code unit for {@code scope} and emits its {@code RESUME}. The qualified name
     * follows CPython's {@code compiler_set_qualname}.
     */
    void enterScope(Scope scope, CodeUnit.Kind kind, String name, int firstlineno) {
        enterScope(scope, kind, name, firstlineno, false);
    }

    /** Like {@link #enterScope(Scope, CodeUnit.Kind, String, int)}, optionally as a generator body. */
    void enterScope(Scope scope, CodeUnit.Kind kind, String name, int firstlineno, boolean stopIterationHandler) {
        CodeUnit unit = new CodeUnit(scope, kind, name, firstlineno, constCache);
        if (u != null) {
            stack.push(u);
        }
        u = unit;
        unit.qualname = kind == CodeUnit.Kind.MODULE ? name : qualname(unit);
        // CPython's module RESUME stands at line 0 of a span ending on line 1.
        Location loc = kind == CodeUnit.Kind.MODULE ? new Location(0, 1, 0, 0)
                : new Location(firstlineno, firstlineno, 0, 0);
        if (stopIterationHandler) {
            addStopIterationHandler();
        }
        emit(Opcode.RESUME, 0, loc);
    }

    private String qualname(CodeUnit unit) {
        if (stack.size() <= 1) {
            return unit.name;
        }
        var it = stack.iterator();
        CodeUnit parent = it.next();
        if (parent.kind == CodeUnit.Kind.TYPE_PARAMS) {
            if (stack.size() == 2) {
                return unit.name;
            }
            parent = it.next();
        }
        boolean forceGlobal = false;
        if (unit.kind == CodeUnit.Kind.FUNCTION || unit.kind == CodeUnit.Kind.ASYNC_FUNCTION
                || unit.kind == CodeUnit.Kind.CLASS) {
            String mangled = parent.scope.mangle(unit.name);
            forceGlobal = parent.binding(mangled) == Binding.GLOBAL_EXPLICIT;
        }
        if (forceGlobal) {
            return unit.name;
        }
        boolean parentIsFunction = parent.kind == CodeUnit.Kind.FUNCTION
                || parent.kind == CodeUnit.Kind.ASYNC_FUNCTION || parent.kind == CodeUnit.Kind.LAMBDA;
        return (parentIsFunction ? parent.qualname + ".<locals>" : parent.qualname) + "." + unit.name;
    }

    /** A finished code object with the free variables its closure needs. */
    record Compiled(CodeObject code, List<String> freevars) {}

    /**
     * Finishes the current unit (adding the {@code StopIteration} handler of generators and the
     * implicit {@code return None}), returns its code object and makes its parent current.
     */
    Compiled exitScope() {
        CodeUnit unit = u;
        if (unit.stopIterationHandler != null) {
            returnConst(Constant.NONE, Location.NONE);
            bind(unit.stopIterationHandler);
            emit(Opcode.CALL_INTRINSIC_1, ExpressionCompiler.INTRINSIC_STOPITERATION_ERROR, Location.NONE);
            emit(Opcode.RERAISE, 1, Location.NONE);
        }
        returnConst(Constant.NONE, Location.NONE);
        CodeObject code = unit.assemble(filename, codeFlags(unit));
        u = stack.isEmpty() ? null : stack.pop();
        return new Compiled(code, unit.freevars());
    }

    /**
     * Protects the whole of the current unit, from its {@code RESUME}, with the handler that
     * turns an escaping {@code StopIteration} into {@code RuntimeError} (PEP 479); called
     * before the {@code RESUME} of a generator or coroutine function or generator expression.
     */
    void addStopIterationHandler() {
        u.stopIterationHandler = newLabel();
        jump(Opcode.SETUP_CLEANUP, u.stopIterationHandler, Location.NONE);
    }

    /** The unit enclosing the current one, or null. */
    CodeUnit parentUnit() {
        return stack.peek();
    }

    /** CPython's {@code compute_code_flags}. */
    private int codeFlags(CodeUnit unit) {
        Scope s = unit.scope;
        boolean coroutine = isCoroutine(unit);
        int f = 0;
        if (unit.isFunctionLike()) {
            f |= CO_NEWLOCALS | CO_OPTIMIZED;
            if (s.isNested()) {
                f |= CO_NESTED;
            }
            if (s.isGenerator() && !coroutine) {
                f |= CO_GENERATOR;
            }
            if (s.isGenerator() && coroutine) {
                f |= CO_ASYNC_GENERATOR;
            }
            if (s.hasVarargs()) {
                f |= CO_VARARGS;
            }
            if (s.hasVarkeywords()) {
                f |= CO_VARKEYWORDS;
            }
        }
        if (coroutine && !s.isGenerator()) {
            f |= CO_COROUTINE;
        }
        return f | (flags & FUTURE_MASK);
    }

    /**
     * Whether the unit is a coroutine (or, if a generator, an async generator): as the symbol
     * table says, or made so by a top-level {@code await} or by an asynchronous comprehension
     * inside a comprehension (CPython's symtable marks the enclosing comprehension then).
     */
    static boolean isCoroutine(CodeUnit unit) {
        return unit.scope.isCoroutine() || unit.forcedCoroutine;
    }

    /** Whether top-level {@code await} is allowed and we are at the top level. */
    boolean topLevelAwait() {
        return (flags & CompileOptions.PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0
                && u.kind == CodeUnit.Kind.MODULE;
    }

    /** The nearest class unit enclosing the current one (not the current one itself), or null. */
    CodeUnit enclosingClass() {
        for (CodeUnit unit : stack) {
            if (unit.kind == CodeUnit.Kind.CLASS) {
                return unit;
            }
        }
        return null;
    }

    /** Whether {@code from __future__ import annotations} is in effect. */
    boolean futureAnnotations() {
        return (flags & CompileOptions.CO_FUTURE_ANNOTATIONS) != 0;
    }

    /** An annotation's source text, as the future import stores it. */
    String unparse(Expr annotation) {
        return ExprUnparser.unparse(annotation);
    }

    /**
     * A module or class body (CPython's {@code compiler_body}): {@code SETUP_ANNOTATIONS} if any
     * statement is annotated, the cleaned docstring stored as {@code __doc__}, then the statements.
     */
    void body(Location loc, List<Stmt> stmts) {
        if (u.kind == CodeUnit.Kind.MODULE && !stmts.isEmpty()) {
            loc = loc(stmts.get(0).pos());
        }
        if (AssignCompiler.findAnnotations(stmts)) {
            emit(Opcode.SETUP_ANNOTATIONS, loc);
        }
        if (stmts.isEmpty()) {
            return;
        }
        int first = 0;
        String doc = Docstrings.of(stmts);
        if (doc != null) {
            first = 1;
            if (optimize < 2) {
                // As CPython: the constant at the docstring, the store with no location of its own.
                Expr value = ((Stmt.Expr) stmts.get(0)).value();
                loadConst(Docstrings.clean(doc), loc(value.pos()));
                names.nameOp("__doc__", ExprContext.Store, Location.NONE);
            }
        }
        for (int i = first; i < stmts.size(); i++) {
            stmt.visit(stmts.get(i));
        }
    }

    // ---- emitting

    void emit(Opcode op, Location loc) {
        u.seq.add(op, 0, loc);
    }

    void emit(Opcode op, int oparg, Location loc) {
        u.seq.add(op, oparg, loc);
    }

    void jump(Opcode op, Label target, Location loc) {
        u.seq.addJump(op, target, loc);
    }

    Label newLabel() {
        return u.seq.newLabel();
    }

    void bind(Label label) {
        u.seq.bind(label);
    }

    void loadConst(Object value, Location loc) {
        emit(Opcode.LOAD_CONST, u.addConst(value), loc);
    }

    /**
     * Loads a tuple CPython would make by folding a {@code BUILD_TUPLE} of constants: the items
     * enter {@code co_consts} first, as CPython's code generator adds them (the assembler drops
     * those no instruction loads), and the tuple goes after all other constants.
     */
    void loadFoldedTuple(List<Object> items, Location loc) {
        for (Object item : items) {
            u.addConst(item);
        }
        emit(Opcode.LOAD_CONST, u.addFoldedConst(new Constant.Tuple(items)), loc);
    }

    /**
     * Loads the folded tuple of the constant expressions {@code elts}. CPython's folding turns
     * each item's {@code LOAD_CONST} into a {@code NOP} at the item's position, which stays for
     * line tracing where it marks a line of its own (e.g. defaults spread over lines).
     */
    void loadFoldedElements(List<Expr> elts, Location loc) {
        List<Object> values = new ArrayList<>();
        for (Expr e : elts) {
            values.add(((Expr.Constant) e).value());
            u.addConst(values.getLast());
            emit(Opcode.NOP, loc(e.pos()));
        }
        emit(Opcode.LOAD_CONST, u.addFoldedConst(new Constant.Tuple(values)), loc);
    }

    void loadNone(Location loc) {
        loadConst(Constant.NONE, loc);
    }

    /** An instruction whose argument is a name in {@code co_names}. */
    void emitName(Opcode op, String name, Location loc) {
        emit(op, u.addName(name), loc);
    }

    /** Emits {@code RETURN_VALUE}, or {@code RETURN_CONST} for a value that is a constant. */
    void returnConst(Object value, Location loc) {
        emit(Opcode.RETURN_CONST, u.addConst(value), loc);
    }

    /** A location for a node position. */
    static Location loc(Pos pos) {
        return pos == null ? Location.NONE
                : new Location(pos.lineno(), pos.end_lineno(), pos.col_offset(), pos.end_col_offset());
    }

    /** A {@code SyntaxError} at {@code pos}. */
    PySyntaxError error(String msg, Pos pos) {
        if (pos == null) {
            return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, 1, 0, null, 1, 0);
        }
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, pos.lineno(),
                pos.col_offset() + 1, null, pos.end_lineno(), pos.end_col_offset() + 1);
    }

    /** A {@code SyntaxError} at an instruction location. */
    PySyntaxError error(String msg, Location loc) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, loc.lineno(),
                loc.col() + 1, null, loc.endLineno(), loc.endCol() + 1);
    }

    // ---- blocks

    void pushBlock(FBlock.Type type, Label block, Label exit, Object datum, Location loc) {
        if (u.fblocks.size() >= MAX_BLOCKS) {
            throw error("too many statically nested blocks", loc);
        }
        u.fblocks.push(new FBlock(type, block, exit, datum, loc));
    }

    void popBlock(FBlock.Type type) {
        FBlock top = u.fblocks.pop();
        if (top.type() != type) {
            throw new IllegalStateException("popped " + top.type() + ", expected " + type);
        }
    }
}
