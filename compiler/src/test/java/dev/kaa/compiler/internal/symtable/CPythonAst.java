package dev.kaa.compiler.internal.symtable;

import dev.kaa.bytecode.Constant;
import dev.kaa.parser.ast.BoolOperator;
import dev.kaa.parser.ast.CmpOp;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Node;
import dev.kaa.parser.ast.Operator;
import dev.kaa.parser.ast.Pos;
import dev.kaa.parser.ast.UnaryOperator;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Builds Kaa AST records from the JSON form of a CPython AST written by {@code symtable_dump.py},
 * so that the symbol table and optimizer can be compared with CPython independently of Kaa's
 * parser. The records' components carry the Python field names in order, so the mapping is
 * generic: a node is {@code [ClassName, fields..., [pos]]}.
 *
 * <p>Thread safety: immutable (static functions only).
 */
public final class CPythonAst {
    private static final Map<String, Class<?>> CLASSES = new HashMap<>();

    static {
        for (Class<?> outer : List.of(dev.kaa.parser.ast.Stmt.class, dev.kaa.parser.ast.Expr.class,
                dev.kaa.parser.ast.Pattern.class, dev.kaa.parser.ast.Mod.class, dev.kaa.parser.ast.TypeParam.class)) {
            for (Class<?> c : outer.getDeclaredClasses()) {
                if (c.isRecord()) {
                    // ast.Expr (the statement) is Stmt.Expr; no expression node is called Expr.
                    CLASSES.put(c.getSimpleName(), c);
                }
            }
        }
        CLASSES.put("arguments", dev.kaa.parser.ast.Arguments.class);
        CLASSES.put("arg", dev.kaa.parser.ast.Arg.class);
        CLASSES.put("keyword", dev.kaa.parser.ast.Keyword.class);
        CLASSES.put("alias", dev.kaa.parser.ast.Alias.class);
        CLASSES.put("withitem", dev.kaa.parser.ast.WithItem.class);
        CLASSES.put("match_case", dev.kaa.parser.ast.MatchCase.class);
        CLASSES.put("comprehension", dev.kaa.parser.ast.Comprehension.class);
        CLASSES.put("ExceptHandler", dev.kaa.parser.ast.ExceptHandler.class);
        CLASSES.put("TypeIgnore", dev.kaa.parser.ast.TypeIgnore.class);
    }

    private CPythonAst() {}

    /** The node (or value) that {@code json} describes. */
    public static Object build(Object json) {
        if (json instanceof String s) {
            return enumConstant(s);
        }
        if (!(json instanceof List<?> l)) {
            return json;
        }
        if (l.isEmpty()) {
            return new ArrayList<>();
        }
        String head = (String) l.getFirst();
        if (head.equals("$list")) {
            List<Object> out = new ArrayList<>();
            for (int i = 1; i < l.size(); i++) {
                out.add(build(l.get(i)));
            }
            return out;
        }
        if (head.equals("$const")) {
            return constant((String) l.get(1), l.get(2));
        }
        Class<?> cls = CLASSES.get(head);
        if (cls == null) {
            throw new IllegalArgumentException("unknown node " + head);
        }
        RecordComponent[] comps = cls.getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int k = 0; k < comps.length; k++) {
            types[k] = comps[k].getType();
            Object raw = l.get(k + 1);
            if (types[k] == Pos.class) {
                List<?> p = (List<?>) raw;
                args[k] = new Pos(num(p.get(0)), num(p.get(1)), num(p.get(2)), num(p.get(3)));
            } else if (types[k] == int.class) {
                args[k] = raw == null ? 0 : num(raw);
            } else if (types[k] == String.class) {
                args[k] = raw;
            } else {
                args[k] = build(raw);
            }
        }
        try {
            Constructor<?> ctor = cls.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(head, e);
        }
    }

    public static Node module(Object json) {
        return (Node) build(json);
    }

    private static int num(Object o) {
        return o instanceof Boolean b ? (b ? 1 : 0) : ((Number) o).intValue();
    }

    private static Object enumConstant(String s) {
        for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(ExprContext.class, BoolOperator.class,
                Operator.class, UnaryOperator.class, CmpOp.class)) {
            for (Enum<?> c : e.getEnumConstants()) {
                if (c.name().equals(s)) {
                    return c;
                }
            }
        }
        return s;
    }

    static Object constant(String type, Object value) {
        if (type.equals("tuple") || type.equals("frozenset")) {
            List<Object> items = new ArrayList<>();
            for (Object o : (List<?>) value) {
                List<?> c = (List<?>) o;
                items.add(constant((String) c.get(1), c.get(2)));
            }
            return type.equals("tuple") ? new Constant.Tuple(items) : new Constant.FrozenSet(items);
        }
        String text = (String) value;
        return switch (type) {
            case "None" -> Constant.NONE;
            case "Ellipsis" -> Constant.ELLIPSIS;
            case "bool" -> Boolean.valueOf(text.equals("True"));
            case "int" -> {
                BigInteger b = new BigInteger(text);
                yield b.bitLength() < 64 ? (Object) b.longValue() : b;
            }
            case "float" -> hexDouble(text);
            case "complex" -> {
                String[] parts = text.split(" ");
                yield new Constant.Complex(hexDouble(parts[0]), hexDouble(parts[1]));
            }
            case "str" -> text;
            case "bytes" -> new Constant.Bytes(HexFormat.of().parseHex(text));
            default -> throw new IllegalArgumentException(type);
        };
    }

    private static double hexDouble(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s.endsWith("p+0") || s.contains("p") ? s : s + "p0");
        };
    }
}
