package wirestory

import "testing"

// The tests of this file check how South Asian, Malaysian and Nigerian
// copy introduces a police officer or a ruler: a police title with its
// posting after "of Police", a hyphenated title, a force named before
// the officer's title, a rank's abbreviation before a name, and the
// role nouns wires use for a traditional ruler.

// TestWireRulerRoles checks the role nouns for a traditional ruler
// ("the royal father", "the traditional ruler", "the paramount
// ruler"), which stand for the ruler named before as "the monarch"
// does, including a role of two words whose head ("father") is no role
// alone.
func TestWireRulerRoles(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"royal father after a council's chairman", "Also speaking, the Chairman of the Niger Council of Traditional Rulers, Alhaji Umar Faruk Bida, urged the guards to respect customs. “Our institutions will support the guards,” the royal father said.",
			[]string{"Umar Faruk Bida"}},
		{"traditional ruler after a council's chairman", "Also speaking, the Chairman of the Niger Council of Traditional Rulers, Alhaji Umar Faruk Bida, urged the guards to respect customs. “Our institutions will support the guards,” the traditional ruler said.",
			[]string{"Umar Faruk Bida"}},
		{"royal father after an emir", "The Emir of Kontagora, Alhaji Saidu Namaska, received the governor in his palace. “We welcome the guards,” the royal father said.",
			[]string{"Saidu Namaska"}},
		{"oba, then the monarch and the traditional ruler", "The Oba of Ikere, Oba Adebola Akinlade, received the governor. “We welcome the guards,” the monarch said. “They are our sons,” the traditional ruler added.",
			[]string{"Adebola Akinlade", "Adebola Akinlade"}},
		{"paramount ruler", "Oba Adebola Akinlade, the Ogoga of Ikere, received the governor. “We welcome the guards,” the paramount ruler said.",
			[]string{"Adebola Akinlade"}},
		{"the ruler of an emirate", "Sheikh Mohammed bin Rashid, the ruler of Dubai, opened the fair. “It is a jewel,” the ruler said.",
			[]string{"Mohammed bin Rashid"}},
		// Near misses: plural rulers and a ruler's aide stand for nobody.
		{"plural", "Governor Ibrahim Musa Kontagora met the chiefs. “We welcome the guards,” the traditional rulers said.",
			[]string{""}},
		{"the royal father's aide", "The Emir of Kontagora, Alhaji Saidu Namaska, received the governor. “We will pay them,” the royal father's aide said.",
			[]string{""}},
	})
}
