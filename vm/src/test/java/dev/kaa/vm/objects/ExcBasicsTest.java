package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in exception classes from Java: construction, attributes, {@code str}, {@code repr},
 * {@code __reduce__} and errors, each expected text as CPython 3.13 printed it for the same
 * expression (shown in the comments).
 */
class ExcBasicsTest {
    @BeforeAll
    static void boot() {
        BuiltinTypes.boot();
    }

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyInt i(long v) {
        return PyInt.of(v);
    }

    /** {@code cls(*args)}. */
    static Object call(Object cls, Object... args) {
        return Abstract.call(cls, args, null);
    }

    /** {@code cls(*positional, **{names[k]: values[k]})}: the last {@code names.length} values are keywords. */
    static Object callKw(Object cls, String[] names, Object... all) {
        return Abstract.call(cls, all, names);
    }

    /** The oracle's {@code t(f)}: repr of the result, or "Type: message". */
    static String t(Supplier<Object> f) {
        try {
            return Abstract.repr(f.get()).toString();
        } catch (PyException e) {
            return e.pyType().name() + ": " + Abstract.str(e.value());
        }
    }

    static Object attr(Object o, String name) {
        return Abstract.getAttr(o, name);
    }

    static String str(Object o) {
        return Abstract.str(o).toString();
    }

    @Test
    void baseException() {
        assertEquals("(<class 'ValueError'>, (1,))", t(() -> Abstract.callMethod(call(Exceptions.ValueError, i(1)), "__reduce__")));
        Object e = call(Exceptions.ValueError, i(1));
        attr(e, "__dict__");
        assertEquals("(<class 'ValueError'>, (1,), {})", t(() -> Abstract.callMethod(e, "__reduce__")));
        assertEquals("TypeError: ValueError() takes no keyword arguments",
                t(() -> callKw(Exceptions.ValueError, new String[] {"x"}, i(1))));
        Object v = call(Exceptions.ValueError);
        assertEquals("TypeError: attribute value type must be bool",
                t(() -> { Abstract.setAttr(v, s("__suppress_context__"), i(1)); return PyNone.NONE; }));
        assertEquals("TypeError: can't delete numeric/char attribute",
                t(() -> { Abstract.delAttr(v, s("__suppress_context__")); return PyNone.NONE; }));
        assertEquals("TypeError: __dict__ must be set to a dictionary, not a 'int'",
                t(() -> { Abstract.setAttr(v, s("__dict__"), i(5)); return PyNone.NONE; }));
        assertEquals("TypeError: cannot delete __dict__", t(() -> { Abstract.delAttr(v, s("__dict__")); return PyNone.NONE; }));
        assertEquals("TypeError: state is not a dictionary", t(() -> Abstract.callMethod(v, "__setstate__", i(5))));
        assertEquals("None", t(() -> Abstract.callMethod(v, "__setstate__", PyNone.NONE)));
        assertEquals("ValueError(1)", t(() -> call(Exceptions.ValueError, i(1))));
        assertEquals("ValueError(1, 2)", t(() -> call(Exceptions.ValueError, i(1), i(2))));
        assertEquals("ValueError()", t(() -> call(Exceptions.ValueError)));
        assertEquals("(1, 2)", str(call(Exceptions.ValueError, i(1), i(2))));
        assertEquals("'An argument has an acceptable type but an unacceptable value.'", t(() -> attr(Exceptions.ValueError, "__doc__")));
        assertEquals("None", t(() -> attr(Exceptions.ExceptionGroup, "__doc__")));
    }

    @Test
    void newChecksItsClass() {
        Object baseNew = attr(PyBaseException.TYPE, "__new__");
        assertEquals("TypeError: BaseException.__new__(int): int is not a subtype of BaseException",
                t(() -> Abstract.call(baseNew, PyInt.TYPE)));
        assertEquals("TypeError: OSError.__new__(ValueError): ValueError is not a subtype of OSError",
                t(() -> Abstract.call(attr(Exceptions.OSError, "__new__"), Exceptions.ValueError)));
        assertEquals("TypeError: BaseExceptionGroup.__new__(ValueError): ValueError is not a subtype of BaseExceptionGroup",
                t(() -> Abstract.call(attr(Exceptions.ExceptionGroup, "__new__"), Exceptions.ValueError, s("m"),
                        new PyList(new Object[] {call(Exceptions.ValueError)}))));
    }

