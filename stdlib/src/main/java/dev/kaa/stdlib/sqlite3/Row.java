package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;

/**
 * {@code sqlite3.Row}: a row factory's result that is indexed by position or by column name
 * (ASCII letters compared without case), iterated, compared and hashed with its columns' names.
 *
 * <p>Thread safety: immutable.
 */
public final class Row extends ExtensionObject {
    static volatile PythonType type;

    private final Object description;
    private final Object data;

    private Row(PythonType cls, Object description, Object data) {
        super(cls);
        this.description = description;
        this.data = data;
    }

    @PyMethod
    static Object __new__(PythonType cls, Object cursor, Object data) {
        if (!Py.isInstance(cursor, Cursor.type)) {
            throw Py.typeError("Row() argument 1 must be sqlite3.Cursor, not " + Values.typeName(cursor));
        }
        if (!Py.isInstance(data, Values.tupleType)) {
            throw Py.typeError("Row() argument 2 must be tuple, not " + Values.typeName(data));
        }
        return new Row(cls, Py.getAttr(cursor, "description"), data);
    }

    @PyMethod
    Object __getitem__(Object key) {
        if (Py.isInstance(key, Values.intType)) {
            return Py.getItem(data, key);
        }
        if (Py.isInstance(key, Values.strType)) {
            String name = Py.asString(key);
            if (description != Py.none()) {
                long n = Py.len(description);
                for (long i = 0; i < n; i++) {
                    Object col = Py.getItem(Py.getItem(description, Py.integer(i)), Py.integer(0));
                    if (sameName(Py.asString(col), name)) {
                        return Py.getItem(data, Py.integer(i));
                    }
                }
            }
            throw Py.indexError("No item with that key");
        }
        if (Py.typeOf(key) == Py.builtinType("slice")) {
            return Py.getItem(data, key);
        }
        throw Py.indexError("Index must be int or string");
    }

    /** Column names match when equal but for the case of ASCII letters. */
    private static boolean sameName(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x >= 'a' && x <= 'z') {
                x -= 32;
            }
            if (y >= 'a' && y <= 'z') {
                y -= 32;
            }
            if (x != y) {
                return false;
            }
        }
        return true;
    }

    @PyMethod
    long __len__() {
        return Py.len(data);
    }

    @PyMethod
    Object __iter__() {
        return Py.callMethod(data, "__iter__");
    }

    @PyMethod(doc = "Returns the keys of the row.")
    Object keys() {
        if (description == Py.none()) {
            return Py.list();
        }
        long n = Py.len(description);
        Object[] names = new Object[(int) n];
        for (int i = 0; i < n; i++) {
            names[i] = Py.getItem(Py.getItem(description, Py.integer(i)), Py.integer(0));
        }
        return Py.list(names);
    }

    @PyMethod
    long __hash__() {
        return Py.hash(description) ^ Py.hash(data);
    }

    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof Row r)) {
            return Py.notImplemented();
        }
        return Py.bool(Py.compare(description, r.description, "==") && Py.compare(data, r.data, "=="));
    }

    @PyMethod
    Object __ne__(Object other) {
        if (!(other instanceof Row r)) {
            return Py.notImplemented();
        }
        return Py.bool(!(Py.compare(description, r.description, "==") && Py.compare(data, r.data, "==")));
    }
}
