/**
 * CPython 3.13's pure-Python standard library, precompiled by Kaa: the jar holds
 * {@code lib/python3.13/} (sources, {@code __pycache__/NAME.kaa-313.pyc}, an {@code INDEX} and a
 * {@code BUILD-INFO}); {@link dev.kaa.stdlib.lib.StdlibLocator} finds it. The tree sits in folders
 * that are not Java packages, so any module may read it without {@code opens}.
 */
module dev.kaa.stdlib.lib {
    // The jar is read through a zip file system; requiring the provider keeps it in every image.
    requires jdk.zipfs;

    exports dev.kaa.stdlib.lib;
}
