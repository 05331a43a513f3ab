"""Pipeline stage settings: add, rename, set the win probability, reorder, retire.

Retiring a stage that still holds deals asks where they go (the service refuses to retire
it otherwise), so no deal is ever lost. Stage changes are not on the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import stages
from crm_desktop.services.context import AppContext
from crm_desktop.services.errors import DomainError
from crm_desktop.services.stages import StageInfo
from crm_desktop.views.messages import show_error
from crm_desktop.views.status_names import status_text


class StageSettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deals.stage_settings")
        self.setWindowTitle(self.tr("Pipeline Stages"))
        self._context = context
        self._stages: list[StageInfo] = []
        self._counts: dict[int, int] = {}
        self.changed = False
        self.list = QListWidget(self)
        self.list.setObjectName("stages")
        buttons = QVBoxLayout()
        for name, text, slot in (
            ("add", self.tr("&Add…"), self._ask_add),
            ("rename", self.tr("Re&name…"), self._ask_rename),
            ("probability", self.tr("&Probability…"), self._ask_probability),
            ("up", self.tr("Move &Up"), lambda: self.move(-1)),
            ("down", self.tr("Move &Down"), lambda: self.move(1)),
            ("retire", self.tr("&Retire…"), self._ask_retire),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            button.setEnabled(not context.read_only)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(460, 360)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        with self._context.session() as session:
            self._stages = stages.list_stages(session)
            self._counts = stages.deal_counts(session)
        self.list.clear()
        for info in self._stages:
            name = status_text(info.name, info.code, info.name_en, kind="stage")
            kind = self.tr(" (won)") if info.is_won else self.tr(" (lost)") if info.is_lost \
                else ""
            text = self.tr("{name}{kind} · {probability}% · {count} deals").format(
                name=name, kind=kind, probability=info.probability,
                count=self._counts.get(info.id, 0))
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            if info.id == select:
                self.list.setCurrentItem(item)

    def current(self) -> StageInfo | None:
        item = self.list.currentItem()
        wanted = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((s for s in self._stages if s.id == wanted), None)

    def names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    # -- the writes (the buttons ask, then call these) ---------------------------------
    def _write(self, write: object, select: int | None = None) -> bool:
        try:
            with self._context.session() as session:
                result = write(session)  # type: ignore[operator]
        except DomainError as error:
            show_error(self, error)
            return False
        self.changed = True
        self.reload(select if select is not None else getattr(result, "id", None))
        return True

    def add(self, name: str, probability: int) -> bool:
        return self._write(lambda s: stages.add_stage(
            s, name=name, probability=probability, actor_id=self._context.actor_id))

    def rename(self, stage_id: int, name: str) -> bool:
        return self._write(lambda s: stages.rename_stage(
            s, id=stage_id, name=name, actor_id=self._context.actor_id))

    def set_probability(self, stage_id: int, probability: int) -> bool:
        return self._write(lambda s: stages.set_probability(
            s, id=stage_id, probability=probability, actor_id=self._context.actor_id))

    def move(self, step: int) -> bool:
        stage = self.current()
        if stage is None:
            return False
        order = [s.id for s in self._stages]
        at = order.index(stage.id)
        if not 0 <= at + step < len(order):
            return False
        order[at], order[at + step] = order[at + step], order[at]
        return self._write(lambda s: stages.reorder_stages(s, ids=order), select=stage.id)

    def retire(self, stage_id: int, move_to: int | None) -> bool:
        return self._write(lambda s: stages.retire_stage(
            s, id=stage_id, move_to=move_to, actor_id=self._context.actor_id), select=-1)

    # -- asking --------------------------------------------------------------------------
    def _ask_add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add Stage"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        probability, ok = QInputDialog.getInt(self, self.tr("Add Stage"),
                                              self.tr("Win probability (%):"), 50, 0, 100)
        if ok:
            self.add(name, probability)

    def _ask_rename(self) -> None:
        stage = self.current()
        if stage is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename Stage"), self.tr("Name:"),
                                        text=stage.name)
        if ok and name.strip():
            self.rename(stage.id, name)

    def _ask_probability(self) -> None:
        stage = self.current()
        if stage is None:
            return
        value, ok = QInputDialog.getInt(self, self.tr("Win Probability"),
                                        self.tr("Win probability (%):"), stage.probability,
                                        0, 100)
        if ok:
            self.set_probability(stage.id, value)

    def _ask_retire(self) -> None:
        stage = self.current()
        if stage is None:
            return
        held = self._counts.get(stage.id, 0)
        if not held:
            self.retire(stage.id, None)
            return
        others = [s for s in self._stages if s.id != stage.id]
        labels = [status_text(s.name, s.code, s.name_en, kind="stage") for s in others]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Retire Stage"),
            self.tr("{count} deals are in this stage. Move them to:").format(count=held),
            labels, 0, False)
        if ok and choice in labels:
            self.retire(stage.id, others[labels.index(choice)].id)
