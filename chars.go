package wirestory

// Byte classes shared by the scanners. They look at ASCII only: a byte of a
// multi-byte UTF-8 sequence is never a digit or a letter here.

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isUpperASCII(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isASCIIAlnum(c byte) bool  { return isASCIILetter(c) || isDigit(c) }

// lowerASCII returns s with its ASCII letters in lower case; other
// helpers share it.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
