package wirestory

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// marked strips the [[…]] marks from s and returns the text and the
// mentions the marks enclose, in text order.
func marked(s string) (string, []*Mention) {
	var b strings.Builder
	var ms []*Mention
	start := -1
	for len(s) > 0 {
		switch {
		case strings.HasPrefix(s, "[["):
			start = b.Len()
			s = s[2:]
		case strings.HasPrefix(s, "]]"):
			ms = append(ms, &Mention{Span: Span{Start: start, End: b.Len()}})
			s = s[2:]
		default:
			b.WriteByte(s[0])
			s = s[1:]
		}
	}
	text := b.String()
	for _, m := range ms {
		m.Text = text[m.Start:m.End]
	}
	return text, ms
}

// resolved runs resolveNames over a story with [[marked]] mentions and
// returns "mention=name" for each.
func resolved(t *testing.T, lex *Lexicon, story string) []string {
	t.Helper()
	text, ms := marked(story)
	d := (&Parser{Lexicon: lex}).newDoc(text)
	resolveNames(d, ms)
	var got []string
	for _, m := range ms {
		if m.Span != spanOf(text, m.Start, m.End) {
			t.Errorf("mention span changed: %v", m.Span)
		}
		got = append(got, m.Text+"="+m.Name)
	}
	return got
}

