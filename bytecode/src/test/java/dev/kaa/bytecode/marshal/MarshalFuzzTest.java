package dev.kaa.bytecode.marshal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Malformed marshal data: whatever the bytes, the reader returns a value or throws
 * {@link MarshalFormatException}; never another exception, a hang, a stack overflow or a huge
 * allocation. Each input has a time bound.
 */
class MarshalFuzzTest {
    private static final long PER_INPUT_NANOS = 2_000_000_000L;

    static byte[] resource(String name) throws IOException {
        try (InputStream in = MarshalFuzzTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /** Reads {@code data}; a value read must also write. Returns the error or null. */
    static MarshalFormatException attempt(byte[] data, int offset, int length) {
        long start = System.nanoTime();
        try {
            Unmarshalled u = Marshal.loadsFaithful(data, offset, length, "fuzz");
            Marshal.dumps(u.value(), u.trace());
            Marshal.dumps(u.value());
            if (u.value() instanceof dev.kaa.bytecode.CodeObject code) {
                dev.kaa.bytecode.dis.Disassembler.disassemble(code); // damaged tables must not crash it
            }
            return null;
        } catch (MarshalFormatException e) {
            assertTrue(e.getMessage().contains(" in fuzz at offset "), e.getMessage());
            assertTrue(e.offset() >= offset && e.offset() <= offset + length, e.getMessage());
            return e;
        } catch (Throwable t) {
            throw new AssertionError("unexpected " + t + " for " + HexFormat.of().formatHex(
                    Arrays.copyOfRange(data, offset, Math.min(offset + length, offset + 200))), t);
        } finally {
            long took = System.nanoTime() - start;
            if (took > PER_INPUT_NANOS) {
                fail("input took " + took / 1_000_000 + " ms");
            }
        }
    }

    @Test void everyTruncationOfAPycBodyFails() throws IOException {
        for (String name : new String[] {"sample.cpython-313.pyc", "../dis/extended.cpython-313.pyc"}) {
            byte[] pyc = resource(name);
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (int length = 0; length < pyc.length - 16; length++) {
                    MarshalFormatException e = attempt(pyc, 16, length);
                    if (e == null) {
                        fail("a truncation to " + length + " bytes was accepted");
                    }
                    assertEquals("EOFError", e.pythonType(), e.getMessage());
                }
            });
        }
    }

