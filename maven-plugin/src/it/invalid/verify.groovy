def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/govmodel/broken.govmodel:3:11: Unknown body, unit or authority \'nobody\'')
assert log.contains('1 error(s) in the models, the first at src/main/govmodel/broken.govmodel:3:11 [GOV-LINK-001]')
assert !new File(basedir, 'target/govmodel').exists()
return true
