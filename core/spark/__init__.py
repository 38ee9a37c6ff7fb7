"""Spark wrappers around core functions: the same cleansing, features and training code,
run over partitions (mapInPandas) on local[*] or a cluster. Nothing here re-implements a
data step; it only distributes the core's own functions."""
