def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('The baseline revision "HEAD~1" is not in this repository, which is a shallow clone')
assert log.contains("set 'fetch-depth: 0' on actions/checkout")
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.threatmodel') : 'a clear message, not a stack trace'
assert !new File(basedir, 'target/threatmodel.sarif').exists() : 'no report of a check that did not run'
return true
