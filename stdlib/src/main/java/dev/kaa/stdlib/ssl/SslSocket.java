package dev.kaa.stdlib.ssl;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * {@code _ssl._SSLSocket}: one TLS connection, a JDK {@link SSLEngine} fed either by a socket
 * (through the base {@code _socket.socket} methods called with the SSL socket as {@code self},
 * since {@code ssl.SSLSocket} overrides {@code recv} and {@code send} with methods that would
 * come back here; they honour the socket's timeout and release the GIL while they wait) or by
 * two {@link MemoryBio}s (for {@code ssl.SSLObject} and asyncio). A non-blocking socket, or an
 * empty incoming BIO, makes an operation raise {@code SSLWantReadError} or
 * {@code SSLWantWriteError} to be retried, as OpenSSL's do.
 *
 * <p>Thread safety: GIL-guarded; the engine runs with the GIL held (its callbacks may call
 * Python: the server name callback), the socket I/O without.
 */
public final class SslSocket extends ExtensionObject {
    static volatile PythonType type;

    /** The connection each live engine serves, for the managers' callbacks. */
    private static final Map<SSLEngine, WeakReference<SslSocket>> BY_ENGINE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);
    private static final int RECV_SIZE = 32 * 1024;

    SslContext context;
    final SSLEngine engine;
    final boolean serverSide;
    final String serverHostname;
    private final Object sock;
    private final MemoryBio incoming, outgoing;
    private Object owner;
    private Object session;
    /** Ciphertext received and not yet given to the engine (read mode). */
    private ByteBuffer netIn;
    /** Ciphertext the engine made and not yet sent (write mode). */
    private ByteBuffer netOut;
    /** Plaintext the engine decrypted and not yet read (read mode). */
    private ByteBuffer appIn;
    private boolean handshakeStarted, handshakeDone, shutdownSent;
    /** Set by the trust manager: the verification's outcome. */
    Trust.Failure verifyFailure;
    boolean verified;
    boolean serverNameAsked, serverNameRefused;
    private PythonException serverNameError;

    private SslSocket(PythonType cls, SslContext context, SSLEngine engine, boolean serverSide, String hostname,
            Object sock, MemoryBio incoming, MemoryBio outgoing) {
        super(cls);
        this.context = context;
        this.engine = engine;
        this.serverSide = serverSide;
        this.serverHostname = hostname;
        this.sock = sock;
        this.incoming = incoming;
        this.outgoing = outgoing;
        SSLSession s = engine.getSession();
        netIn = ByteBuffer.allocate(s.getPacketBufferSize()).flip();
        netOut = ByteBuffer.allocate(s.getPacketBufferSize());
        appIn = ByteBuffer.allocate(s.getApplicationBufferSize()).flip();
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        throw Py.typeError("cannot create '_ssl._SSLSocket' instances");
    }

    static SslSocket create(SslContext context, Object sock, MemoryBio incoming, MemoryBio outgoing, boolean serverSide,
            String hostname, Object owner, Object session) {
        SSLEngine engine = context.engine(serverSide, hostname);
        SslSocket s = new SslSocket(type, context, engine, serverSide, hostname, sock, incoming, outgoing);
        BY_ENGINE.put(engine, new WeakReference<>(s));
        s.owner = owner == null ? Py.none() : owner;
        if (session != null && session != Py.none()) {
            s.setSession(session);
        }
        return s;
    }

    /** The connection an engine serves, or null. */
    static SslSocket of(SSLEngine engine) {
        WeakReference<SslSocket> ref = engine == null ? null : BY_ENGINE.get(engine);
        return ref == null ? null : ref.get();
    }

    // ---- the engine ----------------------------------------------------------------------------

    /** Decrypts what {@code netIn} holds into {@code appIn}, growing it as needed. */
    private SSLEngineResult unwrap() throws SSLException {
        appIn.compact();
        try {
            while (true) {
                SSLEngineResult r = engine.unwrap(netIn, appIn);
                if (r.getStatus() != SSLEngineResult.Status.BUFFER_OVERFLOW) {
                    return r;
                }
                appIn = grow(appIn, engine.getSession().getApplicationBufferSize());
            }
        } finally {
            appIn.flip();
        }
    }

    /** Encrypts from {@code src} into {@code netOut}, growing it as needed. */
    private SSLEngineResult wrap(ByteBuffer src) throws SSLException {
        while (true) {
            SSLEngineResult r = engine.wrap(src, netOut);
            if (r.getStatus() != SSLEngineResult.Status.BUFFER_OVERFLOW) {
                return r;
            }
            netOut = grow(netOut, engine.getSession().getPacketBufferSize());
        }
    }

    /** A larger buffer in write mode holding {@code b}'s contents (b in write mode). */
    private static ByteBuffer grow(ByteBuffer b, int atLeast) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(b.capacity() * 2, b.position() + atLeast));
        b.flip();
        bigger.put(b);
        return bigger;
    }

    /**
     * Runs the engine's handshake computations (key exchange, signatures, the trust manager's
     * verification), without the GIL unless a server name callback may be called from them.
     */
    private void runTasks() {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            if (context.sniCallback != null && serverSide) {
                task.run();
            } else {
                try (var released = Py.releaseGil()) {
                    task.run();
                }
            }
        }
    }

    // ---- the transport -------------------------------------------------------------------------

    /** Sends what {@code netOut} holds; SSLWantWriteError if a non-blocking socket cannot take it all. */
    private void flush() {
        netOut.flip();
        try {
            while (netOut.hasRemaining()) {
                byte[] chunk = new byte[netOut.remaining()];
                netOut.get(netOut.position(), chunk);
                if (outgoing != null) {
                    outgoing.append(chunk);
                    netOut.position(netOut.limit());
                    continue;
                }
                Object sent;
                try {
                    sent = Py.call(Py.getAttr(SslModule.socketType(), "send"), sock, Py.bytes(chunk));
                } catch (PythonException e) {
                    if (e.matches(Py.builtinType("BlockingIOError"))) {
                        throw SslErrors.wantWrite();
                    }
                    throw e;
                }
                netOut.position(netOut.position() + (int) Py.asLong(sent));
            }
        } finally {
            netOut.compact();
        }
    }

    /**
     * Reads more ciphertext into {@code netIn}: false at the end of the stream. It reads no
     * further than the end of the record the engine waits for, as OpenSSL does, so that what
     * follows a close_notify (plain text after STARTTLS's end) stays in the socket or BIO.
     */
    private boolean receive() {
        int want = recordBytesMissing();
        byte[] data;
        if (incoming != null) {
            data = incoming.take(want);
            if (data.length == 0) {
                if (incoming.eof) {
                    return false;
                }
                throw SslErrors.wantRead();
            }
        } else {
            try {
                data = Py.asBytes(Py.call(Py.getAttr(SslModule.socketType(), "recv"), sock, Py.integer(want)));
            } catch (PythonException e) {
                if (e.matches(Py.builtinType("BlockingIOError"))) {
                    throw SslErrors.wantRead();
                }
                throw e;
            }
            if (data.length == 0) {
                return false;
            }
        }
        netIn.compact();
        if (netIn.remaining() < data.length) {
            ByteBuffer bigger = ByteBuffer.allocate(netIn.position() + data.length + 1024);
            netIn.flip();
            bigger.put(netIn);
            netIn = bigger;
        }
        netIn.put(data);
        netIn.flip();
        return true;
    }

    /** How many bytes complete the TLS record at the head of {@code netIn} (its 5-byte header first). */
    private int recordBytesMissing() {
        int have = netIn.remaining();
        if (have < 5) {
            return 5 - have;
        }
        int p = netIn.position();
        int length = 5 + (((netIn.get(p + 3) & 0xff) << 8) | (netIn.get(p + 4) & 0xff));
        return length > have ? length - have : RECV_SIZE;
    }

    // ---- operations ----------------------------------------------------------------------------

    @PyMethod
    void do_handshake() {
        try {
            if (!handshakeStarted) {
                handshakeStarted = true;
                engine.beginHandshake();
                context.count(serverSide ? SslContext.STAT_ACCEPT : SslContext.STAT_CONNECT);
            }
            while (!handshakeDone) {
                HandshakeStatus hs = engine.getHandshakeStatus();
                switch (hs) {
                    case NEED_TASK -> runTasks();
                    case NEED_WRAP -> {
                        wrap(EMPTY);
                        if (engine.isOutboundDone()) {
                            flush();
                        }
                    }
                    case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                        flush();
                        SSLEngineResult r = unwrap();
                        if (r.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW && !receive()) {
                            throw SslErrors.eof(); // the peer went away mid-handshake
                        }
                    }
                    default -> {
                        flush();
                        handshakeDone = true;
                        context.count(serverSide ? SslContext.STAT_ACCEPT_GOOD : SslContext.STAT_CONNECT_GOOD);
                    }
                }
            }
        } catch (SSLException e) {
            throw failed(e);
        }
    }

    /** The Python exception for an engine failure, after sending the alert the engine prepared. */
    private PythonException failed(SSLException e) {
        try {
            engine.closeOutbound();
            while (!engine.isOutboundDone()) {
                if (wrap(EMPTY).bytesProduced() == 0) {
                    break;
                }
            }
            flush();
        } catch (SSLException | PythonException ignored) {
            // the alert is a courtesy; the failure is what counts
        }
        if (serverNameError != null) {
            PythonException pending = serverNameError;
            serverNameError = null;
            return pending;
        }
        if (verifyFailure != null) {
            return SslErrors.certVerification(verifyFailure.code, verifyFailure.getMessage());
        }
        return EngineErrors.translate(e);
    }

    private void ensureHandshake() {
        if (!handshakeDone) {
            do_handshake();
        }
    }

    @PyMethod
    Object read(int len, @Opt Object buffer) {
        boolean into = buffer != null && buffer != Py.none();
        Object target = null;
        if (into) {
            // Any writable buffer (an array, a memoryview …), seen as bytes; never read past its end.
            target = Py.callMethod(Py.call(Py.builtinType("memoryview"), buffer), "cast", Py.str("B"));
            int room = (int) Py.len(target);
            if (len <= 0 || len > room) {
                len = room;
            }
        }
        if (len < 0) {
            throw Py.valueError("size should not be negative");
        }
        if (len == 0) {
            return into ? Py.integer(0) : Py.bytes(new byte[0]);
        }
        ensureHandshake();
        try {
            while (!appIn.hasRemaining() && !engine.isInboundDone()) {
                SSLEngineResult r = unwrap();
                afterEngine(r);
                if (r.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW && !appIn.hasRemaining() && !receive()) {
                    throw SslErrors.eof();
                }
            }
        } catch (SSLException e) {
            throw failed(e);
        }
        int n = Math.min(len, appIn.remaining());
        byte[] out = new byte[n];
        appIn.get(out);
        if (!into) {
            return Py.bytes(out);
        }
        Object slice = Py.call(Py.builtinType("slice"), Py.integer(0), Py.integer(n));
        Py.setItem(target, slice, Py.bytes(out));
        return Py.integer(n);
    }

    /** Handles the engine's post-handshake work after a read: tasks and replies (key updates, close_notify). */
    private void afterEngine(SSLEngineResult r) throws SSLException {
        HandshakeStatus hs = r.getHandshakeStatus();
        while (hs == HandshakeStatus.NEED_TASK || hs == HandshakeStatus.NEED_WRAP) {
            if (hs == HandshakeStatus.NEED_TASK) {
                runTasks();
            } else {
                wrap(EMPTY);
                flushQuietly();
            }
            hs = engine.getHandshakeStatus();
        }
    }

    /** Sends what can be sent without failing the read that made it. */
    private void flushQuietly() {
        try {
            flush();
        } catch (PythonException e) {
            // left in netOut for the next write or flush
        }
    }

    @PyMethod
    int write(Object data) {
        byte[] bytes = Py.asBytes(data);
        ensureHandshake();
        flush();
        ByteBuffer src = ByteBuffer.wrap(bytes);
        try {
            while (src.hasRemaining()) {
                SSLEngineResult r = wrap(src);
                if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
                    throw SslErrors.zeroReturn();
                }
                try {
                    flush();
                } catch (PythonException e) {
                    if (src.position() > 0 && e.matches(SslErrors.wantWrite)) {
                        return src.position(); // what the engine took is sent with the next call
                    }
                    throw e;
                }
            }
        } catch (SSLException e) {
            throw failed(e);
        }
        return bytes.length;
    }

    @PyMethod
    int pending() {
        return appIn.remaining();
    }

    @PyMethod
    Object shutdown() {
        try {
            if (!shutdownSent) {
                shutdownSent = true;
                engine.closeOutbound();
                while (!engine.isOutboundDone()) {
                    if (wrap(EMPTY).bytesProduced() == 0) {
                        break;
                    }
                }
            }
            flush();
            while (!engine.isInboundDone()) {
                SSLEngineResult r = unwrap();
                if (r.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW && !receive()) {
                    throw SslErrors.eof(); // the peer closed without its close_notify
                }
                appIn.position(appIn.limit()); // data after our close_notify is dropped, as OpenSSL does
            }
        } catch (SSLException e) {
            throw failed(e);
        }
        return sock == null ? Py.none() : sock;
    }

    // ---- what the connection is ----------------------------------------------------------------

    private void requireHandshake() {
        if (!handshakeDone) {
            throw Py.valueError("handshake not done yet");
        }
    }

    @PyMethod
    Object getpeercert(@Opt("False") boolean binary_form) {
        requireHandshake();
        X509Certificate leaf = peerLeaf();
        if (leaf == null) {
            return Py.none();
        }
        if (binary_form) {
            return Py.bytes(Stores.encoded(leaf));
        }
        return context.verifyMode == SslContext.CERT_NONE ? Py.dict() : CertDict.of(leaf);
    }

    private X509Certificate peerLeaf() {
        try {
            Certificate[] chain = engine.getSession().getPeerCertificates();
            return chain.length == 0 ? null : (X509Certificate) chain[0];
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }

    @PyMethod
    Object get_unverified_chain() {
        Certificate[] chain;
        try {
            chain = engine.getSession().getPeerCertificates();
        } catch (SSLPeerUnverifiedException e) {
            return Py.none();
        }
        List<Object> out = new ArrayList<>();
        for (Certificate c : chain) {
            out.add(SslCertificate.of((X509Certificate) c));
        }
        return Py.list(out.toArray());
    }

    @PyMethod
    Object get_verified_chain() {
        // A resumed session was verified when it was made: the trust manager is not asked again.
        if (!verified && !(handshakeDone && context.verifyMode != SslContext.CERT_NONE)) {
            return Py.none();
        }
        Certificate[] sent;
        try {
            sent = engine.getSession().getPeerCertificates();
        } catch (SSLPeerUnverifiedException e) {
            return Py.none();
        }
        Object chain = get_unverified_chain();
        X509Certificate top = (X509Certificate) sent[sent.length - 1];
        if (!top.getSubjectX500Principal().equals(top.getIssuerX500Principal())) {
            for (X509Certificate a : context.anchors()) {
                if (a.getSubjectX500Principal().equals(top.getIssuerX500Principal()) && !a.equals(top)) {
                    Py.callMethod(chain, "append", SslCertificate.of(a));
                    break;
                }
            }
        }
        return chain;
    }

    @PyMethod
    Object cipher() {
        if (!handshakeDone) {
            return Py.none();
        }
        SSLSession s = engine.getSession();
        Ciphers.Suite suite = Ciphers.of(s.getCipherSuite());
        if (suite == null) {
            return Py.tuple(Py.str(s.getCipherSuite()), Py.str(s.getProtocol()), Py.none());
        }
        return Py.tuple(Py.str(suite.openssl()), Py.str(suite.protocol()), Py.integer(suite.bits()));
    }

    @PyMethod
    Object shared_ciphers() {
        if (!handshakeDone || !serverSide) {
            return Py.none();
        }
        // The JDK does not show which suites the client offered: these are the ones this side enabled.
        List<Object> out = new ArrayList<>();
        for (String s : engine.getEnabledCipherSuites()) {
            Ciphers.Suite suite = Ciphers.of(s);
            if (suite != null) {
                out.add(Py.tuple(Py.str(suite.openssl()), Py.str(suite.protocol()), Py.integer(suite.bits())));
            }
        }
        return Py.list(out.toArray());
    }

    @PyMethod
    Object version() {
        if (!handshakeDone) {
            return Py.none();
        }
        return Py.str(engine.getSession().getProtocol());
    }

    @PyMethod
    Object selected_alpn_protocol() {
        String p = engine.getApplicationProtocol();
        return p == null || p.isEmpty() ? Py.none() : Py.str(p);
    }

    @PyMethod
    Object compression() {
        return Py.none();
    }

    @PyMethod(positionalOnly = 0)
    Object get_channel_binding(@Opt("'tls-unique'") String cb_type) {
        if (!cb_type.equals("tls-unique")) {
            throw Py.valueError("'" + cb_type + "' channel binding type not implemented");
        }
        // The JDK does not expose the Finished messages tls-unique is made of.
        return Py.none();
    }

    @PyMethod
    void verify_client_post_handshake() {
        // An SSLError, as OpenSSL raises when post-handshake authentication cannot be done, so
        // that servers which handle ssl.SSLError carry on.
        throw SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "SSL", "POST_HANDSHAKE_AUTH_UNSUPPORTED",
                "post-handshake authentication is not available on the JDK's TLS engine");
    }

    @PyGetter
    boolean server_side() {
        return serverSide;
    }

    @PyGetter
    Object server_hostname() {
        return serverHostname == null ? Py.none() : Py.str(serverHostname);
    }

    @PyGetter
    Object owner() {
        return owner;
    }

    @PySetter("owner")
    void setOwner(Object value) {
        owner = value == null ? Py.none() : value;
    }

    @PyGetter
    Object context() {
        return context;
    }

    @PySetter("context")
    void setContext(Object value) {
        if (!(value instanceof SslContext c)) {
            throw Py.typeError("The value must be a SSLContext");
        }
        context = c;
    }

    @PyGetter
    Object session() {
        if (!handshakeDone) {
            return session == null ? Py.none() : session;
        }
        return SslSession.of(engine.getSession(), context);
    }

    @PySetter("session")
    void setSession(Object value) {
        if (value == null || !(value instanceof SslSession s)) {
            throw Py.typeError("Value is not a SSLSession.");
        }
        if (serverSide) {
            throw Py.valueError("Cannot set session for server-side SSLSocket.");
        }
        if (handshakeStarted) {
            throw Py.valueError("Cannot set session after handshake.");
        }
        if (s.context != context) {
            throw Py.valueError("Session refers to a different SSLContext.");
        }
        session = value;
    }

    @PyGetter
    boolean session_reused() {
        return session instanceof SslSession s && handshakeDone
                && java.util.Arrays.equals(s.session.getId(), engine.getSession().getId());
    }

    // ---- the server name callback --------------------------------------------------------------

    /**
     * Calls the context's {@code sni_callback(ssl_object, server_name, context)} while the
     * server chooses its certificate; false (the handshake then fails) when it raised or
     * returned an alert number.
     */
    boolean runServerNameCallback(SSLEngine e) {
        Object cb = context.sniCallback;
        if (cb == null) {
            return true;
        }
        Object name = Py.none();
        if (e.getHandshakeSession() instanceof ExtendedSSLSession hs) {
            for (SNIServerName n : hs.getRequestedServerNames()) {
                if (n instanceof SNIHostName h) {
                    name = Py.str(h.getAsciiName());
                }
            }
        }
        try {
            Object result = Py.call(cb, owner == Py.none() ? this : owner, name, context);
            if (result != Py.none()) {
                serverNameError = SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "SSL", "CALLBACK_FAILED",
                        "callback failed");
                return false;
            }
            return true;
        } catch (PythonException ex) {
            // As CPython: the callback's error is unraisable, the handshake fails.
            SslModule.writeUnraisable(ex, cb);
            serverNameError = SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "SSL", "CALLBACK_FAILED", "callback failed");
            return false;
        }
    }
}
