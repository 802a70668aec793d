package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Label;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.parser.ast.BoolOperator;
import dev.kaa.parser.ast.CmpOp;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Generates the code of expressions in a load context, and of conditions that jump (CPython's
 * {@code compiler_visit_expr} and {@code compiler_jump_if}). Calls, comprehensions, lambdas
 * and patterns are handed to their own compilers.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class ExpressionCompiler {
    /** CPython's {@code STACK_USE_GUIDELINE}: past this many items, displays are built piecewise. */
    static final int STACK_USE_GUIDELINE = 30;
    static final int INTRINSIC_PRINT = 1;
    static final int INTRINSIC_IMPORT_STAR = 2;
    static final int INTRINSIC_STOPITERATION_ERROR = 3;
    static final int INTRINSIC_ASYNC_GEN_WRAP = 4;
    static final int INTRINSIC_UNARY_POSITIVE = 5;
    static final int INTRINSIC_LIST_TO_TUPLE = 6;
    static final int RESUME_AFTER_YIELD = 1;
    static final int RESUME_AFTER_YIELD_FROM = 2;
    static final int RESUME_AFTER_AWAIT = 3;

    private final Codegen g;

    ExpressionCompiler(Codegen g) {
        this.g = g;
    }

    /** Emits code leaving the value of each expression on the stack. */
    void visitAll(List<Expr> exprs) {
        for (Expr e : exprs) {
            visit(e);
        }
    }

    /** Emits code for {@code e} in its context (load, store or delete). */
    void visit(Expr e) {
        Location loc = Codegen.loc(e.pos());
        switch (e) {
            case Expr.Constant c -> g.loadConst(c.value(), loc);
            case Expr.Name n -> {
                if (n.ctx() != ExprContext.Load) {
                    g.names.checkForbidden(n.id(), n.ctx(), n.pos());
                }
                g.names.nameOp(n.id(), n.ctx(), loc);
            }
            case Expr.BinOp b -> {
                visit(b.left());
                visit(b.right());
                g.emit(Opcode.BINARY_OP, Operators.binary(b.op(), false), loc);
            }
            case Expr.UnaryOp un -> unary(un, loc);
            case Expr.BoolOp b -> boolOp(b, loc);
            case Expr.Compare c -> compare(c, loc);
            case Expr.IfExp ie -> {
                Label end = g.newLabel();
                Label next = g.newLabel();
                jumpIf(ie.test(), next, false);
                visit(ie.body());
                g.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
                g.bind(next);
                visit(ie.orelse());
                g.bind(end);
            }
            case Expr.NamedExpr ne -> {
                visit(ne.value());
                g.emit(Opcode.COPY, 1, loc);
                visit(ne.target());
            }
            case Expr.Attribute a -> attribute(a, loc);
            case Expr.Subscript s -> subscript(s, loc);
            case Expr.Slice s -> g.emit(Opcode.BUILD_SLICE, slice(s), loc);
            case Expr.Call c -> g.calls.call(c);
            case Expr.List l -> {
                if (l.ctx() == ExprContext.Load) {
                    starUnpack(l.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, false, loc);
                } else {
                    g.assign.unpackTarget(l.elts(), l.ctx(), loc);
                }
            }
            case Expr.Tuple t -> {
                if (t.ctx() == ExprContext.Load) {
                    starUnpack(t.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true, loc);
                } else {
                    g.assign.unpackTarget(t.elts(), t.ctx(), loc);
                }
            }
            case Expr.Set s -> starUnpack(s.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false, loc);
            case Expr.Dict d -> dict(d, loc);
            case Expr.JoinedStr j -> joinedStr(j, loc);
            case Expr.FormattedValue f -> formattedValue(f, loc);
            case Expr.Starred s -> {
                if (s.ctx() == ExprContext.Store) {
                    throw g.error("starred assignment target must be in a list or tuple", s.pos());
                }
                throw g.error("can't use starred expression here", s.pos());
            }
            case Expr.Lambda l -> g.funcs.lambda(l);
            case Expr.ListComp c -> g.comps.compile(c);
            case Expr.SetComp c -> g.comps.compile(c);
            case Expr.DictComp c -> g.comps.compile(c);
            case Expr.GeneratorExp c -> g.comps.compile(c);
            case Expr.Yield y -> {
                if (!g.u.isFunctionLike()) {
                    throw g.error("'yield' outside function", y.pos());
                }
                if (y.value() != null) {
                    visit(y.value());
                } else {
                    g.loadNone(loc);
                }
                yieldValue(loc);
            }
            case Expr.YieldFrom y -> {
                if (!g.u.isFunctionLike()) {
                    throw g.error("'yield from' outside function", y.pos());
                }
                if (g.u.kind == CodeUnit.Kind.ASYNC_FUNCTION) {
                    throw g.error("'yield from' inside async function", y.pos());
                }
                visit(y.value());
                g.emit(Opcode.GET_YIELD_FROM_ITER, loc);
                g.loadNone(loc);
                yieldFrom(loc, false);
            }
            case Expr.Await a -> {
                checkAwait(a.pos());
                visit(a.value());
                g.emit(Opcode.GET_AWAITABLE, 0, loc);
                g.loadNone(loc);
                yieldFrom(loc, true);
            }
        }
    }

    private void checkAwait(dev.kaa.parser.ast.Pos pos) {
        if (g.topLevelAwait()) {
            g.u.forcedCoroutine = true;
            return;
        }
        if (!g.u.isFunctionLike()) {
            throw g.error("'await' outside function", pos);
        }
        if (g.u.kind != CodeUnit.Kind.ASYNC_FUNCTION && g.u.kind != CodeUnit.Kind.COMPREHENSION) {
            throw g.error("'await' outside async function", pos);
        }
    }

    /** {@code YIELD_VALUE} then {@code RESUME}, wrapping the value in an async generator. */
    void yieldValue(Location loc) {
        if (g.u.scope.isGenerator() && Codegen.isCoroutine(g.u)) {
            g.emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
        }
        g.emit(Opcode.YIELD_VALUE, 0, loc);
        g.emit(Opcode.RESUME, RESUME_AFTER_YIELD, loc);
    }

    /** The {@code SEND} loop of {@code yield from} and {@code await} (CPython's {@code compiler_add_yield_from}). */
    void yieldFrom(Location loc, boolean await) {
        Label send = g.newLabel();
        Label fail = g.newLabel();
        Label exit = g.newLabel();
        g.bind(send);
        g.jump(Opcode.SEND, exit, loc);
        g.jump(Opcode.SETUP_FINALLY, fail, loc);
        g.emit(Opcode.YIELD_VALUE, 1, loc);
        g.emit(Opcode.POP_BLOCK, Location.NONE);
        g.emit(Opcode.RESUME, await ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM, loc);
        g.jump(Opcode.JUMP_NO_INTERRUPT, send, loc);
        g.bind(fail);
        g.emit(Opcode.CLEANUP_THROW, loc);
        g.bind(exit);
        g.emit(Opcode.END_SEND, loc);
    }

    private void unary(Expr.UnaryOp un, Location loc) {
        visit(un.operand());
        if (un.op() == UnaryOperator.UAdd) {
            g.emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
        } else if (un.op() == UnaryOperator.Not) {
            g.emit(Opcode.TO_BOOL, loc);
            g.emit(Opcode.UNARY_NOT, loc);
        } else {
            g.emit(Operators.unary(un.op()), loc);
        }
    }

    private void boolOp(Expr.BoolOp b, Location loc) {
        Opcode jump = b.op() == BoolOperator.And ? Opcode.POP_JUMP_IF_FALSE : Opcode.POP_JUMP_IF_TRUE;
        Label end = g.newLabel();
        List<Expr> values = b.values();
        int n = values.size() - 1;
        for (int i = 0; i < n; i++) {
            visit(values.get(i));
            g.emit(Opcode.COPY, 1, loc);
            g.emit(Opcode.TO_BOOL, loc);
            g.jump(jump, end, loc);
            g.emit(Opcode.POP_TOP, loc);
        }
        visit(values.get(n));
        g.bind(end);
    }

    /** Emits the comparison instruction for {@code op}. */
    void compareOp(CmpOp op, Location loc) {
        switch (op) {
            case Is -> g.emit(Opcode.IS_OP, 0, loc);
            case IsNot -> g.emit(Opcode.IS_OP, 1, loc);
            case In -> g.emit(Opcode.CONTAINS_OP, 0, loc);
            case NotIn -> g.emit(Opcode.CONTAINS_OP, 1, loc);
            default -> g.emit(Opcode.COMPARE_OP, Operators.compare(op), loc);
        }
    }

    private void compare(Expr.Compare c, Location loc) {
        g.warnings.checkCompare(c);
        int n = c.ops().size() - 1;
        visit(c.left());
        if (n == 0) {
            visit(c.comparators().get(0));
            compareOp(c.ops().get(0), loc);
            return;
        }
        Label cleanup = g.newLabel();
        for (int i = 0; i < n; i++) {
            visit(c.comparators().get(i));
            g.emit(Opcode.SWAP, 2, loc);
            g.emit(Opcode.COPY, 2, loc);
            compareOp(c.ops().get(i), loc);
            g.emit(Opcode.COPY, 1, loc);
            g.emit(Opcode.TO_BOOL, loc);
            g.jump(Opcode.POP_JUMP_IF_FALSE, cleanup, loc);
            g.emit(Opcode.POP_TOP, loc);
        }
        visit(c.comparators().get(n));
        compareOp(c.ops().get(n), loc);
        Label end = g.newLabel();
        g.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
        g.bind(cleanup);
        g.emit(Opcode.SWAP, 2, loc);
        g.emit(Opcode.POP_TOP, loc);
        g.bind(end);
    }

    /** Jumps to {@code next} if the truth of {@code e} equals {@code cond} (CPython's {@code compiler_jump_if}). */
    void jumpIf(Expr e, Label next, boolean cond) {
        Location loc = Codegen.loc(e.pos());
        switch (e) {
            case Expr.UnaryOp un when un.op() == UnaryOperator.Not -> {
                jumpIf(un.operand(), next, !cond);
                return;
            }
            case Expr.BoolOp b -> {
                List<Expr> s = b.values();
                int n = s.size() - 1;
                boolean cond2 = b.op() == BoolOperator.Or;
                Label next2 = cond2 != cond ? g.newLabel() : next;
                for (int i = 0; i < n; i++) {
                    jumpIf(s.get(i), next2, cond2);
                }
                jumpIf(s.get(n), next, cond);
                if (next2 != next) {
                    g.bind(next2);
                }
                return;
            }
            case Expr.IfExp ie -> {
                Label end = g.newLabel();
                Label next2 = g.newLabel();
                jumpIf(ie.test(), next2, false);
                jumpIf(ie.body(), next, cond);
                g.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
                g.bind(next2);
                jumpIf(ie.orelse(), next, cond);
                g.bind(end);
                return;
            }
            case Expr.Compare c when c.ops().size() > 1 -> {
                compareJump(c, next, cond, loc);
                return;
            }
            case Expr.Compare c when (c.ops().get(0) == CmpOp.Is || c.ops().get(0) == CmpOp.IsNot)
                    && c.comparators().get(0) instanceof Expr.Constant k && k.value() == Constant.NONE -> {
                // What CPython's peephole pass makes of "LOAD_CONST None; IS_OP; POP_JUMP_IF_*".
                g.warnings.checkCompare(c);
                visit(c.left());
                g.u.addConst(Constant.NONE); // CPython loaded it before the peephole pass: same co_consts order
                boolean jumpIfNone = (c.ops().get(0) == CmpOp.Is) == cond;
                g.jump(jumpIfNone ? Opcode.POP_JUMP_IF_NONE : Opcode.POP_JUMP_IF_NOT_NONE, next, loc);
                return;
            }
            default -> { }
        }
        visit(e);
        g.emit(Opcode.TO_BOOL, loc);
        g.jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next, loc);
    }

    private void compareJump(Expr.Compare c, Label next, boolean cond, Location loc) {
        g.warnings.checkCompare(c);
        int n = c.ops().size() - 1;
        Label cleanup = g.newLabel();
        visit(c.left());
        for (int i = 0; i < n; i++) {
            visit(c.comparators().get(i));
            g.emit(Opcode.SWAP, 2, loc);
            g.emit(Opcode.COPY, 2, loc);
            compareOp(c.ops().get(i), loc);
            g.emit(Opcode.TO_BOOL, loc);
            g.jump(Opcode.POP_JUMP_IF_FALSE, cleanup, loc);
        }
        visit(c.comparators().get(n));
        compareOp(c.ops().get(n), loc);
        g.emit(Opcode.TO_BOOL, loc);
        g.jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next, loc);
        Label end = g.newLabel();
        g.jump(Opcode.JUMP_NO_INTERRUPT, end, Location.NONE);
        g.bind(cleanup);
        g.emit(Opcode.POP_TOP, loc);
        if (!cond) {
            g.jump(Opcode.JUMP_NO_INTERRUPT, next, Location.NONE);
        }
        g.bind(end);
    }

    // ---- attributes, subscripts

    private void attribute(Expr.Attribute a, Location loc) {
        if (a.ctx() == ExprContext.Load && g.calls.superAttribute(a, false)) {
            return;
        }
        if (a.ctx() == ExprContext.Store) {
            g.classes.noteStaticAttribute(a);
        }
        visit(a.value());
        loc = attributeLocation(a, loc);
        String attr = g.u.scope.mangle(a.attr());
        switch (a.ctx()) {
            case Load -> g.emit(Opcode.LOAD_ATTR, g.u.addName(attr) << 1, loc);
            case Store -> {
                g.names.checkForbidden(a.attr(), a.ctx(), a.pos());
                g.emitName(Opcode.STORE_ATTR, attr, loc);
            }
            case Del -> g.emitName(Opcode.DELETE_ATTR, attr, loc);
        }
    }

    /**
     * CPython points multi-line attribute accesses at the attribute's own line: the start of
     * {@code loc} moves to the attribute name, its end stays (a method call's ends at the ')').
     */
    static Location attributeLocation(Expr.Attribute a, Location loc) {
        if (loc.lineno() != a.pos().end_lineno()) {
            int line = a.pos().end_lineno();
            int len = a.attr().length();
            int end = a.pos().end_col_offset();
            int col = len <= end ? end - len : -1;
            int endCol = len <= end ? loc.endCol() : -1;
            int endLine = Math.max(line, loc.endLineno());
            if (line == endLine) {
                endCol = Math.max(col, endCol);
            }
            return new Location(line, endLine, col, endCol);
        }
        return loc;
    }

    private void subscript(Expr.Subscript s, Location loc) {
        if (s.ctx() == ExprContext.Load) {
            g.warnings.checkSubscript(s.value(), s.slice());
        }
        visit(s.value());
        if (s.slice() instanceof Expr.Slice sl && sl.step() == null && s.ctx() != ExprContext.Del) {
            slice(sl);
            g.emit(s.ctx() == ExprContext.Load ? Opcode.BINARY_SLICE : Opcode.STORE_SLICE, loc);
            return;
        }
        visit(s.slice());
        g.emit(switch (s.ctx()) {
            case Load -> Opcode.BINARY_SUBSCR;
            case Store -> Opcode.STORE_SUBSCR;
            case Del -> Opcode.DELETE_SUBSCR;
        }, loc);
    }

    /** Pushes a slice's bounds (and step), returning how many values were pushed. */
    int slice(Expr.Slice s) {
        Location loc = Codegen.loc(s.pos());
        int n = 2;
        if (s.lower() != null) {
            visit(s.lower());
        } else {
            g.loadNone(loc);
        }
        if (s.upper() != null) {
            visit(s.upper());
        } else {
            g.loadNone(loc);
        }
        if (s.step() != null) {
            n++;
            visit(s.step());
        }
        return n;
    }

    // ---- displays

    /**
     * Builds a list, set or tuple from items, some of which may be starred (CPython's
     * {@code starunpack_helper}); {@code pushed} values are already on the stack.
     */
    void starUnpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend,
            boolean tuple, Location loc) {
        int n = elts.size();
        if (n > 2 && allConstant(elts) && (add != Opcode.SET_ADD || simpleDistinct(elts))) {
            List<Object> values = new ArrayList<>();
            for (Expr e : elts) {
                values.add(((Expr.Constant) e).value());
            }
            if (tuple && pushed == 0) {
                g.loadConst(new Constant.Tuple(values), loc);
                return;
            }
            g.emit(build, pushed, loc);
            g.loadConst(add == Opcode.SET_ADD ? new Constant.FrozenSet(values) : new Constant.Tuple(values), loc);
            g.emit(extend, 1, loc);
            if (tuple) {
                g.emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
            }
            return;
        }
        if (tuple && pushed == 0 && allConstant(elts)) {
            // CPython's flow-graph optimizer folds such a BUILD_TUPLE; we fold it here.
            g.loadFoldedElements(elts, loc);
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = elts.stream().anyMatch(e -> e instanceof Expr.Starred);
        if (!seenStar && !big) {
            visitAll(elts);
            g.emit(tuple ? Opcode.BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) {
            g.emit(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred st) {
                if (!built) {
                    g.emit(build, i + pushed, loc);
                    built = true;
                }
                visit(st.value());
                g.emit(extend, 1, loc);
            } else {
                visit(elt);
                if (built) {
                    g.emit(add, 1, loc);
                }
            }
        }
        if (tuple) {
            g.emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
        }
    }

    static boolean allConstant(List<Expr> elts) {
        for (Expr e : elts) {
            if (!(e instanceof Expr.Constant)) {
                return false;
            }
        }
        return true;
    }

    /** Whether set items are strings or longs, all different, so a frozenset constant is exact. */
    private static boolean simpleDistinct(List<Expr> elts) {
        HashSet<Object> seen = new HashSet<>();
        for (Expr e : elts) {
            Object v = ((Expr.Constant) e).value();
            if (!Constant.Str.isStr(v) && !(v instanceof Long) || !seen.add(v)) {
                return false;
            }
        }
        return true;
    }

    private void dict(Expr.Dict d, Location loc) {
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i, loc);
                    if (haveDict) {
                        g.emit(Opcode.DICT_UPDATE, 1, loc);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    g.emit(Opcode.BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                visit(d.values().get(i));
                g.emit(Opcode.DICT_UPDATE, 1, loc);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - elements, i + 1, loc);
                if (haveDict) {
                    g.emit(Opcode.DICT_UPDATE, 1, loc);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n, loc);
            if (haveDict) {
                g.emit(Opcode.DICT_UPDATE, 1, loc);
            }
            haveDict = true;
        }
        if (!haveDict) {
            g.emit(Opcode.BUILD_MAP, 0, loc);
        }
    }

    private void subdict(Expr.Dict d, int begin, int end, Location loc) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        List<Expr> keys = d.keys().subList(begin, end);
        if (n > 1 && !big && allConstant(keys)) {
            List<Object> values = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                visit(d.values().get(i));
                values.add(((Expr.Constant) d.keys().get(i)).value());
            }
            g.loadConst(new Constant.Tuple(values), loc);
            g.emit(Opcode.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            g.emit(Opcode.BUILD_MAP, 0, loc);
        }
        for (int i = begin; i < end; i++) {
            visit(d.keys().get(i));
            visit(d.values().get(i));
            if (big) {
                g.emit(Opcode.MAP_ADD, 1, loc);
            }
        }
        if (!big) {
            g.emit(Opcode.BUILD_MAP, n, loc);
        }
    }

    // ---- f-strings

    private void joinedStr(Expr.JoinedStr j, Location loc) {
        int count = j.values().size();
        if (count > STACK_USE_GUIDELINE) {
            g.loadConst("", loc);
            g.emitName(Opcode.LOAD_METHOD, "join", loc);
            g.emit(Opcode.BUILD_LIST, 0, loc);
            for (Expr v : j.values()) {
                visit(v);
                g.emit(Opcode.LIST_APPEND, 1, loc);
            }
            g.emit(Opcode.CALL, 1, loc);
            return;
        }
        if (count == 0) {
            g.loadConst("", loc);
            return;
        }
        visitAll(j.values());
        if (count != 1) {
            g.emit(Opcode.BUILD_STRING, count, loc);
        }
    }

    private void formattedValue(Expr.FormattedValue f, Location loc) {
        visit(f.value());
        int conversion = f.conversion();
        if (conversion != -1) {
            int oparg = switch (conversion) {
                case 's' -> 1;
                case 'r' -> 2;
                case 'a' -> 3;
                default -> throw g.error("invalid conversion character", f.pos());
            };
            g.emit(Opcode.CONVERT_VALUE, oparg, loc);
        }
        if (f.format_spec() != null) {
            visit(f.format_spec());
            g.emit(Opcode.FORMAT_WITH_SPEC, loc);
        } else {
            g.emit(Opcode.FORMAT_SIMPLE, loc);
        }
    }
}
