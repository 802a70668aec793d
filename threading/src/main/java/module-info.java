/** The GIL SPI, its implementations and thread states (built with the virtual machine). */
module dev.kaa.threading {
}
