"""The pvlib yield chain, vectorised over surfaces."""
