import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def finding = log.readLines().find { it =~ /\[WARNING\] threatmodel\.yaml:\d+:\d+: WARNING TM604 / }
assert finding != null : 'the changed code is reported as a warning'
assert finding.contains('Code linked to element login "Login" changed in 1 commit after its review on 2026-03-01: '
        + 'src/auth/Login.java; newest ')
assert finding.contains(' on 2026-03-10.')
assert !log.contains('TM605') : 'the link matches a file'
assert log.contains('BUILD SUCCESS')
def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
assert run.results.find { it.ruleId == 'TM604' }.level == 'warning'
return true
