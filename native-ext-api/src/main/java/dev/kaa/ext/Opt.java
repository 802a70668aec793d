package dev.kaa.ext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an optional parameter. Without a value, an omitted {@code Object} argument arrives as
 * Java {@code null} ("not given", distinct from {@code None}). A value is the default as Python
 * source for a literal ({@code "-1"}, {@code "True"}, {@code "None"}, {@code "' '"}), required
 * for primitive parameters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Opt {
    String value() default "";
}
