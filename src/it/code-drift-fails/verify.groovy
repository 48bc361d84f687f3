def log = new File(basedir, 'build.log').getText('UTF-8')
def finding = log.readLines().find { it =~ /\[ERROR\] threatmodel\.yaml:\d+:\d+: ERROR TM604 / }
assert finding != null : 'TM604 raised to error reports the changed code as an error'
assert finding.contains('src/auth/Login.java')
assert log.contains('has findings at error level or above')
assert log.contains('BUILD FAILURE')
return true
