package dev.kaa.stdlib.lib;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Finds the precompiled standard library that this module's jar carries: the folder
 * {@value #LIB} holds CPython 3.13's {@code Lib} (the {@code .py} sources, kept for tracebacks
 * and {@code inspect}) with {@code __pycache__/NAME.kaa-313.pyc} beside each source, plus two
 * files the build writes: {@value #INDEX} (every file of the tree, one relative path a line,
 * sorted, so that an importer lists folders without walking the jar) and {@value #BUILD_INFO}
 * (the source and version the tree was taken from, and counts, as {@link Properties}).
 *
 * <p>The {@code .pyc} files are unchecked hash-based (PEP 552 flags {@code 0b01}): the tree is
 * read-only and built in one go, so the importer loads them without reading the source.
 *
 * <p>From a jar the tree is a read-only zip file system, opened once per JVM; from an exploded
 * module (the build's {@code target/classes}) it is a plain folder.
 *
 * <p>Thread safety: immutable after class initialisation; the zip file system is safe for
 * concurrent reads.
 */
public final class StdlibLocator {
    /** The tree's folder, relative to the module's root, as {@code sys.prefix}'s layout has it. */
    public static final String LIB = "lib/python3.13";
    /** The file listing the tree, in {@value #LIB}. */
    public static final String INDEX = "INDEX";
    /** The file recording the build, in {@value #LIB}. */
    public static final String BUILD_INFO = "BUILD-INFO";
    /** The cache tag of the {@code .pyc} files: Kaa's {@code sys.implementation.cache_tag}. */
    public static final String CACHE_TAG = "kaa-313";

    private StdlibLocator() {}

    /** Whether this module carries the tree (a build run with {@code -Dkaa.stdlib.skip} does not). */
    public static boolean present() {
        return Located.ROOT != null;
    }

    /**
     * The module's root: {@code prefix().resolve(LIB)} is the standard library folder.
     *
     * @throws IOException if the module carries no tree or its jar cannot be opened
     */
    public static Path prefix() throws IOException {
        if (Located.ROOT == null) {
            throw new IOException(Located.PROBLEM);
        }
        return Located.ROOT;
    }

    /**
     * The jar (or exploded module folder) the tree is read from. For a jar, the string
     * {@code location() + "/lib/python3.13"} can name the tree on {@code sys.path} the way CPython
     * names a zip archive's contents ({@code …/python313.zip/…}): no real folder has that name.
     * For an exploded module it is the real folder.
     */
    public static Path location() throws IOException {
        if (Located.ROOT == null) {
            throw new IOException(Located.PROBLEM);
        }
        return Located.LOCATION;
    }

    /** The standard library folder, {@code …/lib/python3.13}. */
    public static Path libDir() throws IOException {
        return prefix().resolve(LIB);
    }

    /** The files of the tree relative to {@link #libDir()}, sorted, with {@code /} separators. */
    public static List<String> index() throws IOException {
        return Files.readAllLines(libDir().resolve(INDEX), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** The build's record: {@code source.kind}, {@code source.version}, counts; see the README. */
    public static Properties buildInfo() throws IOException {
        Properties info = new Properties();
        try (InputStream in = Files.newInputStream(libDir().resolve(BUILD_INFO))) {
            info.load(in);
        }
        return info;
    }

    /** The cache path of a source relative to {@link #libDir()}: {@code a/b.py} to {@code a/__pycache__/b.kaa-313.pyc}. */
    public static String cachePath(String source) {
        int slash = source.lastIndexOf('/');
        String name = source.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return source.substring(0, slash + 1) + "__pycache__/" + stem + "." + CACHE_TAG + ".pyc";
    }

    /** Opens the module's root once, on first use; a failure is kept as a message. */
    private static final class Located {
        static final Path LOCATION;
        static final Path ROOT;
        static final String PROBLEM;

        static {
            Path location = null;
            Path root = null;
            String problem;
            try {
                location = location();
                root = openRoot(location);
                problem = root == null ? "the Kaa standard library jar holds no " + LIB
                        + " tree (it was built with -Dkaa.stdlib.skip=true)" : null;
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // A broken jar must not stop the JVM: the importer reports the message instead.
                problem = "cannot open the Kaa standard library jar: " + e;
            }
            LOCATION = location;
            ROOT = root;
            PROBLEM = problem;
        }

        private static Path location() throws IOException, URISyntaxException {
            CodeSource source = StdlibLocator.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                throw new IOException("the location of module dev.kaa.stdlib.lib is unknown");
            }
            return Path.of(source.getLocation().toURI());
        }
    }

    /**
     * The root of the module at {@code location} (a jar, opened as a read-only zip file system, or
     * an exploded module's folder), or null if it holds no tree.
     */
    static Path openRoot(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            return Files.isRegularFile(location.resolve(LIB).resolve(INDEX)) ? location : null;
        }
        FileSystem jar = FileSystems.newFileSystem(location, Map.of("accessMode", "readOnly"));
        Path root = jar.getPath("/");
        if (Files.isRegularFile(root.resolve(LIB).resolve(INDEX))) {
            return root;
        }
        jar.close();
        return null;
    }
}
