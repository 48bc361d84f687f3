def log = new File(basedir, 'build.log').getText('UTF-8')
def findings = log.readLines().findAll { it =~ /^\[ERROR\] threatmodel\.yaml:\d+:\d+: ERROR TM\d+ / }
// one finding per run, two runs
assert findings.size() == 2 : findings
findings.each { assert it.startsWith('[ERROR] threatmodel.yaml:100:13: ERROR TM102 ') && it.contains('T1') }
assert log.count('[ERROR] Threat model: 1 error, 0 warnings, 0 notes, 0 suppressed; 2 crossing flows checked.') == 2
assert log.contains('BUILD SUCCESS') : 'failOnSeverity=none shows the finding and the build goes on'
assert log.contains('BUILD FAILURE') : 'without it the open threat fails the build'
return true
