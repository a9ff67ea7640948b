"""Weather: readers of the common formats, checks, and the one WeatherData they return."""

from bipv_designer.weather.data import WeatherData, WeatherMetadata
from bipv_designer.weather.readers import read_weather
from bipv_designer.weather.relocate import relocate

__all__ = ["WeatherData", "WeatherMetadata", "read_weather", "relocate"]
