package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;

/**
 * The text streams behind {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}: UTF-8
 * text over the process's byte streams, with the methods programs call on them. The full
 * {@code _io.TextIOWrapper} (encodings, newline modes, buffers) comes with the {@code _io}
 * module; until then these stand in for it, named as CPython names them.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class ConsoleStream extends PyObject {
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", ConsoleStream.class, MethodHandles.lookup(), 0);

    private final String name;
    private final int fd;
    private final OutputStream out;
    private final BufferedReader in;
    private final boolean lineBuffered;
    private final String errors;
    private final StringBuilder pending = new StringBuilder();
    private boolean closed;

    private ConsoleStream(String name, int fd, OutputStream out, InputStream in, boolean lineBuffered, String errors) {
        this.name = name;
        this.fd = fd;
        this.out = out;
        this.in = in == null ? null : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.lineBuffered = lineBuffered;
        this.errors = errors;
    }

    public static ConsoleStream output(String name, int fd, OutputStream out, boolean lineBuffered, String errors) {
        return new ConsoleStream(name, fd, out, null, lineBuffered, errors);
    }

    public static ConsoleStream input(String name, InputStream in, String errors) {
        return new ConsoleStream(name, 0, null, in, false, errors);
    }

    @Override public PyType type() {
        return TYPE;
    }

    private void checkOpen() {
        if (closed) {
            throw PyErr.valueError("I/O operation on closed file.");
        }
    }

    @PyMethod
    int write(Object s) {
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("write() argument must be str, not %T", s);
        }
        checkOpen();
        if (out == null) {
            throw PyErr.format(dev.kaa.vm.objects.Exceptions.OSError, "not writable");
        }
        String v = str.value();
        pending.append(v);
        if (pending.length() > 8192 || lineBuffered && v.indexOf('\n') >= 0) {
            flushPending();
        }
        return str.length();
    }

    /** Writes Java text directly (the launcher's messages). */
    public void writeJava(String s) {
        pending.append(s);
        flushPending();
    }

    private void flushPending() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            out.write(encode(pending.toString()));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pending.setLength(0);
        }
    }

    /** UTF-8, with lone surrogates handled as the stream's error handler says. */
    private byte[] encode(String s) {
        boolean lone = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                lone = true;
                break;
            }
        }
        if (!lone) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length() + 16);
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (!Character.isSurrogate(c)) {
                continue;
            }
            bytes.writeBytes(s.substring(start, i).getBytes(StandardCharsets.UTF_8));
            start = i + 1;
            if (errors.equals("surrogateescape") && c >= 0xDC80 && c <= 0xDCFF) {
                bytes.write(c - 0xDC00);
            } else if (errors.equals("backslashreplace")) {
                bytes.writeBytes(String.format("\\u%04x", (int) c).getBytes(StandardCharsets.US_ASCII));
            } else {
                throw PyErr.format(dev.kaa.vm.objects.Exceptions.UnicodeEncodeError,
                        "'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates not allowed",
                        (int) c, i);
            }
        }
        bytes.writeBytes(s.substring(start).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    @PyMethod
    void flush() {
        if (out != null && !closed) {
            flushPending();
        }
    }

    @PyMethod
    Object writelines(Object lines) {
        Abstract.forEach(lines, this::write);
        return PyNone.NONE;
    }

    @PyMethod
    Object readline(@Opt("-1") int size) {
        checkOpen();
        if (in == null) {
            throw PyErr.format(dev.kaa.vm.objects.Exceptions.OSError, "not readable");
        }
        StringBuilder sb = new StringBuilder();
        try (var unlocked = ThreadState.releaseGil()) {
            int c;
            while ((size < 0 || sb.length() < size) && (c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw PyErr.format(dev.kaa.vm.objects.Exceptions.OSError, "%s", e.getMessage());
        }
        return PyStr.of(sb.toString());
    }

    @PyMethod
    Object read(@Opt("-1") int size) {
        checkOpen();
        if (in == null) {
            throw PyErr.format(dev.kaa.vm.objects.Exceptions.OSError, "not readable");
        }
        StringBuilder sb = new StringBuilder();
        try (var unlocked = ThreadState.releaseGil()) {
            int c;
            while ((size < 0 || sb.length() < size) && (c = in.read()) >= 0) {
                sb.append((char) c);
            }
        } catch (IOException e) {
            throw PyErr.format(dev.kaa.vm.objects.Exceptions.OSError, "%s", e.getMessage());
        }
        return PyStr.of(sb.toString());
    }

    @PyMethod
    Object readlines() {
        PyList lines = new PyList();
        while (true) {
            PyStr line = (PyStr) readline(-1);
            if (line.length() == 0) {
                return lines;
            }
            lines.append(line);
        }
    }

    @PyMethod
    Object __iter__() {
        return this;
    }

    @PyMethod
    Object __next__() {
        PyStr line = (PyStr) readline(-1);
        if (line.length() == 0) {
            throw PyErr.stopIteration(null);
        }
        return line;
    }

    @PyMethod
    boolean isatty() {
        return System.console() != null && fd <= 2;
    }

    @PyMethod
    boolean readable() {
        return in != null;
    }

    @PyMethod
    boolean writable() {
        return out != null;
    }

    @PyMethod
    boolean seekable() {
        return false;
    }

    @PyMethod
    int fileno() {
        return fd;
    }

    @PyMethod
    void close() {
        flush();
        closed = true;
    }

    @PyGetter
    Object closed() {
        return PyBool.of(closed);
    }

    @PyGetter
    Object encoding() {
        return PyStr.of("utf-8");
    }

    @PyGetter
    Object errors() {
        return PyStr.of(errors);
    }

    @PyGetter
    Object name() {
        return PyStr.of(name);
    }

    @PyGetter
    Object mode() {
        return PyStr.of(in != null ? "r" : "w");
    }

    @PyGetter
    Object line_buffering() {
        return PyBool.of(lineBuffered);
    }

    @PyGetter
    Object newlines() {
        return PyNone.NONE;
    }

    @PyMethod
    Object __enter__() {
        return this;
    }

    @PyMethod
    Object __exit__(Object[] args, String[] kwnames) {
        close();
        return PyNone.NONE;
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<_io.TextIOWrapper name='" + name + "' mode='" + (in != null ? "r" : "w")
                + "' encoding='utf-8'>");
    }

    static Object intOf(int i) {
        return PyInt.of(i);
    }
}
