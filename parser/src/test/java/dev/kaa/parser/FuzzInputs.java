package dev.kaa.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The inputs of {@link ParserFuzzTest}: random token soups, byte-level mutations of real source,
 * and a fixed list of stress inputs (deep nesting, long chains, huge literals and lines).
 *
 * <p>Thread safety: stateless; the random generators are the caller's.
 */
final class FuzzInputs {

    /** One input, named so that a failure can be reproduced. */
    record Input(String name, byte[] source, ParseMode mode) {
        static Input of(String name, String source) {
            return new Input(name, source.getBytes(StandardCharsets.UTF_8), ParseMode.EXEC);
        }
    }

    private FuzzInputs() {}

    private static final String[] TOKENS = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
        "yield", "match", "case", "type", "_", "print", "x", "y", "self", "é", "变量",
        "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "=", ":=", "->", "@", "@=", "+", "-", "*",
        "**", "/", "//", "%", "<<", ">>", "&", "|", "^", "~", "<", ">", "<=", ">=", "==", "!=", "+=",
        "-=", "*=", "**=", "|=", "!", "$", "?", "`",
        "0", "1", "42", "0x1f", "0o7", "0b101", "1_000", "1.5", "1e10", "1e", "0x", "1__0", "09", "3j",
        "'s'", "\"s\"", "'''t'''", "b'b'", "rb'\\d'", "u'u'", "f'{x}'", "f'{x!r:>{y}}'", "f\"{\"", "'",
        "\"", "'''", "\"\"\"", "f'", "\\", "#c", "\n", "\n", "\n", "    ", "\t", "\r\n", "\r", "\f",
    };

    /** A random sequence of Python tokens and fragments, joined with random spacing. */
    static Input tokenSoup(Random rnd, String name) {
        int n = 1 + rnd.nextInt(60);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(TOKENS[rnd.nextInt(TOKENS.length)]);
            int gap = rnd.nextInt(10);
            sb.append(gap < 6 ? " " : gap < 8 ? "" : gap < 9 ? "\n" : "  ");
        }
        ParseMode[] modes = ParseMode.values();
        ParseMode mode = rnd.nextInt(4) == 0 ? modes[rnd.nextInt(modes.length)] : ParseMode.EXEC;
        return new Input(name, sb.toString().getBytes(StandardCharsets.UTF_8), mode);
    }

    private static final byte[][] INSERTS = bytes(
        "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "\\", "\t", "\0", "\n", "\r", "\r\n", " ",
        "    ", "#", ":", "f'", "f\"{", "}", "{{", "!r", "=", "lambda", "async ", "await ", "match ", "case ",
        "*", "**", "@", ":=", "->", "...", "0x", "1e", "1_", "j", "\u00a0", "\u2028", "\ufeff",
        "# coding: latin-1\n", "# coding: bogus\n", "if x:\n", "\n  ", "\n\t", "yield", "return", "del ");

    private static final byte[][] RAW_INSERTS = {
        {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {(byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    };

    /** {@code seed} with one to four random edits: deletions, duplications, insertions, swaps. */
    static Input mutate(Random rnd, String name, byte[] seed) {
        byte[] b = seed;
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits; e++) {
            b = mutateOnce(rnd, b);
        }
        return new Input(name, b, ParseMode.EXEC);
    }

    private static byte[] mutateOnce(Random rnd, byte[] b) {
        int at = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
        int len = Math.min(b.length - at, 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 40));
        return switch (rnd.nextInt(8)) {
            case 0 -> splice(b, at, len, new byte[0]);                                 // delete
            case 1 -> splice(b, at, 0, slice(b, at, len));                              // duplicate
            case 2 -> splice(b, at, 0, INSERTS[rnd.nextInt(INSERTS.length)]);           // insert text
            case 3 -> splice(b, at, 0, RAW_INSERTS[rnd.nextInt(RAW_INSERTS.length)]);   // insert non-UTF-8
            case 4 -> splice(b, at, Math.min(1, b.length - at), new byte[] {(byte) rnd.nextInt(256)}); // replace
            case 5 -> splice(b, at, b.length - at, new byte[0]);                        // truncate
            case 6 -> {                                                                 // move a chunk
                byte[] chunk = slice(b, at, len);
                byte[] cut = splice(b, at, len, new byte[0]);
                yield splice(cut, cut.length == 0 ? 0 : rnd.nextInt(cut.length + 1), 0, chunk);
            }
            default -> splice(b, lineStart(b, at), 0, bytes(rnd.nextBoolean() ? " " : "\t")[0]); // indent
        };
    }

    /** Deep nesting, long chains, huge literals and long lines: what recursion and buffers fear. */
    static List<Input> stress() {
        List<Input> in = new ArrayList<>();
        int deep = 10_000;
        for (String[] pair : new String[][] {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"f(", ")"}, {"x[", "]"}}) {
            in.add(Input.of("open " + pair[0] + " x" + deep, pair[0].repeat(deep)));
            in.add(Input.of("nested " + pair[0] + pair[1] + " x" + deep, pair[0].repeat(deep) + "1" + pair[1].repeat(deep)));
        }
        in.add(Input.of("mixed brackets", "([{".repeat(deep) + "1" + "}])".repeat(deep)));
        in.add(Input.of("nested dicts", "{'a': ".repeat(deep) + "1" + "}".repeat(deep)));
        in.add(Input.of("unary minus x100000", "-".repeat(100_000) + "1"));
        in.add(Input.of("unary mix x50000", "+-~".repeat(50_000) + "x"));
        in.add(Input.of("not chain", "not ".repeat(50_000) + "x"));
        in.add(Input.of("await chain", "async def f():\n    return " + "await ".repeat(20_000) + "x\n"));
        in.add(Input.of("lambda chain", "lambda: ".repeat(20_000) + "0"));
        in.add(Input.of("attribute chain", "a" + ".b".repeat(100_000)));
        in.add(Input.of("subscript chain", "x" + "[0]".repeat(50_000)));
        in.add(Input.of("call chain", "f" + "()".repeat(50_000)));
        in.add(Input.of("addition chain", "1" + "+1".repeat(100_000)));
        in.add(Input.of("power chain", "2" + "**2".repeat(50_000)));
        in.add(Input.of("conditional chain", "x" + " if x else x".repeat(20_000)));
        in.add(Input.of("comparison chain", "x" + "<x".repeat(100_000)));
        in.add(Input.of("boolean chain", "x" + " or x and x".repeat(50_000)));
        in.add(Input.of("assignment chain", "x = ".repeat(50_000) + "1"));
        in.add(Input.of("walrus chain", "(x := ".repeat(5_000) + "1" + ")".repeat(5_000)));
        in.add(Input.of("string concatenation", "x = " + "'a' ".repeat(100_000)));
        in.add(Input.of("nested f-strings", "f'{".repeat(300) + "1" + "}'".repeat(300)));
        in.add(Input.of("nested f-string quotes", "f\"{".repeat(300) + "1" + "}\"".repeat(300)));
        in.add(Input.of("nested format specs", "f'{x:{".repeat(300) + "y" + "}}'".repeat(300)));
        in.add(Input.of("huge decimal int", "1".repeat(100_000)));
        in.add(Input.of("huge hex int", "0x" + "f".repeat(100_000)));
        in.add(Input.of("huge float", "1." + "0".repeat(100_000) + "1"));
        in.add(Input.of("huge exponent", "1e" + "9".repeat(1_000)));
        in.add(Input.of("long string line", "x = '" + "a".repeat(1_000_000) + "'"));
        in.add(Input.of("long name", "x".repeat(1_000_000)));
        in.add(Input.of("long comment", "# " + "c".repeat(1_000_000)));
        in.add(Input.of("unterminated triple quote", "'''" + "line\n".repeat(200_000)));
        in.add(Input.of("wide list", "[" + "1,".repeat(200_000) + "]"));
        in.add(Input.of("long call", "f(" + "a,".repeat(100_000) + ")"));
        in.add(Input.of("many parameters", "def f(" + "a,".repeat(30_000) + "): pass"));
        in.add(Input.of("many statements", "if x:\n" + "  pass\n".repeat(100_000)));
        in.add(Input.of("many decorators", "@d\n".repeat(10_000) + "def f(): pass\n"));
        in.add(Input.of("many blank lines", "\n".repeat(200_000) + "x"));
        in.add(Input.of("many continuations", "x = 1 \\\n".repeat(50_000) + "+ 1"));
        in.add(Input.of("deep indentation", nestedBlocks(300)));
        in.add(Input.of("deep match patterns", "match x:\n case " + "[".repeat(5_000) + "y" + "]".repeat(5_000) + ": pass\n"));
        in.add(Input.of("deep pattern or", "match x:\n case " + "(".repeat(5_000) + "1" + ")".repeat(5_000) + ": pass\n"));
        in.add(Input.of("deep starred targets", "*".repeat(10_000) + "x = 1"));
        in.add(Input.of("deep type parameters", "def f[" + "T,".repeat(10_000) + "](): pass"));
        in.add(Input.of("deep tuples", "(" .repeat(deep) + ")".repeat(deep)));
        in.add(Input.of("tabs and spaces", "if x:\n\tif y:\n        pass\n"));
        in.add(Input.of("empty", ""));
        in.add(Input.of("only a BOM", "\ufeff"));
        in.add(new Input("a NUL", new byte[] {0}, ParseMode.EXEC));
        in.add(new Input("NUL in a line", "x = 1\0\n".getBytes(StandardCharsets.UTF_8), ParseMode.EXEC));
        in.add(new Input("a lone 0xff", new byte[] {(byte) 0xff}, ParseMode.EXEC));
        in.add(new Input("bad UTF-8 in line 2", new byte[] {'x', '\n', (byte) 0xc3, '\n'}, ParseMode.EXEC));
        in.add(Input.of("unknown encoding", "# coding: bogus\nx = 1\n"));
        in.add(new Input("latin-1", "# coding: latin-1\n\u00e9 = 1\n".getBytes(StandardCharsets.ISO_8859_1), ParseMode.EXEC));
        in.add(Input.of("BOM and latin-1", "\ufeff# coding: latin-1\nx = 1\n"));
        in.add(Input.of("deep eval nesting", "(".repeat(deep) + "x" + ")".repeat(deep)));
        in.add(new Input("deep eval unary", ("-".repeat(100_000) + "x").getBytes(StandardCharsets.UTF_8), ParseMode.EVAL));
        in.add(new Input("func_type nesting", ("(" + "[".repeat(deep) + ") -> x").getBytes(StandardCharsets.UTF_8),
                ParseMode.FUNC_TYPE));
        in.add(new Input("single with junk", "x = 1\ny = 2\n".getBytes(StandardCharsets.UTF_8), ParseMode.SINGLE));
        return in;
    }

    private static String nestedBlocks(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        return sb.append(" ".repeat(depth)).append("pass\n").toString();
    }

    private static int lineStart(byte[] b, int at) {
        int i = Math.min(at, b.length);
        while (i > 0 && b[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private static byte[] slice(byte[] b, int at, int len) {
        byte[] out = new byte[Math.max(0, len)];
        System.arraycopy(b, at, out, 0, out.length);
        return out;
    }

    /** {@code b} with {@code len} bytes at {@code at} replaced by {@code insert}. */
    private static byte[] splice(byte[] b, int at, int len, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, at);
        out.write(insert, 0, insert.length);
        out.write(b, at + len, b.length - at - len);
        return out.toByteArray();
    }

    private static byte[][] bytes(String... texts) {
        byte[][] out = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            out[i] = texts[i].getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }
}
