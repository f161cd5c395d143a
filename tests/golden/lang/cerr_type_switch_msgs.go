package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{}

func (Sq) Area() float64 { return 1 }

func main() {
	var i interface{} = 1
	switch i.(type) {
	case int, int:
	case string:
		fallthrough
	case bool:
	}
	var s Shape = Sq{}
	switch v := s.(type) {
	case int:
		fmt.Println(v)
	case *Sq:
	}
	n := 3
	switch n.(type) {
	}
	switch x := i.(type) {
	case error:
	}
	if v, ok := i.(undefinedT); ok {
		fmt.Println(v)
	}
}

// Error:
// ./cerr_type_switch_msgs.go:13:12: duplicate case int in type switch
// 	./cerr_type_switch_msgs.go:13:7: previous case
// ./cerr_type_switch_msgs.go:15:3: cannot fallthrough in type switch
// ./cerr_type_switch_msgs.go:20:7: impossible type switch case: int
// 	s (variable of interface type Shape) cannot have dynamic type int (missing method Area)
// ./cerr_type_switch_msgs.go:25:9: n (variable of type int) is not an interface
// ./cerr_type_switch_msgs.go:27:9: x declared and not used
// ./cerr_type_switch_msgs.go:30:17: undefined: undefinedT
