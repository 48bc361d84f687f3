import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')

def finding = log.readLines().find { it =~ /\[WARNING\] threatmodel\.yaml:\d+:\d+: WARNING TM101 / && it.contains('f10') }
assert finding != null : 'the crossing flow is reported as a warning'
assert log =~ /Threat model: 0 errors, [1-9]\d* warnings?, /
assert log.contains('has findings at warning level or above')
assert log.contains('BUILD FAILURE')
def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
assert run.tool.driver.rules.find { it.id == 'TM101' }.defaultConfiguration.level == 'warning'
return true
