// A govmodel.json that is not valid JSON fails the build with where and why, and the SARIF log says the same at the
// settings file, for the pull request to show (a log left from an earlier run would show that run's findings).
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/govmodel/govmodel.json:1:37: error: Not valid JSON')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/govmodel.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.size() == 1
assert sarif.runs[0].results[0].ruleId == 'GOV-CONFIG-001'
assert sarif.runs[0].results[0].level == 'error'
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri.endsWith('govmodel.json')
assert sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine == 1
assert sarif.runs[0].results[0].locations[0].physicalLocation.region.startColumn == 37
assert !new File(basedir, 'target/govmodel').exists()
return true
