package dev.kaa.stdlib.ssl;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import javax.net.ssl.SSLSession;

/**
 * {@code _ssl.SSLSession}: a negotiated session, as the JDK keeps it (the JDK resumes sessions
 * on its own, by peer host and port, so handing one to a new connection records the wish but
 * does not steer the engine).
 *
 * <p>Thread safety: immutable.
 */
public final class SslSession extends ExtensionObject {
    static volatile PythonType type;

    final SSLSession session;
    final SslContext context;

    private SslSession(SSLSession session, SslContext context) {
        super(type);
        this.session = session;
        this.context = context;
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        throw Py.typeError("cannot create '_ssl.SSLSession' instances");
    }

    static SslSession of(SSLSession session, SslContext context) {
        return new SslSession(session, context);
    }

    @PyGetter
    Object id() {
        return Py.bytes(session.getId());
    }

    @PyGetter
    long time() {
        return session.getCreationTime() / 1000;
    }

    @PyGetter
    long timeout() {
        int t = session.getSessionContext() == null ? 0 : session.getSessionContext().getSessionTimeout();
        return t == 0 ? 7200 : t;
    }

    @PyGetter
    long ticket_lifetime_hint() {
        return 0;
    }

    @PyGetter
    boolean has_ticket() {
        return false;
    }

    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof SslSession s)) {
            return Py.notImplemented();
        }
        return Py.bool(java.util.Arrays.equals(session.getId(), s.session.getId()));
    }

    @PyMethod
    long __hash__() {
        return java.util.Arrays.hashCode(session.getId());
    }
}
