package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates class definitions (CPython's {@code compiler_class} and {@code compiler_class_body}):
 * the body's code object with {@code __module__}, {@code __qualname__}, {@code __firstlineno__},
 * {@code __static_attributes__}, {@code __classcell__} and {@code __classdictcell__}, the call of
 * {@code __build_class__}, decorators, and the {@code <generic parameters of C>} wrapper of
 * PEP 695 generic classes.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class ClassCompiler {
    private static final int INTRINSIC_SUBSCRIPT_GENERIC = 10;
    private final Codegen g;

    ClassCompiler(Codegen g) {
        this.g = g;
    }

    void compile(Stmt.ClassDef s) {
        g.funcs.decorators(s.decorator_list());
        int firstlineno = s.decorator_list().isEmpty() ? s.pos().lineno()
                : s.decorator_list().get(0).pos().lineno();
        Location loc = Codegen.loc(s.pos());
        boolean generic = s.type_params() != null && !s.type_params().isEmpty();
        if (generic) {
            g.enterScope(g.symtable.typeParamsScopeOf(s), CodeUnit.Kind.TYPE_PARAMS,
                    "<generic parameters of " + s.name() + ">", firstlineno);
            g.typeParams.typeParams(s.type_params());
            g.names.nameOp(".type_params", ExprContext.Store, loc);
        }
        body(s, firstlineno);
        if (generic) {
            g.names.nameOp(".type_params", ExprContext.Load, loc);
            g.emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
            g.names.nameOp(".generic_base", ExprContext.Store, loc);
            List<Expr> bases = new ArrayList<>(s.bases());
            bases.add(new Expr.Name(".generic_base", ExprContext.Load, s.pos()));
            g.calls.callHelper(loc, 2, bases, s.keywords());
            g.emit(Opcode.RETURN_VALUE, loc);
            Codegen.Compiled co = g.exitScope();
            g.funcs.makeClosure(co, 0, loc);
            g.emit(Opcode.PUSH_NULL, loc);
            g.emit(Opcode.CALL, 0, loc);
        } else {
            g.calls.callHelper(loc, 2, s.bases(), s.keywords());
        }
        g.funcs.applyDecorators(s.decorator_list());
        g.names.nameOp(s.name(), ExprContext.Store, loc);
    }

    private void body(Stmt.ClassDef s, int firstlineno) {
        g.enterScope(g.symtable.scopeOf(s), CodeUnit.Kind.CLASS, s.name(), firstlineno);
        CodeUnit u = g.u;
        Location loc = new Location(firstlineno, firstlineno, 0, 0);
        g.names.nameOp("__name__", ExprContext.Load, loc);
        g.names.nameOp("__module__", ExprContext.Store, loc);
        g.loadConst(u.qualname, loc);
        g.names.nameOp("__qualname__", ExprContext.Store, loc);
        g.loadConst((long) u.firstlineno, loc);
        g.names.nameOp("__firstlineno__", ExprContext.Store, loc);
        if (s.type_params() != null && !s.type_params().isEmpty()) {
            g.names.nameOp(".type_params", ExprContext.Load, loc);
            g.names.nameOp("__type_params__", ExprContext.Store, loc);
        }
        if (u.scope.needsClassDict()) {
            g.emit(Opcode.LOAD_LOCALS, loc);
            g.emit(Opcode.STORE_DEREF, u.cellIndex("__classdict__"), loc);
        }
        g.body(loc, s.body());
        g.loadConst(new Constant.Tuple(new ArrayList<>(u.staticAttributes)), Location.NONE);
        g.names.nameOp("__static_attributes__", ExprContext.Store, Location.NONE);
        if (u.scope.needsClassDict()) {
            g.emit(Opcode.LOAD_CLOSURE, u.cellIndex("__classdict__"), Location.NONE);
            g.names.nameOp("__classdictcell__", ExprContext.Store, Location.NONE);
        }
        if (u.scope.needsClassClosure()) {
            g.emit(Opcode.LOAD_CLOSURE, u.cellIndex("__class__"), Location.NONE);
            g.emit(Opcode.COPY, 1, Location.NONE);
            g.names.nameOp("__classcell__", ExprContext.Store, Location.NONE);
            g.emit(Opcode.RETURN_VALUE, Location.NONE);
        } else {
            g.returnConst(Constant.NONE, Location.NONE);
        }
        Codegen.Compiled co = g.exitScope();
        Location sloc = Codegen.loc(s.pos());
        g.emit(Opcode.LOAD_BUILD_CLASS, sloc);
        g.emit(Opcode.PUSH_NULL, sloc);
        g.funcs.makeClosure(co, 0, sloc);
        g.loadConst(s.name(), sloc);
    }

    /**
     * Records {@code self.x = …} in the nearest enclosing class for {@code __static_attributes__}
     * (CPython's {@code compiler_maybe_add_static_attribute_to_class}).
     */
    void noteStaticAttribute(Expr.Attribute a) {
        if (!(a.value() instanceof Expr.Name n) || !n.id().equals("self")) {
            return;
        }
        CodeUnit cls = g.enclosingClass();
        if (cls != null) {
            cls.staticAttributes.add(a.attr());
        }
    }

}
