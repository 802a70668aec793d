package dev.kaa.vm.objects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an abstract Java superclass of several built-in types: its {@link PyMethod},
 * {@link PyGetter} and {@link PySetter} methods are exposed in the dictionary of each Python
 * type whose Java class extends it, as if each had declared them (a subclass's own method of the
 * same Java signature wins). CPython's {@code BufferedReader}, {@code BufferedWriter} and
 * {@code BufferedRandom} each have {@code seek}, {@code tell}, {@code raw} … in their own
 * {@code __dict__}; with this their Java classes write them once.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SharedMethods {
}
