package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * The built-in exception classes of Python 3.13, in the order of the hierarchy that the
 * {@code exceptions} documentation shows. Classes that add no attributes share
 * {@link PyBaseException}'s Java class; the others have their own.
 *
 * <p>Thread safety: immutable.
 */
public final class Exceptions {
    private Exceptions() {}

    private static PyType sub(String name, PyType base) {
        return PyType.builtin(name, PyBaseException.class, null, base);
    }

    /** A class whose instances are {@code layout} objects, with the methods that class declares. */
    private static PyType own(String name, Class<? extends PyBaseException> layout, PyType... bases) {
        return PyType.builtin(name, layout, MethodHandles.lookup(), bases);
    }

    /** A subclass sharing its base's layout and methods. */
    private static PyType sub(String name, Class<? extends PyBaseException> layout, PyType base) {
        return PyType.builtin(name, layout, null, base);
    }

    public static final PyType BaseException = PyBaseException.TYPE;
    public static final PyType BaseExceptionGroup = own("BaseExceptionGroup", ExcBaseExceptionGroup.class, BaseException);
    public static final PyType GeneratorExit = sub("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = sub("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = own("SystemExit", ExcSystemExit.class, BaseException);
    public static final PyType Exception = sub("Exception", BaseException);
    public static final PyType ArithmeticError = sub("ArithmeticError", Exception);
    public static final PyType FloatingPointError = sub("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = sub("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = sub("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = sub("AssertionError", Exception);
    public static final PyType AttributeError = own("AttributeError", ExcAttributeError.class, Exception);
    public static final PyType BufferError = sub("BufferError", Exception);
    public static final PyType EOFError = sub("EOFError", Exception);
    public static final PyType ImportError = own("ImportError", ExcImportError.class, Exception);
    public static final PyType ModuleNotFoundError = sub("ModuleNotFoundError", ExcImportError.class, ImportError);
    public static final PyType LookupError = sub("LookupError", Exception);
    public static final PyType IndexError = sub("IndexError", LookupError);
    public static final PyType KeyError = own("KeyError", ExcKeyError.class, LookupError);
    public static final PyType MemoryError = sub("MemoryError", Exception);
    public static final PyType NameError = own("NameError", ExcNameError.class, Exception);
    public static final PyType UnboundLocalError = sub("UnboundLocalError", ExcNameError.class, NameError);
    public static final PyType OSError = own("OSError", ExcOSError.class, Exception);
    public static final PyType BlockingIOError = sub("BlockingIOError", ExcOSError.class, OSError);
    public static final PyType ChildProcessError = sub("ChildProcessError", ExcOSError.class, OSError);
    public static final PyType ConnectionError = sub("ConnectionError", ExcOSError.class, OSError);
    public static final PyType BrokenPipeError = sub("BrokenPipeError", ExcOSError.class, ConnectionError);
    public static final PyType ConnectionAbortedError = sub("ConnectionAbortedError", ExcOSError.class, ConnectionError);
    public static final PyType ConnectionRefusedError = sub("ConnectionRefusedError", ExcOSError.class, ConnectionError);
    public static final PyType ConnectionResetError = sub("ConnectionResetError", ExcOSError.class, ConnectionError);
    public static final PyType FileExistsError = sub("FileExistsError", ExcOSError.class, OSError);
    public static final PyType FileNotFoundError = sub("FileNotFoundError", ExcOSError.class, OSError);
    public static final PyType InterruptedError = sub("InterruptedError", ExcOSError.class, OSError);
    public static final PyType IsADirectoryError = sub("IsADirectoryError", ExcOSError.class, OSError);
    public static final PyType NotADirectoryError = sub("NotADirectoryError", ExcOSError.class, OSError);
    public static final PyType PermissionError = sub("PermissionError", ExcOSError.class, OSError);
    public static final PyType ProcessLookupError = sub("ProcessLookupError", ExcOSError.class, OSError);
    public static final PyType TimeoutError = sub("TimeoutError", ExcOSError.class, OSError);
    public static final PyType ReferenceError = sub("ReferenceError", Exception);
    public static final PyType RuntimeError = sub("RuntimeError", Exception);
    public static final PyType NotImplementedError = sub("NotImplementedError", RuntimeError);
    public static final PyType PythonFinalizationError = sub("PythonFinalizationError", RuntimeError);
    public static final PyType RecursionError = sub("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = sub("StopAsyncIteration", Exception);
    public static final PyType StopIteration = own("StopIteration", ExcStopIteration.class, Exception);
    public static final PyType SyntaxError = own("SyntaxError", ExcSyntaxError.class, Exception);
    public static final PyType IndentationError = sub("IndentationError", ExcSyntaxError.class, SyntaxError);
    public static final PyType TabError = sub("TabError", ExcSyntaxError.class, IndentationError);
    /** What the REPL's compiler raises for input that may go on (3.13, in builtins). */
    public static final PyType _IncompleteInputError = sub("_IncompleteInputError", ExcSyntaxError.class, SyntaxError);
    public static final PyType SystemError = sub("SystemError", Exception);
    public static final PyType TypeError = sub("TypeError", Exception);
    public static final PyType ValueError = sub("ValueError", Exception);
    public static final PyType UnicodeError = sub("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = own("UnicodeDecodeError", ExcUnicodeError.class, UnicodeError);
    public static final PyType UnicodeEncodeError = own("UnicodeEncodeError", ExcUnicodeError.class, UnicodeError);
    public static final PyType UnicodeTranslateError = own("UnicodeTranslateError", ExcUnicodeError.class, UnicodeError);
    public static final PyType Warning = sub("Warning", Exception);
    public static final PyType BytesWarning = sub("BytesWarning", Warning);
    public static final PyType DeprecationWarning = sub("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = sub("EncodingWarning", Warning);
    public static final PyType FutureWarning = sub("FutureWarning", Warning);
    public static final PyType ImportWarning = sub("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = sub("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = sub("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = sub("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = sub("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = sub("UnicodeWarning", Warning);
    public static final PyType UserWarning = sub("UserWarning", Warning);
    /**
     * Declared last: CPython makes it after the static exception classes, so it comes last in
     * {@code Exception.__subclasses__()}.
     */
    public static final PyType ExceptionGroup = PyType.builtin("ExceptionGroup", ExcBaseExceptionGroup.class, null,
            BaseExceptionGroup, Exception);

    static {
        ExcDocs.apply();
    }

    /** Every class above, in order, for {@code builtins}. */
    public static PyType[] all() {
        return new PyType[] {
            BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception,
            ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError,
            AttributeError, BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError,
            LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
            BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
            ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
            InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
            TimeoutError, ReferenceError, RuntimeError, NotImplementedError, PythonFinalizationError,
            RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError,
            _IncompleteInputError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
            UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning, EncodingWarning,
            FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning,
            SyntaxWarning, UnicodeWarning, UserWarning,
        };
    }
}