    @Test
    void notesAndChaining() {
        PyBaseException e = (PyBaseException) call(Exceptions.TypeError, s("x"));
        Abstract.callMethod(e, "add_note", s("one"));
        Abstract.callMethod(e, "add_note", s("two"));
        assertEquals("['one', 'two']", t(() -> attr(e, "__notes__")));
        assertEquals("TypeError: note must be a str, not 'int'", t(() -> Abstract.callMethod(e, "add_note", i(1))));
        Abstract.setAttr(e, s("__notes__"), i(3));
        assertEquals("TypeError: Cannot add note: __notes__ is not a list", t(() -> Abstract.callMethod(e, "add_note", s("x"))));
        assertEquals("False", t(() -> attr(e, "__suppress_context__")));
        Abstract.setAttr(e, s("__cause__"), PyNone.NONE);
        assertEquals("True", t(() -> attr(e, "__suppress_context__")));
        assertEquals("TypeError: exception cause must be None or derive from BaseException",
                t(() -> { Abstract.setAttr(e, s("__cause__"), i(1)); return PyNone.NONE; }));
        assertEquals("TypeError: exception context must be None or derive from BaseException",
                t(() -> { Abstract.setAttr(e, s("__context__"), i(1)); return PyNone.NONE; }));
        assertEquals("TypeError: __traceback__ must be a traceback or None",
                t(() -> Abstract.callMethod(e, "with_traceback", i(1))));
        assertSame(e, Abstract.callMethod(e, "with_traceback", PyNone.NONE));
        Abstract.setAttr(e, s("args"), new PyList(new Object[] {i(1), i(2)}));
        assertEquals("(1, 2)", t(() -> attr(e, "args")));
        assertEquals("TypeError: args may not be deleted", t(() -> { Abstract.delAttr(e, s("args")); return PyNone.NONE; }));
    }

    @Test
    void simpleSubclassesWithAttributes() {
        assertEquals("None", t(() -> attr(call(Exceptions.StopIteration), "value")));
        assertEquals("1", t(() -> attr(call(Exceptions.StopIteration, i(1), i(2)), "value")));
        assertEquals("TypeError: StopIteration() takes no keyword arguments",
                t(() -> callKw(Exceptions.StopIteration, new String[] {"x"}, i(1))));
        assertEquals("None", t(() -> attr(call(Exceptions.SystemExit), "code")));
        assertEquals("3", t(() -> attr(call(Exceptions.SystemExit, i(3)), "code")));
        assertEquals("(3, 4)", t(() -> attr(call(Exceptions.SystemExit, i(3), i(4)), "code")));
        Object se = call(Exceptions.SystemExit, i(3));
        Abstract.setAttr(se, s("args"), PyTuple.of(i(1), i(2)));
        assertEquals("3", t(() -> attr(se, "code")));
        assertEquals("'a'", str(call(Exceptions.KeyError, s("a"))));
        assertEquals("('a', 'b')", str(call(Exceptions.KeyError, s("a"), s("b"))));
        assertEquals("", str(call(Exceptions.KeyError)));
        assertEquals("KeyError('a')", t(() -> call(Exceptions.KeyError, s("a"))));
        assertEquals("'a'", t(() -> Abstract.call(attr(PyBaseException.TYPE, "__str__"), call(Exceptions.KeyError, s("a")))));
        assertEquals("(1,)", t(() -> attr(call(Exceptions.StopAsyncIteration, i(1)), "args")));
    }

