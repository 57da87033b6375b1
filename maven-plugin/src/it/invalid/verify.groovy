def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/govmodel/broken.govmodel:3:11: Unknown body, unit or authority \'nobody\'')
assert log.contains('1 error in the models; the first at src/main/govmodel/broken.govmodel:3:11 [GOV-LINK-001]')
assert !new File(basedir, 'target/govmodel').exists()
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/govmodel.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results[0].ruleId == 'GOV-LINK-001'
assert sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine == 3
assert sarif.runs[0].tool.driver.rules[0].shortDescription.text == 'Names refer to declared elements'
return true
