def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the aggregate reports; it does not judge the build'
assert log.count('--- threatmodel:') == 1 || log.count(':aggregate (default-cli)') == 1 : 'runs once, at the top'
assert log.contains('[INFO] Threat model of shop (shop/threatmodel.yaml): Passed')
assert log.contains('[WARNING] Threat model of blog (blog/threatmodel.yaml): Failed')
assert log.contains('[WARNING] Threat model of broken (broken/threatmodel.yaml): Cannot be loaded')
assert log.contains('Threat model aggregate report of 3 modules: target/threatmodel-aggregate.html, target/threatmodel-aggregate.md')

def md = new File(basedir, 'target/threatmodel-aggregate.md').getText('UTF-8')
assert md.contains('**Failed: 2 of 3 models**')
assert md.contains('| shop | shop/threatmodel.yaml | Passed | 0 | 0 | 0 | 0 |')
assert md.contains('| blog | blog/threatmodel.yaml | Failed | 1 | 0 | 0 | 0 |')
assert md.contains('| broken | broken/threatmodel.yaml | Cannot be loaded |')
assert !md.contains('| docs |') : 'a module without a model is left out'
assert md =~ /blog\/threatmodel\.yaml:\d+:\d+: ERROR TM102 /
assert md =~ /broken\/threatmodel\.yaml:\d+:\d+: ERROR load /
def html = new File(basedir, 'target/threatmodel-aggregate.html').getText('UTF-8')
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<td>blog</td><td>blog/threatmodel.yaml</td><td class="Failed">Failed</td>')
assert !html.contains('<script')
// no module writes reports of its own
assert !new File(basedir, 'shop/target/threatmodel.sarif').exists()
return true
