def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\s+/, ' ')
// the plugin's own help goal lists the goals and, with -Ddetail, their parameters
assert log.contains('threatmodel:help')
assert log.contains('threatmodel:check')
assert log.contains('sarifCategory (Default: threatmodel/@{artifactId})')
// maven-help-plugin's describe reads descriptions as HTML; nothing of them is lost as a tag
int describe = log.indexOf('Name: Threat Model Maven Plugin')
assert describe >= 0 : 'help:describe ran'
def described = log.substring(describe)
assert described.contains("Listed in the POM's reporting section, the same goal")
assert described.contains('(model.threatmodel.yaml for model.json)')
assert described.contains('such as TM101 holding warning')
assert !described.contains('Listed under ,')
return true
