// The JSON model is reviewed 400 days before the run: the build passes with exactly one finding, the stale-review
// warning, whose place in the JSON file the SARIF must point at, whatever day it runs on.
import java.time.LocalDate
import java.time.ZoneOffset

def file = new File(basedir, 'threatmodel.json')
def text = file.getText('UTF-8')
assert text.contains('"reviewed": "2026-11-02",')
file.text = text.replace('"reviewed": "2026-11-02",', '"reviewed": "' + LocalDate.now(ZoneOffset.UTC).minusDays(400) + '",')
// a .git directory makes this project the repository root, as in a checkout: SARIF paths are relative to it
new File(basedir, '.git').mkdirs()
return true
