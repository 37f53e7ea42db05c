print(0.0 ** -1)
