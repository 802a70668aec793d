package dev.kaa.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link StackEffect} against {@code dis.stack_effect} of CPython 3.13 for every opcode,
 * a range of opargs and both jump directions (table committed under
 * {@code resources/stack_effect}, written by {@code gen_stack_effect.py}).
 */
class StackEffectTest {

    @Test
    void matchesCPythonForEveryOpcodeAndOparg() throws IOException {
        List<String> mismatches = new ArrayList<>();
        Set<Opcode> seen = EnumSet.noneOf(Opcode.class);
        int rows = 0;
        for (String line : table()) {
            String[] f = line.split(" ");
            Opcode op = Opcode.valueOf(f[0]);
            seen.add(op);
            int oparg = Integer.parseInt(f[1]);
            rows++;
            String noJump = effect(op, oparg, false);
            String jump = effect(op, oparg, true);
            if (!noJump.equals(f[2]) || !jump.equals(f[3])) {
                mismatches.add(line + " but Kaa says " + noJump + " " + jump);
            }
        }
        assertTrue(rows > 3000, "table too short: " + rows);
        assertEquals(List.of(), mismatches);
        assertEquals(EnumSet.allOf(Opcode.class), seen, "every opcode is in CPython's table");
    }

    @Test
    void maxIsTheLargerEffect() {
        assertEquals(2, StackEffect.max(Opcode.SETUP_CLEANUP, 0));
        assertEquals(-1, StackEffect.max(Opcode.POP_TOP, 0));
    }

    @Test
    void instrumentedLineIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> StackEffect.of(Opcode.INSTRUMENTED_LINE, 0, false));
    }

    private static String effect(Opcode op, int oparg, boolean jump) {
        try {
            return Integer.toString(StackEffect.of(op, oparg, jump));
        } catch (IllegalArgumentException e) {
            return "E";
        }
    }

    private static List<String> table() throws IOException {
        try (InputStream in = StackEffectTest.class.getResourceAsStream("/stack_effect/stack_effect_313.txt")) {
            assertNotNull(in, "stack_effect_313.txt missing");
            List<String> lines = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }
}
