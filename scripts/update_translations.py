"""Refresh FunnelDesk's catalogues: lupdate over ui/, merge the dictionaries, lrelease to .qm.

Run from the checkout, after adding or changing UI strings::

    .venv/bin/python scripts/update_translations.py            # rewrite .ts and .qm
    .venv/bin/python scripts/update_translations.py --missing  # print blocks to translate
    .venv/bin/python scripts/update_translations.py --check    # exit 1 when anything is stale
    .venv/bin/python scripts/update_translations.py --unused   # blocks no text uses any more

The translations themselves live in ``resources/translations/dictionary/*.txt``: blocks of
one source text and its translation in every language, separated by a blank line::

    en: %Ln lead(s) in this pipeline
    pt: %Ln lead neste pipeline || %Ln leads neste pipeline
    uk: %Ln лід у воронці || %Ln ліди у воронці || %Ln лідів у воронці

A block applies to that source text in every context, unless a ``ctx: Name`` line limits
it to one. Plural (``%n``) translations give each form of the language, split by ``||``.
``\\n`` stands for a line break. A source without a block stays unfinished, and the
tests fail until someone writes its block (``--missing`` prints the ones to write).
English plural forms ("1 lead", "2 leads") are made from the ``(s)`` of the source.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
DICTIONARY = FOLDER / "dictionary"
TEMPLATE = FOLDER / "funneldesk_template.ts"
LANGUAGES = ("pt", "gl", "uk", "zh_CN", "fi")
# How many plural forms Qt's lrelease expects for each language (its numerus rules).
PLURAL_FORMS = {"en": 2, "pt": 2, "gl": 2, "uk": 3, "zh_CN": 1, "fi": 2}
FORM_SEPARATOR = "||"
# A count that picks each plural form in turn, per language (Qt's numerus rules).
PROBE_COUNTS = {"uk": (1, 3, 5), "zh_CN": (1,), "en": (1, 2), "pt": (1, 2), "gl": (1, 2), "fi": (1, 2)}
# ``obj.tr(...)`` translates in the context of obj's class at run time; where the code does
# not say which class that is (a QWidget parameter), the callers' classes are listed here.
OBJECT_CONTEXTS = {("ui/board/column.py", "widget"): ("BoardColumn", "OutcomeZone")}
# Words the core keeps and the window translates through a variable (``tr("LeadFields", v)``).
CORE_WORDS = (("LeadFields", "funneldesk.gating.facts", "FIELD_LABELS"),)
# Words the window translates through a variable, e.g. ``tr("Temperature", row.temperature)``.
VARIABLE_WORDS = {
    "Temperature": ("cold", "warm", "hot"),
    "ChannelKind": ("paid", "owned", "earned"),
    "Activities": ("call", "meeting", "email", "task", "demo"),
}
# Qt's standard buttons (QMessageBox, QDialogButtonBox): qtbase has no Galician or European
# Portuguese catalogue, so FunnelDesk's own catalogues carry these words for every language.
QT_WORDS = {
    "QPlatformTheme": (
        "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort", "Retry",
        "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "Restore Defaults",
    ),
}
PLACEHOLDER = re.compile(r"%L?n|%L?\d+|\{\w*(?::[^}]*)?\}")


@dataclass
class Message:
    """One source text of one context, as lupdate found it."""

    context: str
    source: str
    numerus: bool
    locations: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Entry:
    """One dictionary block: a source text's translation per language."""

    source: str
    context: str | None
    texts: dict[str, str]
    origin: str


def tool(name: str) -> str:
    """Return the path of a PySide6 tool next to this Python, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: install PySide6 (pip install -e '.[test]')")
    return found


def ui_sources() -> list[str]:
    """Return every Python file of the window, in a stable order, relative to the checkout."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def scan_ui() -> list[Message]:
    """Return every translatable text of ui/ with the context it is looked up in at run time.

    lupdate files the texts of module-level ``tr()`` helpers (``QCoreApplication.translate``
    with a fixed or given context) under an empty context, where Qt never looks; this reads
    the helpers, the imports of them, ``self.tr`` and ``obj.tr`` calls instead.
    """
    trees = {path: ast.parse((ROOT / path).read_text(encoding="utf-8"), path) for path in ui_sources()}
    helpers = {_module_name(path): _helpers(tree) for path, tree in trees.items()}
    found: dict[tuple[str, str], Message] = {}
    for path, tree in trees.items():
        local = dict(helpers[_module_name(path)])
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in helpers:
                for alias in node.names:
                    if alias.name in helpers[node.module]:
                        local[alias.asname or alias.name] = helpers[node.module][alias.name]
        for context, text, numerus in _calls(path, tree, local):
            message = found.setdefault((context, text), Message(context, text, numerus))
            message.numerus = message.numerus or numerus
    return list(found.values())


