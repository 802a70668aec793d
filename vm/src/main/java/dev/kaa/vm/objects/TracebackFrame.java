package dev.kaa.vm.objects;

/**
 * What a traceback printer needs from a frame: where its code comes from and where an
 * instruction of it sits in the source. Frames of the interpreter implement it.
 *
 * <p>Thread safety: as the implementing frame (read under the GIL while an exception is shown).
 */
public interface TracebackFrame {
    /** {@code co_filename}. */
    String filename();

    /** {@code co_name} (the function name the traceback prints after {@code in}). */
    String name();

    /**
     * The source span of the instruction at byte offset {@code lasti}: {lineno, end_lineno,
     * col_offset, end_col_offset} with -1 for unknown parts, as {@code co_positions()} gives.
     */
    int[] positions(int lasti);

    /**
     * The frame's variables as {@code NameError} suggestions read them: {@code f_locals},
     * {@code f_globals} and {@code f_builtins}, each a mapping (a dict, or a module for
     * builtins) or null when the frame cannot say.
     */
    default Object suggestionNamespace(Namespace which) {
        return null;
    }

    /** The three namespaces of {@link #suggestionNamespace}. */
    enum Namespace { LOCALS, GLOBALS, BUILTINS }
}