    @Test
    void osError() {
        Object fnf = call(Exceptions.OSError, i(2), s("x"));
        assertEquals("FileNotFoundError(2, 'x')", t(() -> fnf));
        assertSame(Exceptions.FileNotFoundError, Abstract.typeOf(fnf));
        Object full = call(Exceptions.OSError, i(2), s("No such file or directory"), s("f"));
        assertEquals("[Errno 2] No such file or directory: 'f'", str(full));
        assertEquals("(2, 'No such file or directory')", t(() -> attr(full, "args")));
        Object two = call(Exceptions.OSError, i(2), s("a"), s("f"), PyNone.NONE, s("g"));
        assertEquals("FileNotFoundError(2, 'a')", t(() -> two));
        assertEquals("[Errno 2] a: 'f' -> 'g'", str(two));
        assertEquals("(<class 'FileNotFoundError'>, (2, 'a', 'f', None, 'g'))", t(() -> Abstract.callMethod(two, "__reduce__")));
        assertEquals("(<class 'FileNotFoundError'>, (2, 'No such file or directory', 'f'))",
                t(() -> Abstract.callMethod(full, "__reduce__")));
        Object six = call(Exceptions.OSError, i(2), s("a"), s("f"), PyNone.NONE, s("g"), i(6));
        assertEquals("OSError(2, 'a', 'f', None, 'g', 6)", t(() -> six));
        assertEquals("(2, 'a', 'f', None, 'g', 6)", str(six));
        assertEquals("OSError(2)", t(() -> call(Exceptions.OSError, i(2))));
        assertEquals("2", str(call(Exceptions.OSError, i(2))));
        assertEquals("None", t(() -> attr(call(Exceptions.OSError, i(2)), "errno")));
        assertEquals("TypeError: OSError() takes no keyword arguments",
                t(() -> callKw(Exceptions.OSError, new String[] {"x"}, i(2))));
        assertEquals("TypeError: FileNotFoundError() takes no keyword arguments",
                t(() -> callKw(Exceptions.FileNotFoundError, new String[] {"x"}, i(2))));
        assertEquals("<class 'PermissionError'>", t(() -> Abstract.typeOf(call(Exceptions.OSError, PyBool.of(true), s("x")))));
        assertEquals("<class 'FileNotFoundError'>", t(() -> Abstract.typeOf(call(Exceptions.FileNotFoundError, i(13), s("x")))));
        assertEquals("<class 'OSError'>", t(() -> Abstract.typeOf(call(Exceptions.OSError, new PyFloat(2.0), s("x")))));
        assertEquals("[Errno None] x", str(call(Exceptions.OSError, PyNone.NONE, s("x"))));
        assertEquals("[Errno 1] None", str(call(Exceptions.OSError, i(1), PyNone.NONE)));
        Object e = call(Exceptions.OSError, s("a"));
        Abstract.setAttr(e, s("errno"), PyNone.NONE);
        assertEquals("a", str(e));
        Abstract.setAttr(e, s("strerror"), PyNone.NONE);
        assertEquals("[Errno None] None", str(e));
        assertEquals("(2, 'x', None)", t(() -> attr(call(Exceptions.OSError, i(2), s("x"), PyNone.NONE), "args")));
        assertEquals("None", t(() -> attr(call(Exceptions.OSError, i(2), s("x"), PyNone.NONE, PyNone.NONE, s("g")), "filename2")));
    }

