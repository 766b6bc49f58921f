"""What the gold modules of scripts/gold_*/ share: French typography put on a text typed with plain
spaces and, identically, on its annotation surfaces; and an acronym's accepted expansions.

The texts are typed with plain spaces; :func:`french_typography` puts a no-break space (U+00A0) before
``:`` and inside guillemets, before ``;``, ``!`` and ``?`` (or a narrow no-break space, U+202F, with
``thin``), and between the groups of digits of a number (narrow with ``numthin``).
"""

import re

NBSP = "\u00a0"
NNBSP = "\u202f"


def french_typography(s, thin=False, numthin=False):
    """``s`` with French typography (module docstring)."""
    s = s.replace("« ", "«" + NBSP).replace(" »", NBSP + "»").replace(" :", NBSP + ":")
    for mark in ";!?":
        s = s.replace(" " + mark, (NNBSP if thin else NBSP) + mark)
    return re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NNBSP if numthin else NBSP, s)


def expansions(official, key, *defined):
    """An acronym's accepted expansions: the document's own definition(s) first, then the official
    ones of ``official`` (under the key as written, else case-folded); a KeyError when there are none."""
    out = []
    for expansion in [*defined, *official.get(key, official.get(key.casefold(), []))]:
        if expansion not in out:
            out.append(expansion)
    if not out:
        raise KeyError(key)
    return out


def document(
    id,
    text,
    spans,
    acronyms,
    ignore,
    not_acronyms,
    thin=False,
    numthin=False,
    curly=False,
    typo=True,
    typeset_expansions=False,
):
    """A DOCS entry with French typography (unless ``typo`` is false) and, with ``curly``, curly
    apostrophes on the text and every surface; with ``typeset_expansions`` an acronym's expansions
    are accepted as typed and as typeset."""

    def t(s):
        s = french_typography(s, thin, numthin) if typo else s
        return s.replace("'", "\u2019") if curly else s

    def f(a):
        return (t(a[0]), *a[1:])

    def fa(a):
        if not typeset_expansions:
            return f(a)
        exps = a[2] if len(a) > 2 else None
        if exps is None:
            return (t(a[0]), a[1], None)
        out = []
        for e in exps:
            for v in (e, t(e)):
                if v not in out:
                    out.append(v)
        return (t(a[0]), a[1], out)

    return dict(
        id=id,
        text=t(text),
        spans=[f(a) for a in spans],
        acronyms=[fa(a) for a in acronyms],
        ignore=[f(a) for a in ignore],
        not_acronyms=[f(a) for a in not_acronyms],
    )
