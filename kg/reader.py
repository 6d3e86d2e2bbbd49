"""Read a report file (.txt, .html, .docx, .pdf) into normalised plain text."""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from zipfile import BadZipFile

from kg.errors import InputError

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf")
MAX_BYTES = 64 * 1024 * 1024
# The longest report in the corpus has 57 K characters; far past that, a file holds many reports.
MAX_CHARS = 3_000_000
MIN_HAN_SHARE = 0.2  # of non-space characters; reports are far above, English pages far below

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RUN = re.compile(f"[{_HAN}]+")
_SPACE_RUN = re.compile(r"\s+")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]")
_BINARY_RE = re.compile("[\x00-\x08\x0e-\x1f]")
_FULLWIDTH_RUN = re.compile("[\uff01-\uff5e]+")
_HALFWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}

# Line joining runs after full-width forms became ASCII, so only ASCII forms appear below.
# A break may be joined only between two _WRAPPABLE characters.
_WRAPPABLE = re.compile(f"[{_HAN}0-9A-Z\u3001-\u303f\u2014\u2018-\u201d\u00b7,()]")
_NO_LINE_START = "。,、;:!?)》」』”’%"
_NO_LINE_END = ",、(《「『“‘"
_NAME_AT_END = re.compile(f"[{_HAN}]\\s+[{_HAN}]{{1,4}}$")
_SENTENCE_END = "。!?;:…"
_CLOSERS = "”’」』》)】〕\"'"
_CLAUSE_PUNCT = re.compile("[,、。;]")
_HEADING = re.compile(
    r"[一二三四五六七八九十百]+、|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+[是要]"
    r"|第[一二三四五六七八九十百\d]+[章节部分篇条]|\d+[、.]\D|——|各位代表"
)

# UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Pages labelled GB2312/GBK routinely use characters only GB18030 (their superset) has.
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)


def read_text(path: str | Path) -> str:
    """Return the plain text of the report at *path*, normalised by :func:`normalize_text`.

    The format follows the suffix: .html/.htm (main text only), .docx, .pdf
    (text layer); anything else is read as text in UTF-8/16/32 (with or without
    BOM), GB18030/GBK or Big5. Traditional characters are kept as they are:
    extraction reads them through a simplified copy (kg.script), so nothing is
    converted here.
    Raises InputError when the file is missing, a folder, empty, too large,
    binary, unreadable or holds no Chinese text.
    """
    path = Path(path)
    size = _check_file(path)
    if size > MAX_BYTES:
        raise InputError(path, f"file too large ({_format_size(size)} > {_format_size(MAX_BYTES)})")
    reader = _READERS.get(path.suffix.lower(), _read_plain)
    try:
        text = normalize_text(reader(path))
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from exc
    if not text.strip():
        raise InputError(path, "file is empty")
    if len(text) > MAX_CHARS:
        raise InputError(path, f"longer than any report ({len(text):,} characters > {MAX_CHARS:,}); "
                               "split it into one file per report")
    if _han_share(text) < MIN_HAN_SHARE:
        raise InputError(path, "no Chinese text found")
    return text


_SPACED_DIGITS = re.compile(r"(?<=[0-9.]) (?=[0-9.%年月日万亿])")


_ASCII_QUOTED = re.compile(r'"([^"\n]{1,40})"')


