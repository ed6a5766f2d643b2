// Package wirestory reads a news wire story and returns its structure:
// the dateline, byline and credit, the paragraphs, every quotation with its
// speaker resolved to a name, and every attribution with the chain of
// sources behind it, each element with its byte offsets into the input.
//
//	a := wirestory.Parse(story)
//	fmt.Println(a.Dateline.Place.City) // "Tehran"; "" if the story has none
//	for _, q := range a.Quotes {
//		if !q.Speaker.IsZero() {
//			fmt.Printf("%s: %s\n", q.Speaker.Name, q.Inner().Text) // "Jane Doe: We will …"
//		}
//	}
//
// [Parse] never fails and never panics: every text is a story, and what a
// story lacks is left zero (a zero value, whose IsZero method says so; a
// nil slice). No result holds a pointer, and no two share a value. A [Parser] holds
// the settings; its zero value is ready to use, and Parse is the zero
// Parser's [Parser.Parse]. The [Article] encodes as the JSON that the
// wirestory command prints, whose field names are a stable contract.
//
// # Datelines
//
// A [Dateline] is the opening "TEHRAN, Jan 20 (Reuters) -" of a story:
// where it was filed ([Place], as written and normalised), when ([Date]),
// by which agency ([Agency], by its canonical short name: "AP" for
// "Associated Press"), and the separator before the body. The styles of
// Reuters, AP, AFP, Xinhua, IANS, PTI, ANI, Yonhap and newspapers are
// recognised, including feed prefixes with no place ("AP - "), a byline
// before the dateline, a headline glued in front of it, and paragraphs in
// HTML tags. A date given without a year takes its year from
// [Parser.Reference]: the latest such date not after it.
//
// Gulf agencies' Hijri dates ("Riyadh, Rajab 3, 1447, Jan 2, 2026, SPA
// --"), WAFA's bare "NABLUS," a paper's agency line ("Afp, Paris") and
// web copy's place on a line of its own below the headline ("ANKARA",
// "MUGLA, Türkiye") are read too; the Date holds the Gregorian date
// where one is given.
// The line above the dateline or byline that reads as a title is the
// [Article]'s Headline, and its quotations are found with the body's.
//
// [ParseDateline] is the strict form, for a line known to be a dateline:
// it returns an error when the line is not one, a [*SyntaxError] that
// says where reading stopped and wraps [ErrNoDateline].
//
// A [Byline] names the writers; a [Credit] is the sign-off at the end
// ("IANS", " Reuter", "-- Xinhua", "jdoe@yna.co.kr (END)") or the
// trailer "(Reporting by …; Editing by …)", with the contributors and
// their roles.
//
// # Attribution
//
// An [Attribution] says who said or reported what: its Source, its Cue
// ("said", "according to", "reported") and its Content. Via is the chain
// of sources behind the Source, nearest first: in "Xinhua news agency
// reported, citing a statement published on the website of the
// President's Office", the source is "Xinhua news agency" and Via holds
// "a statement" (cue "citing") and "the website of the President's
// Office" (cue "published on"). A "citing" that gives a reason ("citing
// low growth") is not a link.
//
// A source and cue set between commas inside a sentence report the
// whole sentence around them: in "The plan, the minister said, would
// restore confidence", "The talks, said Ana Ruiz, were going nowhere"
// and "The ceasefire, according to the army, was holding", the Content
// is one span from the sentence's start to the end of its clause, with
// the source and cue inside it. So is a quotation the cue interrupts,
// "“A,” he said of the plan, “B.”". Words after the cue that are its own
// (", on condition of anonymity", ", citing …", ", adding that …") stay
// out.
//
// The chain follows the structure of the text. Speech reported inside
// what a source said or reported is the next level: "Antara reported that
// Siregar said …", "Larijani condemned …, IRNA reported" and "“One man
// came in and said …,” the clerk said" put Siregar, Larijani and "One
// man" behind the outer source. A relay is the outermost level wherever it
// stands ("said the ministry, quoted by APP", "an official quoted by the
// daily said"); a document's venue follows the document ("A communique
// published by TAP said"). The words each construction takes are lexicon
// lists: the cues whose content may be speech, the relay cues, the link
// cues.
//
// Its [AttributionKind] says what it reports, so that a "who said what"
// view can keep [Speech], [Report] and [Document] and leave out the
// rest: [Speech] for what someone said or told ("said", "warned");
// [Report] for what a relay passed on ("reported", "according to",
// "data showed"); [Document] where a document carries the words ("said
// in a statement", "the report said"); [Stance] for a position held
// rather than uttered ("believes", "hopes", "criticised"); and
// [Evidential] for a hedge that cites no one ("is expected to", "seemed",
// "No injuries have been reported"). Only an Evidential attribution has
// no Source: a passive with no agent after "by" never makes its subject
// the source. The cues of each kind are the word list "cuekinds".
//
// # Quotes
//
// A [Quote] runs from its opening mark through its closing mark, in any
// of the marks wires use: "…", “…”, ‘…’, «…», „…“, 「…」. A quotation
// that runs over several paragraphs, reopened at the start of each, is
// one Quote. Its [QuoteKind] tells a quoted statement ([Direct]) from a
// fragment inside reported speech ([Partial]), a term held at a distance
// ([Scare]) and a title ([Title]). The Speaker is a [Mention]: where the
// speaker stands in the text ("the envoy", "she") and the Name it
// resolves to ("Muhammad Mudassir Tipu"), or "" where the story never
// gives one.
//
// # Offsets
//
// Every element is, or embeds, a [Span]: byte offsets into the exact
// string passed to Parse, 0-based and half-open, and the Text between
// them, so that text[s.Start:s.End] == s.Text always holds. Offsets never
// count runes or lines; [LineCol] turns an offset into a line and column
// for messages. The input is never rewritten: HTML entities, tags,
// no-break spaces and invalid UTF-8 stay where they are, and spans never
// split a UTF-8 sequence. A Span's Text shares the input's memory; use
// [strings.Clone] to keep a small part of a large input.
//
// # Lexicons
//
// The words the parser relies on — agencies, cue verbs, titles, role
// nouns — are word lists in a [Lexicon], shipped as text files embedded in
// the package (lexicon/agencies.txt and others), from which the tables of
// [DefaultLexicon] are generated, so that loading it costs next to
// nothing. Each line is an entry, the canonical form
// first: "AP | Associated Press | The Associated Press". Lookups ignore
// case, Unicode normalisation and runs of white space.
//
// To teach the parser a new agency or cue verb, extend a copy and set it
// on a Parser; nothing global changes, so services sharing the package
// cannot disturb one another:
//
//	lex := wirestory.DefaultLexicon().With(wirestory.Agencies, "NCP | Nordic Coast Press")
//	p := wirestory.Parser{Lexicon: lex}
//
// [Lexicon.WithList] reads a whole list in the same format, so a service
// can keep its own file; [Lexicon.Without] removes forms.
//
// # Concurrency
//
// A Parser is safe for concurrent use once its fields are no longer
// modified; a Lexicon is immutable. Parse allocates nothing shared, so one
// Parser can serve every goroutine of a service.
//
// # Performance
//
// Parse is linear in the length of its input whatever the input holds:
// every look-around is bounded by a constant or by the sentence or
// paragraph, and hostile text (100,000 quote marks, a megabyte with no
// full stop, thousands of nested quotations) costs about as much per byte
// as a story. The package uses no regular expressions. A short story's
// result is usually one allocation: the values of an Article are cut from
// one store made for it, and the working buffers of a parse are pooled.
// Keeping any part of an Article (a Quote, a Mention) keeps that store
// alive, as keeping a Span's Text keeps the input.
//
// # Limitations
//
// The parser reads the surface of the text with word lists and rules,
// not a statistical model, which makes it fast and predictable and also
// bounds what it can see:
//
//   - English-language wire copy is the target. Quotations are found in
//     any language (German „…“ and French «…» included), but speakers and
//     attributions need English grammar: on a story whose commonest words
//     are German, French or Spanish, Parse leaves them out rather than
//     guess.
//   - Speakers are resolved within the story by recency and role: a
//     pronoun takes the most recent compatible person, a surname the full
//     name first given, a role noun the person introduced with that role.
//     There is no world knowledge and no resolution across stories.
//   - The input is not normalised. Crawled HTML is read where it stands:
//     paragraph tags split paragraphs and the entities &quot; and &#8220;
//     pair as quotation marks, but other markup is text.
//   - Places are normalised from the lexicon's place lists, generated
//     from GeoNames: every capital, seat of a province or state and place
//     of 100,000 people may open a dateline alone ("BOCHUM -"); towns of
//     15,000 give only their spelling ("MCLEAN, Va." is "McLean"). A
//     smaller town is title-cased as written, and a place's region and
//     country are only what the dateline says.
//
// # Comparing results in tests
//
// Results are plain values with no pointers and no unexported fields, so
// [reflect.DeepEqual] and github.com/google/go-cmp compare them as they
// stand, and an Article read back from its JSON ([Article.UnmarshalJSON])
// equals the one that was written. To compare what was found rather than
// where, ignore offsets with cmpopts.IgnoreTypes(wirestory.Span{}); to
// check only some fields, compare a projection ([Quote.Inner] text,
// Speaker.Name) of each element, as the package's own table tests do.
//
// # Stability
//
// The Go API and the JSON field names follow semantic versioning. What is
// not promised: the exact boundaries of spans and the heuristics behind
// them may improve in minor releases, so tests that compare results
// should compare spans only when they mean to, and otherwise ignore them
// with cmpopts.IgnoreTypes(wirestory.Span{}) from
// github.com/google/go-cmp.
package wirestory
