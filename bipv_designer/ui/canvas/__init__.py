"""The site plan: a QGraphicsScene of the park in metres, and the view that draws on it."""
