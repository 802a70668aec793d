package dev.kaa.vm.modules.ast;

import dev.kaa.parser.ast.Pos;
import dev.kaa.vm.objects.Constants;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInstance;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import java.util.List;

/**
 * The parser's records to Python {@code ast} objects: each record becomes an instance of its
 * class with the fields, then the location attributes, in its {@code __dict__}.
 *
 * <p>Thread safety: one conversion per instance.
 */
final class ToPython {
    private static final PyStr LINENO = PyStr.intern("lineno");
    private static final PyStr COL = PyStr.intern("col_offset");
    private static final PyStr END_LINENO = PyStr.intern("end_lineno");
    private static final PyStr END_COL = PyStr.intern("end_col_offset");

    /** CPython's limit on the nesting of a converted tree. */
    private static final int MAX_DEPTH = 9997;

    private final AstState state;
    private int depth;

    ToPython(AstState state) {
        this.state = state;
    }

    Object convert(Object node) {
        if (node == null) {
            return PyNone.NONE;
        }
        if (node instanceof Enum<?> e) {
            return state.singleton(e.name());
        }
        if (++depth > MAX_DEPTH) {
            throw PyErr.recursionError("maximum recursion depth exceeded during ast construction");
        }
        NodeKinds.Kind k = NodeKinds.BY_CLASS.get(node.getClass());
        PyInstance obj = new PyInstance(state.type(k.name()));
        PyDict d = obj.instanceDict();
        for (NodeKinds.Field f : k.fields()) {
            Object v;
            try {
                v = f.getter().invokeExact(node);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            d.setItem(PyStr.intern(f.name()), value(f, v));
        }
        if (k.hasPos()) {
            Pos p = pos(node);
            d.setItem(LINENO, PyInt.of(p.lineno()));
            d.setItem(COL, PyInt.of(p.col_offset()));
            d.setItem(END_LINENO, PyInt.of(p.end_lineno()));
            d.setItem(END_COL, PyInt.of(p.end_col_offset()));
        }
        depth--;
        return obj;
    }

    /** The accessor of each record class's {@link Pos} component. */
    private static final ClassValue<java.lang.reflect.Method> POS = new ClassValue<>() {
        @Override protected java.lang.reflect.Method computeValue(Class<?> type) {
            for (var rc : type.getRecordComponents()) {
                if (rc.getType() == Pos.class) {
                    return rc.getAccessor();
                }
            }
            throw new IllegalStateException("no position in " + type);
        }
    };

    static Pos pos(Object node) {
        try {
            return (Pos) POS.get(node.getClass()).invoke(node);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object value(NodeKinds.Field f, Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof List<?> list) {
            Object[] items = new Object[list.size()];
            for (int i = 0; i < items.length; i++) {
                Object x = list.get(i);
                items[i] = x instanceof String s ? PyStr.of(s) : convert(x);
            }
            return new PyList(items);
        }
        return switch (f.type()) {
            case "identifier" -> PyStr.intern((String) v);
            case "string" -> PyStr.of((String) v);
            case "int" -> PyInt.of((Integer) v);
            case "constant" -> Constants.toPython(v);
            default -> convert(v);
        };
    }
}
