package dev.kaa.vm.modules.expat;

import dev.kaa.vm.modules.struct.PyScripts;
import org.junit.jupiter.api.Test;

/**
 * {@code pyexpat} directly and through {@code xml.etree.ElementTree} and
 * {@code xml.dom.minidom}; expected texts are CPython 3.13's (Expat 2.6.3) output for the same
 * scripts, committed under {@code resources/expat}.
 */
class ExpatModuleTest {
    @Test
    void handlersChunksNamespacesAndErrors() {
        PyScripts.check("expat", "expat_parser");
    }

    @Test
    void elementTreeAndMinidom() {
        PyScripts.check("expat", "expat_etree");
    }

    @Test
    void doctypeDeclarations() {
        PyScripts.check("expat", "expat_dtd");
    }

    @Test
    void entitiesAndDefaultHandlers() {
        PyScripts.check("expat", "expat_default");
    }
}
