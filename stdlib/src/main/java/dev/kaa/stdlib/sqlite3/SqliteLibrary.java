package dev.kaa.stdlib.sqlite3;

import dev.kaa.stdlib.internal.NativeLibrary;

/**
 * The system's {@code libsqlite3}, or null when it has none ({@code import _sqlite3} then
 * raises ImportError, as CPython's module is absent when built without the library).
 *
 * <p>Thread safety: immutable.
 */
final class SqliteLibrary {
    private SqliteLibrary() {}

    static final NativeLibrary LIB = load();
    static final String MISSING = LIB == null ? "the system has no libsqlite3.so.0" : null;

    private static NativeLibrary load() {
        try {
            return NativeLibrary.load("libsqlite3.so.0", "libsqlite3.so");
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }
}
