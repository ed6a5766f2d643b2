package browsertest

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

var (
	updateScreenshot = flag.Bool("update-screenshot", false, "write the screenshot of the example story to docs/view.png")
	outDir           = flag.String("out", "", "keep the pages and their screenshots in this directory (default: a temporary one)")
)

// chromiumPath is Debian's chromium; WIRESTORY_CHROMIUM names another.
func chromiumPath() string {
	if p := os.Getenv("WIRESTORY_CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

// repoRoot is the root of the wirestory repository, three levels up.
func repoRoot(t *testing.T) string {
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "cmd", "wirestory", "main.go")); err != nil {
		t.Fatalf("not the repository root: %s: %v", root, err)
	}
	return root
}

// hostileStories are written here to render as text: markup, a script,
// ampersands and quote marks in the names of speakers.
var hostileStories = map[string]string{
	"hostile-script.txt": "WASHINGTON (AP) — <script>window.pwned = 1; document.title = 'pwned'</script> Officials said the vote would be held on Tuesday.\n\n" +
		"\"We <img src=x onerror=\"window.pwned=2\"> will & must win,\" said Mary O\"Neil, 44.\n\n" +
		"\"<b>Never</b> again,\" Tom D'Arcy & Sons' lawyer Ann \"Big\" Lee told reporters, citing a letter sent by the <i>board</i>.\n\n" +
		"</p><style>body{display:none}</style> -- AP",
}

// A story is one story file, its page and its Article as JSON.
type story struct {
	name, text, page string
	article          article
}

// article is the part of the JSON contract the page shows
// (../shared/spec/article-json.md).
type article struct {
	Dateline *struct {
		Agency *struct{ Name string } `json:"agency"`
	} `json:"dateline"`
	Byline *struct {
		Agency string `json:"agency"`
	} `json:"byline"`
	Credit *struct {
		Agencies []string `json:"agencies"`
	} `json:"credit"`
	Quotes []struct {
		Text    string   `json:"text"`
		Speaker *mention `json:"speaker"`
	} `json:"quotes"`
	Attributions []struct {
		Source *mention `json:"source"`
		Via    []struct {
			Source mention `json:"source"`
		} `json:"via"`
	} `json:"attributions"`
}

type mention struct {
	Text string `json:"text"`
	Name string `json:"name"`
}

// label is how the page names a mention: its resolved name, or its words.
func (m *mention) label() string {
	if m == nil || m.Text == "" {
		return ""
	}
	if m.Name != "" {
		return m.Name
	}
	return strings.Join(strings.Fields(m.Text), " ")
}

// agency is the agency that filed the story, which heads its chains.
func (a *article) agency() string {
	switch {
	case a.Dateline != nil && a.Dateline.Agency != nil && a.Dateline.Agency.Name != "":
		return a.Dateline.Agency.Name
	case a.Byline != nil && a.Byline.Agency != "":
		return a.Byline.Agency
	case a.Credit != nil && len(a.Credit.Agencies) > 0:
		return a.Credit.Agencies[0]
	}
	return ""
}

// dom is what the page shows, as read in the browser.
type dom struct {
	Quotes []struct {
		Q, Speaker, Title, Text, After string
		Cont, Focusable                bool
	}
	Chains          [][]string
	Story           string
	Scripts         int  // script elements in the story
	Pwned           bool // whether a story's script ran
	Spot            bool // whether focusing a speaker lit the story
	Lit, SpeakerSps int  // marks lit, marks of the first speaker
	Styled          bool // whether the view's own style applies (its hash is in the page's policy)
}

