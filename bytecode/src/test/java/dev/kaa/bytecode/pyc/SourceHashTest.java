package dev.kaa.bytecode.pyc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** {@link SourceHash} against the values CPython 3.13's importlib.util.source_hash gave (committed). */
class SourceHashTest {
    @Test void matchesCPython() throws IOException {
        String table;
        try (InputStream in = SourceHashTest.class.getResourceAsStream("source-hashes.txt")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int checked = 0;
        for (String line : table.lines().toList()) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ");
            byte[] source = parts[0].equals("-") ? new byte[0] : HexFormat.of().parseHex(parts[0]);
            assertEquals(parts[1], HexFormat.of().formatHex(SourceHash.of(source)), "source " + parts[0]);
            checked++;
        }
        assertEquals(36, checked);
    }
}
