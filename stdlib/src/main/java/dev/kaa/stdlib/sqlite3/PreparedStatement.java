package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;

/**
 * {@code sqlite3.Statement}: what calling a connection with SQL text returns (a compiled
 * statement, an undocumented relic of the module's past that CPython keeps); it cannot be
 * made from Python.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PreparedStatement extends ExtensionObject {
    static volatile PythonType type;

    final Connection connection;
    final Statement statement;

    PreparedStatement(PythonType cls, Connection connection, Statement statement) {
        super(cls);
        this.connection = connection;
        this.statement = statement;
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        throw Py.typeError("cannot create 'sqlite3.Statement' instances");
    }
}
