x: int # type: ignore
