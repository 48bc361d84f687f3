// Replaces this placeholder project with the command-line module (its POM and sources, unchanged), so that it can
// be packaged twice without clean, as the README's two commands do one after the other.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def module = new File(exampleDir, '../threatmodel-cli').canonicalFile.toPath()
def here = basedir.toPath()
Files.copy(module.resolve('pom.xml'), here.resolve('pom.xml'), StandardCopyOption.REPLACE_EXISTING)
def sources = module.resolve('src/main')
Files.walk(sources).each { p ->
    def to = here.resolve('src/main').resolve(sources.relativize(p).toString())
    if (Files.isDirectory(p)) {
        Files.createDirectories(to)
    } else {
        Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING)
    }
}
return true
