package dev.kaa.vm.modules.hashes;

import dev.kaa.vm.objects.PyErr;

/**
 * The arguments of the fixed-size hash constructors, {@code name(string=b'', *,
 * usedforsecurity=True)}, bound with CPython's messages (which name the function plainly,
 * without its module).
 *
 * <p>Thread safety: stateless.
 */
final class HashArgs {
    private HashArgs() {}

    /** The data argument (null when not given) of a call in vectorcall layout. */
    static Object data(String name, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("%s() takes at most 1 positional argument (%d given)", name, npos);
        }
        Object data = npos == 1 ? args[0] : null;
        for (int k = 0; k < nkw; k++) {
            switch (kwnames[k]) {
                case "string" -> {
                    if (npos == 1) {
                        throw PyErr.typeError("argument for %s() given by name ('string') and position (1)", name);
                    }
                    data = args[npos + k];
                }
                case "usedforsecurity" -> { }
                default -> throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", name, kwnames[k]);
            }
        }
        return data;
    }
}
