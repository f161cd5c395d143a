// Package tabwriter implements a write filter (tabwriter.Writer) that
// translates tabbed columns in input into properly aligned text, using
// the Elastic Tabstops algorithm.
package tabwriter

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// Formatting flags.
const (
	// Ignore html tags and treat entities (starting with '&'
	// and ending in ';') as single characters (width = 1).
	FilterHTML uint = 1 << iota

	// Strip Escape characters bracketing escaped text segments
	// instead of passing them through unchanged with the text.
	StripEscape

	// Force right-alignment of cell content.
	// Default is left-alignment.
	AlignRight

	// Handle empty columns as if they were not present in
	// the input in the first place.
	DiscardEmptyColumns

	// Always use tabs for indentation columns (i.e., padding of
	// leading empty cells on the left) independent of padchar.
	TabIndent

	// Print a vertical bar ('|') between columns (after formatting).
	// Discarded columns appear as zero-width columns ("||").
	Debug
)

// Escape brackets a text segment whose characters are passed through
// unchanged and do not end cells.
const Escape = '\xff'

// A cell is a piece of text ended by a tab or a line break.
type cell struct {
	size  int  // bytes of text in the buffer
	width int  // display width in runes
	htab  bool // ended by '\t' (not '\v')
}

// A Writer is a filter that inserts padding around tab-delimited
// columns in its input to align them in the output.
type Writer struct {
	out      io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	text    []byte   // text of all buffered cells, without separators
	counted int      // text[:counted] is included in cur.width
	cur     cell     // the cell being collected
	closer  byte     // byte that ends the current escape, or 0
	lines   [][]cell // buffered lines; the last one is being collected
	widths  []int    // widths of the enclosing columns while formatting
}

// writeFailure carries an output error out of the formatting code.
type writeFailure struct{ err error }

// NewWriter allocates and initializes a new tabwriter.Writer.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	return new(Writer).Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// Init initializes a Writer. minwidth is the minimal cell width
// including padding, tabwidth the width of tab characters (for tab
// padding), padding the number of cells added to a cell's width,
// padchar the byte used for padding ('\t' means tab padding and forces
// left alignment) and flags formatting control.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if minwidth < 0 || tabwidth < 0 || padding < 0 {
		panic("negative minwidth, tabwidth, or padding")
	}
	b.out = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	b.padchar = padchar
	if padchar == '\t' {
		flags &^= AlignRight
	}
	b.flags = flags
	b.clear()
	return b
}

func (b *Writer) clear() {
	b.text = b.text[:0]
	b.counted = 0
	b.cur = cell{}
	b.closer = 0
	b.lines = append(b.lines[:0], nil)
	b.widths = b.widths[:0]
}

func (b *Writer) emit(p []byte) {
	n, err := b.out.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(writeFailure{err})
	}
}

func (b *Writer) emitRepeated(c byte, n int) {
	if n <= 0 {
		// Go writes an empty slice here; keep the call for writers
		// that observe it.
		b.emit(nil)
		return
	}
	var chunk [8]byte
	for i := range chunk {
		chunk[i] = c
	}
	for n > len(chunk) {
		b.emit(chunk[:])
		n -= len(chunk)
	}
	b.emit(chunk[:n])
}

