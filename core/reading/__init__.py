"""Reading price-list files into raw sheets: safety checks, workbook and csv readers, header mapping."""
