"""Files in and out of the archive: CSV and spreadsheet imports and exports, session files."""
