package wirestory

import "testing"

// Session twenty-one, the lead's forms from the "?" left by rounds 32
// and 33. Each test holds variants of one form in wire style and near
// misses that must not change.

// TestForms34BodyNameWithPortfolioList checks a title's "of" + a body
// whose own name ends in a list of portfolios, set off before the
// holder's name: "Chairman of the Federation of Chambers of Commerce,
// Industry and Agriculture, X, told". The list's commas are the body's,
// not the appositive chain's, where every item opens with a portfolio's
// word; the source runs over the whole of it to the name. Near misses:
// a list of banks after "of" ("Bank of America, Citigroup and …") and
// a list of people's trades keep their readings.
func TestForms34BodyNameWithPortfolioList(t *testing.T) {
	runAttrCases(t, []attrCase{
		{"a federation of chambers", "Chairman of the Federation of Kelta Chambers of Commerce, Industry and Agriculture, Omar Saleh, told KNA that small traders were hit hardest.",
			[]string{"Chairman of the Federation of Kelta Chambers of Commerce, Industry and Agriculture, Omar Saleh | told -> KNA"}},
		{"a ministry", "Head of the Ministry of Trade, Industry and Tourism, Jane Okoro, told reporters that prices would rise.",
			[]string{"Head of the Ministry of Trade, Industry and Tourism, Jane Okoro | told -> reporters"}},
		{"a chamber with an article", "The head of the Chamber of Commerce, Industry and Mines, Reza Karimi, said exports had fallen by a third.",
			[]string{"The head of the Chamber of Commerce, Industry and Mines, Reza Karimi | said"}},
		{"a title's own portfolio", "The Undersecretary for Migration, Population and Religious Affairs, Lina Haddad, said the camps were full.",
			[]string{"The Undersecretary for Migration, Population and Religious Affairs, Lina Haddad | said"}},
		// Near misses: items that are no portfolios' keep the first
		// comma as the chain's.
		{"a list of trades", "The chief of the Association of Farmers, Traders and Shopkeepers, Ali Karimi, said exports had fallen.",
			[]string{"The chief of the Association of Farmers | said"}},
		{"a list of banks", "The head of Bank of America, Citigroup and Wells Fargo said the rules were too strict.",
			[]string{"Citigroup and Wells Fargo | said"}},
	}, showChain)
}
