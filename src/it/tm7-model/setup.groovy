// Copies a Microsoft Threat Modeling Tool sample (provenance: threatmodel-rules/src/test/resources/samples/tmt/
// SOURCES.tsv) into the project, unchanged: a box boundary and two line boundaries, flows crossing both kinds.
def sample = new File(samplesDir, 'tmt/MTMT_nested_tz_line.tm7')
def design = new File(basedir, 'design')
design.mkdirs()
new File(design, 'MTMT_nested_tz_line.tm7').bytes = sample.bytes
return true
