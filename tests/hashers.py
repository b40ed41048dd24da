"""A password hasher for tests: Django's PBKDF2, with few iterations.

Django's default takes 1.5 million iterations (about a second on the 2-core machine), and
every admin test makes an account with a password. Hashes made here are ordinary
`pbkdf2_sha256` hashes carrying their iteration count, so any process with Django's default
hashers (a runserver or worker the test starts) still checks them.
"""

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class FewIterationsPBKDF2PasswordHasher(PBKDF2PasswordHasher):
    iterations = 1_000