def normalize_text(text: str) -> str:
    """Normalise extracted report text; every reader's output goes through this.

    In order: CRLF/CR become LF; zero-width characters (U+200B-U+200D, U+2060,
    U+FEFF) and C0/C1 control characters other than newline and tab are removed;
    full-width ASCII (U+FF01-U+FF5E) becomes ASCII, one character for one;
    a space set between the digits of a number ("7 4 7 7 2 亿元", "8 .8 %") is
    removed; Chinese words in straight double quotes, as web pages give them ("百馆之城"), get
    the Chinese quotation marks (“百馆之城”); trailing spaces are stripped and line breaks inside a sentence are joined
    (see :func:`_join_wrapped_lines`); runs of three or more newlines become two.

    >>> normalize_text("２０２２年地区生产总值完成１０６２亿元，同比增长\\r\\n８％。\\u200b")
    '2022年地区生产总值完成1062亿元,同比增长8%。'
    >>> normalize_text('新增10个"百馆之城"项目,"5G"基站')
    '新增10个“百馆之城”项目,"5G"基站'
    >>> normalize_text("1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元,增长8 ．8 ％")
    '1997年国内生产总值达到74772亿元,增长8.8%'
    >>> normalize_text("一、工作回顾\\n\\n\\n\\n过去一年，我们完成了《政府工作报\\n告》确定的任务。")
    '一、工作回顾\\n\\n过去一年,我们完成了《政府工作报告》确定的任务。'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub("", text)
    # Translating only the full-width runs is three times faster than translating all text.
    text = _FULLWIDTH_RUN.sub(lambda run: run[0].translate(_HALFWIDTH), text)
    text = _SPACED_DIGITS.sub("", text)
    text = _ASCII_QUOTED.sub(lambda m: f"“{m[1]}”" if _HAN_RUN.search(m[1]) else m[0], text)
    text = _join_wrapped_lines(text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def iter_report_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into the sorted report files they hold.

    Folders are searched recursively for SUPPORTED_SUFFIXES, skipping hidden
    files and folders; a file named directly is kept whatever its suffix.
    """
    found: dict[Path, None] = {}
    for item in map(Path, paths):
        if item.is_file():
            found[item] = None
        elif item.is_dir():
            reports = sorted(
                path for path in item.rglob("*")
                if path.is_file()
                and path.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in path.relative_to(item).parts)
            )
            if not reports:
                suffixes = " ".join(SUPPORTED_SUFFIXES)
                raise InputError(item, f"no report files ({suffixes}) in folder")
            found.update(dict.fromkeys(reports))
        else:
            raise InputError(item, "no such file")
    return list(found)


def _check_file(path: Path) -> int:
    if path.is_dir():
        raise InputError(path, "is a folder, not a report file")
    if not path.is_file():
        raise InputError(path, "no such file")
    size = path.stat().st_size
    if size == 0:
        raise InputError(path, "file is empty")
    return size


