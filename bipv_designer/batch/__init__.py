"""Many projects at once on a Dask cluster (``python main.py batch``, ``screen``)."""
