package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Label;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.compiler.internal.symtable.ComprehensionInlining;
import dev.kaa.compiler.internal.symtable.Scope;
import dev.kaa.parser.ast.Comprehension;
import dev.kaa.parser.ast.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates comprehensions (CPython's {@code compiler_comprehension}): list, set and dict
 * comprehensions inlined into the enclosing code (PEP 709), with the enclosing values of their
 * variables saved by {@code LOAD_FAST_AND_CLEAR} and restored on both exits; generator
 * expressions (and comprehensions that cannot be inlined) as their own code objects called with
 * the outermost iterator; and {@code async for} clauses.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class ComprehensionCompiler {
    private enum Type { GENEXP, LISTCOMP, SETCOMP, DICTCOMP }

    private final Codegen g;

    ComprehensionCompiler(Codegen g) {
        this.g = g;
    }

    void compile(Expr.ListComp e) {
        compile(e, Type.LISTCOMP, e.generators(), e.elt(), null);
    }

    void compile(Expr.SetComp e) {
        compile(e, Type.SETCOMP, e.generators(), e.elt(), null);
    }

    void compile(Expr.DictComp e) {
        compile(e, Type.DICTCOMP, e.generators(), e.key(), e.value());
    }

    void compile(Expr.GeneratorExp e) {
        compile(e, Type.GENEXP, e.generators(), e.elt(), null);
    }

    /** What {@code push_inlined_comprehension_state} saved, for the matching pop. */
    private record Inlined(Map<String, Integer> savedFlags, List<ComprehensionInlining.Pushed> pushed,
            List<String> hidden, Label cleanup, Label end) {}

    private void compile(Expr e, Type type, List<Comprehension> generators, Expr elt, Expr val) {
        Scope entry = g.symtable.scopeOf(e);
        CodeUnit.Kind outerKind = g.u.kind;
        boolean topLevelAwait = g.topLevelAwait();
        boolean inlined = entry.isInlinedComprehension();
        boolean async = entry.isCoroutine();
        Location loc = Codegen.loc(e.pos());
        Comprehension outermost = generators.get(0);
        Inlined state = null;
        if (inlined) {
            g.expr.visit(outermost.iter());
            g.emit(outermost.is_async() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER,
                    Codegen.loc(outermost.iter().pos()));
            state = push(entry, loc);
        } else {
            g.enterScope(entry, CodeUnit.Kind.COMPREHENSION, codeName(type), e.pos().lineno(),
                    type == Type.GENEXP);
            g.u.argcount = 1;
        }
        if (async && type != Type.GENEXP && outerKind != CodeUnit.Kind.ASYNC_FUNCTION
                && outerKind != CodeUnit.Kind.COMPREHENSION && !topLevelAwait) {
            throw g.error("asynchronous comprehension outside of an asynchronous function", e.pos());
        }
        if (async && type != Type.GENEXP && outerKind == CodeUnit.Kind.COMPREHENSION) {
            // An asynchronous comprehension makes the comprehension around it asynchronous
            // (a generator expression becomes an async generator), as CPython's symtable does.
            (inlined ? g.u : g.parentUnit()).forcedCoroutine = true;
        }
        if (type != Type.GENEXP) {
            g.emit(switch (type) {
                case LISTCOMP -> Opcode.BUILD_LIST;
                case SETCOMP -> Opcode.BUILD_SET;
                default -> Opcode.BUILD_MAP;
            }, 0, loc);
            if (inlined) {
                g.emit(Opcode.SWAP, 2, loc);
            }
        }
        generator(loc, generators, 0, 0, elt, val, type, inlined);
        if (inlined) {
            pop(state, loc);
            return;
        }
        if (type != Type.GENEXP) {
            g.emit(Opcode.RETURN_VALUE, loc);
        }
        Codegen.Compiled co = g.exitScope();
        if (topLevelAwait && async) {
            g.u.forcedCoroutine = true;
        }
        g.funcs.makeClosure(co, 0, loc);
        g.expr.visit(outermost.iter());
        g.emit(outermost.is_async() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER,
                Codegen.loc(outermost.iter().pos()));
        g.emit(Opcode.CALL, 0, loc);
        if (async && type != Type.GENEXP) {
            g.emit(Opcode.GET_AWAITABLE, 0, loc);
            g.loadNone(loc);
            g.expr.yieldFrom(loc, true);
        }
    }

    private static String codeName(Type type) {
        return switch (type) {
            case GENEXP -> "<genexpr>";
            case LISTCOMP -> "<listcomp>";
            case SETCOMP -> "<setcomp>";
            case DICTCOMP -> "<dictcomp>";
        };
    }

    private void generator(Location loc, List<Comprehension> gens, int index, int depth, Expr elt,
            Expr val, Type type, boolean iterOnStack) {
        if (gens.get(index).is_async() != 0) {
            asyncGenerator(loc, gens, index, depth, elt, val, type, iterOnStack);
        } else {
            syncGenerator(loc, gens, index, depth, elt, val, type, iterOnStack);
        }
    }

    private void syncGenerator(Location loc, List<Comprehension> gens, int index, int depth, Expr elt,
            Expr val, Type type, boolean iterOnStack) {
        Label start = g.newLabel();
        Label ifCleanup = g.newLabel();
        Label anchor = g.newLabel();
        Comprehension gen = gens.get(index);
        boolean loop = true;
        if (!iterOnStack) {
            if (index == 0) {
                g.emit(Opcode.LOAD_FAST, 0, loc);
            } else {
                List<Expr> elts = switch (gen.iter()) {
                    case Expr.List l -> l.elts();
                    case Expr.Tuple t -> t.elts();
                    default -> List.of();
                };
                if (elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                    g.expr.visit(elts.get(0));
                    loop = false;
                } else {
                    g.expr.visit(gen.iter());
                    g.emit(Opcode.GET_ITER, Codegen.loc(gen.iter().pos()));
                }
            }
        }
        if (loop) {
            depth++;
            g.bind(start);
            g.jump(Opcode.FOR_ITER, anchor, Codegen.loc(gen.iter().pos()));
        }
        g.expr.visit(gen.target());
        for (Expr cond : gen.ifs()) {
            g.expr.jumpIf(cond, ifCleanup, false);
        }
        Location eltLoc = body(loc, gens, index, depth, elt, val, type);
        g.bind(ifCleanup);
        if (loop) {
            g.jump(Opcode.JUMP, start, eltLoc);
            g.bind(anchor);
            g.emit(Opcode.END_FOR, Location.NONE);
            g.emit(Opcode.POP_TOP, Location.NONE);
        }
    }

    private void asyncGenerator(Location loc, List<Comprehension> gens, int index, int depth, Expr elt,
            Expr val, Type type, boolean iterOnStack) {
        Label start = g.newLabel();
        Label except = g.newLabel();
        Label ifCleanup = g.newLabel();
        Comprehension gen = gens.get(index);
        if (!iterOnStack) {
            if (index == 0) {
                g.emit(Opcode.LOAD_FAST, 0, loc);
            } else {
                g.expr.visit(gen.iter());
                g.emit(Opcode.GET_AITER, Codegen.loc(gen.iter().pos()));
            }
        }
        g.bind(start);
        g.pushBlock(FBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start, null, null, loc);
        g.jump(Opcode.SETUP_FINALLY, except, loc);
        g.emit(Opcode.GET_ANEXT, loc);
        g.loadNone(loc);
        g.expr.yieldFrom(loc, true);
        g.emit(Opcode.POP_BLOCK, loc);
        g.expr.visit(gen.target());
        for (Expr cond : gen.ifs()) {
            g.expr.jumpIf(cond, ifCleanup, false);
        }
        depth++;
        Location eltLoc = body(loc, gens, index, depth, elt, val, type);
        g.bind(ifCleanup);
        g.jump(Opcode.JUMP, start, eltLoc);
        g.popBlock(FBlock.Type.ASYNC_COMPREHENSION_GENERATOR);
        g.bind(except);
        g.emit(Opcode.END_ASYNC_FOR, loc);
    }

    /** The nested generators, then the element code after the last; returns the element's location. */
    private Location body(Location loc, List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
            Type type) {
        if (index + 1 < gens.size()) {
            generator(loc, gens, index + 1, depth, elt, val, type, false);
            return Codegen.loc(elt.pos());
        }
        Location eltLoc = Codegen.loc(elt.pos());
        switch (type) {
            case GENEXP -> {
                g.expr.visit(elt);
                g.expr.yieldValue(eltLoc);
                g.emit(Opcode.POP_TOP, eltLoc);
            }
            case LISTCOMP -> {
                g.expr.visit(elt);
                g.emit(Opcode.LIST_APPEND, depth + 1, eltLoc);
            }
            case SETCOMP -> {
                g.expr.visit(elt);
                g.emit(Opcode.SET_ADD, depth + 1, eltLoc);
            }
            case DICTCOMP -> {
                g.expr.visit(elt);
                g.expr.visit(val);
                eltLoc = new Location(elt.pos().lineno(), val.pos().end_lineno(), elt.pos().col_offset(),
                        val.pos().end_col_offset());
                g.emit(Opcode.MAP_ADD, depth + 1, eltLoc);
            }
        }
        return eltLoc;
    }

    private Inlined push(Scope entry, Location loc) {
        CodeUnit u = g.u;
        boolean inClassBlock = u.isClass() && u.inInlinedComp == 0;
        u.inInlinedComp++;
        ComprehensionInlining plan = ComprehensionInlining.plan(entry, u::flags, u.isFunctionLike(), inClassBlock);
        Map<String, Integer> saved = new HashMap<>();
        for (Map.Entry<String, Integer> o : plan.overrides().entrySet()) {
            saved.put(o.getKey(), u.overriddenFlags.get(o.getKey()));
            u.overriddenFlags.put(o.getKey(), o.getValue());
        }
        List<String> hidden = new ArrayList<>();
        for (ComprehensionInlining.Pushed p : plan.pushedLocals()) {
            if (p.hideFast() && u.fastHidden.add(p.name())) {
                hidden.add(p.name());
                u.everHidden.add(p.name());
            }
            g.emit(Opcode.LOAD_FAST_AND_CLEAR, u.varIndex(p.name()), loc);
            if (p.makeCell()) {
                g.emit(Opcode.MAKE_CELL, p.cellIsFree() ? u.freeIndex(p.name()) : u.cellIndex(p.name()), loc);
            }
        }
        Label cleanup = null;
        Label end = null;
        if (!plan.pushedLocals().isEmpty()) {
            g.emit(Opcode.SWAP, plan.pushedLocals().size() + 1, loc);
            cleanup = g.newLabel();
            end = g.newLabel();
            g.jump(Opcode.SETUP_FINALLY, cleanup, loc);
        }
        return new Inlined(saved, plan.pushedLocals(), hidden, cleanup, end);
    }

    private void pop(Inlined state, Location loc) {
        CodeUnit u = g.u;
        u.inInlinedComp--;
        for (Map.Entry<String, Integer> s : state.savedFlags().entrySet()) {
            if (s.getValue() == null) {
                u.overriddenFlags.remove(s.getKey());
            } else {
                u.overriddenFlags.put(s.getKey(), s.getValue());
            }
        }
        if (!state.pushed().isEmpty()) {
            g.emit(Opcode.POP_BLOCK, Location.NONE);
            g.jump(Opcode.JUMP_NO_INTERRUPT, state.end(), Location.NONE);
            g.bind(state.cleanup());
            g.emit(Opcode.SWAP, 2, Location.NONE);
            g.emit(Opcode.POP_TOP, Location.NONE);
            restore(state, loc);
            g.emit(Opcode.RERAISE, 0, Location.NONE);
            g.bind(state.end());
            restore(state, loc);
        }
        for (String name : state.hidden()) {
            u.fastHidden.remove(name);
        }
    }

    private void restore(Inlined state, Location loc) {
        int n = state.pushed().size();
        g.emit(Opcode.SWAP, n + 1, loc);
        for (int i = n - 1; i >= 0; i--) {
            g.emit(Opcode.STORE_FAST_MAYBE_NULL, g.u.varIndex(state.pushed().get(i).name()), loc);
        }
    }
}
