/** The public API that Java extension modules are written against (built with the virtual machine). */
module dev.kaa.ext {
}
