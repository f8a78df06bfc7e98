"""Find every translatable string in the Qt code, under the context Qt will look it up in.

``pyside6-lupdate`` run straight over our sources gets the context wrong for
a good third of the strings, so those would stay English in a Spanish UI:

- ``tr = self.tr`` then ``tr("...")`` lands in an empty context;
- ``style.tr("...")`` (a module's helper that translates in context
  ``charts``) lands in a context named ``style``; ``parent.tr(...)`` in ``parent``;
  a chart's ``self.word("...")`` (chart vocabulary in the chart's own language,
  the room's on the projector) is not seen at all;
- helpers like ``_tr(text)`` that call ``QCoreApplication.translate("Labels", text)``
  are not seen at all, and ``tr("Console", "text")`` is read as source text
  ``"Console"`` with ``"text"`` as its disambiguation.

This module reads the code with :mod:`ast` and gives each string the context
PySide6 uses at run time. PySide's ``obj.tr(text)`` tries the name of every
class in ``type(obj).__mro__`` in turn, so any class the object is certain to
be an instance of is a correct context: the enclosing class for ``self.tr``,
the annotated type for ``parent.tr`` (``parent: QWidget`` → ``QWidget``).
A module-level helper whose whole body is ``return QCoreApplication.translate(...)``
is followed to the context it passes, also when imported into another module.
A helper called with a value from a module-level dict of strings
(``tr(AGREEMENT.get(label))``) yields every string of that dict; a
module-level string constant (``CONTEXT = "LanguageMenu"``) stands for its text.

:func:`scan` returns the messages and the calls it could not resolve;
``update_translations.py`` hands the messages to lupdate.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# What docs/design.md §3 lets hold Qt text: the widgets, the charts and the composition module.
SOURCES = ("pe_desktop/ui", "pe_desktop/charts", "pe_desktop/app.py")
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass(frozen=True)
class Message:
    """One translatable string as a translator sees it (context, source, disambiguation)."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False


@dataclass
class Catalogue:
    """Messages with where they occur, plus calls that could not be read."""

    where: dict[Message, list[str]] = field(default_factory=dict)
    unresolved: list[str] = field(default_factory=list)

    def add(self, message: Message, location: str) -> None:
        self.where.setdefault(message, []).append(location)


# A helper's parameters: for each of translate's (context, text, disambiguation, n),
# either ("lit", value) or ("arg", position, name).
Slot = tuple
HelperSpec = tuple[Slot, Slot, Slot, Slot]