func TestResolveNames(t *testing.T) {
	tests := []struct {
		name  string
		story string
		want  []string
	}{
		{
			name:  "full name cleaned of titles",
			story: "NAIROBI: [[Kenyan President William Ruto]] opened the new rail terminal on Monday.",
			want:  []string{"Kenyan President William Ruto=William Ruto"},
		},
		{
			name: "surname resolves to the full name first given",
			story: "Senator Maria Okafor pressed the minister on the budget.\n\n" +
				"[[Okafor]] said the figures did not add up.",
			want: []string{"Okafor=Maria Okafor"},
		},
		{
			name: "honorific and surname",
			story: "Real estate developer Donald Harlow bought the tower in March.\n\n" +
				"“We are very happy,” [[Mr. Harlow]] said.",
			want: []string{"Mr. Harlow=Donald Harlow"},
		},
		{
			name: "envoy introduced with his post, then by surname and role noun",
			story: "Kabul: Afghan Foreign Minister Amir Khan Muttaqi has stressed trade with Uzbekistan.\n" +
				"Muttaqi spoke Sunday while receiving Uzbekistan’s Ambassador to Afghanistan Yusuf Ahmad Karimov, the ministry said.\n" +
				"[[Karimov]], for his part, praised the “friendly” talks.\n" +
				"[[The Uzbek envoy]] said “the road is open,” adding his country wants more trains.\n" +
				"Later, Afghanistan’s envoy to Uzbekistan, Bilal Noori, returned to Tashkent.",
			want: []string{"Karimov=Yusuf Ahmad Karimov", "The Uzbek envoy=Yusuf Ahmad Karimov"},
		},
		{
			name: "a country speaks",
			story: "Uzbekistan’s border guards closed the crossing on Friday.\n" +
				"[[Uzbekistan]] then denounced the “unacceptable provocation” and summoned the charge d'affaires.",
			want: []string{"Uzbekistan=Uzbekistan"},
		},
		{
			name: "pronoun resolves to the subject of the sentence before",
			story: "During the talks, Ebrahim Sadeghi thanked Carlos Mendes for his visit to Tehran.\n" +
				"[[He]] called for closer trade ties.\n" +
				"Meanwhile, [[he]] urged joint action on drug trafficking.",
			want: []string{"He=Ebrahim Sadeghi", "he=Ebrahim Sadeghi"},
		},
		{
			name: "she after a male speaker finds the woman named before",
			story: "Mayor Laura Benitez met Police Chief Daniel Ortiz on Tuesday.\n\n" +
				"“Crime is falling,” [[Ortiz]] said.\n\n" +
				"“We will hire more officers,” [[she]] said.",
			want: []string{"Ortiz=Daniel Ortiz", "she=Laura Benitez"},
		},
		{
			name: "she with no woman in the story",
			story: "Police Chief Daniel Ortiz said crime was falling.\n\n" +
				"“We will hire more officers,” [[she]] said.",
			want: []string{"she="},
		},
		{
			name:  "pronoun with no antecedent",
			story: "“The bridge will reopen next week,” [[he]] said.",
			want:  []string{"he="},
		},
		{
			name: "a name inside a quotation is not the speaker",
			story: "Governor Alan Price spoke in Denver.\n\n" +
				"“Senator Ruth Kessler has it wrong,” [[he]] said.",
			want: []string{"he=Alan Price"},
		},
		{
			name: "spokesman in apposition",
			story: "Tom Ellery, a spokesman for the Transport Ministry, said the line would reopen.\n\n" +
				"[[The spokesman]] declined to give a date.",
			want: []string{"The spokesman=Tom Ellery"},
		},
		{
			name: "spokeswoman before the name gives role and gender",
			story: "Ministry spokeswoman Anika Sharma said talks would resume.\n\n" +
				"Officials from both sides met later. [[The spokeswoman]] said no date was set, and [[she]] refused to say more.",
			want: []string{"The spokeswoman=Anika Sharma", "she=Anika Sharma"},
		},
		{
			name: "role synonym: introduced as ambassador, called the diplomat",
			story: "Ambassador Pieter de Vries handed over his credentials.\n\n" +
				"[[The Dutch diplomat]] said relations were strong.",
			want: []string{"The Dutch diplomat=Pieter de Vries"},
		},
		{
			name: "the ministry named before",
			story: "The Foreign Ministry summoned the ambassador on Monday.\n\n" +
				"[[The ministry]] said the strikes were unacceptable.",
			want: []string{"The ministry=Foreign Ministry"},
		},
		{
			name: "they is the organisation",
			story: "The Electoral Commission published the results late on Sunday.\n\n" +
				"[[They]] said turnout was 61 percent.",
			want: []string{"They=Electoral Commission"},
		},
		{
			name: "two people with one surname",
			story: "Hillary Morgan and her husband, Bill Morgan, arrived in Ohio.\n\n" +
				"[[Morgan]] told the crowd she would win. [[Mr. Morgan]] said nothing, and [[Mrs. Morgan]] laughed.",
			want: []string{"Morgan=Hillary Morgan", "Mr. Morgan=Bill Morgan", "Mrs. Morgan=Hillary Morgan"},
		},
		{
			name: "the president in a story with two presidents",
			story: "U.S. President Joe Walker met Kenyan President Samuel Kariuki in Nairobi.\n\n" +
				"Kariuki thanked his guest for the aid.\n\n" +
				"[[The president]] said the money would build schools. [[The American president]] agreed.",
			want: []string{"The president=Samuel Kariuki", "The American president=Joe Walker"},
		},
		{
			name: "sentence-initial capitals are not names",
			story: "Rescue officials said the dam held.\n\n" +
				"[[Officials]] said the river would crest on Friday. [[Meanwhile]] the rain stopped.",
			want: []string{"Officials=", "Meanwhile="},
		},
		{
			name: "a name given first by surname takes the full name",
			story: "Senators Grill Acme Chief Over Recall\n\n" +
				"Acme chief executive Helen Strand faced senators on Tuesday.\n\n" +
				"“We made mistakes,” [[Strand]] said.",
			want: []string{"Strand=Helen Strand"},
		},
		{
			name:  "who stands for the name before it",
			story: "The plan was drafted by Omar Haddad, [[who]] said it would cut costs.",
			want:  []string{"who=Omar Haddad"},
		},
		{
			name: "a possessive alone is the person; a thing of the person is not",
			story: "Donald Harlow built the tower.\n\n" +
				"[[Harlow’s]] own account differs, and [[Harlow’s lawyers]] said so.",
			want: []string{"Harlow’s=Donald Harlow", "Harlow’s lawyers="},
		},
		{
			name:  "party and state in parentheses",
			story: "[[Sen. Claire Dunmore (D-Ore.)]] said the bill was dead.",
			want:  []string{"Sen. Claire Dunmore (D-Ore.)=Claire Dunmore"},
		},
		{
			name:  "a common head with a name in apposition",
			story: "[[Another critic, Lars Henning,]] called the plan reckless.",
			want:  []string{"Another critic, Lars Henning,=Lars Henning"},
		},
		{
			name:  "an unnamed spokesman",
			story: "[[A spokesman for the Transport Ministry]] declined to comment.",
			want:  []string{"A spokesman for the Transport Ministry="},
		},
		{
			name:  "lower-case title before the name",
			story: "[[White House press secretary Dana Pryor]] said the visit was on.",
			want:  []string{"White House press secretary Dana Pryor=Dana Pryor"},
		},
		{
			name: "he after a woman and a man",
			story: "Anna Berg, the party leader, met Peter Lind on Friday.\n\n" +
				"[[He]] said the coalition would hold.",
			want: []string{"He=Peter Lind"},
		},
		{
			name:  "a place before a role noun is not the speaker",
			story: "Florida Sen. Mark Dobbs voted no.\n\n[[The Florida senator]] said the bill cost too much.",
			want:  []string{"The Florida senator=Mark Dobbs"},
		},
		{
			name:  "a surname that is a place after a given name",
			story: "Rep. Jim Jordan spoke first.\n\n[[Jordan]] said the hearing was over.",
			want:  []string{"Jordan=Jim Jordan"},
		},
		{
			name: "a headline names people by given name and surname",
			story: "Maria Lopez Slams Acme Over Layoffs\n\n" +
				"The union leader spoke in Detroit.\n\n" +
				"“They lied to us,” [[Lopez]] said.",
			want: []string{"Lopez=Maria Lopez"},
		},
		{
			name: "a country that is the subject speaks; one in passing does not",
			story: "Protesters marched in Tunis, Tunisia, on Friday.\n\n" +
				"Algeria closed its border. [[It]] said the move was temporary. Police in Tunisia said [[they]] would wait.",
			want: []string{"It=Algeria", "they=Police"},
		},
		{
			name: "they after an unnamed group is the group",
			story: "[[Opposition leaders in the Senate]] said they would block the bill.\n\n" +
				"[[They]] said it would hurt families. \u201cWe will not allow it,\u201d [[they]] said.",
			want: []string{"Opposition leaders in the Senate=", "They=", "they="},
		},
		{
			name: "they is not a place where something happened",
			story: "The NAACP held its convention in Ohio on Monday.\n\n" +
				"[[They]] said the vote mattered.",
			want: []string{"They=NAACP"},
		},
		{
			name: "a modifier before the title is not part of the name",
			story: "Former Prime Minister Ana Duarte returned to Lisbon.\n\n" +
				"[[Duarte]] said she would stay.",
			want: []string{"Duarte=Ana Duarte"},
		},
		{
			name: "a pronoun after someone the text never names",
			story: "Mayor Ana Rios opened the bridge on Monday.\n\n" +
				"A ministry spokesman said the cost had doubled. [[He]] gave no figures.",
			want: []string{"He="},
		},
		{
			name: "an apposition is not someone new",
			story: "Karl Weiss, a spokesman for the airline, spoke in Frankfurt.\n\n" +
				"[[He]] said flights would resume.",
			want: []string{"He=Karl Weiss"},
		},
		{
			name: "a place or outlet word before one more word names an organisation",
			story: "The Washington Courier first reported the deal.\n\n" +
				"[[The Courier]] said the talks lasted a year, and [[they]] stood by it.",
			want: []string{"The Courier=Washington Courier", "they=Washington Courier"},
		},
		{
			name: "a name before the head noun is not the speaker",
			story: "Senator Ruth Kessler spoke in Iowa.\n\n" +
				"[[The Kessler campaign]] said she would win, and [[a senior Kessler aide]] agreed.",
			want: []string{"The Kessler campaign=Kessler campaign", "a senior Kessler aide="},
		},
		{
			name: "a role noun for the person in focus",
			story: "Property developer Victor Hale toured the site on Monday.\n\n" +
				"[[The businessman]] said work would start soon.",
			want: []string{"The businessman=Victor Hale"},
		},
		{
			name: "a family name written first",
			story: "BEIJING: Foreign Ministry spokesperson Mao Lan told a regular briefing the talks went well.\n\n" +
				"[[Mao]] said both sides agreed to meet again.",
			want: []string{"Mao=Mao Lan"},
		},
		{
			name: "South Asian wire titles",
			story: "ISLAMABAD: Caretaker Prime Minister Anwar-ul-Haq Kazmi met Chief of Army Staff General Asim Nadeem on Monday.\n\n" +
				"[[The premier]] said the army had his full support. [[Gen. Nadeem]] thanked him, and [[Kazmi]] left for Lahore.",
			want: []string{"The premier=Anwar-ul-Haq Kazmi", "Gen. Nadeem=Asim Nadeem", "Kazmi=Anwar-ul-Haq Kazmi"},
		},
		{
			name:  "an agency before its kind",
			story: "The talks went well, [[Xinhua news agency]] reported.",
			want:  []string{"Xinhua news agency=Xinhua"},
		},
		{
			name:  "a title with a preposition before the name",
			story: "[[Chile’s Ambassador to Peru Andres Molina Soto]] said the border was calm, and [[Secretary of State Ellen Park]] agreed.",
			want:  []string{"Chile’s Ambassador to Peru Andres Molina Soto=Andres Molina Soto", "Secretary of State Ellen Park=Ellen Park"},
		},
		{
			name:  "the spokesman for an organisation",
			story: "Ravi Menon, spokesman for the Foreign Ministry, spoke first. Later [[the spokesman for the ministry]] added details.",
			want:  []string{"the spokesman for the ministry=Ravi Menon"},
		},
		{
			name: "a fronted participle and a town are not the subject",
			story: "Governor Dan Cole and Senator Paul Nash toured the state.\n\n" +
				"Speaking at a fair in Ames, Iowa, Cole said he was making a request of Nash. " +
				"“Will you pledge to back the farm bill?” [[he]] asked.",
			want: []string{"he=Dan Cole"},
		},
		{
			name: "the group and the government",
			story: "Hezbara fired rockets across the border on Sunday.\n\n" +
				"[[The group]] said it was responding to air strikes. Norway condemned the attack, and [[the government]] summoned the envoy. " +
				"[[The Norwegian government]] later said talks would go on.",
			want: []string{"The group=Hezbara", "the government=Norway", "The Norwegian government=Norway"},
		},
		{
			name:  "a generic noun with nothing named before",
			story: "[[The company]] said profits rose.",
			want:  []string{"The company="},
		},
		{
			name: "a given name outweighs a role noun for gender",
			story: "Campaign spokesman Laura Quinn confirmed the rally.\n\n" +
				"“We expect a big crowd,” [[she]] said.",
			want: []string{"she=Laura Quinn"},
		},
		{
			name: "a fronted apposition is not someone new",
			story: "Governor Nina Patel spoke on Friday.\n\n" +
				"A possible running mate, Patel is popular in the suburbs. “I am ready,” [[she]] said.",
			want: []string{"she=Nina Patel"},
		},
		{
			name: "a role noun with a state for the person in focus",
			story: "Marco Reyes ended his campaign on Tuesday.\n\n" +
				"[[The Florida senator]] thanked his supporters. [[He]] did not endorse anyone.",
			want: []string{"The Florida senator=Marco Reyes", "He=Marco Reyes"},
		},
		{
			name: "an organisation name with and",
			story: "The Ministry of Oceans and Fisheries announced the ban on Monday.\n\n" +
				"The ban starts in May, [[the ministry]] said.",
			want: []string{"the ministry=Ministry of Oceans and Fisheries"},
		},
		{
			name:  "a name broken over lines",
			story: "The Rotterdam Grain Traders\nAssociation said stocks fell.\n\n[[The association]] gave no figures.",
			want:  []string{"The association=Rotterdam Grain Traders Association"},
		},
		{
			name: "an unnamed speaker in a place",
			story: "Trade Minister Omar Nasser raised bread prices on Monday.\n\n" +
				"[[A baker in the Shubra district]] said sales fell. “People cannot pay,” [[he]] said.",
			want: []string{"A baker in the Shubra district=", "he="},
		},
		{
			name:  "a plural noun before a preposition",
			story: "[[Doctors at the Mayo Clinic]] said the trial worked.",
			want:  []string{"Doctors at the Mayo Clinic="},
		},
		{
			name: "a surname that is a title word",
			story: "Charlie King, a county official, spoke first.\n\n" +
				"[[Mr. King]] said the vote was fair, and [[the United Nations]] agreed, as did [[the Association of Flight Attendants]].",
			want: []string{"Mr. King=Charlie King", "the United Nations=United Nations", "the Association of Flight Attendants=Association of Flight Attendants"},
		},
		{
			name: "a mention that runs on into its verb",
			story: "Senator Ruth Kessler met Governor Dan Cole.\n\n" +
				"[[Kessler walked onto]] the stage, and [[Kessler openly praised Dan Cole]] there.",
			want: []string{"Kessler walked onto=Ruth Kessler", "Kessler openly praised Dan Cole=Ruth Kessler"},
		},
		{
			name: "an adjective between the determiner and the role noun",
			story: "Ambassador Pieter de Vries handed over his credentials.\n\n" +
				"[[The outspoken diplomat]] said relations were strong, and [[the military-backed government]] of Nepal agreed.",
			want: []string{"The outspoken diplomat=Pieter de Vries", "the military-backed government="},
		},
		{
			name: "a heading in capitals",
			story: "Governor Dan Cole spoke on Monday.\n\n" +
				"IOWA POLLS TIGHTEN \u2014 Cole said the race was close. “We will win,” [[he]] said.",
			want: []string{"he=Dan Cole"},
		},
		{
			name: "a Pakistani briefing",
			story: "Islamabad: [[Pakistan's Foreign Office]] on Friday rejected the remarks made by Indian External Affairs Minister S. Jaishankar.\n" +
				"\"We reject these remarks,\" [[FO Spokesperson Mumtaz Zahra Baloch]] said at the weekly briefing.\n" +
				"[[She]] said Pakistan wanted peace. [[The spokesperson]] added that [[Islamabad]] would raise the issue at the UN.\n" +
				"[[Jaishankar]] had said talks were not possible.\n" +
				"Meanwhile, Prime Minister Shehbaz Sharif chaired a meeting. [[The premier]] directed officials to cut costs.\nIANS",
			want: []string{"Pakistan's Foreign Office=Foreign Office", "FO Spokesperson Mumtaz Zahra Baloch=Mumtaz Zahra Baloch",
				"She=Mumtaz Zahra Baloch", "The spokesperson=Mumtaz Zahra Baloch", "Islamabad=Islamabad", "Jaishankar=S. Jaishankar",
				"The premier=Shehbaz Sharif"},
		},
		{
			name: "two presidents at a meeting",
			story: "BEIJING, March 3 (Xinhua) -- Chinese Foreign Ministry spokesperson Lin Jian urged restraint. \"Talks are the only way,\" [[Lin]] told a briefing. " +
				"Separately, Chinese President Xi Jinping met visiting Kenyan President William Ruto. [[Xi]] said the two countries are partners, " +
				"while [[Ruto]] said [[his]] country values the ties. [[The Kenyan leader]] invited Xi to visit. [[The Chinese president]] accepted.",
			want: []string{"Lin=Lin Jian", "Xi=Xi Jinping", "Ruto=William Ruto", "his=William Ruto", "The Kenyan leader=William Ruto", "The Chinese president=Xi Jinping"},
		},
		{
			name: "a given name alone and a generic noun",
			story: "The rally went on for hours, and Melanie cheered every line.\n\n" +
				"“He is right,” [[she]] said. The woman next to her disagreed, and [[the woman]] left early.",
			want: []string{"she=Melanie", "the woman="},
		},
		{
			name: "a possessive that starts the sentence is its topic",
			story: "Dr. Victor Lane, a surgeon, criticised the show. “It is junk science,” said Professor Alan Reed.\n\n" +
				"Lane’s advice earned him a Senate hearing, where [[he]] defended his claims.",
			want: []string{"he=Victor Lane"},
		},
		{
			name:  "a speaker before a date",
			story: "[[Chile January 16]] closed its border with Peru.",
			want:  []string{"Chile January 16=Chile"},
		},
		{
			name:  "no mentions",
			story: "Nothing here.",
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolved(t, nil, tt.story)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("resolveNames(%q) mismatch (-want +got):\n%s", tt.story, diff)
			}
		})
	}
}

