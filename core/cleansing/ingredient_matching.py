"""Match a product as the supplier wrote it to a catalog ingredient.

Order of rules (the first that applies wins; docs/cleansing.md):
1. the whole name, folded (no accents, lower case), equals a catalog name or synonym: 100;
2. the same after removing pack words, numbers and plural endings ("Papas amarillas x kg"
   -> "papa amarilla"): 98;
3. a catalog name or synonym whose words all appear in the product ("Papa amarilla tumbay
   selecta" -> papa amarilla); the one that starts earliest wins (the head noun: "Bonito en
   aceite de oliva" is bonito), then the longest: 95; two different ingredients that tie on
   both ("Camarones de río" holds a name of each) are ``TIED``, below ``SURE``: a person decides;
   so is a product that also names another ingredient in words apart from the match's
   ("Manteca de cacao" is not shortening, "Truffle oil" not truffle, "Bonito en aceite de oliva"
   is a preserve): ``ALSO_NAMES``, the other ingredient kept in ``Match.also`` for the report;
   and so is a product that names a form the catalog name does not ("Pasta de ají amarillo",
   "Truffle oil") or is a bare form of something else ("Leche de coco", "Harina de maíz",
   "Coconut milk"): ``MADE_INTO``, the word kept in ``Match.made_into``. The catalog's own
   names for forms ("pulpa de maracuyá", "maca en polvo") are the ingredient and are not asked;
   words the catalog lists as another product of the ingredient (``other_products``: "café
   verde" is green coffee, not roasted) are ``MADE_INTO`` too;
4. a close spelling of a name or synonym (rapidfuzz ratio, "aji amarrillo", "quinua"), or
   of the product's leading words: the ratio.
Scores below ``ACCEPT`` leave the ingredient empty (flagged "unmatched"); scores between
``ACCEPT`` and ``SURE`` are kept but flagged "uncertain_match" so a person looks at them.
"""

from __future__ import annotations

import re

import numpy as np
from rapidfuzz import fuzz, process

from core.catalogs import Catalogs, Match
from core.contract import list_values
from core.text import fold, fold_many

SURE = 90.0
ACCEPT = 82.0
TIED = 85.0  # rule 3 found two ingredients equally: kept (the first by id, the same every run) but uncertain
ALSO_NAMES = 86.0  # rule 3's match, but the product names another ingredient too: kept, uncertain
MADE_INTO = 86.0  # rule 3's match, but the product is a form of it or of something else: kept, uncertain

# Words for what an ingredient is made into (folded, singular, as _clean leaves them): a product
# naming one that its catalog name does not is something else ("pasta de ají" is not fresh ají)
FORMS = frozenset(
    "harina leche aceite manteca mantequilla pasta salsa jugo zumo pulpa crema vinagre polvo extracto "
    "esencia concentrado nectar mermelada pure conserva jarabe licor almidon fecula deshidratado deshidratada "
    "liofilizado liofilizada "
    "flour milk oil butter paste sauce juice pulp cream vinegar powder extract essence concentrate nectar jam "
    "puree syrup liqueur starch dried dehydrated".split()
)
# Words for a dish or a food made from ingredients, or another part of the plant or animal
# (folded, singular): a product naming one that none of its catalog names does is that food or
# part, not the ingredient ("Galletas de mantequilla", "Butter cookies", "Chifles de plátano",
# "Potato chips", "Chicken sausage", "Natural cream cheese", "Banana leaves", "Corazón de res")
PREPARED = frozenset(
    "galleta galletita bizcocho keke queque torta pastel tarta pie pan chifle hojuela snack chip helado caramelo "
    "turron mazapan alfajor confitado confitada garrapinado embutido salchicha chorizo jamon tocino hamburguesa "
    "nugget charqui cecina fideo tallarin sopa refresco gaseosa bebida sidra vino cerveza chicha compota chutney "
    "encurtido risotto pizza empanada tamal humita tortilla pudin flan mayonesa ketchup aderezo vinagreta granola "
    "gomita bombon queso "
    "cookie biscuit cracker cake cupcake muffin brownie tart bread toast crisp fries flake candy toffee fudge "
    "caramel praline nougat marzipan sausage ham bacon salami jerky burger noodle spaghetti macaroni soup broth "
    "soda drink beverage cider wine beer pickle relish mayonnaise dressing pudding custard cheese "
    # other parts of the plant or animal than the one the catalog prices: leaves, offal, fat, stock
    "papel paper clara hoja leaf leave caldo sebo tallow lard higado liver corazon heart molleja gizzard rinon "
    "kidney lengua tongue mondongo tripe".split()
)
# The leaves are the ingredient itself for herbs and vegetables ("Hojas de huacatay", "Spinach
# leaves"), not for a fruit ("Hoja de plátano", "Mango leaves")
_LEAVES = frozenset({"hoja", "leaf", "leave"})
_LEAFY = frozenset({"herb", "vegetable"})
# The same food in both languages: an ingredient named with one ("queso burrata") is not doubted
# for the other ("Burrata cheese")
_SAME_FOOD = (("queso", "cheese"), ("jamon", "ham"), ("tocino", "bacon"), ("hojuela", "flake"))
# Forms only when "de" follows: Spanish "puré de papa" ("purés": "pur"), but English "pure honey" is honey
_FORMS_BEFORE_DE = frozenset({"pure", "pur"})
_PURE_DE = re.compile(r"\bpures?\s+de\b")
# Words that say how a bare form is, not what it is made of ("leche de vaca", "harina de primera")
_PLAIN = frozenset(
    "vaca cow temporada chacra granja corral campo casa exportacion calidad primera segunda tercera "
    "organico organica organic natural pura puro pure entera whole light diet entire plain regular".split()
)
_FORMS_ALTERNATIVES = "|".join(sorted(FORMS))
# "harina de maíz" (not "leche de la selva", "harina del valle": a place says where it is from)
_FORM_OF = re.compile(rf"\b({_FORMS_ALTERNATIVES})s?\s+de\s+([a-z]+)")
_OF_FORM = re.compile(rf"\b([a-z]+)\s+({_FORMS_ALTERNATIVES})s?\b")
_UNKNOWN = object()  # not looked at yet

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


