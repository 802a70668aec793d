package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.compiler.internal.symtable.Binding;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Pos;

/**
 * Loads, stores and deletes names with the instruction the symbol table's binding calls for
 * (CPython's {@code compiler_nameop}): fast locals, cells, globals, or the namespace dictionary,
 * with the {@code LOAD_FROM_DICT_OR_*} forms in class bodies and in blocks that see a class scope.
 *
 * <p>Thread safety: confined to the compiling thread.
 */
final class NameCompiler {
    private final Codegen g;

    NameCompiler(Codegen g) {
        this.g = g;
    }

    /** Checks a name about to be bound or deleted (CPython's {@code forbidden_name}). */
    void checkForbidden(String name, ExprContext ctx, Pos pos) {
        if (ctx == ExprContext.Store && name.equals("__debug__")) {
            throw g.error("cannot assign to __debug__", pos);
        }
        if (ctx == ExprContext.Del && name.equals("__debug__")) {
            throw g.error("cannot delete __debug__", pos);
        }
    }

    /** Emits the load, store or delete of {@code name}. */
    void nameOp(String name, ExprContext ctx, Location loc) {
        nameOp(name, ctx, loc, false);
    }

    /**
     * Emits the load, store or delete of {@code name}; for a load with {@code pushNull}, leaves
     * {@code NULL} above the value as a call wants, and returns whether it did so itself (only
     * {@code LOAD_GLOBAL} can).
     */
    boolean nameOp(String name, ExprContext ctx, Location loc, boolean pushNull) {
        CodeUnit u = g.u;
        if (ctx != ExprContext.Load && name.equals("__debug__")) {
            // Every binding goes through here, import aliases and except targets included.
            throw g.error(ctx == ExprContext.Store ? "cannot assign to __debug__" : "cannot delete __debug__", loc);
        }
        if (ctx == ExprContext.Load && name.equals("__debug__")) {
            g.loadConst(g.optimize <= 0, loc);
            return false;
        }
        String mangled = u.scope.mangle(name);
        Binding b = u.binding(mangled);
        switch (b) {
            case FREE -> deref(mangled, u.freeIndex(mangled), ctx, loc);
            case CELL -> deref(mangled, u.cellIndex(mangled), ctx, loc);
            case LOCAL -> {
                if (u.isFunctionLike() || u.fastHidden.contains(mangled)) {
                    fast(mangled, ctx, loc);
                } else {
                    byName(mangled, ctx, loc);
                }
            }
            case GLOBAL_IMPLICIT -> {
                if (u.isFunctionLike()) {
                    return global(mangled, ctx, loc, true, pushNull);
                }
                byName(mangled, ctx, loc);
            }
            case GLOBAL_EXPLICIT -> {
                return global(mangled, ctx, loc, false, pushNull);
            }
            case NONE -> byName(mangled, ctx, loc);
        }
        return false;
    }

    private void fast(String name, ExprContext ctx, Location loc) {
        Opcode op = switch (ctx) {
            case Load -> Opcode.LOAD_FAST;
            case Store -> Opcode.STORE_FAST;
            case Del -> Opcode.DELETE_FAST;
        };
        g.emit(op, g.u.varIndex(name), loc);
    }

    private void deref(String name, int index, ExprContext ctx, Location loc) {
        CodeUnit u = g.u;
        switch (ctx) {
            case Load -> {
                if (u.isClass() && u.inInlinedComp == 0) {
                    g.emit(Opcode.LOAD_LOCALS, loc);
                    g.emit(Opcode.LOAD_FROM_DICT_OR_DEREF, index, loc);
                } else if (u.scope.canSeeClassScope()) {
                    g.emit(Opcode.LOAD_DEREF, u.freeIndex("__classdict__"), loc);
                    g.emit(Opcode.LOAD_FROM_DICT_OR_DEREF, index, loc);
                } else {
                    g.emit(Opcode.LOAD_DEREF, index, loc);
                }
            }
            case Store -> g.emit(Opcode.STORE_DEREF, index, loc);
            case Del -> g.emit(Opcode.DELETE_DEREF, index, loc);
        }
    }

    private boolean global(String name, ExprContext ctx, Location loc, boolean implicit, boolean pushNull) {
        CodeUnit u = g.u;
        switch (ctx) {
            case Load -> {
                if (u.scope.canSeeClassScope() && implicit) {
                    g.emit(Opcode.LOAD_DEREF, u.freeIndex("__classdict__"), loc);
                    g.emitName(Opcode.LOAD_FROM_DICT_OR_GLOBALS, name, loc);
                    return false;
                }
                g.emit(Opcode.LOAD_GLOBAL, (u.addName(name) << 1) | (pushNull ? 1 : 0), loc);
                return pushNull;
            }
            case Store -> g.emitName(Opcode.STORE_GLOBAL, name, loc);
            case Del -> g.emitName(Opcode.DELETE_GLOBAL, name, loc);
        }
        return false;
    }

    private void byName(String name, ExprContext ctx, Location loc) {
        CodeUnit u = g.u;
        switch (ctx) {
            case Load -> {
                if (u.isClass() && u.inInlinedComp > 0) {
                    g.emit(Opcode.LOAD_GLOBAL, u.addName(name) << 1, loc);
                } else {
                    g.emitName(Opcode.LOAD_NAME, name, loc);
                }
            }
            case Store -> g.emitName(Opcode.STORE_NAME, name, loc);
            case Del -> g.emitName(Opcode.DELETE_NAME, name, loc);
        }
    }
}