func TestResolveNamesHeadline(t *testing.T) {
	// A pronoun in the lead looks forward, not back into the headline:
	// "he" is not the headline's woman, and she keeps her gender.
	text, ms := marked("Mayor meets Jo Ellis on schools\n\nDENVER (AP) - Weeks after [[he]] mocked her, Mayor Tom Ruiz met Jo Ellis. [[She]] said the talks went well.")
	d := (&Parser{}).newDoc(text)
	d.bodyStart = strings.Index(text, "DENVER")
	resolveNames(d, ms)
	var got []string
	for _, m := range ms {
		got = append(got, m.Text+"="+m.Name)
	}
	want := []string{"he=", "She=Jo Ellis"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("resolveNames(%q) mismatch (-want +got):\n%s", text, diff)
	}
}

func TestResolveNamesDatelinePlace(t *testing.T) {
	// The dateline's place is where the story was filed, never who speaks.
	a := Parse("LIMA, May 4 (Reuters) - Copper output rose 5 percent in March.\n\nIt said the mines were back at work.")
	if len(a.Attributions) != 1 || a.Attributions[0].Source.IsZero() || a.Attributions[0].Source.Text != "It" {
		t.Fatalf("Parse: attributions %+v, want one by \"It\"", a.Attributions)
	}
	if name := a.Attributions[0].Source.Name; name != "" {
		t.Errorf("It resolved to %q, want \"\"", name)
	}
}

