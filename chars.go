package wirestory

// Byte classes shared by the scanners. They look at ASCII only: a byte of a
// multi-byte UTF-8 sequence is never a digit or a letter here.

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
