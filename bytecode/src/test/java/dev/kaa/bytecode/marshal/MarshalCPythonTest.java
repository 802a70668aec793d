package dev.kaa.bytecode.marshal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.bytecode.Constant;
import dev.kaa.bytecode.PyRepr;
import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values Kaa writes, read back by CPython 3.13's marshal.loads and compared with their Python literal. */
class MarshalCPythonTest {
    @Test void cpythonReadsWhatKaaWrites(@TempDir Path dir) throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        List<Object> values = new ArrayList<>(List.of(Constant.NONE, true, false, Constant.ELLIPSIS,
                Constant.STOP_ITERATION, 0L, -1L, 255L, 256L, 257L, -5L, -6L, 2147483647L, 2147483648L,
                -2147483648L, -2147483649L, Long.MAX_VALUE, Long.MIN_VALUE, BigInteger.TWO.pow(64),
                BigInteger.TEN.pow(300).negate(), 0.0, -0.0, 1.5, 1e308, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, new Constant.Complex(1.0, -2.5), new Constant.Bytes(new byte[] {0, -1, 10}),
                new Constant.Bytes(new byte[0]), "", "abc", "with space", "caf\u00e9", "\u20ac\ud83d\ude00", "\udc80",
                "x".repeat(300), "y".repeat(300) + "\u00e9", new Constant.Tuple(List.of()),
                new Constant.Tuple(List.of(1L, "a", "a", 1L, 1000L, 1000L)),
                new Constant.Tuple(Collections.nCopies(300, "rep")),
                new Constant.FrozenSet(List.of(3L, 1L, 2L)), new Constant.FrozenSet(List.of())));
        List<String> literals = new ArrayList<>();
        for (Object v : values) {
            literals.add(v == Constant.STOP_ITERATION ? "StopIteration"
                    : v instanceof Double d && d.isInfinite() ? (d > 0 ? "math.inf" : "-math.inf")
                    : PyRepr.repr(v));
        }
        values.add(new MarshalList(List.of(1L, new MarshalList(List.of("x")), new Constant.Tuple(List.of()))));
        literals.add("[1, ['x'], ()]");
        values.add(new MarshalDict(List.of(new MarshalDict.Entry("k", new MarshalList(List.of(2L))),
                new MarshalDict.Entry(5L, Constant.NONE))));
        literals.add("{'k': [2], 5: None}");
        values.add(new MarshalSet(List.of("s", 4L)));
        literals.add("{'s', 4}");
        StringBuilder script = new StringBuilder("import marshal, math\nbad = 0\n");
        for (int i = 0; i < values.size(); i++) {
            Files.write(dir.resolve(i + ".bin"), Marshal.dumps(values.get(i)));
            script.append("v = marshal.loads(open(").append(PyRepr.repr(dir.resolve(i + ".bin").toString()))
                    .append(", 'rb').read())\n")
                    .append("e = ").append(literals.get(i)).append('\n')
                    .append("if type(v) is not type(e) or repr(v) != repr(e) or (v != e and not (isinstance(v, float) and math.isnan(v))):\n")
                    .append("    bad += 1; print('DIFF', ").append(i).append(", ascii(v), ascii(e))\n");
        }
        script.append("print('bad', bad)\n");
        Path file = dir.resolve("check.py");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        CPython.Result r = CPython.run(List.of(file.toString()), dir, 60);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("bad 0\n", r.stdout());
    }
}
