package main

import "fmt"

type Obj struct {
	keys []string
	vals map[string]interface{}
}

func NewObj(kv ...interface{}) *Obj {
	o := &Obj{vals: map[string]interface{}{}}
	for i := 0; i < len(kv); i += 2 {
		k := kv[i].(string)
		o.keys = append(o.keys, k)
		o.vals[k] = kv[i+1]
	}
	return o
}

func quote(s string) string {
	out := []byte{'"'}
	for _, r := range s {
		switch r {
		case '"':
			out = append(out, '\\', '"')
		case '\\':
			out = append(out, '\\', '\\')
		case '\n':
			out = append(out, '\\', 'n')
		case '\t':
			out = append(out, '\\', 't')
		default:
			if r < 0x20 {
				out = append(out, fmt.Sprintf("\\u%04x", r)...)
			} else {
				out = append(out, string(r)...)
			}
		}
	}
	return string(append(out, '"'))
}

func indent(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "  "
	}
	return s
}

func render(v interface{}, depth int) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		if x {
			return "true"
		}
		return "false"
	case int:
		return fmt.Sprint(x)
	case float64:
		return fmt.Sprintf("%g", x)
	case string:
		return quote(x)
	case []interface{}:
		if len(x) == 0 {
			return "[]"
		}
		s := "[\n"
		for i, e := range x {
			s += indent(depth+1) + render(e, depth+1)
			if i < len(x)-1 {
				s += ","
			}
			s += "\n"
		}
		return s + indent(depth) + "]"
	case *Obj:
		if len(x.keys) == 0 {
			return "{}"
		}
		s := "{\n"
		for i, k := range x.keys {
			s += indent(depth+1) + quote(k) + ": " + render(x.vals[k], depth+1)
			if i < len(x.keys)-1 {
				s += ","
			}
			s += "\n"
		}
		return s + indent(depth) + "}"
	case fmt.Stringer:
		return quote(x.String())
	case error:
		return quote("error: " + x.Error())
	default:
		return quote(fmt.Sprintf("<%T>", x))
	}
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func main() {
	doc := NewObj(
		"name", "mvm",
		"version", Version{1, 2},
		"stable", false,
		"stars", 42,
		"ratio", 0.125,
		"tags", []interface{}{"go", "vm", "jit"},
		"empty", []interface{}{},
		"meta", NewObj("escaped", "a\"b\\c\nd\te\x01", "nothing", nil, "nested", NewObj()),
		"matrix", []interface{}{[]interface{}{1, 2}, []interface{}{3, []interface{}{4.5}}},
		"err", fmt.Errorf("oops"),
		"weird", struct{}{},
	)
	fmt.Println(render(doc, 0))
}

// Output:
// {
//   "name": "mvm",
//   "version": "v1.2",
//   "stable": false,
//   "stars": 42,
//   "ratio": 0.125,
//   "tags": [
//     "go",
//     "vm",
//     "jit"
//   ],
//   "empty": [],
//   "meta": {
//     "escaped": "a\"b\\c\nd\te\u0001",
//     "nothing": null,
//     "nested": {}
//   },
//   "matrix": [
//     [
//       1,
//       2
//     ],
//     [
//       3,
//       [
//         4.5
//       ]
//     ]
//   ],
//   "err": "error: oops",
//   "weird": "<struct {}>"
// }
