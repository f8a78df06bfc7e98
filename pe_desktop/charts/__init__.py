"""Charts of a session: score spread, all-items bars, power gap, round shift, trends.

The pure numbers behind every chart live in :mod:`pe_desktop.charts.data`
(no Qt, so the PDF report and tests use the same layout and the same
suppression rule). The pyqtgraph widgets live in the other modules and are
imported on demand: importing this package does not import Qt or pyqtgraph,
so the main window starts without paying for them.
"""
