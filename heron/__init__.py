"""Heron: multilingual political event coding (PLOVER, with CAMEO crosswalk), offline on a CPU."""
__version__ = "0.1.0"
