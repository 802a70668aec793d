package dev.kaa.vm.objects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a Java method to Python: an instance method becomes a method of the built-in type
 * that declares it (and fills the slot of the same name, {@link Slot}); a static method of a
 * module class becomes a built-in function; a static {@code __new__(PyType cls, …)} becomes the
 * type's constructor.
 *
 * <p>Parameters map to Python parameters in order, converted as {@link ArgParser} describes.
 * By default every parameter is positional-only, as in most of CPython's built-in methods;
 * {@link #positionalOnly} says how many are, the rest taking keywords too. {@link KwOnly},
 * {@link Opt}, {@link Star} and {@link StarStar} mark the others.
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
