"""Writes sort/zsort.go and slices/zsort.go: one introsort, insertion sort,
heapsort and in-place stable merge, instantiated for each way of reaching
the data (sort.Interface methods; an index comparison with a typed swap;
ordered values; a comparison function), since mvm does not inline calls.

Run from frontend/lib:  python3 sort/zsort_gen.py .
"""
import re, sys

TEMPLATE = r'''
// insertionSortNAME sorts [a, b) by insertion; it is stable.
func insertionSortNAMETPARAMS(PARAMS, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && LESS(j, j-1); j-- {
			SWAP(j, j-1)
		}
	}
}

// quickSortNAME sorts [lo, hi): introsort, that is quicksort with a
// median-of-three (ninther for long ranges) pivot, insertion sort for short
// ranges, and heapsort once the partitions have been unbalanced limit
// times, which bounds the work by O(n log n).
func quickSortNAMETPARAMS(PARAMS, lo, hi, limit int) {
	for hi-lo > 12 {
		if limit == 0 {
			heapSortNAME(ARGS, lo, hi)
			return
		}
		limit--
		pivotToFrontNAME(ARGS, lo, hi)
		PIVOTVAR		// Hoare partition around the pivot at lo. Both scans stop at
		// elements equal to the pivot, which keeps ranges of equal keys
		// balanced.
		i, j := lo+1, hi-1
		for {
			for i <= j && LESS(i, lo) {
				i++
			}
			for i <= j && LESS(lo, j) {
				j--
			}
			if i >= j {
				break
			}
			SWAP(i, j)
			i++
			j--
		}
		SWAP(lo, j)
		// Recurse into the smaller side, loop on the larger one.
		if j-lo < hi-j-1 {
			quickSortNAME(ARGS, lo, j, limit)
			lo = j + 1
		} else {
			quickSortNAME(ARGS, j+1, hi, limit)
			hi = j
		}
	}
	insertionSortNAME(ARGS, lo, hi)
}

// pivotToFrontNAME moves a pivot chosen from [lo, hi) to lo.
func pivotToFrontNAMETPARAMS(PARAMS, lo, hi int) {
	n := hi - lo
	m := lo + n/2
	if n >= 64 {
		d := n / 8
		m = median3NAME(ARGS,
			median3NAME(ARGS, lo, lo+d, lo+2*d),
			median3NAME(ARGS, m-d, m, m+d),
			median3NAME(ARGS, hi-1-2*d, hi-1-d, hi-1))
	} else {
		m = median3NAME(ARGS, lo, m, hi-1)
	}
	SWAP(lo, m)
}

// median3NAME returns the index of the median of the elements at a, b, c.
func median3NAMETPARAMS(PARAMS, a, b, c int) int {
	if LESS(b, a) {
		a, b = b, a
	}
	if LESS(c, b) {
		if LESS(c, a) {
			return a
		}
		return c
	}
	return b
}

// heapSortNAME sorts [lo, hi) with a max-heap.
func heapSortNAMETPARAMS(PARAMS, lo, hi int) {
	n := hi - lo
	for i := n/2 - 1; i >= 0; i-- {
		siftDownNAME(ARGS, lo, i, n)
	}
	for i := n - 1; i > 0; i-- {
		SWAP(lo, lo+i)
		siftDownNAME(ARGS, lo, 0, i)
	}
}

func siftDownNAMETPARAMS(PARAMS, lo, root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && LESS(lo+child, lo+child+1) {
			child++
		}
		if !LESS(lo+root, lo+child) {
			return
		}
		SWAP(lo+root, lo+child)
		root = child
	}
}
'''

STABLE = r'''
// stableNAME sorts [0, n) stably and in place: insertion sort of blocks
// of 20, then bottom-up merging of neighbouring runs.
func stableNAMETPARAMS(PARAMS, n int) {
	const block = 20
	a := 0
	for ; a+block <= n; a += block {
		insertionSortNAME(ARGS, a, a+block)
	}
	insertionSortNAME(ARGS, a, n)
	for size := block; size < n; size *= 2 {
		for a := 0; a+size < n; a += 2 * size {
			mergeNAME(ARGS, a, a+size, min(a+2*size, n))
		}
	}
}

// mergeNAME merges the sorted runs [a, m) and [m, b) stably without a
// buffer: it cuts the longer run in the middle, finds the matching cut
// of the other run by binary search, rotates the two middle pieces into
// place and merges the two halves that result.
func mergeNAMETPARAMS(PARAMS, a, m, b int) {
	for a < m && m < b {
		if b-a == 2 {
			if LESS(m, a) {
				SWAP(a, m)
			}
			return
		}
		var c1, c2 int
		if m-a >= b-m {
			c1 = a + (m-a)/2
			// c2: the first element of [m, b) not less than the one at c1.
			lo, hi := m, b
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if LESS(h, c1) {
					lo = h + 1
				} else {
					hi = h
				}
			}
			c2 = lo
		} else {
			c2 = m + (b-m)/2
			// c1: the first element of [a, m) greater than the one at c2.
			lo, hi := a, m
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if !LESS(c2, h) {
					lo = h + 1
				} else {
					hi = h
				}
			}
			c1 = lo
		}
		rotateNAME(ARGS, c1, m, c2)
		nm := c1 + (c2 - m)
		if nm-a < b-nm {
			mergeNAME(ARGS, a, c1, nm)
			a, m = nm, c2
		} else {
			mergeNAME(ARGS, nm, c2, b)
			b, m = nm, c1
		}
	}
}

// rotateNAME exchanges the ranges [a, m) and [m, b).
func rotateNAMETPARAMS(PARAMS, a, m, b int) {
	if a == m || m == b {
		return
	}
	reverseRangeNAME(ARGS, a, m)
	reverseRangeNAME(ARGS, m, b)
	reverseRangeNAME(ARGS, a, b)
}

func reverseRangeNAMETPARAMS(PARAMS, i, j int) {
	for j--; i < j; i, j = i+1, j-1 {
		SWAP(i, j)
	}
}
'''

