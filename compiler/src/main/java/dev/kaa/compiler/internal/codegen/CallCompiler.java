package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.compiler.internal.symtable.Binding;
import dev.kaa.compiler.internal.symtable.SymbolFlags;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Keyword;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates calls (CPython's {@code compiler_call} and {@code compiler_call_helper}): plain
 * {@code CALL} with a {@code NULL} beside the callable, method calls through {@code LOAD_ATTR}'s
 * method form, {@code CALL_KW} with a tuple of keyword names, {@code CALL_FUNCTION_EX} when
 * {@code *args} or {@code **kwargs} appear, and zero-argument {@code super()} attribute loads.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class CallCompiler {
    private final Codegen g;

    CallCompiler(Codegen g) {
        this.g = g;
    }

    void call(Expr.Call c) {
        g.warnings.checkCaller(c.func());
        validateKeywords(c.keywords());
        if (methodCall(c)) {
            return;
        }
        Location floc = Codegen.loc(c.func().pos());
        boolean nullPushed = false;
        if (c.func() instanceof Expr.Name n) {
            // The NULL goes in a PUSH_NULL of its own, as in CPython's code generator: blocks
            // are measured for inlining before the optimizer folds it into the LOAD_GLOBAL.
            nullPushed = g.names.nameOp(n.id(), ExprContext.Load, floc, false);
        } else {
            g.expr.visit(c.func());
        }
        if (!nullPushed) {
            g.emit(Opcode.PUSH_NULL, floc);
        }
        callHelper(Codegen.loc(c.pos()), 0, c.args(), c.keywords());
    }

    /** Checks keyword arguments (CPython's {@code validate_keywords}). */
    void validateKeywords(List<Keyword> keywords) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.arg() == null) {
                continue;
            }
            g.names.checkForbidden(k.arg(), ExprContext.Store, k.pos());
            if (!seen.add(k.arg())) {
                throw g.error("keyword argument repeated: " + k.arg(), k.pos());
            }
        }
    }

    private boolean methodCall(Expr.Call c) {
        if (!(c.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) {
            return false;
        }
        if (meth.value() instanceof Expr.Name n
                && (g.symtable.top().flags(n.id()) & SymbolFlags.DEF_IMPORT) != 0) {
            return false;
        }
        int argsl = c.args().size();
        int kwdsl = c.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= ExpressionCompiler.STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        Location loc = Codegen.loc(meth.pos());
        if (!superAttribute(meth, true)) {
            g.expr.visit(meth.value());
            loc = ExpressionCompiler.attributeLocation(meth, loc);
            g.emitName(Opcode.LOAD_METHOD, g.u.scope.mangle(meth.attr()), loc);
        }
        g.expr.visitAll(c.args());
        Location callLoc = ExpressionCompiler.attributeLocation(meth, Codegen.loc(c.pos()));
        if (kwdsl > 0) {
            for (Keyword k : c.keywords()) {
                g.expr.visit(k.value());
            }
            keywordNames(c.keywords(), loc);
            g.emit(Opcode.CALL_KW, argsl + kwdsl, callLoc);
        } else {
            g.emit(Opcode.CALL, argsl, callLoc);
        }
        return true;
    }

    private void keywordNames(List<Keyword> keywords, Location loc) {
        List<Object> names = new ArrayList<>();
        for (Keyword k : keywords) {
            names.add(k.arg());
        }
        g.loadConst(new Constant.Tuple(names), loc);
    }

    /**
     * Emits a {@code super().attr} load as {@code LOAD_SUPER_ATTR} if CPython would (CPython's
     * {@code can_optimize_super_call}); returns false, emitting nothing, otherwise.
     */
    boolean superAttribute(Expr.Attribute a, boolean method) {
        if (!(a.value() instanceof Expr.Call sc) || !(sc.func() instanceof Expr.Name sn)
                || !sn.id().equals("super")) {
            return false;
        }
        CodeUnit u = g.u;
        if (u.binding("super") != Binding.GLOBAL_IMPLICIT) {
            return false;
        }
        // CPython also gives up when the module itself mentions "super" (e.g. _safe_super = super).
        if (g.symtable.top().flags("super") != 0) {
            return false;
        }
        if (u.kind != CodeUnit.Kind.FUNCTION && u.kind != CodeUnit.Kind.ASYNC_FUNCTION) {
            return false;
        }
        if (!sc.keywords().isEmpty()) {
            return false;
        }
        int nargs = sc.args().size();
        if (nargs != 0 && nargs != 2) {
            return false;
        }
        for (Expr e : sc.args()) {
            if (e instanceof Expr.Starred) {
                return false;
            }
        }
        if (nargs == 0 && (u.argcount == 0 || u.binding("__class__") != Binding.FREE)) {
            return false;
        }
        Location loc = Codegen.loc(a.pos());
        g.names.nameOp("super", ExprContext.Load, Codegen.loc(sn.pos()));
        if (nargs == 2) {
            g.expr.visit(sc.args().get(0));
            g.expr.visit(sc.args().get(1));
        } else {
            Location cl = Codegen.loc(sc.pos());
            g.names.nameOp("__class__", ExprContext.Load, cl);
            g.names.nameOp(u.firstVarname(), ExprContext.Load, cl);
        }
        String attr = u.scope.mangle(a.attr());
        if (nargs == 2) {
            if (method) {
                g.emitName(Opcode.LOAD_SUPER_METHOD, attr, loc);
            } else {
                // Bit 2 asks LOAD_SUPER_ATTR to pass (class, self) to a shadowed super.
                g.emit(Opcode.LOAD_SUPER_ATTR, (u.addName(attr) << 2) | 2, loc);
            }
        } else {
            g.emitName(method ? Opcode.LOAD_ZERO_SUPER_METHOD : Opcode.LOAD_ZERO_SUPER_ATTR, attr, loc);
        }
        if (method) {
            g.emit(Opcode.NOP, ExpressionCompiler.attributeLocation(a, loc));
        }
        return true;
    }

    /**
     * Emits the arguments and the call, with {@code n} arguments already pushed (CPython's
     * {@code compiler_call_helper}).
     */
    void callHelper(Location loc, int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean ex = nelts + nkwelts * 2 > ExpressionCompiler.STACK_USE_GUIDELINE
                || args.stream().anyMatch(a -> a instanceof Expr.Starred)
                || keywords.stream().anyMatch(k -> k.arg() == null);
        if (!ex) {
            g.expr.visitAll(args);
            if (nkwelts > 0) {
                for (Keyword k : keywords) {
                    g.expr.visit(k.value());
                }
                keywordNames(keywords, loc);
                g.emit(Opcode.CALL_KW, n + nelts + nkwelts, loc);
            } else {
                g.emit(Opcode.CALL, n + nelts, loc);
            }
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred st) {
            g.expr.visit(st.value());
        } else {
            g.expr.starUnpack(args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true, loc);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subKwargs(keywords, i - nseen, i, loc);
                        if (haveDict) {
                            g.emit(Opcode.DICT_MERGE, 1, loc);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        g.emit(Opcode.BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    g.expr.visit(kw.value());
                    g.emit(Opcode.DICT_MERGE, 1, loc);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subKwargs(keywords, nkwelts - nseen, nkwelts, loc);
                if (haveDict) {
                    g.emit(Opcode.DICT_MERGE, 1, loc);
                }
            }
        }
        g.emit(Opcode.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
    }

    private void subKwargs(List<Keyword> keywords, int begin, int end, Location loc) {
        int n = end - begin;
        boolean big = n * 2 > ExpressionCompiler.STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<Object> names = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                g.expr.visit(keywords.get(i).value());
                names.add(keywords.get(i).arg());
            }
            g.loadConst(new Constant.Tuple(names), loc);
            g.emit(Opcode.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            g.emit(Opcode.BUILD_MAP, 0, Location.NONE);
        }
        for (int i = begin; i < end; i++) {
            g.loadConst(keywords.get(i).arg(), loc);
            g.expr.visit(keywords.get(i).value());
            if (big) {
                g.emit(Opcode.MAP_ADD, 1, Location.NONE);
            }
        }
        if (!big) {
            g.emit(Opcode.BUILD_MAP, n, loc);
        }
    }
}
