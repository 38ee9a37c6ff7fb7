"""The seed-style scoring pipeline the end-to-end benchmark compares ``sourcing rank`` against,
run as its own process: ``python seed_pipeline.py PRICE_LIST.xlsx MODEL.keras``.

It is what the project's first prototype did and what a data scientist would write first:
pandas.read_excel (openpyxl) → pandas.get_dummies over the categorical columns →
sklearn StandardScaler → a Keras model's ``predict``. It reads, encodes and scores; it does
no cleansing, no ranking and writes no report, so it is the lower bound of that approach.
``write_seed_model`` builds the Keras model it loads (a plain ensemble of the shipped model's
size: 5 members of 128 and 64 units, a mean and a spread each, over the dummies), outside the
timed process.
"""

from __future__ import annotations

import sys

HEADER_ROW = 2  # the title and a blank row come first (realistic_price_list.HEADER)
CATEGORICAL = ["Categoría", "Presentación", "Moneda", "Procedencia", "Certificación", "Transporte", "Empaque"]
NUMERIC = ["Precio", "Entrega (días)"]


def encode(frame):
    import pandas as pd

    numbers = frame[NUMERIC].apply(
        lambda c: pd.to_numeric(c.astype(str).str.replace("S/", "").str.replace(",", "."), errors="coerce")
    )
    dummies = pd.get_dummies(frame[CATEGORICAL].fillna("").astype(str), dtype=float)
    return pd.concat([numbers.fillna(numbers.median()), dummies], axis=1)


def main(path: str, model_path: str) -> None:
    import keras
    import pandas as pd
    from sklearn.preprocessing import StandardScaler

    frame = pd.read_excel(path, engine="openpyxl", header=HEADER_ROW)
    x = StandardScaler().fit_transform(encode(frame).to_numpy(dtype=float)).astype("float32")
    model = keras.saving.load_model(model_path, compile=False)
    scores = model.predict(x, verbose=0)
    print(f"seed pipeline scored {len(scores)} offers")


def write_seed_model(path: str, price_list: str, members: int = 5, units: tuple[int, ...] = (128, 64)) -> None:
    """The seed's model file: a plain deep ensemble of the shipped model's size over the seed's features."""
    import keras
    import pandas as pd

    frame = pd.read_excel(price_list, engine="calamine", header=HEADER_ROW)  # same cells, read faster
    inputs = keras.Input((encode(frame).shape[1],), name="features")
    outputs = []
    for member in range(members):
        x = inputs
        for k, width in enumerate(units):
            x = keras.layers.Dense(width, activation="relu", name=f"member{member}_dense{k}")(x)
        outputs.append(keras.layers.Dense(2, name=f"member{member}_out")(x))
    keras.Model(inputs, keras.layers.Concatenate(name="members")(outputs)).save(path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
