// <language>es</language> in a Spanish site: the GovModel page, its findings and its numbers are in Spanish, as the reports it links to
// a site of one locale that is not the JVM's own is rendered under its code
def site = new File(basedir, 'target/site/es')
// Doxia writes letters beyond ASCII as character references: read them back as the browser does
def text = { File f -> f.getText('UTF-8').replaceAll(/&#x([0-9a-fA-F]+);/) { all, hex -> new String(Character.toChars(Integer.parseInt(hex, 16))) } }
def html = text(new File(site, 'govmodel.html'))
assert html.contains('1 archivo de modelo revisado: 0 errores, 6 advertencias, 0 notas.') : html
['Observaciones', 'Ubicación', 'Gravedad', 'Madurez', 'Jurisdicción', 'Evaluación', 'Promedio', 'Informes', 'Documentación:'].each {
	assert html.contains(it) : "the page has no '$it'"
}
['Findings', 'Maturity', 'Severity', 'model file checked', 'Documentation:'].each {
	assert !html.contains(it) : "the Spanish page has the English '$it'"
}
assert html.contains('<td>advertencia</td>') : 'the severity of a finding in Spanish'
assert html =~ /<td>\d,\d\d<\/td>/ : 'the mean with a decimal comma, as in the scorecards'
assert html.contains('GOV-TIER-006')
assert html.contains('<td>Modelo de madurez del gobierno digital de la CEPAL</td>') : 'the library framework under its Spanish title'
assert new File(site, 'govmodel/docs/cordoba/index.html').getText('UTF-8').contains('<html lang="es">')
// the report's line in the site's "Project Reports" overview
def overview = text(new File(site, 'project-reports.html'))
assert overview.contains('Modelo de gobernanza del gobierno digital') : overview
return true
