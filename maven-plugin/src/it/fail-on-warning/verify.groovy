def log = new File(basedir, 'build.log').text
assert log.contains('warnings in the models, and failOnWarning is set')
assert !new File(basedir, 'target/govmodel').exists()
return true
