// Benchmark kernels (from benchsuite/programs) as functions of their size
// that return their results instead of printing them, so that the aarch64
// test can run them natively under qemu with no runtime but a small C
// harness. They call no library function (no fmt, no math) and use no
// func values or interfaces (whose descriptors the lowering embeds as
// addresses of this process): only what lowers to IR arithmetic, memory,
// direct calls, bounds checks and the allocation natives.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return count
}

func mandelbrot(n int) (int, int) {
	const iter = 50
	const limit = 4.0
	count := 0
	hash := 0
	for y := 0; y < n; y++ {
		ci := 2.0*float64(y)/float64(n) - 1.0
		bits := 0
		nbits := 0
		for x := 0; x < n; x++ {
			cr := 2.0*float64(x)/float64(n) - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			for i := 0; i < iter && tr+ti <= limit; i++ {
				zi = 2.0*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			bits <<= 1
			if tr+ti <= limit {
				bits |= 1
				count++
			}
			nbits++
			if nbits == 8 || x == n-1 {
				for nbits < 8 {
					bits <<= 1
					nbits++
				}
				hash = (hash*31 + bits) % 1000000007
				bits = 0
				nbits = 0
			}
		}
	}
	return count, hash
}

func sqrt(x float64) float64 {
	if x <= 0 {
		return 0
	}
	z := 1.0
	if x > 1 {
		z = x
	}
	for {
		nz := 0.5 * (z + x/z)
		if nz >= z {
			return z
		}
		z = nz
	}
}

const (
	solarMass   = 4 * pi * pi
	daysPerYear = 365.24
	pi          = 3.141592653589793
)

type Body struct {
	x, y, z, vx, vy, vz, mass float64
}

func newSystem() []Body {
	bodies := []Body{
		{0, 0, 0, 0, 0, 0, solarMass},
		{
			4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
			1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear, -6.90460016972063023e-05 * daysPerYear,
			9.54791938424326609e-04 * solarMass,
		},
		{
			8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
			-2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear, 2.30417297573763929e-05 * daysPerYear,
			2.85885980666130812e-04 * solarMass,
		},
		{
			1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
			2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear, -2.96589568540237556e-05 * daysPerYear,
			4.36624404335156298e-05 * solarMass,
		},
		{
			1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
			2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear, -9.51592254519715870e-05 * daysPerYear,
			5.15138902046611451e-05 * solarMass,
		},
	}
	var px, py, pz float64
	for i := range bodies {
		px += bodies[i].vx * bodies[i].mass
		py += bodies[i].vy * bodies[i].mass
		pz += bodies[i].vz * bodies[i].mass
	}
	bodies[0].vx = -px / solarMass
	bodies[0].vy = -py / solarMass
	bodies[0].vz = -pz / solarMass
	return bodies
}

func energy(bodies []Body) float64 {
	e := 0.0
	for i := range bodies {
		b := &bodies[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bodies); j++ {
			b2 := &bodies[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			e -= (b.mass * b2.mass) / sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(bodies []Body, dt float64) {
	for i := range bodies {
		b := &bodies[i]
		for j := i + 1; j < len(bodies); j++ {
			b2 := &bodies[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			dSquared := dx*dx + dy*dy + dz*dz
			distance := sqrt(dSquared)
			mag := dt / (dSquared * distance)
			b.vx -= dx * b2.mass * mag
			b.vy -= dy * b2.mass * mag
			b.vz -= dz * b2.mass * mag
			b2.vx += dx * b.mass * mag
			b2.vy += dy * b.mass * mag
			b2.vz += dz * b.mass * mag
		}
	}
	for i := range bodies {
		b := &bodies[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func nbody(steps int) (float64, float64) {
	bodies := newSystem()
	e0 := energy(bodies)
	for i := 0; i < steps; i++ {
		advance(bodies, 0.01)
	}
	return e0, energy(bodies)
}

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func times(v []float64, u []float64) {
	for i := range v {
		a := 0.0
		for j := range u {
			a += evalA(i, j) * u[j]
		}
		v[i] = a
	}
}

func timesTransp(v []float64, u []float64) {
	for i := range v {
		a := 0.0
		for j := range u {
			a += evalA(j, i) * u[j]
		}
		v[i] = a
	}
}

func aTimesTransp(v []float64, u []float64, tmp []float64) {
	times(tmp, u)
	timesTransp(v, tmp)
}

func spectralNorm(n int) float64 {
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < 10; i++ {
		aTimesTransp(v, u, tmp)
		aTimesTransp(u, v, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	return sqrt(vBv / vv)
}

func matrix(n int, seed int) [][]float64 {
	m := make([][]float64, n)
	for i := 0; i < n; i++ {
		row := make([]float64, n)
		for j := 0; j < n; j++ {
			row[j] = float64((i*seed+j*7+3)%17-8) / 8.0
		}
		m[i] = row
	}
	return m
}

func mul(a, b [][]float64, n int) [][]float64 {
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		ci := make([]float64, n)
		ai := a[i]
		for k := 0; k < n; k++ {
			aik := ai[k]
			bk := b[k]
			for j := 0; j < n; j++ {
				ci[j] += aik * bk[j]
			}
		}
		c[i] = ci
	}
	return c
}

func matmul(n int) (float64, float64) {
	a := matrix(n, 3)
	b := matrix(n, 5)
	c := mul(a, b, n)
	sum := 0.0
	diag := 0.0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			sum += c[i][j] * float64(i%5+1)
		}
		diag += c[i][i]
	}
	return sum, diag
}

func fannkuch(n int) (int, int) {
	perm1 := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	perm := make([]int, n)
	count := make([]int, n)
	maxFlips := 0
	checksum := 0
	permCount := 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		for {
			if r == n {
				return checksum, maxFlips
			}
			perm0 := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = perm0
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func siftDown(a []int, root, end int) {
	for {
		child := 2*root + 1
		if child >= end {
			return
		}
		if child+1 < end && a[child] < a[child+1] {
			child++
		}
		if a[root] >= a[child] {
			return
		}
		a[root], a[child] = a[child], a[root]
		root = child
	}
}

func heapsort(n int) (int, int, int) {
	a := make([]int, n)
	seed := 42
	for i := range a {
		seed = (seed*1103515245 + 12345) % 2147483648
		a[i] = seed % 1000000
	}
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(a, i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		siftDown(a, 0, end)
	}
	sum := 0
	for i := 0; i < n; i++ {
		if i > 0 && a[i-1] > a[i] {
			return -1, 0, 0
		}
		sum = (sum + a[i]*(i%1000+1)) % 1000000007
	}
	return sum, a[0], a[n-1]
}

// Integer and conversion edge cases, where ISAs differ and the translation
// must hide it: division of MinInt64 by -1, shifts of 64 or more, float to
// integer conversions of NaN and out-of-range values, narrowing.
func edges(x int) int {
	h := 0
	vals := []int{0, 1, -1, 7, -7, 63, 64, 65, x, -x, 1 << 62, -1 << 63, 1<<63 - 1}
	for _, a := range vals {
		for _, b := range vals {
			if b != 0 {
				h = h*31 + a/b + a%b
			}
			s := uint(b) & 127
			h = h*31 + a<<s + a>>s + int(uint(a)>>s)
			h ^= int(int8(a)) + int(uint16(a)) + int(int32(a)*int32(b)) + int(uint32(a)/(uint32(b)|1))
		}
	}
	zero := 0.0
	fs := []float64{0, -0.5, 2.5, -2.5, 1e19, -1e19, 9.3e18, 3e9, -3e9, zero / zero, 1 / zero, -1 / zero}
	for _, f := range fs {
		h = h*31 + int(f) + int(int32(f)) + int(uint64(f)) + int(uint8(f))
		h = h*31 + int(float32(f)*3)
	}
	return h
}

// An index out of range: the panic protocol (flag, trace, zero results).
func oob(i int) int {
	a := make([]int, 3)
	return a[i] + 1
}

func main() {
	println(fib(20), sieve(1000))
	c, h := mandelbrot(64)
	println(c, h)
	e0, e1 := nbody(1000)
	println(e0, e1)
	println(spectralNorm(50))
	s, d := matmul(20)
	println(s, d)
	sum, flips := fannkuch(7)
	println(sum, flips)
	hs, lo, hi := heapsort(1000)
	println(hs, lo, hi)
	println(edges(12345))
	if fib(2) != 1 {
		println(oob(3))
	}
}
