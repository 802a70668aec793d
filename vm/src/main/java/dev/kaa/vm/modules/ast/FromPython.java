package dev.kaa.vm.modules.ast;

import dev.kaa.bytecode.Constant;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Pos;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Constants;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyComplex;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFrozenSet;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Python {@code ast} objects to the parser's records, for {@code compile(tree, ...)}: reads each
 * node's fields and location attributes, with CPython's errors for a malformed tree (a missing
 * field, a value of the wrong kind) and the structural checks of its validator that the compiler
 * relies on (required fields not None, no None in statement and expression lists, non-empty bodies).
 *
 * <p>Thread safety: one conversion per instance.
 */
final class FromPython {
    private static final Set<String> BODY_REQUIRED = Set.of("FunctionDef", "AsyncFunctionDef", "ClassDef",
            "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Try", "TryStar", "ExceptHandler",
            "match_case");

    /** CPython's limit on the nesting of a tree it converts. */
    private static final int MAX_DEPTH = 9997;

    private final AstState state;
    private int depth;

    FromPython(AstState state) {
        this.state = state;
    }

    Mod mod(Object tree, String mode) {
        String want = switch (mode) {
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            case "func_type" -> "FunctionType";
            default -> "Module";
        };
        if (!Abstract.typeOf(tree).isSubtypeOf(state.type(want))) {
            throw PyErr.typeError("expected %s node, got %s", want, Abstract.typeOf(tree).name());
        }
        Mod m = (Mod) node(tree, "mod");
        Validator.mod(m);
        return m;
    }

    /** A node expected to be of ASDL type {@code typeName} (a category or a product). */
    private Object node(Object obj, String typeName) {
        NodeKinds.Category cat = NodeKinds.category(typeName);
        if (cat != null && cat.javaType().isEnum()) {
            return convertNode(obj, typeName);
        }
        if (++depth > MAX_DEPTH) {
            throw PyErr.recursionError("maximum recursion depth exceeded while traversing '%s' node", typeName);
        }
        try {
            return convertNode(obj, typeName);
        } finally {
            depth--;
        }
    }

    private Object convertNode(Object obj, String typeName) {
        NodeKinds.Category cat = NodeKinds.category(typeName);
        if (cat == null) {
            return build(obj, NodeKinds.KINDS.get(typeName));
        }
        Pos pos = cat.hasAttributes() ? pos(obj, typeName, cat.optionalEnds()) : null;
        PyType t = Abstract.typeOf(obj);
        for (NodeKinds.Kind k : NodeKinds.KINDS.values()) {
            if (k.base().equals(typeName) && t.isSubtypeOf(state.type(k.name()))) {
                if (k.javaClass().isEnum()) {
                    for (Object e : k.javaClass().getEnumConstants()) {
                        if (((Enum<?>) e).name().equals(k.name())) {
                            return e;
                        }
                    }
                }
                return build(obj, k, pos);
            }
        }
        throw PyErr.typeError("expected some sort of %s, but got %R", typeName, obj);
    }

    private Object build(Object obj, NodeKinds.Kind k) {
        return build(obj, k, k.hasPos() ? pos(obj, k.name(), true) : null);
    }

    private Object build(Object obj, NodeKinds.Kind k, Pos pos) {
        List<NodeKinds.Field> fields = k.fields();
        Object[] args = new Object[fields.size() + (k.hasPos() ? 1 : 0)];
        for (int i = 0; i < fields.size(); i++) {
            args[i] = field(obj, k, fields.get(i));
        }
        if (k.hasPos()) {
            args[fields.size()] = pos;
        }
        try {
            return k.ctor().invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private Object field(Object obj, NodeKinds.Kind k, NodeKinds.Field f) {
        Object v = get(obj, f.name());
        if (f.quant().equals("*")) {
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof PyList list)) {
                throw PyErr.typeError("%s field \"%s\" must be a list, not a %T", k.name(), f.name(), v);
            }
            Object[] items = list.toArray();
            List<Object> out = new ArrayList<>(items.length);
            for (Object x : items) {
                if (x == PyNone.NONE && nodeType(f.type())) {
                    if (f.type().equals("stmt")) {
                        throw PyErr.valueError("None disallowed in statement list");
                    }
                    if (f.type().equals("expr") && !f.name().equals("keys") && !f.name().equals("kw_defaults")) {
                        throw PyErr.valueError("None disallowed in expression list");
                    }
                    out.add(null);
                } else {
                    out.add(scalar(x, k, f));
                }
            }
            if (out.isEmpty() && f.name().equals("body") && BODY_REQUIRED.contains(k.name())) {
                throw PyErr.valueError("empty body on %s", k.name());
            }
            return Collections.unmodifiableList(out);
        }
        if (v == null || v == PyNone.NONE) {
            if (f.quant().equals("?")) {
                return null;
            }
            if (v == null) {
                throw PyErr.typeError("required field \"%s\" missing from %s", f.name(), k.name());
            }
            if (nodeType(f.type()) && NodeKinds.category(f.type()) != null
                    && !NodeKinds.category(f.type()).javaType().isEnum() || NodeKinds.KINDS.containsKey(f.type())) {
                throw PyErr.valueError("field '%s' is required for %s", f.name(), k.name());
            }
        }
        return scalar(v, k, f);
    }