func TestResolveNamesKeepsGivenName(t *testing.T) {
	text, ms := marked("[[Xinhua news agency]] reported the visit.")
	ms[0].Name = "Xinhua"
	resolveNames((&Parser{}).newDoc(text), ms)
	if got := ms[0].Name; got != "Xinhua" {
		t.Errorf("resolveNames changed a given name: got %q, want %q", got, "Xinhua")
	}
}

func TestResolveNamesCueVerbs(t *testing.T) {
	// A bare given name that speaks is a person, so "she" can find it.
	lex := DefaultLexicon().With(CueVerbs, "say | said | says")
	story := "Melanie said she was not surprised.\n\n“It was rigged,” [[she]] said."
	got := resolved(t, lex, story)
	want := []string{"she=Melanie"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("resolveNames(%q) mismatch (-want +got):\n%s", story, diff)
	}
}

func TestResolveNamesLexicon(t *testing.T) {
	// Callers can teach the resolver a role group of their own.
	lex := DefaultLexicon().With(resolveRoles, "coach | trainer | manager")
	story := "United trainer Erik Vogt was upbeat.\n\n[[The coach]] said the team was ready."
	got := resolved(t, lex, story)
	want := []string{"The coach=Erik Vogt"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("resolveNames(%q) mismatch (-want +got):\n%s", story, diff)
	}
}

