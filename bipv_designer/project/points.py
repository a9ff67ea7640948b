"""Point types of the document: (x, y) and (x, y, z) in metres."""

Point2 = tuple[float, float]
Point3 = tuple[float, float, float]
