// io.Pipe connects a producer goroutine to a consumer: writes block until
// read, Close gives EOF, CloseWithError passes the error to the other side.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "record %d,%s\n", i, strings.Repeat("x", i))
		}
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		name, val, _ := strings.Cut(sc.Text(), ",")
		fmt.Printf("%-10s %d\n", name, len(val))
	}
	fmt.Println("scan err:", sc.Err())

	// Small reads split one large write.
	pr2, pw2 := io.Pipe()
	wrote := make(chan string, 1)
	go func() {
		n, err := pw2.Write([]byte("0123456789"))
		wrote <- fmt.Sprint("wrote ", n, " ", err)
		pw2.CloseWithError(errors.New("producer failed"))
	}()
	buf := make([]byte, 4)
	for {
		n, err := pr2.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println(<-wrote)

	// Closing the reader makes writes fail.
	pr3, pw3 := io.Pipe()
	pr3.Close()
	n, err := pw3.Write([]byte("x"))
	fmt.Println(n, err, errors.Is(err, io.ErrClosedPipe))
	pr4, pw4 := io.Pipe()
	pr4.CloseWithError(io.ErrShortBuffer)
	_, err = pw4.Write([]byte("y"))
	fmt.Println(err)
	_, err = pr4.Read(buf)
	fmt.Println(err)

	// io.Copy through a pipe.
	pr5, pw5 := io.Pipe()
	go func() {
		io.Copy(pw5, strings.NewReader(strings.Repeat("ab", 5000)))
		pw5.Close()
	}()
	var sb strings.Builder
	m, err := io.Copy(&sb, pr5)
	fmt.Println(m, err, sb.Len())
}

// Output:
// record 1   1
// record 2   2
// record 3   3
// scan err: <nil>
// read 4 "0123" <nil>
// read 4 "4567" <nil>
// read 2 "89" <nil>
// read 0 "" producer failed
// wrote 10 <nil>
// 0 io: read/write on closed pipe true
// short buffer
// io: read/write on closed pipe
// 10000 <nil> 10000
