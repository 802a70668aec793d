package dev.kaa.vm.objects;

/**
 * A {@code SyntaxError} (and {@code IndentationError}, {@code TabError},
 * {@code _IncompleteInputError}): {@code msg}, and from the second argument, a 4- to 6-tuple,
 * {@code filename}, {@code lineno}, {@code offset}, {@code text}, {@code end_lineno},
 * {@code end_offset}; plus {@code print_file_and_line}.
 *
 * <p>Fields are null when never set and read as None.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class ExcSyntaxError extends PyBaseException {
    Object msg, filename, lineno, offset, text, endLineno, endOffset, printFileAndLine;

    ExcSyntaxError(PyType type, PyTuple args) {
        super(type, args);
    }

    /**
     * The Python exception for a syntax error the parser reported:
     * {@code Kind(msg, (filename, lineno, offset, text, end_lineno, end_offset))}.
     */
    public static ExcSyntaxError of(dev.kaa.parser.PySyntaxError e) {
        PyType type = switch (e.kind()) {
            case SyntaxError -> Exceptions.SyntaxError;
            case IndentationError -> Exceptions.IndentationError;
            case TabError -> Exceptions.TabError;
        };
        Object info = PyTuple.of(e.filename() == null ? PyNone.NONE : PyStr.of(e.filename()), PyInt.of(e.lineno()),
                PyInt.of(e.offset()), e.text() == null ? PyNone.NONE : PyStr.of(e.text()),
                PyInt.of(e.endLineno()), PyInt.of(e.endOffset()));
        return (ExcSyntaxError) create(type, PyStr.of(e.msg()), info);
    }

    private static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    @Override void initFromJava(Object[] a) {
        super.initFromJava(a);
        if (a.length >= 1) {
            msg = a[0];
        }
        if (a.length == 2) {
            Object[] info = PyTuple.fromIterable(a[1]).items();
            if (info.length < 4) {
                throw PyErr.typeError("function takes at least 4 arguments (%d given)", info.length);
            }
            if (info.length > 6) {
                throw PyErr.typeError("function takes at most 6 arguments (%d given)", info.length);
            }
            filename = info[0];
            lineno = info[1];
            offset = info[2];
            text = info[3];
            endLineno = info.length > 4 ? info[4] : null;
            endOffset = info.length > 5 ? info[5] : null;
            if (endLineno != null && endOffset == null) {
                throw PyErr.typeError("end_offset must be provided when end_lineno is provided");
            }
        }
    }

    @PyMethod("__init__")
    void initSyntaxError(Object[] a, String[] kwnames) {
        noKeywords(type(), kwnames);
        initFromJava(a);
    }

    @PyMethod("__str__")
    Object strSyntaxError() {
        String m = Abstract.str(orNone(msg)).toString();
        String file = null;
        if (filename instanceof PyStr f) {
            String s = f.toString();
            file = s.substring(s.lastIndexOf('/') + 1);
        }
        // Only an exact int counts as a line number (CPython's PyLong_CheckExact).
        String line = lineno != null && lineno.getClass() == PyInt.class ? Abstract.str(lineno).toString() : null;
        if (file != null && line != null) {
            return PyStr.of(m + " (" + file + ", line " + line + ")");
        } else if (file != null) {
            return PyStr.of(m + " (" + file + ")");
        } else if (line != null) {
            return PyStr.of(m + " (line " + line + ")");
        }
        return PyStr.of(m);
    }

    @PyGetter("msg")
    Object msgAttr() {
        return orNone(msg);
    }

    @PySetter("msg")
    void setMsgAttr(Object v) {
        msg = v;
    }

    @PyGetter("filename")
    Object filenameAttr() {
        return orNone(filename);
    }

    @PySetter("filename")
    void setFilenameAttr(Object v) {
        filename = v;
    }

    @PyGetter("lineno")
    Object linenoAttr() {
        return orNone(lineno);
    }

    @PySetter("lineno")
    void setLinenoAttr(Object v) {
        lineno = v;
    }

    @PyGetter("offset")
    Object offsetAttr() {
        return orNone(offset);
    }

    @PySetter("offset")
    void setOffsetAttr(Object v) {
        offset = v;
    }

    @PyGetter("text")
    Object textAttr() {
        return orNone(text);
    }

    @PySetter("text")
    void setTextAttr(Object v) {
        text = v;
    }

    @PyGetter("end_lineno")
    Object endLinenoAttr() {
        return orNone(endLineno);
    }

    @PySetter("end_lineno")
    void setEndLinenoAttr(Object v) {
        endLineno = v;
    }

    @PyGetter("end_offset")
    Object endOffsetAttr() {
        return orNone(endOffset);
    }

    @PySetter("end_offset")
    void setEndOffsetAttr(Object v) {
        endOffset = v;
    }

    @PyGetter("print_file_and_line")
    Object printFileAndLineAttr() {
        return orNone(printFileAndLine);
    }

    @PySetter("print_file_and_line")
    void setPrintFileAndLineAttr(Object v) {
        printFileAndLine = v;
    }
}
