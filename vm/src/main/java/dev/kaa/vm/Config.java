package dev.kaa.vm;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How an interpreter is set up: what CPython reads from its command line and environment
 * ({@code sys.flags}, {@code sys.argv}, {@code sys.path}, {@code -X} options).
 *
 * @param argv            {@code sys.argv}
 * @param origArgv        {@code sys.orig_argv}
 * @param pathPrefix      entries put first on {@code sys.path} (the script's folder, {@code PYTHONPATH})
 * @param executable      {@code sys.executable}
 * @param xoptions        {@code sys._xoptions}
 * @param warnOptions     {@code sys.warnoptions} ({@code -W} and {@code PYTHONWARNINGS})
 * @param optimize        {@code -O} count
 * @param inspect         {@code -i}
 * @param interactive     the REPL runs
 * @param dontWriteBytecode {@code -B} or {@code PYTHONDONTWRITEBYTECODE}
 * @param ignoreEnvironment {@code -E}
 * @param isolated        {@code -I}
 * @param noSite          {@code -S}
 * @param noUserSite      {@code -s}
 * @param safePath        {@code -P}
 * @param quiet           {@code -q}
 * @param verbose         {@code -v} count
 * @param unbuffered      {@code -u}
 * @param bytesWarning    {@code -b} count
 * @param devMode         {@code -X dev}
 * @param intMaxStrDigits {@code -X int_max_str_digits} or the default
 * @param stdlibPath      where the standard library's Python modules are, if any
 * @param pycachePrefix   {@code sys.pycache_prefix} ({@code -X pycache_prefix} or
 *                        {@code PYTHONPYCACHEPREFIX}): where .pyc caches go instead of
 *                        {@code __pycache__} folders, or null
 * @param gil             the name of the global interpreter lock's provider
 *                        ({@code dev.kaa.threading.GlobalLockProvider}): {@code "gil"}, CPython's
 *                        design, unless a host plugs in its own ({@link #withGil})
 */
public record Config(List<String> argv, List<String> origArgv, List<String> pathPrefix, String executable,
        Map<String, Object> xoptions, List<String> warnOptions, int optimize, boolean inspect, boolean interactive,
        boolean dontWriteBytecode, boolean ignoreEnvironment, boolean isolated, boolean noSite, boolean noUserSite,
        boolean safePath, boolean quiet, int verbose, boolean unbuffered, int bytesWarning, boolean devMode,
        int intMaxStrDigits, Path stdlibPath, String pycachePrefix, String gil) {

    /** A configuration with CPython's GIL. */
    public Config(List<String> argv, List<String> origArgv, List<String> pathPrefix, String executable,
            Map<String, Object> xoptions, List<String> warnOptions, int optimize, boolean inspect, boolean interactive,
            boolean dontWriteBytecode, boolean ignoreEnvironment, boolean isolated, boolean noSite, boolean noUserSite,
            boolean safePath, boolean quiet, int verbose, boolean unbuffered, int bytesWarning, boolean devMode,
            int intMaxStrDigits, Path stdlibPath, String pycachePrefix) {
        this(argv, origArgv, pathPrefix, executable, xoptions, warnOptions, optimize, inspect, interactive,
                dontWriteBytecode, ignoreEnvironment, isolated, noSite, noUserSite, safePath, quiet, verbose,
                unbuffered, bytesWarning, devMode, intMaxStrDigits, stdlibPath, pycachePrefix, "gil");
    }

    /** A configuration without a pycache prefix. */
    public Config(List<String> argv, List<String> origArgv, List<String> pathPrefix, String executable,
            Map<String, Object> xoptions, List<String> warnOptions, int optimize, boolean inspect, boolean interactive,
            boolean dontWriteBytecode, boolean ignoreEnvironment, boolean isolated, boolean noSite, boolean noUserSite,
            boolean safePath, boolean quiet, int verbose, boolean unbuffered, int bytesWarning, boolean devMode,
            int intMaxStrDigits, Path stdlibPath) {
        this(argv, origArgv, pathPrefix, executable, xoptions, warnOptions, optimize, inspect, interactive,
                dontWriteBytecode, ignoreEnvironment, isolated, noSite, noUserSite, safePath, quiet, verbose,
                unbuffered, bytesWarning, devMode, intMaxStrDigits, stdlibPath, null, "gil");
    }

    /** This configuration with the global interpreter lock of the provider called {@code name}. */
    public Config withGil(String name) {
        return new Config(argv, origArgv, pathPrefix, executable, xoptions, warnOptions, optimize, inspect, interactive,
                dontWriteBytecode, ignoreEnvironment, isolated, noSite, noUserSite, safePath, quiet, verbose,
                unbuffered, bytesWarning, devMode, intMaxStrDigits, stdlibPath, pycachePrefix, name);
    }

    /** A configuration for embedding: no arguments, no site, nothing from the environment. */
    public static Config embedded() {
        return new Config(List.of(""), List.of(), List.of(), "", Map.of(), List.of(), 0, false, false, true,
                true, true, true, true, true, true, 0, false, 0, false, 4300, null);
    }
}
