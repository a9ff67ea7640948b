"""The main window: the shell that holds the site plan, the docks and the job modules.

Each job lives in a module of its own (files, plan edits, layout, weather, background,
simulation, the tree and the Properties router); this class builds them, joins their
signals and owns the title, the selection and closing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QLabel, QMainWindow, QTabWidget, QWidget

from bipv_designer.edits.changes import ProjectChanges
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.model import Project
from bipv_designer.ui import errors as dialogs
from bipv_designer.ui.actions import build_actions
from bipv_designer.ui.background_actions import BackgroundActions
from bipv_designer.ui.canvas.scene import SitePlanScene
from bipv_designer.ui.canvas.shading_colours import CornerOverlay, ShadingLegend
from bipv_designer.ui.canvas.view import SitePlanView, Tool
from bipv_designer.ui.document import Document
from bipv_designer.ui.file_actions import FileActions
from bipv_designer.ui.help import show_about, show_user_guide
from bipv_designer.ui.i18n import initial_language, install_language, retranslate, translated
from bipv_designer.ui.layout_actions import LayoutActions
from bipv_designer.ui.meter_import import import_meter_file
from bipv_designer.ui.new_project import ask_new_project
from bipv_designer.ui.plan_edits import PlanEdits
from bipv_designer.ui.project_tree import ProjectTree
from bipv_designer.ui.properties import Properties
from bipv_designer.ui.report_job import ReportJob
from bipv_designer.ui.results_workspace import ResultsWorkspace
from bipv_designer.ui.selection import Selection, SelectionKind
from bipv_designer.ui.shading_map import ShadingMap
from bipv_designer.ui.simulation_runner import SimulationRunner
from bipv_designer.ui.sun_path_dialog import sun_path_dialog
from bipv_designer.ui.view3d import View3DPanel
from bipv_designer.ui.weather_actions import WeatherActions
from bipv_designer.ui.weather_distance import weather_is_near_enough

START_SIZE_PX = (1280, 800)
Key = QKeySequence.StandardKey
PROPERTIES_SHARE = 0.65
"""Share of the right column's height the Properties dock starts with; the 3-D view
takes the rest."""
TREE_SHARE = 0.24
"""Share of the window's width the Project tree starts with (its names and details
readable on a wide screen, never below the tree's minimum width)."""


