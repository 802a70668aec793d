/** The allocator SPI and its implementations, tracing and quotas (built with the virtual machine). */
module dev.kaa.memory {
}
