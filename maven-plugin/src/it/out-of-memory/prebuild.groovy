// writes a model of 100 jurisdictions with 1,000 institutions each (about 100,000 lines), too large for a 96 MB heap
def folder = new File(basedir, 'src/main/govmodel')
folder.mkdirs()
for (int f = 0; f < 100; f++) {
    def text = new StringBuilder("jurisdiction j${f} \"Município ${f}\" municipality\n")
    for (int i = 0; i < 1000; i++) {
        text.append("institution i${i} \"Instituição ${i}\" ministry public portfolio finance\n")
    }
    new File(folder, "part-${f}.govmodel").setText(text.toString(), 'UTF-8')
}
return true
