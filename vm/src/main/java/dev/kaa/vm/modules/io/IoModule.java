package dev.kaa.vm.modules.io;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import java.lang.invoke.MethodHandles;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code _io}: the classes {@code io} re-exports and the function {@code open()} that builds
 * the stack of them for a file: a {@link FileIO}, under a {@link Buffered} reader or writer
 * unless unbuffered, under a {@link TextIOWrapper} in text mode.
 *
 * <p>Kaa runs in UTF-8 mode ({@code sys.flags.utf8_mode} is 1), so the default and the
 * {@code 'locale'} encoding are both {@code 'utf-8'}.
 *
 * <p>Thread safety: stateless (per-interpreter state lives in {@link IoErrors} and {@link OpenFiles}).
 */
public final class IoModule {
    private IoModule() {}

    /** {@code io.DEFAULT_BUFFER_SIZE}, as CPython 3.13 has it. */
    public static final int DEFAULT_BUFFER_SIZE = 8192;

    /**
     * A standard stream as CPython's start-up makes it: a raw stream (a {@link FileIO} of
     * descriptor {@code fd}, or, when the host gives Java streams, a {@link JavaStreamIO} over
     * {@code in} or {@code out}) named {@code <stdin>}, {@code <stdout>} or {@code <stderr>};
     * buffered, except a writing stream when {@code unbuffered} ({@code -u}); and text over that
     * in {@code encoding} with {@code errors}, newlines left as they are, line-buffered on a
     * terminal and always for {@code stderr}, writing through when unbuffered.
     */
    public static Object standardStream(int fd, java.io.InputStream in, java.io.OutputStream out, String encoding,
            String errors, boolean unbuffered) {
        String name = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
        boolean writing = fd != 0;
        Object raw;
        if (in != null || out != null) {
            raw = new JavaStreamIO(name, in, out);
        } else {
            raw = Abstract.call(FileIO.TYPE, PyInt.of(fd), PyStr.of(writing ? "wb" : "rb"), PyBool.FALSE);
            Abstract.setAttr(raw, PyStr.intern("name"), PyStr.of(name));
        }
        boolean tty = Abstract.isTrue(Abstract.callMethod(raw, "isatty"));
        Object buffer = unbuffered && writing ? raw
                : Abstract.call(writing ? BufferedWriter.TYPE : BufferedReader.TYPE, raw, PyInt.of(DEFAULT_BUFFER_SIZE));
        boolean lineBuffering = !unbuffered && writing && (tty || fd == 2);
        Object text = Abstract.call(TextIOWrapper.TYPE, new Object[] {buffer, PyStr.of(encoding), PyStr.of(errors),
                PyStr.of("\n"), PyBool.of(lineBuffering), PyBool.of(unbuffered && writing)},
                new String[] {"encoding", "errors", "newline", "line_buffering", "write_through"});
        Abstract.setAttr(text, PyStr.intern("mode"), PyStr.of(writing ? "w" : "r"));
        return text;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_io");
        m.put("__doc__", PyStr.of("The classes and functions beneath the io module:"
                + " raw, buffered and text streams, and open().\n"));
        Exposer.functions(IoModule.class, MethodHandles.lookup(), "_io", m).forEach(m::put);
        m.put("DEFAULT_BUFFER_SIZE", PyInt.of(DEFAULT_BUFFER_SIZE));
        m.put("BlockingIOError", Exceptions.BlockingIOError);
        m.put("UnsupportedOperation", IoErrors.unsupportedType());
        m.put("_IOBase", IoBase.TYPE);
        m.put("_RawIOBase", RawIoBase.TYPE);
        m.put("_BufferedIOBase", BufferedIoBase.TYPE);
        m.put("_TextIOBase", TextIoBase.TYPE);
        m.put("FileIO", FileIO.TYPE);
        m.put("BytesIO", BytesIO.TYPE);
        m.put("StringIO", StringIO.TYPE);
        m.put("BufferedReader", BufferedReader.TYPE);
        m.put("BufferedWriter", BufferedWriter.TYPE);
        m.put("BufferedRandom", BufferedRandom.TYPE);
        m.put("BufferedRWPair", BufferedRWPair.TYPE);
        m.put("TextIOWrapper", TextIOWrapper.TYPE);
        m.put("IncrementalNewlineDecoder", NewlineDecoder.TYPE);
        return m;
    }

