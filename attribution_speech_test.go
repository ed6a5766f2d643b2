package wirestory

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestAttributeHeadline(t *testing.T) {
	in := "Mayor Says Bridge Will Reopen in May\n\nHARBOR CITY, April 2 (Ledger) - The mayor said on Tuesday the bridge would reopen.\n"
	var p Parser
	a := p.Parse(in)
	var got []string
	for _, at := range a.Attributions {
		got = append(got, chainString(at))
	}
	want := []string{"Mayor | Says", "The mayor | said"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse(%q) attributions mismatch (-want +got):\n%s", in, diff)
	}
}

func TestAttributeSpeechContent(t *testing.T) {
	tests := []attrCase{
		{"quotation after an opening", "On the radio on Tuesday, he said, “I never promised a bridge.”",
			[]string{"“I never promised a bridge.”"}},
		{"however ends it", "Last year, 47 percent said they would vote for the mayor, however the number has dropped.",
			[]string{"they would vote for the mayor"}},
		{"next speaker ends it", "Six in 10 voters said the mayor is honest, and three-quarters said the same of her rival.",
			[]string{"the mayor is honest", "the same of her rival"}},
		{"and next speaker", "Most members said the plan was fair and a few said it was not.",
			[]string{"the plan was fair", "it was not"}},
		{"according to around", "At the heart of the dispute, according to two aides, was a row over money.",
			[]string{"At the heart of the dispute, according to two aides, was a row over money"}},
		{"according to a long source", "According to results of polls conducted for the Ledger, most voters backed the bridge.",
			[]string{"most voters backed the bridge"}},
		{"told before a time", "“Order is important,” the speaker told the delegates before the vote.",
			[]string{"“Order is important,”"}},
		{"object of a stance verb", "The senator praised the new port, a rare gesture from her party.",
			[]string{"the new port"}},
		{"clause of a thought verb", "Most voters think the port, once finished, will pay for itself.",
			[]string{"the port, once finished, will pay for itself"}},
		{"but and a verb", "He said that he would vote for the bill but did not say when.",
			[]string{"that he would vote for the bill", "when"}},
		{"passive subject is the content", "The new levy was denounced by the farmers union.",
			[]string{"The new levy"}},
		{"question quote before the source", "“Who do they think they are?” Ruiz said of the union in May.",
			[]string{"“Who do they think they are?”"}},
		{"manner adverb is no content", "“We are so sorry you are leaving,” Ruiz said sarcastically.",
			[]string{"“We are so sorry you are leaving,”"}},
		{"that night is a time", "“This was the moment,” Ruiz said that night.",
			[]string{"“This was the moment,”"}},
		{"object with a party tag", "The mayor denounced the plan of Sen. Jo Meeks (D-Ohio) to raise the levy, a rare move.",
			[]string{"the plan of Sen. Jo Meeks (D-Ohio) to raise the levy"}},
	}
	runAttrCases(t, tests, showContent)
}