// readDOM reads the page in the browser: each quotation piece with its
// speaker and the name shown after it when focused, the chains of the
// panel, and whether focusing the first speaker lights their marks.
const readDOM = `(() => {
	const story = document.getElementById("story");
	const quotes = [...story.querySelectorAll("mark.q")].map(m => {
		m.focus();
		const after = getComputedStyle(m, "::after").content;
		return {Q: m.dataset.q || "", Speaker: m.dataset.speaker || "", Title: m.title, Text: m.textContent,
			After: after, Cont: m.classList.contains("cont"), Focusable: m.tabIndex === 0};
	});
	const chains = [...document.querySelectorAll("li.chain")].map(li => [...li.querySelectorAll(".source")].map(s => s.textContent));
	const sp = document.querySelector(".speaker");
	let spot = false, lit = 0, sps = 0;
	if (sp) {
		sp.focus();
		spot = story.classList.contains("spot");
		lit = story.querySelectorAll(".lit").length;
		sps = story.querySelectorAll('[data-sp="' + sp.dataset.sp + '"]').length;
		sp.blur();
	}
	return {Quotes: quotes, Chains: chains, Story: story.textContent, Scripts: story.querySelectorAll("script, img, style, b, i").length,
		Pwned: window.pwned !== undefined || document.title === "pwned", Spot: spot, Lit: lit, SpeakerSps: sps,
		Styled: getComputedStyle(document.querySelector(".layout")).display === "grid"};
})()`

// A printView is what a printed page shows: no colour to tell speakers
// apart, so each quotation is followed by its speaker's name.
type printView struct {
	After       []string // the content after each quotation with a speaker
	PanelBelow  bool     // the panel is below the story, not beside it
	Backgrounds int      // quotations printed on a coloured background
}

const readPrinted = `(() => {
	const marks = [...document.querySelectorAll("#story mark.q[data-speaker]:not(.cont)")];
	const story = document.getElementById("story").getBoundingClientRect();
	const panel = document.getElementById("panel").getBoundingClientRect();
	return {
		After: marks.map(m => getComputedStyle(m, "::after").content),
		PanelBelow: panel.top >= story.bottom,
		Backgrounds: [...document.querySelectorAll("#story mark.q")].filter(m => getComputedStyle(m).backgroundColor !== "rgba(0, 0, 0, 0)").length,
	};
})()`

// checkPrinted checks the page as printed: the speakers named in the
// text, the panel after the story.
func checkPrinted(t *testing.T, s story, p printView) {
	var want []string
	for _, q := range s.article.Quotes {
		if n := q.Speaker.label(); n != "" {
			want = append(want, cssString(" ["+n+"]"))
		}
	}
	if !slices.Equal(p.After, want) {
		t.Errorf("printed, the quotations are followed by %q, want %q", p.After, want)
	}
	if !p.PanelBelow || p.Backgrounds > 0 {
		t.Errorf("printed: panel below the story %v, %d quotations on a background", p.PanelBelow, p.Backgrounds)
	}
}

// showFirstQuote focuses the first quotation, so that the screenshot
// shows its speaker's name as a reader who tabs to it sees it.
const showFirstQuote = `document.activeElement.blur(); const q = document.getElementById("q-0"); if (q) q.focus(); window.scrollTo(0, 0)`

