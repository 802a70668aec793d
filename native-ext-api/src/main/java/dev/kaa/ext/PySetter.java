package dev.kaa.ext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The setter of the attribute a {@link PyGetter} exposes: an instance method of one
 * {@code Object} parameter, which is null for {@code del obj.name}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PySetter {
    /** The attribute name, as the getter's. */
    String value();
}
