def log = new File(basedir, 'build.log').text
assert log.contains('GovModel wrote ')
assert log.contains('GovModel reports are up to date (1 model file unchanged): nothing to generate.')
assert !log.contains('GOV-AUTO-001')
assert new File(basedir, 'target/govmodel/docs/myCountry/index.md').isFile()
return true
