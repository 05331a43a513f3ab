"""Step 2 of the import wizard: what each column of the file becomes.

One line per column (a sheet has tens of columns, so a widget per line is fine): its
heading, a few sample values, and a combo of targets — customer and contact fields,
tags, existing custom fields, a new custom field named after the heading, or ignore.
Mappings can be saved as named templates; a template whose headings match is applied
when the file is prepared (``prepare_import``), and any saved one can be applied here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from crm_desktop.services.custom_fields import list_fields
from crm_desktop.services.errors import DomainError
from crm_desktop.services.importing.mapping import CUSTOM_PREFIX
from crm_desktop.services.importing.plan import NAME_TARGETS
from crm_desktop.services.importing.preview import check_target
from crm_desktop.services.importing.templates import (
    TemplateInfo,
    apply_mapping,
    list_templates,
    save_template,
)
from crm_desktop.services.progress import CancelCheck, Progress, check
from crm_desktop.views.importing import labels
from crm_desktop.views.importing.preview_model import shown
from crm_desktop.views.worker import report_failure

if TYPE_CHECKING:
    from crm_desktop.views.importing.wizard import ImportWizard

SAMPLES = 3


class ImportMappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._applied: list[str] | None = None
        self._templates: list[TemplateInfo] = []
        self._custom_labels: list[str] = []
        self.info = QLabel(self)
        self.info.setObjectName("import.template_info")
        self.info.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("import.mapping")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.warning = QLabel(self)
        self.warning.setObjectName("import.mapping_warning")
        self.warning.setStyleSheet("color: #b3261e;")
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("import.templates")
        self.template_combo.setMinimumContentsLength(16)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("import.apply_template")
        self.apply_button.clicked.connect(self.apply_template)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("import.save_template")
        self.save_button.clicked.connect(self.save_template)
        self.template_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.template_label)
        bar.addWidget(self.template_combo)
        bar.addWidget(self.apply_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addLayout(bar)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Choose what each column of the file becomes. Columns set to "
                                 "“Ignore” are not imported."))
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                              self.tr("Examples"), self.tr("Import as")])
        self.template_label.setText(self.tr("Saved mappings:"))
        self.apply_button.setText(self.tr("Apply"))
        self.save_button.setText(self.tr("Save as Template…"))
        if self._wizard.preview is not None and self.table.rowCount():
            targets = self.targets()
            for column, target in enumerate(targets):
                self._fill_combo(self.combo(column), column, target)
            self._update_warning()

    # -- filling ---------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        preview = self._wizard.preview
        assert preview is not None
        with self._wizard.context.session() as session:
            self._custom_labels = [field.label for field in list_fields(session)]
            self._templates = list_templates(session)
        self._fill_templates()
        self.table.setRowCount(len(preview.header))
        for column, text in enumerate(preview.header):
            heading = QTableWidgetItem(text or self.tr("Column {number}").format(
                number=column + 1))
            self.table.setItem(column, 0, heading)
            examples = self._samples(column)
            sample = QTableWidgetItem(" · ".join(examples))
            sample.setToolTip("\n".join(examples))
            self.table.setItem(column, 1, sample)
            combo = QComboBox(self.table)
            combo.setObjectName(f"import.mapping.{column}")
            combo.setMaxVisibleItems(20)
            self._fill_combo(combo, column, preview.mapping[column])
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            self.table.setCellWidget(column, 2, combo)
        self._applied = list(preview.mapping)
        if preview.template:
            self.info.setText(self.tr("The saved mapping “{name}” matched these columns and "
                                      "was applied.").format(name=preview.template))
        else:
            self.info.setText(self.tr("The columns were matched from their headings; check "
                                      "them and correct what is wrong."))
        self._update_warning()

    def _samples(self, column: int) -> list[str]:
        preview = self._wizard.preview
        assert preview is not None
        found: list[str] = []
        for row in preview.rows[:50]:
            text = shown(row.cells[column]) if column < len(row.cells) else ""
            if text and text not in found:
                found.append(text[:40])
            if len(found) == SAMPLES:
                break
        return found

    def _fill_combo(self, combo: QComboBox, column: int, target: str) -> None:
        preview = self._wizard.preview
        assert preview is not None
        combo.blockSignals(True)
        combo.clear()
        model = combo.model()
        assert isinstance(model, QStandardItemModel)
        bold = QFont()
        bold.setBold(True)
        for title, targets in labels.target_groups():
            if title:
                combo.addItem(title)
                item = model.item(combo.count() - 1)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setFont(bold)
            for key in targets:
                combo.addItem(labels.target_label(key), key)
        customs = [CUSTOM_PREFIX + label for label in self._custom_labels]
        heading = " ".join(str(preview.header[column]).split())
        if target.startswith(CUSTOM_PREFIX) and target not in customs:
            customs.append(target)
        combo.addItem(self.tr("Custom fields"))
        model.item(combo.count() - 1).setFlags(Qt.ItemFlag.NoItemFlags)
        model.item(combo.count() - 1).setFont(bold)
        for key in customs:
            combo.addItem(labels.target_label(key), key)
        if heading and CUSTOM_PREFIX + heading not in customs:
            combo.addItem(self.tr("New custom field “{label}”").format(label=heading),
                          CUSTOM_PREFIX + heading)
        combo.setCurrentIndex(max(combo.findData(target), 0))
        combo.blockSignals(False)

    def _fill_templates(self) -> None:
        self.template_combo.clear()
        for template in self._templates:
            self.template_combo.addItem(template.name, template.name)
        has = bool(self._templates)
        self.template_combo.setEnabled(has)
        self.apply_button.setEnabled(has)

    # -- reading -------------------------------------------------------------------------
    def combo(self, column: int) -> QComboBox:
        widget = self.table.cellWidget(column, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def targets(self) -> list[str]:
        return [str(self.combo(column).currentData()) for column in range(self.table.rowCount())]

    def set_target(self, column: int, target: str) -> None:
        combo = self.combo(column)
        if combo.findData(target) < 0:
            self._fill_combo(combo, column, target)
        combo.setCurrentIndex(combo.findData(target))

    def _changed(self) -> None:
        self._update_warning()
        self.completeChanged.emit()

    def _update_warning(self) -> None:
        missing = not NAME_TARGETS.intersection(self.targets())
        self.warning.setText(self.tr("Choose a column for the customer name (or the company, "
                                     "or the contact's name).") if missing else "")

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return (self.table.rowCount() > 0 and not self._wizard.busy()
                and bool(NAME_TARGETS.intersection(self.targets())))

    # -- templates -------------------------------------------------------------------------
    def apply_template(self) -> None:
        preview = self._wizard.preview
        name = self.template_combo.currentData()
        template = next((t for t in self._templates if t.name == name), None)
        if preview is None or template is None:
            return
        for column, target in enumerate(apply_mapping(preview.header, template.mapping,
                                                      self.targets())):
            self.set_target(column, target)
        self.info.setText(self.tr("The saved mapping “{name}” was applied.").format(name=name))

    def save_template(self) -> None:
        preview = self._wizard.preview
        if preview is None:
            return
        default = self._wizard.path.stem if self._wizard.path else ""
        name, accepted = QInputDialog.getText(self, self.tr("Save Mapping"),
                                              self.tr("Name of the mapping:"), text=default)
        if not accepted or not name.strip():
            return
        try:
            with self._wizard.context.session() as session:
                saved = save_template(session, name=name, header=preview.header,
                                      mapping=self.targets())
                self._templates = list_templates(session)
        except DomainError as error:
            report_failure(self, error)
            return
        self._fill_templates()
        self.template_combo.setCurrentIndex(self.template_combo.findData(saved.name))
        self.info.setText(self.tr("Saved as “{name}”: files with the same columns will use it."
                                  ).format(name=saved.name))

    # -- leaving ---------------------------------------------------------------------------
    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Apply a changed mapping (every row normalised again, in the worker), then go on."""
        preview = self._wizard.preview
        targets = self.targets()
        if preview is None:
            return False
        if targets == preview.mapping and targets == self._applied:
            return True

        def work(progress: Progress, cancelled: CancelCheck) -> None:
            checked = [check_target(target) for target in targets]
            check(cancelled)
            preview.mapping[:] = checked
            preview.reconvert()

        def done(_result: object) -> None:
            self._applied = list(targets)
            self._wizard.next()

        self._wizard.start_job(work, on_success=done,
                               on_error=lambda error: report_failure(self, error))
        return False
