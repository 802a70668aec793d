package dev.kaa.compiler.internal.assemble;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Constant;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;

/**
 * Renders a {@link CodeObject} as a Python expression that rebuilds it with
 * {@code types.CodeType(...)}, so CPython can run and inspect what Kaa assembled without going
 * through marshal. Constants are plain values, nested code objects, or {@link Marshalled}
 * values (CPython's own {@code marshal.dumps} bytes, loaded back as they were).
 *
 * <p>Thread safety: stateless.
 */
final class CodeTypeScript {
    private CodeTypeScript() {}

    /** A constant given as the bytes CPython's {@code marshal.dumps} made of it. */
    record Marshalled(String hex) {}

    static String expr(CodeObject co) {
        List<String> names = co.localsplusnames();
        byte[] kinds = co.localspluskinds();
        StringBuilder varnames = new StringBuilder();
        StringBuilder cellvars = new StringBuilder();
        StringBuilder freevars = new StringBuilder();
        int nlocals = 0;
        for (int k = 0; k < names.size(); k++) {
            String name = str(names.get(k));
            if ((kinds[k] & CodeObject.CO_FAST_LOCAL) != 0) {
                varnames.append(name).append(',');
                nlocals++;
            }
            if ((kinds[k] & CodeObject.CO_FAST_CELL) != 0) {
                cellvars.append(name).append(',');
            }
            if ((kinds[k] & CodeObject.CO_FAST_FREE) != 0) {
                freevars.append(name).append(',');
            }
        }
        StringBuilder consts = new StringBuilder();
        for (Object c : co.consts()) {
            consts.append(constant(c)).append(',');
        }
        StringBuilder namesTuple = new StringBuilder();
        for (String n : co.names()) {
            namesTuple.append(str(n)).append(',');
        }
        return "types.CodeType(" + co.argcount() + ", " + co.posonlyargcount() + ", " + co.kwonlyargcount() + ", "
                + nlocals + ", " + co.stacksize() + ", " + co.flags() + ", " + hex(co.code()) + ", ("
                + consts + "), (" + namesTuple + "), (" + varnames + "), " + str(co.filename()) + ", "
                + str(co.name()) + ", " + str(co.qualname()) + ", " + co.firstlineno() + ", "
                + hex(co.linetable()) + ", " + hex(co.exceptiontable()) + ", (" + freevars + "), ("
                + cellvars + "))";
    }

    private static String constant(Object c) {
        return switch (c) {
            case Marshalled m -> "marshal.loads(bytes.fromhex('" + m.hex() + "'))";
            case CodeObject co -> expr(co);
            case String s -> str(s);
            case Long l -> l.toString();
            case BigInteger b -> b.toString();
            case Boolean b -> b ? "True" : "False";
            case Double d -> "float.fromhex('" + Double.toHexString(d) + "')";
            case Constant.Tuple t -> {
                StringBuilder sb = new StringBuilder("(");
                for (Object o : t.items()) {
                    sb.append(constant(o)).append(',');
                }
                yield sb.append(')').toString();
            }
            default -> {
                if (c == Constant.NONE) {
                    yield "None";
                }
                throw new IllegalArgumentException("constant not supported by the test renderer: " + c);
            }
        };
    }

    private static String hex(byte[] b) {
        return "bytes.fromhex('" + HexFormat.of().formatHex(b) + "')";
    }

    /** A Python string literal; every non-ASCII or special character escaped. */
    static String str(String s) {
        StringBuilder sb = new StringBuilder("'");
        s.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cp < 0x7f && cp != '\'' && cp != '\\') {
                sb.appendCodePoint(cp);
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.append('\'').toString();
    }
}
