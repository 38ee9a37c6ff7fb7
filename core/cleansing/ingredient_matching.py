"""Match a product as the supplier wrote it to a catalog ingredient.

Order of rules (the first that applies wins; docs/cleansing.md):
1. the whole name, folded (no accents, lower case), equals a catalog name or synonym: 100;
2. the same after removing pack words, numbers and plural endings ("Papas amarillas x kg"
   -> "papa amarilla"): 98;
3. a catalog name or synonym whose words all appear in the product ("Papa amarilla tumbay
   selecta" -> papa amarilla); the one that starts earliest wins (the head noun: "Bonito en
   aceite de oliva" is bonito), then the longest: 95;
4. a close spelling of a name or synonym (rapidfuzz ratio, "aji amarrillo", "quinua"), or
   of the product's leading words: the ratio.
Scores below ``ACCEPT`` leave the ingredient empty (flagged "unmatched"); scores between
``ACCEPT`` and ``SURE`` are kept but flagged "uncertain_match" so a person looks at them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from core.catalogs import Catalogs, Match
from core.text import fold

SURE = 90.0
ACCEPT = 82.0

_NOISE = re.compile(
    r"\b(x|por|de la|del|de|la|el|los|las|kg|kgs|kilo|kilos|g|gr|grs|lb|lbs|und|unid|unidad|unidades|"
    r"saco|caja|bolsa|jaba|atado|docena|paquete|bandeja|frasco|botella|lata|litro|litros|lt|l|ml|"
    r"fresco|fresca|frescos|frescas|extra|primera|selecta|selecto|calidad|premium|nacional|importado|importada|"
    r"lote|lot|cod|codigo|sku)\b"
)
_DIGITS = re.compile(r"[\d.,/]+")


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("es") and word[-3] not in "aeiou":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _clean(text: str) -> str:
    words = _NOISE.sub(" ", _DIGITS.sub(" ", text)).split()
    return " ".join(_singular(w) for w in words)


class IngredientMatcher:
    def __init__(self, catalogs: Catalogs):
        vocabulary = catalogs.ingredient_vocabulary.by_name
        self.exact = dict(vocabulary)
        self.clean: dict[str, str] = {}
        for name, ident in vocabulary.items():
            self.clean.setdefault(_clean(name), ident)
        self.clean.pop("", None)
        self.names = list(self.clean)
        # word -> the cleaned names that contain it, to find names contained in a product fast
        self.by_word: dict[str, list[tuple[frozenset, str, str]]] = {}
        for name, ident in self.clean.items():
            tokens = frozenset(name.split())
            for word in tokens:
                self.by_word.setdefault(word, []).append((tokens, name, ident))

    # One matcher lives as long as its catalogs (cached per process): the cache cannot leak.
    @lru_cache(maxsize=65536)  # noqa: B019
    def match(self, product: str) -> Match | None:
        folded = fold(product)
        if not folded:
            return None
        if folded in self.exact:
            return Match(self.exact[folded], 100.0, folded)
        return self._match_cleaned(_clean(folded))

    @lru_cache(maxsize=65536)  # noqa: B019
    def _match_cleaned(self, cleaned: str) -> Match | None:
        if not cleaned:
            return None
        if cleaned in self.clean:
            return Match(self.clean[cleaned], 98.0, cleaned)
        order = cleaned.split()
        words = set(order)
        candidates = {entry for word in words for entry in self.by_word.get(word, ())}
        contained = [
            (min(order.index(t) for t in tokens), len(tokens), len(name), name, ident)
            for tokens, name, ident in candidates
            if tokens <= words
        ]
        if contained:
            # the name that starts earliest is the head noun ("Bonito del norte en aceite de
            # oliva" is bonito, not olive oil); among those, the longest ("papa amarilla", not "papa")
            _, _, _, name, ident = min(contained, key=lambda item: (item[0], -item[1], -item[2]))
            return Match(ident, 95.0, name)
        best: Match | None = None
        for candidate in {cleaned, " ".join(cleaned.split()[:2]), cleaned.split()[0]}:
            found = process.extractOne(candidate, self.names, scorer=fuzz.ratio, score_cutoff=ACCEPT)
            if found is None:
                continue
            name, score, _ = found
            if candidate != cleaned:
                score = score * 0.97  # matched on part of the name only
            if best is None or score > best.score:
                best = Match(self.clean[name], round(float(score), 1), name)
        return best
