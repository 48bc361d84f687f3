def log = new File(basedir, 'build.log').getText('UTF-8')
// every problem is one line: file, line, column, ERROR load, message
def problems = log.readLines().findAll { it =~ /^\[ERROR\] threatmodel\.yaml:\d+:\d+: ERROR load \S/ }
assert !problems.isEmpty() : 'no load problem line'
def m = problems[0] =~ /threatmodel\.yaml:(\d+):(\d+):/
assert m.find()
int line = m.group(1) as int
assert line >= 5 && line <= 7 : "the unclosed flow sequence opens on line 5, reported at ${line}"
assert log.contains('The threat model threatmodel.yaml cannot be loaded')
// each problem is printed once, not again inside the failure message Maven repeats at the end
problems.each { p -> assert log.count(p.substring('[ERROR] '.length())) == 1 : "printed more than once: ${p}" }
assert !log.contains('\tat ') && !log.contains('LoadException') : 'no stack trace for bad input'
assert log.contains('BUILD FAILURE')
return true
