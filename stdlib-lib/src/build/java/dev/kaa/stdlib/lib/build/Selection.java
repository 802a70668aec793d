package dev.kaa.stdlib.lib.build;

import java.util.Set;

/**
 * Which files of CPython's {@code Lib} Kaa takes. Only used when a manifest is written: from then
 * on the committed manifest alone says what is taken.
 *
 * <ul>
 * <li>Every {@code .py} file, except the folders that are never shipped or cannot work on Kaa:
 *     {@code test} (the conformance runs use an installed CPython's), {@code idlelib},
 *     {@code tkinter} and {@code turtledemo} (Tk), {@code site-packages}, {@code lib-dynload} and
 *     {@code config-3.13-*} (an installed CPython's C parts), pyodide's own {@code pyodide} and
 *     {@code _pyodide} packages, the platform's {@code _sysconfigdata_*} (Kaa writes its own
 *     {@code sysconfig} data), and every {@code __pycache__}.
 * <li>The data files a module reads at run time: {@code pydoc_data/_pydoc.css}. And
 *     {@code LICENSE.txt}, which must travel with the code.
 * </ul>
 *
 * Left out on purpose: {@code ensurepip/_bundled/*.whl} (pip's wheel, 2 MB, useless without
 * {@code venv}), {@code venv/scripts} (activation scripts for a native interpreter),
 * {@code email/architecture.rst}, {@code ctypes/macholib}'s helper scripts, {@code _pyrepl/mypy.ini}.
 *
 * <p>Thread safety: stateless.
 */
final class Selection {
    private static final Set<String> EXCLUDED_TOP = Set.of(
            "test", "idlelib", "tkinter", "turtledemo", "site-packages", "lib-dynload", "pyodide", "_pyodide");
    private static final Set<String> DATA_FILES = Set.of("LICENSE.txt", "pydoc_data/_pydoc.css");

    private Selection() {}

    /** Whether the file at {@code path} (relative to {@code Lib}, {@code /}-separated) is taken. */
    static boolean taken(String path) {
        String[] parts = path.split("/");
        String top = parts[0];
        if (parts.length > 1 && (EXCLUDED_TOP.contains(top) || top.startsWith("config-"))) {
            return false;
        }
        for (String part : parts) {
            if (part.equals("__pycache__")) {
                return false;
            }
        }
        String name = parts[parts.length - 1];
        if (name.startsWith("_sysconfigdata_")) {
            return false;
        }
        return name.endsWith(".py") || DATA_FILES.contains(path);
    }
}
