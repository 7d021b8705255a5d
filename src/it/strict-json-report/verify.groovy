// A page complete for its level but with a key nobody knows: a warning, which the strict
// parameter turns into BUILD FAILURE before anything is rendered; the json format also writes
// the report to target/handbook-report.json.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')

def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] content\/.*/ }
assert findings == [
    '[WARNING] content/products/gauge.md:11:1: warning: `colour` is not a front matter key; remove it, or declare it as a characteristic in site.yml\'s schema [unknown-key]',
]
def reportFile = new File(basedir, 'target/handbook-report.json')
assert log.contains('[INFO] wrote the json report to ' + reportFile.path)
assert log.contains('[ERROR] 0 errors, 1 warning in 1 of 1 page')
assert log.contains('BUILD FAILURE')
assert log.contains('on project strict-json-report: the handbook has warnings, and strict mode fails on them: 0 errors, 1 warning in 1 of 1 page')
assert log.contains('/MojoFailureException')

def report = new JsonSlurper().parse(reportFile)
assert report.diagnostics.collect { [it.path, it.line, it.column, it.severity, it.rule] } ==
        [['content/products/gauge.md', 11, 1, 'warning', 'unknown-key']]
assert report.summary.errors == 0 && report.summary.warnings == 1
assert !new File(basedir, 'target/site').exists() : 'strict mode renders nothing when there are warnings'
true
