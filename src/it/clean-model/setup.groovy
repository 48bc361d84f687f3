// Copies the blog example, the contract of the native format, into this project, reviewed 400 days before the run:
// the build then passes with exactly one finding, the stale-review warning, whatever day it runs on.
import java.time.LocalDate
import java.time.ZoneOffset

// Its code links are taken out (this project does not hold the example's code) and its acceptance runs 180 days
// from the run, so that no other finding appears on any day.
def today = LocalDate.now(ZoneOffset.UTC)
def blog = evaluate(new File(itDir, 'blog-model.groovy'))
assert blog =~ /(?m)^reviewed: \d{4}-\d{2}-\d{2}$/
assert blog =~ /(?m)^ +expires: \d{4}-\d{2}-\d{2}$/
new File(basedir, 'threatmodel.yaml').text = blog.replaceFirst(/(?m)^reviewed: .*$/, 'reviewed: ' + today.minusDays(400))
        .replaceAll(/(?m)^( +expires: ).*$/, '$1' + today.plusDays(180))
// a .git directory makes this project the repository root, as in a checkout: SARIF paths are relative to it
new File(basedir, '.git').mkdirs()
return true
