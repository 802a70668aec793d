x = 1 # type: int # type: str
