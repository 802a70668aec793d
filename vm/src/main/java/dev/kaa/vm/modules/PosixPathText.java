package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The pure text operations on paths that {@code posixpath} takes from {@code posix} when it
 * can: {@code _path_splitroot_ex} and {@code _path_normpath}. They work on {@code str} or
 * {@code bytes} alike (bytes are handled as Latin-1 text, which keeps every byte, since only
 * {@code '/'} and {@code '.'} matter), touch no file, and allow NUL characters.
 *
 * <p>Thread safety: stateless.
 */
final class PosixPathText {
    private PosixPathText() {}

    /** The text of a str, bytes or os.PathLike argument, and whether it was bytes. */
    private record Text(String s, boolean bytes) {
        Object wrap(String v) {
            return bytes ? new PyBytes(v.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(v);
        }
    }

    private static Text text(String func, Object o) {
        Object v = o;
        if (!(o instanceof PyStr) && !(o instanceof PyBytes)) {
            Object m = Abstract.typeOf(o).lookup("__fspath__");
            if (m == null || m == PyNone.NONE) {
                throw PyErr.typeError("%s: path should be string, bytes or os.PathLike, not %T", func, o);
            }
            v = PosixPaths.fspath(o);
        }
        return v instanceof PyBytes b ? new Text(new String(b.data(), StandardCharsets.ISO_8859_1), true)
                : new Text(((PyStr) v).value(), false);
    }

    /** The root of {@code p}: "" (relative), "/" , or exactly two slashes (kept, as POSIX allows). */
    static String root(String p) {
        if (!p.startsWith("/")) {
            return "";
        }
        return p.length() > 1 && p.charAt(1) == '/' && (p.length() == 2 || p.charAt(2) != '/') ? "//" : "/";
    }

    @PyMethod(value = "_path_splitroot_ex", positionalOnly = 0,
            doc = "Cut a path into (drive, root, rest); on POSIX the drive is empty and the root\n"
            + "is '', '/' or '//'.")
    static Object splitrootEx(Object path) {
        Text t = text("_path_splitroot_ex", path);
        String root = root(t.s());
        return PyTuple.of(t.wrap(""), t.wrap(root), t.wrap(t.s().substring(root.length())));
    }

    @PyMethod(value = "_path_normpath", positionalOnly = 0, doc = "Tidy a path textually:"
            + " collapse repeated slashes and '.' parts, resolve '..' where possible.")
    static Object normpath(Object path) {
        Text t = text("_path_normpath", path);
        return t.wrap(normalize(t.s()));
    }

    /** {@code a//b}, {@code a/./b} and {@code a/x/../b} all become {@code a/b}. */
    static String normalize(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        String root = root(p);
        List<String> kept = new ArrayList<>();
        for (String comp : p.substring(root.length()).split("/", -1)) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            boolean up = comp.equals("..");
            String last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (!up || root.isEmpty() && last == null || "..".equals(last)) {
                kept.add(comp);
            } else if (last != null) {
                kept.remove(kept.size() - 1);
            }
        }
        String out = root + String.join("/", kept);
        return out.isEmpty() ? "." : out;
    }
}
