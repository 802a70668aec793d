package dev.kaa.examples.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.vm.Config;
import dev.kaa.vm.Interpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The debug mode of {@code Py.releaseGil()}: with {@code -Dkaa.ext.checkGil=true} (set for this
 * module's tests in its pom), touching a Python object without the GIL is a SystemError, not a
 * silent race.
 */
class GilCheckTest {
    /** An extension that breaks the rule, found through the test's own service file. */
    public static final class Careless implements ExtensionModule {
        @Override public String name() {
            return "careless";
        }

        @Override public void initialize(ModuleDefinition m) {
            m.addFunctions(Careless.class, MethodHandles.lookup());
        }

        @PyMethod
        static String describe(Object o) {
            try (var released = Py.releaseGil()) {
                return Py.repr(o);
            }
        }

        @PyMethod
        static String describeProperly(Object o) {
            String text = Py.repr(o);
            try (var released = Py.releaseGil()) {
                return text.toUpperCase();
            }
        }
    }

    @Test
    void touchingAnObjectWithoutTheGilIsReported() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try (Interpreter interp = Interpreter.create(Config.embedded(), new ByteArrayInputStream(new byte[0]), out, err)) {
            interp.runSource("""
                    import careless
                    print(careless.describeProperly([1, 'a']))
                    try:
                        careless.describe([1])
                    except SystemError as e:
                        print("SystemError:", e)
                    """, "<test>");
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("[1, 'A']", lines[0]);
        assertEquals(true, lines[1].startsWith("SystemError:") && lines[1].contains("without holding the GIL"), lines[1]);
    }
}
