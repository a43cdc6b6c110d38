"""The PDF documents: the one exporter package that uses Qt (its text layout and PDF writer).

:mod:`app.exporters.pdf.writer` turns any document's HTML into an A4 PDF (pages cut by
:mod:`app.exporters.pdf.pages`, bookmarks by :mod:`app.exporters.pdf.outline`);
:mod:`app.exporters.pdf.document` is the policy document's exporter;
:mod:`app.exporters.pdf.qt_session` makes the process's one QApplication (guarded, torn down in
order at exit), which the window reuses. :mod:`app.exporters.pdf.signing` adds the approver's
PDF signature (pyHanko, no Qt) with credentials read by :mod:`app.exporters.pdf.credentials`.
Nothing here is imported until a PDF is made, so listing the formats never loads Qt.
"""
