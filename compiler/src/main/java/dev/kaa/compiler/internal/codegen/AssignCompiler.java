package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Stmt;
import java.util.List;

/**
 * Generates assignments: plain and chained ({@code a = b = v}), unpacking targets with
 * {@code UNPACK_SEQUENCE}/{@code UNPACK_EX}, augmented ({@code +=}) and annotated assignments,
 * with CPython's rules for storing {@code __annotations__}.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class AssignCompiler {
    private final Codegen g;

    AssignCompiler(Codegen g) {
        this.g = g;
    }

    void assign(Stmt.Assign a) {
        Location loc = Codegen.loc(a.pos());
        g.expr.visit(a.value());
        int n = a.targets().size();
        for (int i = 0; i < n; i++) {
            if (i < n - 1) {
                g.emit(Opcode.COPY, 1, loc);
            }
            g.expr.visit(a.targets().get(i));
        }
    }

    /** Stores into or deletes a tuple or list target (the value to unpack is on the stack). */
    void unpackTarget(List<Expr> elts, ExprContext ctx, Location loc) {
        if (ctx == ExprContext.Del) {
            for (Expr e : elts) {
                g.expr.visit(e);
            }
            return;
        }
        unpack(elts, loc);
        for (Expr e : elts) {
            g.expr.visit(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    /** {@code UNPACK_SEQUENCE} or, with a starred item, {@code UNPACK_EX} (CPython's {@code unpack_helper}). */
    void unpack(List<Expr> elts, Location loc) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (seenStar) {
                    throw g.error("multiple starred expressions in assignment", loc);
                }
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw g.error("too many expressions in star-unpacking assignment", loc);
                }
                g.emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            }
        }
        if (!seenStar) {
            g.emit(Opcode.UNPACK_SEQUENCE, n, loc);
        }
    }

    void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        Location loc = Codegen.loc(e.pos());
        switch (e) {
            case Expr.Attribute a -> {
                g.expr.visit(a.value());
                g.emit(Opcode.COPY, 1, loc);
                g.emit(Opcode.LOAD_ATTR, g.u.addName(g.u.scope.mangle(a.attr())) << 1,
                        ExpressionCompiler.attributeLocation(a, loc));
            }
            case Expr.Subscript sub -> {
                g.expr.visit(sub.value());
                if (isTwoElementSlice(sub.slice())) {
                    g.expr.slice((Expr.Slice) sub.slice());
                    g.emit(Opcode.COPY, 3, loc);
                    g.emit(Opcode.COPY, 3, loc);
                    g.emit(Opcode.COPY, 3, loc);
                    g.emit(Opcode.BINARY_SLICE, loc);
                } else {
                    g.expr.visit(sub.slice());
                    g.emit(Opcode.COPY, 2, loc);
                    g.emit(Opcode.COPY, 2, loc);
                    g.emit(Opcode.BINARY_SUBSCR, loc);
                }
            }
            case Expr.Name n -> g.names.nameOp(n.id(), ExprContext.Load, loc);
            default -> throw g.error("'" + e.nodeName() + "' is an illegal expression for augmented assignment", e.pos());
        }
        g.expr.visit(s.value());
        g.emit(Opcode.BINARY_OP, Operators.binary(s.op(), true), Codegen.loc(s.pos()));
        switch (e) {
            case Expr.Attribute a -> {
                g.emit(Opcode.SWAP, 2, ExpressionCompiler.attributeLocation(a, loc));
                g.emitName(Opcode.STORE_ATTR, g.u.scope.mangle(a.attr()), ExpressionCompiler.attributeLocation(a, loc));
            }
            case Expr.Subscript sub -> {
                if (isTwoElementSlice(sub.slice())) {
                    g.emit(Opcode.SWAP, 4, loc);
                    g.emit(Opcode.SWAP, 3, loc);
                    g.emit(Opcode.SWAP, 2, loc);
                    g.emit(Opcode.STORE_SLICE, loc);
                } else {
                    g.emit(Opcode.SWAP, 3, loc);
                    g.emit(Opcode.SWAP, 2, loc);
                    g.emit(Opcode.STORE_SUBSCR, loc);
                }
            }
            case Expr.Name n -> {
                g.names.checkForbidden(n.id(), ExprContext.Store, n.pos());
                g.names.nameOp(n.id(), ExprContext.Store, loc);
            }
            default -> throw new IllegalStateException();
        }
    }

    private static boolean isTwoElementSlice(Expr e) {
        return e instanceof Expr.Slice s && s.step() == null;
    }

    void annAssign(Stmt.AnnAssign s) {
        Location loc = Codegen.loc(s.pos());
        Expr target = s.target();
        if (s.value() != null) {
            g.expr.visit(s.value());
            g.expr.visit(target);
        }
        boolean future = g.futureAnnotations();
        switch (target) {
            case Expr.Name n -> {
                // Without a value nothing visited the target: CPython blames the whole statement.
                g.names.checkForbidden(n.id(), ExprContext.Store, s.pos());
                if (s.simple() != 0 && (g.u.kind == CodeUnit.Kind.MODULE || g.u.kind == CodeUnit.Kind.CLASS)) {
                    annotationValue(s.annotation());
                    g.emitName(Opcode.LOAD_NAME, "__annotations__", loc);
                    g.loadConst(g.u.scope.mangle(n.id()), loc);
                    g.emit(Opcode.STORE_SUBSCR, loc);
                }
            }
            case Expr.Attribute a -> {
                g.names.checkForbidden(a.attr(), ExprContext.Store, s.pos());
                if (s.value() == null) {
                    checkAnnExpr(a.value());
                }
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    checkAnnExpr(sub.value());
                    checkAnnSubscript(sub.slice());
                }
            }
            default -> throw g.error("invalid node type for annotated assignment", target.pos());
        }
        if (s.simple() == 0 && !future
                && (g.u.kind == CodeUnit.Kind.MODULE || g.u.kind == CodeUnit.Kind.CLASS)) {
            checkAnnExpr(s.annotation());
        }
    }

    /** Pushes an annotation's value: the expression, or its source text under the future import. */
    void annotationValue(Expr annotation) {
        if (g.futureAnnotations()) {
            g.loadConst(g.unparse(annotation), Codegen.loc(annotation.pos()));
        } else {
            g.expr.visit(annotation);
        }
    }

    private void checkAnnExpr(Expr e) {
        g.expr.visit(e);
        g.emit(Opcode.POP_TOP, Codegen.loc(e.pos()));
    }

    private void checkAnnSubscript(Expr e) {
        switch (e) {
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    checkAnnExpr(s.lower());
                }
                if (s.upper() != null) {
                    checkAnnExpr(s.upper());
                }
                if (s.step() != null) {
                    checkAnnExpr(s.step());
                }
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    checkAnnSubscript(x);
                }
            }
            default -> checkAnnExpr(e);
        }
    }

    /** Whether the statements hold an annotated assignment outside nested scopes (CPython's {@code find_ann}). */
    static boolean findAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case Stmt.AsyncFor f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case Stmt.While w -> findAnnotations(w.body()) || findAnnotations(w.orelse());
                case Stmt.If i -> findAnnotations(i.body()) || findAnnotations(i.orelse());
                case Stmt.With w -> findAnnotations(w.body());
                case Stmt.AsyncWith w -> findAnnotations(w.body());
                case Stmt.Try t -> findAnnotations(t.body()) || findAnnotations(t.orelse())
                        || findAnnotations(t.finalbody()) || t.handlers().stream().anyMatch(h -> findAnnotations(h.body()));
                case Stmt.TryStar t -> findAnnotations(t.body()) || findAnnotations(t.orelse())
                        || findAnnotations(t.finalbody()) || t.handlers().stream().anyMatch(h -> findAnnotations(h.body()));
                case Stmt.Match m -> m.cases().stream().anyMatch(c -> findAnnotations(c.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

}
