// What the build found, as "path:line:col severity rule" relative to the parity folder, must be
// exactly what every front end finds there (dsl/src/test/resources/settings-parity/expected-diagnostics.txt).
def parity = new File(basedir, '../../../../dsl/src/test/resources/settings-parity').canonicalFile
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/govmodel.sarif'))
def levels = [error: 'error', warning: 'warning', note: 'info']
def found = sarif.runs[0].results.collect { result ->
    def location = result.locations[0].physicalLocation
    def uri = location.artifactLocation.uri
    def path = (uri.startsWith('file:') ? new File(new URI(uri)) : new File(basedir, uri)).canonicalFile
    def relative = parity.toPath().relativize(path.toPath()).toString().replace('\\', '/')
    "${relative}:${location.region.startLine}:${location.region.startColumn} ${levels[result.level]} ${result.ruleId}"
}.sort()
def expected = new File(parity, 'expected-diagnostics.txt').readLines()
assert found == expected
def log = new File(basedir, 'build.log').text
assert log.contains('1 error in the models')
assert !log.contains('copy.govmodel')
return true
