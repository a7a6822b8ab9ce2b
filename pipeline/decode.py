"""Bytes → text: encoding detection, binary detection, mojibake repair, line ends.

One public function, :func:`decode`, used by every reader in ``pipeline.readers``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

# Magic numbers of binary formats a news folder is likely to hold by mistake.
BINARY_SIGNATURES = (
    b"\x89PNG",  # PNG
    b"%PDF-",  # PDF
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",  # JPEG
    b"PK\x03\x04",  # ZIP, DOCX, XLSX, EPUB
    b"\x1f\x8b",  # gzip
    b"BZh",  # bzip2
    b"\xfd7zXZ\x00",  # xz
    b"7z\xbc\xaf\x27\x1c",
    b"\x7fELF",
    b"RIFF",  # WAV, AVI, WEBP
    b"ID3",  # MP3
    b"\xd0\xcf\x11\xe0",  # old MS Office
)

# Encodings read as they are when charset-normalizer proposes them.
WESTERN = {"utf-8", "ascii", "cp1252", "iso8859-1", "iso8859-15"}

# Text decoded as Windows-1252 with at most this share of non-ASCII characters is
# taken as Windows-1252 even when charset-normalizer guesses otherwise (it reads short,
# mostly English texts with one "£" as cp932 or cp1250).
MAX_NON_ASCII_SHARE = 0.1

# Share of control characters (other than tab and line ends) above which a decoded text
# is not plausible text.
MAX_CONTROL_SHARE = 0.05

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class Decoded:
    """Text decoded from a file, and the name of the encoding it was read with."""

    text: str
    encoding: str


def decode(data: bytes) -> Decoded | None:
    """Decode the bytes of a text file; ``None`` when they are binary.

    Order: a UTF-32/UTF-16/UTF-8 byte-order mark decides; bytes with a known binary
    signature (PNG, PDF, ZIP, ...) or NUL bytes are binary; valid UTF-8 is UTF-8; else
    mostly-ASCII bytes that Windows-1252 can decode are Windows-1252; else
    charset-normalizer's best guess; no guess (random bytes) is binary. The text then
    has its mojibake repaired (:func:`fix_mojibake`), CRLF and CR turned into LF, lone
    surrogates replaced by U+FFFD and, once it has passed as text, C1 control characters
    read as the Windows-1252 characters they stand for (:func:`fix_c1_controls`).

    Args:
        data: the whole file.

    Returns:
        The text and the encoding's name ("utf-8", "utf-8-sig", "utf-16", "utf-32",
        "cp1252", ...), or ``None`` for binary content. Empty bytes give empty text
        with encoding "utf-8".

    Limits: UTF-16 and UTF-32 are read only with a byte-order mark (without one their
    NUL bytes make the file binary). An HTML ``<meta charset>`` declaration is not
    consulted. A file that mixes encodings is read with one of them.
    """
    decoded = _decode_raw(data)
    if decoded is None:
        return None
    text = clean_text(fix_mojibake(decoded.text))
    if _control_share(text) > MAX_CONTROL_SHARE:
        return None
    return Decoded(fix_c1_controls(text), decoded.encoding)


def clean_text(text: str) -> str:
    """Turn CRLF and CR into LF and lone surrogates into U+FFFD (Arrow needs valid UTF-8)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SURROGATE.sub("\ufffd", text)


def repair_text(text: str) -> str:
    """A text field read from JSON or HTML made like decoded file text: mojibake
    repaired, line ends and surrogates cleaned, C1 controls read as Windows-1252."""
    return fix_c1_controls(clean_text(fix_mojibake(text)))


_C1 = re.compile(r"[\x80-\x9f]")


def fix_c1_controls(text: str) -> str:
    """Read each C1 control character (U+0080..U+009F) as the Windows-1252 character of
    that byte: text once decoded as Latin-1 keeps "\\x92" for "’" and "\\x93" for "“",
    which split words and names ("Hospital\\x92s"). Limits: the five bytes Windows-1252
    leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are."""

    def as_cp1252(match: re.Match[str]) -> str:
        try:
            return bytes([ord(match.group())]).decode("cp1252")
        except UnicodeDecodeError:
            return match.group()

    return _C1.sub(as_cp1252, text)


def _decode_raw(data: bytes) -> Decoded | None:
    for bom, codec, name in (
        (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
    ):
        if data.startswith(bom):
            return Decoded(data.decode(codec, errors="replace"), name)
    if data.startswith(BINARY_SIGNATURES) or b"\x00" in data:
        return None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    guess = charset_normalizer.from_bytes(data).best()
    guessed = codecs.lookup(guess.encoding).name if guess is not None else None
    if guessed in WESTERN:
        return Decoded(str(guess), guessed)
    western = _as_cp1252(data)
    if western is not None:
        return Decoded(western, "cp1252")
    if guess is None:
        return None
    return Decoded(str(guess), guessed or guess.encoding)


def _as_cp1252(data: bytes) -> str | None:
    """The bytes as Windows-1252 when that decodes them and most of them are ASCII."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = sum(1 for char in text if ord(char) > 127)
    return text if non_ascii <= MAX_NON_ASCII_SHARE * len(text) else None


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


# --- mojibake -------------------------------------------------------------------------
# UTF-8 bytes wrongly decoded as Windows-1252 (or Latin-1) leave a lead character
# (Â..ô for the bytes C2..F4) followed by one to three continuation characters (those
# whose Windows-1252 or Latin-1 byte is 80..BF): "â€™" for "’", "Ã©" for "é".


def _byte_of(char: str) -> int | None:
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char) if ord(char) < 256 else None


def _chars_for(low: int, high: int) -> str:
    chars = {chr(code) for code in range(0x80, 0x100)} | {
        bytes([code]).decode("cp1252", errors="ignore") for code in range(0x80, 0x100)
    }
    chars.discard("")
    return "".join(sorted(c for c in chars if (b := _byte_of(c)) is not None and low <= b <= high))


_CONT = re.escape(_chars_for(0x80, 0xBF))
_MOJIBAKE = re.compile(
    f"[{re.escape(_chars_for(0xC2, 0xDF))}][{_CONT}]"
    f"|[{re.escape(_chars_for(0xE0, 0xEF))}][{_CONT}]{{2}}"
    f"|[{re.escape(_chars_for(0xF0, 0xF4))}][{_CONT}]{{3}}"
)


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 text that was once decoded as Windows-1252: "â€™" → "’", "Ã©" → "é".

    Each run of a lead character and its continuation characters is turned back into
    bytes and decoded as UTF-8; runs that are not valid UTF-8 are left as they are, so
    ordinary accented text ("São Paulo", "café") is untouched.

    Limits: repairs one layer of mojibake only (not text mis-decoded twice), and not
    UTF-8 read as an encoding other than Windows-1252 or Latin-1. A genuine sequence
    such as "Ã©" in a text about mojibake would be "repaired" too.
    """

    def repair(match: re.Match[str]) -> str:
        raw = bytes(_byte_of(char) or 0 for char in match.group())
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return match.group()

    return _MOJIBAKE.sub(repair, text)
