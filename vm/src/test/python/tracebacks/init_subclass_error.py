# An error raised by __init_subclass__ while a class statement runs: the class line is shown.
class Plugin:
    names = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not cls.__name__.endswith("Plugin"):
            raise TypeError(f"plugin class names must end with 'Plugin': {cls.__name__}")
        Plugin.names.append(cls.__name__)
class CsvPlugin(Plugin):
    pass
class JsonPlugin(Plugin):
    pass
print(Plugin.names)
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
class XmlExporter(Plugin):
    pass
print("never")
