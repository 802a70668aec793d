package dev.kaa.vm.modules.struct;

/**
 * The documentation texts of {@code _struct} (Kaa's own wording).
 *
 * <p>Thread safety: constants.
 */
final class StructDocs {
    private StructDocs() {}

    static final String MODULE = """
            Packing of Python values into bytes laid out as C structs, and unpacking.

            A format starts with an optional byte order character:
              @ native order, sizes and alignment (the default); = native order, standard sizes;
              < little-endian, standard sizes; > and ! big-endian, standard sizes.
            Then come format characters, each optionally preceded by a repeat count:
              x pad byte; c bytes of length 1; b/B signed/unsigned char; ? bool;
              h/H short; i/I int; l/L long; q/Q long long; e/f/d half/float/double;
              s bytes (the count is the length); p Pascal string (leading length byte);
              n/N ssize_t/size_t and P pointer (native mode only).
            Whitespace between items is ignored. Errors raise struct.error.
            """;

    static final String STRUCT = "Struct(format)\n--\n\nA compiled struct format: pack and unpack with it without parsing it again.";
}
