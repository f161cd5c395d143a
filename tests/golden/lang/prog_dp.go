package main

import "fmt"

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	out := []byte{}
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return string(out)
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func knapsack(w, v []int, cap int) int {
	dp := make([]int, cap+1)
	for i := range w {
		for c := cap; c >= w[i]; c-- {
			dp[c] = max(dp[c], dp[c-w[i]]+v[i])
		}
	}
	return dp[cap]
}

func coinWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func lis(a []int) int {
	var tails []int
	for _, x := range a {
		lo, hi := 0, len(tails)
		for lo < hi {
			m := (lo + hi) / 2
			if tails[m] < x {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo == len(tails) {
			tails = append(tails, x)
		} else {
			tails[lo] = x
		}
	}
	return len(tails)
}

func main() {
	fmt.Println(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), lcs("", "x"))
	fmt.Println(editDistance([]rune("kitten"), []rune("sitting")), editDistance([]rune("héllo"), []rune("hello")), editDistance(nil, []rune("abc")))
	fmt.Println(knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7), knapsack([]int{10, 20, 30}, []int{60, 100, 120}, 50))
	fmt.Println(coinWays([]int{1, 2, 5}, 5), coinWays([]int{1, 5, 10, 25, 50}, 1000))
	fmt.Println(lis([]int{10, 9, 2, 5, 3, 7, 101, 18}), lis([]int{0, 1, 0, 3, 2, 3}))
	catalan := make([]uint64, 20)
	catalan[0] = 1
	for n := 1; n < 20; n++ {
		for k := 0; k < n; k++ {
			catalan[n] += catalan[k] * catalan[n-1-k]
		}
	}
	fmt.Println(catalan)
}

// Output:
// GTAB BCBA 
// 3 1 3
// 9 220
// 4 801451
// 4 4
// [1 1 2 5 14 42 132 429 1430 4862 16796 58786 208012 742900 2674440 9694845 35357670 129644790 477638700 1767263190]
