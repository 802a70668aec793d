package dev.kaa.parser.internal.tokenize;

import static org.junit.jupiter.api.Assertions.fail;

import dev.kaa.parser.PySyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Bad input never crashes the tokenizer: random bytes and random mutations of Python sources
 * (the test's own case files) go through {@link SourceDecoder}, the tokenizer and the literal
 * decoders, which may only throw {@link PySyntaxError}. Seeds are fixed, so a failure repeats.
 *
 * <p>Thread safety: JUnit runs it on one thread.
 */
class TokenizerFuzzTest {
    private static final String INTERESTING = "'\"{}()[]\\#\n\r\t\f :=!<>rfbuRFBUxXoObBjJeE0789_.\u00e9\u20ac\u00a0\0\\N";

    @Test
    void randomBytesOnlyRaiseSyntaxErrors() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) (random.nextBoolean() ? INTERESTING.charAt(random.nextInt(INTERESTING.length()))
                        : random.nextInt(256));
            }
            run(b);
        }
    }

    @Test
    void mutatedSourcesOnlyRaiseSyntaxErrors() throws IOException {
        List<String> corpus = new ArrayList<>();
        for (String name : List.of("token_cases.py", "error_cases.py", "literal_cases.py", "dump_tokens.py")) {
            try (InputStream in = TokenizerFuzzTest.class.getResourceAsStream("/tokenize/" + name)) {
                corpus.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder s = new StringBuilder(corpus.get(random.nextInt(corpus.size())));
            int edits = 1 + random.nextInt(8);
            for (int e = 0; e < edits; e++) {
                mutate(s, random);
            }
            run(s.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void mutate(StringBuilder s, SplittableRandom random) {
        int at = random.nextInt(s.length() + 1);
        switch (random.nextInt(4)) {
            case 0 -> s.insert(at, INTERESTING.charAt(random.nextInt(INTERESTING.length())));
            case 1 -> {
                if (at < s.length()) {
                    s.deleteCharAt(at);
                }
            }
            case 2 -> {
                int end = Math.min(s.length(), at + random.nextInt(30));
                s.insert(random.nextInt(s.length() + 1), s.substring(at, end));
            }
            default -> {
                int end = Math.min(s.length(), at + random.nextInt(30));
                s.delete(at, end);
            }
        }
    }

    private static void run(byte[] source) {
        try {
            TokenizerErrorsTest.tokenizeAll(SourceDecoder.decode(source, "<fuzz>"));
        } catch (PySyntaxError expected) {
            // the only failure allowed
        } catch (RuntimeException | StackOverflowError e) {
            fail("crashed on " + java.util.HexFormat.of().formatHex(source), e);
        }
    }
}
