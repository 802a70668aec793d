package dev.kaa.examples.ext;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kaa_vectors.Vector(iterable)}: an immutable vector of doubles. {@link #dot} shows a
 * computation that releases the GIL: it copies nothing, because a vector's array never changes.
 *
 * <p>Thread safety: immutable.
 */
public final class Vector extends ExtensionObject {
    /** The type, made when the module is first imported. */
    static volatile PythonType type;

    private final double[] values;

    Vector(PythonType type, double[] values) {
        super(type);
        this.values = values;
    }

    @PyMethod
    static Object __new__(PythonType cls, Object iterable) {
        List<Double> items = new ArrayList<>();
        for (Object item : Py.iterate(iterable)) {
            items.add(Py.asDouble(item));
        }
        double[] v = new double[items.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = items.get(i);
        }
        return new Vector(cls, v);
    }

    @PyMethod
    int __len__() {
        return values.length;
    }

    @PyMethod
    double __getitem__(Object index) {
        long i = Py.asLong(index);
        if (i < 0) {
            i += values.length;
        }
        if (i < 0 || i >= values.length) {
            throw Py.indexError("vector index out of range");
        }
        return values[(int) i];
    }

    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof Vector v)) {
            return Py.notImplemented();
        }
        return Py.bool(java.util.Arrays.equals(values, v.values));
    }

    @PyMethod
    String __repr__() {
        StringBuilder sb = new StringBuilder("Vector([");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Py.repr(Py.floating(values[i])));
        }
        return sb.append("])").toString();
    }

    @PyMethod(doc = "The dot product with another Vector of the same length.")
    double dot(Vector other) {
        if (other.values.length != values.length) {
            throw Py.valueError("shapes (" + values.length + ",) and (" + other.values.length + ",) not aligned");
        }
        double[] a = values, b = other.values;
        // Plain Java arithmetic on arrays no Python code can change: other threads may run meanwhile.
        try (var released = Py.releaseGil()) {
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                sum += a[i] * b[i];
            }
            return sum;
        }
    }

    @PyMethod(doc = "The Euclidean length.")
    double norm() {
        return Math.sqrt(dot(this));
    }

    @PyGetter(doc = "The number of dimensions.")
    int ndim() {
        return 1;
    }
}