    private static boolean nodeType(String t) {
        return !t.equals("identifier") && !t.equals("string") && !t.equals("int") && !t.equals("constant");
    }

    private Object scalar(Object v, NodeKinds.Kind k, NodeKinds.Field f) {
        switch (f.type()) {
            case "identifier", "string" -> {
                if (!(v instanceof PyStr s)) {
                    throw PyErr.typeError("AST %s must be of type str", f.type());
                }
                return s.value();
            }
            case "int" -> {
                return toInt(v);
            }
            case "constant" -> {
                try {
                    return constant(v);
                } catch (PyException e) {
                    throw PyErr.typeError("got an invalid type in %s: %T", k.name(), invalidPart(v));
                }
            }
            default -> {
                return node(v, f.type());
            }
        }
    }

    /** A constant's value as the compiler models it ({@link dev.kaa.bytecode.Constant}). */
    private static Object constant(Object v) {
        if (v.getClass() == PyComplex.class) {
            PyComplex c = (PyComplex) v;
            return new Constant.Complex(c.real(), c.imag());
        }
        if (v.getClass() == PyTuple.class || v.getClass() == PyFrozenSet.class) {
            List<Object> items = new ArrayList<>();
            Abstract.forEach(v, x -> items.add(constant(x)));
            return v.getClass() == PyTuple.class ? new Constant.Tuple(items) : new Constant.FrozenSet(items);
        }
        return Constants.toJava(v);
    }

    /** The innermost value of a constant that is no code constant (CPython names its type). */
    private static Object invalidPart(Object v) {
        if (v.getClass() == PyTuple.class || v.getClass() == PyFrozenSet.class) {
            Object[] bad = {null};
            Abstract.forEach(v, x -> {
                if (bad[0] == null) {
                    try {
                        constant(x);
                    } catch (PyException e) {
                        bad[0] = invalidPart(x);
                    }
                }
            });
            return bad[0] == null ? v : bad[0];
        }
        return v;
    }

    private static int toInt(Object v) {
        if (!(v instanceof PyInt)) {
            throw PyErr.valueError("invalid integer value: %R", v);
        }
        return Abstract.asInt(v);
    }

    private Pos pos(Object obj, String owner, boolean optionalEnds) {
        int line = attrInt(obj, "lineno", owner, false, 0);
        int col = attrInt(obj, "col_offset", owner, false, 0);
        int endLine = attrInt(obj, "end_lineno", owner, optionalEnds, line);
        int endCol = attrInt(obj, "end_col_offset", owner, optionalEnds, col);
        return new Pos(line, col, endLine, endCol);
    }

    private int attrInt(Object obj, String name, String owner, boolean optional, int dflt) {
        Object v = get(obj, name);
        if (v == null || v == PyNone.NONE && optional) {
            if (optional) {
                return dflt;
            }
            throw PyErr.typeError("required field \"%s\" missing from %s", name, owner);
        }
        return toInt(v);
    }

    /** The attribute, or null when the object has none. */
    private static Object get(Object obj, String name) {
        try {
            return Abstract.getAttr(obj, name);
        } catch (PyException e) {
            if (e.matches(Exceptions.AttributeError)) {
                return null;
            }
            throw e;
        }
    }
}
