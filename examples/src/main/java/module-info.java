/** Embedding, extension, GIL and allocator examples (written with the virtual machine). */
module dev.kaa.examples {
    requires dev.kaa.vm;
}
