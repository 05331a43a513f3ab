"""The translatable sentence of every ``DomainError`` code (``views/messages.py`` fills them).

A key is a code, or ``code/variant`` where the error's ``what`` or ``reason`` parameter
picks a more precise sentence (``wrong_file_type/pdf``). A value is one template, or a
tuple of templates tried in order: the first whose ``{names}`` the error's parameters
fill is used. ``{field}`` is already the field's name in the user's language.
``tests/views/test_messages.py`` finds every code the package raises and fails when one
has no template here or no Chinese translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # literal contexts below, so lupdate finds them

Templates = dict[str, str | tuple[str, ...]]


def database_templates() -> Templates:
    """Opening, checking, copying and upgrading a database (``db.py``, ``server_db.py``…)."""
    return {
        "db_in_use": translate(
            "Messages", "{path} is already open in another CRM Desktop window. "
            "Close it there first, or open this file read-only."),
        "db_is_folder": translate("Messages", "{path} is a folder, not a database file."),
        "db_missing": translate("Messages", "{path} does not exist."),
        "db_no_access": translate(
            "Messages", "{path} cannot be opened: no permission to read and write it."),
        "db_not_sqlite": translate(
            "Messages", "{path} is not a CRM Desktop database (not a SQLite file)."),
        "db_bad_folder": translate("Messages", "The folder for {path} cannot be used."),
        "db_newer": translate(
            "Messages", "This database was written by a newer version of CRM Desktop; "
            "please update the app to open it."),
        "db_not_ours": translate("Messages", "This file is not a CRM Desktop database."),
        "db_bad_url": translate(
            "Messages", "“{url}” is not a database address such as "
            "postgresql+psycopg://user@host/database."),
        "db_unsupported_server": translate(
            "Messages", "{backend} databases are not supported; use PostgreSQL or a "
            "SQLite file."),
        "db_no_driver": translate(
            "Messages", "The database driver for {url} is not available; use "
            "postgresql+psycopg://…"),
        "db_server_no_database": translate(
            "Messages", "The database server at {host} has no database named “{database}”; "
            "ask whoever runs the server to create it."),
        "db_login_refused": translate(
            "Messages", "The database server at {host} refused the login of user “{user}”: "
            "check the user name and password."),
        "db_server_unreachable": translate(
            "Messages", "Cannot reach the database server at {host}: check that it is "
            "running and that the address and port are right."),
        "db_server_error": translate(
            "Messages", "Cannot open the database on the server at {host}: {detail}"),
        "check_no_database": translate("Messages", "There is no database at {path}."),
        "check_unreadable": translate(
            "Messages", "The database cannot be read; it may be damaged."),
        "copy_schema_mismatch": translate(
            "Messages", "One of the two databases is not at this app's version; open it "
            "once with this version of CRM Desktop first."),
        "copy_target_not_empty": translate(
            "Messages", "The target database is not empty ({table}: {rows} rows); copy only "
            "into a new, empty database."),
        "copy_count_mismatch": translate(
            "Messages", "The copy was stopped and undone: {table} has {copied} rows in the "
            "target but {expected} in the source."),
        "demo_not_empty": translate(
            "Messages", "This database already has {customers} customers; demo data goes "
            "into an empty database."),
        "demo_bad_size": translate(
            "Messages", "“{size}” is not a demo size; choose small or large."),
        "demo_missing_defaults": translate(
            "Messages", "Demo data needs the default statuses and pipeline stages, which "
            "this database no longer has."),
        "stale_version": (
            translate("Messages", "“{name}” was changed elsewhere after you opened it; "
                      "reopen it to see the changes, then edit again."),
            translate("Messages", "Someone else saved this record while you were saving it, "
                      "so your change was not saved. Reload it to see their change, then "
                      "edit again."),
        ),
        "stale_version/merge": translate(
            "Messages", "“{name}” was changed after the merge, so the merge can no longer be "
            "undone exactly."),
        "cancelled": translate("Messages", "The operation was cancelled; nothing was changed."),
    }


def backup_templates() -> Templates:
    return {
        "backup_no_database": translate(
            "Messages", "There is no CRM Desktop database at {path} to back up."),
        "backup_target_exists": translate(
            "Messages", "{path} already exists; choose a new file name for the backup."),
        "backup_source_damaged": translate(
            "Messages", "Could not back up {path}: the database file is damaged. Restore "
            "an earlier backup instead."),
        "backup_write_failed": translate(
            "Messages", "Could not write the backup {path}: the disk may be full or "
            "read-only."),
        "backup_server_database": translate(
            "Messages", "Backups and restores work on a database file; back up a server "
            "database with the server's own tools (for PostgreSQL: pg_dump)."),
        "restore_same_file": translate(
            "Messages", "{path} is the database itself, not a backup of it."),
        "restore_not_a_backup": translate(
            "Messages", "{path} cannot be restored: it is not a sound CRM Desktop backup."),
        "restore_not_a_backup/missing": translate(
            "Messages", "{path} cannot be restored: there is no such file."),
        "restore_not_a_backup/not_sqlite": translate(
            "Messages", "{path} cannot be restored: it is not a CRM Desktop backup "
            "(not a SQLite file)."),
        "restore_not_a_backup/damaged": translate(
            "Messages", "{path} cannot be restored: the file is damaged."),
        "restore_not_a_backup/not_ours": translate(
            "Messages", "{path} cannot be restored: it is a SQLite file but not a CRM "
            "Desktop database."),
        "restore_not_a_backup/newer": translate(
            "Messages", "{path} cannot be restored: it was written by a newer version of "
            "CRM Desktop."),
    }


def customer_templates() -> Templates:
    """Customers, contacts, statuses, tags, staff, custom fields and saved filters."""
    return {
        "customer_not_found": translate("Messages", "There is no customer with id {id}."),
        "in_trash": translate(
            "Messages", "“{name}” is in the trash; restore it before editing."),
        "required": translate("Messages", "{field} cannot be empty."),
        "merge_too_few": translate("Messages", "Choose at least two customers to merge."),
        "merge_gone": translate(
            "Messages", "A customer of this group was deleted or merged meanwhile; look for "
            "duplicates again."),
        "merge_survivor": translate("Messages", "The customer kept must be one of the group."),
        "cleanup_bad_field": translate("Messages", "{field} cannot be set in bulk."),
        "too_long": translate(
            "Messages", "{field} is too long (at most {max_length} characters)."),
        "too_many": translate(
            "Messages", "Too many {field} for one customer; keep the main ones and put the "
            "rest on contacts."),
        "invalid_kind": translate("Messages", "The kind must be “company” or “person”."),
        "invalid_kind/field": translate(
            "Messages", "“{value}” is not a kind of field; use one of: {kinds}."),
        "invalid_phone": (
            translate("Messages", "{field}: “{value}” is not a valid phone number."),
            translate("Messages", "“{value}” is not a valid phone number."),
        ),
        "several_phones": translate(
            "Messages", "{field}: give one phone number only (“{value}”)."),
        "invalid_email": (
            translate("Messages", "{field}: “{value}” is not a valid email address."),
            translate("Messages", "“{value}” is not a valid email address."),
        ),
        "several_emails": (
            translate("Messages", "{field}: give one email address only (“{value}”)."),
            translate("Messages", "“{value}” holds several email addresses where one is "
                      "expected."),
        ),
        "invalid_date": (
            translate("Messages", "{field}: {value} is not a possible date."),
            translate("Messages", "“{value}” is not a valid date."),
        ),
        "invalid_colour": translate(
            "Messages", "“{value}” is not a colour; use the form #rrggbb."),
        "unknown_status": translate("Messages", "There is no status with id {value}."),
        "unknown_owner": translate("Messages", "There is no staff member with id {value}."),
        "unknown_field": translate("Messages", "There is no custom field with id {value}."),
        "unknown_contact": translate(
            "Messages", "{field} belongs to another customer or no longer exists."),
        "several_primary": translate(
            "Messages", "Only one contact can be the primary contact."),
        "invalid_custom_value": translate(
            "Messages", "{label}: “{value}” is not a value this field accepts."),
        "choices_required": translate(
            "Messages", "A choice field needs at least one choice."),
        "duplicate_name": translate("Messages", "There is already one named “{value}”."),
        "duplicate_name/status": translate(
            "Messages", "There is already a status “{value}”."),
        "duplicate_name/tag": translate("Messages", "There is already a tag “{value}”."),
        "duplicate_name/field": translate(
            "Messages", "There is already a field “{value}”."),
        "duplicate_name/staff": translate(
            "Messages", "There is already a staff member called “{value}”."),
        "duplicate_name/segment": translate(
            "Messages", "There is already a saved filter “{value}”."),
        "no_status": translate(
            "Messages", "There is no active status; add one in Settings."),
        "bad_order": translate(
            "Messages", "The new order must list every status exactly once."),
        "last_status": translate(
            "Messages", "The last active status cannot be retired."),
        "shop_name_too_long": translate(
            "Messages", "The shop's name is longer than {limit} characters."),
        "bad_target": translate("Messages", "A target must be a whole number from 0 up."),
        "unknown_kpi": translate("Messages", "There is no KPI called {figure}."),
        "report_name": translate(
            "Messages", "Name a report, dashboard or all (report --list names them)."),
        "no_such_report": translate(
            "Messages", "There is no report named “{name}” (report --list names them)."),
        "report_output": translate("Messages", "Say where the report goes: --pdf FILE or "
                                   "--json."),
        "report_range": translate("Messages", "The period is not possible: it must start "
                                  "on or before its last day."),
        "status_not_found": translate("Messages", "There is no status with id {id}."),
        "tag_not_found": translate("Messages", "There is no tag with id {id}."),
        "staff_not_found": translate("Messages", "There is no staff member with id {id}."),
        "field_not_found": translate("Messages", "There is no custom field with id {id}."),
        "segment_not_found": translate("Messages", "There is no saved filter with id {id}."),
        "export_format": translate(
            "Messages", "Cannot export to {path}: use a .json, .xlsx or .csv file name."),
        "export_kind": translate(
            "Messages", "Cannot export “{kind}”: the lists are customers and contacts."),
        "export_encoding": translate(
            "Messages", "Cannot write {file} in {encoding}: “{char}” in line {line}, column "
            "“{column}” has no {encoding} code. Export in UTF-8 instead."),
        "export_encoding_unknown": translate(
            "Messages", "Cannot write CSV in “{encoding}”: use UTF-8, GBK or GB18030."),
        "export_template_format": translate(
            "Messages", "Cannot write the template to {path}: use an .xlsx file name."),
    }


def deal_templates() -> Templates:
    """Deals and pipeline stages (``services/deals.py``, ``services/stages.py``)."""
    return {
        "deal_not_found": translate("Messages", "There is no deal with id {id}."),
        "deal_in_trash": translate(
            "Messages", "The deal “{name}” is in the trash; restore it first."),
        "lost_reason_required": translate("Messages", "Say why “{name}” was lost."),
        "unknown_customer": translate("Messages", "Choose the customer of this deal."),
        "invalid_amount": translate(
            "Messages", "The amount {value} is not possible; give a whole number of minor "
            "units (fen, cents), 0 or more."),
        "invalid_currency": translate(
            "Messages", "“{value}” is not a currency code such as CNY or USD."),
        "stage_not_found": translate("Messages", "There is no pipeline stage with id {id}."),
        "stage_retired": translate(
            "Messages", "The stage “{name}” is retired; choose another stage."),
        "stage_has_deals": translate(
            "Messages", "The stage “{name}” still holds {count} deals; choose a stage to "
            "move them to first."),
        "stage_target_retired": translate(
            "Messages", "Deals can only move to another active stage."),
        "stage_order_incomplete": translate(
            "Messages", "The new order must list every active stage exactly once."),
        "no_open_stage": translate(
            "Messages", "There is no open pipeline stage; add one in Settings."),
        "duplicate_stage": translate("Messages", "There is already a stage named “{value}”."),
        "won_and_lost": translate("Messages", "A stage cannot mean both won and lost."),
        "invalid_probability": translate(
            "Messages", "The win probability must be a whole number from 0 to 100, not "
            "{value}."),
    }


def import_templates() -> Templates:
    """Files the importer refuses (``importing/readers*.py``, ``plan.py``) and its settings."""
    return {
        "file_not_found": translate("Messages", "Cannot import {file}: the file does not exist."),
        "file_unreadable": translate(
            "Messages", "Cannot import {file}: the file cannot be opened."),
        "file_empty": translate("Messages", "Cannot import {file}: the file is empty."),
        "file_damaged": translate(
            "Messages", "Cannot import {file}: the file is damaged or is not a spreadsheet "
            "this program can read."),
        "file_too_large": (
            translate("Messages", "Cannot import {file}: the file is larger than "
                      "{limit_mb} MB."),
            translate("Messages", "Cannot import {file}: the file is damaged or too large."),
        ),
        "too_many_rows": translate(
            "Messages", "Cannot import {file}: it has more than {limit} rows; split the file."),
        "password_protected": translate(
            "Messages", "Cannot import {file}: the file is password-protected; open it in "
            "Excel, WPS or LibreOffice, remove the password and save it again."),
        "wrong_file_type": translate(
            "Messages", "Cannot import {file}: it is not a spreadsheet."),
        "wrong_file_type/folder": translate(
            "Messages", "Cannot import {file}: this is a folder, not a file."),
        "wrong_file_type/pdf": translate(
            "Messages", "Cannot import {file}: this is a PDF document, not a spreadsheet."),
        "wrong_file_type/image": translate(
            "Messages", "Cannot import {file}: this is a picture, not a spreadsheet."),
        "wrong_file_type/word": translate(
            "Messages", "Cannot import {file}: this is a Word document, not a spreadsheet."),
        "wrong_file_type/powerpoint": translate(
            "Messages", "Cannot import {file}: this is a PowerPoint presentation, not a "
            "spreadsheet."),
        "wrong_file_type/opendocument": translate(
            "Messages", "Cannot import {file}: this is an OpenDocument {kind} file, not a "
            "spreadsheet."),
        "wrong_file_type/archive": translate(
            "Messages", "Cannot import {file}: this is a compressed archive, not a "
            "spreadsheet."),
        "wrong_file_type/zip": translate(
            "Messages", "Cannot import {file}: this is a zip archive, not a spreadsheet."),
        "wrong_file_type/numbers": translate(
            "Messages", "Cannot import {file}: this is an Apple Numbers file; export it from "
            "Numbers as Excel (.xlsx)."),
        "wrong_file_type/sylk": translate(
            "Messages", "Cannot import {file}: this is a SYLK file; open it in Excel or WPS "
            "and save it as .xlsx."),
        "wrong_file_type/lotus": translate(
            "Messages", "Cannot import {file}: this is a Lotus 1-2-3 file; save it as .xlsx "
            "first."),
        "wrong_file_type/binary": translate(
            "Messages", "Cannot import {file}: this is not a spreadsheet or a text table."),
        "unsupported_format": translate(
            "Messages", "Cannot import {file}: this kind of file is not supported; save it "
            "as .xlsx."),
        "unsupported_format/excel_xml": translate(
            "Messages", "Cannot import {file}: this is an Excel 2003 XML spreadsheet; open "
            "it in Excel or WPS and save it as .xlsx."),
        "unsupported_format/fods": translate(
            "Messages", "Cannot import {file}: this is a flat OpenDocument file (.fods); "
            "save it as .ods or .xlsx."),
        "unsupported_format/html": translate(
            "Messages", "Cannot import {file}: this is a web page (HTML) saved under a "
            "spreadsheet name; open it in Excel or WPS and save it as .xlsx."),
        "encoding_unknown": translate(
            "Messages", "Cannot import {file}: “{encoding}” is not a known text encoding."),
        "encoding_wrong": translate(
            "Messages", "Cannot import {file}: the file is not in the {encoding} encoding; "
            "choose another encoding."),
        "no_contacts": translate(
            "Messages", "Cannot import {file}: no contacts (vCard entries) were found in "
            "the file."),
        "no_sheets": translate(
            "Messages", "Cannot import {file}: the workbook has no worksheets."),
        "no_rows": translate(
            "Messages", "Cannot import {file}: the sheet “{sheet}” has no rows to import."),
        "no_such_sheet": translate(
            "Messages", "Cannot import {file}: it has no sheet named “{sheet}” (its sheets "
            "are: {sheets})."),
        "no_name_column": translate(
            "Messages", "Cannot import {file}: no column looks like a customer or company "
            "name (the columns are: {columns})."),
        "unknown_target": translate(
            "Messages", "“{target}” is not a field a column can go to."),
        "unknown_policy": translate(
            "Messages", "“{policy}” is not a way of handling duplicates (skip, update, "
            "merge or create)."),
        "no_such_row": translate("Messages", "Row {row} is not a data row of {file}."),
        "no_such_column": translate("Messages", "{file} has no column {number}."),
        "template_name_blank": translate("Messages", "A mapping template needs a name."),
        "template_shape": translate(
            "Messages", "The mapping must give one field per column."),
        "no_such_template": translate(
            "Messages", "There is no mapping template named “{name}”."),
        "no_such_mapping": translate(
            "Messages", "{mapping} is neither a saved mapping template nor a JSON file."),
        "bad_mapping_file": translate(
            "Messages", "{mapping} is not a JSON mapping of header: field pairs."),
        "no_such_import": translate("Messages", "There is no import with id {id}."),
        "import_already_undone": translate(
            "Messages", "The import of {file} was already undone."),
        "import_in_use": translate(
            "Messages", "The import of {file} cannot be undone: {count} of its customers "
            "({names}) have orders, payments, deals or activities recorded since."),
        "import_stale": translate(
            "Messages", "Customer “{name}” was changed by someone else while you were "
            "importing; run the import again."),
    }


def all_templates() -> Templates:
    """Every template, in the current language (built on each call, never cached)."""
    return {**database_templates(), **backup_templates(), **customer_templates(),
            **import_templates(), **deal_templates()}