class MainWindow(QMainWindow):
    """Site plan and results as tabs in the middle; project tree, properties and 3-D in
    docks (hidden while the results are shown, so that they have the whole window)."""

    def __init__(self, project: Project, path) -> None:
        super().__init__()
        self.document = document = Document(project, path)
        self.scene = SitePlanScene(document)
        self.view = SitePlanView(self.scene)
        self.results = ResultsWorkspace()
        self.workspaces = QTabWidget()
        self.workspaces.addTab(self.view, "")
        self.workspaces.addTab(self.results, "")
        self._name_workspaces()
        self.setCentralWidget(self.workspaces)
        self.tree = ProjectTree(document)
        self.properties = Properties(document, self)
        self.view3d = View3DPanel(document)
        self._build_docks()
        self.position_label = QLabel()
        self.statusBar().addPermanentWidget(self.position_label)
        status = self.statusBar().showMessage

        self.runner = SimulationRunner(
            document, self.statusBar(), self, lambda: weather_is_near_enough(self, document)
        )
        self.report_job = ReportJob(
            self,
            self.statusBar(),
            lambda: self.runner.run,
            lambda: document.path or DEMO_PROJECT,
            lambda: self.files.folder(),
        )
        self.shading_map = ShadingMap(document, self.statusBar(), self)
        self.shading_map.losses_changed.connect(self.scene.show_shading)
        self.legend = CornerOverlay(ShadingLegend(), self.view)
        self.shading_map.losses_changed.connect(
            lambda losses: self.legend.set_visible(losses is not None)
        )
        stack = document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.plan_edits = PlanEdits(document, self.view, self.select, status)
        self.layout_actions = LayoutActions(document, self.properties, self, status)
        built = build_actions(
            self,
            self._handlers(),
            self.undo_action,
            self.redo_action,
            self.set_tool,
            self.set_language,
        )
        self.actions_by_name, self.tool_actions = built.actions, built.tools
        self.language_actions = built.languages
        self.language_actions[initial_language()].setChecked(True)
        self.files = FileActions(
            document,
            self,
            built.recent_menu,
            lambda: ask_new_project(self, document.project),
            self.view.fit_all,
        )
        self.weather_actions = WeatherActions(
            document,
            self.properties.site_panel,
            self,
            status,
            self.files.stored_path,
            self.files.folder,
        )
        self.background_actions = BackgroundActions(
            document,
            self.view,
            self.properties.background_panel,
            self,
            self.set_tool,
            self.select,
            self.files.stored_path,
            self.files.folder,
        )
        self.properties.load_panel.import_requested.connect(lambda: self.import_meter_file())
        self.properties.surface_panel.sun_path_requested.connect(self.show_sun_path)
        self.shading_map.losses_changed.connect(self.layout_actions.show_shading)

        self.view.cursor_moved.connect(
            lambda x, y: self.position_label.setText(f"x {x:,.2f} m   y {y:,.2f} m")
        )
        self.view.hint_changed.connect(status)
        self.scene.selection_changed.connect(self._selected_on_plan)
        self.tree.selected.connect(self.select)
        self.runner.results_changed.connect(self._show_results)
        self.results.surface_clicked.connect(
            lambda surface_id: self.select(Selection(SelectionKind.SURFACE, surface_id))
        )
        self.results.report_requested.connect(lambda: self.report_job.write_report())
        self.results.export_requested.connect(lambda: self.report_job.export())
        self.workspaces.currentChanged.connect(self._workspace_changed)
        document.changed.connect(self._project_changed)
        document.edit_refused.connect(
            lambda message: dialogs.show_error(self, self.tr("Cannot make this change"), message)
        )
        self.properties.value_refused.connect(
            lambda message: dialogs.show_error(self, self.tr("Cannot take this value"), message)
        )
        document.path_changed.connect(lambda: self._update_title())
        document.undo_stack.cleanChanged.connect(self._update_title)
        self.resize(*START_SIZE_PX)
        self._project_changed(None)
        QTimer.singleShot(0, self.view.fit_all)

    def _handlers(self) -> dict:
        plan = self.plan_edits
        return {
            "new": lambda: self.files.new_project(),
            "open": lambda: self.files.open_project(),
            "save": lambda: self.files.save(),
            "save_as": lambda: self.files.save_as(),
            "import_background": lambda: self.background_actions.import_background(),
            "export_results": lambda: self.report_job.export(),
            "report": lambda: self.report_job.write_report(),
            "show_plan": lambda: self.workspaces.setCurrentWidget(self.view),
            "show_results": lambda: self.workspaces.setCurrentWidget(self.results),
            "quit": self.close,
            "rotate": lambda: plan.rotate_selected(90.0),
            "duplicate": plan.duplicate_selected,
            "delete": lambda: plan.delete_selected(self.properties.selection),
            "select_all": plan.select_all,
            "fill_roofs": lambda: self.layout_actions.fill_roofs(),
            "fit": self.view.fit_all,
            "shading_colours": lambda: self.shading_map.set_enabled(
                self.actions_by_name["shading_colours"].isChecked()
            ),
            "simulate": lambda: self.runner.simulate(),
            "user_guide": lambda: show_user_guide(self),
            "about": lambda: show_about(self),
        }

    def _build_docks(self) -> None:
        area = Qt.DockWidgetArea
        self._tree_dock = self._dock(
            QT_TRANSLATE_NOOP("MainWindow", "Project"), self.tree, area.LeftDockWidgetArea
        )
        properties = self._dock(
            QT_TRANSLATE_NOOP("MainWindow", "Properties"),
            self.properties.scroll,
            area.RightDockWidgetArea,
        )
        view3d = self._dock(
            QT_TRANSLATE_NOOP("MainWindow", "3-D view"), self.view3d, area.RightDockWidgetArea
        )
        self._right_docks = (properties, view3d)
        self._hidden_docks: list[QDockWidget] = []
        self._docks_sized = False

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock titled with the translation of ``title`` (a source text)."""
        dock = QDockWidget(self)
        translated(dock, "MainWindow", title, "setWindowTitle")
        dock.setObjectName(title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def select(self, selection: Selection) -> None:
        """Show ``selection`` everywhere: on the plan, in the tree and in Properties."""
        self.scene.select(selection)
        self._selected_on_plan(selection)

    def set_language(self, code: str) -> None:
        """Show the window in another language now (View ▸ Language); remembered."""
        install_language(code)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_actions[code].setChecked(True)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate(self)
            self.properties.show(self.properties.selection)  # texts made from the project
            self.document.retranslate_history()  # first: new Undo actions read it
            self._renew_undo_actions()
            self._name_workspaces()
            self._update_title()
            bar = self.menuBar()  # Chinese titles are taller: size the bar for them
            bar.setMinimumHeight(bar.sizeHint().height())
        super().changeEvent(event)

    def _renew_undo_actions(self) -> None:
        """Undo and Redo in the new language: QUndoStack fixes an action's prefix when it
        makes it, so new actions take the old ones' places in the menu and toolbar."""
        stack = self.document.undo_stack
        for name, make, key in (
            ("undo_action", lambda: stack.createUndoAction(self, self.tr("&Undo")), Key.Undo),
            ("redo_action", lambda: stack.createRedoAction(self, self.tr("&Redo")), Key.Redo),
        ):
            old, new = getattr(self, name), make()
            new.setShortcut(key)
            for holder in old.associatedObjects():
                if isinstance(holder, QWidget):
                    holder.insertAction(old, new)
                    holder.removeAction(old)
            setattr(self, name, new)
            old.deleteLater()

    def _name_workspaces(self) -> None:
        self.workspaces.setTabText(0, self.tr("Site plan"))
        self.workspaces.setTabText(1, self.tr("Results"))

    def set_tool(self, tool: Tool) -> None:
        """Switch the plan's tool and check its action."""
        self.view.set_tool(tool)
        self.tool_actions[tool].setChecked(True)

    def import_meter_file(self, path=None, dialog=None) -> None:
        """Add a meter whose load is read from a CSV/XLSX export (File dialog, mapping)."""
        import_meter_file(
            self.document, self, self.files.stored_path, self.files.folder(), path, dialog
        )

    def show_sun_path(self, surface_id: str) -> QDialog:
        """Open the sun-path chart of a surface (returned for tests)."""
        dialog = sun_path_dialog(self, self.document.project, surface_id)
        dialog.show()
        return dialog

    def export_results(self, path=None) -> bool:
        """Export the last results (the suffix of ``path`` decides what)."""
        return self.report_job.export(path)

    def _selected_on_plan(self, selection: Selection) -> None:
        self.properties.show(selection)
        self.tree.show_selection(self.properties.selection)

    def _show_results(self) -> None:
        run = self.runner.run
        self.results.show_run(run)
        if run is not None:
            self.workspaces.setCurrentWidget(self.results)

    def _workspace_changed(self, index: int) -> None:
        """The results take the whole window: the docks hide while they are shown and
        come back as they were with the site plan."""
        if self.workspaces.widget(index) is self.results:
            self._hidden_docks = [d for d in self.findChildren(QDockWidget) if d.isVisible()]
            for dock in self._hidden_docks:
                dock.hide()
        else:
            for dock in self._hidden_docks:
                dock.show()
            self._hidden_docks = []

    def _project_changed(self, changes: ProjectChanges | None) -> None:
        project = self.document.project
        self.view.set_north(project.site.plan_north_deg)
        self.tool_actions[Tool.SCALE_BACKGROUND].setEnabled(project.background is not None)
        if changes is None or changes.everything or "name" in changes.sections:
            self._update_title()

    def _update_title(self, clean: bool | None = None) -> None:
        """Window title with a star for unsaved changes.

        ``clean`` comes with QUndoStack.cleanChanged, which also fires while the stack
        is being destroyed, when it can no longer be asked.
        """
        if clean is None:
            clean = self.document.undo_stack.isClean()
        name = self.document.path.name if self.document.path else self.tr("unsaved")
        self.setWindowTitle(
            f"{'' if clean else '*'}{self.document.project.name} ({name}) — BIPV Designer"
        )

    def showEvent(self, event) -> None:
        """The first time the window shows, Properties takes most of the right column."""
        super().showEvent(event)
        if not self._docks_sized:
            self._docks_sized = True
            QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        column = sum(dock.height() for dock in self._right_docks)
        first = round(PROPERTIES_SHARE * column)
        self.resizeDocks(list(self._right_docks), [first, column - first], Qt.Orientation.Vertical)
        tree_width = round(TREE_SHARE * self.width())
        self.resizeDocks([self._tree_dock], [tree_width], Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_discard():
            event.ignore()
            return
        self.runner.worker.shutdown()
        self.shading_map.worker.shutdown()
        self.report_job.worker.shutdown()
        self.weather_actions.downloads.shutdown()
        self.files.discard_recovery()
        super().closeEvent(event)
