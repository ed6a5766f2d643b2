package wirestory

import "testing"

// TestWireDoctorTitle checks "the doctor" (or "the physician") after a
// person named with "Dr." or introduced as a doctor: the quotation is
// that person's. "Dr." and "Prof." are courtesy titles held besides an
// office: "Health Minister Dr. X" stays "the minister" too, and "the
// doctor" is no one introduced with another role only.
func TestWireDoctorTitle(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Dr. and an apposition, warned", "Dr. Lina Shtayyeh, head of the maternity department at Rafidia Hospital, said supplies were short. “We are running out of everything,” the doctor warned.",
			[]string{"Lina Shtayyeh"}},
		{"Dr without a point", "Dr Ravi Menon told PTI the wards were full. “We have never seen this,” the doctor said.",
			[]string{"Ravi Menon"}},
		{"Doctor in full", "Doctor Amara Nwosu said the clinic would reopen. “We are ready,” the doctor said.",
			[]string{"Amara Nwosu"}},
		{"a doctor in apposition", "Mohammed Saleh, a doctor at Al-Awda Hospital, said supplies were short. “We are running out of everything,” the doctor said.",
			[]string{"Mohammed Saleh"}},
		{"a physician, then the doctor", "Mohammed Saleh, a physician at Al-Awda Hospital, said supplies were short. “We are running out of everything,” the doctor said.",
			[]string{"Mohammed Saleh"}},
		{"Dr., then the physician", "Dr. Mohammed Saleh said supplies were short.\n\n“We are running out of everything,” the physician said.",
			[]string{"Mohammed Saleh"}},
		{"Dr. and a surgeon, another man between", "Dr Ravi Menon, a senior surgeon at Kochi Medical College, told PTI the wards were full. Hospital superintendent Anil Kumar said beds were added. “We have never seen this,” the doctor said.",
			[]string{"Ravi Menon"}},
		{"the doctor past a minister", "Dr. Lina Shtayyeh said supplies were short.\n\nHealth Minister Omar Haddad said trucks were on the way.\n\n“We are running out of everything,” the doctor said.",
			[]string{"Lina Shtayyeh"}},
		{"a minister who is a doctor", "Health Minister Dr. Omar Haddad said trucks were on the way.\n\nNurse Lina Shtayyeh said supplies were short.\n\n“We are running out of everything,” the doctor said.",
			[]string{"Omar Haddad"}},
		// Near misses: the courtesy title does not take the office's
		// place; "the doctor" is not a minister introduced without "Dr.";
		// an unnamed doctor is no one named.
		{"the minister who is a doctor", "Kuwait's Minister of Oil Dr. Nasser Al-Fadhli said the refinery would reach capacity. Nurse Lina Shtayyeh said supplies were short. “We are ready,” the minister said.",
			[]string{"Nasser Al-Fadhli"}},
		{"the minister who is a professor", "Prof. Dr. Ayse Yilmaz, the health minister, said trucks were on the way.\n\nNurse Lina Shtayyeh said supplies were short.\n\n“We are running out of everything,” the minister said.",
			[]string{"Ayse Yilmaz"}},
		{"a minister is not the doctor", "Nurse Lina Shtayyeh said supplies were short.\n\nHealth Minister Omar Haddad said trucks were on the way.\n\n“We are running out of everything,” the doctor said.",
			[]string{""}},
		{"an unnamed doctor", "“We are running out of everything,” a doctor at the hospital said.\n\nMinister Omar Haddad said trucks were on the way.",
			[]string{""}},
		{"Prof., then the professor", "Prof. Ali Daoud said the study was sound. “The data are clear,” the professor said.",
			[]string{"Ali Daoud"}},
	})
}
