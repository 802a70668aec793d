package dev.kaa.parser.ast;

import dev.kaa.bytecode.PyRepr;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * CPython 3.13's {@code ast.dump(node, annotate_fields=True, include_attributes=…, indent=…)},
 * character for character; {@code python -m ast} prints {@code dump(tree, include_attributes=-a,
 * indent=3)} of a tree parsed with {@code type_comments=True} (so {@code type_comment} fields and
 * {@code TypeIgnore} nodes show there when the parser fills them).
 *
 * <p>The fields are the record components of the node (§4 of the style guide: they carry the
 * {@code ast} names, in {@code _fields} order); a {@link Pos} component holds the attributes
 * {@code lineno, col_offset, end_lineno, end_col_offset}, printed after the fields when asked for.
 * As 3.13 does (its {@code show_empty=False}), a field that is {@code None} or an empty list is
 * left out, except the {@code value} of {@code Constant} and {@code MatchSingleton}. A node is
 * written on one line when it has at most three printed fields and each of them is "simple": a
 * scalar, an empty list or a node printed without fields ({@code Load()}); otherwise, with an
 * indent, one field per line.
 *
 * <p>Thread safety: stateless; the per-class field tables are immutable and shared.
 */
public final class AstDump {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /** A record component: its Python name and accessor. */
    private record Component(String name, MethodHandle getter, boolean isPos) {}

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override protected Component[] computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            Component[] out = new Component[rc.length];
            for (int i = 0; i < rc.length; i++) {
                try {
                    MethodHandle mh = LOOKUP.unreflect(rc[i].getAccessor()).asType(GETTER);
                    out[i] = new Component(rc[i].getName(), mh, rc[i].getType() == Pos.class);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("AST record " + type.getName() + " is not accessible", e);
                }
            }
            return out;
        }
    };

    /** One printed {@code name=value} of a node. */
    private record Field(String name, Object value) {}

    /** Text to write as it is, on the work stack. */
    private record Text(String text) {}

    /** A value to write at a nesting level, on the work stack. */
    private record Value(Object value, int level) {}

    private static final Text NONE = new Text("None");

    private final boolean includeAttributes;
    private final String indent;
    private final StringBuilder out = new StringBuilder();
    // The tree is walked with an explicit stack rather than by recursion: a parsed chain such as
    // 1+1+…+1 can be 100,000 nodes deep, and the dump must not run out of Java stack on it.
    private final Deque<Object> work = new ArrayDeque<>();

    private AstDump(boolean includeAttributes, String indent) {
        this.includeAttributes = includeAttributes;
        this.indent = indent;
    }

    /**
     * {@code ast.dump(node, include_attributes=includeAttributes, indent=indent)}; {@code indent}
     * null gives the one-line form, a number that many spaces per level (none if negative).
     *
     * @throws PyRepr.IntDigitsLimitException where CPython raises {@code ValueError}: a constant
     *         int of more than 4300 decimal digits
     */
    public static String dump(Node node, boolean includeAttributes, Integer indent) {
        String unit = indent == null ? null : " ".repeat(Math.max(0, indent));
        AstDump d = new AstDump(includeAttributes, unit);
        d.work.push(new Value(node, 0));
        while (!d.work.isEmpty()) {
            switch (d.work.pop()) {
                case Text t -> d.out.append(t.text);
                case Value v -> d.value(v.value, v.level);
                default -> throw new IllegalStateException();
            }
        }
        return d.out.toString();
    }

    /** Writes the start of a node and pushes the rest (its fields, then the parenthesis). */
    private void node(Object node, int level) {
        String name = node instanceof Enum<?> e ? e.name() : ((Node) node).nodeName();
        List<Field> fields = fields(node);
        out.append(name).append('(');
        if (fields.isEmpty()) {
            out.append(')');
            return;
        }
        boolean oneLine = indent == null || fields.size() <= 3 && allSimple(fields);
        int inner = level + 1;
        work.push(new Text(")"));
        for (int i = fields.size() - 1; i >= 0; i--) {
            Field f = fields.get(i);
            work.push(f.value == null ? NONE : new Value(f.value, inner));
            work.push(new Text(separator(i, oneLine, inner) + f.name + "="));
        }
    }

    private void value(Object value, int level) {
        switch (value) {
            case Node n -> node(n, level);
            // Constant.NONE and its kin are enums too, but values rather than operator nodes.
            case dev.kaa.bytecode.Constant c -> out.append(PyRepr.repr(c));
            case Enum<?> e -> node(e, level);
            case List<?> list -> list(list, level);
            case Integer i -> out.append(i.intValue());
            case String s -> out.append(PyRepr.strRepr(s));
            default -> out.append(PyRepr.repr(value));
        }
    }

    /** Writes the bracket of a list and pushes the rest (its items, then the closing bracket). */
    private void list(List<?> list, int level) {
        out.append('[');
        int inner = level + 1;
        work.push(new Text("]"));
        for (int i = list.size() - 1; i >= 0; i--) {
            Object item = list.get(i);
            work.push(item == null ? NONE : new Value(item, inner));
            work.push(new Text(separator(i, indent == null, inner)));
        }
    }

    /** What goes before item {@code i}: nothing or a comma on one line, else a line break and indentation. */
    private String separator(int i, boolean oneLine, int level) {
        if (oneLine) {
            return i > 0 ? ", " : "";
        }
        return (i > 0 ? ",\n" : "\n") + indent.repeat(level);
    }

    /** The fields and attributes the dump shows, in order. */
    private List<Field> fields(Object node) {
        if (node instanceof Enum<?>) {
            return List.of();
        }
        boolean keepNone = node instanceof Expr.Constant || node instanceof Pattern.MatchSingleton;
        List<Field> fields = new ArrayList<>();
        Pos pos = null;
        for (Component c : COMPONENTS.get(node.getClass())) {
            Object v = get(c, node);
            if (c.isPos) {
                pos = (Pos) v;
            } else if (v == null ? !keepNone || c.name.equals("kind") : v instanceof List<?> l && l.isEmpty()) {
                continue;
            } else {
                fields.add(new Field(c.name, v));
            }
        }
        if (includeAttributes && pos != null) {
            fields.add(new Field("lineno", pos.lineno()));
            fields.add(new Field("col_offset", pos.col_offset()));
            fields.add(new Field("end_lineno", pos.end_lineno()));
            fields.add(new Field("end_col_offset", pos.end_col_offset()));
        }
        return fields;
    }

    private boolean allSimple(List<Field> fields) {
        for (Field f : fields) {
            boolean simple = switch (f.value) {
                case List<?> l -> l.isEmpty();
                case Enum<?> e -> true;
                case Node n -> fields(n).isEmpty();
                default -> true;
            };
            if (!simple) {
                return false;
            }
        }
        return true;
    }

    private static Object get(Component c, Object node) {
        try {
            return c.getter.invokeExact(node);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
