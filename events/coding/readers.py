"""Readers for the PETRARCH-2 dictionary formats (verbs, actors, agents, discards).

Common to all files: ``#`` starts a comment (outside ``[...]``, so a code such as
``[###]`` survives), ``<!-- ... -->`` comments may span lines, blank lines are skipped.

Every reader raises :class:`events.errors.DictionaryError` (naming file and line) for a
line it cannot read, and appends a ``file:line: message`` note to ``warnings`` (also
logged) for syntax it recognises but skips. Nothing is guessed silently.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from events.coding.dictionaries import (
    NULL_CODES,
    ActorEntry,
    AgentEntry,
    CodeOption,
    Element,
    Pattern,
    PhraseIndex,
    VerbBlock,
    VerbDictionary,
    VerbForm,
)
from events.coding.nesting import parse_transformation
from events.coding.text import norm_phrase
from events.errors import DictionaryError

log = logging.getLogger(__name__)

MAX_LOGGED_WARNINGS = 25


class _Source:
    """A dictionary file read line by line with comments removed; collects warnings."""

    def __init__(self, path: Path, warnings: list[str]):
        self.path = path
        self.name = str(path)
        self.warnings = warnings
        self._count = 0
        try:
            self.text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as err:
            raise DictionaryError(f"cannot read dictionary: {err}", path=self.name) from err

    def where(self, line: int) -> str:
        """``file:line`` of an entry, by file name only (rows never hold a machine's paths)."""
        return f"{self.path.name}:{line}"

    def lines(self) -> Iterator[tuple[int, str]]:
        """Yield (line number, line without comments), skipping empty lines."""
        in_xml_comment = False
        for number, raw in enumerate(self.text.splitlines(), start=1):
            line = raw
            if in_xml_comment:
                end = line.find("-->")
                if end < 0:
                    continue
                line = line[end + 3 :]
                in_xml_comment = False
            while "<!--" in line:
                start = line.find("<!--")
                end = line.find("-->", start + 4)
                if end < 0:
                    line = line[:start]
                    in_xml_comment = True
                    break
                line = line[:start] + line[end + 3 :]
            line = _strip_hash_comment(line)
            if line.strip():
                yield number, line.rstrip()

    def error(self, line: int, message: str) -> DictionaryError:
        """A DictionaryError at ``line`` of this file."""
        return DictionaryError(message, path=self.name, line=line)

    def warn(self, line: int, message: str) -> None:
        """Record (and log, up to a cap per file) a note about skipped syntax."""
        note = f"{self.name}:{line}: {message}"
        self.warnings.append(note)
        self._count += 1
        if self._count <= MAX_LOGGED_WARNINGS:
            log.warning("%s", note)
        elif self._count == MAX_LOGGED_WARNINGS + 1:
            log.warning("%s: more dictionary warnings follow (see Dictionaries.warnings)", self.name)


def _strip_hash_comment(line: str) -> str:
    """Cut ``line`` at the first ``#`` that is not inside ``[...]``."""
    if "#" not in line:
        return line
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == "#" and depth == 0:
            return line[:i]
    return line


_CODE_RE = re.compile(r"\[([^\[\]]*)\]")


def split_code(src: _Source, number: int, body: str) -> tuple[str, str | None]:
    """Split ``text [code]`` into (text, code); code None when there is none.

    Raises DictionaryError for an unbalanced bracket.
    """
    if body.count("[") != body.count("]"):
        raise src.error(number, f"unbalanced '[' ... ']' in {body.strip()!r}")
    matches = list(_CODE_RE.finditer(body))
    if not matches:
        return body.strip(), None
    match = matches[-1]
    if body[match.end() :].strip():
        raise src.error(number, f"text after the code in {body.strip()!r}")
    return body[: match.start()].strip(), match.group(1).strip()


def parse_event_code(code: str | None) -> tuple[str | None, str | None]:
    """``032:033`` -> ("032", "033"); ``:075`` -> (None, "075"); ``---`` -> (None, None)."""
    if code is None:
        return None, None
    first, _, second = code.partition(":")
    primary = first.strip() or None
    reverse = second.strip() or None
    if primary in NULL_CODES:
        primary = None
    if reverse in NULL_CODES:
        reverse = None
    return primary, reverse


# ----------------------------------------------------------------- verbs

_BLOCK_RE = re.compile(r"^---\s*(.*?)\s*\[([^\]]*)\][-\s]*$")
_FORMS_RE = re.compile(r"\{([^}]*)\}")


def read_verbs(path: Path, warnings: list[str] | None = None) -> VerbDictionary:
    """Read a PETRARCH-2 verb dictionary (``CAMEO.2.0.txt``, ``PETR.Validate.verbs.txt``).

    Raises DictionaryError for a pattern without a code or outside a verb block, a
    malformed block header or an unbalanced bracket.
    """
    notes: list[str] = warnings if warnings is not None else []
    src = _Source(path, notes)
    verbs = VerbDictionary()
    raw_synsets: dict[str, list[tuple[str, int]]] = {}
    block: VerbBlock | None = None
    synset: str | None = None
    pending_patterns: list[tuple[VerbBlock, str, int]] = []

    for number, line in src.lines():
        stripped = line.strip()
        if stripped.startswith("---"):
            match = _BLOCK_RE.match(stripped)
            if not match:
                raise src.error(number, f"malformed verb block header {stripped!r}")
            code, reverse = parse_event_code(match.group(2))
            block = VerbBlock(match.group(1).strip(), code, reverse, src.where(number))
            verbs.blocks.append(block)
            synset = None
        elif stripped.startswith("~"):
            transformation = parse_transformation(stripped, src.where(number))
            if transformation is None:
                src.warn(number, f"transformation not understood; skipped: {stripped!r}")
            else:
                verbs.transformations.append(transformation)
        elif stripped.startswith("&"):
            name = stripped[1:].split()[0].rstrip("_").upper() if stripped[1:].split() else ""
            if not name:
                raise src.error(number, "synset without a name")
            synset = name
            raw_synsets.setdefault(name, [])
        elif stripped.startswith("+") and synset is not None:
            raw_synsets[synset].append((stripped[1:].strip(), number))
        elif stripped.startswith("-"):
            synset = None
            if block is None:
                raise src.error(number, "pattern outside a verb block")
            pending_patterns.append((block, stripped[1:].strip(), number))
        else:
            synset = None
            if block is None:
                src.warn(number, f"text outside a verb block skipped: {stripped!r}")
                continue
            for form in _read_verb_forms(src, number, stripped, block):
                verbs.add_form(form.verb, form)
                for key in _inflection_keys(src, number, stripped):
                    verbs.add_form(key, form)

    verbs.synsets = _expand_synsets(src, raw_synsets)
    for owner, text, number in pending_patterns:
        pattern = _read_pattern(src, number, text, verbs.synsets)
        if pattern is not None:
            owner.patterns.append(pattern)
    return verbs


def _verb_words(src: _Source, number: int, text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """``WIRE_+TAP`` -> ("tap", ("wire",), ()); ``+BREAK_DOWN`` -> ("break", (), ("down",))."""
    words = [w for w in re.split(r"[_\s]+", text.strip()) if w]
    if not words:
        raise src.error(number, f"empty verb form in {text!r}")
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    if len(marked) > 1:
        raise src.error(number, f"more than one '+' verb word in {text!r}")
    index = marked[0] if marked else 0
    clean = [w.lstrip("+").lower() for w in words]
    return clean[index], tuple(clean[:index]), tuple(clean[index + 1 :])


def _read_verb_forms(src: _Source, number: int, line: str, block: VerbBlock) -> list[VerbForm]:
    """The verb form(s) on a verb line ``WORD {forms} [code]``."""
    body, code_text = split_code(src, number, line)
    forms_match = _FORMS_RE.search(body)
    head = _FORMS_RE.sub(" ", body).strip()
    if "{" in head or "}" in head:
        raise src.error(number, f"unbalanced '{{' ... '}}' in {line!r}")
    if not head:
        raise src.error(number, f"verb line without a verb: {line!r}")
    own = code_text is not None
    code, reverse = parse_event_code(code_text) if own else (block.code, block.reverse)
    where = src.where(number)
    verb, pre, post = _verb_words(src, number, head)
    result = [VerbForm(verb, pre, post, block, code, reverse, own, where)]
    if forms_match and (pre or post):
        # multi-word inflections: {+BREAKS_DOWN +BROKE_DOWN}: index by their verb word
        for item in forms_match.group(1).split():
            v, p, q = _verb_words(src, number, item)
            if (p, q) != (pre, post):
                result.append(VerbForm(v, p, q, block, code, reverse, own, where))
    return result


def _inflection_keys(src: _Source, number: int, line: str) -> list[str]:
    """Single-word inflections listed in ``{...}`` (indexed as extra keys)."""
    match = _FORMS_RE.search(line)
    if not match:
        return []
    keys = []
    for item in match.group(1).split():
        if "_" in item or "+" in item:
            continue
        keys.append(item.lower())
    return keys


def _expand_synsets(src: _Source, raw: dict[str, list[tuple[str, int]]]) -> dict[str, list[tuple[str, ...]]]:
    """Expand members (``+&OTHER`` includes another synset) into word tuples."""
    done: dict[str, list[tuple[str, ...]]] = {}

    def expand(name: str, stack: tuple[str, ...]) -> list[tuple[str, ...]]:
        if name in done:
            return done[name]
        members: list[tuple[str, ...]] = []
        for text, number in raw.get(name, []):
            if text.startswith("&"):
                inner = text[1:].strip().rstrip("_").upper()
                if inner in stack or inner not in raw:
                    src.warn(number, f"synset &{inner} unknown or recursive; member skipped")
                    continue
                members.extend(expand(inner, (*stack, inner)))
            else:
                words = tuple(norm_phrase(text).split())
                if words:
                    members.append(words)
        members.sort(key=lambda m: -len(m))
        done[name] = members
        return members

    for name in raw:
        expand(name, (name,))
    return done


_MARKERS = {"+": "target", "$": "source", "%": "compound", "^": "skip"}


def _read_pattern(
    src: _Source, number: int, text: str, synsets: dict[str, list[tuple[str, ...]]]
) -> Pattern | None:
    """Parse ``pre * post [code]``; None (with a warning) when it has no ``*``."""
    body, code_text = split_code(src, number, text)
    if code_text is None:
        raise src.error(number, f"pattern without a [code]: {text!r}")
    code, reverse = parse_event_code(code_text)
    flat = re.sub(r"[(){}]", " ", body)
    pre: list[Element] = []
    post: list[Element] = []
    seen_verb = False
    joined_pre = joined_post = False
    for chunk in flat.split():
        parts = [p for p in chunk.split("_")]
        for i, part in enumerate(parts):
            joined = i > 0
            if part == "":
                continue
            if part == "*":
                if seen_verb:
                    raise src.error(number, f"pattern with two '*': {text!r}")
                seen_verb = True
                joined_pre = joined and bool(pre)
                joined_post = i < len(parts) - 1 and parts[i + 1] != ""
                continue
            element = _element(src, number, part, joined, synsets)
            if element is None:
                continue
            (post if seen_verb else pre).append(element)
    if not seen_verb:
        src.warn(number, f"pattern without '*' skipped: {text!r}")
        return None
    return Pattern(
        tuple(pre),
        tuple(post),
        code,
        reverse,
        f"- {text.strip()}",
        src.where(number),
        joined_pre,
        joined_post,
    )


def _element(
    src: _Source, number: int, part: str, joined: bool, synsets: dict[str, list[tuple[str, ...]]]
) -> Element | None:
    """One pattern element, or None (with a warning) for an unknown synset."""
    if part in _MARKERS:
        return Element(_MARKERS[part], "", joined)
    if part.startswith("&"):
        name = part[1:].rstrip("_").upper()
        if name not in synsets:
            src.warn(number, f"unknown synset &{name}; element skipped")
            return None
        return Element("syn", name, joined)
    if any(ch in part for ch in "+$%^*&"):
        src.warn(number, f"unknown pattern syntax {part!r} read as a word")
    return Element("word", part.lower().rstrip("."), joined)


# ----------------------------------------------------------------- actors

_DATE_RESTRICTION = re.compile(r"^(?:(?P<op>[<>])\s*(?P<d>\d+)|(?P<a>\d+)\s*-\s*(?P<b>\d+))$")


def parse_dict_date(text: str) -> dt.date:
    """``950601`` (YYMMDD; years up to 30 are 20xx) or ``19950601``; raises ValueError."""
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        return dt.date(year, int(text[2:4]), int(text[4:6]))
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")


def _code_options(src: _Source, number: int, items: list[str]) -> list[CodeOption]:
    """``[RUS]``, ``[GBRGOV >19970502]``, ``[HOB < 950601]``, ``[X 900101-970502]``."""
    options = []
    for item in items:
        parts = item.split(None, 1)
        if not parts:
            src.warn(number, "empty actor code [] skipped")
            continue
        code = parts[0].upper()
        restriction = parts[1].strip() if len(parts) > 1 else ""
        if not restriction:
            options.append(CodeOption(code))
            continue
        match = _DATE_RESTRICTION.match(restriction)
        try:
            if not match:
                raise ValueError(f"unknown date restriction {restriction!r}")
            if match.group("op"):
                day = parse_dict_date(match.group("d"))
                if match.group("op") == ">":
                    options.append(CodeOption(code, start=day))
                else:
                    options.append(CodeOption(code, end=day))
            else:
                options.append(
                    CodeOption(code, parse_dict_date(match.group("a")), parse_dict_date(match.group("b")))
                )
        except ValueError as err:
            src.warn(number, f"code [{item}] skipped: {err}")
    return options


def _codes_on_line(src: _Source, number: int, line: str) -> tuple[str, list[str]]:
    """Split a line into (text before the first '[', list of bracket contents)."""
    fixed = line
    if line.count("[") != line.count("]"):
        # a known typo in Phoenix.agents.txt: [~ENV} -- read it, but say so
        repaired = re.sub(r"\[([^\[\]{}]*)\}", r"[\1]", line)
        if "[" not in repaired:
            # a stray ']' in a name (Phoenix: '+FAEROYENE]_'): drop it, but say so
            repaired = repaired.replace("]", "")
        if repaired.count("[") != repaired.count("]"):
            raise src.error(number, f"unbalanced '[' ... ']' in {line.strip()!r}")
        src.warn(number, f"unbalanced bracket repaired: {line.strip()!r} read as {repaired.strip()!r}")
        fixed = repaired
    first = fixed.find("[")
    if first < 0:
        return fixed.strip(), []
    rest = fixed[first:]
    items = _CODE_RE.findall(rest)
    leftover = _CODE_RE.sub(" ", rest).strip()
    if leftover:
        src.warn(number, f"text between or after codes ignored: {leftover!r}")
    return fixed[:first].strip(), items


def read_actors(path: Path, warnings: list[str] | None = None) -> PhraseIndex[ActorEntry]:
    """Read an actor dictionary (``Phoenix.Countries.actors.txt`` …).

    A block is a name line (optionally with codes), ``+synonym`` lines and indented
    ``[CODE date]`` lines. Name lines without codes that follow each other are read as
    synonyms of one block. Raises DictionaryError for unbalanced brackets or a synonym
    before any name.
    """
    notes: list[str] = warnings if warnings is not None else []
    src = _Source(path, notes)
    index: PhraseIndex[ActorEntry] = PhraseIndex()
    names: list[str] = []
    items: list[str] = []
    start = 0

    def flush() -> None:
        if not names:
            return
        options = _code_options(src, start, items)
        if not options:
            src.warn(start, f"actor {names[0]!r} has no usable code; skipped")
            return
        entry = ActorEntry(names[0], tuple(options), src.where(start))
        for name in names:
            index.add(name, entry)

    for number, line in src.lines():
        indented = line[:1].isspace()
        text, codes = _codes_on_line(src, number, line)
        if text.startswith("+"):
            if not names:
                raise src.error(number, f"synonym {text!r} before any actor name")
            phrase = norm_phrase(text[1:])
            if phrase:
                names.append(phrase)
            items.extend(codes)
            continue
        if not text:
            if not names:
                raise src.error(number, "actor code before any actor name")
            items.extend(codes)
            continue
        if indented and not codes:
            src.warn(number, f"indented text without a code read as a name: {text!r}")
        if names and items:
            flush()
            names, items = [], []
        if not names:
            start = number
        phrase = norm_phrase(text)
        if phrase:
            names.append(phrase)
        items.extend(codes)
    flush()
    return index


# ----------------------------------------------------------------- agents

_MACRO_RE = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


def read_agents(path: Path, warnings: list[str] | None = None) -> PhraseIndex[AgentEntry]:
    """Read an agent dictionary: ``NAME {PLURAL ...} [~COD]`` lines (``{}``: no plural
    listed; ``[COD~]``: the code goes before the country) and ``!NAME! = A, B`` macros used
    as ``CATTLE!PERSON!``. A line without a code is skipped with a warning. Raises
    DictionaryError for an unknown macro, a code without a name or unbalanced brackets."""
    notes: list[str] = warnings if warnings is not None else []
    src = _Source(path, notes)
    index: PhraseIndex[AgentEntry] = PhraseIndex()
    macros: dict[str, list[str]] = {}
    for number, line in src.lines():
        stripped = line.strip()
        macro = _MACRO_RE.match(stripped)
        if macro:
            macros[macro.group(1).upper()] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        text, codes = _codes_on_line(src, number, stripped)
        if not codes:
            src.warn(number, f"agent without a [code] skipped: {stripped!r}")
            continue
        if len(codes) > 1:
            src.warn(number, f"agent with several codes; first used: {stripped!r}")
        code = codes[0].strip().upper()
        if "~" not in code:
            src.warn(number, f"agent code {code!r} without '~' read as a suffix")
            prefix, suffix = "", code
        else:
            prefix, _, suffix = code.partition("~")
        plural_match = _FORMS_RE.search(text)
        name_text = _FORMS_RE.sub(" ", text).strip()
        if not name_text:
            raise src.error(number, f"agent without a name: {stripped!r}")
        names = _expand_macros(src, number, name_text, macros)
        if plural_match:
            for item in plural_match.group(1).split():
                names.extend(_expand_macros(src, number, item, macros))
        entry = AgentEntry(norm_phrase(names[0]), prefix.strip(), suffix.strip(), src.where(number))
        for name in names:
            index.add(norm_phrase(name), entry)
    return index


def _expand_macros(src: _Source, number: int, text: str, macros: dict[str, list[str]]) -> list[str]:
    """``CATTLE!PERSON!`` -> [CATTLEMAN, CATTLEMEN, ...]; raises for an unknown macro."""
    match = re.search(r"!(\w+)!", text)
    if not match:
        return [text]
    name = match.group(1).upper()
    if name not in macros:
        raise src.error(number, f"unknown substitution !{name}!")
    out: list[str] = []
    for value in macros[name]:
        out.extend(_expand_macros(src, number, text[: match.start()] + value + text[match.end() :], macros))
    return out


# ----------------------------------------------------------------- discards


def read_discards(path: Path, warnings: list[str] | None = None) -> PhraseIndex[bool]:
    """Read a discard list: one phrase a line; ``+phrase`` discards the whole story,
    a plain phrase the sentence. Raises DictionaryError if the file cannot be read."""
    notes: list[str] = warnings if warnings is not None else []
    src = _Source(path, notes)
    index: PhraseIndex[bool] = PhraseIndex()
    for number, line in src.lines():
        stripped = line.strip()
        story = stripped.startswith("+")
        phrase = norm_phrase(stripped.lstrip("+"))
        if "[" in phrase:
            src.warn(number, f"code in a discard line ignored: {stripped!r}")
            phrase = norm_phrase(phrase.split("[")[0])
        if phrase:
            index.add(phrase, story)
    return index
