// Package browsertest opens the HTML view of cmd/wirestory in headless
// Chromium and checks what a reader sees against the Article: one
// highlighted element per quotation with its speaker's name, the chains of
// sources, and a story's markup shown as text. It is a module of its own
// so that the library's module never requires chromedp.
//
//	cd cmd/wirestory/browsertest && go test ./...
//
// The test is skipped when /usr/bin/chromium (or $WIRESTORY_CHROMIUM) is
// absent, unless WIRESTORY_BROWSER=required, as in .ci/run, where a
// missing browser fails it. -update-screenshot writes the page of the
// example story to docs/view.png; -out DIR keeps the pages and their
// screenshots.
package browsertest
