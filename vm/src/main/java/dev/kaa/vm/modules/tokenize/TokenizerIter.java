package dev.kaa.vm.modules.tokenize;

import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.TokenStream;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _tokenize.TokenizerIter(readline, *, extra_tokens, encoding=None)}: iterates over the
 * tokens of the source that {@code readline} returns, as {@code (type, string, (srow, scol),
 * (erow, ecol), line)} tuples shaped as {@code tokenize.generate_tokens} yields them (the
 * {@code extra_tokens=True} form: comments, NL tokens, operators as {@code OP}).
 *
 * <p>The source is read in full on the first step, then tokenized lazily, so a lexical error
 * is raised when the iteration reaches it, after the tokens before it.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class TokenizerIter extends PyObject {
    static final PyType TYPE = PyType.builtin("_tokenize.TokenizerIter", TokenizerIter.class,
            MethodHandles.lookup(), 0);

    private final Object readline;
    private final String encoding;
    private SourceText source;
    private TokenStream stream;
    private boolean done;

    private TokenizerIter(Object readline, String encoding) {
        this.readline = readline;
        this.encoding = encoding;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        Object readline = npos > 0 ? args[0] : null;
        Object extra = null;
        Object encoding = null;
        if (npos > 1) {
            throw PyErr.typeError("tokenizeriter() takes exactly 1 positional argument (%d given)", npos);
        }
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            Object v = args[npos + i];
            switch (kwnames[i]) {
                case "readline" -> {
                    if (readline != null) {
                        throw PyErr.typeError("argument for tokenizeriter() given by name ('readline') and position (1)");
                    }
                    readline = v;
                }
                case "extra_tokens" -> extra = v;
                case "encoding" -> encoding = v;
                default -> throw PyErr.typeError("tokenizeriter() got an unexpected keyword argument '%s'", kwnames[i]);
            }
        }
        if (readline == null) {
            throw PyErr.typeError("tokenizeriter() missing required argument 'readline' (pos 1)");
        }
        if (extra == null) {
            throw PyErr.typeError("tokenizeriter() missing required argument 'extra_tokens' (pos 2)");
        }
        if (encoding != null && !(encoding instanceof PyStr)) {
            throw PyErr.typeError("tokenizeriter() argument 'encoding' must be str, not %T", encoding);
        }
        if (!Abstract.isTrue(extra)) {
            // The raw form (exact operator types, no comments) is only used by the parser's own
            // tests in CPython; Kaa does not offer it.
            throw PyErr.notImplementedError("_tokenize.TokenizerIter(extra_tokens=False) is not supported by Kaa");
        }
        return new TokenizerIter(readline, encoding == null ? null : ((PyStr) encoding).value());
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __next__() {
        if (done) {
            throw PyErr.stopIteration(null);
        }
        try {
            if (stream == null) {
                source = new SourceText(readAll());
                stream = new TokenStream(source.text, "<string>");
            }
            TokenStream.Item t = stream.next();
            if (t.type().equals("ENDMARKER")) {
                done = true;
            }
            return tuple(t);
        } catch (PySyntaxError e) {
            done = true;
            throw asTokenizeError(e);
        } catch (RuntimeException e) {
            done = true;
            throw e;
        }
    }

    /** Calls {@code readline} until it returns an empty line or raises StopIteration. */
    private String readAll() {
        StringBuilder sb = new StringBuilder();
        for (;;) {
            Object line;
            try {
                line = Abstract.call(readline);
            } catch (PyException e) {
                if (e.matches(Exceptions.StopIteration)) {
                    break;
                }
                throw e;
            }
            String s;
            if (encoding == null) {
                if (!(line instanceof PyStr str)) {
                    throw PyErr.typeError("readline() returned a non-string object");
                }
                s = str.value();
            } else {
                if (!(line instanceof PyBytes)) {
                    throw PyErr.typeError("readline() returned a non-bytes object");
                }
                Object d = Abstract.callMethod(line, "decode", PyStr.of(encoding));
                s = ((PyStr) d).value();
            }
            if (s.isEmpty()) {
                break;
            }
            sb.append(s);
        }
        return sb.toString();
    }

    /** The tuple {@code tokenize} makes a {@code TokenInfo} of. */
    private PyTuple tuple(TokenStream.Item t) {
        int type = TokenCodes.code(t.type());
        int line = t.line();
        int col = t.col();
        int endLine = t.endLine();
        int endCol = t.endCol();
        String text;
        String lineText;
        boolean atEnd = line > source.count();
        switch (t.type()) {
            case "ENDMARKER", "DEDENT" -> {
                if (atEnd) {
                    // After the last line: CPython places these at the start of the line after it.
                    line = endLine = source.count() + 1;
                    col = endCol = 0;
                    lineText = "";
                } else {
                    lineText = source.line(line);
                }
                text = "";
            }
            case "NEWLINE", "NL" -> {
                text = source.lineEnd(line);
                endCol = col + Math.max(1, text.length());
                lineText = source.line(line);
            }
            case "FSTRING_MIDDLE" -> {
                text = t.text();
                lineText = source.lines(line, endLine);
            }
            default -> {
                text = source.slice(line, col, endLine, endCol);
                lineText = source.lines(line, endLine);
            }
        }
        return PyTuple.of(PyInt.of(type), PyStr.of(text), PyTuple.of(PyInt.of(line), PyInt.of(col)),
                PyTuple.of(PyInt.of(endLine), PyInt.of(endCol)), PyStr.of(lineText));
    }

    /**
     * The error as CPython's tokenizer reports it in this mode: an unclosed bracket or a
     * backslash at the end is "unexpected EOF in multi-line statement" (at the last line for
     * the bracket); indentation errors show their line without its end and no end position.
     */
    private PyException asTokenizeError(PySyntaxError e) {
        String msg = e.msg();
        switch (e.kind()) {
            case IndentationError, TabError -> {
                String text = e.text() == null ? "" : e.text();
                text = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                        : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
                PyType type = e.kind() == PySyntaxError.Kind.TabError ? Exceptions.TabError : Exceptions.IndentationError;
                return error(type, msg, e.lineno(), text.codePointCount(0, text.length()) + 1, text);
            }
            default -> { }
        }
        String eof = "unexpected EOF in multi-line statement";
        if (msg.endsWith("' was never closed")) {
            int last = Math.max(1, source.count());
            return error(Exceptions.SyntaxError, eof, last, 0, source.line(last));
        }
        if (msg.equals("unexpected EOF while parsing")) {
            // A backslash in a line's indentation is reported at the line's start.
            String line = source.line(e.lineno());
            boolean inIndent = line.substring(0, Math.min(line.length(), Math.max(0, e.offset() - 2))).isBlank();
            return error(Exceptions.SyntaxError, eof, e.lineno(), inIndent ? 0 : e.offset(), e.text());
        }
        if (msg.equals("unexpected character after line continuation character")) {
            // This tokenizer mode counts the offset one further than the compiler does.
            return error(Exceptions.SyntaxError, msg, e.lineno(), e.offset() + 1, e.text());
        }
        if (msg.equals("source code cannot contain null bytes")) {
            return error(Exceptions.SyntaxError, msg, e.lineno(), 0, e.text());
        }
        return PyErr.syntaxError(e);
    }

    /** A SyntaxError of {@code type} without an end position. */
    private static PyException error(PyType type, String msg, int lineno, int offset, String text) {
        Object info = PyTuple.of(PyStr.of("<string>"), PyInt.of(lineno), PyInt.of(offset),
                text == null ? PyNone.NONE : PyStr.of(text), PyNone.NONE, PyNone.NONE);
        return new PyException(PyBaseException.create(type, PyStr.of(msg), info));
    }
}
