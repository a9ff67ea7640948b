"""Weather: readers of the common formats, checks, and the one WeatherData they return."""
