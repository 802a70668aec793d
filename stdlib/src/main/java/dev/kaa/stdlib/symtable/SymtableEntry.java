package dev.kaa.stdlib.symtable;

import dev.kaa.compiler.spi.SymbolTableBlock;
import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@code symtable entry}: one block of a module's symbol tables as {@code _symtable} shows it,
 * with read-only attributes {@code id}, {@code name}, {@code type}, {@code lineno},
 * {@code nested}, {@code symbols} (a dict of names to flags), {@code varnames} and
 * {@code children}. The Python values are made once, when the entry is, so repeated reads give
 * the same objects, as CPython's do.
 *
 * <p>Thread safety: immutable after construction.
 */
final class SymtableEntry extends ExtensionObject {
    static volatile PythonType type;
    /** Entry ids: unique per process, as CPython's block addresses are. */
    private static final AtomicLong IDS = new AtomicLong(0x10000);

    private final long id;
    private final SymbolTableBlock block;
    private final Object symbols;
    private final Object varnames;
    private final Object children;

    private SymtableEntry(SymbolTableBlock block) {
        super(type);
        this.id = IDS.getAndAdd(16);
        this.block = block;
        this.symbols = Py.dict();
        for (Map.Entry<String, Integer> e : block.symbols().entrySet()) {
            Py.setItem(symbols, Py.str(e.getKey()), Py.integer(e.getValue()));
        }
        this.varnames = Py.list(block.varnames().stream().map(Py::str).toArray());
        this.children = Py.list(block.children().stream().map(SymtableEntry::of).toArray());
    }

    static SymtableEntry of(SymbolTableBlock block) {
        return new SymtableEntry(block);
    }

    @PyGetter(doc = "A number that identifies the block.")
    long id() {
        return id;
    }

    @PyGetter(doc = "The block's name: 'top' for the module, a class's or function's name, 'lambda' ….")
    String name() {
        return block.name();
    }

    @PyGetter(doc = "The kind of block, one of _symtable's TYPE_* numbers.")
    int type() {
        return block.kind().ordinal();
    }

    @PyGetter(doc = "The line the block starts on (0 for the module).")
    int lineno() {
        return block.lineno();
    }

    @PyGetter(doc = "1 if the block is nested in a function-like block, else 0.")
    int nested() {
        return block.nested() ? 1 : 0;
    }

    @PyGetter(doc = "The names the block mentions, mapped to their flags (DEF_* and USE bits, and the scope\n"
            + "shifted by SCOPE_OFF).")
    Object symbols() {
        return symbols;
    }

    @PyGetter(doc = "The parameters and locals of a function-like block, in order.")
    Object varnames() {
        return varnames;
    }

    @PyGetter(doc = "The blocks inside this one, in source order.")
    Object children() {
        return children;
    }

    @PyMethod
    String __repr__() {
        return "<symtable entry " + block.name() + "(" + id + "), line " + block.lineno() + ">";
    }
}
