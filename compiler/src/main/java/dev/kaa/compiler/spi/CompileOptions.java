package dev.kaa.compiler.spi;

import dev.kaa.parser.CompileWarnings;
import java.util.Objects;

/**
 * The options of {@code compile()}: the optimization level ({@code -1} for the interpreter's own,
 * {@code 0} keeps asserts, {@code 1} drops them and {@code __debug__}, {@code 2} also drops
 * docstrings), the {@code flags} word (the {@code CO_FUTURE_*} bits of {@code __future__}
 * features, and {@code PyCF_*} bits such as {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}), and the channel
 * that receives the compiler's SyntaxWarnings ({@code assert} of a tuple, {@code is} with a
 * literal, a comma missed before a call or subscript).
 *
 * <p>Thread safety: immutable.
 */
public record CompileOptions(int optimize, int flags, CompileWarnings warnings) {
    /** {@code compile()}'s defaults: optimization as the interpreter runs, no flags. */
    public static final CompileOptions DEFAULT = new CompileOptions(0, 0);

    /** {@code CO_FUTURE_ANNOTATIONS}: {@code from __future__ import annotations}. */
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;
    /** {@code CO_FUTURE_BARRY_AS_BDFL}: {@code from __future__ import barry_as_FLUFL}. */
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    /** {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}. */
    public static final int PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    public CompileOptions {
        Objects.requireNonNull(warnings, "warnings");
    }

    /** Options whose warnings are dropped. */
    public CompileOptions(int optimize, int flags) {
        this(optimize, flags, CompileWarnings.IGNORE);
    }
}