    @PyMethod(positionalOnly = 0, doc = "Open a path or descriptor as a stream: FileIO, a buffered reader/writer or"
            + " TextIOWrapper, as mode and buffering ask.")
    static Object open(Object file, @Opt("'r'") Object mode, @Opt("-1") int buffering, @Opt("None") Object encoding,
            @Opt("None") Object errors, @Opt("None") Object newline, @Opt("True") boolean closefd,
            @Opt("None") Object opener) {
        if (!(file instanceof PyInt)) {
            file = FileIO.fspath(file);
        }
        if (!(mode instanceof PyStr ms)) {
            throw PyErr.typeError("open() argument 'mode' must be str, not %T", mode);
        }
        checkOptionalStr("encoding", encoding);
        checkOptionalStr("errors", errors);
        checkOptionalStr("newline", newline);
        String m = ms.value();
        Set<Character> seen = new HashSet<>();
        boolean creating = false, reading = false, writing = false, appending = false, updating = false;
        boolean text = false, binary = false;
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if ("axrwb+t".indexOf(c) < 0 || !seen.add(c)) {
                throw PyErr.valueError("invalid mode: '%s'", m);
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        if (text && binary) {
            throw PyErr.valueError("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw PyErr.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != PyNone.NONE) {
            throw PyErr.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != PyNone.NONE) {
            throw PyErr.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != PyNone.NONE) {
            throw PyErr.valueError("binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1) {
            warn(Exceptions.RuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, "
                    + "the default buffer size will be used", 1);
        }
        String rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "")
                + (updating ? "+" : "");
        FileIO raw = new FileIO(FileIO.TYPE);
        raw.__init__(file, PyStr.of(rawMode), closefd, opener);
        Object result = raw;
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || buffering < 0 && Abstract.isTrue(raw.isatty())) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                // As CPython: the file system's block size (st_blksize), else the default.
                buffering = Abstract.asInt(Abstract.getAttr(raw, "_blksize"));
            }
            if (buffering == 0) {
                if (binary) {
                    return raw;
                }
                throw PyErr.valueError("can't have unbuffered text I/O");
            }
            Buffered buffer;
            if (updating) {
                BufferedRandom b = new BufferedRandom(BufferedRandom.TYPE);
                b.init(raw, buffering);
                buffer = b;
            } else if (creating || writing || appending) {
                BufferedWriter b = new BufferedWriter(BufferedWriter.TYPE);
                b.init(raw, buffering);
                buffer = b;
            } else {
                BufferedReader b = new BufferedReader(BufferedReader.TYPE);
                b.init(raw, buffering);
                buffer = b;
            }
            result = buffer;
            if (binary) {
                return buffer;
            }
            TextIOWrapper t = new TextIOWrapper(TextIOWrapper.TYPE);
            t.init(buffer, encoding, errors, newline, lineBuffering, false);
            result = t;
            t.instanceDict().setItem(PyStr.intern("mode"), ms);
            return t;
        } catch (PyException e) {
            try {
                Abstract.callMethod(result, "close");
            } catch (PyException ignored) {
                // The first error is the one to report.
            }
            throw e;
        }
    }

    /**
     * A standard stream as CPython's start-up makes it, for the interpreter to install as
     * {@code sys.stdin}/{@code sys.stdout}/{@code sys.stderr}: a {@link TextIOWrapper}
     * ({@code encoding='utf-8'}, {@code newline='\n'}, mode 'r' or 'w') over a buffered
     * reader or writer over {@code FileIO(fd, closefd=False)} named {@code '<stdin>'} etc.
     * stderr and terminals are line-buffered; {@code unbuffered} ({@code -u}) writes through.
     *
     * @param fd 0, 1 or 2: the descriptor in the interpreter's table (shared with {@code os})
     * @param errors the error handler ("strict", or "surrogateescape" in UTF-8 mode's stdin/stdout)
     */
    public static TextIOWrapper stdio(int fd, String errors, boolean unbuffered) {
        boolean read = fd == 0;
        FileIO raw = new FileIO(FileIO.TYPE);
        raw.__init__(PyInt.of(fd), PyStr.of(read ? "rb" : "wb"), false, PyNone.NONE);
        String name = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : fd == 2 ? "<stderr>" : "<fd " + fd + ">";
        raw.instanceDict().setItem(PyStr.intern("name"), PyStr.of(name));
        Buffered buffer = read ? new BufferedReader(BufferedReader.TYPE) : new BufferedWriter(BufferedWriter.TYPE);
        buffer.init(raw, DEFAULT_BUFFER_SIZE);
        boolean lineBuffering = !read && (fd == 2 || Abstract.isTrue(raw.isatty()));
        TextIOWrapper t = new TextIOWrapper(TextIOWrapper.TYPE);
        t.init(buffer, PyStr.of("utf-8"), PyStr.of(errors), PyStr.of("\n"), lineBuffering, unbuffered && !read);
        t.instanceDict().setItem(PyStr.intern("mode"), PyStr.of(read ? "r" : "w"));
        return t;
    }

    /**
     * Writes out what unclosed files of {@code rt} still hold in their buffers (CPython gets
     * this from finalizing them). {@link OpenFiles} runs it from {@code atexit}; the interpreter
     * may also call it after the exit functions.
     */
    public static void flushAtExit(dev.kaa.vm.internal.eval.Runtime rt) {
        OpenFiles.flushAll(rt);
    }

    private static void checkOptionalStr(String name, Object v) {
        if (v != PyNone.NONE && !(v instanceof PyStr)) {
            throw PyErr.typeError("open() argument '%s' must be str or None, not %T", name, v);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Open path in 'rb' mode for reading source or bytecode to import.")
    static Object open_code(Object path) {
        if (!(path instanceof PyStr)) {
            throw PyErr.typeError("open_code() argument 'path' must be str, not %T", path);
        }
        return open(path, PyStr.of("rb"), -1, PyNone.NONE, PyNone.NONE, PyNone.NONE, true, PyNone.NONE);
    }

    @PyMethod(doc = "Give the encoding to use when encoding is None ('locale' or 'utf-8'), warning if asked to.")
    static Object text_encoding(Object encoding, @Opt("2") int stacklevel) {
        if (encoding != PyNone.NONE) {
            return encoding;
        }
        if (sysFlag("warn_default_encoding")) {
            warn(Exceptions.EncodingWarning, "'encoding' argument not specified.", stacklevel);
        }
        return PyStr.of(sysFlag("utf8_mode") ? "utf-8" : "locale");
    }

    /** {@code sys.flags.<name>} as a truth value (false when sys is not there yet). */
    static boolean sysFlag(String name) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null || ts.runtime.sys == null) {
            return name.equals("utf8_mode");
        }
        Object flags = Abstract.lookupAttr(ts.runtime.sys, PyStr.intern("flags"));
        Object v = flags == null ? null : Abstract.lookupAttr(flags, PyStr.of(name));
        return v == null ? name.equals("utf8_mode") : Abstract.isTrue(v);
    }

    static void warn(dev.kaa.vm.objects.PyType category, String message, int stacklevel) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && ts.runtime.services != null) {
            ts.runtime.services.warn(category, message, stacklevel);
        }
    }
}
