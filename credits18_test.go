package wirestory

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A body the cases below end in their own ways.
const credits18Body = "KUWAIT, Dec 7 (KUNA) -- Kuwait's cabinet on Monday approved a plan to build three new desalination plants on the northern coast, a government source said.\n\n" +
	"The first plant would start operating in 2029, the source told KUNA"

// KUNA ends its copy with the end mark "(end)" and the lower-case initials
// of the writer and the editor, parted by a dot ("(end) nk.gta"), after
// the last sentence or on the next line. The mark and the initials are
// the sign-off, no part of the last paragraph, as "(END)" alone is.
func TestCreditEndMarkInitials(t *testing.T) {
	runCreditCases(t, []creditCase{
		{name: "after the last sentence", in: credits18Body + ". (end) nk.gta", want: "(end) nk.gta", last: "the source told KUNA."},
		{name: "after a quotation", in: credits18Body + ", adding that the plants \"will secure water for a generation.\" (end) ys.mt\n",
			want: "(end) ys.mt", last: "for a generation.\""},
		{name: "initials on the next line", in: credits18Body + ". (end)\nbs.aam\n", want: "(end)\nbs.aam", last: "the source told KUNA."},
		{name: "three sets of initials", in: credits18Body + ".\n\n(end) hm.gta.mt", want: "(end) hm.gta.mt", last: "the source told KUNA."},
		{name: "upper-case mark, desk code", in: credits18Body + ". (END) kd/hs", want: "(END) kd/hs", last: "the source told KUNA."},
		{name: "one writer's initials", in: credits18Body + ". (end) a.gta", want: "(end) a.gta", last: "the source told KUNA."},

		// Near misses: the mark after a word, the word "end" in a
		// sentence, the mark inside the paragraph, and initials with no
		// mark before them.
		{name: "mark after a word", in: credits18Body + " by the end of the year (END)", last: "by the end of the year (END)"},
		{name: "mark and initials after a word", in: credits18Body + " by the end of the year (end) nk.gta", last: "(end) nk.gta"},
		{name: "end in a sentence", in: credits18Body + " by the end of nk.gta", last: "by the end of nk.gta"},
		{name: "mark inside the paragraph", in: credits18Body + ". The film card read (end) ab.cd in white letters.", last: "in white letters."},
		{name: "initials with no mark", in: credits18Body + ".\n\nnk.gta", last: "nk.gta"},
		{name: "a site after the mark", in: credits18Body + ". (end) example.com", last: "(end) example.com"},
	})
}

// Below its end mark and initials, KUNA may put the agency's name and the
// time it filed the story: a day-time group, the zone, the month and the
// year ("KUNA 061530 GMT Dec 26"). The whole block is the credit, with the
// agency. Without the group, a month and a number after an agency are
// no stamp.
func TestCreditEndMarkTimeStamp(t *testing.T) {
	runCreditCases(t, []creditCase{
		{name: "mark, initials, stamp, each a paragraph", in: credits18Body + ". (end)\n\nfm.gb\n\nKUNA 061530 GMT Dec 26\n",
			want: "(end)\n\nfm.gb\n\nKUNA 061530 GMT Dec 26", agencies: []string{"KUNA"}, last: "the source told KUNA."},
		{name: "initials on the mark's line", in: credits18Body + ". (end) nk.gta\nKUNA 071205 GMT Dec 26",
			want: "(end) nk.gta\nKUNA 071205 GMT Dec 26", agencies: []string{"KUNA"}, last: "the source told KUNA."},
		{name: "no initials", in: credits18Body + ". (end)\nKUNA 311845 GMT Jan 27",
			want: "(end)\nKUNA 311845 GMT Jan 27", agencies: []string{"KUNA"}, last: "the source told KUNA."},
		{name: "no mark", in: credits18Body + ".\n\nKUNA 071205 GMT Dec 26",
			want: "KUNA 071205 GMT Dec 26", agencies: []string{"KUNA"}, last: "the source told KUNA."},
		{name: "a four-figure year", in: credits18Body + ". (end) nk.gta\nKUNA 071205 GMT Dec 2026",
			want: "(end) nk.gta\nKUNA 071205 GMT Dec 2026", agencies: []string{"KUNA"}, last: "the source told KUNA."},
		{name: "the agency on the mark's line", in: credits18Body + ". (end) KUNA", want: "(end) KUNA", agencies: []string{"KUNA"},
			last: "the source told KUNA."},

		// Near misses: a date with no day-time group, a year after an
		// agency, the stamp after a word, a group that is no time.
		{name: "a date alone", in: credits18Body + ".\n\nKUNA Dec 26", last: "KUNA Dec 26"},
		{name: "a year", in: credits18Body + ".\n\nThomson Reuters 2026", last: "Thomson Reuters 2026"},
		{name: "after a word", in: credits18Body + " and to KUNA 071205 GMT Dec 26", last: "KUNA 071205 GMT Dec 26"},
		{name: "no time", in: credits18Body + ".\n\nKUNA 449999 GMT Dec 26", last: "KUNA 449999 GMT Dec 26"},
	})
}