func TestResolveNamesLinear(t *testing.T) {
	// 100,000 capitalised words, a pronoun every tenth word, and a mention
	// on every pronoun: the work must stay linear.
	var b strings.Builder
	for i := range 100_000 {
		if i%10 == 9 {
			b.WriteString("he ")
			continue
		}
		b.WriteString("Abel Kern said ")
	}
	text := b.String()
	var ms []*Mention
	for i := 0; ; {
		j := strings.Index(text[i:], "he ")
		if j < 0 {
			break
		}
		ms = append(ms, &Mention{Span: spanOf(text, i+j, i+j+2)})
		i += j + 3
	}
	ms = append(ms, &Mention{Span: spanOf(text, 0, len(text))})
	resolveNames((&Parser{}).newDoc(text), ms)
	if ms[0].Name == "" {
		t.Errorf("first pronoun unresolved")
	}
}

func TestResolveNamesHostile(t *testing.T) {
	// Inputs that would be slow for a resolver with unbounded look-backs:
	// each must resolve a thousand mentions over a megabyte in linear
	// time (the bound is loose, for loaded machines).
	tests := []struct{ name, unit string }{
		{"capitalised words", "Abel Kern "},
		{"pronouns", "he she they it who "},
		{"role nouns", "The envoy said he met Ambassador Ann Lee. "},
		{"generic nouns", "the ministry the group the government "},
		{"titles", "President of "},
		{"abbreviations", "Mr. "},
		{"quote marks", "\""},
		{"carriage returns", "\r"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Repeat(tt.unit, hostile(1<<20)/len(tt.unit))
			var ms []*Mention
			for i := 0; i+30 < len(text); i += 997 {
				ms = append(ms, &Mention{Span: spanOf(text, i, i+30)})
			}
			ms = append(ms, &Mention{Span: spanOf(text, 0, len(text))})
			start := time.Now()
			resolveNames((&Parser{}).newDoc(text), ms)
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("resolveNames(%d bytes of %q) took %v", len(text), tt.unit, d)
			}
		})
	}
}

