// assets/ is a link to a folder outside the project: a configuration error, reported as the one
// line the command line prints, that stops the build before anything is read or baked.
def log = new File(basedir, 'build.log').getText('UTF-8')
def outside = new File(basedir.parentFile, 'root-link-outside-secrets').toPath().toRealPath()

assert log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] assets:.*/ } == [
    "[ERROR] assets:1:1: error: `assets` is a symbolic link to ${outside}, outside the source folder; a build reads only what lies inside the source folder, so copy the files in instead [config]".toString(),
]
assert log.contains('BUILD FAILURE')
assert log.contains('/MojoExecutionException')
assert !new File(basedir, 'target/site').exists()
def target = new File(basedir, 'target')
if (target.exists()) {
    target.eachFileRecurse { assert !(it.isFile() && it.getText('ISO-8859-1').contains('SECRET-root-link-outside')) : "$it holds the secret" }
}
true