func TestAttributeSpeech(t *testing.T) {
	tests := []attrCase{
		{"count subject says", "Six in 10 say the tax is too high.",
			[]string{"Six in 10 | say"}},
		{"percent subject says", "A mere 8 percent say they trust the council.",
			[]string{"A mere 8 percent | say"}},
		{"two names say", "Governors Ann Lee and Tom Hart say the levy is unfair.",
			[]string{"Governors Ann Lee and Tom Hart | say"}},
		{"head before of-phrase", "Aides to the mayor say she will run again.",
			[]string{"Aides to the mayor | say"}},
		{"relative who say", "He praised the unions, who say the deal protects jobs.",
			[]string{"He | praised", "who | say"}},
		{"citing a reason", "“The plan is too costly,” the governor said, citing the state’s debt.",
			[]string{"the governor | said", "the governor | citing"}},
		{"citing witnesses is no reason of the speaker's", "Police said they arrested two men near the port, citing witnesses.",
			[]string{"Police | said >> witnesses | citing"}},
		{"citing a source is a link, not a report", "The ministry said on Monday, citing a police report, that two men were held.",
			[]string{"The ministry | said >> a police report | citing"}},
		{"by citing", "The mayor defended the levy by citing a survey of farmers.",
			[]string{"The mayor | defended", "The mayor | citing"}},
		{"opening citing", "Citing a family matter, the senator dropped out of the race.",
			[]string{"the senator | Citing"}},
		{"however between", "The mayor however said the budget was balanced.",
			[]string{"The mayor | said"}},
		{"weak form is no cue", "Staffing cuts continue at the plant.", nil},
		{"weak form with clause", "Most farmers support that the levy should go.",
			[]string{"Most farmers | support"}},
		{"noun report", "Analysts report to the board every month.", nil},
		{"possessive noun before colon", "Publisher's note: the council meets on Friday.", nil},
		{"interview turn letter", "Q: Will the plant close?\n\nA: Not this year.", nil},
		{"would before cue", "The mayor would say little about the budget.", nil},
		{"would before cue and quote", "It is odd that the mayor would denounce “speculators” now.",
			[]string{"the mayor | would denounce"}},
		{"should before cue", "Voters should demand answers from the council.", nil},
		{"negated believe", "Many farmers do not believe the levy will pass.", nil},
		{"negated know contracted", "The mayor didn’t know about the leak until May.", nil},
		{"showed up", "Hundreds of farmers showed up at the hearing.", nil},
		{"reported from", "Our correspondent reported from the border town.", nil},
		{"adding to", "The strike is adding to the strain on the port.", nil},
		{"appeared on", "The senator appeared on a radio show in Dayton.", nil},
		{"appeared before", "The finance minister appeared before the budget committee on Tuesday.", nil},
		{"will appear before", "The two suspects will appear before a magistrate next week.", nil},
		{"appeared with", "The governor appeared with the mayor at a rally in Tulsa.", nil},
		{"appears alongside", "She appears alongside her rival at Thursday's forum.", nil},
		{"appears at risk stays evidential", "The ceasefire appears at risk of collapse.",
			[]string{" | appears"}},
		{"appeared to stays evidential", "The minister appeared to rule out a second vote.",
			[]string{" | appeared"}},
		{"found herself", "The mayor found herself short of votes.", nil},
		{"plural noun shows", "The senator made the rounds of the talk shows.", nil},
		{"plural noun calls", "Aides made phone calls to donors all week.", nil},
		{"verb shows after plural", "A review of the filings shows.",
			[]string{"A review of the filings | shows"}},
		{"went on the offensive", "The governor went on the offensive against the unions.", nil},
		{"pronoun believes", "The port is busy. He believes the harbor will grow.", nil},
		{"pronoun thinks after quote", "The mayor called the dam “safe and sound.” She believes the repairs can wait.",
			[]string{"The mayor | called", "She | believes"}},
		{"pledged delegates", "She has won 300 pledged delegates so far.", nil},
		{"focused on is no cue", "The mayor focused on the budget for an hour.", nil},
		{"echoed", "The senator echoed the warning of her party.",
			[]string{"The senator | echoed"}},
		{"touted", "The governor touted the new jobs figures.",
			[]string{"The governor | touted"}},
		{"lambasted", "The senator lambasted the agency for the delay.",
			[]string{"The senator | lambasted"}},
		{"hailed", "Union leaders hailed the ruling as a victory.",
			[]string{"Union leaders | hailed"}},
		{"newspaper named Sun", "The mayor will run again, according to the Harbor Sun.",
			[]string{"the Harbor Sun | according to"}},
		{"party and two-part state", "Rep. Jo Meeks (D-N.Y.) said the bill would pass.",
			[]string{"Rep. Jo Meeks (D-N.Y.) | said"}},
		{"has since said", "The mayor has since said that she would run.",
			[]string{"The mayor | said"}},
		{"inverted with a role", "“It was close,” said Harbor State University professor Ann Lowe.",
			[]string{"Harbor State University professor Ann Lowe | said"}},
		{"initials before aux", "The F.B.I. has said it had no record of the man.",
			[]string{"The F.B.I. | has said"}},
		{"far lower-case subject", "Insiders in two states — Ohio and Iowa — said the race was close.",
			[]string{"Insiders in two states | said"}},
		{"weighed in on", "The governor weighed in on the dispute over the port.",
			[]string{"The governor | weighed in on"}},
		{"campaign for is no cue", "Volunteers campaign for the mayor every weekend.", nil},
		{"possessive stance noun", "The mayor's assertion that the dam is safe drew scorn.",
			[]string{"The mayor's | assertion"}},
		{"pronoun stance noun", "Critics mocked his prediction that prices would fall.",
			[]string{"Critics | mocked", "his | prediction"}},
		{"weak participle, a reduced relative", "Groups supporting the levy met on Monday.",
			[]string{"Groups | supporting"}},
		{"weak participle, a thing sought", "Groups seeking shelter met on Monday.", nil},
		{"issued a statement", "The league issued a statement saying the match would go ahead.",
			[]string{"The league | issued a statement saying"}},
		{"reportedly", "The mayor reportedly told aides she would not run.",
			[]string{" | reportedly", "The mayor | told -> aides"}},
		{"likened", "The senator likened the tax to a toll on the poor.",
			[]string{"The senator | likened"}},
		{"noun remarks", "His remarks drew a crowd.", nil},
		{"any verb before that", "Party elders reasoned that the race was lost.",
			[]string{"Party elders | reasoned"}},
		{"passive before that", "The crew was stationed that night at the pier.", nil},
		{"named program", "She leads a program called Safe Streets.", nil},
		{"to whom the view", "To many farmers, the levy is a tax on bread.",
			[]string{"many farmers | To"}},
		{"to date", "To date, no winner has emerged.", nil},
		{"opening participle", "Noting that the dam is old, the mayor said repairs would start.",
			[]string{"the mayor | Noting", "the mayor | said"}},
		{"title-case participle", "Mayor Says Crews Started Fixing The Bridge",
			[]string{"Mayor | Says"}},
		{"name reports", "The Harbor Ledger reports the mayor will run again.",
			[]string{"The Harbor Ledger | reports"}},
		{"name reports that", "Channel 9 News reports that the dam held.",
			[]string{"Channel 9 News | reports"}},
		{"plural noun reports", "News reports said the dam held.",
			[]string{"News reports | said"}},
		{"noun reports before a verb", "Ledger reports show the mayor spent $2 million.",
			[]string{"Ledger reports | show"}},
		{"pronoun calls", "The levy is unfair, and she calls it a tax on bread.",
			[]string{"she | calls"}},
		{"noun promises", "The campaign promises of the mayor cost $2 million.", nil},
		{"colon ends the predicate", "The mayor leaned toward the crowd, with a grin: “Not this year.”",
			[]string{"The mayor | leaned toward the crowd, with a grin:"}},
		{"bare name and colon", "Ruiz: “Not this year.”",
			[]string{"Ruiz | :"}},
		{"passive with an agent", "The levy was criticized by the farmers union on Monday.",
			[]string{"the farmers union | was criticized"}},
		{"participle after its noun", "The mayor defended the plan, a plan denounced by Sen. Jo Meeks.",
			[]string{"The mayor | defended", "Sen. Jo Meeks | denounced"}},
		{"said by phone is no passive", "The mayor said by phone that the dam held.",
			[]string{"The mayor | said"}},
		{"asked by a reporter", "When asked by a reporter about the levy, the mayor shrugged.",
			[]string{"a reporter | asked"}},
		{"laid out", "The governor laid out her plan for the port on Monday.",
			[]string{"The governor | laid out"}},
		{"fired back", "The senator fired back at the mayor within the hour.",
			[]string{"The senator | fired back"}},
		{"made the case", "Ruiz made the case that the levy would pay for itself.",
			[]string{"Ruiz | made the case"}},
		{"distanced herself", "The mayor distanced herself from the union on Friday.",
			[]string{"The mayor | distanced herself"}},
		{"walked back", "The governor walked back his remarks about the port.",
			[]string{"The governor | walked back"}},
		{"lay out as a plain verb", "Crews lay the pipes out in rows.", nil},
		{"in the polls is a standing", "The mayor has a wide lead in the polls.", nil},
		{"manner adverb after the cue", "“It works,” the mayor said sarcastically.",
			[]string{"the mayor | said sarcastically"}},
		{"restricting adverb after the cue", "The mayor said only that the bridge is safe.",
			[]string{"The mayor | said"}},
		{"adverb before a time", "The mayor spoke briefly on Monday about the bridge.", nil},
		{"in the latest poll", "The mayor leads by six points in the latest Ledger poll.",
			[]string{"the latest Ledger poll | in"}},
		{"stance adjective", "The governor has been critical of the new levy.",
			[]string{"The governor | has been critical of"}},
		{"seen as has no source", "The senator is widely seen as a moderate.",
			[]string{" | is widely seen as"}},
		{"percent sign subject", "On taxes, 42% say the levy is too high.",
			[]string{"42% | say"}},
		{"more likely to say", "Rural voters were more likely to say the levy was unfair.",
			[]string{"Rural voters | say"}},
		{"seemed has no source", "The mayor seemed to enjoy the fight.",
			[]string{" | seemed"}},
		{"passive expected has no source", "The bill is expected to pass on Friday.",
			[]string{" | is expected"}},
		{"active expected keeps it", "Analysts expected that prices would fall.",
			[]string{"Analysts | expected"}},
		{"sign read", "The sign reads: “No more tolls.”",
			[]string{"The sign | reads"}},
		{"read a book", "The mayor read a book to the class.", nil},
		{"tone verb", "The coach groused that the referees were blind.",
			[]string{"The coach | groused"}},
		{"label before a colon", "Update: The bridge has reopened to traffic.", nil},
		{"according to press reports", "The aide quit after a row at a bar, according to press reports.",
			[]string{"press reports | according to"}},
		{"according to some", "According to some on the council, the vote was rigged.",
			[]string{"some on the council | According to"}},
		{"cue noun before a role", "“We are not worried,” said press secretary Jo Ames.",
			[]string{"press secretary Jo Ames | said"}},
		{"railed against", "The candidate railed against the trade deal.",
			[]string{"The candidate | railed against"}},
		{"noun before participle", "The memo showed aides suggesting that the vote be delayed.",
			[]string{"The memo | showed", "aides | suggesting"}},
		{"far subject", "Jo Ruiz, 70, said the ward should stay open.",
			[]string{"Jo Ruiz | said"}},
		{"far subject after dashes", "Many delegates at the meeting — farmers, teachers, nurses — said the levy was too high.",
			[]string{"Many delegates at the meeting | said"}},
		{"asked opening", "Asked whether the bridge would reopen, the mayor said it would.",
			[]string{" | Asked", "the mayor | said"}},
		{"asked by", "Asked by reporters about the fire, she said the cause was unknown.",
			[]string{"reporters | Asked", "she | said"}},
		{"in a poll opening", "In a Ledger poll released Monday, 41 percent of voters backed the levy.",
			[]string{"a Ledger poll | In"}},
		{"in a poll closing", "The mayor holds a wide lead in the latest survey.",
			[]string{"the latest survey | in"}},
		{"in no poll", "The mayor spoke in the town hall on Monday.", nil},
	}
	runAttrCases(t, tests, showChain)
}

