"""syncheck: find overlap between province and kabupaten/kota RKPD plans."""

__version__ = "0.24.0"
