"""PDF summary and printable paper ballots (reportlab, vector charts; no Qt).

The GUI and the command line call two functions:

- :func:`write_summary_pdf` (archive, session_id, out_path, page_size, language, progress)
- :func:`write_ballots_pdf` (archive, session_id, out_path, blanks, join_url, language)

Both read through the Archive object they are handed and write the file
atomically.  Fixed texts are in :mod:`pe_desktop.report.strings`.
"""

from pe_desktop.report.ballots import write_ballots_pdf
from pe_desktop.report.strings import LANGUAGES
from pe_desktop.report.summary import write_summary_pdf

__all__ = ["LANGUAGES", "write_ballots_pdf", "write_summary_pdf"]
