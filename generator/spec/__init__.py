"""The spec layer between load and the IR: any valid OpenAPI 3.0.x or 3.1.x document, read as
given, normalised into the one 3.1 shape the rest of the pipeline reads (`normalise`), with a
map from every normalised pointer back to where the author wrote it (`Spec.origins`)."""
