// Copies Threat Composer's own example workspace (provenance: threatmodel-rules/src/test/resources/samples/
// threat-composer/SOURCES.tsv) into the project, unchanged.
def sample = new File(samplesDir, 'threat-composer/ThreatComposer.tc.json')
def design = new File(basedir, 'design')
design.mkdirs()
new File(design, 'ThreatComposer.tc.json').bytes = sample.bytes
return true
