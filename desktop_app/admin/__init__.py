"""The admin screen: PIN, dataset versions, retraining, model comparison and drift."""