def _as_cleaned(words: frozenset[str]) -> frozenset[str]:
    """Each word as ``_clean`` leaves it when written singular or plural ("sauces" -> "sauc",
    "panes" -> "pan")."""
    plurals = [(w, w + "s") if w[-1] in "aeiou" else (w, w + "s", w + "es") for w in words]
    return frozenset(_singular(written) for forms in plurals for written in forms)


_FORM_WORDS = _as_cleaned(FORMS - _FORMS_BEFORE_DE) | _FORMS_BEFORE_DE
_PREPARED_WORDS = _as_cleaned(PREPARED)
_MADE_WORDS = _FORM_WORDS | _PREPARED_WORDS
_SAME_FOOD_WORDS = tuple(_as_cleaned(frozenset(pair)) for pair in _SAME_FOOD)
_WORD = re.compile(r"[^\W\d_]+")


def as_written(product: str, word: str) -> str:
    """``word`` (folded, singular, as a Match's ``made_into`` holds it) as the product writes it:
    "Galletas" for "galleta" in "Galletas de mantequilla"; the word itself when not found."""
    for token in _WORD.findall(product):
        folded = fold(token)
        if word in (folded, _singular(folded)):
            return token
    return word


def _without_digits(names: list[str]) -> list[str]:
    """``_DIGITS.sub(" ", name)`` of each folded name (no line breaks), in one pass over all."""
    if not names or any("\n" in name for name in names):
        return [_DIGITS.sub(" ", name) for name in names]
    return _DIGITS.sub(" ", "\n".join(names)).split("\n")


def _made_into(found: Match, order: list[str], digitless: str, names_words: frozenset[str]) -> Match:
    """``found`` made uncertain when the product is a form of it ("pasta" in "Pasta de ají
    amarillo") or a food made from it ("Galletas de mantequilla") that none of its catalog names
    say (``names_words``: "Burrata cheese" is burrata, "queso burrata" is one of its names), or a
    bare form of something else ("Leche de coco")."""
    own = found.name.split()
    for word in order:
        if word in names_words:
            continue
        if word in _PREPARED_WORDS or (
            word in _FORM_WORDS and (word not in _FORMS_BEFORE_DE or _PURE_DE.search(digitless))
        ):
            return Match(found.id, MADE_INTO, found.name, made_into=word)
    if len(own) == 1 and own[0] in FORMS:
        for pattern, form_at, made_of_at in ((_FORM_OF, 1, 2), (_OF_FORM, 2, 1)):
            for hit in pattern.finditer(digitless):
                made_of = _singular(hit[made_of_at])
                if hit[form_at] == own[0] and made_of not in _PLAIN and not _NOISE.fullmatch(made_of):
                    return Match(found.id, MADE_INTO, found.name, made_into=made_of)
    return found


