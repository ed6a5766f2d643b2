package wirestory

// A List names one word list of a [Lexicon]. Its name is the name of the
// file, lexicon/NAME.txt, that holds its default entries.
//
// The lists a caller is likely to extend have exported names. The others,
// the grammar's small words, are listed by [Lexicon.Lists] and may be
// named by their string (List("cuebaseverbs")); [Lexicon.With] panics on
// a name that is no list, so a misspelt list cannot pass silently.
//
// A story's words are looked up by the tokenizer, which gives each its
// classes (cue verb, title, role…) in one probe; it looks up no word of
// more than 32 bytes, so a cue verb that long is never read as a cue.
type List string

// The lists a caller is likely to extend.
const (
	Agencies    List = "agencies"    // news agencies: "Reuters | Reuter | REUTERS"
	CueVerbs    List = "cueverbs"    // speech and report verbs: "say | said | says | saying"
	CuePhrases  List = "cuephrases"  // cues of several words: "according to", "expressed hope"
	LinkCues    List = "linkcues"    // links of a chain of sources: "citing", "quoting", "published on"
	Titles      List = "titles"      // titles before a name: "President | Pres."
	Roles       List = "roles"       // roles that stand for a person: "envoy | ambassador"
	Places      List = "places"      // places a dateline may name alone, from GeoNames: "São Paulo | Sao Paulo"
	Gazetteer   List = "gazetteer"   // smaller towns, from GeoNames, whose spelling a dateline takes: "King of Prussia"
	Regions     List = "regions"     // states and provinces: "Virginia | Va. | VA"
	Countries   List = "countries"   // countries: "Netherlands | the Netherlands"
	BylineRoles List = "bylineroles" // words after a writer's name: "Writer", "Correspondent"
	CreditRoles List = "creditroles" // roles in a credit: "editing | edited by | editor"
)

// The dateline grammar's other lists.
const (
	months      List = "months"      // month names and abbreviations: "September | Sept. | Sep"
	labels      List = "labels"      // labels that open a story like a place and are none: "Note", "Update"
	hijriMonths List = "hijrimonths" // months of the Hijri calendar: "Rajab", "Dhu al-Hijjah | Dhul Hijjah"
)

// The other lists of bylines and credits.
const (
	nameParticles  List = "nameparticles"  // small words inside names: "de", "van", "es"
	creditNotes    List = "creditnotes"    // notes that follow a credit: "Refiles | This story"
	creditSources  List = "creditsources"  // agencies' e-mail domains: "Yonhap | yna.co.kr"
	domainSuffixes List = "domainsuffixes" // last parts of web addresses inside an outlet's name: "ru | info"
	creditGeneric  List = "creditgeneric"  // credits that name no agency: "Agencies | wires"
	creditFooters  List = "creditfooters"  // phrases that open a paper's footer before its name: "Published in"
	creditMarks    List = "creditmarks"    // marks that end a story and stand for the agency that filed it: "Xinhua | Enditem"
)

// The lists that decide a quotation's kind.
const (
	titleCues       List = "titlecues"          // words before a quoted title or name: "film | Zeitung | Operation"
	namedHeads      List = "namedheads"         // nouns after a quoted name that say what it names: "drive | yatra | rally"
	nameOpeners     List = "nameopeners"        // words that open a quoted name and say what it names: "Operation | Mission | Project"
	nicknameVerbs   List = "nicknameverbs"      // verbs that give a thing a name before its object and "the": "dubbed | nicknamed"
	presentNaming   List = "presentnamingverbs" // naming verbs in the plural present, before an object and "the": "call | dub"
	asNamingVerbs   List = "asnamingverbs"      // participles before "as" and a name: "launched | marketed"
	signNouns       List = "signnouns"          // things that carry a slogan: "banner | placard"
	signWordings    List = "signwordings"       // words between a sign and its slogan: "reading | saying"
	signCarriers    List = "signcarriers"       // verbs of carrying a sign: "carried | waving"
	titleFrames     List = "titleframes"        // words before a title named in passing: "appearance on | interview with | host of"
	titleFollowers  List = "titlefollowers"     // nouns after a title named in passing: "host | star | episode"
	scareCues       List = "scarecues"          // words before a term held at a distance: "so-called | sogenannte"
	speechSignals   List = "speechsignals"      // words that show a sentence reports speech: "said | sagte | zufolge"
	speechMoods     List = "speechmoods"        // verb forms of reported speech: "sei | habe"
	namedAfterWords List = "namedafter"         // words after a quoted name: "genannt | bekannt"
	nameLinks       List = "namelinks"          // small words inside names: "of | the | am"
	articles        List = "articles"           // definite articles: "the | der | die"
	elisions        List = "elisions"           // words that begin with an apostrophe: "n | em | til"
	conjunctions    List = "conjunctions"       // words that join a list: "and | or | und | oder"
	characterisers  List = "characterisers"     // words before a quoted characterisation: "as | a | als | einen"
	asWords         List = "aswords"            // "as" and its kin: "as | als | wie"
	quoteTails      List = "quotetails"         // words after a quotation and a comma that attribute it: "so | according"
)

