package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Calls every method of {@code str}, {@code bytes}, {@code bytearray} and {@code memoryview} with
 * random arguments (seeded, so runs repeat): whatever the arguments, the outcome is a value or a
 * Python exception, never a Java exception or a {@code SystemError} wrapping one.
 *
 * <p>Thread safety: test code, confined.
 */
class StrFuzzTest {
    private final Random random = new Random(20251125);

    private PyStr text() {
        String alphabet = "ab{}%:!.[]0123456789sdrfxXegc*#-+ \t\nßΣ😀\u0301()é";
        int count = alphabet.codePointCount(0, alphabet.length());
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(count))));
        }
        return PyStr.of(sb.toString());
    }

    private byte[] bytes() {
        String alphabet = "ab%{}.:!0 \t\n\u00ff(s)d*#-+\\xu";
        byte[] b = new byte[random.nextInt(7)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return b;
    }

    private Object any() {
        return switch (random.nextInt(12)) {
            case 0 -> PyInt.of(random.nextInt(20) - 10);
            case 1 -> PyInt.of(new BigInteger("123456789012345678901234567890").negate().multiply(
                    BigInteger.valueOf(random.nextBoolean() ? 1 : -1)));
            case 2 -> PyNone.NONE;
            case 3 -> new PyFloat(random.nextDouble() * 10 - 5);
            case 4 -> new PyBytes(bytes());
            case 5 -> new PyByteArray(bytes());
            case 6 -> PyTuple.of(text(), text());
            case 7 -> {
                PyDict d = new PyDict();
                d.setItem(PyInt.of(97), text());
                d.setItem(text(), PyInt.of(random.nextInt(300)));
                yield d;
            }
            case 8 -> new PySlice(PyInt.of(random.nextInt(10) - 5), PyNone.NONE, PyInt.of(random.nextInt(5) - 2));
            case 9 -> new PyList(new Object[] {text(), PyInt.of(1)});
            default -> text();
        };
    }

    @Test
    void noJavaExceptions() {
        BuiltinTypes.boot();
        List<String> problems = new ArrayList<>();
        for (int it = 0; it < 30000; it++) {
            Object receiver = switch (random.nextInt(4)) {
                case 0 -> new PyBytes(bytes());
                case 1 -> new PyByteArray(bytes());
                case 2 -> Abstract.call(PyMemoryView.TYPE, new PyBytes(bytes()));
                default -> text();
            };
            List<Object> names = Abstract.typeOf(receiver).dict.keys();
            String name = names.get(random.nextInt(names.size())).toString();
            Object[] args = new Object[random.nextInt(4)];
            for (int i = 0; i < args.length; i++) {
                int k = random.nextInt(10);
                args[i] = k < 4 ? (receiver instanceof PyStr ? text() : new PyBytes(bytes()))
                        : k < 7 ? PyInt.of(random.nextInt(12) - 4) : any();
            }
            try {
                Abstract.repr(Abstract.call(Abstract.getAttr(receiver, name), args));
            } catch (PyException e) {
                if (e.matches(Exceptions.SystemError)) {
                    problems.add(Abstract.repr(receiver) + "." + name + " -> " + e.getMessage());
                }
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(Abstract.repr(receiver) + "." + name + " -> " + e);
            }
        }
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())));
    }
}
