import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def file = new File(basedir, 'threatmodel-baseline.yaml')
assert file.isFile()
def text = file.getText('UTF-8')
assert text.contains('version: 1\nfindings:\n')
assert text.contains('  - identity: "TM101/f10"\n    rule: "TM101"\n    level: "error"\n    recorded: "')
def identities = text.readLines().findAll { it.startsWith('  - identity: ') }
assert identities == identities.toSorted()
assert log =~ /Threat model baseline threatmodel-baseline\.yaml: [1-9]\d* findings \([1-9]\d* added, 0 dropped\)\./

assert log =~ /ERROR TM101 \(in baseline\) The flow f10 /
assert log =~ /Against baseline file threatmodel-baseline\.yaml: 0 new, /
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
def results = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif')).runs[0].results
assert results.every { it.baselineState == 'unchanged' }
return true
