package dev.kaa.vm.modules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.vm.modules.struct.PyScripts;
import org.junit.jupiter.api.Test;

/**
 * {@code _json}'s escaping in Java terms, and {@code json} using the accelerators. Whole programs
 * are compared with CPython by the corpus ({@code stdlib_json}).
 *
 * <p>Thread safety: JUnit runs each script on its own interpreter.
 */
class JsonModuleTest {
    @Test
    void quotesAsciiWithSurrogatePairs() {
        assertEquals("\"a\\u00e9\\ud83d\\ude00\\u007f\\n\\u0001\\\"\\\\/\"",
                JsonStrings.quote("a\u00e9\uD83D\uDE00\u007f\n\u0001\"\\/", true));
    }

    @Test
    void quotesUnicodeEscapingOnlyControls() {
        assertEquals("\"a\u00e9\uD83D\uDE00\u007f\\n\\u001f\\t\"", JsonStrings.quote("a\u00e9\uD83D\uDE00\u007f\n\u001f\t", false));
    }

    @Test
    void jsonUsesTheAccelerators() {
        String out = PyScripts.run("""
                import json.decoder, json.encoder, json.scanner
                print(json.decoder.scanstring is json.decoder.c_scanstring,
                      json.scanner.make_scanner.__name__, json.encoder.c_make_encoder.__name__)
                print(json.loads('{"a": [1, 2.5, "\\\\u00e9"]}'), json.dumps({"b": [None, True]}))
                """, "json_accel.py");
        assertEquals("True Scanner Encoder\n{'a': [1, 2.5, 'é']} {\"b\": [null, true]}\n", out);
    }
}
