"""Services: the only way the GUI, the command line and the tests read or change data.

Every public function takes the acting user; permissions are checked here.
"""
