package dev.kaa.vm.modules.binascii;

import dev.kaa.vm.modules.struct.PyScripts;
import org.junit.jupiter.api.Test;

/**
 * {@code binascii}: hex with separators, base64 in lenient and strict mode, uu,
 * quoted-printable both ways, the CRCs and the errors. Expected texts are CPython 3.13's
 * output for the same script.
 */
class BinasciiModuleTest {
    @Test
    void encodingsAndErrors() {
        PyScripts.check("binascii", "binascii_all");
    }
}
