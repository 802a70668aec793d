package dev.kaa.vm.modules;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.compiler.spi.CompilationRecursionError;
import dev.kaa.compiler.spi.CompileOptions;
import dev.kaa.compiler.spi.PythonCompiler;
import dev.kaa.parser.ParseMode;
import dev.kaa.parser.ParseOptions;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.PythonParser;
import dev.kaa.parser.ast.Mod;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.ExcSyntaxError;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyCode;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyStr;

/**
 * Source to code object for the interpreter ({@code compile()}, {@code exec} of a string,
 * running a script): the parser and the compiler found as services, their errors turned into
 * Python's SyntaxError and RecursionError.
 *
 * <p>Thread safety: stateless; the services are stateless.
 */
public final class Compiling {
    private Compiling() {}

    public static final int PyCF_ONLY_AST = 0x400;
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    /**
     * The flags {@code compile()} accepts: the {@code __future__} features, the obsolete
     * {@code CO_NESTED}, and the {@code PyCF_*} compile options.
     */
    static final int ALLOWED_FLAGS = 0x1FE0000 | 0x10 | 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000 | 0x8000;

    /** The services, found once: a JVM may run many interpreters with the same stages. */
    private static final class Services {
        static final PythonParser PARSER = PythonParser.load(null);
        static final PythonCompiler COMPILER = PythonCompiler.load(null);
    }

    /**
     * The parser's options for {@code compile()} flags; its SyntaxWarnings, as the compiler's,
     * go to Python's {@code warnings}.
     */
    private static ParseOptions parseOptions(int flags) {
        ParseOptions options = (flags & PyCF_TYPE_COMMENTS) != 0 ? ParseOptions.TYPE_COMMENTS : ParseOptions.DEFAULT;
        return options.withWarnings(PythonWarningsChannel.INSTANCE)
                .withIntMaxStrDigits(dev.kaa.vm.objects.IntLimits.maxStrDigits());
    }

    /** Compiles text (an encoding declaration in it is ignored, as for a str source). */
    public static PyCode compile(String text, String filename, String mode, int flags, int optimize) {
        ParseMode m = ParseMode.of(mode);
        try {
            ParseOptions options = parseOptions(flags);
            Mod tree = Services.PARSER.parse(text, filename, m, options);
            return toCode(tree, filename, flags, optimize);
        } catch (PySyntaxError e) {
            throw new PyException(ExcSyntaxError.of(e));
        }
    }

    /** Compiles source bytes, decoded as PEP 263 says. */
    public static PyCode compile(byte[] source, String filename, String mode, int flags, int optimize) {
        ParseMode m = ParseMode.of(mode);
        try {
            ParseOptions options = parseOptions(flags);
            Mod tree = Services.PARSER.parse(source, filename, m, options);
            return toCode(tree, filename, flags, optimize);
        } catch (PySyntaxError e) {
            throw new PyException(ExcSyntaxError.of(e));
        }
    }

