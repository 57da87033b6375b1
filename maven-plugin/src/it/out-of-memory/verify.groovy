def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('memória insuficiente: o goal precisa de mais que os ') : log
assert log.contains('MAVEN_OPTS=-Xmx') && log.contains('.mvn/jvm.config')
assert !log.contains('internal error') && !log.contains('API incompatibility')
// nothing written: no output folder, and no staging folder beside where it would be
def target = new File(basedir, 'target')
assert !target.exists() || target.list().findAll { it.contains('govmodel') }.isEmpty() : target.list()
return true
