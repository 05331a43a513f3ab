"""Saved filters ("segments") on the customer page: the combo, save under a name, delete."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from crm_desktop.services import segments
from crm_desktop.services.customer_list import CustomerQuery
from crm_desktop.services.errors import DomainError
from crm_desktop.views.messages import show_error

if TYPE_CHECKING:
    from crm_desktop.views.customers.page import CustomersPage


def fill_combo(page: CustomersPage, *, keep: bool, select: int | None = None) -> None:
    """List the saved filters; keep the chosen one (or choose ``select``)."""
    combo = page.segment_combo
    chosen = select if select is not None else (combo.currentData() if keep else None)
    with page.context.session() as session:
        saved = segments.list_segments(session)
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("Segments", "All customers"), None)
    for info in saved:
        combo.addItem(info.name, info.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
    combo.blockSignals(False)
    page.delete_segment_button.setEnabled(combo.currentData() is not None)


def load_chosen(page: CustomersPage) -> None:
    """Show the list the chosen segment saved (or everything for "All customers")."""
    segment_id = page.segment_combo.currentData()
    page.delete_segment_button.setEnabled(segment_id is not None)
    if segment_id is None:
        page.load_query(segments_default(page))
        return
    try:
        with page.context.session() as session:
            query = segments.load_segment(session, id=segment_id)
    except DomainError as error:
        show_error(page, error)
        fill_combo(page, keep=False)
        return
    page.load_query(query)


def segments_default(page: CustomersPage) -> CustomerQuery:
    """No search and no filters, in the order shown now."""
    query = page.model.query
    return replace(CustomerQuery(), sort_key=query.sort_key, descending=query.descending)


def save_current(page: CustomersPage) -> None:
    """Ask for a name and save the search, filters and order shown now."""
    current = page.segment_combo.currentData()
    suggested = page.segment_combo.currentText() if current is not None else ""
    name, ok = QInputDialog.getText(
        page, QCoreApplication.translate("Segments", "Save Filter"),
        QCoreApplication.translate("Segments", "Name of this saved filter:"),
        QLineEdit.EchoMode.Normal, suggested)
    name = name.strip()
    if not ok or not name:
        return
    query = page.model.query
    try:
        with page.context.session() as session:
            existing = {info.name: info.id for info in segments.list_segments(session)}
        replace_it = False
        if name in existing:
            answer = QMessageBox.question(
                page, QCoreApplication.translate("Segments", "Save Filter"),
                QCoreApplication.translate(
                    "Segments", "A saved filter named “{name}” exists. Replace it?"
                ).format(name=name))
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace_it = True
        with page.context.session() as session:
            info = segments.save_segment(session, name=name, query=query, replace=replace_it)
    except DomainError as error:
        show_error(page, error)
        return
    fill_combo(page, keep=False, select=info.id)
    page.status_message(QCoreApplication.translate(
        "Segments", "Saved filter “{name}”.").format(name=name))


def delete_chosen(page: CustomersPage) -> None:
    segment_id = page.segment_combo.currentData()
    if segment_id is None:
        return
    name = page.segment_combo.currentText()
    answer = QMessageBox.question(
        page, QCoreApplication.translate("Segments", "Delete Saved Filter"),
        QCoreApplication.translate(
            "Segments", "Delete the saved filter “{name}”? The customers stay as they are."
        ).format(name=name))
    if answer != QMessageBox.StandardButton.Yes:
        return
    try:
        with page.context.session() as session:
            segments.delete_segment(session, id=segment_id)
    except DomainError as error:
        show_error(page, error)
    fill_combo(page, keep=False)
