"""Evaluation commands: each module scores one part of the pipeline against gold data."""
