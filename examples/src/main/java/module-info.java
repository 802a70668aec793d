/**
 * Examples of Kaa's uses: embedding the interpreter in a Java program; {@code kaa_vectors}, an
 * extension module written against the extension API ({@code dev.kaa.ext}); and {@code "fair"},
 * a global interpreter lock of a host's own, plugged in through the threading SPI.
 */
module dev.kaa.examples {
    requires dev.kaa.vm;
    requires dev.kaa.ext;
    requires dev.kaa.threading;

    provides dev.kaa.ext.ExtensionModule with dev.kaa.examples.ext.VectorsModule;
    provides dev.kaa.threading.GlobalLockProvider with dev.kaa.examples.gil.FairGilProvider;
}
