"""The spreadsheet bridge: read .xlsx/.csv into leads, write leads and reports back out.

Layering: ``reading``/``values``/``mapping`` are pure (no database); ``importer``
and the exporters sit on storage. Nothing here imports Qt.
"""