// WAFA signs off with the initials of its editor in capitals, each with
// its dot, on a line of their own at the end: "M.N.". A known
// abbreviation alone on a line ("U.S.", "A.M.") is none, nor are initials
// inside the story or in a byline at its top.
func TestCreditInitialsLine(t *testing.T) {
	const body = "RAMALLAH, December 7, 2026 (WAFA) – Israeli forces on Monday demolished two homes in the village of Khirbet Salim, south of Hebron, local sources said.\n\n" +
		"The owners said they had received no notice before the bulldozers arrived."
	runCreditCases(t, []creditCase{
		{name: "after a blank line", in: body + "\n\nM.N.", want: "M.N.", last: "before the bulldozers arrived."},
		{name: "on the next line", in: body + "\nK.F.\n", want: "K.F.", last: "before the bulldozers arrived."},
		{name: "three letters", in: body + "\n\nH.A.M.\n\n", want: "H.A.M.", last: "before the bulldozers arrived."},
		{name: "no last dot", in: body + "\n\nM.N", want: "M.N", last: "before the bulldozers arrived."},
		{name: "two editors", in: body + "\n\nM.N./K.F.", want: "M.N./K.F.", last: "before the bulldozers arrived."},

		// Near misses.
		{name: "an abbreviation alone", in: body + "\n\nU.S.", last: "U.S."},
		{name: "a time alone", in: body + "\n\nA.M.", last: "A.M."},
		{name: "initials inside the story", in: "Talks resume\n\nM.N.\n\n" + body, last: "before the bulldozers arrived."},
		{name: "initials in a byline at the top", in: "By M.N.\n\n" + body, last: "before the bulldozers arrived."},
		{name: "initials after a word", in: body + " M.N.", last: "arrived. M.N."},
		{name: "a letter alone", in: body + "\n\nM.", last: "M."},
		{name: "the story's only line", in: "M.N.", last: "M.N."},
	})
}

