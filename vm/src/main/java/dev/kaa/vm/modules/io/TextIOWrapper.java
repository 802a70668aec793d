package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySetter;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * {@code _io.TextIOWrapper}: text over a buffered byte stream. Reading decodes chunks of
 * {@code _CHUNK_SIZE} bytes (through an {@link NewlineDecoder} when newlines are translated or
 * recorded) into {@link #decoded}, consumed from {@link #used}; writing translates newlines,
 * encodes and passes the bytes straight to the buffer.
 *
 * <p>{@code tell()} returns CPython's opaque cookie: the byte position of a point where the
 * decoder's state is known, that state's flags, the bytes to feed from there and the characters
 * to skip, packed into one int; {@code seek()} replays it. {@link #snapshot} remembers the
 * decoder's flags and the bytes fed since the last chunk began, which is what tell needs.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class TextIOWrapper extends TextIoBase {
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", TextIOWrapper.class, MethodHandles.lookup(),
            TextIoBase.TYPE);

    Object buffer;
    boolean ok, detached;
    String encoding, errors;
    /** newline=None: translate on read, write os.linesep; '': universal, untranslated; else that ending. */
    boolean readUniversal, readTranslate, writeTranslate;
    String readNl, writeNl;
    boolean lineBuffering, writeThrough;
    TextCodec.Decoder decoder;
    NewlineDecoder nlDecoder;
    TextCodec.Encoder encoder;
    boolean hasRead1, seekable, telling, anyRead;
    int chunkSize = IoModule.DEFAULT_BUFFER_SIZE;
    /** Where this wrapper is held while it has pending bytes. */
    OpenFiles files;
    /** Encoded text not yet passed to the buffer. */
    final Pending tp = new Pending();
    /** Bytes per character in the last chunk decoded. */
    double b2cratio;
    String decoded = "";
    int used;
    /** (decoder flags, bytes fed since then) before the current chunk, or null. */
    long snapFlags;
    byte[] snapInput;

    TextIOWrapper(PyType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new TextIOWrapper(cls);
    }

    @PyMethod(positionalOnly = 0)
    void __init__(Object buffer, @Opt("None") Object encoding, @Opt("None") Object errors, @Opt("None") Object newline,
            @Opt("False") boolean line_buffering, @Opt("False") boolean write_through) {
        init(buffer, encoding, errors, newline, line_buffering, write_through);
    }

    void init(Object buffer, Object encoding, Object errors, Object newline, boolean lineBuffering,
            boolean writeThrough) {
        ok = false;
        detached = false;
        tp.len = 0;
        argStr("encoding", encoding);
        argStr("errors", errors);
        argStr("newline", newline);
        if (encoding == PyNone.NONE) {
            encoding = IoModule.text_encoding(PyNone.NONE, 3);
        }
        String enc = ((PyStr) encoding).value();
        if (enc.equals("locale")) {
            enc = "utf-8"; // Kaa runs in UTF-8 mode: the locale encoding is UTF-8.
        }
        if (enc.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        String err = errors == PyNone.NONE ? "strict" : ((PyStr) errors).value();
        String nl = newline == PyNone.NONE ? null : ((PyStr) newline).value();
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: %s", nl);
        }
        this.buffer = buffer;
        finalizeWhenDroppedIfPython(buffer);
        this.encoding = enc;
        this.errors = err;
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
        setNewline(nl);
        this.chunkSize = IoModule.DEFAULT_BUFFER_SIZE;
        this.decoded = "";
        this.used = 0;
        this.snapInput = null;
        this.anyRead = false;
        makeCodecs();
        this.seekable = Abstract.isTrue(Abstract.callMethod(buffer, "seekable"));
        this.telling = seekable;
        this.hasRead1 = Abstract.lookupAttr(buffer, PyStr.intern("read1")) != null;
        this.ok = true;
        files = OpenFiles.current();
        tp.next = buffer instanceof Buffered b && b.type() == b.typeOfClass() && b.file != null ? b.wp : null;
        tp.target = tp.next == null ? null : tp.next.target;
        fixEncoderState();
    }

    /** An encoder that writes a BOM must not write it again in the middle of a file. */
    private void fixEncoderState() {
        if (seekable && encoder != null) {
            long pos = Abstract.asLong(Abstract.callMethod(buffer, "tell"));
            if (pos != 0) {
                encoder.setstate(PyInt.ZERO);
            }
        }
    }

    @Override public int finalizeRank() {
        return 0;
    }

    private void setNewline(String nl) {
        readUniversal = nl == null || nl.isEmpty();
        readTranslate = nl == null;
        readNl = nl;
        writeTranslate = nl == null || !nl.isEmpty();
        writeNl = nl == null ? System.lineSeparator() : nl.isEmpty() ? null : nl;
        if (writeNl != null && writeNl.equals("\n")) {
            writeNl = null;
        }
    }

    private void makeCodecs() {
        decoder = null;
        nlDecoder = null;
        encoder = null;
        if (Abstract.isTrue(Abstract.callMethod(buffer, "readable"))) {
            decoder = TextCodec.decoder(encoding, errors);
            if (readUniversal) {
                nlDecoder = NewlineDecoder.around(decoder, readTranslate);
            }
        } else {
            TextCodec.lookupText(encoding); // unknown encodings fail at construction either way
        }
        if (Abstract.isTrue(Abstract.callMethod(buffer, "writable"))) {
            encoder = TextCodec.encoder(encoding, errors);
        }
    }

    private static void argStr(String name, Object v) {
        if (v != PyNone.NONE && !(v instanceof PyStr)) {
            throw PyErr.typeError("TextIOWrapper() argument '%s' must be str or None, not %T", name, v);
        }
    }

    // ---- checks ---------------------------------------------------------------------------------------------

    private void checkInit() {
        if (!ok) {
            if (detached) {
                throw PyErr.valueError("underlying buffer has been detached");
            }
            throw PyErr.valueError("I/O operation on uninitialized object");
        }
    }

    /** Raises for an object whose __init__ never ran (a detached one passes). */
    private void checkMade() {
        if (!ok && !detached) {
            throw PyErr.valueError("I/O operation on uninitialized object");
        }
    }

    private void checkAttached() {
        if (detached) {
            throw PyErr.valueError("underlying buffer has been detached");
        }
        checkInit();
    }

    private boolean bufferClosed() {
        if (buffer instanceof Buffered b && b.file != null && b.type() == b.typeOfClass()) {
            return b.file.fd < 0;
        }
        return Abstract.isTrue(Abstract.getAttr(buffer, "closed"));
    }

    private void checkClosed() {
        if (bufferClosed()) {
            throw IoErrors.closedDot();
        }
    }

    // ---- decoding --------------------------------------------------------------------------------------------

    private String decodeChunk(byte[] input, boolean fin) {
        if (nlDecoder != null) {
            return nlDecoder.decodeText(new PyBytes(input), fin);
        }
        return decoder.decode(input, fin);
    }

    private Object decoderState() {
        return nlDecoder != null ? nlDecoder.getstate() : decoder.getstate();
    }

    private void decoderSetState(Object st) {
        if (nlDecoder != null) {
            nlDecoder.setstate(st);
        } else {
            decoder.setstate(st);
        }
    }

    private void decoderReset() {
        if (nlDecoder != null) {
            nlDecoder.reset();
        } else if (decoder != null) {
            decoder.reset();
        }
    }

    private byte[] bufferRead(String method, int n) {
        Object r = Abstract.callMethod(buffer, method, PyInt.of(n));
        if (r == PyNone.NONE) {
            return new byte[0];
        }
        if (r instanceof PyBytes b) {
            return b.data();
        }
        if (r instanceof dev.kaa.vm.objects.PyByteArray || r instanceof dev.kaa.vm.objects.PyMemoryView) {
            return dev.kaa.vm.modules.struct.Buffers.read(r);
        }
        throw PyErr.typeError("underlying %s() should have returned a bytes-like object, not '%T'", method, r);
    }

    /** Reads and decodes one chunk into {@link #decoded}; false at end of file. */
    private boolean readChunk(int sizeHint) {
        if (decoder == null) {
            throw IoErrors.unsupported("not readable");
        }
        anyRead = true;
        long flags = 0;
        byte[] decBuffer = null;
        if (telling) {
            Object st = decoderState();
            PyTuple t = (PyTuple) st;
            decBuffer = IoArgs.bytesOf(t.get(0), "illegal decoder state");
            flags = Abstract.asLong(t.get(1));
        }
        int size = chunkSize;
        if (sizeHint > 0) {
            // As CPython: scale the hint by the bytes per character seen last, so that one read
            // usually brings enough bytes for the characters asked.
            size = (int) Math.min(Math.max(chunkSize, Math.max(b2cratio, 1.0) * sizeHint), Integer.MAX_VALUE - 8);
        }
        byte[] input = bufferRead(hasRead1 ? "read1" : "read", size);
        boolean eof = input.length == 0;
        decoded = decodeChunk(input, eof);
        used = 0;
        int chars = decoded.codePointCount(0, decoded.length());
        b2cratio = chars > 0 ? (double) input.length / chars : 0.0;
        if (telling) {
            snapFlags = flags;
            snapInput = concat(decBuffer, input);
        }
        return !eof;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Takes up to n code points (all when n < 0) from the decoded text. */
    private String takeDecoded(long n) {
        int end = decoded.length();
        if (n >= 0) {
            end = used;
            for (long k = 0; k < n && end < decoded.length(); k++) {
                end += Character.charCount(decoded.codePointAt(end));
            }
        }
        String s = decoded.substring(used, end);
        used = end;
        return s;
    }

    @PyMethod
    @Override Object read(@Star Object[] args) {
        checkAttached();
        long n = IoArgs.size(IoArgs.optionalOne("read", args));
        checkClosed();
        if (decoder == null) {
            throw IoErrors.unsupported("not readable");
        }
        writeFlush();
        if (n < 0) {
            byte[] rest = bufferRead("read", -1);
            String s = takeDecoded(-1) + decodeChunk(rest, true);
            decoded = "";
            used = 0;
            snapInput = null;
            anyRead = true;
            return PyStr.of(s);
        }
        StringBuilder out = new StringBuilder(takeDecoded(n));
        long have = out.codePointCount(0, out.length());
        while (have < n) {
            boolean more = readChunk((int) Math.min(n - have, Integer.MAX_VALUE - 8));
            String s = takeDecoded(n - have);
            out.append(s);
            have += s.codePointCount(0, s.length());
            if (!more && used >= decoded.length()) {
                break;
            }
        }
        return PyStr.of(out.toString());
    }

    @PyMethod
    @Override Object readline(@Star Object[] args) {
        checkAttached();
        long limit = IoArgs.size(IoArgs.optionalOne("readline", args));
        checkClosed();
        return PyStr.of(readlineText(limit));
    }

    private String readlineText(long limit) {
        if (decoder == null) {
            throw IoErrors.unsupported("not readable");
        }
        writeFlush();
        StringBuilder line = new StringBuilder();
        while (true) {
            if (used >= decoded.length()) {
                if (!readChunk(0) && decoded.isEmpty()) {
                    snapInput = null;
                    decoded = "";
                    used = 0;
                    break;
                }
                continue;
            }
            int start = used;
            int end = findLineEnd(decoded, start);
            if (end == -2 && limit >= 0) {
                long room = limit - line.codePointCount(0, line.length());
                int p = start;
                for (long k = 0; k < room && p < decoded.length(); k++) {
                    p += Character.charCount(decoded.codePointAt(p));
                }
                if (p < decoded.length()) {
                    line.append(decoded, start, p); // the limit comes before the final '\r'
                    used = p;
                    return line.toString();
                }
            }
            if (end == -2) {
                // A '\r' ends the text seen so far: the next chunk says whether '\n' follows.
                line.append(decoded, start, decoded.length() - 1);
                used = decoded.length();
                boolean more = readChunk(0);
                decoded = "\r" + decoded.substring(used);
                used = 0;
                if (!more && decoded.length() == 1) {
                    line.append('\r');
                    decoded = "";
                    break;
                }
                continue;
            }
            int stop = end < 0 ? decoded.length() : end;
            if (limit >= 0) {
                long room = limit - line.codePointCount(0, line.length());
                int p = start;
                for (long k = 0; k < room && p < stop; k++) {
                    p += Character.charCount(decoded.codePointAt(p));
                }
                if (p < stop) {
                    line.append(decoded, start, p);
                    used = p;
                    return line.toString();
                }
            }
            line.append(decoded, start, stop);
            used = stop;
            if (end >= 0) {
                break;
            }
        }
        return line.toString();
    }

    /**
     * The index just past the first line ending at or after {@code from}; -1 if none; -2 when the
     * text ends with a lone '\r' that may begin "\r\n" (universal mode, untranslated).
     */
    private int findLineEnd(String s, int from) {
        if (readTranslate || readNl != null && readNl.equals("\n")) {
            int i = s.indexOf('\n', from);
            return i < 0 ? -1 : i + 1;
        }
        if (readUniversal) {
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    if (i + 1 < s.length()) {
                        return s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    }
                    return -2;
                }
            }
            return -1;
        }
        int i = s.indexOf(readNl, from);
        if (i >= 0) {
            return i + readNl.length();
        }
        if (readNl.equals("\r\n") && s.endsWith("\r")) {
            return -2;
        }
        return -1;
    }

    @PyMethod
    @Override Object __next__() {
        checkAttached();
        telling = false;
        checkClosed();
        String line = readlineText(-1);
        if (line.isEmpty()) {
            snapInput = null;
            telling = seekable;
            throw PyErr.stopIteration(null);
        }
        return PyStr.of(line);
    }

    // ---- writing ---------------------------------------------------------------------------------------------

    @PyMethod
    @Override Object write(@Star Object[] args) {
        checkAttached();
        if (args.length != 1) {
            throw PyErr.typeError("TextIOWrapper.write() takes exactly one argument (%d given)", args.length);
        }
        if (!(args[0] instanceof PyStr ps)) {
            throw PyErr.typeError("write() argument must be str, not %T", args[0]);
        }
        checkClosed();
        if (encoder == null) {
            throw IoErrors.unsupported("not writable");
        }
        String text = ps.value();
        boolean hasLf = (writeTranslate || lineBuffering) && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0);
        if (writeTranslate && writeNl != null && text.indexOf('\n') >= 0) {
            text = text.replace("\n", writeNl);
        }
        boolean needFlush = lineBuffering && (hasLf || text.indexOf('\r') >= 0);
        byte[] data = encoder.encode(text);
        // As CPython, encoded text waits here until a chunk's worth has gathered (or a flush,
        // a read, a seek), so that many small writes make few calls on the buffer.
        if (tp.len + data.length > chunkSize) {
            writeFlush();
        }
        if (tp.len == 0 && data.length > 0 && files != null) {
            files.dirty(this, tp);
        }
        if (tp.len + data.length > tp.data.length) {
            tp.data = java.util.Arrays.copyOf(tp.data, Math.max(tp.data.length * 2, tp.len + data.length));
        }
        System.arraycopy(data, 0, tp.data, tp.len, data.length);
        tp.len += data.length;
        if (tp.len >= chunkSize || needFlush || writeThrough) {
            writeFlush();
        }
        if (needFlush) {
            Abstract.callMethod(buffer, "flush");
        }
        if (snapInput != null) {
            // Only a stream that can tell drops its decoded text: a pipe-like buffer (a
            // BufferedRWPair) keeps what it read for the next read (gh-80109 / bpo-35928).
            decoded = "";
            used = 0;
            snapInput = null;
        }
        if (decoder != null) {
            decoderReset();
        }
        return PyInt.of(ps.length());
    }

    /** Passes the encoded text still held here to the buffer. */
    void writeFlush() {
        if (tp.len == 0) {
            return;
        }
        byte[] data = java.util.Arrays.copyOf(tp.data, tp.len);
        tp.len = 0;
        if (files != null) {
            files.clean(tp);
        }
        if (buffer instanceof Buffered b && b.type() == b.typeOfClass()) {
            b.doWrite(new PyBytes(data));
        } else {
            Abstract.callMethod(buffer, "write", new PyBytes(data));
        }
    }

    @PyMethod
    @Override Object flush() {
        checkAttached();
        checkClosed();
        telling = seekable;
        writeFlush();
        return Abstract.callMethod(buffer, "flush");
    }

    @PyMethod
    @Override Object close() {
        checkAttached();
        if (bufferClosed()) {
            return PyNone.NONE;
        }
        if (finalizing) {
            Buffered.deallocWarn(buffer, this);
        }
        PyException failure = null;
        try {
            Abstract.callMethod(this, "flush"); // self.flush(), as CPython: an override counts
        } catch (PyException e) {
            failure = e;
        }
        try {
            Abstract.callMethod(buffer, "close");
        } catch (PyException e) {
            if (failure != null) {
                e.value().setContext(failure.value());
            }
            failure = e;
        }
        if (failure != null) {
            throw failure;
        }
        return PyNone.NONE;
    }

    // ---- tell and seek ------------------------------------------------------------------------------------------

    /**
     * Packs a cookie as CPython lays it out (little-endian fields: a 64-bit position, then 32-bit
     * decoder flags, bytes to feed and characters to skip, then the need-EOF byte), so that
     * Kaa's tell() returns the very numbers CPython's does.
     */
    private static PyInt cookie(long pos, long flags, long toFeed, boolean needEof, long skip) {
        BigInteger c = BigInteger.valueOf(pos).or(BigInteger.valueOf(flags & 0xFFFFFFFFL).shiftLeft(64))
                .or(BigInteger.valueOf(toFeed & 0xFFFFFFFFL).shiftLeft(96))
                .or(BigInteger.valueOf(skip & 0xFFFFFFFFL).shiftLeft(128))
                .or(BigInteger.valueOf(needEof ? 1 : 0).shiftLeft(160));
        return PyInt.of(c);
    }

    @PyMethod
    @Override Object tell() {
        checkAttached();
        checkClosed();
        if (!seekable) {
            throw IoErrors.unsupported("underlying stream is not seekable");
        }
        if (!telling) {
            throw PyErr.format(Exceptions.OSError, "telling position disabled by next() call");
        }
        writeFlush();
        Abstract.callMethod(buffer, "flush");
        long position = Abstract.asLong(Abstract.callMethod(buffer, "tell"));
        if (decoder == null || snapInput == null) {
            return PyInt.of(position);
        }
        long flags = snapFlags;
        byte[] input = snapInput;
        position -= input.length;
        String rest = decoded.substring(0, used);
        long skip = rest.codePointCount(0, rest.length());
        if (skip == 0) {
            return cookie(position, flags, 0, false, 0);
        }
        Object saved = decoderState();
        try {
            decoderSetState(PyTuple.of(PyBytes.EMPTY, PyInt.of(flags)));
            long startPos = position, startFlags = flags;
            int fed = 0;
            long chars = 0;
            boolean needEof = false;
            int i = 0;
            for (; i < input.length; i++) {
                fed++;
                String s = decodeChunk(new byte[] {input[i]}, false);
                chars += s.codePointCount(0, s.length());
                PyTuple st = (PyTuple) decoderState();
                boolean empty = IoArgs.bytesOf(st.get(0), "illegal decoder state").length == 0;
                long f = Abstract.asLong(st.get(1));
                if (empty && chars <= skip) {
                    // A safe start point: the decoder holds nothing back here.
                    startPos += fed;
                    skip -= chars;
                    startFlags = f;
                    fed = 0;
                    chars = 0;
                }
                if (chars >= skip) {
                    break;
                }
            }
            if (i == input.length) {
                String s = decodeChunk(new byte[0], true);
                chars += s.codePointCount(0, s.length());
                needEof = true;
                if (chars < skip) {
                    throw PyErr.format(Exceptions.OSError, "can't reconstruct logical file position");
                }
            }
            return cookie(startPos, startFlags, fed, needEof, skip);
        } finally {
            decoderSetState(saved);
        }
    }

    @PyMethod
    @Override Object seek(@Star Object[] args) {
        checkAttached();
        IoArgs.seekArgs(args);
        Object target = args[0];
        int whence = args.length > 1 ? Abstract.asInt(args[1]) : 0;
        checkClosed();
        if (!seekable) {
            throw IoErrors.unsupported("underlying stream is not seekable");
        }
        PyInt cookie = Abstract.index(target);
        if (whence == 1) {
            if (cookie.signum() != 0) {
                throw IoErrors.unsupported("can't do nonzero cur-relative seeks");
            }
            cookie = (PyInt) tell();
        } else if (whence == 2) {
            if (cookie.signum() != 0) {
                throw IoErrors.unsupported("can't do nonzero end-relative seeks");
            }
            flush();
            decoded = "";
            used = 0;
            snapInput = null;
            decoderReset();
            Object pos = Abstract.callMethod(buffer, "seek", PyInt.ZERO, PyInt.of(2));
            if (encoder != null) {
                if (Abstract.asLong(pos) == 0) {
                    encoder.reset();
                } else {
                    encoder.setstate(PyInt.ZERO);
                }
            }
            return pos;
        } else if (whence != 0) {
            throw PyErr.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (cookie.signum() < 0) {
            throw PyErr.valueError("negative seek position %s", Abstract.repr(cookie).value());
        }
        flush();
        BigInteger c = cookie.bigValue();
        BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        long startPos = c.and(mask).longValue();
        long flags = c.shiftRight(64).intValue() & 0xFFFFFFFFL;
        int toFeed = c.shiftRight(96).intValue();
        long skip = c.shiftRight(128).intValue() & 0xFFFFFFFFL;
        boolean needEof = (c.shiftRight(160).intValue() & 0xFF) != 0;
        Abstract.callMethod(buffer, "seek", PyInt.of(startPos));
        decoded = "";
        used = 0;
        snapInput = null;
        if (decoder != null) {
            if (c.signum() == 0) {
                decoderReset();
            } else {
                decoderSetState(PyTuple.of(PyBytes.EMPTY, PyInt.of(flags)));
            }
            snapFlags = flags;
            snapInput = new byte[0];
        }
        if (skip > 0) {
            byte[] input = bufferRead("read", toFeed);
            decoded = decodeChunk(input, needEof);
            snapInput = input;
            if (decoded.codePointCount(0, decoded.length()) < skip) {
                throw PyErr.format(Exceptions.OSError, "can't restore logical file position");
            }
            used = decoded.offsetByCodePoints(0, (int) skip);
        }
        if (encoder != null) {
            if (c.signum() == 0) {
                encoder.reset();
            } else {
                encoder.setstate(PyInt.ZERO);
            }
        }
        return cookie;
    }

    @PyMethod
    @Override Object truncate(@Star Object[] args) {
        checkAttached();
        flush();
        Object pos = args.length > 0 && args[0] != PyNone.NONE ? args[0] : tell();
        return Abstract.callMethod(buffer, "truncate", pos);
    }

    // ---- delegation and attributes --------------------------------------------------------------------------

    @PyMethod
    @Override Object detach() {
        checkAttached();
        flush();
        Object b = buffer;
        buffer = null;
        ok = false;
        detached = true;
        return b;
    }

    @PyMethod
    @Override Object fileno() {
        checkAttached();
        return Abstract.callMethod(buffer, "fileno");
    }

    @PyMethod
    @Override Object isatty() {
        checkAttached();
        return Abstract.callMethod(buffer, "isatty");
    }

    @PyMethod
    @Override Object seekable() {
        checkAttached();
        return Abstract.callMethod(buffer, "seekable");
    }

    @PyMethod
    @Override Object readable() {
        checkAttached();
        return Abstract.callMethod(buffer, "readable");
    }

    @PyMethod
    @Override Object writable() {
        checkAttached();
        return Abstract.callMethod(buffer, "writable");
    }

    @PyGetter
    @Override Object closed() {
        checkAttached();
        return Abstract.getAttr(buffer, "closed");
    }

    @PyGetter
    Object name() {
        checkAttached();
        return Abstract.getAttr(buffer, "name");
    }

    @PyGetter
    Object buffer() {
        checkAttached();
        return buffer;
    }

    @PyGetter
    @Override Object encoding() {
        return encoding == null ? PyNone.NONE : PyStr.of(encoding);
    }

    @PyGetter
    @Override Object errors() {
        return errors == null ? PyNone.NONE : PyStr.of(errors);
    }

    @PyGetter
    @Override Object newlines() {
        checkInit();
        if (nlDecoder == null) {
            return decoder instanceof TextCodec.PyDecoder pd
                    ? orNone(Abstract.lookupAttr(pd.dec, PyStr.intern("newlines"))) : PyNone.NONE;
        }
        return nlDecoder.newlines();
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    @PyGetter
    Object line_buffering() {
        checkMade(); // as CPython, still there after detach()
        return PyBool.of(lineBuffering);
    }

    @PyGetter
    Object write_through() {
        checkMade(); // as CPython, still there after detach()
        return PyBool.of(writeThrough);
    }

    @PyGetter
    Object _CHUNK_SIZE() {
        checkInit();
        return PyInt.of(chunkSize);
    }

    @PySetter("_CHUNK_SIZE")
    void set_CHUNK_SIZE(Object v) {
        checkInit();
        if (v == null) {
            throw PyErr.attributeError("cannot delete attribute");
        }
        int n = Abstract.asInt(v);
        if (n <= 0) {
            throw PyErr.valueError("a strictly positive integer is required");
        }
        chunkSize = n;
    }

    @PyMethod(positionalOnly = 0)
    Object reconfigure(@KwOnly @Opt("None") Object encoding, @Opt("None") Object errors, @Opt Object newline,
            @Opt("None") Object line_buffering, @Opt("None") Object write_through) {
        checkAttached();
        if (encoding != PyNone.NONE && !(encoding instanceof PyStr)) {
            throw PyErr.typeError("reconfigure() argument 'encoding' must be str or None, not %T", encoding);
        }
        if (errors != PyNone.NONE && !(errors instanceof PyStr)) {
            throw PyErr.typeError("reconfigure() argument 'errors' must be str or None, not %T", errors);
        }
        boolean newlineGiven = newline != null && newline != PySingletons.ELLIPSIS;
        if (newlineGiven && newline != PyNone.NONE) {
            if (!(newline instanceof PyStr ns)) {
                throw PyErr.typeError("reconfigure() argument 'newline' must be str or None, not %T", newline);
            }
            String nl = ns.value();
            if (!nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw PyErr.valueError("illegal newline value: %s", nl);
            }
        }
        if (anyRead && decoder != null && (encoding != PyNone.NONE || errors != PyNone.NONE || newlineGiven)) {
            throw IoErrors.unsupported("It is not possible to set the encoding or newline of stream after the first read");
        }
        String enc = this.encoding, err = this.errors;
        if (encoding != PyNone.NONE) {
            enc = ((PyStr) encoding).value();
            if (enc.equals("locale")) {
                enc = "utf-8";
            }
            err = errors != PyNone.NONE ? ((PyStr) errors).value() : "strict";
        } else if (errors != PyNone.NONE) {
            err = ((PyStr) errors).value();
        }
        flush();
        boolean changeCodec = !enc.equals(this.encoding) || !err.equals(this.errors) || newlineGiven;
        if (encoding != PyNone.NONE) {
            TextCodec.lookupText(enc);
        }
        this.encoding = enc;
        this.errors = err;
        if (newlineGiven) {
            setNewline(newline == PyNone.NONE ? null : ((PyStr) newline).value());
        }
        if (changeCodec) {
            makeCodecs();
            fixEncoderState();
        }
        if (line_buffering != PyNone.NONE) {
            lineBuffering = Abstract.isTrue(line_buffering);
        }
        if (write_through != PyNone.NONE) {
            writeThrough = Abstract.isTrue(write_through);
        }
        return PyNone.NONE;
    }

    @PyMethod
    Object __repr__() {
        if (!ok && !detached) {
            throw PyErr.valueError("I/O operation on uninitialized object");
        }
        String tn = type() == TYPE ? "_io.TextIOWrapper" : type().name();
        StringBuilder sb = new StringBuilder("<").append(tn);
        Object name = quietAttr("name");
        if (name != null) {
            sb.append(" name=").append(Abstract.repr(name).value());
        }
        Object mode = quietAttr("mode");
        if (mode != null) {
            sb.append(" mode=").append(Abstract.repr(mode).value());
        }
        sb.append(" encoding=").append(Abstract.repr(encoding()).value()).append('>');
        return PyStr.of(sb.toString());
    }

    private Object quietAttr(String name) {
        try {
            return Abstract.lookupAttr(this, PyStr.intern(name));
        } catch (PyException e) {
            if (e.matches(Exceptions.ValueError)) {
                return null; // a detached or closed stream still has a repr
            }
            throw e;
        }
    }

    @PyMethod
    Object __reduce_ex__(Object protocol) {
        throw PyErr.typeError("cannot pickle '%s' instances", type().name());
    }

    @PyMethod
    Object __reduce__() {
        throw PyErr.typeError("cannot pickle '%s' instances", type().name());
    }

    /** Whether {@code __del__} is closing the wrapper. */
    @PyGetter
    Object _finalizing() {
        return dev.kaa.vm.objects.PyBool.of(finalizing);
    }
}
