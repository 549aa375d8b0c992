"""Printed documents, rendered once by reportlab to PDF: labels, tags, vouchers, reports.

No Qt here: the window previews and prints the PDF bytes these modules return.
"""

from reportlab import rl_config

# Binary (zlib only) streams: ASCII85 would make every PDF a quarter larger and slower to
# write, for 7-bit mail transports nobody prints through.
rl_config.useA85 = 0
