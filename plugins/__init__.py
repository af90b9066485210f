"""built-ins"""