# Value-based insertion sort (moves instead of swaps).
VALUE_INSERTION = r'''
// insertionSortNAME sorts [a, b) by insertion; it is stable.
func insertionSortNAMETPARAMS(PARAMS, a, b int) {
	for i := a + 1; i < b; i++ {
		v := s[i]
		j := i
		for j > a && VLESS(v, s[j-1]) {
			s[j] = s[j-1]
			j--
		}
		s[j] = v
	}
}
'''

def expand(text, name, tparams, params, args, less, swap, pivot=False):
    text = text.replace('NAMETPARAMS', name + tparams).replace('NAME', name)
    text = text.replace('PARAMS', params).replace('ARGS', args)
    text = text.replace('\t\tPIVOTVAR', '\t\tp := s[lo] // stays at lo until the partition ends\n' if pivot else '')
    # LESS(x, y) and SWAP(x, y) with simple argument expressions
    def sub(macro, fn, t):
        out = ''
        i = 0
        while True:
            k = t.find(macro + '(', i)
            if k < 0:
                return out + t[i:]
            out += t[i:k]
            depth = 0; j = k + len(macro)
            start = j + 1
            while True:
                if t[j] == '(':
                    depth += 1
                elif t[j] == ')':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            inner = t[start:j]
            parts = [p.strip() for p in inner.split(',')]
            e = fn(*parts)
            if out.endswith('!') and (' < ' in e):
                e = '(' + e + ')'
            out += e
            i = j + 1
    text = sub('VLESS', lambda x, y: less.replace('s[X]', x).replace('s[Y]', y) if 's[X]' in less else less, text)
    text = sub('LESS', lambda x, y: less.replace('X', x).replace('Y', y), text)
    text = sub('SWAP', lambda x, y: swap.replace('X', x).replace('Y', y), text)
    return text

HEADER = '''// Code generated by sort/zsort_gen.py (in frontend/lib); DO NOT EDIT.
// One sorting template instantiated for each way of reaching the data.

package %s
'''

def write(path, pkg, parts, imports=''):
    with open(path, 'w') as f:
        f.write(HEADER % pkg)
        if imports:
            f.write('\nimport %s\n' % imports)
        for p in parts:
            f.write(p)

# sort: Interface
iface = expand(TEMPLATE + STABLE, '_iface', '', 'data Interface', 'data', 'data.Less(X, Y)', 'data.Swap(X, Y)')
# sort: less(i, j) with a typed slice for swapping
less = expand(TEMPLATE + STABLE, '_less', '[T any]', 's []T, less func(i, j int) bool', 's, less', 'less(X, Y)', 's[X], s[Y] = s[Y], s[X]')
write(sys.argv[1] + '/sort/zsort.go', 'sort', [iface, less])

# slices: ordered values (NaNs are moved out first), cmp func
def value_variant(name, tparams, params, args, vless):
    t = TEMPLATE.split('// quickSortNAME')[1]
    t = '\n// quickSortNAME' + t
    ins = VALUE_INSERTION
    less_idx = vless.replace('A', 's[X]').replace('B', 's[Y]')
    body = expand(t, name, tparams, params, args, less_idx, 's[X], s[Y] = s[Y], s[X]', pivot=True)
    body = body.replace(vless.replace('A', 's[i]').replace('B', 's[lo]'), vless.replace('A', 's[i]').replace('B', 'p'))
    body = body.replace(vless.replace('A', 's[lo]').replace('B', 's[j]'), vless.replace('A', 'p').replace('B', 's[j]'))
    ins = ins.replace('NAMETPARAMS', name + tparams).replace('NAME', name).replace('PARAMS', params)
    ins = ins.replace('VLESS(v, s[j-1])', vless.replace('A', 'v').replace('B', 's[j-1]'))
    return ins + body

ordered = value_variant('Ordered', '[E cmp.Ordered]', 's []E', 's', 'A < B')
cmpf = value_variant('CmpFunc', '[E any]', 's []E, cmp func(a, b E) int', 's, cmp', 'cmp(A, B) < 0')
write(sys.argv[1] + '/slices/zsort.go', 'slices', [ordered, cmpf], '"cmp"')
