# KeyError from a nested subscript; the location markers point at the failing subscript.
config = {
    "server": {"host": "localhost", "port": 8080},
    "database": {"name": "main", "user": "admin"},
    "features": ["a", "b"],
}
def get(path):
    node = config
    for part in path.split("."):
        node = node[part]
    return node
def lookup_all():
    print(get("server.host"))
    print(get("server.port"))
    print(config["database"]["name"])
    print(config["database"]["password"])
print("keys", list(config))
print("server keys", list(config["server"]))
print("features", config["features"])
print("looking up")
lookup_all()
print("never")
print("never")
print("never")
