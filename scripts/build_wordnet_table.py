"""Build ``datachat/nl2sql/data/wordnet.tsv.gz``: a compact, deterministic table from Princeton WordNet 3.0.

The engine reads only the generated table (no WordNet install, no download at run time). To regenerate::

    apt-get install -y wordnet-base          # Princeton WordNet 3.0 data files in /usr/share/wordnet
    python scripts/build_wordnet_table.py    # [--wordnet DIR] [--out FILE]

The reader below follows the documented file formats (wndb(5): ``index.pos``, ``data.pos``; cntlist.rev for the
tagged sense counts), so the build needs nothing beyond the standard library, lemminflect and pycountry (dependencies).

One row per (part of speech, word), only for the words with something to say::

    pos  word  synonyms  hypernyms  derived  converses  attributes  kind  forms  senses  places  broad  named_by
    groups

- ``pos``: ``n`` or ``v``; ``a`` for an adjective of a place and ``p`` for a place name (only ``places`` filled).
- ``synonyms``: the other words of the word's dominant senses (its first sense, and its second when that one is
  tagged at least half as often), kept only when that sense is among the synonym's own first two senses, so a
  rare reading never links two common words ("name" does not become "gens"; "car" does not become "machine").
- ``hypernyms``: the words of the first sense's direct hypernyms, under the same rule, when they lie at least
  ``MIN_DEPTH`` steps below WordNet's root (``person`` or ``act`` say too little to name a table).
- ``derived``: derivationally related words of the other part of speech from the senses seen in the concordance
  (a noun's verbs, a verb's nouns: ``production`` -> ``produce``, ``borrow`` -> ``borrower``).
- ``converses``: for verbs of possession, their antonyms, which name the same transfer from the other side
  (``borrow`` -> ``lend``, ``buy`` -> ``sell``).
- ``attributes``: for nouns naming a measure, the adjectives of its values (``height`` -> ``tall``, ``short``).
- ``kind``: a noun's first sense's lexicographer file (``person``, ``act``, ``artifact``...); for a verb, the
  lexicographer files of its dominant senses (``buy`` -> ``possession``: a transfer of goods or money).
- ``forms``: a verb's inflected forms (from lemminflect: ``borrowed``, ``borrowing``, ``borrows``).
- ``senses``: the other words of the word's less frequent senses seen in the concordance, tagged at least
  ``MIN_SENSE_COUNT`` times, under the same ``owns`` rule (``duration`` -> ``length``): weaker links than ``synonyms``.
- ``attributes`` of an adjective (``a``): the nouns naming the attribute one of its first two senses is a value
  of, all the words of that noun sense (``female`` -> ``sex``, ``gender``; ``wet`` -> ``wetness``).
- ``places``: for an adjective (``a``), the place it pertains to, WordNet's pertainym pointer from a capitalised
  adjective to the very word of a country, region or continent (lexicographer files ``noun.location`` and
  ``noun.object``): ``french`` -> ``france``, ``chinese`` -> ``china``. For a place name (``p``), the other names
  of its first sense as a place: ``holland`` -> ``netherlands``..., ``britain`` -> ``united kingdom``, ``uk``...
  Place names are those of the places the adjectives pertain to and of every place sharing a name with a country
  of ISO 3166 (pycountry, a dependency); names beginning with "the" are left out ("the States").

- ``named_by`` (nouns): the single nouns whose dominant sense is one of the word's rarer senses, beyond its first
  two (``maker`` -> ``manufacturer``): ``synonyms`` leaves them out, so a question saying "manufacturers" of a
  table of makers is read through them, weakly.

- ``groups`` (nouns): the single nouns naming a group of what the word names, from WordNet's member meronyms of
  the group's dominant sense named after the group, and their direct hypernyms ("staff" for staff member and for
  employee).

- ``broad``: the words of the first sense's direct hypernyms that lie nearer the root than ``MIN_DEPTH`` (but
  at least ``MIN_BROAD_DEPTH`` steps below it): too general to name a table alone ("person" for owner, "drug"
  for medication), yet two words sharing one are sister terms, a weak link the engine asks about.

Lists are comma-separated, in WordNet order; multi-word entries use spaces. Rows are sorted.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from lemminflect import getAllInflections, getAllInflectionsOOV

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "datachat" / "nl2sql" / "data" / "wordnet.tsv.gz"
POS = {"n": ("noun", 1), "v": ("verb", 2)}
ADJ = ("adj", 3)
POSSESSION = 40  # the lexicographer file verb.possession
MIN_SENSE_COUNT = 1  # a less frequent sense counts once the concordance has seen it
PLACE_FILES = (15, 17)  # noun.location, noun.object: countries and regions; continents
MIN_BROAD_DEPTH = 2  # "entity", "physical entity", "abstraction" say nothing at all
#: the endings that name one member of a group after the group ("staff member", "staffer", "crewman")
MEMBER_ENDINGS = ("_member", "er", "man", "woman", "person")
MIN_DEPTH = 5  # hypernyms nearer the root ("person", "worker", "act") are too general to name a table
#: The lexicographer files of nouns, numbered from 3 as in WordNet's ``lexnames`` (which Debian does not ship).
NOUN_FILES = [
    "Tops",
    "act",
    "animal",
    "artifact",
    "attribute",
    "body",
    "cognition",
    "communication",
    "event",
    "feeling",
    "food",
    "group",
    "location",
    "motive",
    "object",
    "person",
    "phenomenon",
    "plant",
    "possession",
    "process",
    "quantity",
    "relation",
    "shape",
    "state",
    "substance",
    "time",
]
#: The lexicographer files of verbs, numbered from 29 as in WordNet's ``lexnames``.
VERB_FILES = [
    "body",
    "change",
    "cognition",
    "communication",
    "competition",
    "consumption",
    "contact",
    "creation",
    "emotion",
    "motion",
    "perception",
    "possession",
    "social",
    "stative",
    "weather",
]
_WORD = re.compile(r"^[a-z][a-z-]*(?: [a-z][a-z-]*)?$")  # lower-case, at most two words: no names, no symbols
_PLACE = re.compile(r"^[A-Z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)*$")  # a capitalised name of letters (no "U.S.")


@dataclass
class Synset:
    pos: str
    lexfile: int
    words: list[tuple[str, int]]  # (lemma as written, lex_id)
    pointers: list[tuple[str, str, str, int, int]] = field(default_factory=list)  # sym, offset, pos, src, tgt


def read_data(root: Path, pos: str) -> dict[str, Synset]:
    out: dict[str, Synset] = {}
    for line in (root / f"data.{POS[pos][0] if pos in POS else 'adj'}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        parts = line.split(" | ", 1)[0].split()
        offset, lexfile, ss_type, w_cnt = parts[0], int(parts[1]), parts[2], int(parts[3], 16)
        words = [(parts[4 + 2 * i], int(parts[5 + 2 * i], 16)) for i in range(w_cnt)]
        i = 4 + 2 * w_cnt
        p_cnt = int(parts[i])
        pointers = []
        for k in range(p_cnt):
            sym, off, ppos, st = parts[i + 1 + 4 * k : i + 5 + 4 * k]
            pointers.append((sym, off, "a" if ppos == "s" else ppos, int(st[:2], 16), int(st[2:], 16)))
        out[offset] = Synset(ss_type, lexfile, words, pointers)
    return out


def read_index(root: Path, pos: str) -> dict[str, list[str]]:
    """lemma -> its synset offsets in WordNet's sense order (most frequent first)."""
    out: dict[str, list[str]] = {}
    for line in (root / f"index.{(POS.get(pos) or ADJ)[0]}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        synset_cnt, p_cnt = int(parts[2]), int(parts[3])
        out[parts[0]] = parts[6 + p_cnt : 6 + p_cnt + synset_cnt]
    return out


def read_counts(root: Path) -> dict[str, int]:
    """sense key -> how often the sense was tagged in the semantic concordance."""
    out: dict[str, int] = {}
    for line in (root / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, _, cnt = line.split()
        out[key] = int(cnt)
    return out


class WordNet:
    def __init__(self, root: Path) -> None:
        self.data = {p: read_data(root, p) for p in (*POS, "a")}
        self.index = {p: read_index(root, p) for p in POS}
        self.index["a"] = read_index(root, "a")
        self.counts = read_counts(root)
        self._depth: dict[tuple[str, str], int] = {}

    def count(self, lemma: str, pos: str, offset: str) -> int:
        ss = self.data[pos][offset]
        for word, lex_id in ss.words:
            if word.lower() == lemma:
                return self.counts.get(f"{lemma}%{POS[pos][1]}:{ss.lexfile:02d}:{lex_id:02d}::", 0)
        return 0

    def dominant(self, lemma: str, pos: str) -> list[str]:
        """The word's first sense, and its second when that is tagged at least half as often as the first."""
        senses = self.index[pos].get(lemma, [])
        if not senses:
            return []
        out = senses[:1]
        if len(senses) > 1:
            c1, c2 = self.count(lemma, pos, senses[0]), self.count(lemma, pos, senses[1])
            if c2 >= 2 and 2 * c2 >= c1:
                out.append(senses[1])
        return out

    def owns(self, lemma: str, pos: str, offset: str) -> bool:
        """Whether ``offset`` is among ``lemma``'s own first two senses (a rare reading links no common words)."""
        return offset in self.index[pos].get(lemma, [])[:2]

    def depth(self, pos: str, offset: str) -> int:
        """Fewest hypernym steps from the synset up to a root ("entity" is 0, "person" 3, "motor vehicle" 10)."""
        if (pos, offset) not in self._depth:
            ups = [off for sym, off, _, _, _ in self.data[pos][offset].pointers if sym in ("@", "@i")]
            self._depth[(pos, offset)] = 0  # a guard against cycles while the answer is worked out
            self._depth[(pos, offset)] = 1 + min(self.depth(pos, o) for o in ups) if ups else 0
        return self._depth[(pos, offset)]

    def tagged(self, lemma: str, pos: str) -> list[str]:
        """The senses seen in the concordance at least once (the first one always)."""
        senses = self.index[pos].get(lemma, [])
        return senses[:1] + [o for o in senses[1:] if self.count(lemma, pos, o) > 0]

    def words(self, pos: str, offset: str, skip: str = "") -> list[str]:
        out = []
        for word, _ in self.data[pos][offset].words:
            w = re.sub(r"\(.*\)$", "", word).replace("_", " ")
            key = w.replace(" ", "_").lower()
            if w != skip and _WORD.match(w) and self.owns(key, pos, offset):
                out.append(w)
        return out

    def row(self, lemma: str, pos: str) -> list[list[str]]:
        """[synonyms, hypernyms, derived, converses] of one word (see the module docstring)."""
        name = lemma.replace("_", " ")
        syn: list[str] = []
        hyper: list[str] = []
        derived: list[str] = []
        converse: list[str] = []
        attribute: list[str] = []
        other: list[str] = []
        broad: list[str] = []
        dominant = self.dominant(lemma, pos)
        for offset in dict.fromkeys([*dominant, *self.tagged(lemma, pos)]):
            ss = self.data[pos][offset]
            idx = next((i + 1 for i, (w, _) in enumerate(ss.words) if w.lower() == lemma), 0)
            if offset in dominant:
                syn += self.words(pos, offset, skip=name)
            elif self.count(lemma, pos, offset) >= MIN_SENSE_COUNT:
                other += self.words(pos, offset, skip=name)
            for sym, off, ppos, src, tgt in ss.pointers:
                if sym == "@" and offset == dominant[0] and self.depth(pos, off) >= MIN_DEPTH:
                    hyper += self.words(pos, off)
                elif sym == "@" and offset == dominant[0] and pos == "n" and self.depth(pos, off) >= MIN_BROAD_DEPTH:
                    broad += self.words(pos, off)
                elif sym == "+" and src == idx and ppos in POS and ppos != pos:
                    word = self.data[ppos][off].words[tgt - 1][0].lower().replace("_", " ")
                    if _WORD.match(word):
                        derived.append(word)
                elif sym == "=" and offset in dominant and ppos == "a":
                    # the adjectives that measure this attribute ("tall" for height)
                    attribute += [w.lower() for w, _ in self.data["a"][off].words if _WORD.match(w.lower())]
                elif sym == "!" and src == idx and offset in dominant and ss.lexfile == POSSESSION:
                    # lend/borrow, buy/sell: one transfer of possession seen from either side
                    word = self.data[ppos][off].words[tgt - 1][0].lower().replace("_", " ")
                    if _WORD.match(word):
                        converse.append(word)
        uniq = lambda xs: list(dict.fromkeys(x for x in xs if x != name))  # noqa: E731
        kind = [NOUN_FILES[self.data[pos][dominant[0]].lexfile - 3]] if pos == "n" and dominant else []
        if pos == "v":
            kind = list(dict.fromkeys(VERB_FILES[self.data[pos][off].lexfile - 29] for off in dominant))
        # a derived form may be spelled like the word itself (the noun "order", the verb "order")
        forms = _inflections(lemma) if pos == "v" and " " not in name else []
        senses = [x for x in uniq(other) if x not in syn]
        return [
            uniq(syn),
            uniq(hyper),
            list(dict.fromkeys(derived)),
            uniq(converse),
            uniq(attribute),
            kind,
            forms,
            senses,
            uniq(broad),
        ]


def _inflections(verb: str) -> list[str]:
    """A verb's inflected forms from lemminflect, kept in the table so the engine need not load lemminflect's
    inflection data."""
    found = getAllInflections(verb, upos="VERB") or getAllInflectionsOOV(verb, upos="VERB")
    return sorted({f for fs in found.values() for f in fs} - {verb})


def _place_name(word: str) -> str:
    name = re.sub(r"\(.*\)$", "", word).replace("_", " ")
    return name.lower() if _PLACE.match(name) and not name.lower().startswith("the ") else ""


def places(wn: WordNet) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(adjective -> the places it pertains to, place name -> its other names); see the module docstring."""
    import pycountry

    nouns = wn.data["n"]
    adjectives: dict[str, list[str]] = {}
    targets: set[str] = set()
    for ss in wn.data["a"].values():
        for sym, off, ppos, src, tgt in ss.pointers:
            if sym != "\\" or ppos != "n" or nouns[off].lexfile not in PLACE_FILES or not src or not tgt:
                continue
            adjective, place = _place_name(ss.words[src - 1][0]), _place_name(nouns[off].words[tgt - 1][0])
            if adjective and place:
                adjectives.setdefault(adjective, []).append(place)
                targets.add(off)
    countries = {
        getattr(c, attr).lower()
        for c in pycountry.countries
        for attr in ("name", "official_name", "common_name")
        if getattr(c, attr, None)
    }
    first: dict[str, str] = {}  # place name -> the first of its senses that is a place
    for lemma, senses in wn.index["n"].items():
        for off in senses:
            if nouns[off].lexfile in PLACE_FILES and any(_place_name(w) for w, _ in nouns[off].words):
                first[lemma.replace("_", " ")] = off
                break
    names: dict[str, list[str]] = {}
    for off, ss in sorted(nouns.items()):
        words = [n for n in dict.fromkeys(_place_name(w) for w, _ in ss.words) if n]
        if ss.lexfile not in PLACE_FILES or len(words) < 2 or not (off in targets or countries & set(words)):
            continue
        for word in words:
            if first.get(word) == off:
                names[word] = [w for w in words if w != word]
    return adjectives, names


def adjective_attributes(wn: WordNet) -> dict[str, list[str]]:
    """adjective -> the words of the noun senses naming the attribute its first two senses are values of."""
    out: dict[str, list[str]] = {}
    for lemma, senses in wn.index["a"].items():
        nouns = [
            w
            for off in senses[:2]
            for sym, target, ppos, _, _ in wn.data["a"][off].pointers
            if sym == "=" and ppos == "n"
            for w in (re.sub(r"\(.*\)$", "", x).replace("_", " ").lower() for x, _ in wn.data["n"][target].words)
            if _WORD.match(w)
        ]
        if nouns and _WORD.match(lemma.replace("_", " ")):
            out[lemma.replace("_", " ")] = list(dict.fromkeys(nouns))
    return out


def named_by(wn: WordNet) -> dict[str, list[str]]:
    """noun -> the single nouns whose dominant sense is one of its rarer senses (beyond its first two), which
    ``synonyms`` leaves out: "manufacturer" for maker (a manufacturer is a maker in maker's third sense)."""
    out: dict[str, list[str]] = {}
    for lemma in wn.index["n"]:
        if "_" in lemma or not _WORD.match(lemma):
            continue
        for offset in wn.dominant(lemma, "n"):
            for word, _ in wn.data["n"][offset].words:
                w = re.sub(r"\(.*\)$", "", word).lower()
                rare = offset in wn.index["n"].get(w, []) and not wn.owns(w, "n", offset)
                if w != lemma and _WORD.match(w.replace("_", " ")) and rare:
                    out.setdefault(w.replace("_", " "), []).append(lemma)
    return {w: list(dict.fromkeys(found)) for w, found in out.items()}


def member_groups(wn: WordNet) -> dict[str, list[str]]:
    """noun -> the single nouns naming a group whose members it names: the group's dominant sense has a member
    meronym named after the group ("staff member", "staffer"; "crewman") whose words, or whose direct hypernym's
    words, include the noun ("staff" for staff member and for employee: a staff's members are staff members, each
    an employee). Groups whose members have names of their own ("school": teachers; "team": players) are left
    out: their word names the group, not its members."""
    out: dict[str, list[str]] = {}
    for lemma in wn.index["n"]:
        if "_" in lemma or not _WORD.match(lemma):
            continue
        for offset in wn.dominant(lemma, "n"):
            if NOUN_FILES[wn.data["n"][offset].lexfile - 3] != "group":
                continue  # a genus is no group of people or things a table holds
            for sym, member, _, _, _ in wn.data["n"][offset].pointers:
                if sym != "%m":
                    continue
                own = [w.lower() for w, _ in wn.data["n"][member].words]
                if not any(w in [lemma + end for end in MEMBER_ENDINGS] for w in own):
                    continue  # only a group its members are named after ("staff": staff member, staffer)
                ups = [o for s, o, _, _, _ in wn.data["n"][member].pointers if s == "@"]
                # "club member" is a member of anything: that hypernym names no table
                ups = [o for o in ups if wn.depth("n", o) >= MIN_DEPTH and "member" not in wn.words("n", o)]
                for word in [*wn.words("n", member), *(w for o in ups for w in wn.words("n", o))]:
                    if word != lemma:
                        out.setdefault(word.lower(), []).append(lemma)
    return {w: list(dict.fromkeys(found)) for w, found in out.items()}


def build(root: Path) -> str:
    wn = WordNet(root)
    rows = []
    loose = named_by(wn)
    groups = member_groups(wn)
    for pos in POS:
        for lemma in wn.index[pos]:
            if not _WORD.match(lemma.replace("_", " ")):
                continue
            cells = wn.row(lemma, pos)
            extra = loose.get(lemma.replace("_", " "), []) if pos == "n" else []
            grouped = groups.get(lemma.replace("_", " "), []) if pos == "n" else []
            if any(cells[:5]) or cells[6] or cells[7] or cells[8] or extra or grouped:
                words = [",".join(c) for c in cells]
                row = [pos, lemma.replace("_", " "), *words[:8], "", words[8]]
                if extra or grouped:
                    row.append(",".join(extra))
                if grouped:
                    row.append(",".join(grouped))
                rows.append("\t".join(row))
    adjectives, names = places(wn)
    attributes = adjective_attributes(wn)
    for word in sorted(set(adjectives) | set(attributes)):
        pertains = ",".join(dict.fromkeys(adjectives.get(word, [])))
        cells = [""] * 4 + [",".join(attributes.get(word, []))] + [""] * 3 + [pertains]
        rows.append("\t".join(["a", word, *cells]))
    for word, found in names.items():
        rows.append("\t".join(["p", word, *[""] * 8, ",".join(dict.fromkeys(found))]))
    return "\n".join(sorted(rows)) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    text = build(args.wordnet)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:  # deterministic bytes
        gz.write(text.encode())
    args.out.write_bytes(buf.getvalue())
    print(f"{args.out}: {text.count(chr(10))} rows, {len(buf.getvalue())} bytes")


if __name__ == "__main__":
    main()
