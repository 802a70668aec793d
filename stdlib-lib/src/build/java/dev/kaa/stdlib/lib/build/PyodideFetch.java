package dev.kaa.stdlib.lib.build;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Fetches pyodide's {@code python_stdlib.zip} (CPython's {@code Lib} without its tests) into the
 * cache, for machines without a CPython 3.13: the npm package named by a pyodide manifest's
 * {@code fetch} header ({@code pyodide@0.29.5}), through {@code npm pack} when npm is installed,
 * else straight from the npm registry; the tarball must match the manifest's {@code integrity}
 * (npm's SHA-512), and the zip is then checked file by file against the manifest like any source.
 *
 * <p>Thread safety: stateless.
 */
final class PyodideFetch {
    private static final String ZIP_IN_TARBALL = "package/python_stdlib.zip";
    private static final String REGISTRY = "https://registry.npmjs.org/";

    private PyodideFetch() {}

    /** Where the cache keeps the zip of {@code manifest}: {@code CACHE/pyodide-VERSION/python_stdlib.zip}. */
    static Path cachedZip(Path cacheDir, Manifest manifest) {
        return cacheDir.resolve(packageSpec(manifest).replace('@', '-')).resolve("python_stdlib.zip");
    }

    /** The npm package of a pyodide manifest, {@code pyodide@0.29.5}. */
    static String packageSpec(Manifest manifest) {
        String spec = manifest.header().get("fetch");
        if (spec == null || !spec.matches("pyodide@[0-9][0-9.]*")) {
            throw new BuildFailure(manifest.name() + ": its '# fetch: pyodide@VERSION' header is missing or malformed");
        }
        return spec;
    }

    /** Downloads the package and stores its zip in the cache; answers the zip's path. */
    static Path fetch(Path cacheDir, Manifest manifest, Consumer<String> log) throws IOException {
        String spec = packageSpec(manifest);
        Path zip = cachedZip(cacheDir, manifest);
        Files.createDirectories(zip.getParent());
        Path tarball = zip.resolveSibling(spec.replace('@', '-') + ".tgz");
        log.accept("fetching " + spec + " from npm into " + zip.getParent());
        if (!npmPack(spec, zip.getParent(), tarball, log)) {
            download(spec, tarball);
        }
        try {
            checkIntegrity(tarball, manifest.header().get("integrity"), spec);
            Path partial = zip.resolveSibling("python_stdlib.zip.part");
            extract(tarball, partial);
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tarball);
        }
        return zip;
    }

    private static boolean npmPack(String spec, Path dir, Path tarball, Consumer<String> log) {
        try {
            Process npm = new ProcessBuilder("npm", "pack", spec, "--silent", "--pack-destination", dir.toString())
                    .redirectErrorStream(true).start();
            npm.getOutputStream().close();
            String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!npm.waitFor(300, TimeUnit.SECONDS)) {
                npm.destroyForcibly();
                log.accept("npm pack " + spec + " timed out");
                return false;
            }
            if (npm.exitValue() != 0 || !Files.isRegularFile(tarball)) {
                log.accept("npm pack " + spec + " failed: " + out.strip());
                return false;
            }
            return true;
        } catch (IOException e) {
            return false; // no npm: the registry is asked directly
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void download(String spec, Path tarball) throws IOException {
        String version = spec.substring(spec.indexOf('@') + 1);
        URI uri = URI.create(REGISTRY + "pyodide/-/pyodide-" + version + ".tgz");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).build();
        try {
            HttpResponse<Path> response = client.send(request, HttpResponse.BodyHandlers.ofFile(tarball));
            if (response.statusCode() != 200) {
                throw new IOException("GET " + uri + " answered HTTP " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
    }

    private static void checkIntegrity(Path tarball, String integrity, String spec) throws IOException {
        if (integrity == null || !integrity.startsWith("sha512-")) {
            return; // the zip's files are still checked one by one against the manifest
        }
        byte[] digest = Manifest.digest("SHA-512").digest(Files.readAllBytes(tarball));
        String actual = "sha512-" + Base64.getEncoder().encodeToString(digest);
        if (!actual.equals(integrity)) {
            throw new IOException("the tarball of " + spec + " is not the pinned one (" + actual + ")");
        }
    }

    /** Copies one member out of a gzipped ustar archive (npm's format). */
    private static void extract(Path tarball, Path target) throws IOException {
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tarball)))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                String path = prefix.isEmpty() ? name : prefix + "/" + name;
                String sizeField = field(header, 124, 12).strip();
                long size = sizeField.isEmpty() ? 0 : Long.parseLong(sizeField, 8);
                long padded = (size + 511) / 512 * 512;
                if (path.equals(ZIP_IN_TARBALL) && (header[156] == '0' || header[156] == 0)) {
                    Files.copy(new BoundedInput(in, size), target, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
                in.skipNBytes(padded);
            }
        }
        throw new IOException(tarball.getFileName() + " holds no " + ZIP_IN_TARBALL);
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    /** The next {@code size} bytes of a stream. */
    private static final class BoundedInput extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInput(InputStream in, long size) {
            this.in = in;
            this.left = size;
        }

        @Override
        public int read() throws IOException {
            if (left == 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = in.read(buf, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    /** The words of the failure message that say how to get the zip without this build. */
    static List<String> manualSteps(Path cacheDir, Manifest manifest) {
        String spec = packageSpec(manifest);
        return List.of("npm pack " + spec + " && tar xzf " + spec.replace('@', '-') + ".tgz " + ZIP_IN_TARBALL,
                "then copy " + ZIP_IN_TARBALL + " to " + cachedZip(cacheDir, manifest));
    }
}