def source_files(repo: Path = REPO) -> list[Path]:
    files: list[Path] = []
    for entry in SOURCES:
        path = repo / entry
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def module_name(path: Path, repo: Path) -> str:
    parts = list(path.relative_to(repo).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_translate(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id in TRANSLATE_OWNERS)


def _string_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"``: a context or message kept in a constant."""
    found: dict[str, str] = {}
    for stmt in tree.body:
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else (
            stmt.target if isinstance(stmt, ast.AnnAssign) else None)
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
        if isinstance(target, ast.Name) and isinstance(value, ast.Constant) and isinstance(value.value, str):
            found[target.id] = value.value
    return found


def _helper_spec(node: ast.FunctionDef, constants: dict[str, str]) -> HelperSpec | None:
    """The spec of ``def f(...): return QCoreApplication.translate(...)``, else None."""
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return None
    call = body[0].value
    if not _is_translate(call.func) or call.keywords:
        return None
    params = [a.arg for a in node.args.args]
    slots: list[Slot] = []
    for index in range(4):
        if index >= len(call.args):
            slots.append(("lit", None))
            continue
        arg = call.args[index]
        if isinstance(arg, ast.Constant):
            slots.append(("lit", arg.value))
        elif isinstance(arg, ast.Name) and arg.id in constants and arg.id not in params:
            slots.append(("lit", constants[arg.id]))
        elif isinstance(arg, ast.Name) and arg.id in params:
            slots.append(("arg", params.index(arg.id), arg.id))
        else:
            return None
    return tuple(slots)  # type: ignore[return-value]


def _string_dicts(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level ``NAME = {...}`` whose values are all string literals."""
    found: dict[str, list[str]] = {}
    for stmt in tree.body:
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else (
            stmt.target if isinstance(stmt, ast.AnnAssign) else None)
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
        if isinstance(target, ast.Name) and isinstance(value, ast.Dict) and value.values and all(
                isinstance(v, ast.Constant) and isinstance(v.value, str) for v in value.values):
            found[target.id] = [v.value for v in value.values]
    return found


def _annotation_class(annotation: ast.expr | None) -> str | None:
    """``QWidget``, ``MainWindow | None``, ``"MainWindow"``, ``widgets.QWidget`` → the class name."""
    if annotation is None:
        return None
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return None
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        left, right = _annotation_class(annotation.left), _annotation_class(annotation.right)
        return left if right in (None, "None") else right if left in (None, "None") else None
    if isinstance(annotation, ast.Name):
        return annotation.id
    if isinstance(annotation, ast.Attribute):
        return annotation.attr
    return None


class _Module:
    def __init__(self, path: Path, repo: Path) -> None:
        self.path = path
        self.rel = path.relative_to(repo).as_posix()
        self.name = module_name(path, repo)
        self.tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.constants = _string_constants(self.tree)
        self.helpers = {n.name: spec for n in self.tree.body
                        if isinstance(n, ast.FunctionDef) and (spec := _helper_spec(n, self.constants)) is not None}
        self.dicts = _string_dicts(self.tree)


class _Visitor(ast.NodeVisitor):
    """Walks one module, keeping the enclosing class and the names bound in each function."""

    def __init__(self, module: _Module, modules: dict[str, _Module], out: Catalogue) -> None:
        self.module, self.modules, self.out = module, modules, out
        self.classes: list[str] = []
        self.scopes: list[dict[str, str]] = []  # per function: name -> "self.tr" or a class name
        self.helper_names: dict[str, tuple[HelperSpec, _Module]] = {
            name: (spec, module) for name, spec in module.helpers.items()}
        self.module_aliases: dict[str, _Module] = {}
        self._read_imports()

    def _read_imports(self) -> None:
        for node in ast.walk(self.module.tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    bound = alias.asname or alias.name
                    target = self.modules.get(node.module)
                    if target is not None and alias.name in target.helpers:
                        self.helper_names[bound] = (target.helpers[alias.name], target)
                    submodule = self.modules.get(f"{node.module}.{alias.name}")
                    if submodule is not None:
                        self.module_aliases[bound] = submodule
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name in self.modules and alias.asname:
                        self.module_aliases[alias.asname] = self.modules[alias.name]

    # ---------------------------------------------------------------- scopes
    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        scope: dict[str, str] = {}
        args = node.args
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
            cls = _annotation_class(arg.annotation)
            if cls:
                scope[arg.arg] = cls
        for inner in ast.walk(node):
            if (isinstance(inner, ast.Assign) and len(inner.targets) == 1 and isinstance(inner.targets[0], ast.Name)
                    and _is_self_tr(inner.value)):
                scope[inner.targets[0].id] = "self.tr"
            elif isinstance(inner, ast.AnnAssign) and isinstance(inner.target, ast.Name):
                cls = _annotation_class(inner.annotation)
                if cls:
                    scope[inner.target.id] = cls
        self.scopes.append(scope)
        self.generic_visit(node)
        self.scopes.pop()

    visit_FunctionDef = _visit_function  # noqa: N815 - ast API
    visit_AsyncFunctionDef = _visit_function  # noqa: N815
    visit_Lambda = _visit_function  # noqa: N815

    def _bound(self, name: str) -> str | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    # ---------------------------------------------------------------- calls
    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        self._read_call(node)
        self.generic_visit(node)

    def _where(self, node: ast.AST) -> str:
        return f"{self.module.rel}:{node.lineno}"

    def _read_call(self, node: ast.Call) -> None:
        func = node.func
        if _is_translate(func):
            if self._inside_helper(node):
                return
            self._emit(node, node.args[0] if node.args else None, _arg(node, 1, "sourceText"),
                       _arg(node, 2, "disambiguation"), _arg(node, 3, "n"))
        elif self._chart_word(func):
            self._emit(node, ast.Constant("charts"), _arg(node, 0, "text"), None, None, dicts=self._style_dicts())
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id in self.module_aliases:
                target = self.module_aliases[owner.id]
                if "tr" in target.helpers:
                    self._emit_helper(node, target.helpers["tr"], target)
                return
            context = self._object_class(owner)
            if context is None:
                self.out.unresolved.append(f"{self._where(node)}: cannot tell the class of {ast.unparse(owner)}.tr")
                return
            self._emit(node, ast.Constant(context), _arg(node, 0, "sourceText"),
                       _arg(node, 1, "disambiguation"), _arg(node, 2, "n"))
        elif isinstance(func, ast.Name):
            if self._bound(func.id) == "self.tr" and self.classes:
                self._emit(node, ast.Constant(self.classes[-1]), _arg(node, 0, "sourceText"),
                           _arg(node, 1, "disambiguation"), _arg(node, 2, "n"))
            elif func.id in self.helper_names and not self._inside_helper(node):
                spec, home = self.helper_names[func.id]
                self._emit_helper(node, spec, home)

    def _chart_word(self, func: ast.expr) -> bool:
        """``self.word("...")`` in a chart: chart vocabulary (context ``charts``) in the chart's
        language, which is the room's on the projector and the facilitator's elsewhere."""
        return (self.module.rel.startswith("pe_desktop/charts/") and isinstance(func, ast.Attribute)
                and func.attr == "word" and isinstance(func.value, ast.Name) and func.value.id == "self")

    def _style_dicts(self) -> dict[str, list[str]]:
        """The charts' module dicts of words (``style.AGREEMENT``), for ``self.word(D.get(...))``."""
        style = self.modules.get("pe_desktop.charts.style")
        return style.dicts if style is not None else {}

    def _inside_helper(self, node: ast.Call) -> bool:
        """The translate call that makes a helper a helper is not itself a message."""
        for helper in self.module.tree.body:
            if (isinstance(helper, ast.FunctionDef) and helper.name in self.module.helpers
                    and helper.lineno <= node.lineno <= (helper.end_lineno or helper.lineno)):
                return True
        return False

    def _object_class(self, owner: ast.expr) -> str | None:
        if isinstance(owner, ast.Name):
            if owner.id in ("self", "cls"):
                return self.classes[-1] if self.classes else None
            bound = self._bound(owner.id)
            if bound and bound != "self.tr":
                return bound
            if owner.id[:1].isupper():  # a class used directly: QMessageBox.tr(...)
                return owner.id
        if isinstance(owner, ast.Call) and isinstance(owner.func, ast.Name) and owner.func.id == "super":
            return self.classes[-1] if self.classes else None
        return None

    def _emit_helper(self, node: ast.Call, spec: HelperSpec, home: _Module) -> None:
        values: list[ast.expr | None] = []
        for slot in spec:
            if slot[0] == "lit":
                values.append(None if slot[1] is None else ast.Constant(slot[1]))
            else:
                values.append(_arg(node, slot[1], slot[2]))
        self._emit(node, *values, dicts=home.dicts)

    def _constant(self, expr: ast.expr | None) -> ast.expr | None:
        """A module-level string constant named at the call stands for its text."""
        if isinstance(expr, ast.Name) and expr.id in self.module.constants and self._bound(expr.id) is None:
            return ast.Constant(self.module.constants[expr.id])
        return expr

    def _emit(self, node: ast.Call, context: ast.expr | None, text: ast.expr | None, disambiguation: ast.expr | None,
              n: ast.expr | None, dicts: dict[str, list[str]] | None = None) -> None:
        context, text, disambiguation = (self._constant(e) for e in (context, text, disambiguation))
        ctx = context.value if isinstance(context, ast.Constant) else None
        comment = disambiguation.value if isinstance(disambiguation, ast.Constant) else ""
        numerus = n is not None and not (isinstance(n, ast.Constant) and n.value == -1) and not (
            isinstance(n, ast.UnaryOp) and isinstance(n.operand, ast.Constant) and n.operand.value == 1)
        if not isinstance(ctx, str):
            self.out.unresolved.append(f"{self._where(node)}: context is not a literal")
            return
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            self.out.add(Message(ctx, text.value, comment or "", numerus), self._where(node))
            return
        from_dict = _dict_lookup(text, {**self.module.dicts, **(dicts or {})})
        if from_dict is not None:
            for value in from_dict:
                self.out.add(Message(ctx, value, comment or "", numerus), self._where(node))
            return
        shown = ast.unparse(text) if text is not None else "nothing"
        self.out.unresolved.append(f"{self._where(node)}: text is not a literal: {shown}")


def _is_self_tr(value: ast.expr) -> bool:
    return (isinstance(value, ast.Attribute) and value.attr == "tr"
            and isinstance(value.value, ast.Name) and value.value.id == "self")


def _arg(node: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if position < len(node.args):
        return node.args[position]
    return next((k.value for k in node.keywords if k.arg == keyword), None)


def _dict_lookup(text: ast.expr | None, dicts: dict[str, list[str]]) -> list[str] | None:
    """``D.get(key, ...)`` or ``D[key]`` over a module dict of strings → its values."""
    if isinstance(text, ast.Call) and isinstance(text.func, ast.Attribute) and text.func.attr == "get":
        owner = text.func.value
    elif isinstance(text, ast.Subscript):
        owner = text.value
    else:
        return None
    if isinstance(owner, ast.Name) and owner.id in dicts:
        return dicts[owner.id]
    return None


def scan(repo: Path = REPO) -> Catalogue:
    """Every message of :data:`SOURCES` with its locations, and what could not be read."""
    modules = {m.name: m for m in (_Module(path, repo) for path in source_files(repo))}
    out = Catalogue()
    for module in modules.values():
        _Visitor(module, modules, out).visit(module.tree)
    return out


if __name__ == "__main__":
    catalogue = scan()
    for message, places in sorted(catalogue.where.items(), key=lambda kv: (kv[0].context, kv[1][0])):
        print(f"{message.context}\t{message.source!r}\t{', '.join(places)}")
    for problem in catalogue.unresolved:
        print("UNRESOLVED", problem)
    print(len(catalogue.where), "messages,", len(catalogue.unresolved), "unresolved")
