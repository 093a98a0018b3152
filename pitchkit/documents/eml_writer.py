"""A document as an email draft (.eml) that Outlook and Thunderbird open for editing.

Built with the standard library's `email` package: `X-Unsent: 1` marks it as a draft,
To: holds the invitees who have an email address (`WriteOptions.recipients`), the subject
is the document's "Subject:" line (else its title), the body is multipart/alternative
plain text and HTML, and `WriteOptions.attachments` (the one-pager as .docx) are attached.
"""

from __future__ import annotations

import os
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from typing import assert_never

from pitchkit.core.messages import text
from pitchkit.core.safe_write import write_atomic
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions
from pitchkit.documents.html_writer import render_html
from pitchkit.documents.tree import (
    Block,
    Document,
    Heading,
    Image,
    ListBlock,
    PageBreak,
    Paragraph,
    Quote,
    Table,
    plain_text,
)

SUBJECT_PREFIXES = ("subject:", "onderwerp:")
DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def split_subject(doc: Document) -> tuple[str, Document]:
    """(the subject, the body): the "Subject:" paragraph and a leading title heading leave the body."""
    blocks = list(doc.blocks)
    subject = ""
    for index, block in enumerate(blocks[:4]):
        if isinstance(block, Paragraph):
            line = plain_text(block.inlines).strip()
            if line.casefold().startswith(SUBJECT_PREFIXES):
                subject = line.split(":", 1)[1].strip()
                del blocks[index]
                break
    if subject and blocks and isinstance(blocks[0], Heading) and blocks[0].level == 1:
        del blocks[0]  # the template's own title ("Follow-up: ..."): the subject says it
    return subject or doc.title, Document(title="", author=doc.author, blocks=blocks, language=doc.language)


def plain_body(blocks: list[Block], indent: str = "") -> str:
    """The blocks as plain text, paragraphs separated by a blank line."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading | Paragraph):
            parts.append(indent + plain_text(block.inlines).strip())
        elif isinstance(block, ListBlock):
            items = []
            for number, item in enumerate(block.items, start=block.start):
                mark = f"{number}. " if block.ordered else "- "
                items.append(indent + mark + plain_body(item, indent + "  ").strip())
            parts.append("\n".join(items))
        elif isinstance(block, Table):
            rows = [block.header, *block.rows]
            parts.append("\n".join(indent + " | ".join(plain_text(cell).strip() for cell in row) for row in rows))
        elif isinstance(block, Quote):
            parts.append("\n".join("> " + line for line in plain_body(block.blocks).splitlines()))
        elif isinstance(block, Image):
            parts.append(indent + f"[{block.alt or 'picture'}]")
        elif isinstance(block, PageBreak):
            continue
        else:
            assert_never(block)
    return "\n\n".join(part for part in parts if part.strip())


def draft_message(doc: Document, options: WriteOptions = NO_OPTIONS) -> EmailMessage:
    """The draft as an `EmailMessage`."""
    subject, body = split_subject(doc)
    message = EmailMessage(policy=SMTP)
    message["Subject"] = subject
    addresses = []
    for name, address in options.recipients:
        try:
            addresses.append(Address(display_name=name, addr_spec=address))
        except (ValueError, IndexError):
            continue  # the health of addresses is the register's business; a bad one is left out
    if addresses:
        message["To"] = addresses
    message["X-Unsent"] = "1"
    message["X-Mailer"] = "PitchKit"
    message.set_content(plain_body(body.blocks) + "\n")
    message.add_alternative(render_html(body), subtype="html")
    for filename, data in options.attachments:
        message.add_attachment(data, maintype=DOCX_TYPE[0], subtype=DOCX_TYPE[1], filename=filename)
    # RFC 3282, after the body: setting the content drops the Content-* headers set before.
    message["Content-Language"] = doc.language
    return message


def write_eml(doc: Document, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write `doc` as an email draft at `out_path` (atomically); warns when no one is addressed."""
    message = draft_message(doc, options)
    write_atomic(out_path, message.as_bytes())
    return [] if message["To"] else [text("eml-no-recipients")]
