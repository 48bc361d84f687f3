import groovy.json.JsonSlurper

// The companion beside the Threat Dragon model is found without configuration and its entries are checked.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('threat-dragon/model.threatmodel.yaml:27:5: WARNING TM205 Assumption db-network has no owner')
assert !log.contains('cannot record assumptions')
assert !log.contains('cannot record trust levels')
assert log.contains('BUILD SUCCESS')
def run = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0]
def uris = run.results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
assert uris.any { it.endsWith('threat-dragon/model.threatmodel.yaml') }
assert uris.any { it.endsWith('threat-dragon/model.json') }
return true
