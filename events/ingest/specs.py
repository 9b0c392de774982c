"""What a source spec may be, in one sentence: for the command line's help and the readers'
error messages (a module of its own so that building the command line imports no reader)."""

SPEC_FORMS = ("rss:URL, atom:URL, url:URL, urls:FILE, file:PATH, dir:PATH, "
              "an http(s) URL or an existing path")
"""What a source spec may be (for help and error messages)."""