// IRNA ends its copy with a line of the writer's staff number and the
// time it was filed, parted by asterisks: "4120**1430". A link line or a
// note after it is left out, as after any credit. A figure with asterisks
// and nothing after them is a table's footnote mark.
func TestCreditStaffStamp(t *testing.T) {
	const body = "Tehran, IRNA - Iran's saffron exports rose by 12 percent in the first eight months of the current Iranian year, an official said on Monday.\n\n" +
		"Afghanistan and Spain were the main buyers, he added."
	runCreditCases(t, []creditCase{
		{name: "after a blank line", in: body + "\n\n4120**1430", want: "4120**1430", last: "he added."},
		{name: "on the next line", in: body + "\n3318**2050\n", want: "3318**2050", last: "he added."},
		{name: "three asterisks", in: body + "\n\n6155***1424\n", want: "6155***1424", last: "he added."},
		{name: "a note below", in: body + "\n\n9417**1903\nFollow us on Twitter @IrnaEnglish", want: "9417**1903", last: "he added."},
		{name: "after the agency", in: body + "\n\nIRNA 4120**1430", want: "IRNA 4120**1430", agencies: []string{"IRNA"}, last: "he added."},
		{name: "the time alone", in: body + "\n\n**2050\n\nFollow us on Twitter @IrnaEnglish\n", want: "**2050", last: "he added."},

		// Near misses: a figure and its footnote mark in a table, a
		// stamp inside a sentence, a product of numbers.
		{name: "a footnote mark", in: body + "\n\nExports, tonnes\n2024**", last: "2024**"},
		{name: "inside a sentence", in: body + " The code was 4120**1430", last: "The code was 4120**1430"},
		{name: "one asterisk", in: body + "\n\n4120*1430", last: "4120*1430"},
		{name: "a power", in: body + "\n\n10**12", last: "10**12"},
		{name: "stars alone", in: body + "\n\n****", last: "****"},
		{name: "stars and a short figure", in: body + "\n\n**12", last: "**12"},
		{name: "stars and no time", in: body + "\n\n**2975", last: "**2975"},
	})
}

// The wire stories of these forms end with their sign-offs, which the
// last paragraph leaves out.
func TestCreditWireSignOffs(t *testing.T) {
	for _, tt := range []struct{ file, want, last string }{
		{"kuna-greenbelt.txt", "(end) nk.gta", "off-road vehicles and grazing.\""},
		{"kuna-dialysis.txt", "(end) ys.mt", "seven days a week.\""},
		{"wafa-spring.txt", "M.N.", "the World Health Organization recommends."},
		{"irna-pistachio.txt", "4120**1430", "largest non-oil agricultural export."},
		// The other stories of these agencies, written before the forms
		// were taught, end the same ways.
		{"irna-caviar.txt", "1416**2050", "public attention in Iran."},
		{"irna-counterpart.txt", "1491**2049", "the spokesman added."},
		{"irna-urmia.txt", "**1430", "groundwater for farming."},
		{"irna-wheat.txt", "**2050", "he went on to say."},
		{"kuna-aid.txt", "(end) km.gb", "assessing needs,\" he noted."},
		{"kuna-alzour.txt", "(end)\nnam.rk", "the oil minister affirmed."},
		{"kuna-bourse.txt", "(end) nhd.gta", "in other markets,\" he said."},
		{"kuna-cardiac.txt", "(end) bsa.gb", "project's high social return."},
		{"kuna-fisheries.txt", "(end) nm.hm", "are open,\" the official said."},
		{"kuna-oilspill.txt", "(end)\n\nfm.gb\n\nKUNA 061530 GMT Dec 26", "a slick off Bahrain tomorrow,\" Al-Mutawa said."},
		{"kuna-summit.txt", "(end) ab.gb", "resolved,\" the source said."},
		{"kuna-talks.txt", "(end) ah.mt", "Zubaydullo Sharifzoda."},
		{"kuna-vaccine.txt", "(end) sa.hm", "requested anonymity, said."},
		{"wafa-balata.txt", "K.F", "will not break,\" he said."},
		{"wafa-demolition.txt", "M.N", "done every time,\" he said."},
		{"wafa-olive.txt", "K.F", "our farmers,\" he said."},
		{"wafa-raid.txt", "M.N", "Odeh and Yousef Hamdan."},
		{"wafa-school.txt", "K.F", "I had no answer.”"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "wire", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a := Parse(string(b))
			if a.Credit.Text != tt.want {
				t.Errorf("credit %q, want %q", a.Credit.Text, tt.want)
			}
			if n := len(a.Paragraphs); n == 0 || !strings.HasSuffix(a.Paragraphs[n-1].Text, tt.last) {
				t.Errorf("last paragraph does not end with %q", tt.last)
			}
		})
	}
}