// The lists that tell a work's title set off by commas after its phrase,
// and a thing's local name and its gloss.
const (
	workPreps  List = "workprepositions"  // prepositions between a noun of works and its phrase: "a documentary on", "a film about"
	knownPreps List = "knownprepositions" // prepositions inside "known … as": "known among herders as", "known to residents as"
	namedPreps List = "namedprepositions" // stop-word prepositions before a noun a name after "called" names: "under a programme called"
	glossLinks List = "glosslinks"        // words between a name in marks and its gloss: "“Maji ya Jua,” or “water of the sun”"
)

// The attribution stage's other lists.
const (
	inversionVerbs         List = "inversionverbs"         // cue verbs that may stand before their source: "…, said the official"
	determiners            List = "determiners"            // "the", "a", "his": where a source phrase starts
	singularDeterminers    List = "singulardeterminers"    // "the", "another", "his": a role they open may be named in apposition
	pronouns               List = "pronouns"               // "he", "she", "they": sources as they stand
	auxiliaries            List = "auxiliaries"            // "has", "also": skipped between a source and its cue
	finiteAuxiliaries      List = "finiteauxiliaries"      // "would", "was": an auxiliary that makes a clause of its own
	aspectVerbs            List = "aspectverbs"            // "keeps", "began": a verb whose participle is its subject's ("he keeps talking")
	cueClauseVerbs         List = "cueclauseverbs"         // "add": a cue verb that reports words only before a clause, not a noun object
	negativeSubjects       List = "negativesubjects"       // "nobody", "no one": a subject that names no speaker
	causativeVerbs         List = "causativeverbs"         // "prompting": a verb whose object speaks the cue after "to" ("prompting X to say")
	stopWords              List = "stopwords"              // "that", "when": where a source phrase ends
	abbreviations          List = "abbreviations"          // "Mr", "Jan": periods that end no sentence
	cueNouns               List = "cuenouns"               // "statement", "report": documents that carry words
	sourceNouns            List = "sourcenouns"            // "sources", "officials": what a citing link names
	timeWords              List = "timewords"              // "Monday", "yesterday": times that follow a cue
	cueNaming              List = "cuenaming"              // "called", "dubbed": verbs whose quoted object is the namer's own term
	cueDirectives          List = "cuedirectives"          // "order | tell": cues that, passive before an infinitive, report an order, no words
	accordingNorms         List = "accordingnorms"         // "plan | guidelines": nouns after "according to" that name a norm, no source
	cueActVerbs            List = "cueactverbs"            // "recall": cue verbs that are acts before a quantity or, progressive, an object
	actAmounts             List = "actamounts"             // "prices", "premium": amounts that, heading its object, make a cueactverbs verb an act
	amountUnits            List = "amountunits"            // "percent", "million": words that close an amount
	cueChangeVerbs         List = "cuechangeverbs"         // "decline": cue verbs that also say an amount fell, "declined 3 percent"
	cueAsVerbs             List = "cueasverbs"             // "put it", "noted": verbs that close "…, as X put it." with the words before "as" for content
	relativeObjects        List = "relativeobjects"        // "what", "whom": a relative clause whose cue has the quotation for object
	timeUnits              List = "timeunits"              // "weeks", "hours": what a time before "ago" is measured in
	timeLapses             List = "timelapses"             // "soon", "moments": words that measure a time before "after" opening a sentence
	timeSpans              List = "timespans"              // "ago", "later": words that close a measured time, "two weeks ago"
	ingPrepositions        List = "ingprepositions"        // "including", "regarding": prepositions in -ing, which open no participle's clause
	pastVerbs              List = "pastverbs"              // irregular past tenses that end a subject phrase: "took", "gave"
	cueBaseVerbs           List = "cuebaseverbs"           // base forms that are verbs after any subject: "say", "think"
	cueWeakForms           List = "cueweakforms"           // forms that are cues only before a clause: "support", "report"
	cuePolls               List = "cuepolls"               // findings attributed by "in": "poll", "survey"
	cueStanceNouns         List = "cuestancenouns"         // nouns whose possessor holds a position: "his criticism of"
	cueSpeechNouns         List = "cuenounsofspeech"       // stance nouns that state their content only as a clause: "his claim that"
	cueIntentNouns         List = "cueintentnouns"         // stance nouns that state an intent only before "to" or "that": "his promise to"
	cueAttackNouns         List = "cueattacknouns"         // stance nouns that are a verbal attack only on a named person: "her attacks on Lund"
	cueFromNouns           List = "cuefromnouns"           // stance nouns whose holder follows "from": "drew criticism from rivals"
	cueViewNouns           List = "cueviewnouns"           // stance nouns that attribute a clause only after "in": "in the mayor's view, …"
	cueEvidential          List = "cueevidential"          // verbs whose subject is no source: "seemed", "is expected"
	cuePortrayals          List = "cueportrayals"          // weak cue forms that take an object and "as": "cast", "painted"
	cueNotPhrases          List = "cuenotphrases"          // a cue and the next word that say no speech: "showed up", "pledged delegates"
	cueFloats              List = "cuefloats"              // words between a subject and its cue verb: "only", "both"
	cueAddressees          List = "cueaddressees"          // cue verbs whose object is spoken to: "tell", "ask"
	cueNamedAddressees     List = "cuenamedaddressees"     // cue verbs whose named object is spoken to: "urge", "warn"
	cueOpeners             List = "cueopeners"             // words that open an adverbial before the subject: "outside", "likewise"
	quoteOpeners           List = "quoteopeners"           // sentence adverbs before a comma and a quotation that goes on: "instead", "now"
	cueNounForms           List = "cuenounforms"           // verb forms that are plural nouns unless a name stands before: "reports"
	cuePassiveAux          List = "cuepassiveaux"          // forms of "be" and "get" before a passive cue: "was backed by"
	cueNotManner           List = "cuenotmanner"           // -ly words after a cue that say no manner of speech: "only", "early"
	cueKinds               List = "cuekinds"               // cues by kind, speech aside: "stance | believe | hope"
	cueDocuments           List = "cuedocuments"           // documents that carry words: "statement | report | letter"
	chainDecisions         List = "chaindecisions"         // a court's decisions, that "citing" gives as a reason: "ruling", "verdict"
	chainMakerLinks        List = "chainmakerlinks"        // link cues in "by" whose object may be the document's maker: "published by"
	chainResults           List = "chainresults"           // results had or booked, that heading a cue's object make it no level: "reported symptoms", "a profit"
	chainComparatives      List = "chaincomparatives"      // comparatives that, opening a cue's noun object, make it a result observed: "reported higher discharge"
	chainJointCues         List = "chainjointcues"         // cues of a position held, that "we" inside a quotation states as the speaker's own: "confirm"
	chainJointSubjects     List = "chainjointsubjects"     // subjects inside a quotation that take in the speaker: "we"
	chainActs              List = "chainacts"              // cues that name an act before a noun object: "declared a state of emergency"
	chainViews             List = "chainviews"             // a person's possessive and a document noun that name a view: "in his opinion"
	chainPublications      List = "chainpublications"      // the last words of a newspaper's name: "Daily", "Times", "Herald"
	cueVenueNouns          List = "cuevenuenouns"          // places of publication that "on" names: "on its website", "on his blog"
	cueSpokenDocuments     List = "cuespokendocuments"     // documents that, addressed to someone, are remarks: "in statements to EFE"
	cueInterviews          List = "cueinterviews"          // an interview and the preposition before the one it was given to: "interview with"
	headlineTopics         List = "headlinetopics"         // nouns that end a headline's topic before a colon: "row", "controversy"
	cueRecordings          List = "cuerecordings"          // recordings whose "of" names who speaks in them: "footage of Trump saying"
	portfolioWords         List = "portfoliowords"         // words of ministers' portfolios: "Climate", "Change", "Affairs"
	quotedNouns            List = "quotednouns"            // nouns that name someone's words: "charge", "label"
	occasionPrepositions   List = "occasionprepositions"   // prepositions that open an occasion of speech: "in", "at", "during"
	timePrepositions       List = "timeprepositions"       // prepositions that open a time between subject and verb: "in the past", "over the years"
	subordinators          List = "subordinators"          // words that open a subordinate clause before the main one: "as", "when"
	eventSubordinators     List = "eventsubordinators"     // words that open a clause of time or concession whose report is its own: "when", "after"
	speechOccasions        List = "speechoccasions"        // occasions of speech between a subject and its verb: "in a statement", "at a rally"
	participleOpeners      List = "participleopeners"      // words before a participle whose subject is the clause's: "while", "despite"
	cueAskOpeners          List = "cueaskopeners"          // words before "asked" that make it the main clause's: "when asked"
	contrasts              List = "contrasts"              // words that open a contrasting clause after a comma: "but", "whereas"
	cueParticles           List = "cueparticles"           // particles of a phrasal cue verb: "fired back", "spoke out"
	possessiveDeterminers  List = "possessivedeterminers"  // possessive determiners: "his", "their"
	timeOpeners            List = "timeopeners"            // words before a time that belong to it: "last week", "on Monday"
	clauseJoiners          List = "clausejoiners"          // words that join a second clause after a first: "and", "then"
	relatives              List = "relatives"              // relative pronouns after a source: "who", "which"
	venuePrepositions      List = "venueprepositions"      // prepositions of where words were said: "in a statement", "on its website"
	indefiniteArticles     List = "indefinitearticles"     // "a", "an": a document not yet named
	sentenceWords          List = "sentencewords"          // words a sentence is read for by themselves: "reportedly", "citing"
	clauseStops            List = "clausestops"            // words where a content may stop: "but", "while"
	phrasePrepositions     List = "phraseprepositions"     // prepositions inside a source phrase: "a spokesman for the ministry"
	openingPrepositions    List = "openingprepositions"    // prepositions that open a circumstance: "during", "after"
	participlePrepositions List = "participleprepositions" // prepositions a participle takes inside a noun phrase: "arrested after"
	placeOpeners           List = "placeopeners"           // adverbs before an opening place: "Back in Ben Tre, …"
	cueBaseAuxiliaries     List = "cuebaseauxiliaries"     // words after which a cue's base form is a verb: "would say", "did not say"
	cueBaseSubjects        List = "cuebasesubjects"        // subjects whose verb is a cue's base form: "they say", "people say"
	subjectPronouns        List = "subjectpronouns"        // pronouns that open a clause as its subject: "he", "she"
	reflexives             List = "reflexives"             // "myself", "themselves": one told oneself, a thought
	spendVerbs             List = "spendverbs"             // "spent": a verb of spending time, "spent the day urging …"
	feelingParticiples     List = "feelingparticiples"     // "worried", "incensed": after "be" an adjective, its subject feels
)

