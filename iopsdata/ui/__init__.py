"""Streamlit widgets and the one cache seam; the only package code that imports streamlit."""
