// Command benchstat-reference prints what benchstat's statistics (golang.org/x/perf
// benchmath, "assume nothing", over github.com/aclements/go-moremath/stats) say about
// fixed samples, so Gatehouse's tests can hold known answers computed by the real code.
//
//	benchstat-reference cases                      # the hand-made cases of test_compare_stats
//	benchstat-reference orders                     # QuantileCI(n, 0.5, c) order statistics
//	benchstat-reference files OLD... -- NEW...     # pooled Go benchmark files, SPEC §10 JSON
//
// The file reader is deliberately tiny (pkg: lines, Benchmark lines, units as written):
// benchstat's own reader rescales units, and SPEC §10 wants them as written.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/aclements/go-moremath/stats"
	"golang.org/x/perf/benchmath"
)

type summary struct {
	N        int      `json:"n"`
	Median   float64  `json:"median"`
	Lo       *float64 `json:"ci_low"`
	Hi       *float64 `json:"ci_high"`
	Warnings []string `json:"warnings"`
}

type comparison struct {
	Name     string   `json:"name,omitempty"`
	Pkg      string   `json:"pkg,omitempty"`
	Unit     string   `json:"unit,omitempty"`
	Old      summary  `json:"old"`
	New      summary  `json:"new"`
	Delta    *float64 `json:"delta_percent"`
	P        float64  `json:"pvalue"`
	Sig      bool     `json:"significant"`
	Warnings []string `json:"warnings"`
}

func finite(x float64) *float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return nil
	}
	return &x
}

func errs(list []error) []string {
	out := []string{}
	for _, e := range list {
		out = append(out, e.Error())
	}
	return out
}

func summarize(values []float64, confidence float64) summary {
	th := benchmath.DefaultThresholds
	s := benchmath.NewSample(append([]float64(nil), values...), &th)
	sum := benchmath.AssumeNothing.Summary(s, confidence)
	return summary{len(values), sum.Center, finite(sum.Lo), finite(sum.Hi), errs(sum.Warnings)}
}

func compare(old, new []float64, confidence, alpha float64) comparison {
	th := benchmath.Thresholds{CompareAlpha: alpha}
	s1 := benchmath.NewSample(append([]float64(nil), old...), &th)
	s2 := benchmath.NewSample(append([]float64(nil), new...), &th)
	c := benchmath.AssumeNothing.Compare(s1, s2)
	r := comparison{Old: summarize(old, confidence), New: summarize(new, confidence),
		P: c.P, Sig: c.P <= c.Alpha, Warnings: errs(c.Warnings)}
	// As benchmath's FormatDelta: equal centres are 0 %, a zero old centre has none.
	if r.Old.Median == r.New.Median {
		zero := 0.0
		r.Delta = &zero
	} else if r.Old.Median != 0 {
		r.Delta = finite((r.New.Median/r.Old.Median - 1) * 100)
	}
	return r
}

// seq builds base + ((i*mul) % mod) * step for i in [0, n): exact binary fractions that
// the C++ test rebuilds with the same formula.
func seq(n int, base float64, mul, mod int, step float64) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = base + float64((i*mul)%mod)*step
	}
	return out
}

type testCase struct {
	name       string
	old, new   []float64
	confidence float64
	alpha      float64 // 0: benchstat's default 0.05
}

func cases() []testCase {
	return []testCase{
		{"exact_ties", []float64{1, 2, 2, 3, 3, 3, 4}, []float64{2, 3, 3, 4, 4, 5, 5, 6}, 0.95, 0},
		{"exact_no_ties", []float64{10.1, 10.3, 10.2, 10.5, 10.4, 10.0},
			[]float64{10.6, 10.8, 10.7, 10.9, 11.0, 10.35}, 0.95, 0},
		{"exact_equal_u", []float64{1, 4, 5, 8}, []float64{2, 3, 6, 7}, 0.95, 0},
		{"exact_ties_25", seq(25, 100, 3, 7, 1), seq(25, 102, 2, 5, 1), 0.95, 0},
		{"exact_no_ties_50", seq(50, 100, 37, 53, 0.125), seq(50, 101.0625, 29, 51, 0.125), 0.95, 0},
		{"normal_no_ties", seq(60, 100, 37, 61, 0.125), seq(55, 100.5625, 29, 59, 0.125), 0.95, 0},
		{"normal_ties", seq(30, 100, 1, 7, 1), seq(28, 102, 1, 5, 1), 0.95, 0},
		{"normal_ties_down", seq(30, 103, 1, 7, 1), seq(28, 101, 1, 5, 1), 0.95, 0},
		{"normal_ties_26", seq(26, 100, 3, 7, 1), seq(26, 101, 2, 5, 1), 0.95, 0},
		{"too_few", []float64{1, 2, 3}, []float64{4, 5, 6}, 0.95, 0},
		{"too_few_99", []float64{1, 2, 3, 4, 5, 6, 7}, []float64{8, 9, 10, 11, 12, 13, 14}, 0.99, 0},
		{"all_equal", []float64{5, 5, 5, 5}, []float64{5, 5, 5}, 0.95, 0},
		{"all_equal_normal", seq(30, 7, 0, 1, 0), seq(40, 7, 0, 1, 0), 0.95, 0},
		{"ci_n30", seq(30, 50, 7, 31, 0.5), seq(30, 51, 11, 31, 0.5), 0.95, 0},
		{"ci_n31", seq(31, 50, 7, 37, 0.5), seq(31, 51, 11, 37, 0.5), 0.95, 0},
		{"ci_n10_90", seq(10, 1, 3, 11, 0.25), seq(10, 1.5, 7, 11, 0.25), 0.9, 0},
		{"ci_n100", seq(100, 10, 13, 101, 0.25), seq(90, 10.5, 17, 97, 0.25), 0.95, 0},
		{"normal_tiny_p_down", seq(60, 104.5, 37, 61, 0.125), seq(55, 100.0625, 29, 59, 0.125), 0.95, 0},
		{"alpha_0005", []float64{1, 2, 3, 4, 5}, []float64{6, 7, 8, 9, 10}, 0.95, 0.005},
		{"alpha_tiny", []float64{1, 2, 3, 4, 5, 6, 7}, []float64{8, 9, 10, 11, 12, 13, 14}, 0.95, 1e-6},
	}
}

