package dev.kaa.ext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a Java method to Python.
 * <ul>
 *   <li>A static method of a module's function holder ({@link ModuleDefinition#addFunctions})
 *       becomes a built-in function of the module.
 *   <li>An instance method of an {@link ExtensionObject} class becomes a method of its type; one
 *       named like a special method ({@code __len__}, {@code __getitem__}, {@code __eq__},
 *       {@code __iter__} …) also serves that operation ({@code len(x)}, {@code x[i]} …).
 *   <li>A static {@code __new__(PythonType cls, …)} becomes the type's constructor.
 * </ul>
 *
 * <p>Parameters map to Python parameters in order; CPython's argument errors come for free
 * ("f() missing required argument 'x' (pos 1)", "takes at most 2 arguments (3 given)" …).
 * Each is converted by its Java type: {@code Object} takes any Python object (Java
 * {@code null} when an {@link Opt} argument was not given); {@code int} and {@code long} an
 * integer or an object with {@code __index__} (OverflowError when it does not fit);
 * {@code double} a float or an integer; {@code boolean} any object, by its truth; {@code String}
 * a {@code str}; an {@link ExtensionObject} class an instance of it. Other failures are
 * TypeErrors naming the function and the parameter. Results convert back: {@code void} is
 * {@code None}, primitives and {@code String} their Python values, a Java {@code null} is
 * {@code None}.
 *
 * <p>By default every parameter is positional-only, as in most of CPython's built-in functions;
 * {@link #positionalOnly} says how many are, the rest taking keywords too. {@link KwOnly},
 * {@link Opt}, {@link Star} and {@link StarStar} mark the others. A method whose parameters are
 * exactly {@code (Object[] args, String[] kwnames)} parses its own arguments: the positional
 * values, then those of the keywords named.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyMethod {
    /** The Python name, when it differs from the Java name. */
    String value() default "";

    /** How many leading parameters are positional-only; the rest also take keywords. */
    int positionalOnly() default Integer.MAX_VALUE;

    /** The docstring. */
    String doc() default "";

    /**
     * For a method named like a slot: true when CPython defines it as a plain method beside the
     * slot ({@code METH_COEXIST}: {@code list.__getitem__}, {@code dict.__contains__} …), so it
     * is a {@code method_descriptor} with a method's argument errors, not a slot wrapper.
     */
    boolean coexist() default false;
}
