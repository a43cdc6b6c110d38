"""The PDF policy document: the one exporter that uses Qt (its text layout and PDF writer).

:mod:`app.exporters.pdf.document` writes the PDF; :mod:`app.exporters.pdf.qt_session` makes the
process's one QApplication (guarded, torn down in order at exit), which the window reuses.
Nothing here is imported until a PDF is made, so listing the formats never loads Qt.
"""