    @Test
    void blockingIOError() {
        assertEquals("False", t(() -> PyBool.of(Abstract.lookupAttr(call(Exceptions.OSError), s("characters_written")) != null)));
        Object b = call(Exceptions.BlockingIOError, i(1), s("x"), i(5));
        assertEquals("5", t(() -> attr(b, "characters_written")));
        assertEquals("(1, 'x', 5)", t(() -> attr(b, "args")));
        assertEquals("[Errno 1] x", str(b));
        Object b2 = call(Exceptions.BlockingIOError, i(1), s("x"));
        assertEquals("AttributeError: characters_written", t(() -> attr(b2, "characters_written")));
        assertEquals("AttributeError: characters_written",
                t(() -> { Abstract.delAttr(b2, s("characters_written")); return PyNone.NONE; }));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer",
                t(() -> { Abstract.setAttr(b2, s("characters_written"), s("a")); return PyNone.NONE; }));
        assertEquals("'5'", t(() -> attr(call(Exceptions.BlockingIOError, i(1), s("x"), s("5")), "filename")));
    }

    @Test
    void osErrorSubclassFromPython() {
        PyDict ns = new PyDict();
        ns.setItem(s("__module__"), s("__main__"));
        PyType o2 = HeapTypes.create(PyType.TYPE, "O2", PyTuple.of(Exceptions.OSError), ns, new PyDict());
        Object e = call(o2, i(2), s("x"));
        assertEquals("<class '__main__.O2'>", t(() -> Abstract.typeOf(e)));
        assertEquals(ExcOSError.class, e.getClass());
        assertEquals("2", t(() -> attr(e, "errno")));
        assertEquals("TypeError: O2() takes no keyword arguments", t(() -> callKw(o2, new String[] {"k"}, i(2), s("x"), i(1))));
        assertEquals("TypeError: BaseException.__new__(OSError) is not safe, use OSError.__new__()",
                t(() -> Abstract.call(attr(PyBaseException.TYPE, "__new__"), Exceptions.OSError, i(2), s("x"))));
    }

    @Test
    void syntaxError() {
        PyType se = Exceptions.SyntaxError;
        PyTuple info = PyTuple.of(s("/a/b/f.py"), i(3), i(4), s("x = 1\n"));
        assertEquals("SyntaxError('m', ('/a/b/f.py', 3, 4, 'x = 1\\n'))", t(() -> call(se, s("m"), info)));
        assertEquals("m (f.py, line 3)", str(call(se, s("m"), info)));
        assertEquals("m (f.py)", str(call(se, s("m"), PyTuple.of(s("/a/b/f.py"), PyNone.NONE, i(4), s("x")))));
        assertEquals("m (line 3)", str(call(se, s("m"), PyTuple.of(PyNone.NONE, i(3), i(4), s("x")))));
        assertEquals("m", str(call(se, s("m"), PyTuple.of(i(5), new PyFloat(3.0), i(4), s("x")))));
        assertEquals("m (f)", str(call(se, s("m"), PyTuple.of(s("f"), PyBool.of(true), i(4), s("x")))));
        assertEquals("None (f, line 2)", str(call(se, PyNone.NONE, PyTuple.of(s("f"), i(2), i(4), s("x")))));
        assertEquals("None", str(call(se)));
        assertEquals("a", str(call(se, s("a"), s("b"), s("c"))));
        assertEquals("TypeError: function takes at least 4 arguments (1 given)", t(() -> call(se, s("a"), s("b"))));
        assertEquals("TypeError: function takes at most 6 arguments (7 given)",
                t(() -> call(se, s("a"), PyTuple.of(s("f"), i(1), i(2), s("t"), i(3), i(4), i(5)))));
        assertEquals("TypeError: end_offset must be provided when end_lineno is provided",
                t(() -> call(se, s("a"), PyTuple.of(s("f"), i(1), i(2), s("t"), i(3)))));
        assertEquals("4", t(() -> attr(call(se, s("a"), new PyList(new Object[] {s("f"), i(1), i(2), s("t"), i(3), i(4)})),
                "end_offset")));
        assertEquals("TypeError: 'int' object is not iterable", t(() -> call(se, s("a"), i(5))));
        assertEquals("TypeError: SyntaxError() takes no keyword arguments", t(() -> callKw(se, new String[] {"x"}, i(1))));
        assertEquals("None", t(() -> attr(call(se, s("a"), PyTuple.of(s("f"), i(1), i(2), s("t"))), "print_file_and_line")));
        assertEquals("(<class 'SyntaxError'>, ('a', ('f', 1, 2, 't')))",
                t(() -> Abstract.callMethod(call(se, s("a"), PyTuple.of(s("f"), i(1), i(2), s("t"))), "__reduce__")));
        assertEquals("IndentationError('a', ('f', 1, 2, 't'))",
                t(() -> call(Exceptions.IndentationError, s("a"), PyTuple.of(s("f"), i(1), i(2), s("t")))));
    }

    @Test
    void importError() {
        PyType ie = Exceptions.ImportError;
        String[] np = {"name", "path"};
        assertEquals("ImportError('m')", t(() -> callKw(ie, np, s("m"), s("n"), s("p"))));
        assertEquals("m", str(callKw(ie, np, s("m"), s("n"), s("p"))));
        assertEquals("", str(callKw(ie, np, s("n"), s("p"))));
        assertEquals("5", str(call(ie, i(5))));
        assertEquals("('a', 'b')", str(call(ie, s("a"), s("b"))));
        assertEquals("None", t(() -> attr(call(ie, s("a"), s("b")), "msg")));
        assertEquals("TypeError: ImportError() got an unexpected keyword argument 'x'",
                t(() -> callKw(ie, new String[] {"x"}, s("a"), i(1))));
        assertEquals("TypeError: ImportError() got an unexpected keyword argument 'x'",
                t(() -> callKw(Exceptions.ModuleNotFoundError, new String[] {"x"}, s("m"), i(1))));
        assertEquals("'q'", t(() -> attr(callKw(ie, new String[] {"name_from"}, s("a"), s("q")), "name_from")));
        assertEquals("(<class 'ImportError'>, ('m',), {'name': 'n', 'path': 'p'})",
                t(() -> Abstract.callMethod(callKw(ie, np, s("m"), s("n"), s("p")), "__reduce__")));
        assertEquals("(<class 'ImportError'>, ('m',))", t(() -> Abstract.callMethod(call(ie, s("m")), "__reduce__")));
        Object e = call(ie, s("m"));
        Abstract.setAttr(e, s("msg"), s("zz"));
        assertEquals("zz", str(e));
        assertEquals("ModuleNotFoundError('m')", t(() -> callKw(Exceptions.ModuleNotFoundError, new String[] {"name"}, s("m"), s("n"))));
    }

    @Test
    void attributeAndNameError() {
        PyType ae = Exceptions.AttributeError;
        String[] no = {"name", "obj"};
        assertEquals("5", t(() -> attr(callKw(ae, no, s("m"), s("n"), i(5)), "obj")));
        assertEquals("(<class 'AttributeError'>, ('m',), {'name': 'n', 'args': ('m',)})",
                t(() -> Abstract.callMethod(callKw(ae, no, s("m"), s("n"), i(5)), "__reduce__")));
        assertEquals("(<class 'AttributeError'>, ('m',), {'args': ('m',)})",
                t(() -> Abstract.callMethod(call(ae, s("m")), "__reduce__")));
        assertEquals("TypeError: AttributeError() got an unexpected keyword argument 'x'",
                t(() -> callKw(ae, new String[] {"x"}, s("m"), i(1))));
        assertEquals("'n'", t(() -> attr(callKw(Exceptions.NameError, new String[] {"name"}, s("m"), s("n")), "name")));
        assertEquals("(<class 'NameError'>, ('m',))",
                t(() -> Abstract.callMethod(callKw(Exceptions.NameError, new String[] {"name"}, s("m"), s("n")), "__reduce__")));
        assertEquals("TypeError: NameError() got an unexpected keyword argument 'obj'",
                t(() -> callKw(Exceptions.NameError, new String[] {"obj"}, s("m"), s("n"))));
        PyException missing = PyErr.noAttribute(i(1), s("foo"));
        assertEquals("'foo'", t(() -> attr(missing.value(), "name")));
        assertEquals("1", t(() -> attr(missing.value(), "obj")));
        assertEquals("'x'", t(() -> attr(PyErr.nameError(s("x")).value(), "name")));
    }

    @Test
    void unicodeErrors() {
        PyType enc = Exceptions.UnicodeEncodeError;
        String text = "a\u00e9\u1234\uD808\uDF45";
        assertEquals("UnicodeEncodeError('ascii', 'a\u00e9\u1234\uD808\uDF45', 1, 2, 'nope')",
                t(() -> call(enc, s("ascii"), s(text), i(1), i(2), s("nope"))));
        String[] expected = {
            "'ascii' codec can't encode character '\\x61' in position 0: nope",
            "'ascii' codec can't encode character '\\xe9' in position 1: nope",
            "'ascii' codec can't encode character '\\u1234' in position 2: nope",
            "'ascii' codec can't encode character '\\U00012345' in position 3: nope",
        };
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], str(call(enc, s("ascii"), s(text), i(k), i(k + 1), s("nope"))));
        }
        assertEquals("'ascii' codec can't encode characters in position 0-2: nope",
                str(call(enc, s("ascii"), s("abc"), i(0), i(3), s("nope"))));
        assertEquals("'ascii' codec can't encode characters in position 5-5: nope",
                str(call(enc, s("ascii"), s("abc"), i(5), i(6), s("nope"))));
        assertEquals("can't translate character '\\xe9' in position 3: nope",
                str(call(Exceptions.UnicodeTranslateError, s("abc\u00e9"), i(3), i(4), s("nope"))));
        assertEquals("can't translate characters in position 1-3: nope",
                str(call(Exceptions.UnicodeTranslateError, s("abc\u00e9"), i(1), i(4), s("nope"))));
        assertEquals("None", t(() -> attr(call(Exceptions.UnicodeTranslateError, s("abc"), i(1), i(4), s("n")), "encoding")));
        assertEquals("TypeError: function takes exactly 5 arguments (4 given)",
                t(() -> call(Exceptions.UnicodeDecodeError, s("utf-8"), s("ab"), i(0), i(1))));
        assertEquals("TypeError: argument 1 must be str, not int",
                t(() -> call(Exceptions.UnicodeDecodeError, i(1), s("ab"), i(0), i(1), s("x"))));
        assertEquals("TypeError: a bytes-like object is required, not 'str'",
                t(() -> call(Exceptions.UnicodeDecodeError, s("utf-8"), s("ab"), i(0), i(1), s("x"))));
        assertEquals("TypeError: argument 2 must be str, not int",
                t(() -> call(enc, s("ascii"), i(5), i(5), i(6), s("nope"))));
        assertEquals("TypeError: UnicodeDecodeError() takes no keyword arguments",
                t(() -> callKw(Exceptions.UnicodeDecodeError, new String[] {"k"}, s("u"), s("x"), i(0), i(1), s("x"), i(1))));
        Object e = call(enc, s("ascii"), s("abc"), i(0), i(3), s("nope"));
        Abstract.setAttr(e, s("encoding"), i(5));
        assertEquals("'5' codec can't encode characters in position 0-2: nope", str(e));
        Abstract.setAttr(e, s("reason"), PyNone.NONE);
        Abstract.setAttr(e, s("start"), i(10));
        assertEquals("'5' codec can't encode characters in position 10-2: None", str(e));
        assertEquals("TypeError: an integer is required",
                t(() -> { Abstract.setAttr(e, s("start"), s("x")); return PyNone.NONE; }));
        assertEquals("x", str(call(Exceptions.UnicodeError, s("x"))));
    }

    @Test
    void exceptionGroups() {
        PyType b = Exceptions.BaseExceptionGroup, g = Exceptions.ExceptionGroup;
        Object v1 = call(Exceptions.ValueError, i(1));
        assertEquals("<class 'ExceptionGroup'>", t(() -> Abstract.typeOf(call(b, s("m"), new PyList(new Object[] {v1})))));
        Object ki = call(Exceptions.KeyboardInterrupt);
        assertEquals("<class 'BaseExceptionGroup'>", t(() -> Abstract.typeOf(call(b, s("m"), new PyList(new Object[] {ki})))));
        assertEquals("TypeError: Cannot nest BaseExceptions in an ExceptionGroup",
                t(() -> call(g, s("m"), new PyList(new Object[] {ki}))));
        assertEquals("ValueError: second argument (exceptions) must be a non-empty sequence", t(() -> call(g, s("m"), new PyList())));
        assertEquals("TypeError: second argument (exceptions) must be a sequence", t(() -> call(g, s("m"), i(5))));
        assertEquals("ValueError: Item 1 of second argument (exceptions) is not an exception",
                t(() -> call(g, s("m"), new PyList(new Object[] {v1, i(1)}))));
        assertEquals("TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int",
                t(() -> call(g, i(5), new PyList(new Object[] {v1}))));
        assertEquals("TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)", t(() -> call(g, s("m"))));
        assertEquals("TypeError: ExceptionGroup() takes no keyword arguments",
                t(() -> callKw(g, new String[] {"x"}, s("m"), new PyList(new Object[] {v1}), i(3))));
        Object eg = call(g, s("m"), new PyList(new Object[] {v1}));
        assertEquals("ExceptionGroup('m', [ValueError(1)])", t(() -> eg));
        assertEquals("(ValueError(1),)", t(() -> attr(eg, "exceptions")));
        assertEquals("m (1 sub-exception)", str(eg));
        assertEquals("m (2 sub-exceptions)", str(call(g, s("m"), new PyList(new Object[] {v1, v1}))));
        assertEquals("AttributeError: readonly attribute", t(() -> { Abstract.setAttr(eg, s("message"), s("x")); return PyNone.NONE; }));
        assertEquals("(<class 'ExceptionGroup'>, ('m', [ValueError(1)]))", t(() -> Abstract.callMethod(eg, "__reduce__")));
        assertEquals("ExceptionGroup[int]", t(() -> Abstract.callMethod(g, "__class_getitem__", PyInt.TYPE)));
        PyDict ns = new PyDict();
        ns.setItem(s("__module__"), s("__main__"));
        PyType myEg = HeapTypes.create(PyType.TYPE, "MyEG", PyTuple.of(g), ns, new PyDict());
        assertEquals("TypeError: Cannot nest BaseExceptions in 'MyEG'", t(() -> call(myEg, s("m"), new PyList(new Object[] {ki}))));
    }

    @Test
    void splitAndSubgroup() {
        PyType g = Exceptions.ExceptionGroup;
        Object inner = call(g, s("n"), new PyList(new Object[] {call(Exceptions.ValueError, i(3)), call(Exceptions.KeyError, i(4))}));
        Object eg = call(g, s("m"), new PyList(new Object[] {call(Exceptions.ValueError, i(1)),
                call(Exceptions.TypeError, i(2)), inner}));
        Abstract.setAttr(eg, s("__notes__"), new PyList(new Object[] {s("n1")}));
        Abstract.setAttr(eg, s("__cause__"), call(Exceptions.KeyError, s("c")));
        PyTuple parts = (PyTuple) Abstract.callMethod(eg, "split", Exceptions.ValueError);
        assertEquals("ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])])", t(() -> parts.get(0)));
        assertEquals("ExceptionGroup('m', [TypeError(2), ExceptionGroup('n', [KeyError(4)])])", t(() -> parts.get(1)));
        assertEquals("['n1']", t(() -> attr(parts.get(0), "__notes__")));
        assertEquals("KeyError('c')", t(() -> attr(parts.get(0), "__cause__")));
        assertEquals("True", t(() -> attr(parts.get(0), "__suppress_context__")));
        assertEquals("(ExceptionGroup('m', [TypeError(2), ExceptionGroup('n', [KeyError(4)])]), "
                + "ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])]))",
                t(() -> Abstract.callMethod(eg, "split", PyTuple.of(Exceptions.TypeError, Exceptions.KeyError))));
        assertSame(eg, ((PyTuple) Abstract.callMethod(eg, "split", Exceptions.BaseException)).get(0));
        assertEquals("None", t(() -> Abstract.callMethod(eg, "subgroup", Exceptions.OSError)));
        assertEquals("TypeError: expected an exception type, a tuple of exception types, or a callable (other than a class)",
                t(() -> Abstract.callMethod(eg, "subgroup", i(5))));
        assertEquals("TypeError: expected an exception type, a tuple of exception types, or a callable (other than a class)",
                t(() -> Abstract.callMethod(eg, "split", PyInt.TYPE)));
        assertEquals("ExceptionGroup('m', [KeyError()])",
                t(() -> Abstract.callMethod(eg, "derive", new PyList(new Object[] {call(Exceptions.KeyError)}))));
    }

    @Test
    void exceptStarHelpers() {
        PyType g = Exceptions.ExceptionGroup;
        PyBaseException v = (PyBaseException) call(Exceptions.ValueError, i(1));
        PyBaseException[] naked = ExceptionGroups.exceptStarMatch(v, Exceptions.ValueError);
        assertEquals("ExceptionGroup('', (ValueError(1),))", t(() -> naked[1]));
        assertEquals(null, naked[0]);
        PyBaseException[] none = ExceptionGroups.exceptStarMatch(v, Exceptions.TypeError);
        assertSame(v, none[0]);
        assertEquals("TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.",
                t(() -> ExceptionGroups.exceptStarMatch(v, g)[0]));
        PyBaseException eg = (PyBaseException) call(g, s("m"), new PyList(new Object[] {v, call(Exceptions.TypeError, i(2))}));
        eg.setTraceback(new PyTraceback(null, null, 0, 1));
        PyBaseException[] split = ExceptionGroups.exceptStarMatch(eg, Exceptions.ValueError);
        assertEquals("ExceptionGroup('m', [ValueError(1)])", t(() -> split[1]));
        assertEquals("ExceptionGroup('m', [TypeError(2)])", t(() -> split[0]));
        // except* ValueError: raise / except* TypeError: raise KeyError(3)
        PyBaseException k = (PyBaseException) call(Exceptions.KeyError, i(3));
        k.setTraceback(new PyTraceback(null, null, 0, 2));
        PyBaseException out = ExceptionGroups.prepReraiseStar(eg, java.util.List.of(split[1], k));
        assertEquals("ExceptionGroup('', [KeyError(3), ExceptionGroup('m', [ValueError(1)])])", t(() -> out));
        assertEquals(null, ExceptionGroups.prepReraiseStar(eg, java.util.List.of(PyNone.NONE)));
        // except* ValueError: raise KeyError(3) on a group of one: the KeyError itself
        PyBaseException one = (PyBaseException) call(g, s("m"), new PyList(new Object[] {call(Exceptions.ValueError, i(1))}));
        one.setTraceback(new PyTraceback(null, null, 0, 1));
        PyBaseException[] oneSplit = ExceptionGroups.exceptStarMatch(one, Exceptions.ValueError);
        assertSame(k, ExceptionGroups.prepReraiseStar(one, java.util.List.of(k)));
        assertEquals(null, oneSplit[0]);
        // a re-raised part and the unhandled rest rebuild the original structure, notes and all
        PyBaseException noted = (PyBaseException) call(g, s("m"), new PyList(new Object[] {call(Exceptions.ValueError, i(1)),
                call(Exceptions.TypeError, i(2))}));
        Abstract.callMethod(noted, "add_note", s("n"));
        noted.setTraceback(new PyTraceback(null, null, 0, 3));
        PyBaseException[] parts = ExceptionGroups.exceptStarMatch(noted, Exceptions.ValueError);
        PyBaseException back = ExceptionGroups.prepReraiseStar(noted, java.util.List.of(parts[1], parts[0]));
        assertEquals("ExceptionGroup('m', [ValueError(1), TypeError(2)])", t(() -> back));
        assertEquals("['n']", t(() -> attr(back, "__notes__")));
    }

    @Test
    void factories() {
        assertEquals("[Errno 2] No such file or directory: 'f'", str(PyErr.osError(2, s("f")).value()));
        assertSame(Exceptions.FileNotFoundError, PyErr.osError(2, s("f")).pyType());
        assertEquals("[Errno 13] Permission denied", str(PyErr.osError(13, null).value()));
        PyException m = PyErr.moduleNotFound("nope");
        assertEquals("ModuleNotFoundError: No module named 'nope'", m.getMessage());
        assertEquals("'nope'", t(() -> attr(m.value(), "name")));
        PyException c = PyErr.cannotImportName("x", "os", s("/lib/os.py"));
        assertEquals("cannot import name 'x' from 'os' (/lib/os.py)", str(c.value()));
        assertEquals("'x'", t(() -> attr(c.value(), "name_from")));
        assertEquals("'y'", t(() -> attr(PyErr.unboundLocal(s("y")).value(), "name")));
        assertEquals("3", t(() -> attr(PyErr.systemExit(i(3)).value(), "code")));
        PyBaseException se = PyErr.syntaxError(new dev.kaa.parser.PySyntaxError(dev.kaa.parser.PySyntaxError.Kind.TabError,
                "bad", "f.py", 2, 3, "  x\n", 2, 4)).value();
        assertEquals("TabError('bad', ('f.py', 2, 3, '  x\\n', 2, 4))", t(() -> se));
    }
}
