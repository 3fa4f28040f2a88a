"""Reference data the platform ships with: languages, municipalities, default taxonomies.

Plain Python data without model imports, so migrations and services can both read it.
"""
