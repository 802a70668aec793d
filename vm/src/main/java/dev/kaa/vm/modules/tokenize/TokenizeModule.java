package dev.kaa.vm.modules.tokenize;

import dev.kaa.vm.objects.PyModule;

/**
 * {@code _tokenize}: the tokenizer behind {@code Lib/tokenize.py}, whose
 * {@link TokenizerIter} yields the 5-tuples {@code (type, string, start, end, line)} of
 * Python's {@code tokenize} module.
 *
 * <p>Thread safety: stateless.
 */
public final class TokenizeModule {
    private TokenizeModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_tokenize");
        m.put("TokenizerIter", TokenizerIter.TYPE);
        return m;
    }
}
