# tier: 1  area: kernels
def energy(n):
    x = 0.0
    v = 1.0
    dt = 0.01
    for i in range(n):
        a = -x
        v += a * dt
        x += v * dt
    return 0.5 * v * v + 0.5 * x * x

print(energy(1000))