def _module_name(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def _helpers(tree: ast.Module) -> dict[str, str | None]:
    """Return the module's tr-like functions: name -> fixed context, or None when the first argument is it."""
    helpers: dict[str, str | None] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call) and _is_translate(inner.func) and inner.args:
                params = [a.arg for a in node.args.args]
                first = inner.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str) and len(params) >= 1:
                    helpers[node.name] = first.value
                elif isinstance(first, ast.Name) and params and first.id == params[0] and len(params) >= 2:
                    helpers[node.name] = None
    return helpers


def _is_translate(func: ast.expr) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(
        func.value, ast.Name
    ) and func.value.id in ("QCoreApplication", "QApplication")


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _calls(path: str, tree: ast.Module, helpers: dict[str, str | None]) -> list[tuple[str, str, bool]]:
    """Return (context, text, numerus) of every translating call with literal text in one file."""
    found: list[tuple[str, str, bool]] = []

    def visit(node: ast.AST, cls: str | None, func: ast.FunctionDef | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name, None)
                continue
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, cls, child)  # type: ignore[arg-type]
                continue
            if isinstance(child, ast.Call):
                found.extend(_call(path, child, cls, func, helpers))
            visit(child, cls, func)

    visit(tree, None, None)
    return found


def _call(
    path: str, call: ast.Call, cls: str | None, func: ast.FunctionDef | None, helpers: dict[str, str | None]
) -> list[tuple[str, str, bool]]:
    counted = any(k.arg == "n" for k in call.keywords)
    if isinstance(call.func, ast.Name) and call.func.id == "QT_TRANSLATE_NOOP" and len(call.args) >= 2:
        context, text = _text(call.args[0]), _text(call.args[1])
        return [(context, text, False)] if context is not None and text is not None else []
    if isinstance(call.func, ast.Name) and call.func.id == "QT_TR_NOOP" and call.args and cls:
        text = _text(call.args[0])
        return [(cls, text, False)] if text is not None else []
    if isinstance(call.func, ast.Name) and call.func.id in helpers:
        fixed = helpers[call.func.id]
        if fixed is not None:
            text = _text(call.args[0]) if call.args else None
            return [(fixed, text, counted)] if text is not None else []
        context, text = (_text(a) for a in call.args[:2]) if len(call.args) >= 2 else (None, None)
        return [(context, text, counted)] if context is not None and text is not None else []
    if _is_translate(call.func) and len(call.args) >= 2:
        context, text = _text(call.args[0]), _text(call.args[1])
        counted = counted or len(call.args) >= 4
        return [(context, text, counted)] if context is not None and text is not None else []
    if isinstance(call.func, ast.Attribute) and call.func.attr == "tr" and call.args:
        text = _text(call.args[0])
        if text is None:
            return []
        counted = counted or len(call.args) >= 3
        owner = call.func.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls") and cls:
            return [(cls, text, counted)]
        return [(context, text, counted) for context in _object_contexts(path, owner, cls, func)]
    return []


def _object_contexts(
    path: str, owner: ast.expr, cls: str | None, func: ast.FunctionDef | None
) -> tuple[str, ...]:
    """Return the class names obj.tr() may translate in: the listed ones, obj's assignment or annotation."""
    name = owner.id if isinstance(owner, ast.Name) else ""
    if (path, name) in OBJECT_CONTEXTS:
        return OBJECT_CONTEXTS[(path, name)]
    if func is not None:
        for node in ast.walk(func):
            if (
                isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Name)
            ):
                return (node.value.func.id,)
        for arg in func.args.args:
            if arg.arg == name and isinstance(arg.annotation, ast.Name):
                return (arg.annotation.id,)
            if arg.arg == name and isinstance(arg.annotation, ast.Constant):
                return (str(arg.annotation.value),)
    print(f"warning: {path}: cannot tell the class of {ast.unparse(owner)}.tr(); add it to OBJECT_CONTEXTS")
    return (cls or "",)


