// Copies examples/custom-rule (the rule jar the first invocation installs) and the blog example with the severity of
// threat T1 removed, which the custom rule ACME101 reports.
import java.nio.file.Files
import java.nio.file.Path

Path from = new File(exampleDir, 'custom-rule').toPath()
Path to = new File(basedir, 'custom-rule').toPath()
Files.walk(from).withCloseable { paths ->
    paths.filter { !from.relativize(it).toString().startsWith('target') }.each { p ->
        Path target = to.resolve(from.relativize(p).toString())
        if (Files.isDirectory(p)) {
            Files.createDirectories(target)
        } else {
            Files.copy(p, target)
        }
    }
}
def blog = new File(exampleDir, 'blog/threatmodel.yaml').getText('UTF-8')
def noSeverity = blog.replaceFirst('\n    severity: medium\n', '\n')
assert noSeverity != blog
new File(basedir, 'threatmodel.yaml').text = noSeverity
return true
