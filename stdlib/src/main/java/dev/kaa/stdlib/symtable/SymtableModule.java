package dev.kaa.stdlib.symtable;

import dev.kaa.compiler.spi.CompilationRecursionError;
import dev.kaa.compiler.spi.PythonCompiler;
import dev.kaa.compiler.spi.SymbolTableBlock;
import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.PythonParser;
import dev.kaa.parser.ast.Mod;
import java.lang.invoke.MethodHandles;

/**
 * {@code _symtable}: the compiler's symbol tables, for the {@code symtable} module. The source is
 * parsed by the parser service and its tables built by the compiler service
 * ({@link PythonCompiler#symbolTable}), the same ones that compile it; each block becomes a
 * {@link SymtableEntry}. The flag and scope constants are CPython 3.13's, which the compiler's
 * tables use.
 *
 * <p>Thread safety: stateless; the services are shared and stateless.
 */
public final class SymtableModule implements ExtensionModule {
    private static final class Services {
        static final PythonParser PARSER = PythonParser.load(null);
        static final PythonCompiler COMPILER = PythonCompiler.load(null);
    }

    @Override public String name() {
        return "_symtable";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("The compiler's symbol tables, beneath the symtable module.");
        m.addFunctions(SymtableModule.class, MethodHandles.lookup());
        SymtableEntry.type = m.addType("symtable entry", SymtableEntry.class, MethodHandles.lookup(),
                "A block of a module's symbol tables.");
        Object[][] constants = {
            {"USE", 16}, {"DEF_GLOBAL", 1}, {"DEF_NONLOCAL", 8}, {"DEF_LOCAL", 2}, {"DEF_PARAM", 4},
            {"DEF_FREE", 32}, {"DEF_FREE_CLASS", 64}, {"DEF_IMPORT", 128}, {"DEF_BOUND", 134}, {"DEF_ANNOT", 256},
            {"SCOPE_OFF", 12}, {"SCOPE_MASK", 15}, {"LOCAL", 1}, {"GLOBAL_EXPLICIT", 2}, {"GLOBAL_IMPLICIT", 3},
            {"FREE", 4}, {"CELL", 5},
        };
        for (Object[] c : constants) {
            m.add((String) c[0], c[1]);
        }
        for (SymbolTableBlock.Kind kind : SymbolTableBlock.Kind.values()) {
            m.add("TYPE_" + kind.name(), kind.ordinal());
        }
    }

    @PyMethod(doc = "symtable($module, source, filename, startstr, /)\n--\n\n"
            + "The symbol tables of the source, compiled as startstr says ('exec', 'eval' or 'single'):\n"
            + "the top block, whose children are the blocks inside it.")
    static Object symtable(Object source, Object filename, Object startstr) {
        Object text;
        if (Py.isInstance(source, Py.builtinType("str"))) {
            text = Py.asString(source);
        } else if (Py.isInstance(source, Py.builtinType("bytes"))) {
            text = Py.asBytes(source);
        } else {
            throw Py.typeError("symtable() arg 1 must be a string or bytes object");
        }
        String name = Py.asString(Py.call(Py.getAttr(Py.importModule("os"), "fsdecode"), filename));
        if (!Py.isInstance(startstr, Py.builtinType("str"))) {
            throw Py.typeError("symtable() argument 3 must be str, not " + Py.typeOf(startstr).name());
        }
        ParseMode mode = switch (Py.asString(startstr)) {
            case "exec" -> ParseMode.EXEC;
            case "eval" -> ParseMode.EVAL;
            case "single" -> ParseMode.SINGLE;
            default -> throw Py.valueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'");
        };
        if ((text instanceof String s && s.indexOf('\0') >= 0) || (text instanceof byte[] b && contains0(b))) {
            throw Py.error(Py.builtinType("SyntaxError"), "source code string cannot contain null bytes");
        }
        try {
            Mod tree = text instanceof String s ? Services.PARSER.parse(s, name, mode)
                    : Services.PARSER.parse((byte[]) text, name, mode);
            return SymtableEntry.of(Services.COMPILER.symbolTable(tree, name));
        } catch (PySyntaxError e) {
            throw Py.errorWithArgs(Py.builtinType(e.kind().name()), Py.str(e.msg()),
                    Py.tuple(e.filename() == null ? Py.none() : Py.str(e.filename()), Py.integer(e.lineno()),
                            Py.integer(e.offset()), e.text() == null ? Py.none() : Py.str(e.text()),
                            Py.integer(e.endLineno()), Py.integer(e.endOffset())));
        } catch (CompilationRecursionError e) {
            throw Py.error(Py.builtinType("RecursionError"), CompilationRecursionError.MESSAGE);
        }
    }

    private static boolean contains0(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
