-- Writes the WAL into the warehouse file, so that the file alone is the warehouse (a backup copies it).
checkpoint