    /**
     * Compiles a script file the launcher runs. CPython reads a script through its file
     * tokenizer, which reports a NUL byte at its line ("source code cannot contain null bytes"),
     * where {@code compile()} and the importer say "source code string cannot contain null bytes".
     */
    public static PyCode compileScript(byte[] source, String filename, int optimize) {
        int nul = 0;
        while (nul < source.length && source[nul] != 0) {
            nul++;
        }
        if (nul < source.length) {
            int lineStart = 0;
            int line = 1;
            for (int i = 0; i < nul; i++) {
                if (source[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // C strings end at the NUL, so CPython shows the line up to it.
            String text = new String(source, lineStart, nul - lineStart, java.nio.charset.StandardCharsets.UTF_8);
            throw new PyException(ExcSyntaxError.of(new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                    "source code cannot contain null bytes", filename, line, 0, text, 0, 0)));
        }
        return compile(source, filename, "exec", 0, optimize);
    }

    /** The code object of source bytes, for the importer and the launcher. */
    public static CodeObject compileToCodeObject(byte[] source, String filename, int optimize) {
        try {
            Mod tree = Services.PARSER.parse(source, filename, ParseMode.EXEC, parseOptions(0));
            return Services.COMPILER.compile(tree, filename,
                    new CompileOptions(Math.max(optimize, 0), 0, PythonWarningsChannel.INSTANCE));
        } catch (PySyntaxError e) {
            throw new PyException(ExcSyntaxError.of(e));
        } catch (CompilationRecursionError e) {
            throw PyErr.recursionError(CompilationRecursionError.MESSAGE);
        }
    }

    private static PyCode toCode(Mod tree, String filename, int flags, int optimize) {
        try {
            int opt = optimize < 0 ? 0 : optimize;
            CodeObject code = Services.COMPILER.compile(tree, filename,
                    new CompileOptions(opt, flags, PythonWarningsChannel.INSTANCE));
            return new PyCode(code);
        } catch (PySyntaxError e) {
            throw new PyException(ExcSyntaxError.of(e));
        } catch (CompilationRecursionError e) {
            throw PyErr.recursionError(CompilationRecursionError.MESSAGE);
        }
    }

    /**
     * {@code compile(source, filename, mode, PyCF_ONLY_AST)}: the Python {@code ast} tree of a
     * {@code str} or {@code bytes} source argument ({@link #sourceOf}).
     */
    static Object parseToAst(Object source, String filename, String mode, int flags) {
        ParseMode m = ParseMode.of(mode);
        ParseOptions options = parseOptions(flags);
        Mod tree;
        try {
            tree = source instanceof byte[] bytes ? Services.PARSER.parse(bytes, filename, m, options)
                    : Services.PARSER.parse((String) source, filename, m, options);
        } catch (PySyntaxError e) {
            throw new PyException(ExcSyntaxError.of(e));
        }
        return dev.kaa.vm.modules.ast.AstModule.toPython(tree);
    }

    /**
     * {@code compile(tree, filename, mode, flags)} of a Python {@code ast} tree: the tree itself
     * when {@code PyCF_ONLY_AST} asks for a tree (after the checks of the conversion), else its
     * code object.
     */
    static Object compileAst(Object source, String filename, String mode, int flags, int optimize) {
        Mod tree = dev.kaa.vm.modules.ast.AstModule.toMod(source, mode);
        if ((flags & PyCF_ONLY_AST) != 0) {
            return source;
        }
        return toCode(tree, filename, flags, optimize);
    }

    /** Compiles a {@code str} or {@code bytes} source argument ({@link #sourceOf}). */
    static PyCode compileSource(Object source, String filename, String mode, int flags, int optimize) {
        if (source instanceof byte[] bytes) {
            return compile(bytes, filename, mode, flags, optimize);
        }
        return compile((String) source, filename, mode, flags, optimize);
    }

    /**
     * The source of a {@code str} argument (a String) or of a {@code bytes} one (a byte[],
     * which the parser decodes as PEP 263 says).
     */
    static Object sourceOf(Object source, String function) {
        if (source instanceof PyStr s) {
            String v = s.value();
            if (v.indexOf('\0') >= 0) {
                throw PyErr.format(dev.kaa.vm.objects.Exceptions.SyntaxError, "source code string cannot contain null bytes");
            }
            return v;
        }
        // bytes or any other bytes-like object (a memoryview slice need not end where its buffer does)
        byte[] data = dev.kaa.vm.modules.struct.Buffers.orNull(source);
        if (data != null) {
            for (byte x : data) {
                if (x == 0) {
                    throw PyErr.format(dev.kaa.vm.objects.Exceptions.SyntaxError, "source code string cannot contain null bytes");
                }
            }
            return data;
        }
        String what = switch (function) {
            case "exec" -> "exec() arg 1 must be a string, bytes or code object";
            case "eval" -> "eval() arg 1 must be a string, bytes or code object";
            default -> "compile() arg 1 must be a string, bytes or AST object";
        };
        throw PyErr.typeError(what);
    }

    /** The filename argument of {@code compile()}: a str or a path-like object. */
    static String filename(Object filename) {
        if (filename instanceof PyStr s) {
            return s.value();
        }
        if (filename instanceof PyBytes b) {
            return new String(b.data(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Object fspath = Abstract.lookupSpecial(filename, PyStr.intern("__fspath__"));
        if (fspath != null) {
            Object r = Abstract.call(fspath, new Object[0], null);
            if (r instanceof PyStr s) {
                return s.value();
            }
        }
        throw PyErr.typeError("compile() argument 'filename' must be str, bytes or os.PathLike, not %T", filename);
    }

    /** True for an {@code ast.AST} instance (its type's module is {@code ast} or {@code _ast}). */
    static boolean isAst(Object source) {
        for (dev.kaa.vm.objects.PyType t : Abstract.typeOf(source).mro()) {
            if (t.name().equals("AST") && (t.moduleName().equals("ast") || t.moduleName().equals("_ast"))) {
                return true;
            }
        }
        return false;
    }
}
