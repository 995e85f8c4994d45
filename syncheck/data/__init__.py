"""The tables syncheck reads (Kemendagri's list of kab/kota, province names, vocabulary, themes): data, no code."""
