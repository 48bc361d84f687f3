// Both modules get the blog example, reviewed 400 (shop) and 500 (blog) days before the run, so that each module's
// SARIF holds exactly one result, the stale-review warning, whatever day it runs on. A .git directory makes this
// project the repository root, as in a checkout.
import java.time.LocalDate
import java.time.ZoneOffset

def blog = evaluate(new File(itDir, 'blog-model.groovy'))
        .replaceFirst(/(?m)^reviewed: .*$/, 'reviewed: 2026-11-02')
assert blog.contains('\nreviewed: 2026-11-02\n')
[shop: 400, blog: 500].each { module, days ->
    new File(basedir, module + '/threatmodel.yaml').text = blog.replace('\nreviewed: 2026-11-02\n',
            '\nreviewed: ' + LocalDate.now(ZoneOffset.UTC).minusDays(days) + '\n')
}
new File(basedir, '.git').mkdirs()
return true