    @Test void randomMutations() throws IOException {
        byte[] pyc = resource("sample.cpython-313.pyc");
        byte[] body = Arrays.copyOfRange(pyc, 16, pyc.length);
        Random random = new Random(0x4b4141L);
        int[] interesting = {0, 0x7f, 0x80, 0xff, '(', ')', '[', '{', '<', '>', 'c', 'r', 'l', 'u', 'a', 'z', 's',
            't', ':', '0', 0xa9, 0xe3, 0xf2};
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            int failed = 0;
            for (int round = 0; round < 6000; round++) {
                byte[] data = mutate(body, random, interesting);
                if (attempt(data, 0, data.length) != null) {
                    failed++;
                }
            }
            assertTrue(failed > 1000, "most mutations should be caught: " + failed);
        });
    }

    private static byte[] mutate(byte[] body, Random random, int[] interesting) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] data = body.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(data.length);
            switch (random.nextInt(5)) {
                case 0 -> data[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> data[at] = (byte) interesting[random.nextInt(interesting.length)];
                case 2 -> { // a huge or negative 32-bit size
                    int v = random.nextBoolean() ? 0x7fffffff : random.nextBoolean() ? -1 : 0x80000000;
                    for (int i = 0; i < 4 && at + i < data.length; i++) {
                        data[at + i] = (byte) (v >> (8 * i));
                    }
                }
                case 3 -> { // insert a few random bytes
                    out.reset();
                    out.write(data, 0, at);
                    for (int i = random.nextInt(4); i >= 0; i--) {
                        out.write(random.nextInt(256));
                    }
                    out.write(data, at, data.length - at);
                    data = out.toByteArray();
                }
                default -> { // delete a few bytes
                    int n = Math.min(1 + random.nextInt(4), data.length - at);
                    out.reset();
                    out.write(data, 0, at);
                    out.write(data, at + n, data.length - at - n);
                    data = out.toByteArray();
                }
            }
            if (data.length == 0) {
                data = new byte[] {'N'};
            }
        }
        return data;
    }

    private static MarshalFormatException bad(String hex) {
        byte[] data = HexFormat.of().parseHex(hex);
        MarshalFormatException e = attempt(data, 0, data.length);
        if (e == null) {
            fail("accepted " + hex);
        }
        return e;
    }

    @Test void handMadeFaults() {
        assertEquals("bad marshal data (unknown type code) in fuzz at offset 0", bad("ff").getMessage());
        assertEquals("EOF read where object expected in fuzz at offset 0", bad("").getMessage());
        assertEquals("bad marshal data (unknown type code)", bad("a90147").reason());
        for (String code : new String[] {"73", "75", "74", "61", "41"}) { // s u t a A
            assertEquals("marshal data too short", bad(code + "ffffff7f").reason());
            assertTrue(bad(code + "ffffffff").reason().contains("size out of range"));
        }
        for (String code : new String[] {"28", "5b", "3c", "3e"}) { // ( [ < >
            assertEquals("EOF read where object expected", bad(code + "ffffff7f").reason());
            assertTrue(bad(code + "feffffff").reason().contains("size out of range"));
        }
        assertEquals("marshal data too short", bad("6cffffff7f").reason());
        assertEquals("bad marshal data (long size out of range)", bad("6c00000080").reason());
        assertEquals("bad marshal data (digit out of range in long)", bad("6c01000000ffff").reason());
        assertEquals("bad marshal data (unnormalized long data)", bad("6c020000000100" + "0000").reason());
        assertEquals("bad marshal data (invalid reference)", bad("7200000000").reason());
        assertEquals("bad marshal data (invalid reference)", bad("a9017200000000").reason(), "a tuple refers to itself");
        assertEquals("NULL object in marshal data for tuple", bad("290130").reason());
        assertEquals("NULL object in marshal data for object", bad("30").reason());
        assertEquals("UnicodeDecodeError", bad("7502000000c328").pythonType());
        assertEquals("'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte",
                bad("7502000000c328").reason());
        assertEquals("'utf-8' codec can't decode byte 0xff in position 1: invalid start byte",
                bad("750200000041ff").reason());
        assertEquals("'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                bad("7502000000e282").reason());
        assertEquals("TypeError", bad("63" + "00000000".repeat(5) + "4e").pythonType(), "co_code must be bytes");
    }

    @Test void sizeClaimsCannotMultiplyMemory() {
        // 2000 nested lists, each claiming as many items as bytes remain: reserving that much at
        // every level would need gigabytes.
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 1999; i++) {
            hex.append("5b").append(String.format("%02x%02x%02x%02x", 0x00, 0x00, 0x0f, 0x00));
        }
        assertEquals("bad marshal data (unknown type code)", bad(hex + "4e" + "00".repeat(1_000_000)).reason());
        // one 64 KB bytes object, then 20000 code objects sharing it by reference
        StringBuilder code = new StringBuilder("28" + String.format("%02x%02x%02x%02x", 0x20, 0x4e, 0, 0));
        String oneCode = "63" + "00000000".repeat(5) + "%s" + "a900" + "a900" + "a900" + "7300000000"
                + "7a0178" + "7a0178" + "7a0178" + "01000000" + "7300000000" + "7300000000";
        code.append(String.format(oneCode, "f3" + "00000100" + "00".repeat(65536)));
        for (int i = 1; i < 20000; i++) {
            code.append(String.format(oneCode, "7200000000"));
        }
        assertEquals("bad marshal data (code objects larger than the data allows)", bad(code.toString()).reason());
    }

    @Test void deepNestingIsRefusedAtCPythonsLimit() {
        for (String opener : new String[] {"2901", "5b01000000", "7b", "3c01000000"}) {
            StringBuilder hex = new StringBuilder();
            hex.append(opener.repeat(5000)).append("4e");
            MarshalFormatException e = bad(hex.toString());
            assertEquals("recursion limit exceeded", e.reason());
            assertEquals(2000 * opener.length() / 2, e.offset());
        }
        // 1999 tuples around None: 2000 levels, which CPython accepts
        byte[] ok = HexFormat.of().parseHex("2901".repeat(1999) + "4e");
        assertEquals(null, attempt(ok, 0, ok.length));
    }

    @Test void mutatedPycFilesFailOnlyWithPycFormatException() throws IOException {
        byte[] pyc = resource("sample.cpython-313.pyc");
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            byte[] data = pyc.clone();
            for (int e = random.nextInt(3); e >= 0; e--) {
                data[random.nextInt(random.nextBoolean() ? 20 : data.length)] = (byte) random.nextInt(256);
            }
            try {
                dev.kaa.bytecode.pyc.PycFile.parse(data, "m.pyc").toBytes();
            } catch (dev.kaa.bytecode.pyc.PycFormatException expected) {
                assertTrue(expected.getMessage().contains("m.pyc"), expected.getMessage());
            }
        }
    }

    @Test void everyTruncationOfAPycFileFailsWithPycFormatException() throws IOException {
        byte[] pyc = resource("sample.cpython-313.pyc");
        for (int length = 0; length < pyc.length; length += 7) {
            byte[] cut = Arrays.copyOf(pyc, length);
            assertThrows(dev.kaa.bytecode.pyc.PycFormatException.class,
                    () -> dev.kaa.bytecode.pyc.PycFile.parse(cut, "cut.pyc"));
        }
    }
}
