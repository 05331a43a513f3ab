"""Data cleaning (数据清洗): finding and merging duplicate customers, bulk clean-up.

``finder`` lists groups of probable duplicates with the same keys and rules the importer
uses (``importing.keys``, ``importing.companies``); ``merge`` makes a group one customer,
moving every related record to the survivor, and gives back what undo needs to restore
everything exactly.
"""
