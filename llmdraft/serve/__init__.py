"""`llmdraft serve`: the web page and the HTTP API (FastAPI on uvicorn).

Nothing here is imported by the rest of llmdraft, and importing this package does not import
FastAPI: `llmdraft --help` and a draft from the terminal do not pay for the web stack."""
