"""The coding stage: a spaCy Doc in, event mentions out."""
