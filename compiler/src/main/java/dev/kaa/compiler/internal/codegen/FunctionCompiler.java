package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.compiler.internal.symtable.Binding;
import dev.kaa.compiler.internal.symtable.Scope;
import dev.kaa.parser.ast.Arg;
import dev.kaa.parser.ast.Arguments;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Stmt;
import dev.kaa.parser.ast.TypeParam;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates function definitions and lambdas (CPython's {@code compiler_function},
 * {@code compiler_lambda}, {@code compiler_make_closure}): defaults, keyword-only defaults,
 * annotations, decorators, the body's code object with its docstring, closures, and the
 * {@code <generic parameters of f>} wrapper of PEP 695 generic functions.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class FunctionCompiler {
    static final int MAKE_DEFAULTS = 1;
    static final int MAKE_KWDEFAULTS = 2;
    static final int MAKE_ANNOTATIONS = 4;
    static final int MAKE_CLOSURE = 8;
    private static final int INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;

    private final Codegen g;

    FunctionCompiler(Codegen g) {
        this.g = g;
    }

    void function(Stmt.FunctionDef f) {
        function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(), f.type_params(), false);
    }

    void function(Stmt.AsyncFunctionDef f) {
        function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(), f.type_params(), true);
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decos,
            Expr returns, List<TypeParam> typeParams, boolean async) {
        checkDebugArgs(args);
        decorators(decos);
        int firstlineno = decos.isEmpty() ? s.pos().lineno() : decos.get(0).pos().lineno();
        Location loc = Codegen.loc(s.pos());
        boolean generic = typeParams != null && !typeParams.isEmpty();
        int flags = defaultArguments(args, loc);
        int typeParamArgs = 0;
        if (generic) {
            if ((flags & MAKE_DEFAULTS) != 0) {
                typeParamArgs++;
            }
            if ((flags & MAKE_KWDEFAULTS) != 0) {
                typeParamArgs++;
            }
            if (typeParamArgs == 2) {
                g.emit(Opcode.SWAP, 2, loc);
            }
            g.enterScope(g.symtable.typeParamsScopeOf(s), CodeUnit.Kind.TYPE_PARAMS,
                    "<generic parameters of " + name + ">", firstlineno);
            g.typeParams.typeParams(typeParams);
            for (int i = 0; i < typeParamArgs; i++) {
                g.emit(Opcode.LOAD_FAST, i, loc);
            }
        }
        if (annotations(args, returns, loc)) {
            flags |= MAKE_ANNOTATIONS;
        }
        body(s, name, args, body, async, flags, firstlineno);
        if (generic) {
            g.emit(Opcode.SWAP, 2, loc);
            g.emit(Opcode.CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
            g.emit(Opcode.RETURN_VALUE, loc);
            g.u.argcount = typeParamArgs;
            Codegen.Compiled co = g.exitScope();
            makeClosure(co, 0, loc);
            if (typeParamArgs > 0) {
                g.emit(Opcode.SWAP, typeParamArgs + 1, loc);
                g.emit(Opcode.CALL, typeParamArgs - 1, loc);
            } else {
                g.emit(Opcode.PUSH_NULL, loc);
                g.emit(Opcode.CALL, 0, loc);
            }
        }
        applyDecorators(decos);
        g.names.nameOp(name, ExprContext.Store, loc);
    }

    private void body(Stmt s, String name, Arguments args, List<Stmt> body, boolean async, int flags,
            int firstlineno) {
        Scope scope = g.symtable.scopeOf(s);
        g.enterScope(scope, async ? CodeUnit.Kind.ASYNC_FUNCTION : CodeUnit.Kind.FUNCTION, name,
                firstlineno, scope.isGenerator() || scope.isCoroutine());
        String doc = Docstrings.of(body);
        int first = 0;
        if (doc != null) {
            first = 1;
            doc = g.optimize < 2 ? Docstrings.clean(doc) : null;
        }
        g.u.addConst(doc != null ? doc : Constant.NONE);
        setArgCounts(args);
        boolean stopIteration = g.u.stopIterationHandler != null;
        if (stopIteration) {
            g.pushBlock(FBlock.Type.STOP_ITERATION, null, null, null, Location.NONE);
        }
        for (int i = first; i < body.size(); i++) {
            g.stmt.visit(body.get(i));
        }
        if (stopIteration) {
            g.popBlock(FBlock.Type.STOP_ITERATION);
        }
        Codegen.Compiled co = g.exitScope();
        makeClosure(co, flags, Codegen.loc(s.pos()));
    }

    private void setArgCounts(Arguments args) {
        g.u.posonlyargcount = args.posonlyargs().size();
        g.u.argcount = args.posonlyargs().size() + args.args().size();
        g.u.kwonlyargcount = args.kwonlyargs().size();
    }

    void lambda(Expr.Lambda e) {
        checkDebugArgs(e.args());
        Location loc = Codegen.loc(e.pos());
        int flags = defaultArguments(e.args(), loc);
        Scope scope = g.symtable.scopeOf(e);
        g.enterScope(scope, CodeUnit.Kind.LAMBDA, "<lambda>", e.pos().lineno());
        g.u.addConst(Constant.NONE);
        setArgCounts(e.args());
        g.expr.visit(e.body());
        g.emit(Opcode.RETURN_VALUE, scope.isGenerator() ? Location.NONE : Codegen.loc(e.body().pos()));
        Codegen.Compiled co = g.exitScope();
        makeClosure(co, flags, loc);
    }

    /** CPython's {@code compiler_check_debug_args}: no parameter may be called {@code __debug__}. */
    private void checkDebugArgs(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (Arg a : all) {
            g.names.checkForbidden(a.arg(), ExprContext.Store, a.pos());
        }
    }

    void decorators(List<Expr> decos) {
        for (Expr d : decos) {
            g.expr.visit(d);
        }
    }

    void applyDecorators(List<Expr> decos) {
        for (int i = decos.size() - 1; i >= 0; i--) {
            g.emit(Opcode.CALL, 0, Codegen.loc(decos.get(i).pos()));
        }
    }

    /** Pushes the defaults tuple and keyword-only defaults dict, returning the {@code MAKE_*} flags. */
    private int defaultArguments(Arguments args, Location loc) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            if (ExpressionCompiler.allConstant(args.defaults())) {
                g.loadFoldedElements(args.defaults(), loc);
            } else {
                g.expr.visitAll(args.defaults());
                g.emit(Opcode.BUILD_TUPLE, args.defaults().size(), loc);
            }
            flags |= MAKE_DEFAULTS;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kw_defaults().get(i);
            if (d != null) {
                keys.add(g.u.scope.mangle(args.kwonlyargs().get(i).arg()));
                g.expr.visit(d);
            }
        }
        if (!keys.isEmpty()) {
            g.loadConst(new Constant.Tuple(keys), loc);
            g.emit(Opcode.BUILD_CONST_KEY_MAP, keys.size(), loc);
            flags |= MAKE_KWDEFAULTS;
        }
        return flags;
    }

    /** Pushes the annotations tuple (name, value, name, value …) if any; CPython's order. */
    private boolean annotations(Arguments args, Expr returns, Location loc) {
        List<Arg> params = new ArrayList<>(args.args());
        params.addAll(args.posonlyargs());
        if (args.vararg() != null) {
            params.add(args.vararg());
        }
        params.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            params.add(args.kwarg());
        }
        List<String> names = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (Arg a : params) {
            if (a.annotation() != null) {
                names.add(a.arg());
                values.add(a.annotation());
            }
        }
        if (returns != null) {
            names.add("return");
            values.add(returns);
        }
        if (names.isEmpty()) {
            return false;
        }
        boolean future = g.futureAnnotations();
        if (future || values.stream().allMatch(v -> v instanceof Expr.Constant)) {
            // All constants: CPython's flow-graph optimizer folds the BUILD_TUPLE.
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                items.add(g.u.scope.mangle(names.get(i)));
                items.add(future ? g.unparse(values.get(i)) : ((Expr.Constant) values.get(i)).value());
            }
            g.loadFoldedTuple(items, loc);
            return true;
        }
        for (int i = 0; i < names.size(); i++) {
            g.loadConst(g.u.scope.mangle(names.get(i)), loc);
            Expr annotation = values.get(i);
            if (annotation instanceof Expr.Starred st) {
                g.expr.visit(st.value());
                g.emit(Opcode.UNPACK_SEQUENCE, 1, loc);
            } else {
                g.expr.visit(annotation);
            }
        }
        g.emit(Opcode.BUILD_TUPLE, names.size() * 2, loc);
        return true;
    }

    /**
     * Makes a function from a finished code object: loads the cells its free variables name,
     * then {@code MAKE_FUNCTION} and a {@code SET_FUNCTION_ATTRIBUTE} per flag (CPython's
     * {@code compiler_make_closure}). The values the flags name must already be on the stack.
     */
    void makeClosure(Codegen.Compiled co, int flags, Location loc) {
        CodeUnit u = g.u;
        if (!co.freevars().isEmpty()) {
            for (String name : co.freevars()) {
                g.emit(Opcode.LOAD_CLOSURE, closureIndex(u, name), loc);
            }
            flags |= MAKE_CLOSURE;
            g.emit(Opcode.BUILD_TUPLE, co.freevars().size(), loc);
        }
        g.loadConst(co.code(), loc);
        g.emit(Opcode.MAKE_FUNCTION, loc);
        for (int flag : new int[] {MAKE_CLOSURE, MAKE_ANNOTATIONS, MAKE_KWDEFAULTS, MAKE_DEFAULTS}) {
            if ((flags & flag) != 0) {
                g.emit(Opcode.SET_FUNCTION_ATTRIBUTE, flag, loc);
            }
        }
    }

    /** CPython's {@code get_ref_type}: a class's implicit cells, else the symbol table's word. */
    private static int closureIndex(CodeUnit u, String name) {
        if (u.isClass() && (name.equals("__class__") || name.equals("__classdict__"))) {
            return u.cellIndex(name);
        }
        return u.binding(name) == Binding.CELL ? u.cellIndex(name) : u.freeIndex(name);
    }

}
