// Copies the blog example, the contract of the native format, into this project, reviewed 400 days before the run:
// the build then passes with exactly one finding, the stale-review warning, whatever day it runs on.
import java.time.LocalDate
import java.time.ZoneOffset

def blog = new File(exampleDir, 'blog/threatmodel.yaml').getText('UTF-8')
assert blog.contains('\nreviewed: 2026-11-02\n')
new File(basedir, 'threatmodel.yaml').text = blog.replace('\nreviewed: 2026-11-02\n',
        '\nreviewed: ' + LocalDate.now(ZoneOffset.UTC).minusDays(400) + '\n')
// a .git directory makes this project the repository root, as in a checkout: SARIF paths are relative to it
new File(basedir, '.git').mkdirs()
return true
