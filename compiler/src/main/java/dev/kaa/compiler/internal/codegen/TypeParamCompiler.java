package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.compiler.internal.symtable.Scope;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Stmt;
import dev.kaa.parser.ast.TypeParam;
import java.util.List;

/**
 * Generates PEP 695 type parameters and {@code type} aliases (CPython's
 * {@code compiler_type_params} and {@code compiler_typealias}): each parameter made by an
 * intrinsic, bounds, constraints and PEP 696 defaults evaluated lazily by their own small code
 * objects, and alias values by a function the alias calls on demand.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class TypeParamCompiler {
    private static final int INTRINSIC_TYPEVAR = 7;
    private static final int INTRINSIC_PARAMSPEC = 8;
    private static final int INTRINSIC_TYPEVARTUPLE = 9;
    private static final int INTRINSIC_TYPEALIAS = 11;
    private static final int INTRINSIC_TYPEVAR_WITH_BOUND = 2;
    private static final int INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
    private static final int INTRINSIC_SET_TYPEPARAM_DEFAULT = 5;

    private final Codegen g;

    TypeParamCompiler(Codegen g) {
        this.g = g;
    }

    /** Creates the type parameters, binds each to its name, and leaves a tuple of them. */
    void typeParams(List<TypeParam> params) {
        boolean seenDefault = false;
        for (TypeParam p : params) {
            Location loc = Codegen.loc(p.pos());
            switch (p) {
                case TypeParam.TypeVar tv -> {
                    g.loadConst(tv.name(), loc);
                    if (tv.bound() != null) {
                        lazy(g.symtable.boundScopeOf(tv), tv.bound(), tv.name(), false);
                        g.emit(Opcode.CALL_INTRINSIC_2, tv.bound() instanceof Expr.Tuple
                                ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND, loc);
                    } else {
                        g.emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc);
                    }
                    seenDefault = setDefault(tv, tv.name(), tv.default_value(), seenDefault, false, loc);
                    bind(tv.name(), loc);
                }
                case TypeParam.TypeVarTuple tvt -> {
                    g.loadConst(tvt.name(), loc);
                    g.emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE, loc);
                    seenDefault = setDefault(tvt, tvt.name(), tvt.default_value(), seenDefault, true, loc);
                    bind(tvt.name(), loc);
                }
                case TypeParam.ParamSpec ps -> {
                    g.loadConst(ps.name(), loc);
                    g.emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC, loc);
                    seenDefault = setDefault(ps, ps.name(), ps.default_value(), seenDefault, false, loc);
                    bind(ps.name(), loc);
                }
            }
        }
        g.emit(Opcode.BUILD_TUPLE, params.size(), Codegen.loc(params.get(0).pos()));
    }

    private boolean setDefault(TypeParam p, String name, Expr dflt, boolean seenDefault, boolean starOk,
            Location loc) {
        if (dflt != null) {
            lazy(g.symtable.defaultScopeOf(p), dflt, name, starOk);
            g.emit(Opcode.CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
            return true;
        }
        if (seenDefault) {
            throw g.error("non-default type parameter '" + name + "' follows default type parameter", p.pos());
        }
        return false;
    }

    private void bind(String name, Location loc) {
        g.emit(Opcode.COPY, 1, loc);
        g.names.nameOp(name, ExprContext.Store, loc);
    }

    /** A function evaluating a bound, constraints or default when first asked for. */
    private void lazy(Scope scope, Expr e, String name, boolean starOk) {
        Location loc = Codegen.loc(e.pos());
        g.enterScope(scope, CodeUnit.Kind.TYPE_PARAMS, name, e.pos().lineno());
        if (starOk && e instanceof Expr.Starred st) {
            g.expr.visit(st.value());
            g.emit(Opcode.UNPACK_SEQUENCE, 1, loc);
        } else {
            g.expr.visit(e);
        }
        g.emit(Opcode.RETURN_VALUE, loc);
        g.funcs.makeClosure(g.exitScope(), 0, loc);
    }

    void typeAlias(Stmt.TypeAlias s) {
        Location loc = Codegen.loc(s.pos());
        String name = ((Expr.Name) s.name()).id();
        boolean generic = s.type_params() != null && !s.type_params().isEmpty();
        if (generic) {
            g.enterScope(g.symtable.typeParamsScopeOf(s), CodeUnit.Kind.TYPE_PARAMS,
                    "<generic parameters of " + name + ">", s.pos().lineno());
            g.loadConst(name, loc);
            typeParams(s.type_params());
        } else {
            g.loadConst(name, loc);
            g.loadNone(loc);
        }
        g.enterScope(g.symtable.scopeOf(s), CodeUnit.Kind.FUNCTION, name, s.pos().lineno());
        g.u.addConst(Constant.NONE);
        g.expr.visit(s.value());
        g.emit(Opcode.RETURN_VALUE, loc);
        g.funcs.makeClosure(g.exitScope(), 0, loc);
        g.emit(Opcode.BUILD_TUPLE, 3, loc);
        g.emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
        if (generic) {
            g.emit(Opcode.RETURN_VALUE, loc);
            g.funcs.makeClosure(g.exitScope(), 0, loc);
            g.emit(Opcode.PUSH_NULL, loc);
            g.emit(Opcode.CALL, 0, loc);
        }
        g.names.nameOp(name, ExprContext.Store, loc);
    }
}
