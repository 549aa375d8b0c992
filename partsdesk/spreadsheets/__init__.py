"""Excel files in and out, without Qt.

``reader`` finds the table in a real-world workbook (title rows, blank rows, Chinese or English
headers), ``cells`` turns what a cell holds into clean values, ``writer`` streams workbooks that
Excel opens safely, and ``catalog`` is the import, export and template of parts and locations.
"""
