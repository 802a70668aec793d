# "The above exception was the direct cause of the following exception" (raise ... from ...).
class ConfigError(Exception):
    pass
def parse_port(text):
    return int(text)
def load(settings):
    try:
        port = parse_port(settings["port"])
    except ValueError as exc:
        raise ConfigError(f"bad port {settings['port']!r}") from exc
    return port
print(load({"port": "80"}))
print(load({"port": "8080"}))
good = [load({"port": str(p)}) for p in (1, 2, 3)]
print(good)
print(sum(good))
print("loading bad settings")
print("...")
print("...")
load({"port": "eighty"})
print("never")
print("never")
print("never")
print("never")
