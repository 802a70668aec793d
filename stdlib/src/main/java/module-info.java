/** The standard library's built-in modules (built after the virtual machine). */
module dev.kaa.stdlib {
    requires dev.kaa.ext;
}
