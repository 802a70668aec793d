package dev.kaa.bytecode.pyc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PycFileTest {
    static byte[] resource(String name) throws IOException {
        try (InputStream in = PycFileTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test void timestampPycReadsAndWritesBack() throws IOException {
        byte[] bytes = resource("../marshal/sample.cpython-313.pyc");
        PycFile pyc = PycFile.parse(bytes, "sample.cpython-313.pyc");
        assertFalse(pyc.header().isHashBased());
        assertEquals(1266, pyc.header().sourceSize());
        assertArrayEquals(Arrays.copyOf(bytes, 16), pyc.header().toBytes());
        assertArrayEquals(bytes, pyc.toBytes());
        assertEquals("<module>", pyc.code().name());
    }

    @Test void hashBasedPycCarriesTheSourceHash() throws IOException {
        byte[] bytes = resource("../marshal/sample-hash.cpython-313.pyc");
        PycFile pyc = PycFile.parse(bytes, "sample-hash.cpython-313.pyc");
        assertTrue(pyc.header().isHashBased());
        assertTrue(pyc.header().checkSource());
        byte[] source = resource("../marshal/sample.py");
        assertArrayEquals(SourceHash.of(source), pyc.header().sourceHash());
        assertEquals(PycHeader.hashBased(source, true), pyc.header());
        assertArrayEquals(bytes, pyc.toBytes());
    }

    @Test void headerFaultsUseImportlibsMessages() throws IOException {
        byte[] bytes = resource("../marshal/sample.cpython-313.pyc");
        byte[] magic = bytes.clone();
        magic[0] = 'a';
        magic[1] = 'b';
        PycFormatException e = assertThrows(PycFormatException.class, () -> PycFile.parse(magic, "x.pyc"));
        assertEquals("bad magic number in 'x.pyc': b'ab\\r\\n'", e.getMessage());
        assertEquals("ImportError", e.pythonType());
        e = assertThrows(PycFormatException.class, () -> PycFile.parse(Arrays.copyOf(bytes, 10), "x.pyc"));
        assertEquals("reached EOF while reading pyc header of 'x.pyc'", e.getMessage());
        byte[] flags = bytes.clone();
        flags[4] = 4;
        e = assertThrows(PycFormatException.class, () -> PycFile.parse(flags, "x.pyc"));
        assertEquals("invalid flags 4 in 'x.pyc'", e.getMessage());
        byte[] notCode = Arrays.copyOf(bytes, 17);
        notCode[16] = 'N';
        e = assertThrows(PycFormatException.class, () -> PycFile.parse(notCode, "x.pyc"));
        assertEquals("Non-code object in 'x.pyc'", e.getMessage());
        byte[] badBody = bytes.clone();
        badBody[16] = (byte) 0xff;
        e = assertThrows(PycFormatException.class, () -> PycFile.parse(badBody, "x.pyc"));
        assertEquals("bad marshal data (unknown type code) in x.pyc at offset 16", e.getMessage());
        assertEquals(16, e.offset());
    }

    @Test void headerFields() {
        PycHeader h = PycHeader.timestamp(0x1_2345_6789L, 100);
        assertEquals(0x2345_6789L, h.mtime(), "kept modulo 2**32 as CPython keeps it");
        byte[] b = h.toBytes();
        assertArrayEquals(new byte[] {(byte) 0xf3, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, (byte) 0x89, 0x67, 0x45, 0x23, 100, 0, 0, 0}, b);
        PycHeader unchecked = PycHeader.hashBased(new byte[] {1, 2}, false);
        assertEquals(PycHeader.FLAG_HASH_BASED, unchecked.flags());
    }

    @Test void writeIsAtomicAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        byte[] bytes = resource("../marshal/sample.cpython-313.pyc");
        PycFile pyc = PycFile.parse(bytes, "sample.pyc");
        Path target = dir.resolve("m.cpython-313.pyc");
        Files.writeString(target, "old contents");
        pyc.writeTo(target);
        assertArrayEquals(bytes, Files.readAllBytes(target));
        PycFile.write(target, pyc.header(), pyc.code());
        assertEquals(pyc.code().name(), PycFile.read(target).code().name());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.write(dir.resolve("plain"), new byte[0]);
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target),
                    "a .pyc gets the permissions of any new file, not a private temporary file's");
            Files.delete(plain);
        }
        // A target that cannot be replaced (a non-empty directory): the temporary file goes away.
        Path blocked = dir.resolve("blocked.pyc");
        Files.createDirectories(blocked.resolve("inside"));
        assertThrows(IOException.class, () -> pyc.writeTo(blocked));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "only the earlier file and the directory remain");
        }
    }

    @Test void cpythonRunsAPycWrittenWithFreshEncodings(@TempDir Path dir) throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        Path source = dir.resolve("prog.py");
        Files.writeString(source, """
                def fib(n):
                    return n if n < 2 else fib(n - 1) + fib(n - 2)
                names = ("fib", "fib", "caf\\u00e9", 10**30, 2.5, 1j, b"xy", frozenset({1}))
                print([fib(i) for i in range(10)], names[2:], sum(x for x in range(5)))
                """, StandardCharsets.UTF_8);
        Path cpyc = dir.resolve("cpython.pyc");
        CPython.Result compiled = CPython.run(List.of("-c",
                "import py_compile,sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                source.toString(), cpyc.toString()), dir, 60);
        assertEquals(0, compiled.exitCode(), compiled.stderr());
        PycFile read = PycFile.read(cpyc);
        CodeObject code = read.code();
        Path ours = dir.resolve("ours.pyc");
        PycFile.write(ours, read.header(), code);
        CPython.Result run = CPython.run(List.of(ours.toString()), dir, 60);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("[0, 1, 1, 2, 3, 5, 8, 13, 21, 34] ('café', 1000000000000000000000000000000, 2.5, 1j, b'xy', "
                + "frozenset({1})) 10\n", run.stdout());
    }
}
