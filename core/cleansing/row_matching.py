"""Row cleansing, second half: text that names catalog entries -> catalog ids, with the
chef's remembered corrections applied first.

``RowMatcher`` works on a ``RowBatch`` after the refusals (row_cleansing.py): the product's
ingredient, the origin's place, the transport, certifications, practice and packaging. A
correction of this supplier (corrections.py) wins over the automatic reading and is said in
the report ("… by your correction of 12 Nov 2025"); what stays unknown is flagged so that a
person can decide (review.py).
"""

from __future__ import annotations

import numpy as np

from core.catalogs import Catalogs, Vocabulary
from core.cleansing.corrections import NOT_IN_CATALOG, CorrectionBook
from core.cleansing.geography import find_place
from core.cleansing.ingredient_matching import ACCEPT, SURE, IngredientMatcher, as_written
from core.cleansing.row_batch import Distinct, RowBatch
from core.cleansing.vocabulary_values import map_list, map_one, says_none
from core.i18n import N_, current_language, tr


class RowMatcher:
    def __init__(self, catalogs: Catalogs, corrections: CorrectionBook):
        self.catalogs = catalogs
        self.corrections = corrections
        self.matcher = IngredientMatcher(catalogs)

    # -- ingredient ---------------------------------------------------------------------------
    def ingredient(self, batch: RowBatch) -> None:
        """The catalog ingredient of each product (``ingredient``, ``match_score``)."""
        cat, product = self.catalogs, batch.columns["product"]
        unchanged = bool((product == batch.text["product"]).all())  # no pack text added to a name
        names_of = batch.distinct_cells("product", text=True) if unchanged else Distinct(product)
        matches = names_of.map_all(self.matcher.match_many)
        score = np.array([m.score if m else 0.0 for m in matches], dtype=float)
        ingredient = np.array([m.id if m and m.score >= ACCEPT else "" for m in matches], dtype=object)
        decided = self._corrected_ingredients(batch, ingredient, score)
        lang = current_language()
        names = Distinct(ingredient).map(lambda i: cat.ingredient_name(i, lang) if i else "")
        unmatched = (ingredient == "") & ~decided
        batch.say(
            unmatched,
            "product",
            "flagged",
            "ingredient_unmatched",
            lambda i: tr("'{product}' matches no catalog ingredient; kept without one.", product=product[i]),
        )
        batch.flag(unmatched, "unmatched_ingredient")
        uncertain = ~unmatched & ~decided & (score < SURE)

        def uncertain_sentence(i: int) -> str:
            values = dict(product=product[i], ingredient=names[i], score=score[i])
            match = matches[i]
            if match is not None and match.also:  # "Manteca de cacao": it also names cacao
                return tr(
                    "'{product}' read as '{ingredient}' with low confidence ({score:.0f}/100): it also names "
                    "'{other}'; please check.",
                    other=cat.ingredient_name(match.also, lang),
                    **values,
                )
            if match is not None and match.made_into:  # "Leche de coco": coco
                return tr(
                    "'{product}' read as '{ingredient}' with low confidence ({score:.0f}/100): '{word}' may make it "
                    "another product; please check.",
                    word=as_written(str(product[i]), match.made_into),
                    **values,
                )
            return tr(
                "'{product}' read as '{ingredient}' with low confidence ({score:.0f}/100); please check.", **values
            )

        batch.say(uncertain, "product", "flagged", "ingredient_uncertain", uncertain_sentence)
        batch.flag(uncertain, "uncertain_match")
        doubts, supplier = batch.out.report.match_doubts, batch.columns["supplier"]
        for i in np.flatnonzero(uncertain):
            if matches[i] is not None and (matches[i].also or matches[i].made_into):
                made_into = as_written(str(product[i]), matches[i].made_into) if matches[i].made_into else ""
                doubts[(str(supplier[i]), str(product[i]))] = (matches[i].also, made_into)
        batch.say(
            ~unmatched & ~decided & (score >= SURE) & (score < 95),
            "product",
            "fixed",
            "ingredient_spelling",
            lambda i: tr(
                "'{product}' read as '{ingredient}' (close spelling, {score:.0f}/100).",
                product=product[i],
                ingredient=names[i],
                score=score[i],
            ),
        )
        batch.columns["ingredient"] = ingredient
        batch.columns["match_score"] = score

    def _corrected_ingredients(self, batch: RowBatch, ingredient: np.ndarray, score: np.ndarray) -> np.ndarray:
        """Apply this supplier's ingredient corrections in place; True where one applied."""
        product = batch.columns["product"]
        found = self.corrections.for_rows("ingredient", batch.columns["supplier"], product)
        decided = np.array([c is not None for c in found], dtype=bool)
        for i in map(int, np.flatnonzero(decided & batch.alive)):
            correction = found[i]
            assert correction is not None
            known = correction.value != NOT_IN_CATALOG and correction.value in self.catalogs.ingredients.index
            ingredient[i], score[i] = (correction.value, 100.0) if known else ("", 0.0)
            if known:
                message = tr(
                    "'{product}' read as '{ingredient}' by your correction of {date}.",
                    product=product[i],
                    ingredient=self.catalogs.ingredient_name(correction.value, current_language()),
                    date=correction.when(),
                )
            else:
                message = tr(
                    "'{product}' is not in the catalog, as you decided on {date}; kept without an ingredient.",
                    product=product[i],
                    date=correction.when(),
                )
            batch.out.say_row(i, "product", "fixed", "ingredient_corrected", message)
            batch.flags[i] += ";ingredient_corrected" if known else ";ingredient_not_in_catalog"
        return decided

    # -- origin ---------------------------------------------------------------------------------
    def origin(self, batch: RowBatch) -> None:
        """The origin as written (``origin``) and its place (``origin_place``; distances are
        derived later). A place correction of this supplier wins over the gazetteer."""
        cat, text = self.catalogs, batch.text["origin"]
        none = batch.distinct("origin", says_none, text=True).astype(bool)
        origin = np.where(none, "", text).astype(object)
        place = Distinct(origin).map(lambda o: find_place(cat, o) if o else None)
        place_id = np.array([p.id if p is not None else "" for p in place], dtype=object)
        lang = current_language()
        renamed = np.array([p is not None and p.score < 100 for p in place], dtype=bool)
        batch.out.note_mappings(
            batch.alive, "origin", origin, np.where(renamed, place_id, ""), lambda i: cat.label("origin", i, lang)
        )
        unknown = (origin != "") & (place_id == "")
        found = self.corrections.for_rows("place", batch.columns["supplier"], origin)
        for i in map(int, np.flatnonzero(unknown & batch.alive)):
            correction = found[i]
            if correction is None:
                continue
            if correction.value in cat.places.index:
                place_id[i] = correction.value
                batch.flags[i] += ";origin_corrected"
                message = tr(
                    "'{origin}' read as '{place}' by your correction of {date}.",
                    origin=origin[i],
                    place=cat.label("origin", correction.value, lang),
                    date=correction.when(),
                )
            else:
                batch.flags[i] += ";origin_not_in_catalog"
                message = tr(
                    "'{origin}' is not in the places catalog, as you decided on {date}; its distance stays unknown.",
                    origin=origin[i],
                    date=correction.when(),
                )
            batch.out.say_row(i, "origin", "fixed", "origin_corrected", message)
        batch.columns["origin"] = origin
        batch.columns["origin_place"] = place_id

    # -- transport, certifications, practice, packaging --------------------------------------------
    def vocabularies(self, batch: RowBatch) -> None:
        """Transport, certifications, practice and packaging -> catalog ids."""
        cat = self.catalogs
        self._single_value(
            batch,
            "transport_mode",
            cat.transport_vocabulary,
            "transport_unknown",
            N_("The transport '{value}' is not known; filled in from the origin instead."),
        )
        self._certifications(batch)
        self._single_value(
            batch,
            "practice",
            cat.practice_vocabulary,
            "practice_unknown",
            N_("'{value}' is not a known production practice; it was left empty."),
        )
        self._single_value(
            batch,
            "packaging",
            cat.packaging_vocabulary,
            "packaging_unknown",
            N_("'{value}' is not a known packaging; it was left empty."),
        )

    def _single_value(self, batch: RowBatch, column: str, vocabulary: Vocabulary, rule: str, sentence: str) -> None:
        """A cell naming one catalog entry; unknown text is flagged ``rule`` and left empty."""
        text, lang = batch.text[column], current_language()
        pairs = batch.distinct(column, lambda cell: map_one(cell, vocabulary), text=True)
        ids = np.array([p[0] for p in pairs], dtype=object)
        unknown = np.array([p[1] for p in pairs], dtype=bool)
        batch.say(unknown, column, "flagged", rule, lambda i: tr(sentence, value=text[i]))
        batch.flag(unknown, rule)
        batch.out.note_mappings(
            batch.alive, column, text.astype(object), ids, lambda i: self.catalogs.label(column, i, lang)
        )
        batch.columns[column] = ids

    def _certifications(self, batch: RowBatch) -> None:
        """A list of labels: the known ones are kept; an unknown one is mapped by this supplier's
        correction, or flagged by name (and noted for the review step)."""
        cat, text, lang = self.catalogs, batch.text["certifications"], current_language()
        found = batch.distinct("certifications", lambda cell: map_list(cell, cat.certification_vocabulary), text=True)
        certifications = np.array([c[0] for c in found], dtype=object)
        supplier = batch.columns["supplier"]
        for i in map(int, np.flatnonzero(batch.alive & np.array([bool(c[1]) for c in found], dtype=bool))):
            ids = [c for c in certifications[i].split(";") if c]
            still_unknown = False
            for label in found[i][1]:
                correction = self.corrections.find("certification", supplier[i], label)
                if correction is None:
                    batch.out.say_row(
                        i,
                        "certifications",
                        "flagged",
                        "certification_unknown",
                        tr("The certification '{value}' is not in the catalog; it was left out.", value=label),
                    )
                    batch.out.report.unknown_certificates.append((supplier[i], label))
                    still_unknown = True
                    continue
                known = correction.value in cat.certifications.index
                if known and correction.value not in ids:
                    ids.append(correction.value)
                batch.out.say_row(
                    i,
                    "certifications",
                    "fixed",
                    "certification_corrected",
                    tr(
                        "The certification '{value}' read as '{label}' by your correction of {date}.",
                        value=label,
                        label=cat.label("certifications", correction.value, lang),
                        date=correction.when(),
                    )
                    if known
                    else tr(
                        "The certification '{value}' is not in the catalog, as you decided on {date}; left out.",
                        value=label,
                        date=correction.when(),
                    ),
                )
            certifications[i] = ";".join(ids)
            if still_unknown:
                batch.flags[i] += ";certification_unknown"
        batch.out.note_mappings(
            batch.alive,
            "certifications",
            text.astype(object),
            np.array([c[0] for c in found], dtype=object),
            lambda i: cat.label("certifications", i, lang),
        )
        batch.columns["certifications"] = certifications