// FuzzAttributeSpeech checks the reported-speech rules on any text: no
// panic, and every span in bounds, on rune boundaries and equal to its
// text.
func FuzzAttributeSpeech(f *testing.F) {
	for _, s := range []string{
		"Six in 10 say the tax is too high.",
		"Asked by reporters about the fire, she said the cause was unknown.",
		"In a Ledger poll released Monday, 41 percent of voters backed the levy.",
		"To many farmers, the levy is a tax on bread.",
		"Mayor Says Bridge Will Reopen\n\nHARBOR CITY, April 2 (Ledger) - The mayor said so.",
		"At the heart of it, according to two aides, was a row.",
		"Noting that the dam is old, the mayor said repairs would start.",
		"The mayor's assertion that the dam is safe drew scorn.",
		"According to",
		"Asked ,",
		"in the poll",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		var p Parser
		a := p.Parse(in)
		check := func(s Span) { // rune boundaries only where the input is valid UTF-8
			if s.Start < 0 || s.End > len(in) || s.Start > s.End || in[s.Start:s.End] != s.Text {
				t.Fatalf("Parse(%q): bad span %+v", in, s)
			}
			if utf8.ValidString(in) && (s.Start < len(in) && !utf8.RuneStart(in[s.Start]) || s.End < len(in) && !utf8.RuneStart(in[s.End])) {
				t.Fatalf("Parse(%q): bad span %+v", in, s)
			}
		}
		for _, at := range a.Attributions {
			check(at.Cue)
			if !at.Source.IsZero() {
				check(at.Source.Span)
			}
			if !at.Content.IsZero() {
				check(at.Content)
			}
		}
	})
}
