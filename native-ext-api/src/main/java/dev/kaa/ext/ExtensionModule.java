package dev.kaa.ext;

/**
 * A Python module written in Java: what a C extension module is to CPython. Kaa finds every
 * implementation on the module path (or class path) with {@link java.util.ServiceLoader}, and
 * makes it importable by its {@link #name()}; the module object is made, by
 * {@link #initialize}, when a program first imports it.
 *
 * <pre>{@code
 * module my.extension {
 *     requires dev.kaa.ext;
 *     provides dev.kaa.ext.ExtensionModule with my.extension.Vectors;
 * }
 * }</pre>
 *
 * <p>Thread safety: {@link #initialize} is called with the GIL held, once per interpreter that
 * imports the module; an implementation keeps per-interpreter state in the module object, not
 * in static fields.
 */
public interface ExtensionModule {
    /** The name {@code import} finds the module by ({@code "_bisect"}, {@code "mypkg._speedups"}). */
    String name();

    /** Fills the new module: its functions, types, exceptions and constants. */
    void initialize(ModuleDefinition module);
}