def _format_size(size: int) -> str:
    for unit, factor in (("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return f"{size} B"


def _han_count(text: str) -> int:
    return sum(map(len, _HAN_RUN.findall(text)))


def _han_share(text: str) -> float:
    """Share of Han characters among non-space characters."""
    return _han_count(text) / max(1, len(text) - sum(map(len, _SPACE_RUN.findall(text))))


def _join_wrapped_lines(text: str) -> str:
    """Remove single line breaks that split a sentence, keeping paragraphs and headers.

    A break is always joined when the next line starts with punctuation that
    cannot start a line (。,、》…) or the text before ends with punctuation that
    cannot end one (,、《“…). Otherwise it is joined only between Han, digits,
    capitals or CJK punctuation, when the next line is neither blank, indented
    nor a heading (一、 (一) 一是 第X章 1. —— 各位代表), the text before does not
    end a sentence (。!?;:…), and that text is running prose: it holds a comma,
    、 or full stop outside any heading number. Title, date and speaker lines
    hold no such punctuation, and names set off by a space end a header line,
    so a report's header lines stay apart; so do headings without a full stop.

    >>> _join_wrapped_lines("2022年政府工作报告\\n——2021年12月6日\\n区长  林宇航\\n各位代表:")
    '2022年政府工作报告\\n——2021年12月6日\\n区长  林宇航\\n各位代表:'
    >>> _join_wrapped_lines("国务院发出《\\n关于职工教育的决定\\n》,要求\\n各地落实。\\n一、回顾\\n过去一年")
    '国务院发出《关于职工教育的决定》,要求各地落实。\\n一、回顾\\n过去一年'
    """
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip()
        if lines and _continues(lines[-1], line):
            lines[-1] += line
        else:
            lines.append(line)
    return "\n".join(lines)


def _continues(paragraph: str, line: str) -> bool:
    if not paragraph or not line or line[0].isspace():
        return False
    if line[0] in _NO_LINE_START or paragraph[-1] in _NO_LINE_END:
        return True
    if not (_WRAPPABLE.match(paragraph[-1]) and _WRAPPABLE.match(line[0])):
        return False
    if paragraph.rstrip(_CLOSERS)[-1:] in _SENTENCE_END or _HEADING.match(line):
        return False
    if _NAME_AT_END.search(paragraph) or (len(line) <= 20 and _NAME_AT_END.search(line)):
        return False  # a speaker line or photo credit: "省长 李炳军", "记者 李森 摄"
    if len(line) == 1 or len(paragraph) == 1 or _HEADING.fullmatch(paragraph):
        return True  # a stranded character or a bare list number
    paragraph = paragraph.lstrip()
    heading = _HEADING.match(paragraph)
    if heading and "。" not in paragraph:
        return False
    return bool(_CLAUSE_PUNCT.search(paragraph, heading.end() if heading else 0))


def _decode(data: bytes, path: Path, declared: str | None = None) -> str:
    """Decode report bytes: BOM, declared charset, UTF-8, detection, then GB18030."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(path, "not a text report: binary data") from None
    if b"\x00" in data:
        raise InputError(path, "not a text report: binary data")
    for encoding in (declared, "utf-8"):
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding.startswith(("gb", "big5", "cp950", "hz", "utf")):
        return str(best)
    try:  # detection is unsure on short Chinese text (it may guess Korean); GBK is the usual case
        return data.decode("gb18030")
    except UnicodeDecodeError:
        if best is None:
            raise InputError(path, "not a text report: binary data") from None
        return str(best)


def _check_not_binary(text: str, path: Path) -> str:
    if len(_BINARY_RE.findall(text)) > max(16, len(text) / 100):  # a few stray controls are noise
        raise InputError(path, "not a text report: binary data")
    return text


def _read_plain(path: Path) -> str:
    return _check_not_binary(_decode(path.read_bytes(), path), path)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return _CHARSET_ALIASES.get(name, name)


def _read_html(path: Path) -> str:
    data = path.read_bytes()
    html = _check_not_binary(_decode(data, path, _declared_charset(data)), path)
    return _html_main_text(html)


# HTML main text. A small html.parser tree with a text-density rule was chosen over
# trafilatura/readability: report pages are one long article (10-60 K characters)
# beside a few hundred characters of navigation, so "descend while one child holds
# nearly all the Han text" finds the article reliably, with no lxml dependency.
_DROP_TAGS = frozenset(
    "script style noscript template head nav header footer aside form iframe svg "
    "button select textarea object".split()
)
_VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
_BLOCK_TAGS = frozenset(
    "address article blockquote br center dd div dl dt figcaption h1 h2 h3 h4 h5 h6 hr "
    "li main ol p pre section table td th tr ul".split()
)
# Elements the article may be; inline ones (font, span) left unclosed would nest the page.
_CONTAINER_TAGS = frozenset(
    "html body main article section div center td table tbody tr form blockquote".split()
)
# A start tag of these closes an open <p>, as browsers do.
_CLOSES_P = _BLOCK_TAGS - {"br", "td", "th", "tr"}
_P_SCOPE = frozenset("table td th caption button".split())
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav\w*|menu\w*|breadcrumbs?|crumbs?|toolbar|share\w*|footer)(?:$|[\s_-])", re.I
)
_BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "toolbar", "search"})
_MAIN_SHARE = 0.9  # a child holding this share of its parent's Han text is the article
_SPACES = re.compile(r"\s+")


class _Node:
    __slots__ = ("tag", "children", "han")

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.children: list[_Node | str] = []
        self.han = 0

    def walk(self) -> Iterator[_Node]:
        """Yield this node and its descendants in document order, without recursion."""
        stack: list[_Node] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(child for child in reversed(node.children) if isinstance(child, _Node))


class _TreeBuilder(HTMLParser):
    """Build a _Node tree; boilerplate elements are built detached and so dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root")
        self._open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _CLOSES_P:
            self._close_open_p()
        node = _Node(tag)
        if not _is_boilerplate(tag, dict(attrs)):
            self._open[-1].children.append(node)
        if tag not in _VOID_TAGS:
            self._open.append(node)

    def _close_open_p(self) -> None:
        for depth in range(len(self._open) - 1, 0, -1):
            tag = self._open[depth].tag
            if tag in _P_SCOPE:
                return
            if tag == "p":
                del self._open[depth:]
                return

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._open) - 1, 0, -1):
            if self._open[depth].tag == tag:
                del self._open[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._open[-1].children.append(_SPACES.sub(" ", data))


def _is_boilerplate(tag: str, attrs: dict[str, str | None]) -> bool:
    if tag in _DROP_TAGS or attrs.get("role") in _BOILERPLATE_ROLES or "hidden" in attrs:
        return True
    return any(_BOILERPLATE.search(attrs.get(name) or "") for name in ("class", "id"))


def _html_main_text(html: str) -> str:
    """Return the main text of an HTML page, one line per block element.

    >>> _html_main_text("<nav>首页 > 工作报告</nav><h1>政府工作报告</h1>"
    ...     "<div><p>各位代表:</p><p>现在,我代表区人民政府向大会报告工作。</p></div>"
    ...     "<footer>主办:区人民政府</footer>")
    '政府工作报告\\n各位代表:\\n现在,我代表区人民政府向大会报告工作。'
    """
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    root = builder.root
    for node in reversed(list(root.walk())):  # children before parents; link text does not count
        node.han = sum(
            _han_count(child) if isinstance(child, str) else child.han * (child.tag != "a")
            for child in node.children
        )
    main = root
    while True:
        containers = (c for c in main.children if isinstance(c, _Node) and c.tag in _CONTAINER_TAGS)
        child = max(containers, key=lambda c: c.han, default=None)
        if child is None or child.han < _MAIN_SHARE * main.han:
            break
        main = child
    inside = {id(node) for node in main.walk()}
    titles = [n for n in root.walk() if n.tag == "h1" and n.han and id(n) not in inside]
    return "\n".join(_render(node) for node in [*titles[:1], main])


def _render(node: _Node) -> str:
    parts: list[str] = []
    stack: list[_Node | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        if item.tag in _BLOCK_TAGS:
            parts.append("\n")
            stack.append("\n")
        stack.extend(reversed(item.children))
    lines = (line.strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _read_docx(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        document = docx.Document(str(path))
        return "\n".join(_docx_lines(document))
    except (PackageNotFoundError, BadZipFile, KeyError, ValueError, LxmlError) as exc:
        raise InputError(path, f"cannot read DOCX: {exc or type(exc).__name__}") from exc


def _docx_lines(container) -> Iterator[str]:
    """Yield paragraph texts in document order, table cells included (merged cells once)."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            seen = set()  # a merged cell appears once per grid column it spans
            for row in block.rows:
                for cell in row.cells:
                    if cell._tc not in seen:
                        seen.add(cell._tc)
                        yield from _docx_lines(cell)
        elif block.text.strip():
            yield block.text


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        pages = [page.extract_text() or "" for page in PdfReader(path).pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(path, f"cannot read PDF: {exc or type(exc).__name__}") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise InputError(path, "PDF has no text layer (scanned?); run OCR first")
    return text


_READERS = {".html": _read_html, ".htm": _read_html, ".docx": _read_docx, ".pdf": _read_pdf}