var benchLine = regexp.MustCompile(`^Benchmark(\S*?)(-\d+)?\s+\d+\s+(.*)$`)

type key struct{ pkg, name, unit string }

func readFiles(paths []string) (map[key][]float64, []key) {
	out := map[key][]float64{}
	var order []key
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			panic(err)
		}
		pkg := ""
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := strings.TrimRight(sc.Text(), "\r")
			if strings.HasPrefix(line, "pkg: ") {
				pkg = strings.TrimSpace(line[5:])
				continue
			}
			m := benchLine.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			fields := strings.Fields(m[3])
			for i := 0; i+1 < len(fields); i += 2 {
				v, err := strconv.ParseFloat(fields[i], 64)
				if err != nil {
					panic(err)
				}
				k := key{pkg, m[1], fields[i+1]}
				if _, ok := out[k]; !ok {
					order = append(order, k)
				}
				out[k] = append(out[k], v)
			}
		}
		f.Close()
	}
	return out, order
}

func files(args []string) {
	sep := -1
	for i, a := range args {
		if a == "--" {
			sep = i
		}
	}
	if sep < 0 {
		panic("files OLD... -- NEW...")
	}
	oldS, order := readFiles(args[:sep])
	newS, _ := readFiles(args[sep+1:])
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if a.unit != b.unit {
			return a.unit < b.unit
		}
		if a.pkg != b.pkg {
			return a.pkg < b.pkg
		}
		return a.name < b.name
	})
	type geo struct {
		Unit  string   `json:"unit"`
		Old   float64  `json:"old"`
		New   float64  `json:"new"`
		Delta *float64 `json:"delta_percent"`
	}
	var rows []comparison
	olds, news, ratios := map[string][]float64{}, map[string][]float64{}, map[string][]float64{}
	var units []string
	for _, k := range order {
		nv, ok := newS[k]
		if !ok {
			continue
		}
		c := compare(oldS[k], nv, 0.95, 0.05)
		c.Pkg, c.Name, c.Unit = k.pkg, k.name, k.unit
		rows = append(rows, c)
		if c.Old.Median > 0 && c.New.Median > 0 {
			if _, ok := olds[k.unit]; !ok {
				units = append(units, k.unit)
			}
			olds[k.unit] = append(olds[k.unit], c.Old.Median)
			news[k.unit] = append(news[k.unit], c.New.Median)
			ratios[k.unit] = append(ratios[k.unit], c.New.Median/c.Old.Median)
		}
	}
	sort.Strings(units)
	var geos []geo
	for _, u := range units {
		g := geo{Unit: u, Old: stats.GeoMean(olds[u]), New: stats.GeoMean(news[u])}
		g.Delta = finite((stats.GeoMean(ratios[u]) - 1) * 100)
		geos = append(geos, g)
	}
	emit(map[string]interface{}{"rows": rows, "geomean": geos})
}

func emit(v interface{}) {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: benchstat-reference cases|orders|files OLD... -- NEW...")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "cases":
		var out []comparison
		for _, c := range cases() {
			alpha := c.alpha
			if alpha == 0 {
				alpha = 0.05
			}
			r := compare(c.old, c.new, c.confidence, alpha)
			r.Name = c.name
			out = append(out, r)
		}
		emit(out)
	case "orders":
		// One line per confidence: n lo hi for n = 1..120.
		for _, conf := range []float64{0.9, 0.95, 0.99} {
			fmt.Printf("confidence %v\n", conf)
			for n := 1; n <= 120; n++ {
				ci := stats.QuantileCI(n, 0.5, conf)
				fmt.Printf("%d %d %d\n", n, ci.LoOrder, ci.HiOrder)
			}
		}
	case "files":
		files(os.Args[2:])
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", os.Args[1])
		os.Exit(2)
	}
}
