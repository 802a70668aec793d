if x:
	if y:
		pass
# type: ignore
	z = 1
