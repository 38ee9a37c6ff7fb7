"""The sustainability model: network, deep ensemble training, bundle files, registry,
evaluation and hyperparameter search. TensorFlow is imported only inside the functions
that need it, never at module import."""
