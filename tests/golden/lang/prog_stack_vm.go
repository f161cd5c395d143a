package main

import "fmt"

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JMP
	JZ
	PRINT
	HALT
	LOAD
	STORE
	LT
	CALL
	RET
)

var names = map[Op]string{PUSH: "PUSH", ADD: "ADD", SUB: "SUB", MUL: "MUL", DIV: "DIV", DUP: "DUP", SWAP: "SWAP",
	JMP: "JMP", JZ: "JZ", PRINT: "PRINT", HALT: "HALT", LOAD: "LOAD", STORE: "STORE", LT: "LT", CALL: "CALL", RET: "RET"}

func (o Op) String() string { return names[o] }

type Instr struct {
	Op  Op
	Arg int
}

type VM struct {
	code   []Instr
	stack  []int
	vars   [8]int
	calls  []int
	pc     int
	steps  int
	output []int
}

type VMError struct {
	PC  int
	Msg string
}

func (e *VMError) Error() string { return fmt.Sprintf("vm error at %d: %s", e.PC, e.Msg) }

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(&VMError{vm.pc, "stack underflow"})
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if ve, ok := r.(*VMError); ok {
				err = ve
				return
			}
			err = fmt.Errorf("runtime: %v", r)
		}
	}()
	for {
		in := vm.code[vm.pc]
		vm.pc++
		vm.steps++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD, SUB, MUL, DIV, LT:
			b, a := vm.pop(), vm.pop()
			var r int
			switch in.Op {
			case ADD:
				r = a + b
			case SUB:
				r = a - b
			case MUL:
				r = a * b
			case DIV:
				r = a / b
			case LT:
				if a < b {
					r = 1
				}
			}
			vm.push(r)
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case JMP:
			vm.pc = in.Arg
		case JZ:
			if vm.pop() == 0 {
				vm.pc = in.Arg
			}
		case LOAD:
			vm.push(vm.vars[in.Arg])
		case STORE:
			vm.vars[in.Arg] = vm.pop()
		case PRINT:
			vm.output = append(vm.output, vm.pop())
		case CALL:
			vm.calls = append(vm.calls, vm.pc)
			vm.pc = in.Arg
		case RET:
			vm.pc = vm.calls[len(vm.calls)-1]
			vm.calls = vm.calls[:len(vm.calls)-1]
		case HALT:
			return nil
		default:
			return &VMError{vm.pc - 1, fmt.Sprint("bad opcode ", in.Op)}
		}
	}
}

func main() {
	// factorial of 10 with a loop: vars[0]=n, vars[1]=acc
	fact := []Instr{
		{PUSH, 10}, {STORE, 0}, {PUSH, 1}, {STORE, 1},
		{LOAD, 0}, {JZ, 14},
		{LOAD, 1}, {LOAD, 0}, {MUL, 0}, {STORE, 1},
		{LOAD, 0}, {PUSH, 1}, {SUB, 0}, {STORE, 0}, // falls to 14? no: index 13 is STORE
		{LOAD, 1}, {PRINT, 0}, {HALT, 0},
	}
	fact[5].Arg = 16
	fact = append(fact[:14], append([]Instr{{JMP, 4}}, fact[14:]...)...)
	fact[5].Arg = 15
	vm := &VM{code: fact}
	err := vm.Run()
	fmt.Println(vm.output, err, vm.steps)
	// count to 5 printing each, with a subroutine that doubles
	prog := []Instr{
		{PUSH, 0}, {STORE, 0},
		{LOAD, 0}, {PUSH, 5}, {LT, 0}, {JZ, 13},
		{LOAD, 0}, {CALL, 14}, {PRINT, 0},
		{LOAD, 0}, {PUSH, 1}, {ADD, 0}, {STORE, 0},
		{HALT, 0},
		{DUP, 0}, {ADD, 0}, {RET, 0},
	}
	prog[12] = Instr{STORE, 0}
	prog = append(prog[:13], append([]Instr{{JMP, 2}}, prog[13:]...)...)
	prog[5].Arg = 14
	prog[7].Arg = 15
	vm2 := &VM{code: prog}
	fmt.Println(vm2.Run(), vm2.output)
	for _, bad := range [][]Instr{{{ADD, 0}}, {{PUSH, 1}, {PUSH, 0}, {DIV, 0}}, {{Op(99), 0}}} {
		v := &VM{code: bad}
		fmt.Println(v.Run())
	}
	for _, in := range prog[:4] {
		fmt.Print(in.Op, " ")
	}
	fmt.Println()
}

// Output:
// [3628800] <nil> 119
// <nil> [0 2 4 6 8]
// vm error at 1: stack underflow
// runtime: runtime error: integer divide by zero
// vm error at 0: bad opcode 
// PUSH STORE LOAD PUSH 
