package dev.kaa.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The extension modules are declared twice: in {@code module-info.java} (for the module path,
 * as {@code kaa} runs them) and in {@code META-INF/services} (for a class path, as the tests and
 * some embedding hosts run them). A module declared in one place only would be missing in the
 * other setting; this test keeps the two lists equal.
 */
class ServiceDeclarationsTest {
    private static final String SERVICE = "dev.kaa.ext.ExtensionModule";

    @Test void moduleInfoAndServiceFileDeclareTheSameModules() throws IOException {
        // The stdlib's own module-info.class, beside its classes (others are on the class path too).
        Path classes = Path.of(URI.create(dev.kaa.stdlib.bisect.BisectModule.class.getProtectionDomain()
                .getCodeSource().getLocation().toString()));
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        List<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals(SERVICE))
                .flatMap(p -> p.providers().stream())
                .toList();
        String listed;
        try (InputStream in = Files.newInputStream(classes.resolve("META-INF/services/" + SERVICE))) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> services = Arrays.stream(listed.split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(new TreeSet<>(provided), new TreeSet<>(services));
        assertEquals(provided.size(), services.size(), "a module listed twice");
    }
}
