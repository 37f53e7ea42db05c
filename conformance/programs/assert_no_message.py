# tier: 1  area: assert
def check(n):
    assert n > 0

check(1)
check(-1)
