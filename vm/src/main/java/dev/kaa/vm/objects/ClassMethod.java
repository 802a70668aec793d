package dev.kaa.vm.objects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a static Java method whose first parameter is {@code PyType cls} as a class method
 * of the built-in type ({@code dict.fromkeys}, {@code int.from_bytes}). Parameters as for
 * {@link PyMethod}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ClassMethod {
    String value() default "";

    int positionalOnly() default Integer.MAX_VALUE;

    String doc() default "";
}