func FuzzResolveNames(f *testing.F) {
	f.Add("Kabul: Afghan Foreign Minister Amir Khan Muttaqi met Uzbekistan’s Ambassador Yusuf Karimov. He said “the road is open.”", 0, 10)
	f.Add("“A,” he said. ‘B’ – Mr. X’s. The envoy said. They said.", 2, 4)
	f.Add("\r\r\r\n\n\"\"\"\xff\xfe Mr. Mr. Mr. The the the", 1, 50)
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		var ms []*Mention
		n := len(text)
		if n == 0 {
			return
		}
		for _, s := range []int{a, b, a + b, b - a} {
			s = (s%n + n) % n
			e := min(n, s+1+(b&15))
			ms = append(ms, &Mention{Span: spanOf(text, s, e)})
		}
		prev := 0
		for _, tk := range rsScan(nil, text, rsWordsOf(nil)) {
			if tk.s < prev || tk.s >= tk.e || tk.e > len(text) {
				t.Fatalf("word [%d,%d) out of order or bounds", tk.s, tk.e)
			}
			prev = tk.e
			if h, ok := rsHash(text[tk.s:tk.e]); ok && h != tk.hash {
				t.Fatalf("word %q: hash %d, want %d", text[tk.s:tk.e], tk.hash, h)
			}
		}
		resolveNames((&Parser{}).newDoc(text), ms)
		for _, m := range ms {
			if m.Text != text[m.Start:m.End] {
				t.Fatalf("mention span changed: %v", m.Span)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Name) {
				t.Fatalf("name %q is not valid UTF-8", m.Name)
			}
		}
	})
}

