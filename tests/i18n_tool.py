"""Finds every translatable string and keeps the Chinese ``.ts`` files in step with the code.

    python -m tests.i18n_tool                  # update every module's .ts file
    python -m tests.i18n_tool partsdesk/ui/x.py # only the .ts files of the named modules
    python -m tests.i18n_tool --prune          # also remove the files of modules that are gone

Strings are what a module passes to its ``Translator("Context")`` object (``tr("…")``,
``tr.mark("…")``, ``tr.lang(lang, "…")``, ``tr.message("…")``, both forms of
``tr.plural(n, "…", "…")`` and of ``tr.plural_message(n, "…", "…")``) and the
``<string>`` texts of Qt Designer forms.
Each Python module has its own ``.ts`` file named after it, so people working on different
modules never edit the same file. A string that moved keeps the translation another file has for it.
New strings are added as unfinished; a translator fills in
the ``<translation>`` and removes ``type="unfinished"``.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "partsdesk"
FORMS = ROOT / "forms"
TS_DIR = ROOT / "resources" / "translations" / "zh_CN"


def _translators(tree: ast.Module) -> dict[str, str]:
    """Names bound to Translator("Context") anywhere in the module -> context."""
    names = {}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", getattr(node.value.func, "attr", None))
                == "Translator" and node.value.args
                and isinstance(node.value.args[0], ast.Constant)):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    names[target.id] = node.value.args[0].value
                elif isinstance(target, ast.Attribute):
                    names[target.attr] = node.value.args[0].value
    return names


def _callee(func) -> tuple[str | None, str | None]:
    """(translator name, method) of tr(...), tr.mark(...), self.tr(...), self.tr.mark(...)."""
    if isinstance(func, ast.Name):
        return func.id, None
    if isinstance(func, ast.Attribute):
        if func.attr in ("mark", "lang", "plural", "message", "plural_message"):
            inner = func.value
            name = inner.id if isinstance(inner, ast.Name) else getattr(inner, "attr", None)
            return name, func.attr
        return func.attr, None
    return None, None


def python_strings(path: Path) -> list[tuple[str, str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    translators = _translators(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name, method = _callee(node.func)
        if name not in translators:
            continue
        indexes = {"lang": (1,), "plural": (1, 2), "plural_message": (1, 2)}.get(method, (0,))
        for index in indexes:
            if len(node.args) > index and isinstance(node.args[index], ast.Constant) \
                    and isinstance(node.args[index].value, str):
                found.append((translators[name], node.args[index].value, node.lineno))
    return found


def form_strings(path: Path) -> list[tuple[str, str, int]]:
    root = ET.parse(path).getroot()
    context = root.findtext("class") or path.stem
    return [(context, node.text, 0) for node in root.iter("string")
            if node.text and node.get("notr") != "true"]


def sources() -> dict[str, list[tuple[str, str, int]]]:
    """.ts file stem -> strings; one file per Python module or form."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.relative_to(PACKAGE).parts:      # generated from forms/*.ui
            continue
        strings = python_strings(path)
        if strings:
            out[".".join(path.relative_to(ROOT).with_suffix("").parts)] = strings
    for path in sorted(FORMS.glob("*.ui")):
        strings = form_strings(path)
        if strings:
            out["forms." + path.stem] = strings
    return out


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation text, type attribute)."""
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            out[(name, message.findtext("source"))] = (
                (node.text or "") if node is not None else "",
                node.get("type") if node is not None else "unfinished")
    return out


def write_ts(path: Path, strings: list[tuple[str, str, int]],
             known: dict[tuple[str, str], tuple[str, str | None]]) -> None:
    root = ET.Element("TS", version="2.1", language="zh_CN", sourcelanguage="en")
    by_context: dict[str, list[str]] = {}
    for context, text, _ in strings:
        if text not in by_context.setdefault(context, []):
            by_context[context].append(text)
    for context, texts in by_context.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for text in texts:
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = text
            translation, kind = known.get((context, text), ("", "unfinished"))
            node = ET.SubElement(message, "translation")
            node.text = translation
            if kind or not translation:
                node.set("type", kind or "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def untranslated() -> list[str]:
    """Every string that has no finished Chinese translation, as 'file: context: text'."""
    missing = []
    for stem, strings in sources().items():
        known = read_ts(TS_DIR / f"{stem}.ts")
        for context, text, line in strings:
            translation, kind = known.get((context, text), ("", "unfinished"))
            if not translation or kind:
                missing.append(f"{stem}:{line}: [{context}] {text!r}")
    return missing


def every_translation() -> dict[tuple[str, str], tuple[str, str | None]]:
    """What every .ts file knows: a string that moved to another module keeps its translation."""
    known = {}
    for path in sorted(TS_DIR.glob("*.ts")):
        for key, value in read_ts(path).items():
            if value[0] and not value[1]:
                known.setdefault(key, value)
    return known


def main(argv: list[str]) -> int:
    prune = "--prune" in argv
    only = {".".join(Path(a).resolve().relative_to(ROOT).with_suffix("").parts)
            for a in argv if a != "--prune"}
    everywhere = every_translation()
    found = sources()
    for stem, strings in found.items():
        if only and stem not in only:
            continue
        path = TS_DIR / f"{stem}.ts"
        known = {**everywhere, **read_ts(path)}
        known = {k: (everywhere[k] if (not v[0] or v[1]) and k in everywhere else v)
                 for k, v in known.items()}
        write_ts(path, strings, known)
    if prune:                       # files of modules that no longer exist
        for path in sorted(TS_DIR.glob("*.ts")):
            if path.stem not in found:
                path.unlink()
                print(f"removed {path.relative_to(ROOT)}")
    missing = untranslated()
    print(f"{len(missing)} strings still need a Chinese translation")
    for line in missing:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
