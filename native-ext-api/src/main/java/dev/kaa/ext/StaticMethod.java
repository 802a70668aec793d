package dev.kaa.ext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Exposes a static Java method as a static method of an extension type. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StaticMethod {
    String value() default "";

    int positionalOnly() default Integer.MAX_VALUE;

    String doc() default "";
}
