package dev.kaa.ext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@code Object} parameter that receives the extra keyword arguments ({@code **kwargs}) as
 * a {@code dict}, or null when there are none.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface StarStar {}
