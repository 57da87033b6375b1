def log = new File(basedir, 'build.log').text
assert log.contains('holds the input') : 'the build says why it refuses'
assert new File(basedir, 'models/m.govmodel').isFile() : 'the model is kept'
assert new File(basedir, 'pom.xml').isFile()
assert !new File(basedir, 'docs').exists() : 'nothing is written'
return true
