package wirestory_test

import (
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/wirestory/wirestory"
)

func ExampleParseDateline() {
	dl, err := wirestory.ParseDateline("RICHMOND, Va., March 5 (AP) --")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s | %s, %s\n", dl.Place.Text, dl.Place.City, dl.Place.Region)
	fmt.Println(dl.Date.Month, dl.Date.Day, dl.Agency.Name, dl.Separator)
	// Output:
	// RICHMOND, Va. | Richmond, Virginia
	// March 5 AP --
}

func ExampleParseDateline_errors() {
	for _, line := range []string{"Islamabad [Pakistan], January 20 (ANI):", "Reuters reported on Monday"} {
		dl, err := wirestory.ParseDateline(line)
		var se *wirestory.SyntaxError
		switch {
		case err == nil:
			fmt.Println("dateline:", dl.Place.City, dl.Place.Country, dl.Agency.Name)
		case errors.As(err, &se) && errors.Is(err, wirestory.ErrNoDateline):
			fmt.Printf("no dateline: stopped at byte %d: %v\n", se.Offset, se.Err)
		default:
			log.Fatal(err)
		}
	}
	// Output:
	// dateline: Islamabad Pakistan ANI
	// no dateline: stopped at byte 26: missing separator
}

func ExampleParser_ParseDateline() {
	// A story filed on Dec. 31 and read on Jan. 2 is last year's.
	p := wirestory.Parser{Reference: time.Date(2026, time.January, 2, 9, 0, 0, 0, time.UTC)}
	dl, err := p.ParseDateline("SEOUL, Dec. 31 (Yonhap) --")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(dl.Date.Year, dl.Date.Month, dl.Date.Day)
	// Output:
	// 2025 December 31
}
