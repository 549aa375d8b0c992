"""PartsDesk: parts warehouse and warranty claim desk."""

__version__ = "0.1.0"
APP_NAME = "PartsDesk"
