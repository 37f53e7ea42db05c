# tier: 1  area: print
print(1, 2, 3, sep=", ")
print("a", "b", sep="")
print("no newline", end="")
print(" continued")
print(1, 2, sep="-", end="!\n")
print()
print("x", None, True, 1.5, sep="|")
print(sep=":", end="done\n")
