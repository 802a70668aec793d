/**
 * Examples of Kaa's uses: embedding the interpreter in a Java program, and {@code kaa_vectors},
 * an extension module written against the extension API ({@code dev.kaa.ext}).
 */
module dev.kaa.examples {
    requires dev.kaa.vm;
    requires dev.kaa.ext;

    provides dev.kaa.ext.ExtensionModule with dev.kaa.examples.ext.VectorsModule;
}
