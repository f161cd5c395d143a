package main

import (
	"errors"
	"fmt"
)

type Matrix struct {
	r, c int
	d    []float64
}

func New(r, c int) *Matrix { return &Matrix{r, c, make([]float64, r*c)} }

func FromRows(rows [][]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, row := range rows {
		copy(m.d[i*m.c:], row)
	}
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.d[i*m.c+j] }
func (m *Matrix) Set(i, j int, v float64) { m.d[i*m.c+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.c != o.r {
		return nil, fmt.Errorf("dimension mismatch %dx%d * %dx%d", m.r, m.c, o.r, o.c)
	}
	out := New(m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s float64
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix) T() *Matrix {
	out := New(m.c, m.r)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

var ErrSingular = errors.New("singular matrix")

func (m *Matrix) Det() float64 {
	n := m.r
	a := append([]float64(nil), m.d...)
	det := 1.0
	for col := 0; col < n; col++ {
		piv := -1
		for r := col; r < n; r++ {
			if a[r*n+col] != 0 {
				piv = r
				break
			}
		}
		if piv < 0 {
			return 0
		}
		if piv != col {
			for k := 0; k < n; k++ {
				a[piv*n+k], a[col*n+k] = a[col*n+k], a[piv*n+k]
			}
			det = -det
		}
		det *= a[col*n+col]
		for r := col + 1; r < n; r++ {
			f := a[r*n+col] / a[col*n+col]
			for k := col; k < n; k++ {
				a[r*n+k] -= f * a[col*n+k]
			}
		}
	}
	return det
}

func (m *Matrix) Inverse() (*Matrix, error) {
	n := m.r
	aug := New(n, 2*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			aug.Set(i, j, m.At(i, j))
		}
		aug.Set(i, n+i, 1)
	}
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if abs(aug.At(r, col)) > abs(aug.At(piv, col)) {
				piv = r
			}
		}
		if abs(aug.At(piv, col)) < 1e-12 {
			return nil, ErrSingular
		}
		for k := 0; k < 2*n; k++ {
			x, y := aug.At(piv, k), aug.At(col, k)
			aug.Set(piv, k, y)
			aug.Set(col, k, x)
		}
		p := aug.At(col, col)
		for k := 0; k < 2*n; k++ {
			aug.Set(col, k, aug.At(col, k)/p)
		}
		for r := 0; r < n; r++ {
			if r != col {
				f := aug.At(r, col)
				for k := 0; k < 2*n; k++ {
					aug.Set(r, k, aug.At(r, k)-f*aug.At(col, k))
				}
			}
		}
	}
	inv := New(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			inv.Set(i, j, aug.At(i, n+j))
		}
	}
	return inv, nil
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func (m *Matrix) String() string {
	s := ""
	for i := 0; i < m.r; i++ {
		s += "["
		for j := 0; j < m.c; j++ {
			if j > 0 {
				s += " "
			}
			v := m.At(i, j)
			if abs(v) < 1e-9 {
				v = 0
			}
			s += fmt.Sprintf("%7.3f", v)
		}
		s += "]\n"
	}
	return s
}

func main() {
	a := FromRows([][]float64{{2, 1, 1}, {1, 3, 2}, {1, 0, 0}})
	b := FromRows([][]float64{{1, 2}, {0, 1}, {4, 0}})
	fmt.Print(a)
	ab, err := a.Mul(b)
	fmt.Print(ab, err, "\n")
	_, err = b.Mul(b)
	fmt.Println("err:", err)
	fmt.Print(b.T())
	fmt.Println("det:", a.Det(), Identity(4).Det())
	inv, err := a.Inverse()
	fmt.Print(inv, err, "\n")
	check, _ := a.Mul(inv)
	fmt.Print(check)
	sing := FromRows([][]float64{{1, 2}, {2, 4}})
	_, err = sing.Inverse()
	fmt.Println(err, errors.Is(err, ErrSingular), sing.Det())
	p := Identity(2)
	f := FromRows([][]float64{{1, 1}, {1, 0}})
	for i := 0; i < 30; i++ {
		p, _ = p.Mul(f)
	}
	fmt.Println(p.At(0, 1))
}

// Output:
// [  2.000   1.000   1.000]
// [  1.000   3.000   2.000]
// [  1.000   0.000   0.000]
// [  6.000   5.000]
// [  9.000   5.000]
// [  1.000   2.000]
//  <nil>
// err: dimension mismatch 3x2 * 3x2
// [  1.000   0.000   4.000]
// [  2.000   1.000   0.000]
// det: -0.9999999999999998 1
// [  0.000   0.000   1.000]
// [ -2.000   1.000   3.000]
// [  3.000  -1.000  -5.000]
//  <nil>
// [  1.000   0.000   0.000]
// [  0.000   1.000   0.000]
// [  0.000   0.000   1.000]
// singular matrix true 0
// 832040
