module unicodegen

go 1.27
