import groovy.json.JsonSlurper

// The build runs with -q, which hides everything below error level: the warning that fails the build is an error line.
def log = new File(basedir, 'build.log').getText('UTF-8')

def finding = log.readLines().find { it =~ /\[ERROR\] threatmodel\.yaml:\d+:\d+: WARNING TM101 / && it.contains('f10') }
assert finding != null : 'the crossing flow is reported, at error level since it fails the build'
assert !log.contains('[WARNING] threatmodel.yaml')
assert log =~ /\[ERROR\] Threat model: 0 errors, [1-9]\d* warnings?, /
assert log.contains('has findings at warning level or above')
assert log.contains('logged above as error line')
assert !log.contains('See the lines above')
def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
assert run.tool.driver.rules.find { it.id == 'TM101' }.defaultConfiguration.level == 'warning'
return true
