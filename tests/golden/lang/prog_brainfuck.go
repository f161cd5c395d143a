package main

import (
	"errors"
	"fmt"
)

type Machine struct {
	code  []byte
	jumps map[int]int
	tape  [30000]byte
	ptr   int
	out   []byte
	input []byte
	steps int
}

var ErrUnbalanced = errors.New("unbalanced brackets")

func Compile(src string) (*Machine, error) {
	m := &Machine{jumps: map[int]int{}}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '+', '-', '<', '>', '.', ',', '[', ']':
			m.code = append(m.code, src[i])
		}
	}
	var stack []int
	for i, c := range m.code {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return nil, fmt.Errorf("at %d: %w", i, ErrUnbalanced)
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			m.jumps[i] = j
			m.jumps[j] = i
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("%d unclosed: %w", len(stack), ErrUnbalanced)
	}
	return m, nil
}

func (m *Machine) Run(limit int) error {
	for pc := 0; pc < len(m.code); pc++ {
		m.steps++
		if m.steps > limit {
			return fmt.Errorf("step limit %d exceeded", limit)
		}
		switch m.code[pc] {
		case '+':
			m.tape[m.ptr]++
		case '-':
			m.tape[m.ptr]--
		case '>':
			m.ptr++
		case '<':
			m.ptr--
		case '.':
			m.out = append(m.out, m.tape[m.ptr])
		case ',':
			if len(m.input) > 0 {
				m.tape[m.ptr] = m.input[0]
				m.input = m.input[1:]
			} else {
				m.tape[m.ptr] = 0
			}
		case '[':
			if m.tape[m.ptr] == 0 {
				pc = m.jumps[pc]
			}
		case ']':
			if m.tape[m.ptr] != 0 {
				pc = m.jumps[pc]
			}
		}
	}
	return nil
}

func main() {
	hello := "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
	m, err := Compile(hello)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Run(1000000), m.steps)
	fmt.Printf("%q\n", m.out)
	rev, _ := Compile(">,[>,]<[.<]")
	rev.input = []byte("stressed")
	fmt.Println(rev.Run(10000), string(rev.out))
	add, _ := Compile(",>,[<+>-]<.")
	add.input = []byte{30, 12}
	add.Run(1000)
	fmt.Println(add.out)
	_, err = Compile("[[]")
	fmt.Println(err, errors.Is(err, ErrUnbalanced))
	_, err = Compile("+]")
	fmt.Println(err)
	inf, _ := Compile("+[]")
	fmt.Println(inf.Run(500))
	wrap, _ := Compile("-.")
	wrap.Run(10)
	fmt.Println(wrap.out)
}

// Output:
// <nil> 906
// "Hello World!\n"
// <nil> desserts
// [42]
// 1 unclosed: unbalanced brackets true
// at 1: unbalanced brackets
// step limit 500 exceeded
// [255]