def _clean(text: str) -> str:
    words = _NOISE.sub(" ", _DIGITS.sub(" ", text.replace("-", " "))).split()  # "sun-dried": two words
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
        # ingredient -> the words of all its names ("queso" and "cheese" for burrata)
        names_words: dict[str, set[str]] = {}
        for name, ident in vocabulary.items():
            names_words.setdefault(ident, set()).update(_clean(name).split())
        category = catalogs.ingredients["category"]
        for ident, words in names_words.items():
            if category.get(ident) in _LEAFY:
                words.update(_LEAVES)
            for same in _SAME_FOOD_WORDS:
                if not words.isdisjoint(same):
                    words.update(same)
        self.names_words = {ident: _as_cleaned(frozenset(words)) for ident, words in names_words.items()}
        # ingredient -> the words that make a product named like it another one ("café verde")
        self.other_products = {
            ident: _as_cleaned(frozenset(_clean(fold(word)) for word in list_values(words)))
            for ident, words in catalogs.ingredients["other_products"].items()
            if list_values(words)
        }
        # word -> the cleaned names that contain it, to find names contained in a product fast
        self.by_word: dict[str, list[tuple[frozenset, str, str]]] = {}
        for name, ident in self.clean.items():
            tokens = frozenset(name.split())
            for word in tokens:
                self.by_word.setdefault(word, []).append((tokens, name, ident))

        self._words_of: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._inside: dict[tuple[str, ...], Match | None] = {}
        self._known: dict[str, Match | None] = {}

    def match(self, product: str) -> Match | None:
        return self.match_many([product])[0]

    def match_many(self, products: list[str]) -> list[Match | None]:
        """The match of each product (None: no rule applies). Rules 1-3 run product by product
        (the names folded all at once); the close spellings of all the products left run in one
        batch (rapidfuzz cdist)."""
        found: dict[str, Match | None] = {}
        fresh = []
        for product in dict.fromkeys(products):
            known = self._known.get(product, _UNKNOWN)
            if known is _UNKNOWN:
                fresh.append(product)
            else:
                found[product] = known  # type: ignore[assignment]
        spelled: dict[str, str] = {}  # product -> cleaned name that needs rule 4
        for product, answer in zip(fresh, self._rules_up_to_contained(fold_many(fresh)), strict=True):
            if isinstance(answer, str):  # the cleaned name, for rule 4
                spelled[product] = answer
            else:
                found[product] = answer
        if spelled:
            closest = self._close_spellings(sorted(set(spelled.values())))
            for product, cleaned in spelled.items():
                found[product] = closest[cleaned]
        if len(self._known) + len(fresh) > 200_000:  # one matcher lives as long as its catalogs: bound its memory
            self._known.clear()
        self._known.update((product, found[product]) for product in fresh)
        return [found[product] for product in products]

    def _rules_up_to_contained(self, names: list[str]) -> list[Match | None | str]:
        """Rules 1-3 for each folded product name, or its cleaned name when only a close spelling
        (rule 4) can tell. One loop over the names (a few microseconds each, 50,000 of them)."""
        exact, clean, inside = self.exact, self.clean, self._inside
        words_of = self._words_of
        answers: list[Match | None | str] = []
        for folded, digitless in zip(names, _without_digits(names), strict=True):
            ident = exact.get(folded) if folded else None
            if ident is not None:
                answers.append(Match(ident, 100.0, folded))
                continue
            order: list[str] = []  # the cleaned words (rule 2), and those of catalog names (rule 3)
            known: list[str] = []
            for token in digitless.split():
                words, catalog_words = words_of.get(token) or self._clean_token(token)
                order += words
                known += catalog_words
            if not order:
                answers.append(None)
                continue
            # Only words of catalog names can make a catalog name appear in the product, so rules 2
            # and 3 depend on those words alone (in their order): real lists repeat them endlessly
            # around brands, grades and codes, which is what makes the answer worth remembering.
            if len(known) == len(order):
                cleaned = " ".join(order)
                ident = clean.get(cleaned)
                if ident is not None:
                    answers.append(Match(ident, 98.0, cleaned))
                    continue
            key = tuple(known)
            contained = inside.get(key, _UNKNOWN)
            if contained is _UNKNOWN:
                if len(inside) > 200_000:
                    inside.clear()
                contained = inside[key] = self._contained(key)
            if isinstance(contained, Match) and contained.score >= SURE:
                other = self.other_products.get(contained.id)
                if other is not None and not other.isdisjoint(order):  # "Café verde (oro)": not roasted coffee
                    word = next(word for word in order if word in other)
                    contained = Match(contained.id, MADE_INTO, contained.name, made_into=word)
                elif not _MADE_WORDS.isdisjoint(order):
                    contained = _made_into(contained, order, digitless, self.names_words[contained.id])
            answers.append(contained or " ".join(order))  # type: ignore[arg-type]
        return answers

    def _clean_token(self, token: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """A word of a product as ``_clean`` leaves it (maybe none, maybe two: "x-kg", "sun-dried"), and those
        of them that are words of catalog names; remembered."""
        if len(self._words_of) > 200_000:
            self._words_of.clear()
        words = tuple(_singular(word) for word in _NOISE.sub(" ", token.replace("-", " ")).split())
        entry = self._words_of[token] = (words, tuple(word for word in words if word in self.by_word))
        return entry

    def _contained(self, order: tuple[str, ...]) -> Match | None:
        """Rule 3: the catalog name whose words all appear in the product's words."""
        words = set(order)
        candidates = {entry for word in words for entry in self.by_word.get(word, ())}
        contained = [
            (min(order.index(t) for t in tokens), len(tokens), len(name), name, ident)
            for tokens, name, ident in candidates
            if tokens <= words
        ]
        if not contained:
            return None
        # the name that starts earliest is the head noun ("Bonito del norte en aceite de
        # oliva" is bonito, not olive oil); among those, the longest ("papa amarilla", not "papa")
        ranked = sorted(contained, key=lambda item: (item[0], -item[1], -item[2], item[4], item[3]))
        _, _, _, name, ident = ranked[0]
        tied = any(other[:3] == ranked[0][:3] and other[4] != ident for other in ranked[1:])
        if tied:
            return Match(ident, TIED, name)
        # another ingredient named in words of its own (not "papa" inside "papa amarilla"): the
        # product is something else made of both, or a preserve of one in the other
        own = frozenset(name.split())
        others = [item for item in ranked[1:] if item[4] != ident and own.isdisjoint(item[3].split())]
        # unless the match is a word of the other's names, which is a kind of it ("Queso Parmigiano
        # Reggiano": "queso" is one word of parmesan's name "queso parmesano"), or the other is a
        # word of the match's names ("Brie de Meaux queso")
        kinds = {item[4] for item in others if own <= self.names_words[item[4]]}
        if len(kinds) == 1:
            kind = next(item for item in others if item[4] in kinds)
            ident, name, own = kind[4], kind[3], frozenset(kind[3].split())
            others = [item for item in others if item[4] != ident and own.isdisjoint(item[3].split())]
        names_words = self.names_words[ident]
        others = [item for item in others if not names_words.issuperset(item[3].split())]
        if others:
            other = max(others, key=lambda item: (item[1], item[2], item[0] * -1))
            return Match(ident, ALSO_NAMES, name, also=other[4])
        return Match(ident, 95.0, name)

    def _close_spellings(self, cleaned_names: list[str]) -> dict[str, Match | None]:
        """Rule 4 for many names at once: the closest catalog name (rapidfuzz ratio) to the whole
        name, its first two words or its first word; a part scores 97 % of its ratio."""
        parts = {name: {name, " ".join(name.split()[:2]), name.split()[0]} for name in cleaned_names}
        queries = sorted(set().union(*parts.values()))
        scores = process.cdist(
            queries, self.names, scorer=fuzz.ratio, score_cutoff=ACCEPT, dtype=np.float64, workers=-1
        )
        best_column = scores.argmax(axis=1)  # the first of equal scores, as extractOne keeps it
        best_of = {q: (scores[k, best_column[k]], self.names[best_column[k]]) for k, q in enumerate(queries)}
        found: dict[str, Match | None] = {}
        for name, candidates in parts.items():
            best: Match | None = None
            for candidate in candidates:
                score, catalog_name = best_of[candidate]
                if score < ACCEPT:
                    continue
                if candidate != name:
                    score = score * 0.97  # matched on part of the name only
                if best is None or score > best.score:
                    best = Match(self.clean[catalog_name], round(float(score), 1), catalog_name)
            found[name] = best
        return found
