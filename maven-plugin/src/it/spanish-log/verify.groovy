// <language>es</language>: the diagnostics, the summary, the failure and the SARIF log are in Spanish
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] src/main/govmodel/broken.govmodel:3:11: Órgano, unidad o autoridad desconocido 'nobody': declárelo") : log
assert log.contains('2 archivos revisados: 3 errores, 0 advertencias, 0 informativos') : log
assert log.contains('3 errores en los modelos; el primero en src/main/govmodel/broken.govmodel:3:11 [GOV-LINK-001]: Órgano, unidad o autoridad desconocido') : log
assert !log.contains('error(s) in the models') && !log.contains('model files checked')
// model text cannot forge a log line: the escape sequence and the carriage return in forged.govmodel are shown escaped
assert !log.contains('\u001b') : 'an escape sequence reached the log'
assert !log.contains('\r') : 'a carriage return reached the log'
assert log.readLines().every { !it.startsWith('forged.govmodel:1:1') }
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/govmodel.sarif'), 'UTF-8')
def rule = sarif.runs[0].tool.driver.rules.find { it.id == 'GOV-LINK-001' }
assert rule.shortDescription.text == 'Los nombres remiten a elementos declarados'
assert sarif.runs[0].results[0].message.text.startsWith('Órgano, unidad o autoridad desconocido') : sarif.runs[0].results[0].message.text
return true
