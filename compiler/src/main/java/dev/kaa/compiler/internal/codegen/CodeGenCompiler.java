package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Opcode;
import dev.kaa.compiler.internal.flowgraph.Location;
import dev.kaa.compiler.internal.astopt.AstOptimizer;
import dev.kaa.compiler.internal.symtable.LargeStack;
import dev.kaa.compiler.internal.symtable.Scope;
import dev.kaa.compiler.internal.symtable.SymbolTable;
import dev.kaa.compiler.spi.CompileOptions;
import dev.kaa.compiler.spi.PythonCompiler;
import dev.kaa.compiler.spi.SymbolTableBlock;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.Alias;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Pos;
import dev.kaa.parser.ast.Stmt;
import java.util.List;

/**
 * Kaa's compiler from an abstract syntax tree to CPython 3.13 bytecode, found as the
 * {@code "cpython313"} {@link PythonCompiler} service. It reads the {@code __future__} imports,
 * builds the symbol table, and generates one code object per module, class, function, lambda
 * and non-inlined comprehension (CPython's {@code compiler_mod}).
 *
 * <p>Thread safety: stateless; each {@link #compile} call works on its own objects.
 */
public final class CodeGenCompiler implements PythonCompiler {
    /** The service constructor. */
    public CodeGenCompiler() {}

    @Override public String name() {
        return "cpython313";
    }

    @Override public CodeObject compile(Mod module, String filename, CompileOptions options) {
        int optimize = Math.max(0, options.optimize());
        Pos[] futureLocation = {null};
        int flags = options.flags() | futureFlags(module, filename, futureLocation);
        Mod optimized = AstOptimizer.optimize(module, optimize, flags);
        SymbolTable symtable = SymbolTable.build(optimized, filename, flags);
        // Deeply nested code overflows the default Java stack; retry on a large one. The
        // warnings are issued here, on the caller's thread, whichever thread generated the code.
        CodeWarnings[] warnings = {null};
        try {
            CodeObject code = LargeStack.call(() -> {
                warnings[0] = new CodeWarnings(filename);
                return generate(optimized, filename, optimize, flags, symtable, futureLocation[0], warnings[0]);
            });
            warnings[0].flush(options.warnings());
            return code;
        } catch (PySyntaxError e) {
            // A warning made an error comes before this error in the source: it wins.
            if (warnings[0] != null) {
                warnings[0].flush(options.warnings());
            }
            throw e;
        }
    }

    @Override public SymbolTableBlock symbolTable(Mod module, String filename) {
        // As CPython's symtable(): the tree as parsed, not optimized, with the future flags.
        return block(SymbolTable.build(module, filename, futureFlags(module, filename, new Pos[1])).top());
    }

    private static SymbolTableBlock block(Scope scope) {
        SymbolTableBlock.Kind kind = switch (scope.kind()) {
            case MODULE -> SymbolTableBlock.Kind.MODULE;
            case CLASS -> SymbolTableBlock.Kind.CLASS;
            case FUNCTION -> SymbolTableBlock.Kind.FUNCTION;
            case ANNOTATION -> SymbolTableBlock.Kind.ANNOTATION;
            case TYPE_ALIAS -> SymbolTableBlock.Kind.TYPE_ALIAS;
            case TYPE_PARAMETERS -> SymbolTableBlock.Kind.TYPE_PARAMETERS;
            case TYPE_VARIABLE_BOUND -> SymbolTableBlock.Kind.TYPE_VARIABLE;
        };
        return new SymbolTableBlock(kind, scope.name(), scope.lineno(), scope.isNested(), scope.symbols(),
                scope.varnames(), scope.children().stream().map(CodeGenCompiler::block).toList());
    }

    private static CodeObject generate(Mod module, String filename, int optimize, int flags,
            SymbolTable symtable, Pos futureLocation, CodeWarnings warnings) {
        boolean interactive = module instanceof Mod.Interactive;
        Codegen g = new Codegen(filename, optimize, flags, symtable, interactive, warnings);
        g.stmt.futureLocation = futureLocation;
        g.enterScope(symtable.top(), CodeUnit.Kind.MODULE, "<module>", 1);
        Location loc = new Location(1, 1, 0, 0);
        switch (module) {
            case Mod.Module m -> g.body(loc, m.body());
            case Mod.Interactive m -> {
                if (AssignCompiler.findAnnotations(m.body())) {
                    g.emit(Opcode.SETUP_ANNOTATIONS, loc);
                }
                g.stmt.visitAll(m.body());
            }
            case Mod.Expression m -> {
                g.expr.visit(m.body());
                g.emit(Opcode.RETURN_VALUE, Location.NONE);
            }
            // CPython's compile() refuses this before compiling; the caller maps it to ValueError.
            case Mod.FunctionType m -> throw new IllegalArgumentException(
                    "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        return g.exitScope().code();
    }

    /**
     * The {@code CO_FUTURE_*} flags of the {@code from __future__ import} statements at the start
     * of the module (after the docstring), checking their names (CPython's {@code future_parse}).
     */
    private static int futureFlags(Mod module, String filename, Pos[] lastLocation) {
        List<Stmt> body = switch (module) {
            case Mod.Module m -> m.body();
            case Mod.Interactive m -> m.body();
            default -> List.of();
        };
        int flags = 0;
        int i = Docstrings.of(body) != null ? 1 : 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom f) || f.level() != 0
                    || !"__future__".equals(f.module())) {
                break;
            }
            for (Alias a : f.names()) {
                flags |= feature(a.name(), f.pos(), filename);
            }
            lastLocation[0] = f.pos();
        }
        return flags;
    }

    private static int feature(String name, Pos pos, String filename) {
        return switch (name) {
            case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
                    "print_function", "unicode_literals", "generator_stop" -> 0;
            case "barry_as_FLUFL" -> CompileOptions.CO_FUTURE_BARRY_AS_BDFL;
            case "annotations" -> CompileOptions.CO_FUTURE_ANNOTATIONS;
            case "braces" -> throw futureError("not a chance", pos, filename);
            default -> throw futureError("future feature " + name + " is not defined", pos, filename);
        };
    }

    /**
     * CPython raises these from the future-feature check with only a start location, so its
     * {@code end_offset} reads 0 (None in Python) while {@code end_lineno} is the line.
     */
    private static PySyntaxError futureError(String msg, Pos pos, String filename) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, pos.lineno(),
                pos.col_offset() + 1, null, pos.lineno(), 0);
    }
}
