package dev.kaa.vm.objects;

/**
 * The docstrings of the built-in exception classes ({@code ValueError.__doc__}), in Kaa's own words
 * (not CPython's). {@code ExceptionGroup} has none of its own, as in CPython.
 *
 * <p>Thread safety: immutable.
 */
final class ExcDocs {
    private ExcDocs() {}

    /** Puts each class's docstring in its dictionary; called once, as the classes are declared. */
    static void apply() {
        doc(Exceptions.ArithmeticError, "The parent of the errors raised by failed numeric operations.");
        doc(Exceptions.AssertionError, "Raised when an assert statement finds its condition false.");
        doc(Exceptions.AttributeError, "Raised when an object has no attribute of the requested name, or it cannot be"
                + " set or deleted.");
        doc(Exceptions.BaseException, "The root of every exception class; args holds the constructor arguments.");
        doc(Exceptions.BaseExceptionGroup, "Carries several exceptions at once, raised together (see except*).");
        doc(Exceptions.BlockingIOError, "An operation on a non-blocking object would have had to wait (EAGAIN and"
                + " friends).");
        doc(Exceptions.BrokenPipeError, "Writing to a pipe or socket whose other end is closed (EPIPE, ESHUTDOWN).");
        doc(Exceptions.BufferError, "A buffer operation could not be carried out (for example resizing an exported"
                + " buffer).");
        doc(Exceptions.BytesWarning, "Warns of mixing bytes with str, e.g. comparing them or calling str() on bytes"
                + " (with -b).");
        doc(Exceptions.ChildProcessError, "A child process operation failed (ECHILD).");
        doc(Exceptions.ConnectionAbortedError, "The peer or the local system aborted the connection (ECONNABORTED).");
        doc(Exceptions.ConnectionError, "The parent of the errors about broken or refused connections.");
        doc(Exceptions.ConnectionRefusedError, "The peer refused the connection (ECONNREFUSED).");
        doc(Exceptions.ConnectionResetError, "The peer reset the connection (ECONNRESET).");
        doc(Exceptions.DeprecationWarning, "Warns that a feature is deprecated and will go away.");
        doc(Exceptions.EOFError, "input() or a read hit end of file with no data.");
        doc(Exceptions.EncodingWarning, "Warns when text is opened without an explicit encoding (with -X"
                + " warn_default_encoding).");
        doc(Exceptions.Exception, "The parent of all ordinary errors, the ones except Exception catches.");
        doc(Exceptions.FileExistsError, "Creating a file or directory that is already there (EEXIST).");
        doc(Exceptions.FileNotFoundError, "No file or directory at the given path (ENOENT).");
        doc(Exceptions.FloatingPointError, "A floating-point operation failed (not raised by Kaa).");
        doc(Exceptions.FutureWarning, "Warns that the meaning of a construct is going to change.");
        doc(Exceptions.GeneratorExit, "Thrown into a generator or coroutine by close() to make it finish.");
        doc(Exceptions.ImportError, "An import failed: the module could not be loaded or lacks the requested name.");
        doc(Exceptions.ImportWarning, "Warns of likely errors in how a module is imported (ignored by default).");
        doc(Exceptions.IndentationError, "A syntax error in the indentation of the source.");
        doc(Exceptions.IndexError, "A subscript falls outside the sequence.");
        doc(Exceptions.InterruptedError, "A system call was cut short by a signal (EINTR).");
        doc(Exceptions.IsADirectoryError, "A file operation was asked of a directory (EISDIR).");
        doc(Exceptions.KeyError, "A mapping has no entry for the given key.");
        doc(Exceptions.KeyboardInterrupt, "The user pressed the interrupt key (Ctrl-C, SIGINT).");
        doc(Exceptions.LookupError, "The parent of IndexError and KeyError: a key or index is invalid.");
        doc(Exceptions.MemoryError, "The interpreter ran short of memory.");
        doc(Exceptions.ModuleNotFoundError, "An import could not find the module at all.");
        doc(Exceptions.NameError, "A name used is defined neither locally nor globally.");
        doc(Exceptions.NotADirectoryError, "A directory operation was asked of something that is not a directory"
                + " (ENOTDIR).");
        doc(Exceptions.NotImplementedError, "Raised by code that is missing or left for subclasses to provide.");
        doc(Exceptions.OSError, "A system call failed; errno, strerror and filename tell which and why.");
        doc(Exceptions.OverflowError, "A numeric result is too big for the type that must hold it.");
        doc(Exceptions.PendingDeprecationWarning, "Warns that a feature is going to be deprecated later (ignored by"
                + " default).");
        doc(Exceptions.PermissionError, "The operation lacks the access rights it needs (EACCES, EPERM).");
        doc(Exceptions.ProcessLookupError, "No such process (ESRCH).");
        doc(Exceptions.PythonFinalizationError, "The operation is not allowed while the interpreter shuts down.");
        doc(Exceptions.RecursionError, "Calls nested deeper than sys.getrecursionlimit() allows.");
        doc(Exceptions.ReferenceError, "A weak proxy was used after its object was collected.");
        doc(Exceptions.ResourceWarning, "Warns of resources left to the collector, e.g. files never closed (ignored"
                + " by default).");
        doc(Exceptions.RuntimeError, "An error that fits no other category.");
        doc(Exceptions.RuntimeWarning, "Warns of questionable behaviour at run time.");
        doc(Exceptions.StopAsyncIteration, "Raised by an asynchronous iterator's __anext__() when it has no more"
                + " items.");
        doc(Exceptions.StopIteration, "Raised by an iterator's __next__() when it has no more items; value holds a"
                + " generator's return value.");
        doc(Exceptions.SyntaxError, "The source is not valid Python; filename, lineno and offset say where.");
        doc(Exceptions.SyntaxWarning,
                "Warns of source that is valid but probably not meant (like \"is\" with a literal).");
        doc(Exceptions.SystemError, "The interpreter found itself in an inconsistent state: a bug in Kaa worth"
                + " reporting, with the traceback.");
        doc(Exceptions.SystemExit, "Raised by sys.exit(); ends the program with code as its status unless caught.");
        doc(Exceptions.TabError, "Indentation mixes tabs and spaces in an ambiguous way.");
        doc(Exceptions.TimeoutError, "A system operation ran out of time (ETIMEDOUT).");
        doc(Exceptions.TypeError, "An operation or function got an object of a type it cannot handle.");
        doc(Exceptions.UnboundLocalError, "A local variable was read before any value was assigned to it.");
        doc(Exceptions.UnicodeDecodeError, "Bytes could not be decoded with the given encoding.");
        doc(Exceptions.UnicodeEncodeError, "Text could not be encoded with the given encoding.");
        doc(Exceptions.UnicodeError, "The parent of the errors raised while encoding, decoding or translating text.");
        doc(Exceptions.UnicodeTranslateError, "Text could not be translated with the given mapping.");
        doc(Exceptions.UnicodeWarning, "Warns of questionable Unicode text handling.");
        doc(Exceptions.UserWarning, "The default category of warnings.warn().");
        doc(Exceptions.ValueError, "An argument has an acceptable type but an unacceptable value.");
        doc(Exceptions.Warning, "The parent of all warning categories.");
        doc(Exceptions.ZeroDivisionError, "Division or modulo by zero.");
        doc(Exceptions._IncompleteInputError, "the source ends before the statement is complete.");
    }

    private static void doc(PyType type, String text) {
        type.dict().setItem(PyStr.intern("__doc__"), PyStr.of(text));
    }
}
