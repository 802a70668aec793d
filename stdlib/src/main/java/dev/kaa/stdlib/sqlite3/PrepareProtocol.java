package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;

/**
 * {@code sqlite3.PrepareProtocol}: the protocol object that adapters are registered for and
 * that {@code __conform__} is given; it has no behaviour of its own.
 *
 * <p>Thread safety: immutable.
 */
public final class PrepareProtocol extends ExtensionObject {
    static volatile PythonType type;

    private PrepareProtocol(PythonType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        return new PrepareProtocol(cls);
    }
}
