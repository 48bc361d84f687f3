// The JSON model is reviewed 400 days before the run: the build passes with exactly one finding, the stale-review
// warning, whose place in the JSON file the SARIF must point at, whatever day it runs on.
import java.time.LocalDate
import java.time.ZoneOffset

// Its code links are emptied (this project does not hold the example's code; every line keeps its place) and its
// acceptance runs 180 days from the run, so that no other finding appears on any day.
def today = LocalDate.now(ZoneOffset.UTC)
def file = new File(basedir, 'threatmodel.json')
def text = file.getText('UTF-8')
assert text =~ /"reviewed": "\d{4}-\d{2}-\d{2}",/
file.text = text.replaceFirst(/"reviewed": "[^"]*",/, '"reviewed": "' + today.minusDays(400) + '",')
        .replaceAll(/"code": \[[^\]]*\]/, '"code": []')
        .replace('"reference": "examples/blog/', '"reference": "https://code.example/blog/')
        .replaceAll(/"expires": "[^"]*"/, '"expires": "' + today.plusDays(180) + '"')
// a .git directory makes this project the repository root, as in a checkout: SARIF paths are relative to it
new File(basedir, '.git').mkdirs()
return true
