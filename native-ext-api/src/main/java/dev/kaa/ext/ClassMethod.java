package dev.kaa.ext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a static Java method whose first parameter is {@code PythonType cls} as a class
 * method of an extension type. Parameters as for {@link PyMethod}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ClassMethod {
    String value() default "";

    int positionalOnly() default Integer.MAX_VALUE;

    String doc() default "";
}
