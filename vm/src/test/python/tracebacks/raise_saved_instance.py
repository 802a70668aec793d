# An exception instance created in one place and raised in another: the traceback starts at the raise.
ERRORS = {
    "missing": KeyError("configuration key missing"),
    "invalid": ValueError("configuration value invalid"),
}
def check(config):
    if "name" not in config:
        return ERRORS["missing"]
    if not isinstance(config["name"], str):
        return ERRORS["invalid"]
    return None
def load(config):
    problem = check(config)
    if problem is not None:
        raise problem
    return config["name"]
print(load({"name": "kaa"}))
print(check({}), check({"name": 1}))
print("...")
print("...")
print("...")
print("...")
print("...")
print(load({"name": 42}))
