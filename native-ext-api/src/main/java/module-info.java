/**
 * The API that Java extension modules are written against: a module declares itself as an
 * {@link dev.kaa.ext.ExtensionModule} service, exposes functions and types with annotations
 * ({@link dev.kaa.ext.PyMethod} and its parameter markers), and works on Python objects through
 * {@link dev.kaa.ext.Py}. The virtual machine provides {@link dev.kaa.ext.spi.PythonRuntime}.
 */
module dev.kaa.ext {
    exports dev.kaa.ext;
    exports dev.kaa.ext.spi;
    exports dev.kaa.ext.internal to dev.kaa.vm;

    uses dev.kaa.ext.spi.PythonRuntime;
}
