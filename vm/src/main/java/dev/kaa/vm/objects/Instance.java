package dev.kaa.vm.objects;

/**
 * An instance of a class written in Python, or of a built-in subclass that Python code
 * subclassed: it carries its own type (assignable through {@code __class__}) and, unless the
 * class has {@code __slots__} without {@code __dict__}, an instance dictionary.
 *
 * <p>Each subclassable built-in type has a nested class implementing this interface
 * (for example {@code PyList.Derived}); plain {@code object} subclasses use {@link PyInstance}.
 */
public interface Instance extends HasDict {

    /** Replaces the instance dictionary ({@code obj.__dict__ = d}). */
    void setInstanceDict(PyDict dict);

    /** Assigns {@code __class__}; the caller has checked layout compatibility. */
    void setType(PyType type);

    /** Storage for {@code __slots__} members, or null when the class declares none. */
    Object[] slotValues();
}
