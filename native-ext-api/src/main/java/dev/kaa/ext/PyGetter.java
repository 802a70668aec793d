package dev.kaa.ext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a no-argument instance method as the getter of a data descriptor (CPython's getset
 * or member); a {@link PySetter} of the same name makes it writable.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyGetter {
    /** The attribute name, when it differs from the Java name. */
    String value() default "";

    String doc() default "";

    /**
     * True where CPython declares the attribute as a member ({@code PyMemberDef}) rather than a
     * getset: the descriptor is then a {@code member_descriptor}, and writing a read-only one
     * says "readonly attribute".
     */
    boolean member() default false;
}
