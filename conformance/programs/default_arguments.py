# tier: 1  area: functions
def greet(n, times=2, sep="-"):
    i = 0
    while i < times:
        print(n, end=sep)
        i += 1
    print()

greet("a")
greet("b", 3)
greet("c", 1, "+")
greet("d", sep="/")
