print(divmod(3, 0))
