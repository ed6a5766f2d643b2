//go:build race

package wirestory

// raceEnabled is true under the race detector, whose sync.Pool drops
// items at random: allocation counts mean nothing there.
const raceEnabled = true
