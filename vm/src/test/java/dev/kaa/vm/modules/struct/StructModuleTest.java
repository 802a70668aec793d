package dev.kaa.vm.modules.struct;

import org.junit.jupiter.api.Test;

/**
 * {@code _struct} and {@code struct.py} on it: every format character in every byte order
 * mode, ranges and their messages, half floats, buffers, {@code Struct} and subclasses.
 * Expected texts are CPython 3.13's output for the same scripts.
 */
class StructModuleTest {
    @Test
    void formatsValuesAndErrors() {
        PyScripts.check("struct", "struct_all");
    }
}
