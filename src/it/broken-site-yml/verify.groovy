// site.yml with a key it does not know: a configuration problem, reported at its line, that
// stops the build as an error of the build's setup (MojoExecutionException), not as content.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] site\.yml:.*/ } == [
    '[ERROR] site.yml:2:1: error: `strickt` is not a key of site.yml (did you mean `strict`?); known keys: title, base_url, mission, repository, paths, markdown, schema, severity, strict, limits, static, favicon, theme_color, owners, campaigns [unknown-key]',
]
assert log.contains('BUILD FAILURE')
assert log.contains('on project broken-site-yml: the handbook in ')
assert log.contains('/MojoExecutionException')
assert !log.contains('/MojoFailureException')
true