// pad writes the padding that takes a cell of textw runes to cellw.
func (b *Writer) pad(textw, cellw int, tabs bool) {
	if tabs || b.padchar == '\t' {
		if b.tabwidth == 0 {
			return
		}
		cellw = (cellw + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		gap := cellw - textw
		if gap < 0 {
			panic("internal error")
		}
		b.emitRepeated('\t', (gap+b.tabwidth-1)/b.tabwidth)
		return
	}
	b.emitRepeated(b.padchar, cellw-textw)
}

// writeLines prints lines [from, to) with the current column widths,
// starting at text offset off, and returns the offset after them.
func (b *Writer) writeLines(off, from, to int) int {
	for i := from; i < to; i++ {
		tabs := b.flags&TabIndent != 0
		for j, c := range b.lines[i] {
			if j > 0 && b.flags&Debug != 0 {
				b.emit([]byte{'|'})
			}
			padded := j < len(b.widths)
			if c.size == 0 {
				if padded {
					b.pad(c.width, b.widths[j], tabs)
				}
				continue
			}
			tabs = false
			if b.flags&AlignRight != 0 && padded {
				b.pad(c.width, b.widths[j], false)
			}
			b.emit(b.text[off : off+c.size])
			off += c.size
			if b.flags&AlignRight == 0 && padded {
				b.pad(c.width, b.widths[j], false)
			}
		}
		if i+1 == len(b.lines) {
			// The line being collected has no newline yet.
			b.emit(b.text[off : off+b.cur.size])
			off += b.cur.size
		} else {
			b.emit([]byte{'\n'})
		}
	}
	return off
}

// layout prints lines [from, to), whose columns left of len(b.widths)
// are already sized: each run of lines that has a cell in the next
// column forms a block sized by its widest cell.
func (b *Writer) layout(off, from, to int) int {
	col := len(b.widths)
	for i := from; i < to; i++ {
		// A line's last cell is not in a column.
		if len(b.lines[i])-1 <= col {
			continue
		}
		off = b.writeLines(off, from, i)
		from = i
		width := b.minwidth
		empty := true
		for ; i < to && len(b.lines[i])-1 > col; i++ {
			c := b.lines[i][col]
			if w := c.width + b.padding; w > width {
				width = w
			}
			if c.width > 0 || c.htab {
				empty = false
			}
		}
		if empty && b.flags&DiscardEmptyColumns != 0 {
			width = 0
		}
		b.widths = append(b.widths, width)
		off = b.layout(off, from, i)
		b.widths = b.widths[:len(b.widths)-1]
		from = i
	}
	return b.writeLines(off, from, to)
}

func (b *Writer) count() {
	b.cur.width += utf8.RuneCount(b.text[b.counted:])
	b.counted = len(b.text)
}

func (b *Writer) add(p []byte) {
	b.text = append(b.text, p...)
	b.cur.size += len(p)
}

func (b *Writer) endEscape() {
	switch b.closer {
	case Escape:
		b.count()
		if b.flags&StripEscape == 0 {
			b.cur.width -= 2 // the Escape bytes take no room
		}
	case ';':
		b.cur.width++ // an entity is one character
	}
	// A tag ('>') is zero width.
	b.counted = len(b.text)
	b.closer = 0
}

// endCell adds the current cell to the current line and returns the
// line's number of cells.
func (b *Writer) endCell(htab bool) int {
	b.cur.htab = htab
	last := len(b.lines) - 1
	b.lines[last] = append(b.lines[last], b.cur)
	b.cur = cell{}
	return len(b.lines[last])
}

func (b *Writer) recoverFrom(err *error, op string) {
	r := recover()
	if r == nil {
		return
	}
	if op == "Flush" {
		b.clear()
	}
	if f, ok := r.(writeFailure); ok {
		*err = f.err
		return
	}
	panic("tabwriter: panic during " + op + " (" + fmt.Sprint(r) + ")")
}

// Flush should be called after the last call to Write to ensure that
// any data buffered in the Writer is written to output.
func (b *Writer) Flush() (err error) {
	defer b.recoverFrom(&err, "Flush")
	b.flushAll()
	return nil
}

func (b *Writer) flushAll() {
	if b.cur.size > 0 {
		if b.closer != 0 {
			b.endEscape()
		}
		b.endCell(false)
	}
	b.layout(0, 0, len(b.lines))
	b.clear()
}

// Write writes buf to the writer b. The only errors returned are ones
// encountered while writing to the underlying output stream.
func (b *Writer) Write(buf []byte) (n int, err error) {
	defer b.recoverFrom(&err, "Write")
	n = 0
	for i, c := range buf {
		if b.closer != 0 {
			if c == b.closer {
				end := i + 1
				if c == Escape && b.flags&StripEscape != 0 {
					end = i
				}
				b.add(buf[n:end])
				n = i + 1
				b.endEscape()
			}
			continue
		}
		switch c {
		case '\t', '\v', '\n', '\f':
			b.add(buf[n:i])
			b.count()
			n = i + 1
			cells := b.endCell(c == '\t')
			if c == '\n' || c == '\f' {
				b.lines = append(b.lines, nil)
				// A line of one cell does not affect the columns of
				// the lines after it, so everything so far can go out.
				if c == '\f' || cells == 1 {
					b.flushAll()
					if c == '\f' && b.flags&Debug != 0 {
						b.emit([]byte("---\n"))
					}
				}
			}
		case Escape:
			b.add(buf[n:i])
			b.count()
			n = i
			if b.flags&StripEscape != 0 {
				n++
			}
			b.closer = Escape
		case '<', '&':
			if b.flags&FilterHTML != 0 {
				b.add(buf[n:i])
				b.count()
				n = i
				if c == '<' {
					b.closer = '>'
				} else {
					b.closer = ';'
				}
			}
		}
	}
	b.add(buf[n:])
	n = len(buf)
	return
}
