# tier: 1  area: zero-division
def inverse(x):
    return 1 / x

def run():
    print(inverse(4))
    print(inverse(0))

run()
