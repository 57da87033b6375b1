// A review site in the language the models declare (Córdoba: `language es`), built where the log is English
// (LC_ALL=C.UTF-8): the log's findings are in English, the site's in Spanish, place and message alike.
def out = new File(basedir, 'target/govmodel')
assert new File(out, 'index.html').getText('UTF-8').contains('<html lang="es">')
def agency = new File(out, 'docs/cordoba/bodies/agencia.html').getText('UTF-8')
assert agency.contains('GOV-AUTO-001')
assert agency.contains('no declara su autonomía') : 'the finding in the site\'s language'
assert !agency.contains('does not state its autonomy') : 'no finding in the log\'s language on a Spanish page'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] src/main/govmodel/cordoba-2023.govmodel:38:17:')
assert log.contains('1 file checked') && log.contains('does not state its autonomy') : 'the log stays in its own language'
return true
