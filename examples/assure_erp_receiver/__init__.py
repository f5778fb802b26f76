"""A worked example of an ERP's webhook receiver for Assure Magic (ERP)."""
