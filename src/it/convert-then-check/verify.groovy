import groovy.json.JsonSlurper

def model = new File(basedir, 'threatmodel.yaml')
assert model.isFile()
def text = model.getText('UTF-8')
assert text.startsWith('# Converted from the OWASP Threat Dragon v2 file design/three-tier-web-app.json.\n')
assert text.contains('\nelements:\n')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Converted the OWASP Threat Dragon v2 file design/three-tier-web-app.json to threatmodel.yaml.')
assert log.contains('BUILD SUCCESS')
assert log.contains('Threat model: ')
// The check read the converted native file, not the JSON: every finding points into threatmodel.yaml.
def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
assert !run.results.isEmpty()
run.results.each { assert it.locations[0].physicalLocation.artifactLocation.uri.endsWith('/threatmodel.yaml') }
return true
