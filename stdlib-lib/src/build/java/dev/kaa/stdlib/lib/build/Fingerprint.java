package dev.kaa.stdlib.lib.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What the tree depends on, hashed, so that a build whose inputs did not change skips the work:
 * the manifests' text, the source setting, and the content (never the times) of the classes of
 * the build tool, the parser, the compiler, the bytecode writer and the locator (whose layout the
 * tree follows), whether they come from jars or from class folders of the reactor.
 *
 * <p>Thread safety: confined.
 */
final class Fingerprint {
    private final MessageDigest digest = Manifest.digest("SHA-256");

    /** Adds a labelled string. */
    Fingerprint add(String label, String value) {
        bytes(label + "=" + value + "\n");
        return this;
    }

    /** Adds the content of the jars or class folders that hold {@code classes}. */
    Fingerprint addCodeOf(Collection<Class<?>> classes) throws IOException {
        Set<Path> locations = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            locations.add(location(c));
        }
        for (Path location : locations) {
            if (Files.isDirectory(location)) {
                addFolder(location);
            } else {
                addJar(location);
            }
        }
        return this;
    }

    /**
     * Adds one class file: for a class whose folder holds other things too (the locator sits
     * beside the tree this step writes).
     */
    Fingerprint addClass(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            if (in == null) {
                throw new IOException("the class file of " + c.getName() + " cannot be read");
            }
            bytes(c.getName() + "\n");
            digest.update(in.readAllBytes());
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void addFolder(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
        for (Path file : files) {
            bytes(dir.relativize(file).toString().replace('\\', '/') + "\n");
            digest.update(Files.readAllBytes(file));
        }
    }

    private void addJar(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream().filter(e -> !e.isDirectory())
                    .sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry e : entries) {
                bytes(e.getName() + "\n");
                try (InputStream in = zip.getInputStream(e)) {
                    digest.update(in.readAllBytes());
                }
            }
        }
    }

    private void bytes(String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Path location(Class<?> c) throws IOException {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IOException("the location of " + c.getName() + " is unknown");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
