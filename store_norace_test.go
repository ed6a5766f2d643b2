//go:build !race

package wirestory

const raceEnabled = false
