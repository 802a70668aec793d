package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.Constant;
import dev.kaa.parser.CompileWarnings;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.CmpOp;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.Pos;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SyntaxWarnings of CPython 3.13's code generator: code that is surely a mistake but legal.
 * They are kept while the code is generated (which may run on a thread with a large stack) and
 * issued afterwards, in order, on the compiling thread; the first one the warnings filters turn
 * into an error stops the compilation as CPython's does.
 *
 * <p>Thread safety: confined to one compilation.
 */
final class CodeWarnings {
    private final String filename;
    /** By place and message: code compiled twice (a {@code finally} body) warns once. */
    private final Map<String, PySyntaxError> pending = new LinkedHashMap<>();

    CodeWarnings(String filename) {
        this.filename = filename;
    }

    /** Issues the warnings found so far. */
    void flush(CompileWarnings sink) {
        List<PySyntaxError> all = List.copyOf(pending.values());
        pending.clear();
        for (PySyntaxError w : all) {
            sink.warn(CompileWarnings.Category.SyntaxWarning, w);
        }
    }

    private void warn(String msg, Pos pos) {
        String key = pos.lineno() + ":" + pos.col_offset() + ":" + pos.end_lineno() + ":" + pos.end_col_offset()
                + ":" + msg;
        // The SyntaxError it becomes: CPython's compiler errors count columns from 1, in bytes.
        pending.putIfAbsent(key, new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, pos.lineno(),
                pos.col_offset() + 1, null, pos.end_lineno(), pos.end_col_offset() + 1));
    }

    /** {@code assert (x, "msg")}: a non-empty tuple is always true (checked even when asserts are dropped). */
    void checkAssert(Expr test, Pos stmt) {
        boolean tuple = test instanceof Expr.Tuple t && !t.elts().isEmpty()
                || test instanceof Expr.Constant c && c.value() instanceof Constant.Tuple ct && !ct.items().isEmpty();
        if (tuple) {
            warn("assertion is always true, perhaps remove parentheses?", stmt);
        }
    }

    /** {@code x is 1}: identity with a literal other than None, True, False and Ellipsis. */
    void checkCompare(Expr.Compare c) {
        Expr left = c.left();
        boolean leftOk = isIdentityOperand(left);
        for (int i = 0; i < c.ops().size(); i++) {
            CmpOp op = c.ops().get(i);
            Expr right = c.comparators().get(i);
            boolean rightOk = isIdentityOperand(right);
            if ((op == CmpOp.Is || op == CmpOp.IsNot) && (!leftOk || !rightOk)) {
                String type = typeName(!leftOk ? left : right);
                warn(op == CmpOp.Is
                        ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
                        : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?", c.pos());
                return;
            }
            leftOk = rightOk;
            left = right;
        }
    }

    private static boolean isIdentityOperand(Expr e) {
        if (!(e instanceof Expr.Constant c)) {
            return true;
        }
        Object v = c.value();
        return v == Constant.NONE || v == Constant.ELLIPSIS || v instanceof Boolean;
    }

    /** {@code [(1, 2) (3, 4)]}: calling a display or literal, surely a missed comma. */
    void checkCaller(Expr func) {
        switch (func) {
            case Expr.Constant c -> missedComma(func);
            case Expr.Tuple t -> missedComma(func);
            case Expr.List l -> missedComma(func);
            case Expr.ListComp l -> missedComma(func);
            case Expr.Dict d -> missedComma(func);
            case Expr.DictComp d -> missedComma(func);
            case Expr.Set s -> missedComma(func);
            case Expr.SetComp s -> missedComma(func);
            case Expr.GeneratorExp ge -> missedComma(func);
            case Expr.JoinedStr j -> missedComma(func);
            case Expr.FormattedValue f -> missedComma(func);
            default -> { }
        }
    }

    private void missedComma(Expr func) {
        warn("'" + typeName(func) + "' object is not callable; perhaps you missed a comma?", func.pos());
    }

    /** A subscript read: a value that cannot be subscripted, or a literal index of the wrong type. */
    void checkSubscript(Expr value, Expr slice) {
        boolean unsubscriptable = switch (value) {
            case Expr.Constant c -> {
                Object v = c.value();
                yield v == Constant.NONE || v == Constant.ELLIPSIS || isNumber(v) || v instanceof Constant.FrozenSet;
            }
            case Expr.Set s -> true;
            case Expr.SetComp s -> true;
            case Expr.GeneratorExp ge -> true;
            case Expr.Lambda l -> true;
            default -> false;
        };
        if (unsubscriptable) {
            warn("'" + typeName(value) + "' object is not subscriptable; perhaps you missed a comma?", value.pos());
            return;
        }
        String index = typeName(slice);
        if (index == null || index.equals("int") || index.equals("bool") || index.equals("slice")) {
            return;
        }
        boolean sequence = switch (value) {
            case Expr.Constant c -> c.value() instanceof String || c.value() instanceof Constant.Str
                    || c.value() instanceof Constant.Bytes || c.value() instanceof Constant.Tuple;
            case Expr.Tuple t -> true;
            case Expr.List l -> true;
            case Expr.ListComp l -> true;
            case Expr.JoinedStr j -> true;
            case Expr.FormattedValue f -> true;
            default -> false;
        };
        if (sequence) {
            warn(typeName(value) + " indices must be integers or slices, not " + index
                    + "; perhaps you missed a comma?", value.pos());
        }
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof Double
                || v instanceof Constant.Complex;
    }

    /** The type an expression surely has, by its form (CPython's {@code infer_type}), or null. */
    private static String typeName(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.List l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp ge -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            case Expr.Constant c -> constantType(c.value());
            default -> null;
        };
    }

    private static String constantType(Object v) {
        return switch (v) {
            case Boolean b -> "bool";
            case Long l -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            case String s -> "str";
            case Constant.Str s -> "str";
            case Constant.Bytes b -> "bytes";
            case Constant.Complex c -> "complex";
            case Constant.Tuple t -> "tuple";
            case Constant.FrozenSet f -> "frozenset";
            case Constant.Slice s -> "slice";
            case Constant.Singleton s when s == Constant.NONE -> "NoneType";
            case Constant.Singleton s when s == Constant.ELLIPSIS -> "ellipsis";
            default -> "object";
        };
    }
}
