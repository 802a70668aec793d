package dev.kaa.compiler.internal.symtable;

import dev.kaa.bytecode.Constant;
import dev.kaa.parser.ast.Node;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A canonical text of an AST for comparing trees in tests: every record with its components,
 * constants with their Java type, floats in hex, frozenset items sorted (their order is a hash
 * order in CPython and does not survive marshal).
 *
 * <p>Thread safety: immutable (static functions only).
 */
public final class AstText {
    private AstText() {}

    public static String of(Object node) {
        StringBuilder b = new StringBuilder();
        append(b, node);
        return b.toString();
    }

    private static void append(StringBuilder b, Object o) {
        switch (o) {
            case null -> b.append("None");
            case List<?> l -> {
                b.append('[');
                for (Object x : l) {
                    append(b, x);
                    b.append(", ");
                }
                b.append(']');
            }
            case Double d -> b.append("float(").append(Double.toHexString(d)).append(')');
            case Constant.Complex c -> b.append("complex(").append(Double.toHexString(c.real())).append(',')
                    .append(Double.toHexString(c.imag())).append(')');
            case String s -> b.append('\'').append(s.replace("\\", "\\\\").replace("\n", "\\n")).append('\'');
            case Constant.Tuple t -> {
                b.append("tuple");
                append(b, t.items());
            }
            case Constant.FrozenSet f -> {
                List<String> items = new ArrayList<>();
                for (Object x : f.items()) {
                    items.add(of(x));
                }
                items.sort(null);
                b.append("frozenset").append(items);
            }
            case Record r when o instanceof Node || o instanceof dev.kaa.parser.ast.Pos -> {
                b.append(r.getClass().getSimpleName()).append('(');
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    b.append(c.getName()).append('=');
                    try {
                        append(b, c.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    b.append(", ");
                }
                b.append(')');
            }
            default -> b.append(o.getClass().getSimpleName()).append(':').append(o);
        }
    }
}