func TestPagesInChromium(t *testing.T) {
	bin := chromiumPath()
	if _, err := os.Stat(bin); err != nil {
		msg := fmt.Sprintf("no browser at %s (apt-get install -y chromium, or set WIRESTORY_CHROMIUM): %v", bin, err)
		if os.Getenv("WIRESTORY_BROWSER") == "required" {
			t.Fatal(msg)
		}
		t.Skip("skipping the browser test: " + msg)
	}
	root := repoRoot(t)
	dir := t.TempDir()
	if *outDir != "" {
		dir = *outDir
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	cmd := filepath.Join(dir, "wirestory")
	build := exec.Command("go", "build", "-o", cmd, "./cmd/wirestory")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	files, err := filepath.Glob(filepath.Join(root, "testdata", "stories", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden stories: %v", err)
	}
	for name, text := range hostileStories {
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	var stories []story
	for _, f := range files {
		stories = append(stories, render(t, cmd, f, dir))
	}

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true), // a container's /dev/shm is small
		chromedp.WindowSize(1280, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	ctx, cancel = chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	ctx, cancel = chromedp.NewContext(ctx)
	defer cancel()
	// A headless page never has the focus unless told to: without it,
	// :focus would match nothing and focusin would never fire.
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}

	for _, s := range stories {
		t.Run(s.name, func(t *testing.T) {
			if err := chromedp.Do(ctx, chromedp.Navigate("file://"+s.page), chromedp.WaitReady(chromedp.ID("story"))); err != nil {
				t.Fatal(err)
			}
			d, err := chromedp.Run(ctx, chromedp.Evaluate[dom](readDOM))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
				t.Fatal(err)
			}
			printed, err := chromedp.Run(ctx, chromedp.Evaluate[printView](readPrinted))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
				t.Fatal(err)
			}
			checkPrinted(t, s, printed)
			if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](showFirstQuote)); err != nil {
				t.Fatal(err)
			}
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			checkDOM(t, s, d)
			shot := strings.TrimSuffix(s.page, ".html") + ".png"
			if err := os.WriteFile(shot, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("screenshot: %s (%d bytes)", shot, len(png))
			if *updateScreenshot && s.name == "example.txt" {
				if err := os.WriteFile(filepath.Join(root, "docs", "view.png"), png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// render writes the page of story file f and reads its Article.
func render(t *testing.T, cmd, f, dir string) story {
	t.Helper()
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	s := story{name: filepath.Base(f), text: string(b), page: filepath.Join(dir, strings.TrimSuffix(filepath.Base(f), ".txt")+".html")}
	page, err := exec.Command(cmd, "-format", "html", f).Output()
	if err != nil {
		t.Fatalf("%s -format html %s: %v", cmd, f, err)
	}
	if err := os.WriteFile(s.page, page, 0o644); err != nil {
		t.Fatal(err)
	}
	js, err := exec.Command(cmd, f).Output()
	if err != nil {
		t.Fatalf("%s %s: %v", cmd, f, err)
	}
	if err := json.Unmarshal(js, &s.article); err != nil {
		t.Fatalf("the Article of %s: %v", f, err)
	}
	return s
}

// checkDOM checks the page read in the browser against the story's
// Article.
func checkDOM(t *testing.T, s story, d dom) {
	a := s.article
	first := 0
	text := make([]string, len(a.Quotes))
	for _, q := range d.Quotes {
		var i int
		if _, err := fmt.Sscan(q.Q, &i); err != nil || i < 0 || i >= len(a.Quotes) {
			t.Errorf("a highlighted element with data-q %q", q.Q)
			continue
		}
		text[i] += q.Text
		if !q.Cont {
			first++
			if !q.Focusable {
				t.Errorf("quotation %d cannot be focused", i)
			}
		}
		want := a.Quotes[i].Speaker.label()
		if q.Speaker != want || want != "" && !strings.Contains(q.Title, want) {
			t.Errorf("quotation %d shows speaker %q (title %q), want %q", i, q.Speaker, q.Title, want)
		}
		// The name is shown after the quotation when it has the focus.
		if want != "" && !q.Cont && q.After != cssString(want) {
			t.Errorf("quotation %d shows %s when focused, want %q", i, q.After, want)
		}
	}
	if first != len(a.Quotes) {
		t.Errorf("%d highlighted quotations, want %d", first, len(a.Quotes))
	}
	for i, q := range a.Quotes {
		if squeeze(text[i]) != squeeze(q.Text) {
			t.Errorf("quotation %d shows %q, want %q", i, text[i], q.Text)
		}
	}

	var want [][]string
	for _, at := range a.Attributions {
		if len(at.Via) == 0 {
			continue
		}
		var c []string
		if ag := a.agency(); ag != "" {
			c = append(c, ag)
		}
		c = append(c, at.Source.label())
		for _, l := range at.Via {
			c = append(c, l.Source.label())
		}
		want = append(want, c)
	}
	if !slices.EqualFunc(want, d.Chains, slices.Equal) {
		t.Errorf("chains %q, want %q", d.Chains, want)
	}

	if d.Pwned || d.Scripts > 0 {
		t.Errorf("the story's markup became markup: script ran %v, %d elements", d.Pwned, d.Scripts)
	}
	if strings.Contains(s.text, "<script>") && !strings.Contains(d.Story, "<script>") {
		t.Error("the story's <script> is not shown as text")
	}
	if !d.Styled {
		t.Error("the view's style does not apply: is its hash in the Content-Security-Policy?")
	}
	// The script runs only if its hash is in the page's policy.
	if d.SpeakerSps > 0 && (!d.Spot || d.Lit != d.SpeakerSps) {
		t.Errorf("focusing the first speaker: spot %v, %d lit of %d marks", d.Spot, d.Lit, d.SpeakerSps)
	}
}

// cssString is s as a computed CSS content gives it: in double quotes,
// with '"' and '\' escaped.
func cssString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }
