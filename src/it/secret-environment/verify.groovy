// With a token in the environment, both goals pass, and neither the build log nor any file the
// build wrote (site, cache, staging, the json and sarif reports) holds it.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains(':check (check-json) @ secret-environment ---')
assert log.contains(':bake (bake-sarif) @ secret-environment ---')
assert new File(basedir, 'target/site/products/probe.html').isFile()
assert new File(basedir, 'target/handbook-report.json').isFile()
assert new File(basedir, 'target/handbook-report.sarif').isFile()
assert new File(basedir, 'target/site/index.html').getText('UTF-8').contains('Handbook ${env:HANDBOOK_TEST_SECRET}')

def properties = new Properties()
new File(basedir, 'invoker.properties').withInputStream { properties.load(it) }
def token = properties.getProperty('invoker.environmentVariables.HANDBOOK_TEST_SECRET')
assert token.startsWith('it-secret-')

def holding = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.name != 'invoker.properties' && new String(file.bytes, 'ISO-8859-1').contains(token)) {
        holding << basedir.toPath().relativize(file.toPath()).toString()
    }
}
assert holding == [] : "files holding the token: $holding"
true
