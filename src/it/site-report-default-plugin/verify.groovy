// The site page with Maven's default site plugin (3.12.1, Doxia 1), as src/it/site-report checks it with 3.21.0.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Generating "Threat model" report')
assert log.contains('Threat model html report: target/site/threatmodel.html')
assert log.contains('--- site:3.12.1:site') : 'the site plugin Maven 3.9 picks by default'
assert !log.contains('LinkageError') && !log.contains('An issue has occurred')
assert log.contains('BUILD SUCCESS')

// The site page is the HTML report itself, with the diagram, and the site's report list links to it.
def page = new File(basedir, 'target/site/threatmodel.html').getText('UTF-8')
assert page.startsWith('<!DOCTYPE html>')
assert page.contains('<svg')
assert page.contains('Failed: 1 error')
def reports = new File(basedir, 'target/site/project-reports.html').getText('UTF-8')
assert reports.contains('href="threatmodel.html"')
// Only the site page is written: the report goal's own files are not.
assert !new File(basedir, 'target/threatmodel.md').exists()
return true
