package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3, 4}
	str := "abcd"
	arr := [4]int{}
	for _, i := range []int{-3, -1, 1, 5} {
		for _, j := range []int{-2, 2, 3, 9} {
			try(fmt.Sprint("s[", i, ":", j, "]"), func() { _ = s[i:j] })
			try(fmt.Sprint("str[", i, ":", j, "]"), func() { _ = str[i:j] })
			try(fmt.Sprint("arr[", i, ":", j, "]"), func() { _ = arr[i:j] })
			try(fmt.Sprint("s[", i, ":", j, ":4]"), func() { _ = s[i:j:4] })
			try(fmt.Sprint("s[1:", i, ":", j, "]"), func() { _ = s[1:i:j] })
			try(fmt.Sprint("s[:", i, ":", j, "]"), func() { _ = s[:i:j] })
			try(fmt.Sprint("s[", i, ":]"), func() { _ = s[i:] })
			try(fmt.Sprint("s[:", j, "]"), func() { _ = s[:j] })
			try(fmt.Sprint("str[", i, ":]"), func() { _ = str[i:] })
		}
	}
}

// Output:
// s[-3:-2] runtime error: slice bounds out of range [:-2]
// str[-3:-2] runtime error: slice bounds out of range [:-2]
// arr[-3:-2] runtime error: slice bounds out of range [:-2]
// s[-3:-2:4] runtime error: slice bounds out of range [:-2:]
// s[1:-3:-2] runtime error: slice bounds out of range [::-2]
// s[:-3:-2] runtime error: slice bounds out of range [::-2]
// s[-3:] runtime error: slice bounds out of range [-3:]
// s[:-2] runtime error: slice bounds out of range [:-2]
// str[-3:] runtime error: slice bounds out of range [-3:]
// s[-3:2] runtime error: slice bounds out of range [-3:]
// str[-3:2] runtime error: slice bounds out of range [-3:]
// arr[-3:2] runtime error: slice bounds out of range [-3:]
// s[-3:2:4] runtime error: slice bounds out of range [-3::]
// s[1:-3:2] runtime error: slice bounds out of range [:-3:]
// s[:-3:2] runtime error: slice bounds out of range [:-3:]
// s[-3:] runtime error: slice bounds out of range [-3:]
// s[:2] <nil>
// str[-3:] runtime error: slice bounds out of range [-3:]
// s[-3:3] runtime error: slice bounds out of range [-3:]
// str[-3:3] runtime error: slice bounds out of range [-3:]
// arr[-3:3] runtime error: slice bounds out of range [-3:]
// s[-3:3:4] runtime error: slice bounds out of range [-3::]
// s[1:-3:3] runtime error: slice bounds out of range [:-3:]
// s[:-3:3] runtime error: slice bounds out of range [:-3:]
// s[-3:] runtime error: slice bounds out of range [-3:]
// s[:3] <nil>
// str[-3:] runtime error: slice bounds out of range [-3:]
// s[-3:9] runtime error: slice bounds out of range [:9] with capacity 4
// str[-3:9] runtime error: slice bounds out of range [:9] with length 4
// arr[-3:9] runtime error: slice bounds out of range [:9] with length 4
// s[-3:9:4] runtime error: slice bounds out of range [:9:4]
// s[1:-3:9] runtime error: slice bounds out of range [::9] with capacity 4
// s[:-3:9] runtime error: slice bounds out of range [::9] with capacity 4
// s[-3:] runtime error: slice bounds out of range [-3:]
// s[:9] runtime error: slice bounds out of range [:9] with capacity 4
// str[-3:] runtime error: slice bounds out of range [-3:]
// s[-1:-2] runtime error: slice bounds out of range [:-2]
// str[-1:-2] runtime error: slice bounds out of range [:-2]
// arr[-1:-2] runtime error: slice bounds out of range [:-2]
// s[-1:-2:4] runtime error: slice bounds out of range [:-2:]
// s[1:-1:-2] runtime error: slice bounds out of range [::-2]
// s[:-1:-2] runtime error: slice bounds out of range [::-2]
// s[-1:] runtime error: slice bounds out of range [-1:]
// s[:-2] runtime error: slice bounds out of range [:-2]
// str[-1:] runtime error: slice bounds out of range [-1:]
// s[-1:2] runtime error: slice bounds out of range [-1:]
// str[-1:2] runtime error: slice bounds out of range [-1:]
// arr[-1:2] runtime error: slice bounds out of range [-1:]
// s[-1:2:4] runtime error: slice bounds out of range [-1::]
// s[1:-1:2] runtime error: slice bounds out of range [:-1:]
// s[:-1:2] runtime error: slice bounds out of range [:-1:]
// s[-1:] runtime error: slice bounds out of range [-1:]
// s[:2] <nil>
// str[-1:] runtime error: slice bounds out of range [-1:]
// s[-1:3] runtime error: slice bounds out of range [-1:]
// str[-1:3] runtime error: slice bounds out of range [-1:]
// arr[-1:3] runtime error: slice bounds out of range [-1:]
// s[-1:3:4] runtime error: slice bounds out of range [-1::]
// s[1:-1:3] runtime error: slice bounds out of range [:-1:]
// s[:-1:3] runtime error: slice bounds out of range [:-1:]
// s[-1:] runtime error: slice bounds out of range [-1:]
// s[:3] <nil>
// str[-1:] runtime error: slice bounds out of range [-1:]
// s[-1:9] runtime error: slice bounds out of range [:9] with capacity 4
// str[-1:9] runtime error: slice bounds out of range [:9] with length 4
// arr[-1:9] runtime error: slice bounds out of range [:9] with length 4
// s[-1:9:4] runtime error: slice bounds out of range [:9:4]
// s[1:-1:9] runtime error: slice bounds out of range [::9] with capacity 4
// s[:-1:9] runtime error: slice bounds out of range [::9] with capacity 4
// s[-1:] runtime error: slice bounds out of range [-1:]
// s[:9] runtime error: slice bounds out of range [:9] with capacity 4
// str[-1:] runtime error: slice bounds out of range [-1:]
// s[1:-2] runtime error: slice bounds out of range [:-2]
// str[1:-2] runtime error: slice bounds out of range [:-2]
// arr[1:-2] runtime error: slice bounds out of range [:-2]
// s[1:-2:4] runtime error: slice bounds out of range [:-2:]
// s[1:1:-2] runtime error: slice bounds out of range [::-2]
// s[:1:-2] runtime error: slice bounds out of range [::-2]
// s[1:] <nil>
// s[:-2] runtime error: slice bounds out of range [:-2]
// str[1:] <nil>
// s[1:2] <nil>
// str[1:2] <nil>
// arr[1:2] <nil>
// s[1:2:4] <nil>
// s[1:1:2] <nil>
// s[:1:2] <nil>
// s[1:] <nil>
// s[:2] <nil>
// str[1:] <nil>
// s[1:3] <nil>
// str[1:3] <nil>
// arr[1:3] <nil>
// s[1:3:4] <nil>
// s[1:1:3] <nil>
// s[:1:3] <nil>
// s[1:] <nil>
// s[:3] <nil>
// str[1:] <nil>
// s[1:9] runtime error: slice bounds out of range [:9] with capacity 4
// str[1:9] runtime error: slice bounds out of range [:9] with length 4
// arr[1:9] runtime error: slice bounds out of range [:9] with length 4
// s[1:9:4] runtime error: slice bounds out of range [:9:4]
// s[1:1:9] runtime error: slice bounds out of range [::9] with capacity 4
// s[:1:9] runtime error: slice bounds out of range [::9] with capacity 4
// s[1:] <nil>
// s[:9] runtime error: slice bounds out of range [:9] with capacity 4
// str[1:] <nil>
// s[5:-2] runtime error: slice bounds out of range [:-2]
// str[5:-2] runtime error: slice bounds out of range [:-2]
// arr[5:-2] runtime error: slice bounds out of range [:-2]
// s[5:-2:4] runtime error: slice bounds out of range [:-2:]
// s[1:5:-2] runtime error: slice bounds out of range [::-2]
// s[:5:-2] runtime error: slice bounds out of range [::-2]
// s[5:] runtime error: slice bounds out of range [5:4]
// s[:-2] runtime error: slice bounds out of range [:-2]
// str[5:] runtime error: slice bounds out of range [5:4]
// s[5:2] runtime error: slice bounds out of range [5:2]
// str[5:2] runtime error: slice bounds out of range [5:2]
// arr[5:2] runtime error: slice bounds out of range [5:2]
// s[5:2:4] runtime error: slice bounds out of range [5:2:]
// s[1:5:2] runtime error: slice bounds out of range [:5:2]
// s[:5:2] runtime error: slice bounds out of range [:5:2]
// s[5:] runtime error: slice bounds out of range [5:4]
// s[:2] <nil>
// str[5:] runtime error: slice bounds out of range [5:4]
// s[5:3] runtime error: slice bounds out of range [5:3]
// str[5:3] runtime error: slice bounds out of range [5:3]
// arr[5:3] runtime error: slice bounds out of range [5:3]
// s[5:3:4] runtime error: slice bounds out of range [5:3:]
// s[1:5:3] runtime error: slice bounds out of range [:5:3]
// s[:5:3] runtime error: slice bounds out of range [:5:3]
// s[5:] runtime error: slice bounds out of range [5:4]
// s[:3] <nil>
// str[5:] runtime error: slice bounds out of range [5:4]
// s[5:9] runtime error: slice bounds out of range [:9] with capacity 4
// str[5:9] runtime error: slice bounds out of range [:9] with length 4
// arr[5:9] runtime error: slice bounds out of range [:9] with length 4
// s[5:9:4] runtime error: slice bounds out of range [:9:4]
// s[1:5:9] runtime error: slice bounds out of range [::9] with capacity 4
// s[:5:9] runtime error: slice bounds out of range [::9] with capacity 4
// s[5:] runtime error: slice bounds out of range [5:4]
// s[:9] runtime error: slice bounds out of range [:9] with capacity 4
// str[5:] runtime error: slice bounds out of range [5:4]
