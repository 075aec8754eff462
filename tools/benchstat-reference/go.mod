module gatehouse.invalid/benchstat-reference

go 1.19

require (
	github.com/aclements/go-moremath v0.0.0
	golang.org/x/perf v0.0.0
)

// run.sh exports both snapshots beside this module (no module proxy is used).
replace (
	github.com/aclements/go-moremath => ../moremath
	golang.org/x/perf => ../perf
)
