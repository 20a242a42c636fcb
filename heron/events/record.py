"""One constructor for event records, whoever finds the event (the lexical coder, the
classifier's proposals): the document's fields, a stable id and the ontology's quad class,
intensity and default CAMEO code are filled in one way."""
from __future__ import annotations

import hashlib
from typing import Any

from heron import __version__, ontology
from heron.document import Document, Event


def new_event(document: Document, event_type: str, mode: str | None, cameo: str | None, id_key: str,
              **fields: Any) -> Event:
    """`id_key` makes the id unique within the document (the trigger's offset); the id is stable
    across runs of the same coder on the same text."""
    quad, intensity, default_cameo = ontology.score(event_type, mode)
    digest = hashlib.sha1(f"{document.id}|{event_type}|{id_key}".encode()).hexdigest()[:12]
    return Event(event_id=f"{document.id}-{digest}", doc_id=document.id, event_type=event_type, mode=mode,
                 quad_code=quad, intensity=intensity, cameo=cameo or default_cameo,
                 language=document.language or "", publication_date=document.publication_date,
                 source=document.source, url=document.url, coder_version=__version__, **fields)
