#	type:	int
x=1