def run_lupdate(template: Path) -> None:
    """Extract every tr() text of ui/ into a new template file, in source order.

    No line numbers: the catalogues change only when a text does, not whenever a ui file moves.
    """
    subprocess.run(
        [tool("pyside6-lupdate"), *ui_sources(), "-no-obsolete", "-locations", "none", "-ts", str(template)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def read_template(template: Path) -> list[Message]:
    """Return the messages of a .ts file, vanished and obsolete ones left out."""
    messages = []
    for context in ET.parse(template).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            locations = [(loc.get("filename", ""), loc.get("line", "")) for loc in message.iter("location")]
            messages.append(
                Message(name, message.findtext("source") or "", message.get("numerus") == "yes", locations)
            )
    return messages


def read_dictionary(folder: Path = DICTIONARY) -> list[Entry]:
    """Parse every dictionary file's blocks, in file order."""
    entries = []
    for path in sorted(folder.glob("*.txt")):
        for number, block in enumerate(path.read_text(encoding="utf-8").split("\n\n"), 1):
            lines = [line for line in block.splitlines() if line.strip() and not line.startswith("#")]
            if not lines:
                continue
            texts: dict[str, str] = {}
            for line in lines:
                key, sep, value = line.partition(":")
                if not sep:
                    raise SystemExit(f"{path.name} block {number}: line without 'lang:': {line!r}")
                # one space follows the colon; any more is part of the text (" Pipeline: ")
                texts[key.strip()] = _unescape(value.removeprefix(" ").rstrip("\r"))
            if "en" not in texts:
                raise SystemExit(f"{path.name} block {number}: no 'en:' line")
            source, context = texts.pop("en"), texts.pop("ctx", None)
            entries.append(Entry(source, context, texts, f"{path.name} block {number}"))
    return entries


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n")


def lookup(entries: list[Entry]) -> dict[tuple[str | None, str], Entry]:
    """Index blocks by (context or None, source); a context's own block wins over the general one."""
    return {(entry.context, entry.source): entry for entry in entries}


def translation_for(
    index: dict[tuple[str | None, str], Entry], message: Message, language: str
) -> list[str] | None:
    """Return the forms of message in language (one unless plural), or None when not written."""
    entry = index.get((message.context, message.source)) or index.get((None, message.source))
    text = entry.texts.get(language) if entry else None
    if not text:
        return None
    if not message.numerus:
        return [text]
    return [form.strip() for form in text.split(FORM_SEPARATOR)]


def english_forms(source: str) -> list[str]:
    """Return the English singular and plural of a '(s)' source text."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def build_ts(messages: list[Message], language: str, index: dict[tuple[str | None, str], Entry]) -> str:
    """Return the text of a language's .ts: every message, finished where the dictionary has it."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    if not language:  # the template: every text, no language, nothing translated
        del root.attrib["language"]
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            if language == "en" and not message.numerus:
                continue  # English is the source: only its plural forms need a catalogue
            element = ET.SubElement(context, "message", numerus="yes") if message.numerus else ET.SubElement(
                context, "message"
            )
            for filename, line in message.locations:
                ET.SubElement(element, "location", filename=filename, line=line)
            ET.SubElement(element, "source").text = message.source
            if language == "en":
                forms: list[str] | None = english_forms(message.source)
            else:
                forms = translation_for(index, message, language)
            translation = ET.SubElement(element, "translation")
            if forms is None:
                translation.set("type", "unfinished")
            elif message.numerus:
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
        if not len(context.findall("message")):
            root.remove(context)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def problems(messages: list[Message], index: dict[tuple[str | None, str], Entry], language: str) -> list[str]:
    """Return what is wrong with a language: missing texts, wrong plural counts, lost placeholders."""
    found = []
    for message in messages:
        forms = translation_for(index, message, language)
        where = f"[{language}] {message.context}: {message.source!r}"
        if forms is None:
            found.append(f"{where}: not translated")
            continue
        if message.numerus and len(forms) != PLURAL_FORMS[language]:
            found.append(f"{where}: {len(forms)} plural forms, {language} has {PLURAL_FORMS[language]}")
        wanted = sorted(set(PLACEHOLDER.findall(message.source)))
        for form in forms:
            lost = [p for p in wanted if p not in form]
            if lost:
                found.append(f"{where}: {form!r} lacks {' '.join(lost)}")
    return found


def write_catalogues(folder: Path, messages: list[Message], entries: list[Entry]) -> None:
    """Write every language's .ts and compile it to .qm beside it."""
    index = lookup(entries)
    (folder / TEMPLATE.name).write_text(build_ts(messages, "", {}), encoding="utf-8")
    for language in ("en", *LANGUAGES):
        ts = folder / f"funneldesk_{language}.ts"
        ts.write_text(build_ts(messages, language, index), encoding="utf-8")
        release(ts, ts.with_suffix(".qm"))


def release(ts: Path, qm: Path) -> None:
    """Compile a .ts to .qm with PySide6's lrelease (unfinished messages are left out)."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def missing_blocks(messages: list[Message], entries: list[Entry]) -> str:
    """Return dictionary blocks, ready to fill in, for every source text some language lacks."""
    index, seen, blocks = lookup(entries), set(), []
    for message in messages:
        lacking = [lang for lang in LANGUAGES if translation_for(index, message, lang) is None]
        if not lacking or message.source in seen:
            continue
        seen.add(message.source)
        escaped = message.source.replace("\n", "\\n")
        lines = [f"en: {escaped}"] + [f"{lang}: " for lang in lacking]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def check(messages: list[Message], entries: list[Entry]) -> list[str]:
    """Return every reason the committed catalogues are not what this script would write."""
    found = [p for lang in LANGUAGES for p in problems(messages, lookup(entries), lang)]
    seen: dict[tuple[str | None, str], str] = {}
    for entry in entries:  # a second block for the same text would silently win over the first
        key = (entry.context, entry.source)
        if key in seen:
            found.append(f"{entry.origin} repeats {seen[key]} ({entry.source!r}): keep one")
        seen[key] = entry.origin
    with tempfile.TemporaryDirectory() as tmp:
        write_catalogues(Path(tmp), messages, entries)
        for fresh in sorted(Path(tmp).glob("*.ts")):  # the template and every language
            kept = FOLDER / fresh.name
            if not kept.exists() or kept.read_bytes() != fresh.read_bytes():
                found.append(f"{kept.relative_to(ROOT)} is stale: run scripts/update_translations.py")
    for language in ("en", *LANGUAGES):
        found += qm_problems(FOLDER / f"funneldesk_{language}.ts", FOLDER / f"funneldesk_{language}.qm")
    return found


def qm_problems(ts: Path, qm: Path) -> list[str]:
    """Return the messages of a .ts that its .qm does not give back (a missing or stale .qm).

    Compared by what Qt reads, not byte for byte: another PySide6's lrelease may lay the
    same catalogue out differently.
    """
    from PySide6.QtCore import QTranslator  # only the check needs Qt

    translator = QTranslator()
    if not qm.exists() or not translator.load(str(qm)):
        return [f"{qm.relative_to(ROOT)} is missing or unreadable: run scripts/update_translations.py"]
    root = ET.parse(ts).getroot()
    counts = PROBE_COUNTS.get(root.get("language") or "", (1, 2))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.find("translation")
            if translation is None or translation.get("type"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            asked = list(zip(counts, forms, strict=False)) if forms else [(-1, translation.text or "")]
            if any(translator.translate(name, source, None, n) != text for n, text in asked):
                return [f"{qm.name} is stale ({name}: {source!r}): run scripts/update_translations.py"]
    return []


def collect() -> list[Message]:
    """Return the window's messages: the scan of ui/, plus any class text only lupdate found."""
    messages = scan_ui()
    sys.path.insert(0, str(ROOT))
    for context, module, name in CORE_WORDS:
        words = getattr(importlib.import_module(module), name)
        seen = {(m.context, m.source) for m in messages}
        messages += [Message(context, w, False) for w in words.values() if (context, w) not in seen]
    for table in (VARIABLE_WORDS, QT_WORDS):
        seen = {(m.context, m.source) for m in messages}
        messages += [
            Message(context, word, False)
            for context, words in table.items()
            for word in words
            if (context, word) not in seen
        ]
    known = {m.source for m in messages}
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "funneldesk_template.ts"
        run_lupdate(template)
        extra = [m for m in read_template(template) if m.context and m.source not in known]
    return messages + extra


def main(argv: list[str] | None = None) -> int:
    """Refresh the template and catalogues, or list what is missing or stale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missing", action="store_true", help="print blocks to translate and change nothing")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if anything is stale")
    parser.add_argument("--unused", action="store_true", help="list dictionary blocks no window text uses")
    args = parser.parse_args(argv)
    messages, entries = collect(), read_dictionary()
    if args.missing:
        print(missing_blocks(messages, entries))
        return 0
    if args.unused:
        used = {(m.context, m.source) for m in messages} | {(None, m.source) for m in messages}
        print("\n".join(f"{e.origin}: {e.source!r}" for e in entries if (e.context, e.source) not in used))
        return 0
    if args.check:
        found = check(messages, entries)
        print("\n".join(found) or f"catalogues are complete: {len(messages)} messages")
        return 1 if found else 0
    write_catalogues(FOLDER, messages, entries)
    for language in LANGUAGES:
        todo = [m for m in messages if problems([m], lookup(entries), language)]
        done = len(messages) - len(todo)
        left = f", {len(todo)} to do" if todo else ""
        print(f"{language}: {done}/{len(messages)} messages translated{left}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
