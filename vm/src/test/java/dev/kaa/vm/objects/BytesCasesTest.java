package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code bytes}/{@code bytearray} cases of {@code strcases/bytes_cases.txt} (made by
 * {@code gen.py} from {@code bytes_cases.py} with CPython 3.13), run as {@link StrCasesTest} runs
 * the str cases.
 *
 * <p>Thread safety: test code, confined.
 */
class BytesCasesTest {
    @Test
    void bytesCases() throws IOException {
        List<String> failures = StrCasesTest.check("strcases/bytes_cases.txt");
        assertEquals("", String.join("\n", failures.subList(0, Math.min(60, failures.size()))),
                failures.size() + " failures");
    }
}
