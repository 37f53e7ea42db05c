# tier: 1  area: builtins
def parse():
    print(int("17"))
    print(int("4.5"))


parse()
