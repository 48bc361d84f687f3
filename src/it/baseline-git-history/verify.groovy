import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')

// 1: the legacy finding on f10 is printed, marked as in the baseline, and does not fail the build
assert log =~ /threatmodel\.yaml:\d+:\d+: ERROR TM101 \(in baseline\) The flow f10 /
assert log =~ /Against git revision HEAD~1 \([0-9a-f]{12}\): 0 new, [1-9]\d* in the baseline, 0 fixed \(only new findings fail the check\)\./
assert log.contains('BUILD SUCCESS')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/threatmodel.sarif'))
def results = sarif.runs[0].results
assert !results.isEmpty()
assert results.every { it.baselineState == 'unchanged' }
def page = new File(basedir, 'target/threatmodel-diff.md').getText('UTF-8')
assert page.contains('No change to boundary crossings')
assert page.contains('verdict failed \u2192 failed')

// 2: the new crossing f11 fails the build; f10 is still only listed
assert log =~ /grown\.yaml:\d+:\d+: ERROR TM101 The flow f11 /
assert log.contains('has new findings at error level or above')
assert log.contains('Flows that now cross a trust boundary: new flow f11')
assert log.contains('BUILD FAILURE')
def grown = new JsonSlurper().parse(new File(basedir, 'target/grown/threatmodel.sarif')).runs[0].results
assert grown.find { it.message.text.contains('f11') }.baselineState == 'new'
assert grown.find { it.message.text.contains('f10') }.baselineState == 'unchanged'
def grownPage = new File(basedir, 'target/grown/threatmodel-diff.md').getText('UTF-8')
assert grownPage.contains('### Flows that now cross a trust boundary')
assert grownPage.contains('### New flows with no threat')
return true
