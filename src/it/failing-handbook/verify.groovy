// A page without its required `owner` and a page whose front matter is broken YAML: the build
// fails (BUILD FAILURE through MojoFailureException, not an error of the plugin), every finding
// is in the log as the line the command line prints, and no site is published.
def log = new File(basedir, 'build.log').getText('UTF-8')

def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] content\/.*/ }
def expected = [
    '[ERROR] content/products/broken.md:6:6: error: YAML syntax error: while parsing a flow sequence: expected \',\' or \']\', but got : [yaml-syntax]',
    '[ERROR] content/products/gauge.md:4:1: error: missing `owner`, which `idea` and above require (this page declares `idea`); add `owner:` (The person or team who owns and drives it.), or lower the claim: no level is satisfied yet [missing-characteristic]',
]
assert findings == expected : "diagnostic lines in build.log:\n" + findings.join('\n')

assert log.contains('[ERROR] 2 errors, 0 warnings in 2 of 2 pages')
assert log.contains('BUILD FAILURE')
assert log.contains('on project failing-handbook: the handbook has errors: 2 errors, 0 warnings in 2 of 2 pages')
assert log.contains('/MojoFailureException') : 'content errors are a build failure, not a plugin error'
assert !log.contains('/MojoExecutionException')
assert !new File(basedir, 'target/site').exists() : 'nothing is published when the handbook has errors'
true
