// Git could carry this link, but a fixture should not hold a link out of the repository: it is
// made here, before the build. assets/ leads to a folder outside the project with a secret in it.
import java.nio.file.Files

def outside = new File(basedir.parentFile, 'root-link-outside-secrets')
outside.mkdirs()
new File(outside, 'id_key').setText('SECRET-root-link-outside\n', 'UTF-8')
Files.createSymbolicLink(new File(basedir, 'assets').toPath(), outside.toPath())
true
