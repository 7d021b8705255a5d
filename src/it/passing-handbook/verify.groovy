// A small valid handbook: both goals run and pass, and the site is baked into target/site.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] content\/.*/ } == []
assert log.contains(':bake (default) @ passing-handbook ---')
assert log.contains(':check (default) @ passing-handbook ---')
assert log.readLines().count { it == '[INFO] 0 errors, 0 warnings in 0 of 4 pages' } == 2 : 'bake and check each report'

def site = new File(basedir, 'target/site')
['index.html', 'products/beacon.html', 'products/keeper-log.html', 'guides/how-we-work.html'].each {
    assert new File(site, it).isFile() : "target/site/$it was not baked"
}
assert new File(site, 'index.html').getText('UTF-8').contains('Lighthouse handbook')
true
