# tier: 1  area: control-flow
# Range loops whose positions reach the ends of i64: the position after the last element must not
# wrap around (step 1 and -1 advance without an overflow check; other steps are checked).
def walk(start, stop, step):
    n = 0
    last = 0
    for i in range(start, stop, step):
        n += 1
        last = i
    print(n, last)


for i in range(9223372036854775805, 9223372036854775807):
    print(i)
for i in range(-9223372036854775806, -9223372036854775807 - 1, -1):
    print(i)
walk(9223372036854775804, 9223372036854775807, 1)
walk(-9223372036854775805, -9223372036854775807 - 1, -1)
walk(9223372036854775803, 9223372036854775807, 2)
walk(-9223372036854775804, -9223372036854775807 - 1, -2)
walk(0, 9223372036854775807, 4611686018427387904)
walk(9223372036854775806, -9223372036854775807 - 1, -9223372036854775807)
