"""Edits of the project as Qt-free functions.

Every function takes the project and the edit's arguments and returns an ``Edit``: the
new project and the text a user reads on the undo stack ("Move building 'Hall A'").
The window pushes the result as one undoable step; scripts and tests call the same
functions on plain projects. Invalid edits raise ``BipvError`` subclasses.
"""
