// Copies OWASP Threat Dragon's own three-tier web application sample (provenance:
// threatmodel-rules/src/test/resources/samples/threat-dragon/SOURCES.tsv) into the project, unchanged; the build converts it to threatmodel.yaml.
def sample = new File(samplesDir, 'threat-dragon/three-tier-web-app.json')
def design = new File(basedir, 'design')
design.mkdirs()
new File(design, 'three-tier-web-app.json').bytes = sample.bytes
return true
