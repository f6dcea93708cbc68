"""Attribute context to a mention: what is measured (metric), about whom (entity), for when (period).

With a parser, the metric comes from the dependency tree: the noun a count
modifies, or the subject of the verb a value attaches to, with its modifiers and
``of``-complements; shares ("4.13% of GDP") name the whole. Without a parser
(blank pipeline, ``--fast``) the metric is a window of nearby content words.
Every decision is recorded in ``mention.explain``.
"""

from __future__ import annotations

import bisect

import re
from typing import Any

from ..model import Mention
from .times import TimeExpr, shift

_DROP_MODIFIERS = {"total", "overall", "whole", "entire", "combined", "cumulative", "aggregate", "new", "about",
                   "some", "more", "less", "than", "nearly", "around", "approximately", "roughly", "other",
                   "such", "same", "own", "its", "their", "current", "currently", "latest", "record", "last", "this",
                   "next", "year", "annual"}
_VAGUE_HEADS = {"proportion", "share", "ratio", "figure", "number", "amount", "rate", "percentage", "it", "this",
                "that", "which", "one", "total", "sum", "level", "value", "them", "they", "these", "those", "he", "she",
                "i", "we", "you", "who"}
_PLACEHOLDERS = {"city": "city", "district": "district", "province": "province", "country": "country",
                 "state": "state", "company": "company", "group": "company", "firm": "company",
                 "region": "region", "town": "city", "municipality": "city", "nation": "country"}
_CLIMB = {"pobj", "prep", "dobj", "attr", "npadvmod", "nummod", "appos", "quantmod", "advmod", "pcomp", "oprd",
          "acomp", "dep", "conj", "cc", "compound", "amod", "nmod", "punct", "xcomp", "advcl", "acl", "ccomp", "relcl"}
_SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
_PLACEHOLDER = re.compile(r"\b(?:the|this|our)\s+(?:city|district|province|country|state|company|group|firm|region|town|municipality|nation)\b", re.IGNORECASE)
_CONNECT = re.compile(r"^[\s,]*(?:\([^()]{0,60}\)\s*)?(?:in|by|as of|for|during|at|on|since|until|through|of|from)?\s*(?:the\s+)?(?:same\s+period\s+|corresponding\s+period\s+)?(?:end of\s+)?$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:on|from|than|over|with|versus|vs\.?|against|compared to)\s+(?:the\s+same\s+\w+\s+)?$", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:said|says|announced|reported|estimated|told|showed|wrote|added)\s+(?:(?:on|late|early)\s+)?$", re.IGNORECASE)
_REPORTED_DOC = re.compile(r"\b(?:said|says|announced|reported|estimated|told|showed|wrote|added)\s+in\s+(?:the|a|its|their)\s+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas|with|after|before|as|bringing|taking|lifting|giving|noting)\b|\s(?:while|whereas)\s")
_BODY = re.compile(r"\b(?:Ministry|Minister|Department|Office|Bureau|Treasury|Cabinet|Agency|Council|Government|government|"
                   r"Institute|institute|Board|Statistics|Commission|Parliament|Lok Sabha|Senate|Congress)\b")
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
_NOT_MEASURES = {"year", "month", "quarter", "week", "day", "period", "statement", "report", "time", "total"}
_DAYS = ("weekday", "day")
_COMPARED_VALUE = re.compile(r"\b(?:up|down|rising|falling|compared|versus|vs\.?|against|from)\s+(?:with\s+|from\s+|to\s+)?"
                             r"(?:a\s+record\s+|about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
_GENERIC = {"people", "person", "individual"}
_TIME_UNITS = {"year", "month", "week", "day", "decade", "hour", "minute", "century", "quarter"}
_RATES = {"rate", "ratio", "share", "margin", "proportion", "percentage", "inflation", "yield", "level"}
_NAMED_THINGS = {"scheme", "network", "programme", "program", "line", "project", "initiative", "corridor", "highway",
                 "railway", "bridge", "fund", "plan"}
_CHANGES = {**dict.fromkeys(["rise", "grow", "increase", "climb", "jump", "expand", "gain", "surge", "soar"], "growth"),
            **dict.fromkeys(["fall", "decline", "drop", "slip", "slide", "plunge", "tumble"], "decline"),
            **dict.fromkeys(["shrink", "contract"], "contraction")}
_ACTIONS = {"invest": "investment", "spend": "spending", "earn": "earnings", "borrow": "borrowing", "lend": "lending",
            "raise": "funds raised", "pay": "payment", "export": "export", "import": "import", "sell": "sales",
            "produce": "production", "employ": "employee", "hire": "hire", "cost": "cost", "donate": "donation",
            "allocate": "allocation", "award": "award", "budget": "budget", "owe": "debt", "lose": "loss"}
_SAY = {"say", "announce", "report", "estimate", "tell", "show", "add", "note", "state"}
_NAMED = re.compile(r"\b(?:Act|Vision|Agenda)\s+(?:of\s+)?$")
_ATTRIBUTIVE = re.compile(r"\s+(?!(?:in|and|to|from|of|for|on|at|by|as|with|was|were|is|are|when|after|before|the|a|an|or|"
                          r"but|than|while|compared|versus|vs|through|until|up|down|levels?)\b)[a-z][a-z-]+")
_NOUN_OF = re.compile(r"^\s+[\w-]+(?:\s+[\w-]+){0,2}\s+(?:of|at|was|were|reached|totall?ed|hit)\s+"
                      r"(?:about\s+|around\s+|nearly\s+|some\s+|a\s+record\s+)?$")
_STOP = {"the", "a", "an", "of", "in", "and", "or", "to", "for", "by", "on", "at", "with", "from", "as", "is", "was",
         "were", "are", "be", "been", "has", "have", "had", "that", "which", "this", "these", "its", "their", "it",
         "while", "than", "more", "less", "about", "around", "over", "under", "up", "into", "per", "also", "there",
         "reached", "accounting", "totaled", "totalled", "hit", "rose", "fell", "grew", "increased", "decreased",
         "stood", "reaching", "city", "city's", "s", "year", "last", "said", "says", "will", "would", "can",
         "could", "some", "nearly", "almost", "only", "just", "all", "most", "many", "new", "according"}


def attribute(mention: Mention, text: str, sdoc: Any, times: list[TimeExpr], owned: set[int],
              defaults: dict[str, Any], previous: Mention | None) -> None:
    """Fill ``metric``, ``entity`` and ``period`` of ``mention`` in place."""
    s0, s1 = mention.sentence
    if sdoc is not None and sdoc.has_annotation("DEP"):
        span = sdoc.char_span(mention.start - s0, mention.end - s0, alignment_mode="expand")
        mention.metric, why = _metric_parse(span, mention) if span is not None else (None, "no token span")
        mention.explain["metric_mode"] = "parse"
    else:
        mention.metric, why = _metric_window(text, mention)
        mention.explain["metric_mode"] = "window"
    mention.explain["metric_from"] = why
    # "up from 720 a year earlier", "compared with US$0.61": the earlier value of the same measure
    compared = bool(previous is not None and previous.sentence == mention.sentence and previous.metric
                    and _COMPARED_VALUE.search(text[max(s0, mention.start - 30):mention.start]))
    refers_back = compared or bool(mention.metric and mention.metric.split()[-1] in _VAGUE_HEADS and previous is not None and previous.metric)
    if refers_back and previous is not None:
        mention.explain["metric_from"] = f"'{mention.metric}' refers back to '{previous.metric}'"
        mention.metric = previous.metric
        mention.entity, mention.explain["entity_from"] = previous.entity, "inherited with the metric it refers back to"
        own = _subject_entity(mention, sdoc, text)
        if own[0]:  # "China exported 680,000 ..., and BYD alone sold 1.86 million of them"
            mention.entity, mention.explain["entity_from"] = own
    else:
        mention.entity, mention.explain["entity_from"] = _entity(mention, text, sdoc, defaults)
    _continue_subject(mention, defaults)
    if mention.metric and mention.entity and mention.metric.lower() == mention.entity.lower():
        mention.explain["metric_from"] += " (dropped: names the entity, not a measure)"
        mention.metric = None
    mention.period, mention.explain["period_from"] = _period(mention, text, times, owned, defaults.get("paragraph"),
                                                                     defaults.get("spans", ()))


def _continue_subject(mention: Mention, defaults: dict[str, Any]) -> None:
    """A sentence with no name of its own ("Quarterly revenue was C$3.9 billion.") continues the paragraph's last one."""
    paragraph = defaults.get("paragraph")
    last = defaults.get("last_entity")
    if mention.entity is None and last and last[1] == paragraph:
        mention.entity, mention.explain["entity_from"] = last[0], f"'{last[0]}' carried over from earlier in the paragraph"
    elif mention.entity is not None:
        defaults["last_entity"] = (mention.entity, paragraph)


def _metric_parse(span: Any, mention: Mention) -> tuple[str | None, str]:
    root = span.root
    # a count modifies its noun: "11,230 State-level high-tech companies"
    if mention.kind in ("count", "quantity") and root.dep_ in ("nummod", "quantmod", "amod", "compound") and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head
        if noun.lemma_.lower() in _TIME_UNITS and mention.kind == "count":
            return None, f"counts '{noun.text}': a time reference, not a measure"  # "10 or 20 years ago"
        if noun.lemma_.lower() in _GENERIC and noun.head.lemma_ in _ACTIONS and noun.dep_ == "dobj":
            return _ACTIONS[noun.head.lemma_], f"'{noun.head.text} ... {noun.text}'"  # "employs 8,300 people"
        if noun.i >= span.end or noun.i < span.start:
            return _phrase(noun, skip=span), f"noun counted: '{noun.text}'"
    # an amount before its noun: "its KSh 19.6 billion target", "a 5.5% pay award"
    if mention.kind in ("money", "percent") and root.dep_ in ("nummod", "compound", "amod", "nmod") and root.head.pos_ == "NOUN" and root.head.i >= span.end:
        return _phrase(root.head, skip=span), f"noun the amount modifies: '{root.head.text}'"
    # "195 of them": the partitive refers back
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj and mention.kind in ("count", "quantity"):
                return _phrase(pobj[0], skip=span), f"partitive 'of {pobj[0].text}'"
    # money "in rent subsidies", "in yuan-denominated bonds" (the prep may hang off the verb)
    around = list(root.children) + [t for t in span.doc[span.end:span.end + 10] if t.lower_ in ("in", "from", "on")
                                   and (t.head.i in (root.i, root.head.i) or t.head.lemma_ in ("year", "month", "week", "day"))]
    for child in around:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "from") and mention.kind == "money":
            # "in rent subsidies", not "in January", "in the three months", "in a statement"
            pobj = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
                    and c.ent_type_ not in ("DATE", "TIME", "GPE", "ORG") and c.lemma_.lower() not in _NOT_MEASURES]
            if pobj:
                return _phrase(pobj[0], skip=span), f"'{child.text} {pobj[0].text}' after the amount"
    change = _change(root, span) if mention.kind == "percent" else None
    if change:
        return change
    whole = _share_whole(root) if mention.kind in ("percent",) else None
    # "investment of 1.23 billion yuan": the noun the value complements
    tok = root
    steps = 0
    while tok.dep_ in _CLIMB and tok.head.i != tok.i and steps < 8:
        steps += 1
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN") and head.head.lower_ not in ("total", "sum", "level"):
            base = _phrase(head.head, skip=span)
            return _share(base, whole), f"'{head.head.text} of' the value"
        if head.pos_ in ("VERB", "AUX"):
            subj = _subject(head)
            # "the Bank of England raised Bank Rate to 5 per cent": an actor's number measures the object
            obj = next((c for c in head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i not in range(span.start, span.end)), None)
            actor = subj is not None and (subj.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") or subj.pos_ == "PROPN" or bool(_BODY.search(subj.text)))
            if actor and obj is not None and not obj.like_num and obj.ent_type_ not in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT"):
                return _share(_phrase(obj, skip=span), whole), f"object '{obj.text}' of '{head.text}' (the subject is an actor)"
            if actor and head.lemma_ in _ACTIONS and (tok.i in range(span.start, span.end) or tok.dep_ == "dobj"):
                # "Petrobras plans to invest US$68 billion": what the actor does with it
                return _share(_ACTIONS[head.lemma_], whole), f"'{head.text}' by the actor '{subj.text}'"
            if subj is not None:
                base = _phrase(subj, skip=span)
                return _share(base, whole), f"subject '{subj.text}' of '{head.text}'"
        tok = head
    sent_root = span.sent.root
    subj = _subject(sent_root)
    if subj is not None:
        return _share(_phrase(subj, skip=span), whole), f"sentence subject '{subj.text}'"
    return (whole and f"share of {whole}"), "no subject found"


def _change(root: Any, span: Any) -> tuple[str, str] | None:
    """"Japan's exports rose 9.8%": a percentage change of the subject is its growth (or decline), not its level."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "by":
        verb = verb.head
    elif root.dep_ not in ("dobj", "npadvmod", "advmod"):
        return None
    if verb.pos_ != "VERB" or verb.lemma_ not in _CHANGES:
        return None
    subj = _subject(verb)
    base = _phrase(subj, skip=span) if subj is not None else None
    # a rate that "rose 4.5%" keeps its metric: percent or points is for the rules to flag, not to hide
    if not base or subj.lemma_.lower() in _RATES:
        return None
    word = _CHANGES[verb.lemma_]
    if subj.lemma_ == "economy":
        return f"economic {word}", f"'{verb.text}' by a percentage: change of the economy"
    return f"{base} {word}", f"'{verb.text}' by a percentage: change of '{subj.text}'"


def _subject(verb: Any) -> Any:
    tok = verb
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in _SUBJ and c.pos_ not in ("PRON",) or (c.dep_ in _SUBJ and c.lower_ in ("it",) and False)]
        if subj:
            return subj[0]
        if tok.dep_ in ("conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp") and tok.head.i != tok.i:
            tok = tok.head
            if tok.dep_ == "relcl" or (tok.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("relcl", "acl")):
                return tok if tok.pos_ in ("NOUN", "PROPN") else None
        else:
            return None
    return None


def _share_whole(root: Any) -> str | None:
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            if pobj:
                return _phrase(pobj[0])
    return None


def _share(base: str | None, whole: str | None) -> str | None:
    if whole and base and whole not in base:
        return f"{base} share of {whole}"
    return base or (f"share of {whole}" if whole else None)


def _phrase(noun: Any, skip: Any = None) -> str | None:
    """Lemmatized noun phrase: modifiers + head + 'of'-complement; no determiners or possessives."""
    words: list[str] = []
    for tok in noun.subtree:
        if skip is not None and skip.start <= tok.i < skip.end:
            continue
        if tok.i > noun.i and tok.dep_ not in ("prep", "pobj", "compound", "amod") and not _under_of(tok, noun):
            break
        if tok.dep_ in ("det", "poss", "case", "punct", "nummod", "quantmod", "cc", "predet", "relcl", "acl", "advmod", "appos") or tok.like_num:
            if not (tok.dep_ == "punct" and tok.text in ("-", "&")):
                continue
        if tok.i > noun.i and tok.dep_ == "prep" and tok.lower_ not in ("of", "per"):
            break
        if tok.lower_ in _DROP_MODIFIERS and tok.i != noun.i and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"):
            continue
        if _in_poss(tok, noun):
            continue
        words.append(_norm(tok))
    phrase = re.sub(r"\s*([-&])\s*", r"\1", " ".join(w for w in words if w)).strip()
    phrase = re.sub(r"(?:\s+(?:of|in|for|by|and))+$", "", phrase)
    return phrase or None


def _under_of(tok: Any, noun: Any) -> bool:
    anc = tok
    while anc.i != noun.i and anc.head.i != anc.i:
        if anc.dep_ == "prep" and anc.lower_ in ("of", "per") and anc.head.i == noun.i:
            return True
        anc = anc.head
    return False


def _in_poss(tok: Any, noun: Any) -> bool:
    anc = tok
    while anc.i != noun.i and anc.head.i != anc.i:
        if anc.dep_ == "poss":
            return True
        anc = anc.head
    return False


def _norm(tok: Any) -> str:
    if tok.pos_ == "PROPN" or (tok.text.isupper() and len(tok.text) > 1) or "&" in tok.text:
        return tok.text
    if tok.tag_ in ("NNS", "NNPS") or tok.pos_ == "NOUN":
        return tok.lemma_.lower()
    return tok.lower_


def _metric_window(text: str, mention: Mention) -> tuple[str | None, str]:
    s0, _ = mention.sentence
    after = re.findall(r"[A-Za-z&][\w&-]*", text[mention.end:mention.end + 60])
    before = re.findall(r"[A-Za-z&][\w&-]*", text[max(s0, mention.start - 80):mention.start])
    if mention.kind == "count":
        words = [w for w in after[:4] if w.lower() not in _STOP]
        words = words[:3]
        while words and words[-1].lower() in ("in", "of"):
            words.pop()
        if words:
            return singular(" ".join(words)), "window: words after the number"
    content = [w for w in before if w.lower() not in _STOP][-3:]
    if content:
        return singular(" ".join(content)), "window: words before the number"
    return None, "window: no content words"


def singular(phrase: str) -> str:
    words = phrase.split()
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    words[-1] = last
    return " ".join(w if w.isupper() or "&" in w else w.lower() for w in words)


def _entity(mention: Mention, text: str, sdoc: Any, defaults: dict[str, Any]) -> tuple[str | None, str]:
    """Nearest GPE/ORG before the value; else "the city"-style placeholders; else the subject; else one after it; else the document's.

    Sources are not subjects: ministries, statistics offices and whoever "said"
    the number are skipped, as are currency codes read as ORGs and places in
    "Zurich-based".
    """
    s0, s1 = mention.sentence
    sentence = text[s0:s1]
    places = [e for e in sdoc.ents if e.label_ == "GPE"] if sdoc is not None and sdoc.has_annotation("ENT_IOB") else []
    if places:  # for "the city" in a later sentence
        defaults["next_place"] = _clean_entity(places[-1].text)
    own = _subject_entity(mention, sdoc, text)
    if own[0]:
        return own
    ents: list[Any] = []
    if sdoc is not None and sdoc.has_annotation("ENT_IOB"):
        ents = [e for e in sdoc.ents if e.label_ in ("GPE", "ORG", "LOC", "FAC")
                and not (e.start_char + s0 < mention.end and mention.start < e.end_char + s0)
                and not _not_subject(e.text, sentence, e.start_char, e.end_char)]
    left = [e for e in ents if e.end_char + s0 <= mention.start]
    if left:
        best = left[-1]
        return _clean_entity(_extend(best)), f"{best.label_} '{best.text}' before the value"
    placeholder = _PLACEHOLDER.search(sentence)
    main = defaults.get("entity")
    if placeholder and main:
        return main, f"'{placeholder.group(0)}' resolved to the document's main subject"
    place = defaults.get("last_place")
    if placeholder and place and placeholder.group(0).split()[-1].lower() not in ("company", "group", "firm"):
        return place, f"'{placeholder.group(0)}' resolved to the place named last, '{place}'"
    subject = _proper_subject(sdoc, sentence, mention.start - s0)
    if subject:
        return subject, f"proper-noun subject '{subject}'"
    if ents:
        best = ents[0]
        return _clean_entity(_extend(best)), f"{best.label_} '{best.text}' after the value"
    acting = _acting_body(sdoc, sentence)
    if acting:
        return acting, f"public body '{acting}' acting, not reporting"
    if main:
        return main, "document's main subject"
    return None, "none found"


def _subject_entity(mention: Mention, sdoc: Any, text: str) -> tuple[str | None, str]:
    """A name inside the subject of the verb the value hangs on: "Kenya's tea exports", "Employers in the U.S.", "Kaveri Software"."""
    if sdoc is None or not sdoc.has_annotation("DEP") or not sdoc.has_annotation("ENT_IOB"):
        return None, ""
    s0, s1 = mention.sentence
    span = sdoc.char_span(mention.start - s0, mention.end - s0, alignment_mode="expand")
    if span is None:
        return None, ""
    tok, subj = span.root, None
    for _ in range(8):
        if tok.head.i == tok.i or tok.dep_ not in _CLIMB:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            subj = _subject(tok)
            if subj is not None:
                break
    if subj is not None and subj.head.lemma_ in _SAY:  # "the Nationwide said, lifting the price to ...": a source
        return None, ""
    if subj is None or subj.i in range(span.start, span.end):
        return None, ""
    sentence = text[s0:s1]
    ents = {i: e for e in sdoc.ents if e.label_ in ("GPE", "ORG", "LOC", "FAC")
            and not _not_subject(e.text, sentence, e.start_char, e.end_char) for i in range(e.start, e.end)}
    # the subject itself ("Straits Mercantile Bank"), its apposition ("Mexico's state oil company Pemex"),
    # its owner ("Kenya's tea exports"), then a place it is in ("Employers in the U.S.")
    appos = [c for c in subj.children if c.dep_ == "appos"]
    poss = [c for c in subj.children if c.dep_ == "poss"]
    where = [p for c in subj.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "at") for p in c.children if p.dep_ == "pobj"]
    for tok, how in [(subj, "subject"), *((a, "apposition") for a in appos), *((p, "owner") for p in poss), *((w, "place") for w in where)]:
        e = ents.get(tok.i)
        if e is not None and not (tok.i > 0 and sdoc[e.start - 1].dep_ == "compound" and sdoc[e.start - 1].pos_ == "PROPN"):
            return _clean_entity(_extend(e)), f"{e.label_} '{e.text}' ({how} of the clause)"
        if tok.pos_ == "PROPN" and how != "place":
            first = min((t.i for t in tok.subtree if t.i <= tok.i and t.dep_ == "compound" and t.pos_ == "PROPN"), default=tok.i)
            name = sdoc[first:tok.i + 1].text
            if not _not_subject(name, sentence, sdoc[first].idx, tok.idx + len(tok), reporting=False):
                return _clean_entity(name), f"proper noun '{name}' ({how} of the clause)"
    return None, ""


def _not_subject(name: str, sentence: str, a: int, b: int, reporting: bool = True) -> bool:
    """Names that say where a number comes from, not what it is about.

    With ``reporting``, whoever "said" it too; a sentence's own subject that
    reports its numbers ("Fernwood Software said revenue ...") is still its subject.
    """
    return bool(any(ch.isdigit() for ch in name) or _BODY.search(name) or re.search(r"\b(?:Rate|Index)$", name) or _CURRENCY_CODE.fullmatch(name)
                and re.match(r"\s*[\d.]", sentence[b:]) or re.match(r"-based\b", sentence[b:])
                or reporting and re.match(r"\s+(?:has\s+)?(?:said|says|announced|reported|estimated)\b", sentence[b:])
                or re.search(r"(?:according to|based in)\s+(?:the\s+)?$", sentence[:a]))


def _acting_body(sdoc: Any, sentence: str) -> str | None:
    """A public body that does something with the money ("The Tokyo Metropolitan Government will pay ...")."""
    if sdoc is None or not sdoc.has_annotation("ENT_IOB"):
        return None
    for e in sdoc.ents:
        if e.label_ == "ORG" and _BODY.search(e.text) and not _not_subject(e.text.replace("Government", "").replace("government", ""), sentence, e.start_char, e.end_char):
            return _clean_entity(e.text)
    return None


def _proper_subject(sdoc: Any, sentence: str, value_at: int = 0) -> str | None:
    """The proper-noun subject of the sentence ("Fernwood Software said ..."; "Rhein Chemie Werke's board ...").

    Not one that reports the value after stating it ("... have fled Khartoum, the UN said").
    """
    if sdoc is None or not sdoc.has_annotation("DEP"):
        return None
    for tok in sdoc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
            continue
        if tok.head.lemma_ in _SAY and tok.idx > value_at:
            return None
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        head = tok if tok.pos_ == "PROPN" else owner
        if head is None:
            return None
        first = min((t.i for t in head.subtree if t.i <= head.i and (t.pos_ == "PROPN" or t.dep_ == "compound")), default=head.i)
        name = re.sub(r"^.*-based\s+", "", sdoc[first:head.i + 1].text)
        return None if _not_subject(name, sentence, sdoc[first].idx, head.idx + len(head), reporting=False) else _clean_entity(name)
    return None


def date_entity(mention: Mention, text: str, sdoc: Any, defaults: dict[str, Any]) -> tuple[str | None, str]:
    """Whose founding or opening a date is: the subject of its verb ("Kaveri Software", "Emirates, launched in 1985")."""
    own = _subject_entity(mention, sdoc, text)
    if own[0]:
        return own
    s0, s1 = mention.sentence
    subject = _proper_subject(sdoc, text[s0:s1])
    if subject:
        return subject, f"proper-noun subject '{subject}'"
    if sdoc is not None and sdoc.has_annotation("ENT_IOB"):
        ents = [e for e in sdoc.ents if e.label_ in ("ORG", "GPE", "FAC", "PRODUCT", "EVENT", "LOC")]
        if ents:
            return _clean_entity(ents[0].text), f"{ents[0].label_} '{ents[0].text}'"
    return defaults.get("entity"), "document's main subject"


def _extend(e: Any) -> str:
    """The name as written: "the Ladki Bahin scheme", "the Brazilian Amazon"."""
    doc = e.doc
    start, end = e.start, e.end
    if start > 0 and doc[start - 1].ent_type_ == "NORP" and doc[start - 1].pos_ == "ADJ":
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and doc[end - 1].whitespace_:
        end += 1  # "Airbus A321XLR"
    for j in range(end, min(end + 4, len(doc))):  # "the Chengdu-Chongqing high-speed line"
        if doc[j].lower_ in _NAMED_THINGS:
            end = j + 1
            break
        if not (doc[j].text == "-" or doc[j].pos_ in ("ADJ", "NOUN") and doc[j].text.islower()):
            break
    return doc[start:end].text


def _clean_entity(s: str) -> str:
    s = re.sub(r"^(?:the|The)\s+", "", s)
    return re.sub(r"[’'](?:s)?$", "", s).strip()


def _period(mention: Mention, text: str, times: list[TimeExpr], owned: set[int],
            paragraph: tuple[int, int] | None = None, spans: Any = ()) -> tuple[str | None, str]:
    s0, s1 = mention.sentence
    inside = _between(times, s0, s1)
    after = [t for t in inside if t.start >= mention.end and _CONNECT.match(text[mention.end:t.start]) and t.start - mention.end < 30]
    if after and not (after[0].relative_to_claim and _COMPARED.search(text[max(s0, after[0].start - 25):after[0].start])):
        t = after[0]
        return (_relative(t, text, inside) if t.relative_to_claim else t.period), f"'{text[t.start:t.end]}' right after the value"
    for t in inside:  # "reported 2022 sales of 18.7 billion lira"
        if t.end <= mention.start and t.kind == "year" and _ATTRIBUTIVE.match(text, t.end) and _NOUN_OF.match(text[t.end:mention.start]):
            return t.period, f"'{text[t.start:t.end]}' dates the noun the value measures"
    usable = [t for t in inside if _dates_numbers(text, t, s0)]
    others = [a for a, _ in spans if s0 <= a < s1 and a != mention.start]

    def taken(t: TimeExpr) -> bool:
        """A later expression closer to another value dates that one ("rose to 15% for multinationals on 1 January")."""
        between = [a for a in others if mention.end <= a < t.start]
        return t.start >= mention.end and (t.start in owned or bool(between) and "," not in text[between[-1]:t.start])

    clause = _clause(text, mention, s0, s1)
    near = [t for t in usable if clause[0] <= t.start and t.end <= clause[1] and not taken(t) and t.start not in owned]
    if near:
        t = min(near, key=lambda x: (x.kind in _DAYS, abs(x.start - mention.start)))
        return t.period, f"'{text[t.start:t.end]}' in the same clause"
    prior = sorted((t for t in usable if t.end <= mention.start and not (t.kind in _DAYS and t.start in owned)), key=lambda x: (x.kind not in _DAYS, x.start))
    if prior:  # the nearest one, but a year or month before a weekday: "for fiscal 2023 on Friday, including ..."
        t = prior[-1]
        return t.period, f"'{text[t.start:t.end]}' earlier in the sentence"
    later = [t for t in usable if t.start >= mention.end and not taken(t)]
    if later:
        t = later[0]
        return t.period, f"'{text[t.start:t.end]}' later in the sentence"
    if paragraph:
        around = {t.period for t in _between(times, *paragraph, limit=50)
                  if t.kind not in _DAYS + ("md", "mdy", "dmy", "iso") and _dates_numbers(text, t, paragraph[0])}
        if len(around) == 1 and None not in around:
            only = around.pop()
            return only, f"every time expression in the paragraph says {only}"
    return None, "no time expression in the sentence or paragraph"


def _dates_numbers(text: str, t: TimeExpr, lo: int) -> bool:
    """Whether ``t`` can date a value other than the one right before it.

    Not "a year earlier" (it dates the value it follows), "since 2015" (a
    comparison), "the ministry said on Thursday" (the statement), "their 2016
    listing price" (another noun) or "the Inflation Reduction Act of 2022" (a name).
    """
    before = text[max(lo, t.start - 30):t.start]
    reported = _REPORTED_DOC.search(before) or t.kind in _DAYS + ("md", "mdy", "dmy", "iso") and _REPORTED.search(before)
    return not (t.relative_to_claim or _SINCE.search(text[max(lo, t.start - 7):t.end]) or reported
                or _NAMED.search(before) or _attributive(text, t, lo))


def _attributive(text: str, t: TimeExpr, lo: int) -> bool:
    """A year a value is compared with: "42 times their 2016 listing price", "triple its 2021 total"."""
    return (t.kind == "year" and bool(_ATTRIBUTIVE.match(text, t.end))
            and bool(re.search(r"\b(?:its|their|his|her|our)\s+$", text[max(lo, t.start - 8):t.start], re.IGNORECASE)))


def _clause(text: str, mention: Mention, s0: int, s1: int) -> tuple[int, int]:
    """The clause around the value: the sentence cut at ';' and at ', and' / ', while' / ', with'-style joins."""
    cuts = [s0] + [s0 + m.start() for m in _CLAUSE_BREAK.finditer(text[s0:s1])] + [s1]
    i = bisect.bisect_right(cuts, mention.start) - 1
    return cuts[max(i, 0)], cuts[min(i + 1, len(cuts) - 1)]


def _relative(t: TimeExpr, text: str, inside: list[TimeExpr]) -> str | None:
    """'34.9 billion pesos a year earlier': the sentence's own period, a year (or month) back."""
    base = [x for x in inside if x is not t and not x.relative_to_claim and x.period and x.start < t.start]
    base = base or [x for x in inside if x is not t and not x.relative_to_claim and x.period]
    if not base:
        return t.period
    back = {"months": -1} if "month" in text[t.start:t.end].lower() else {"years": -1}
    return shift(base[-1].period, **back)


def _between(times: list[TimeExpr], a: int, b: int, limit: int | None = None) -> list[TimeExpr]:
    """Time expressions inside [a, b) (``times`` is sorted by start); at most ``limit`` + 1 of them."""
    i = bisect.bisect_left(times, a, key=lambda t: t.start)
    out: list[TimeExpr] = []
    while i < len(times) and times[i].start < b and (limit is None or len(out) <= limit):
        if times[i].end <= b:
            out.append(times[i])
        i += 1
    return out
