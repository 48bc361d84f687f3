def log = new File(basedir, 'build.log').getText('UTF-8')
// the one problem is one line: file, line, column, ERROR load, message. The flow sequence "[Internet" opened on
// line 5 is still open when line 6 starts a mapping, whose ':' in column 7 is where the parser gives up.
def expected = "threatmodel.yaml:6:7: ERROR load invalid YAML: expected ',' or ']', but got : (while parsing a flow" +
        ' sequence)'
// logged once, as an error line; the failure message Maven prints at the end counts it instead of repeating it
def problems = log.readLines().findAll { it =~ /^\[ERROR\] threatmodel\.yaml:\d+:\d+: ERROR load / }
assert problems == ['[ERROR] ' + expected]
assert log.contains('The threat model threatmodel.yaml cannot be loaded: 1 problem, each logged above as an error line.')
assert !log.contains('\tat ') && !log.contains('LoadException') : 'no stack trace for bad input'
assert log.contains('BUILD FAILURE')
return true
