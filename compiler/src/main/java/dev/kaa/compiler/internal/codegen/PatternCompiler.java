package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.Opcode;
import dev.kaa.bytecode.PyRepr;
import dev.kaa.compiler.internal.flowgraph.Label;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.parser.ast.CmpOp;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.MatchCase;
import dev.kaa.parser.ast.Operator;
import dev.kaa.parser.ast.Pattern;
import dev.kaa.parser.ast.Pos;
import dev.kaa.parser.ast.Stmt;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates {@code match} statements (CPython's {@code compiler_match} and
 * {@code compiler_pattern_*}). Each case tests the subject with the pattern instructions
 * ({@code MATCH_SEQUENCE}, {@code MATCH_MAPPING}, {@code MATCH_KEYS}, {@code MATCH_CLASS},
 * comparisons), keeping the values it will bind on the stack until the whole pattern matched;
 * a failed test jumps to the "fail pop" label that pops exactly what is on the stack then.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class PatternCompiler {
    private final Codegen g;

    PatternCompiler(Codegen g) {
        this.g = g;
    }

    /** CPython's {@code pattern_context}: names to bind, failure labels, items above the subject. */
    private static final class Context {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Label> failPop = new ArrayList<>();
        int onTop;

        Context copy() {
            Context c = new Context();
            c.stores = stores;
            c.allowIrrefutable = allowIrrefutable;
            c.failPop = failPop;
            c.onTop = onTop;
            return c;
        }

        void restore(Context c) {
            stores = c.stores;
            allowIrrefutable = c.allowIrrefutable;
            failPop = c.failPop;
            onTop = c.onTop;
        }
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs as && as.pattern() == null && as.name() == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    void match(Stmt.Match s) {
        g.expr.visit(s.subject());
        Label end = g.newLabel();
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        boolean hasDefault = isWildcard(cases.get(n - 1).pattern()) && n > 1;
        Context pc = new Context();
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            MatchCase m = cases.get(i);
            Location ploc = Codegen.loc(m.pattern().pos());
            boolean last = i == n - (hasDefault ? 1 : 0) - 1;
            if (!last) {
                g.emit(Opcode.COPY, 1, ploc);
            }
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard() != null || i == n - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) {
                g.names.nameOp(name, ExprContext.Store, ploc);
            }
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                g.expr.jumpIf(m.guard(), pc.failPop.get(0), false);
            }
            if (!last) {
                g.emit(Opcode.POP_TOP, Location.NONE);
            }
            g.stmt.visitAll(m.body());
            g.jump(Opcode.JUMP, end, Location.NONE);
            emitAndResetFailPop(pc, ploc);
        }
        if (hasDefault) {
            MatchCase m = cases.get(n - 1);
            Location ploc = Codegen.loc(m.pattern().pos());
            if (n == 1) {
                g.emit(Opcode.POP_TOP, ploc);
            } else {
                g.emit(Opcode.NOP, ploc);
            }
            if (m.guard() != null) {
                g.expr.jumpIf(m.guard(), end, false);
            }
            g.stmt.visitAll(m.body());
        }
        g.bind(end);
    }

    private void ensureFailPop(Context pc, int n) {
        while (pc.failPop.size() <= n) {
            pc.failPop.add(g.newLabel());
        }
    }

    private void jumpToFailPop(Context pc, Location loc, Opcode op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        g.jump(op, pc.failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Context pc, Location loc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            g.bind(pc.failPop.get(i));
            g.emit(Opcode.POP_TOP, loc);
        }
        g.bind(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void rotate(Location loc, int count) {
        while (count > 1) {
            g.emit(Opcode.SWAP, count--, loc);
        }
    }

    private void storeName(String name, Location loc, Pos pos, Context pc) {
        if (name == null) {
            g.emit(Opcode.POP_TOP, loc);
            return;
        }
        g.names.checkForbidden(name, ExprContext.Store, pos);
        if (pc.stores.contains(name)) {
            throw g.error("multiple assignments to name " + PyRepr.repr(name) + " in pattern", pos);
        }
        rotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void pattern(Pattern p, Context pc) {
        Location loc = Codegen.loc(p.pos());
        switch (p) {
            case Pattern.MatchValue v -> {
                // Before constant folding, -1 and 1+2j are still UnaryOp and BinOp; the parser
                // admits no other shapes there.
                if (!(v.value() instanceof Expr.Constant) && !(v.value() instanceof Expr.Attribute)
                        && !(v.value() instanceof Expr.UnaryOp) && !(v.value() instanceof Expr.BinOp)) {
                    throw g.error("patterns may only match literals and attribute lookups", p.pos());
                }
                g.expr.visit(v.value());
                g.expr.compareOp(CmpOp.Eq, loc);
                g.emit(Opcode.TO_BOOL, loc);
                jumpToFailPop(pc, loc, Opcode.POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSingleton s -> {
                g.loadConst(s.value(), loc);
                g.expr.compareOp(CmpOp.Is, loc);
                jumpToFailPop(pc, loc, Opcode.POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSequence s -> sequence(s, pc, loc);
            case Pattern.MatchMapping m -> mapping(m, pc, loc);
            case Pattern.MatchClass c -> classPattern(c, pc, loc);
            case Pattern.MatchStar s -> storeName(s.name(), loc, s.pos(), pc);
            case Pattern.MatchAs as -> {
                if (as.pattern() == null) {
                    if (!pc.allowIrrefutable) {
                        if (as.name() != null) {
                            throw g.error("name capture " + PyRepr.repr(as.name())
                                    + " makes remaining patterns unreachable", p.pos());
                        }
                        throw g.error("wildcard makes remaining patterns unreachable", p.pos());
                    }
                    storeName(as.name(), loc, as.pos(), pc);
                    return;
                }
                pc.onTop++;
                g.emit(Opcode.COPY, 1, loc);
                pattern(as.pattern(), pc);
                pc.onTop--;
                storeName(as.name(), loc, as.pos(), pc);
            }
            case Pattern.MatchOr o -> or(o, pc, loc);
        }
    }

    private void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void sequence(Pattern.MatchSequence s, Context pc, Location loc) {
        List<Pattern> patterns = s.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (p instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw g.error("multiple starred names in sequence pattern", s.pos());
                }
                starWildcard = isStarWildcard(p);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(p);
        }
        pc.onTop++;
        g.emit(Opcode.MATCH_SEQUENCE, loc);
        jumpToFailPop(pc, loc, Opcode.POP_JUMP_IF_FALSE);
        if (star < 0) {
            g.emit(Opcode.GET_LEN, loc);
            g.loadConst((long) size, loc);
            g.expr.compareOp(CmpOp.Eq, loc);
            jumpToFailPop(pc, loc, Opcode.POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            g.emit(Opcode.GET_LEN, loc);
            g.loadConst((long) (size - 1), loc);
            g.expr.compareOp(CmpOp.GtE, loc);
            jumpToFailPop(pc, loc, Opcode.POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            g.emit(Opcode.POP_TOP, loc);
        } else if (starWildcard) {
            sequenceSubscr(patterns, star, pc, loc);
        } else {
            sequenceUnpack(patterns, pc, loc);
        }
    }

    private void sequenceUnpack(List<Pattern> patterns, Context pc, Location loc) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (patterns.get(i) instanceof Pattern.MatchStar) {
                if (seenStar) {
                    throw g.error("multiple starred expressions in sequence pattern", loc);
                }
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw g.error("too many expressions in star-unpacking sequence pattern", loc);
                }
                g.emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            }
        }
        if (!seenStar) {
            g.emit(Opcode.UNPACK_SEQUENCE, n, loc);
        }
        pc.onTop += n;
        for (Pattern p : patterns) {
            pc.onTop--;
            subpattern(p, pc);
        }
    }

    private void sequenceSubscr(List<Pattern> patterns, int star, Context pc, Location loc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (isWildcard(p) || i == star) {
                continue;
            }
            g.emit(Opcode.COPY, 1, loc);
            if (i < star) {
                g.loadConst((long) i, loc);
            } else {
                g.emit(Opcode.GET_LEN, loc);
                g.loadConst((long) (size - i), loc);
                g.emit(Opcode.BINARY_OP, Operators.binary(Operator.Sub, false), loc);
            }
            g.emit(Opcode.BINARY_SUBSCR, loc);
            subpattern(p, pc);
        }
        pc.onTop--;
        g.emit(Opcode.POP_TOP, loc);
    }

    private void mapping(Pattern.MatchMapping m, Context pc, Location loc) {
        List<Expr> keys = m.keys();
        int size = keys.size();
        if (size != m.patterns().size()) {
            throw g.error("keys (" + size + ") / patterns (" + m.patterns().size()
                    + ") length mismatch in mapping pattern", m.pos());
        }
        String star = m.rest();
        pc.onTop++;
        g.emit(Opcode.MATCH_MAPPING, loc);
        jumpToFailPop(pc, loc, Opcode.POP_JUMP_IF_FALSE);
        if (size == 0 && star == null) {
            pc.onTop--;
            g.emit(Opcode.POP_TOP, loc);
            return;
        }
        if (size > 0) {
            g.emit(Opcode.GET_LEN, loc);
            g.loadConst((long) size, loc);
            g.expr.compareOp(CmpOp.GtE, loc);
            jumpToFailPop(pc, loc, Opcode.POP_JUMP_IF_FALSE);
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            Expr key = keys.get(i);
            if (key == null) {
                throw g.error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)",
                        m.patterns().get(i).pos());
            }
            if (key instanceof Expr.Constant c) {
                if (!seen.add(hashKey(c.value()))) {
                    throw g.error("mapping pattern checks duplicate key (" + PyRepr.repr(c.value()) + ")", m.pos());
                }
            } else if (!(key instanceof Expr.Attribute)) {
                throw g.error("mapping pattern keys may only match literals and attribute lookups", m.pos());
            }
            g.expr.visit(key);
        }
        g.emit(Opcode.BUILD_TUPLE, size, loc);
        g.emit(Opcode.MATCH_KEYS, loc);
        pc.onTop += 2;
        g.emit(Opcode.COPY, 1, loc);
        g.loadNone(loc);
        g.emit(Opcode.IS_OP, 1, loc);
        jumpToFailPop(pc, loc, Opcode.POP_JUMP_IF_FALSE);
        g.emit(Opcode.UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (Pattern p : m.patterns()) {
            pc.onTop--;
            subpattern(p, pc);
        }
        pc.onTop -= 2;
        if (star != null) {
            g.emit(Opcode.BUILD_MAP, 0, loc);
            g.emit(Opcode.SWAP, 3, loc);
            g.emit(Opcode.DICT_UPDATE, 2, loc);
            g.emit(Opcode.UNPACK_SEQUENCE, size, loc);
            while (size > 0) {
                g.emit(Opcode.COPY, 1 + size--, loc);
                g.emit(Opcode.SWAP, 2, loc);
                g.emit(Opcode.DELETE_SUBSCR, loc);
            }
            storeName(star, loc, m.pos(), pc);
        } else {
            g.emit(Opcode.POP_TOP, loc);
            g.emit(Opcode.POP_TOP, loc);
        }
    }

    /** A key equal (as Python's {@code ==} and {@code hash} see it) for equal constants. */
    private static Object hashKey(Object v) {
        BigDecimal number = switch (v) {
            case Boolean b -> BigDecimal.valueOf(b ? 1 : 0);
            case Long l -> BigDecimal.valueOf(l);
            case BigInteger b -> new BigDecimal(b);
            case Double d when !d.isNaN() && !d.isInfinite() -> new BigDecimal(d);
            case Constant.Complex c when c.imag() == 0.0 && !Double.isNaN(c.real())
                    && !Double.isInfinite(c.real()) -> new BigDecimal(c.real());
            default -> null;
        };
        return number == null ? v : number.stripTrailingZeros();
    }

    private void classPattern(Pattern.MatchClass p, Context pc, Location loc) {
        List<Pattern> patterns = p.patterns();
        List<String> attrs = p.kwd_attrs();
        List<Pattern> kwdPatterns = p.kwd_patterns();
        int nargs = patterns.size();
        int nattrs = attrs.size();
        if (nattrs != kwdPatterns.size()) {
            throw g.error("kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size()
                    + ") length mismatch in class pattern", p.pos());
        }
        for (int i = 0; i < nattrs; i++) {
            String attr = attrs.get(i);
            g.names.checkForbidden(attr, ExprContext.Store, kwdPatterns.get(i).pos());
            for (int j = i + 1; j < nattrs; j++) {
                if (attr.equals(attrs.get(j))) {
                    throw g.error("attribute name repeated in class pattern: " + attr, kwdPatterns.get(j).pos());
                }
            }
        }
        g.expr.visit(p.cls());
        g.loadConst(new Constant.Tuple(new ArrayList<>(attrs)), loc);
        g.emit(Opcode.MATCH_CLASS, nargs, loc);
        g.emit(Opcode.COPY, 1, loc);
        g.loadNone(loc);
        g.emit(Opcode.IS_OP, 1, loc);
        pc.onTop++;
        jumpToFailPop(pc, loc, Opcode.POP_JUMP_IF_FALSE);
        g.emit(Opcode.UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern sub = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(sub)) {
                g.emit(Opcode.POP_TOP, loc);
                continue;
            }
            subpattern(sub, pc);
        }
    }

    private void or(Pattern.MatchOr p, Context pc, Location loc) {
        Label end = g.newLabel();
        int size = p.patterns().size();
        Context old = pc.copy();
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = p.patterns().get(i);
            Location aloc = Codegen.loc(alt.pos());
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && old.allowIrrefutable;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            g.emit(Opcode.COPY, 1, aloc);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw g.error("alternative patterns bind different names", p.pos());
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) {
                        throw g.error("alternative patterns bind different names", p.pos());
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(aloc, icontrol + 1);
                        }
                    }
                }
            }
            g.jump(Opcode.JUMP, end, aloc);
            emitAndResetFailPop(pc, aloc);
        }
        pc.restore(old);
        g.emit(Opcode.POP_TOP, loc);
        jumpToFailPop(pc, loc, Opcode.JUMP);
        g.bind(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(loc, nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) {
                throw g.error("multiple assignments to name " + PyRepr.repr(name) + " in pattern", p.pos());
            }
            pc.stores.add(name);
        }
        g.emit(Opcode.POP_TOP, loc);
    }
}