// The lists of speaker resolution.
const (
	resolveRoles           List = "resolve-roles"             // role nouns by synonym group: "envoy | ambassador | diplomat"
	resolveHonorifics      List = "resolve-honorifics"        // courtesy titles before a name: "Mr. | Mrs. | Dr."
	resolvePronouns        List = "resolve-pronouns"          // "he | him | his", "they | them | their"
	resolveGender          List = "resolve-gender"            // words that tell gender, canonical "he" or "she": "she | Mrs. | spokeswoman | Hillary"
	resolvePlaces          List = "resolve-places"            // countries, states and capitals that speak: "United States | U.S. | America"
	resolveDemonyms        List = "resolve-demonyms"          // nationality words by place: "Pakistan | Pakistani | Pakistanis"
	resolveOrgs            List = "resolve-orgs"              // head words of organisations: "ministry | Ministry"
	resolveGeneric         List = "resolve-generic"           // nouns for the organisation or country named before: "group | movement"
	resolveNonNames        List = "resolve-nonnames"          // capitalised words never in a name: "During", "Friday"
	resolveRankMarks       List = "resolve-rankmarks"         // retired marks in brackets after a rank: "(Retd)", "(Ret.)", "(R)"
	resolveRankClasses     List = "resolve-rankclasses"       // a rank's class before the name: "2nd Class", "First Class"
	resolveSurnameCallings List = "resolve-surnamecallings"   // callings that are surnames too, before a full name at a sentence's start: "Carver X Y"
	resolveParticles       List = "resolve-particles"         // lower-case words inside names: "bin", "von"
	resolveProxies         List = "resolve-proxies"           // role groups of people who speak for others: "spokesperson"
	resolveBystanders      List = "resolve-bystanders"        // role groups of people met by chance, never another role's: "witness"
	resolveOffices         List = "resolve-offices"           // role groups of public offices and ranks, never another's holder: "chief minister | mayor"
	resolveHeadRoles       List = "resolve-headroles"         // role groups that name the head of a body: "chief | president"
	resolveGeneralRoles    List = "resolve-generalroles"      // role groups a general role covers, general first: "executive | ceo | chief financial officer"
	resolveClauseOpeners   List = "resolve-participleopeners" // past participles that open a clause before the subject: "Flanked", "Accompanied"
	resolvePlacePreps      List = "resolve-placeprepositions" // prepositions whose capitalised object is where, not who: "at Pasir Gudang", "on X"
	resolveKin             List = "resolve-kin"               // nouns of kin "the" puts for a person named before: "said the mother of four"
	resolveRelativeRoles   List = "resolve-relativeroles"     // verbs after "who" that give a role, by role group: "who heads the branch" is a chief
	resolvePlaceHeads      List = "resolve-placeheads"        // head words of places and facilities: "Canal | Port | Airport"
	resolvePlaceNouns      List = "resolve-placenouns"        // lower-case nouns of places a name before them names: "temple | mosque | gurdwara"
	resolveNameHonorifics  List = "resolve-namehonorifics"    // honorifics that names also hold after the given name: "Sheikh | Haji"
	resolveAnonymous       List = "resolve-anonymous"         // words that keep an unnamed source unnamed: "anonymity", "be named"
	resolvePostings        List = "resolve-postings"          // a police title's force and posting words: "force | Police", "posting | Rural | City"
	resolveOrgOpeners      List = "resolve-orgopeners"        // words no name holds that open a body's name: "All" in "All India Radio"
	resolveDistrictPosts   List = "resolve-districtposts"     // posts written with their district after them: "Deputy Commissioner Kishtwar X"
	resolveFamilyFirst     List = "resolve-familyfirst"       // Chinese family names written before the given names: "Tan | Lim | Wong"
	resolveRankWords       List = "resolve-rankwords"         // words before a role noun that rank its holder: "lead | senior | top"
	resolveNameInitials    List = "resolve-nameinitials"      // name initials of two letters with a period: "Ch." in "Ch. Laxma Reddy"
	resolveStopNames       List = "resolve-stopnames"         // function words that are given names, capitalised before a name: "Nor" in "Nor Azlina Ismail"
	resolveBodyPreps       List = "resolve-bodyprepositions"  // prepositions that join a body's name when capitalised: "Without" in "Doctors Without Borders"
	resolveOutletNouns     List = "resolve-outletnouns"       // nouns after an outlet's name that say what it is: "newspaper | daily | news agency"
	resolveNamingVerbs     List = "resolve-namingverbs"       // verbs of a phrase that gives a described person's name: "identified", "gave"
	resolveNamedLinks      List = "resolve-namedlinks"        // nouns right before a name such a phrase gives: "surname", "name"
	resolveNamedOnly       List = "resolve-namedonly"         // words of such a phrase that let "as" link the name: "only" in "identified only as X"
)