func BenchmarkResolveNames(b *testing.B) {
	story := "Kabul: Afghan Foreign Minister Amir Khan Muttaqi has stressed trade with Uzbekistan.\n" +
		"Muttaqi spoke Sunday while receiving Uzbekistan’s Ambassador to Afghanistan Yusuf Ahmad Karimov, the ministry said.\n" +
		"Karimov, for his part, praised the “friendly” talks. He said both peoples want peace.\n" +
		"The Uzbek envoy said “the road is open,” adding his country wants more trains.\n" +
		"Uzbekistan then welcomed the new corridor. Officials said she was not there.\n"
	text := strings.Repeat(story, 20)
	var ms []*Mention
	for _, w := range []string{"Karimov", "He", "The Uzbek envoy", "Uzbekistan then", "she"} {
		for i := 0; ; {
			j := strings.Index(text[i:], w)
			if j < 0 {
				break
			}
			ms = append(ms, &Mention{Span: spanOf(text, i+j, i+j+len(w))})
			i += j + len(w)
		}
	}
	slices.SortFunc(ms, func(x, y *Mention) int { return x.Start - y.Start })
	d := (&Parser{}).newDoc(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range ms {
			m.Name = ""
		}
		resolveNames(d, ms)
	}
}

func TestResolveWordLookup(t *testing.T) {
	// The hash table and the filters must find every one-word form the
	// map holds, in any case, and nothing else.
	w := rsWordsOf(nil)
	for want, form := range w.keys {
		want := int32(want)
		if strings.Contains(form, " ") {
			continue
		}
		for _, s := range []string{form, strings.ToUpper(form), strings.ToUpper(form[:1]) + form[1:]} {
			if got := w.lookupWord(s); got != want {
				t.Errorf("lookupWord(%q) = %d, want %d", s, got, want)
			}
		}
	}
	for _, s := range []string{"Zyxwvut", "qqq", "Raisi", "envoys2"} {
		if got := w.lookupWord(s); got != -1 {
			t.Errorf("lookupWord(%q) = %d, want -1", s, got)
		}
	}
}

// BenchmarkResolveScan measures the word scan of speaker resolution
// alone over the golden stories.
func BenchmarkResolveScan(b *testing.B) {
	text := storyText(b, 0)
	w := rsWordsOf(nil)
	var toks []rsTok
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		toks = rsScan(toks[:0], text, w)
	}
}

func TestResolverLists(t *testing.T) {
	// A surname keeps the first rsMaxPerKey entities named with it; a
	// role keeps the latest rsMaxPerKey, oldest dropped first.
	tests := []struct {
		name         string
		add          []int
		wantSurnames []int
		wantRoles    []int
	}{
		{name: "none", wantSurnames: []int{}, wantRoles: []int{}},
		{name: "one", add: []int{3}, wantSurnames: []int{3}, wantRoles: []int{3}},
		{name: "repeated", add: []int{1, 2, 1, 2}, wantSurnames: []int{1, 2}, wantRoles: []int{1, 2}},
		{
			name:         "overflow",
			add:          []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
			wantSurnames: []int{0, 1, 2, 3, 4, 5, 6, 7},
			wantRoles:    []int{2, 3, 4, 5, 6, 7, 8, 9},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &resolver{}
			r.ents = make([]rsEntity, 10)
			for _, e := range tt.add {
				r.addSurname(keyOf("Kern"), e)
				r.giveRole(e, "envoy")
			}
			if r.isSurname(keyOf("Kern")) != (len(tt.add) > 0) {
				t.Errorf("isSurname(%q) = %v", "Kern", !(len(tt.add) > 0))
			}
			s, ro := r.surnames(keyOf("Kern")), r.withRole("envoy")
			if diff := cmp.Diff(tt.wantSurnames, slices.Clone(s.all())); diff != "" {
				t.Errorf("surnames(%q) mismatch (-want +got):\n%s", "Kern", diff)
			}
			if diff := cmp.Diff(tt.wantRoles, slices.Clone(ro.all())); diff != "" {
				t.Errorf("withRole(%q) mismatch (-want +got):\n%s", "envoy", diff)
			}
		})
	}
}

func TestResolveNamesAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation count under the race detector")
	}
	// Once its pooled buffers have grown, resolution allocates nothing
	// per story (a collection may empty the pool now and then).
	text, ms := marked("Foreign Minister [[Abel Kern]] met Ambassador to Iran Rosa Ortiz. " +
		"[[Kern]] said the ministry wants talks. [[The envoy]] said [[she]] agreed, the Pakistani government said.\n\n" +
		"[[The minister]] told [[Reuters]] that the group would come.")
	d := (&Parser{}).newDoc(text)
	run := func() {
		for _, m := range ms {
			m.Name = ""
		}
		resolveNames(d, ms)
	}
	run()
	if n := testing.AllocsPerRun(100, run); n > 1 {
		t.Errorf("resolveNames: %.1f allocations per story, want 0", n)
	}
}

func TestCleanName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Abel Kern", "Abel Kern"},
		{"Abel\nKern", "Abel Kern"},
		{"Abel \r\n Kern", "Abel Kern"},
		{"Abel  Kern", "Abel Kern"},
		{"Abel\u00a0Kern", "Abel Kern"},
		{"Abel\tKern\u2003Jr.", "Abel Kern Jr."},
		{"\nAbel\n", "Abel"},
		{"  ", ""},
		{"Ab\xc2\nel", "Ab\xc2 el"},
	}
	for _, tt := range tests {
		if got := cleanName(tt.in); got != tt.want {
			t.Errorf("cleanName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if want := strings.Join(strings.Fields(tt.in), " "); cleanName(tt.in) != tt.in && cleanName(tt.in) != want {
			t.Errorf("cleanName(%q) = %q, not its fields joined %q", tt.in, cleanName(tt.in), want)
		}
	}
}

func TestSeenLower(t *testing.T) {
	// seenLower answers from scans of the words for the first questions
	// of a story and from its sorted hashes after them: the same answers,
	// on words written in lower case before or after the capitalised one
	// and near misses (a prefix, a plural, another word).
	text := "Rebels took the town. Officials said the rebels fled, and officials " +
		"in Ortega said so. Residents ran. Town Halls shut. Rebel units left. " +
		"Ortega spoke. Halls emptied. Fled troops hid. Officials wept. Units massed."
	w := rsWordsOf(nil)
	toks := rsScan(nil, text, w)
	want := map[string]bool{"Rebels": true, "Officials": true, "Residents": false, "Town": true,
		"Rebel": false, "Ortega": false, "Halls": false, "Fled": true, "Units": true}
	for round := range 2 {
		r := &resolver{toks: toks}
		if round == 1 {
			r.lowerAsked = rsLowerScans // straight to the sorted hashes
		}
		for k := range toks {
			tk := &toks[k]
			word := text[tk.s:tk.e]
			if tk.flags&tkCap == 0 {
				continue
			}
			if got, ok := want[word]; ok && r.seenLower(tk) != got {
				t.Errorf("round %d: seenLower(%q) = %v, want %v", round, word, !got, got)
			}
		}
		if round == 0 && r.lowerAsked <= rsLowerScans {
			t.Errorf("the story asked %d questions, not enough to sort the hashes", r.lowerAsked)
		}
	}
}

func TestResolverSearches(t *testing.T) {
	// The searches written out give slices.BinarySearchFunc's answers,
	// ends out of order included (refs nested in others).
	refs := []rsRef{{s: 0, e: 9}, {s: 2, e: 4}, {s: 5, e: 7}, {s: 5, e: 12}, {s: 11, e: 12}, {s: 20, e: 25}}
	toks := []rsTok{{s: 0, e: 3}, {s: 4, e: 8}, {s: 9, e: 10}, {s: 12, e: 19}, {s: 21, e: 25}}
	for off := -1; off <= 27; off++ {
		check := func(name string, k int, found bool, wk int, wfound bool) {
			if k != wk || found != wfound {
				t.Errorf("%s(%d) = %d, %v; want %d, %v", name, off, k, found, wk, wfound)
			}
		}
		k, f := refStartingAt(refs, off)
		wk, wf := slices.BinarySearchFunc(refs, off, func(r rsRef, o int) int { return r.s - o })
		check("refStartingAt", k, f, wk, wf)
		k, f = refEndingAt(refs, off)
		wk, wf = slices.BinarySearchFunc(refs, off, func(r rsRef, o int) int { return r.e - o })
		check("refEndingAt", k, f, wk, wf)
		k, f = tokStartingAt(toks, off)
		wk, wf = slices.BinarySearchFunc(toks, off, func(t rsTok, o int) int { return t.s - o })
		check("tokStartingAt", k, f, wk, wf)
		k, f = tokEndingAt(toks, off)
		wk, wf = slices.BinarySearchFunc(toks, off, func(t rsTok, o int) int { return t.e - o })
		check("tokEndingAt", k, f, wk, wf)
	}
}
