package dev.kaa.vm.objects;

/**
 * The docstrings of the built-in exception classes ({@code ValueError.__doc__}), as CPython 3.13
 * shows them. ({@code ExceptionGroup} has none of its own there.)
 *
 * <p>Thread safety: immutable.
 */
final class ExcDocs {
    private ExcDocs() {}

    /** Puts each class's docstring in its dictionary; called once, as the classes are declared. */
    static void apply() {
        doc(Exceptions.ArithmeticError, "Base class for arithmetic errors.");
        doc(Exceptions.AssertionError, "Assertion failed.");
        doc(Exceptions.AttributeError, "Attribute not found.");
        doc(Exceptions.BaseException, "Common base class for all exceptions");
        doc(Exceptions.BaseExceptionGroup, "A combination of multiple unrelated exceptions.");
        doc(Exceptions.BlockingIOError, "I/O operation would block.");
        doc(Exceptions.BrokenPipeError, "Broken pipe.");
        doc(Exceptions.BufferError, "Buffer error.");
        doc(Exceptions.BytesWarning, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.");
        doc(Exceptions.ChildProcessError, "Child process error.");
        doc(Exceptions.ConnectionAbortedError, "Connection aborted.");
        doc(Exceptions.ConnectionError, "Connection error.");
        doc(Exceptions.ConnectionRefusedError, "Connection refused.");
        doc(Exceptions.ConnectionResetError, "Connection reset.");
        doc(Exceptions.DeprecationWarning, "Base class for warnings about deprecated features.");
        doc(Exceptions.EOFError, "Read beyond end of file.");
        doc(Exceptions.EncodingWarning, "Base class for warnings about encodings.");
        doc(Exceptions.Exception, "Common base class for all non-exit exceptions.");
        doc(Exceptions.FileExistsError, "File already exists.");
        doc(Exceptions.FileNotFoundError, "File not found.");
        doc(Exceptions.FloatingPointError, "Floating-point operation failed.");
        doc(Exceptions.FutureWarning, "Base class for warnings about constructs that will change semantically\nin the future.");
        doc(Exceptions.GeneratorExit, "Request that a generator exit.");
        doc(Exceptions.ImportError, "Import can't find module, or can't find name in module.");
        doc(Exceptions.ImportWarning, "Base class for warnings about probable mistakes in module imports");
        doc(Exceptions.IndentationError, "Improper indentation.");
        doc(Exceptions.IndexError, "Sequence index out of range.");
        doc(Exceptions.InterruptedError, "Interrupted by signal.");
        doc(Exceptions.IsADirectoryError, "Operation doesn't work on directories.");
        doc(Exceptions.KeyError, "Mapping key not found.");
        doc(Exceptions.KeyboardInterrupt, "Program interrupted by user.");
        doc(Exceptions.LookupError, "Base class for lookup errors.");
        doc(Exceptions.MemoryError, "Out of memory.");
        doc(Exceptions.ModuleNotFoundError, "Module not found.");
        doc(Exceptions.NameError, "Name not found globally.");
        doc(Exceptions.NotADirectoryError, "Operation only works on directories.");
        doc(Exceptions.NotImplementedError, "Method or function hasn't been implemented yet.");
        doc(Exceptions.OSError, "Base class for I/O related errors.");
        doc(Exceptions.OverflowError, "Result too large to be represented.");
        doc(Exceptions.PendingDeprecationWarning, "Base class for warnings about features which will be deprecated\nin the future.");
        doc(Exceptions.PermissionError, "Not enough permissions.");
        doc(Exceptions.ProcessLookupError, "Process not found.");
        doc(Exceptions.PythonFinalizationError, "Operation blocked during Python finalization.");
        doc(Exceptions.RecursionError, "Recursion limit exceeded.");
        doc(Exceptions.ReferenceError, "Weak ref proxy used after referent went away.");
        doc(Exceptions.ResourceWarning, "Base class for warnings about resource usage.");
        doc(Exceptions.RuntimeError, "Unspecified run-time error.");
        doc(Exceptions.RuntimeWarning, "Base class for warnings about dubious runtime behavior.");
        doc(Exceptions.StopAsyncIteration, "Signal the end from iterator.__anext__().");
        doc(Exceptions.StopIteration, "Signal the end from iterator.__next__().");
        doc(Exceptions.SyntaxError, "Invalid syntax.");
        doc(Exceptions.SyntaxWarning, "Base class for warnings about dubious syntax.");
        doc(Exceptions.SystemError, "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.");
        doc(Exceptions.SystemExit, "Request to exit from the interpreter.");
        doc(Exceptions.TabError, "Improper mixture of spaces and tabs.");
        doc(Exceptions.TimeoutError, "Timeout expired.");
        doc(Exceptions.TypeError, "Inappropriate argument type.");
        doc(Exceptions.UnboundLocalError, "Local name referenced but not bound to a value.");
        doc(Exceptions.UnicodeDecodeError, "Unicode decoding error.");
        doc(Exceptions.UnicodeEncodeError, "Unicode encoding error.");
        doc(Exceptions.UnicodeError, "Unicode related error.");
        doc(Exceptions.UnicodeTranslateError, "Unicode translation error.");
        doc(Exceptions.UnicodeWarning, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.");
        doc(Exceptions.UserWarning, "Base class for warnings generated by user code.");
        doc(Exceptions.ValueError, "Inappropriate argument value (of correct type).");
        doc(Exceptions.Warning, "Base class for warning categories.");
        doc(Exceptions.ZeroDivisionError, "Second argument to a division or modulo operation was zero.");
        doc(Exceptions._IncompleteInputError, "incomplete input.");
    }

    private static void doc(PyType type, String text) {
        type.dict().setItem(PyStr.intern("__doc__"), PyStr.of(text));
    }
}
