def log = new File(basedir, 'build.log').text
assert log.contains('GovModel validation skipped.')
assert log.contains('GovModel generation skipped.')
assert !new File(basedir, 'target/govmodel').exists()
return true
