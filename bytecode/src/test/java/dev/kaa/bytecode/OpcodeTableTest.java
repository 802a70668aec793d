package dev.kaa.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every row of {@link Opcode} against CPython 3.13's tables: {@code dis.opmap},
 * {@code dis._inline_cache_entries} and {@code _opcode.has_*}, committed in {@code opcodes-3.13.txt}.
 */
class OpcodeTableTest {
    private static final int[] FLAGS = {Opcode.HAS_ARG, Opcode.HAS_CONST, Opcode.HAS_NAME, Opcode.HAS_JUMP,
        Opcode.HAS_LOCAL, Opcode.HAS_FREE, Opcode.HAS_EXC};

    @Test void everyRowMatchesCPython() throws IOException {
        String table;
        try (InputStream in = OpcodeTableTest.class.getResourceAsStream("opcodes-3.13.txt")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (String line : table.lines().toList()) {
            if (line.startsWith("#")) {
                continue;
            }
            rows++;
            String[] p = line.split(" ");
            Opcode op;
            try {
                op = Opcode.valueOf(p[0]);
            } catch (IllegalArgumentException e) {
                wrong.add(p[0] + ": missing");
                continue;
            }
            StringBuilder got = new StringBuilder(op.name() + " " + op.code() + " " + op.cacheEntries());
            for (int flag : FLAGS) {
                got.append(op.has(flag) ? " 1" : " 0");
            }
            if (!got.toString().equals(line)) {
                wrong.add("expected " + line + ", got " + got);
            }
            if (op.has(Opcode.PSEUDO) != op.code() >= 256) {
                wrong.add(op + ": PSEUDO flag and number disagree");
            }
            if (op.code() < 256 && Opcode.of(op.code()) != op) {
                wrong.add(op + ": Opcode.of(" + op.code() + ") is " + Opcode.of(op.code()));
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(rows, Opcode.values().length, "Opcode has rows CPython does not");
    }
}
